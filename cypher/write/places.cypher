// Where each meeting was held: a Place in its country, HELD_IN edges with the articles that state them,
// and a MENTIONS edge from each article that names the place.
// rows: one per id; said per source: article, evidence, meeting, mention; a source per article, meeting
UNWIND $places AS x
MERGE (pl:Place {id: x.id})
  ON CREATE SET pl.name = x.name
FOREACH (c IN CASE WHEN x.country IS NULL THEN [] ELSE [x.country] END |
  MERGE (country:Country {iso2: c.iso2})
    ON CREATE SET country.iso3 = c.iso3, country.name = c.name, country.wikidata = c.wikidata
  MERGE (pl)-[:IN]->(country))
WITH pl, x
UNWIND x.sources AS s
MATCH (n:Meeting {id: s.meeting}), (a:Article {id: s.article})
MERGE (n)-[r:HELD_IN]->(pl)
  ON CREATE SET r.evidence = s.evidence, r.articles = []
SET r.articles = CASE WHEN s.article IN r.articles THEN r.articles ELSE r.articles + s.article END
FOREACH (_ IN CASE WHEN s.mention THEN [1] ELSE [] END |
  CREATE (a)-[:MENTIONS {evidence: s.evidence}]->(pl))
