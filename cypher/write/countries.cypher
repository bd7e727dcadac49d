// Countries the articles refer to: one row per country of the batch, with a MENTIONS edge from each
// article that names it, carrying the evidence sentence.
// rows: one per iso2; said per source: article, evidence
UNWIND $countries AS c
MERGE (n:Country {iso2: c.iso2})
  ON CREATE SET n.iso3 = c.iso3, n.name = c.name, n.wikidata = c.wikidata
WITH n, c
UNWIND c.sources AS s
MATCH (a:Article {id: s.article})
CREATE (a)-[:MENTIONS {evidence: s.evidence}]->(n)
