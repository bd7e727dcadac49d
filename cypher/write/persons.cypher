// Persons named in the article: merged on the slug of the full name; every written form kept as an alias.
UNWIND $persons AS p
MERGE (n:Person {id: p.id})
  ON CREATE SET n.name = p.name, n.aliases = []
SET n.aliases = n.aliases + [x IN p.mentions WHERE NOT x IN n.aliases]
WITH n, p
MATCH (a:Article {id: $article})
MERGE (a)-[m:MENTIONS]->(n)
SET m.evidence = p.evidence
