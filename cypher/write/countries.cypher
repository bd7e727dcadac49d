// Countries the articles refer to, each with a MENTIONS edge carrying the evidence sentence (one row per article and country).
UNWIND $countries AS c
MERGE (n:Country {iso2: c.iso2})
  ON CREATE SET n.iso3 = c.iso3, n.name = c.name, n.wikidata = c.wikidata
WITH n, c
MATCH (a:Article {id: c.article})
MERGE (a)-[m:MENTIONS]->(n)
SET m.evidence = c.evidence
