// People of the graph with a full name (two words or more) ending in one of these surnames, with the posts
// they hold and the name keys that an `unmerge` keeps apart from them.
UNWIND $surnames AS surname
MATCH (p:Person {surname: surname}) WHERE p.nameKey IS NOT NULL
MATCH (p)-[h:HOLDS]->(t)
RETURN surname, p.id AS id, h.role AS role, coalesce(t.iso2, t.id) AS target, coalesce(p.apart, []) AS apart
