// Every node of one label with its properties, streamed to an RDF export without named graphs.
MATCH (n:$($label))
RETURN n {.*} AS n, [] AS articles
