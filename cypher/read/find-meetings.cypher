// Meetings already in the graph within a day of the given dates, with their kind and participants.
UNWIND $dates AS day
MATCH (m:Meeting)
WHERE m.date >= day - duration('P1D') AND m.date <= day + duration('P1D')
WITH DISTINCT m
MATCH (p:Person)-[:PARTICIPATED_IN]->(m)
RETURN m.id AS id, m.kind AS kind, m.date AS date, collect(p.id) AS ids
