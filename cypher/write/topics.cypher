// What was discussed: DISCUSSED edges from each meeting of the article, or MENTIONS from the article when it reports none.
UNWIND $topics AS t
MERGE (n:Topic {id: t.id})
  ON CREATE SET n.label = t.label
WITH n, t
MATCH (a:Article {id: t.article})
OPTIONAL MATCH (a)-[:REPORTS]->(m:Meeting)
FOREACH (_ IN CASE WHEN m IS NULL THEN [1] ELSE [] END |
  MERGE (a)-[r:MENTIONS]->(n) SET r.evidence = t.evidence)
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END |
  MERGE (m)-[r:DISCUSSED]->(n)
    ON CREATE SET r.evidence = t.evidence, r.articles = []
  SET r.articles = CASE WHEN t.article IN r.articles THEN r.articles ELSE r.articles + t.article END)
