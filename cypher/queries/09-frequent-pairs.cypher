// Question: Which pairs of officials meet most often?
// Parameters: limit (how many, e.g. 10)
// Example: :params {limit: 10}
MATCH (a:Person)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Person)
WHERE a.id < b.id
RETURN a.name AS first, b.name AS second, count(DISTINCT m) AS meetings, collect(DISTINCT m.date) AS dates
ORDER BY meetings DESC, first, second
LIMIT toInteger($limit)
