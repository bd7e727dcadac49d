// Question: What is the evidence (article and sentence) behind every fact about a person, country or organisation?
// Parameters: name (a person's name or alias, a country's ISO code or name, an organisation's name)
// Example: :params {name: 'Ian Borg'}
CALL () { // each label looked up on its own index (a person's aliases by scanning people only)
  MATCH (n:Person {name: $name}) RETURN n
  UNION MATCH (n:Person) WHERE $name IN n.aliases RETURN n
  UNION MATCH (n:Country {iso2: $name}) RETURN n
  UNION MATCH (n:Country {name: $name}) RETURN n
  UNION MATCH (n:Organization {name: $name}) RETURN n
  UNION MATCH (n:Place {name: $name}) RETURN n
  UNION MATCH (n:Document {name: $name}) RETURN n
}
MATCH (n)-[r]-(other)
WHERE r.evidence IS NOT NULL AND NOT other:Article
UNWIND coalesce(r.articles, []) AS articleId
MATCH (a:Article {id: articleId})
RETURN type(r) AS fact, coalesce(other.name, other.label, other.iso2, toString(other.date)) AS with,
       a.title AS article, a.source AS source, a.published AS published, r.evidence AS sentence
ORDER BY published, fact
