// Every relationship of one type with the keys of its ends and the properties the RDF mapping reads
// ($keys, in that order), streamed to the RDF export.
// The export writes the label or type into the statement before running it, so the planner uses the
// label or type index; `$(...)` keeps the file runnable as it is.
MATCH (a)-[r:$($type)]->(b)
RETURN labels(a)[0] AS fromLabel, coalesce(a.id, a.iso2) AS from,
       labels(b)[0] AS toLabel, coalesce(b.id, b.iso2) AS to, [k IN $keys | r[k]] AS r
