// Question: Every meeting of a person, in time order, with whom, where and in which capacity.
// Parameters: person (a full name, an alias or a surname, e.g. 'Murat Nurtleu' or 'Nurtleu')
// Example: :params {person: 'Murat Nurtleu'}
MATCH (p:Person)-[r:PARTICIPATED_IN]->(m:Meeting)
WHERE p.name = $person OR $person IN p.aliases OR p.name ENDS WITH ' ' + $person
OPTIONAL MATCH (m)<-[:PARTICIPATED_IN]-(other:Person) WHERE other <> p
OPTIONAL MATCH (m)-[:HELD_IN]->(place:Place)
RETURN m.date AS date, m.kind AS kind, m.status AS status, collect(DISTINCT other.name) AS with,
       place.name AS place, r.capacity AS capacity
ORDER BY date
