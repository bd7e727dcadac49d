// Meetings already in the graph within a day of the given dates, with their kind and the sorted ids of the
// participants they were first written with (an index range per date, no expansion).
UNWIND $dates AS day
MATCH (m:Meeting)
WHERE m.date >= day - duration('P1D') AND m.date <= day + duration('P1D')
RETURN DISTINCT m.id AS id, m.kind AS kind, m.date AS date, m.participants AS ids
