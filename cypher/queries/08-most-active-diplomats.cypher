// Question: Who are the most active diplomats (most meetings reported)?
// Parameters: limit (how many, e.g. 10)
// Example: :params {limit: 10}
MATCH (p:Person)-[:PARTICIPATED_IN]->(m:Meeting)
RETURN p.name AS person, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, person
LIMIT toInteger($limit)
