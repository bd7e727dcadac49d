// Question: Which topics come up together in the same meetings?
// Parameters: limit (how many pairs, e.g. 20)
// Example: :params {limit: 20}
MATCH (t1:Topic)<-[:DISCUSSED]-(m:Meeting)-[:DISCUSSED]->(t2:Topic)
WITH t1, t2, count(m) AS meetings
WHERE t1.id < t2.id
RETURN t1.label AS topic, t2.label AS with, meetings
ORDER BY meetings DESC, topic, with
LIMIT toInteger($limit)
