// Every node of one label with its properties, in key order (the RDF export reads the graph label by label).
MATCH (n) WHERE $label IN labels(n)
RETURN n {.*} AS n
ORDER BY coalesce(n.id, n.iso2)
