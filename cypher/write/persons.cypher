// Persons named in the article, merged on their resolved id; every written form kept as an alias,
// and every merge of another name into this person recorded with the rule that made it.
UNWIND $persons AS p
MERGE (n:Person {id: p.id})
  ON CREATE SET n.name = p.name, n.aliases = [], n.merges = [], n.nameKey = p.nameKey
SET n.aliases = n.aliases + [x IN p.mentions WHERE NOT x IN n.aliases],
    n.merges = coalesce(n.merges, []) + [x IN p.merges WHERE NOT x IN coalesce(n.merges, [])]
WITH n, p
MATCH (a:Article {id: p.article})
MERGE (a)-[m:MENTIONS]->(n)
SET m.evidence = p.evidence
