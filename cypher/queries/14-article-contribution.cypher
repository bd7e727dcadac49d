// Question: What did a given article add to the graph?
// Parameters: article (the article id, its file name without extension, or its url)
// Example: :params {article: 'kz-mt-talks'}
MATCH (a:Article)
WHERE a.id = $article OR a.name = $article OR a.url = $article
MATCH (a)-[r:MENTIONS|REPORTS]->(n)
RETURN type(r) AS how, labels(n)[0] AS kind, coalesce(n.name, n.label, n.iso2) AS what, r.evidence AS sentence
ORDER BY how, kind, what
