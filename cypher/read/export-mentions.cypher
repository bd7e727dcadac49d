// What each article mentions, one record per article (labels and keys of the nodes, in step), streamed
// to the RDF export: the subquery runs per article, so nothing is gathered for the whole graph.
MATCH (a:Article)
CALL (a) {
  MATCH (a)-[:MENTIONS]->(n)
  RETURN collect(labels(n)[0]) AS labels, collect(coalesce(n.id, n.iso2)) AS keys
}
RETURN a.id AS article, labels, keys
