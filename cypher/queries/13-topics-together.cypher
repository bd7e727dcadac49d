// Question: Which topics come up together in the same meetings?
// Parameters: limit (how many pairs, e.g. 20)
// Example: :params {limit: 20}
MATCH (t1:Topic)<-[:DISCUSSED]-(m:Meeting)-[:DISCUSSED]->(t2:Topic)
WHERE t1.id < t2.id
RETURN t1.label AS topic, t2.label AS with, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, topic, with
LIMIT toInteger($limit)
