// Meetings the articles report: one node per meeting (participants + date), one REPORTS edge per article.
// rows: one per id; said per source: article, evidence
UNWIND $meetings AS m
MERGE (n:Meeting {id: m.id})
  ON CREATE SET n.date = m.date, n.kind = m.kind, n.status = m.status, n.name = m.name,
    n.participants = m.participants
WITH n, m
UNWIND m.sources AS s
MATCH (a:Article {id: s.article})
CREATE (a)-[:REPORTS {evidence: s.evidence}]->(n)
