// Documents the article names; each meeting it reports REFERS_TO them.
UNWIND $documents AS d
MERGE (n:Document {id: d.id})
  ON CREATE SET n.name = d.name, n.year = d.year
SET n.year = coalesce(n.year, d.year)
WITH n, d
MATCH (a:Article {id: d.article})
MERGE (a)-[m:MENTIONS]->(n)
SET m.evidence = d.evidence
WITH a, n, d
OPTIONAL MATCH (a)-[:REPORTS]->(meeting:Meeting)
FOREACH (_ IN CASE WHEN meeting IS NULL THEN [] ELSE [1] END |
  MERGE (meeting)-[r:REFERS_TO]->(n)
    ON CREATE SET r.evidence = d.evidence, r.articles = []
  SET r.articles = CASE WHEN d.article IN r.articles THEN r.articles ELSE r.articles + d.article END)
