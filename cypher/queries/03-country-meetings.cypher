// Question: Every meeting of a country's officials, in time order.
// Parameters: country (ISO 3166-1 alpha-2 code, e.g. 'KZ')
// Example: :params {country: 'KZ'}
MATCH (c:Country {iso2: $country})<-[:HOLDS]-(p:Person)-[:PARTICIPATED_IN]->(m:Meeting)
OPTIONAL MATCH (m)<-[:PARTICIPATED_IN]-(other:Person) WHERE other <> p
OPTIONAL MATCH (m)-[:HELD_IN]->(place:Place)
RETURN m.date AS date, p.name AS official, collect(DISTINCT other.name) AS with, place.name AS place, m.kind AS kind
ORDER BY date
