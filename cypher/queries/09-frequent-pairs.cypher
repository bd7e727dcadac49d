// Question: Which pairs of officials meet most often?
// Parameters: limit (how many, e.g. 10)
// Example: :params {limit: 10}
MATCH (m:Meeting)
WITH m, [(p:Person)-[:PARTICIPATED_IN]->(m) | p] AS ps
WHERE size(ps) > 1
UNWIND ps AS a
UNWIND ps AS b
WITH a, b WHERE elementId(a) < elementId(b)
WITH a, b, count(*) AS meetings
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS a, CASE WHEN a.id < b.id THEN b ELSE a END AS b, meetings
WITH a, b, meetings, a.name AS first, b.name AS second
ORDER BY meetings DESC, first, second
LIMIT toInteger($limit)
RETURN first, second, meetings,
  COLLECT { MATCH (a)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b) RETURN DISTINCT m.date } AS dates
