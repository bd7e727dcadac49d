// Removes one article and what only it supported, keeping every fact another article also states.
// Fact edges (those with an `articles` list) lose this article's support; those left with none go.
MATCH (:Article {id: $id})-[:MENTIONS|REPORTS]->(n)-[r]-()
WHERE $id IN coalesce(r.articles, [])
WITH DISTINCT r
SET r.articles = [x IN r.articles WHERE x <> $id]
WITH r WHERE size(r.articles) = 0
DELETE r;
// Posts still held: their first and last dates come from the articles that remain.
MATCH (:Article {id: $id})-[:MENTIONS]->(:Person)-[h:HOLDS]->()
WITH DISTINCT h
UNWIND h.articles AS supporting
MATCH (a:Article {id: supporting})
WITH h, min(a.published) AS first, max(a.published) AS last
SET h.firstSeen = first, h.lastSeen = last;
// Nodes that no other article mentions or reports go, with their remaining edges
// (countries and topics are reference data and stay).
MATCH (article:Article {id: $id})-[:MENTIONS|REPORTS]->(n)
WHERE NOT n:Country AND NOT n:Topic
  AND NOT EXISTS { MATCH (other:Article)-[:MENTIONS|REPORTS]->(n) WHERE other <> article }
DETACH DELETE n;
// The article itself.
MATCH (a:Article {id: $id})
DETACH DELETE a
