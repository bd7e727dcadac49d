// Question: Who met whom? The meeting network, optionally within a date range.
// Parameters: from, to (ISO dates such as '2024-01-01', or null for no bound)
// Example: :params {from: null, to: null}
MATCH (a:Person)-[ra:PARTICIPATED_IN]->(m:Meeting)<-[rb:PARTICIPATED_IN]-(b:Person)
WHERE a.id < b.id
  AND ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))
RETURN a, ra, m, rb, b
