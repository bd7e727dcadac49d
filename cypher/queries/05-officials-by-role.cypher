// Question: Which officials hold a given role, for which country or organisation?
// Parameters: role (an id of roles.tsv, e.g. 'foreign-minister'), country (ISO code, or null for all)
// Example: :params {role: 'foreign-minister', country: null}
MATCH (p:Person)-[h:HOLDS {role: $role}]->(t)
WHERE $country IS NULL OR t.iso2 = $country
RETURN coalesce(t.name, t.iso2) AS of, p.name AS official, h.title AS title, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen
ORDER BY of, official
