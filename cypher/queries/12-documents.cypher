// Question: Which documents were invoked, at which meetings and by whom?
// Parameters: none
MATCH (d:Document)
OPTIONAL MATCH (m:Meeting)-[:REFERS_TO]->(d)
WITH d, collect(m) AS held
RETURN d.name AS document, d.year AS year, COLLECT { UNWIND held AS m RETURN DISTINCT toString(m.date) } AS meetings,
  COLLECT { UNWIND held AS m MATCH (p:Person)-[:PARTICIPATED_IN]->(m) RETURN DISTINCT p.name } AS by
ORDER BY document
