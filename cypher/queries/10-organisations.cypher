// Question: Which organisations appear, with their offices and the officials who serve them?
// Parameters: none
MATCH (o:Organization)
OPTIONAL MATCH (office:Organization)-[:PART_OF]->(o)
OPTIONAL MATCH (official:Person)-[h:HOLDS]->(o)
RETURN o.name AS organisation, o.wikidata AS wikidata, collect(DISTINCT office.name) AS offices,
       collect(DISTINCT official.name + ' (' + h.title + ')') AS officials
ORDER BY size(officials) DESC, organisation
