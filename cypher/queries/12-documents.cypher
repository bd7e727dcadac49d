// Question: Which documents were invoked, at which meetings and by whom?
// Parameters: none
MATCH (d:Document)
OPTIONAL MATCH (m:Meeting)-[:REFERS_TO]->(d)
OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(m)
RETURN d.name AS document, d.year AS year, collect(DISTINCT toString(m.date)) AS meetings, collect(DISTINCT p.name) AS by
ORDER BY document
