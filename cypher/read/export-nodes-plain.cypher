// Every node of one label, one record each, streamed to an RDF export without named graphs: as
// export-nodes.cypher, without the articles of each node.
// The export writes the label into the statement before running it, so the planner uses the label
// index; `$(...)` keeps the file runnable as it is.
MATCH (n:$($label))
CALL (n) {
  MATCH (n)-[r]->(b) WHERE type(r) IN $types
  RETURN collect([type(r), labels(b)[0], coalesce(b.id, b.iso2)] + [k IN $edgeKeys[type(r)] | r[k]]) AS edges
}
RETURN [k IN $keys | n[k]] AS n, edges, [] AS articles
