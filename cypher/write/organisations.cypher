// Organisations the articles name: merged on the gazetteer id or the slug of the name, every acronym
// kept, a MENTIONS edge from each article that names it.
UNWIND $organisations AS o
MERGE (n:Organization {id: o.id})
  ON CREATE SET n.name = o.name, n.kind = o.kind, n.wikidata = o.wikidata, n.acronyms = []
SET n.acronyms = n.acronyms + [x IN o.acronyms WHERE NOT x IN n.acronyms]
WITH n, o
UNWIND o.sources AS s
MATCH (a:Article {id: s.article})
CREATE (a)-[:MENTIONS {evidence: s.evidence}]->(n)
