// Meetings the article reports: one node per meeting (participants + date), one REPORTS edge per article.
UNWIND $meetings AS m
MERGE (n:Meeting {id: m.id})
  ON CREATE SET n.date = m.date, n.kind = m.kind, n.status = m.status, n.name = m.name
WITH n, m
MATCH (a:Article {id: m.article})
MERGE (a)-[r:REPORTS]->(n)
SET r.evidence = m.evidence
