// Question: Who held a post (role and country) on a given date, as the articles show it?
// Parameters: role (e.g. 'foreign-minister'), country (ISO code), date (ISO date)
// Example: :params {role: 'foreign-minister', country: 'KZ', date: '2025-03-01'}
MATCH (p:Person)-[h:HOLDS {role: $role}]->(:Country {iso2: $country})
WHERE h.firstSeen <= date($date) AND h.lastSeen >= date($date)
RETURN p.name AS holder, h.title AS title, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, size(h.articles) AS articles
ORDER BY firstSeen DESC
