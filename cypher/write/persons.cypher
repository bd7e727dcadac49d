// Persons named in the articles, merged on their resolved id; every written form kept as an alias,
// every merge of another name into this person recorded with the rule that made it, and a
// MENTIONS edge from each article that names them.
UNWIND $persons AS p
MERGE (n:Person {id: p.id})
  ON CREATE SET n.name = p.name, n.aliases = [], n.merges = [], n.nameKey = p.nameKey,
    n.surname = last(split(p.name, ' '))
SET n.aliases = n.aliases + [x IN p.mentions WHERE NOT x IN n.aliases],
    n.merges = coalesce(n.merges, []) + [x IN p.merges WHERE NOT x IN coalesce(n.merges, [])]
WITH n, p
UNWIND p.sources AS s
MATCH (a:Article {id: s.article})
CREATE (a)-[:MENTIONS {evidence: s.evidence}]->(n)
