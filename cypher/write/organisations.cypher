// Organisations the articles name: merged on the gazetteer id, or on the id the resolver gave (an
// acronym and its long name are one organisation), every acronym and merge kept, the long name
// replacing an acronym-only name, a MENTIONS edge from each article that names it.
// rows: one per id; said per source: article, evidence; joined: acronyms, merges
UNWIND $organisations AS o
MERGE (n:Organization {id: o.id})
  ON CREATE SET n.name = o.name, n.kind = o.kind, n.wikidata = o.wikidata, n.acronyms = []
SET n.acronyms = n.acronyms + [x IN o.acronyms WHERE NOT x IN n.acronyms],
    n.name = CASE WHEN n.name IN o.acronyms AND NOT o.name IN o.acronyms THEN o.name ELSE n.name END
WITH n, o
CALL (n, o) { // each merge of another key into this node, with its rule, from the article that made it
  UNWIND o.merges AS m
  MATCH (a:Article {id: m.article})
  MERGE (a)-[:MERGED {rule: m.rule, key: m.key}]->(n)
}
WITH n, o
UNWIND o.sources AS s
MATCH (a:Article {id: s.article})
CREATE (a)-[:MENTIONS {evidence: s.evidence}]->(n)
