// A meeting already in the graph with the same participants and kind, dated within a day of this one.
MATCH (m:Meeting {kind: $kind})
WHERE m.date >= $date - duration('P1D') AND m.date <= $date + duration('P1D')
MATCH (p:Person)-[:PARTICIPATED_IN]->(m)
WITH m, collect(p.id) AS ids
WHERE size(ids) = size($ids) AND all(x IN $ids WHERE x IN ids)
RETURN m.id AS id
LIMIT 1
