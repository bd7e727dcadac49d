// Persons named in the articles, merged on their resolved id; every written form kept as an alias,
// every merge of another name into this person recorded with the rule that made it, and a
// MENTIONS edge from each article that names them. A person known so far by one word ("Putin") takes the
// full name (and its name key) that the resolver joined to them.
// rows: one per id; said per source: article, evidence; joined: mentions, merges, fullNames, fullKeys
UNWIND $persons AS p
MERGE (n:Person {id: p.id})
  ON CREATE SET n.name = p.name, n.aliases = [], n.nameKey = p.nameKey,
    n.surname = last(split(p.name, ' '))
SET n.aliases = n.aliases + [x IN p.mentions WHERE NOT x IN n.aliases]
SET n.name = CASE WHEN n.nameKey IS NULL AND size(p.fullNames) > 0 THEN p.fullNames[0] ELSE n.name END
SET n.nameKey = coalesce(n.nameKey, head(p.fullKeys))
WITH n, p
CALL (n, p) { // each merge of another key into this node, with its rule, from the article that made it
  UNWIND p.merges AS m
  MATCH (a:Article {id: m.article})
  MERGE (a)-[:MERGED {rule: m.rule, key: m.key}]->(n)
}
WITH n, p
UNWIND p.sources AS s
MATCH (a:Article {id: s.article})
CREATE (a)-[:MENTIONS {evidence: s.evidence}]->(n)
