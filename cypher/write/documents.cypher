// Documents the articles name; each meeting an article reports REFERS_TO them.
// rows: one per id; said per source: article, evidence, year
UNWIND $documents AS d
MERGE (n:Document {id: d.id})
  ON CREATE SET n.name = d.name
SET n.year = coalesce(n.year, head([s IN d.sources WHERE s.year IS NOT NULL | s.year]))
WITH n, d
UNWIND d.sources AS s
MATCH (a:Article {id: s.article})
CREATE (a)-[:MENTIONS {evidence: s.evidence}]->(n)
WITH a, n, s
OPTIONAL MATCH (a)-[:REPORTS]->(meeting:Meeting)
FOREACH (_ IN CASE WHEN meeting IS NULL THEN [] ELSE [1] END |
  MERGE (meeting)-[r:REFERS_TO]->(n)
    ON CREATE SET r.evidence = s.evidence, r.articles = []
  SET r.articles = CASE WHEN s.article IN r.articles THEN r.articles ELSE r.articles + s.article END)
