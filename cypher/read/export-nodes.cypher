// Every node of one label with its properties and the articles that mention or report it,
// streamed to the RDF export (the driver pulls it in pages of the session's fetch size).
MATCH (n:$($label))
OPTIONAL MATCH (a:Article)-[:MENTIONS|REPORTS]->(n)
RETURN n {.*} AS n, collect(a.id) AS articles
