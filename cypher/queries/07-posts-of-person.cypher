// Question: Which posts has a person held, and when were they seen holding each?
// Parameters: person (a full name, an alias or a surname)
// Example: :params {person: 'Murat Nurtleu'}
MATCH (p:Person)-[h:HOLDS]->(t)
WHERE p.name = $person OR $person IN p.aliases OR p.name ENDS WITH ' ' + $person
RETURN h.title AS title, h.role AS role, coalesce(t.name, t.iso2) AS of, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen,
       h.evidence AS evidence
ORDER BY firstSeen
