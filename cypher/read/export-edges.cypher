// Every relationship of one type with the keys of its ends and its properties, streamed to the RDF export.
MATCH (a)-[r:$($type)]->(b)
RETURN labels(a)[0] AS fromLabel, coalesce(a.id, a.iso2) AS from,
       labels(b)[0] AS toLabel, coalesce(b.id, b.iso2) AS to, r {.*} AS r
