// Question: Which pairs of officials meet most often?
// Parameters: limit (how many, e.g. 10)
// Example: :params {limit: 10}
MATCH (a:Person)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Person)
WITH a, b, count(*) AS meetings
WHERE a.id < b.id
WITH a, b, meetings, a.name AS first, b.name AS second
ORDER BY meetings DESC, first, second
LIMIT toInteger($limit)
RETURN first, second, meetings,
  COLLECT { MATCH (a)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b) RETURN DISTINCT m.date } AS dates
