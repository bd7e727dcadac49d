// People of the graph whose full name ends with one of these surnames, with the posts they hold.
UNWIND $surnames AS surname
MATCH (p:Person) WHERE p.name ENDS WITH ' ' + surname
MATCH (p)-[h:HOLDS]->(t)
RETURN surname, p.id AS id, h.role AS role, coalesce(t.iso2, t.id) AS target
