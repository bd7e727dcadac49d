// Every node of one label, one record each, streamed to the RDF export: the properties the RDF mapping
// reads ($keys, in that order), its outgoing relationships of the exported types, each as its type, the
// label and key of its end node and the properties the mapping reads ($edgeKeys by type), and the
// articles that mention or report the node (for the named graphs). A node and its edges in one record
// keep the number of records, and their cost over Bolt, low; the subqueries run per node, so nothing is
// gathered for the whole label.
// The export writes the label into the statement before running it, so the planner uses the label
// index; `$(...)` keeps the file runnable as it is.
MATCH (n:$($label))
CALL (n) {
  MATCH (n)-[r]->(b) WHERE type(r) IN $types
  RETURN collect([type(r), labels(b)[0], coalesce(b.id, b.iso2)] + [k IN $edgeKeys[type(r)] | r[k]]) AS edges
}
CALL (n) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS|REPORTS]->(n)
  RETURN collect(a.id) AS articles
}
RETURN [k IN $keys | n[k]] AS n, edges, articles
