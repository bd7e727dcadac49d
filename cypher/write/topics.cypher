// What was discussed: DISCUSSED edges from each meeting an article reports, or MENTIONS from the article
// when it reports none.
// rows: one per id; said per source: article, evidence
UNWIND $topics AS t
MERGE (n:Topic {id: t.id})
  ON CREATE SET n.label = t.label
WITH n, t
UNWIND t.sources AS s
MATCH (a:Article {id: s.article})
OPTIONAL MATCH (a)-[:REPORTS]->(m:Meeting)
FOREACH (_ IN CASE WHEN m IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:MENTIONS {evidence: s.evidence}]->(n))
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
  MERGE (m)-[r:DISCUSSED]->(n)
    ON CREATE SET r.evidence = s.evidence, r.articles = []
  SET r.articles = CASE WHEN s.article IN r.articles THEN r.articles ELSE r.articles + s.article END)
