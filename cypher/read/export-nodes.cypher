// Every node of one label with the properties the RDF mapping reads ($keys, in that order) and the
// articles that mention or report it, streamed to the RDF export (the driver pulls it in pages of the
// session's fetch size; the subquery runs per node, so nothing is gathered for the whole label).
// The export writes the label into the statement before running it, so the planner uses the label
// index; `$(...)` keeps the file runnable as it is.
MATCH (n:$($label))
CALL (n) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS|REPORTS]->(n)
  RETURN collect(a.id) AS articles
}
RETURN [k IN $keys | n[k]] AS n, articles
