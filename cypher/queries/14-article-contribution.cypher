// Question: What did a given article add to the graph?
// Parameters: article (the article id, its file name without extension, or its url)
// Example: :params {article: 'kz-mt-talks'}
CALL () { // by id, name or url, each on its index
  MATCH (a:Article {id: $article}) RETURN a
  UNION MATCH (a:Article {name: $article}) RETURN a
  UNION MATCH (a:Article {url: $article}) RETURN a
}
MATCH (a)-[r:MENTIONS|REPORTS]->(n)
RETURN type(r) AS how, labels(n)[0] AS kind, coalesce(n.name, n.label, n.iso2) AS what, r.evidence AS sentence
ORDER BY how, kind, what
