// Organisations the article names: merged on the gazetteer id or the slug of the name.
UNWIND $organisations AS o
MERGE (n:Organization {id: o.id})
  ON CREATE SET n.name = o.name, n.kind = o.kind, n.wikidata = o.wikidata, n.acronyms = []
SET n.acronyms = n.acronyms + [x IN o.acronyms WHERE NOT x IN n.acronyms]
WITH n, o
MATCH (a:Article {id: o.article})
MERGE (a)-[m:MENTIONS]->(n)
SET m.evidence = o.evidence
