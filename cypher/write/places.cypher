// Where each meeting was held: a Place in its country.
UNWIND $places AS x
MERGE (pl:Place {id: x.id})
  ON CREATE SET pl.name = x.name, pl.wikidata = x.wikidata
WITH pl, x
MATCH (n:Meeting {id: x.meeting}), (a:Article {id: x.article})
MERGE (n)-[r:HELD_IN]->(pl)
  ON CREATE SET r.evidence = x.evidence, r.articles = []
SET r.articles = CASE WHEN x.article IN r.articles THEN r.articles ELSE r.articles + x.article END
MERGE (a)-[m:MENTIONS]->(pl)
SET m.evidence = x.evidence
WITH pl, x WHERE x.country IS NOT NULL
MERGE (c:Country {iso2: x.country.iso2})
  ON CREATE SET c.iso3 = x.country.iso3, c.name = x.country.name, c.wikidata = x.country.wikidata
MERGE (pl)-[:IN]->(c)
