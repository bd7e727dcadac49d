// Question: What is the evidence (article and sentence) behind every fact about a person, country or organisation?
// Parameters: name (a person's name or alias, a country's ISO code or name, an organisation's name)
// Example: :params {name: 'Ian Borg'}
MATCH (n)-[r]-(other)
WHERE (n.name = $name OR n.iso2 = $name OR $name IN coalesce(n.aliases, []))
  AND r.evidence IS NOT NULL AND NOT other:Article
UNWIND coalesce(r.articles, []) AS articleId
MATCH (a:Article {id: articleId})
RETURN type(r) AS fact, coalesce(other.name, other.label, other.iso2, toString(other.date)) AS with,
       a.title AS article, a.source AS source, a.published AS published, r.evidence AS sentence
ORDER BY published, fact
