// People of the graph known by one word only ("Putin"), under these names, with the posts they hold and the
// name keys that an `unmerge` keeps apart from them: a full name that arrives later may be theirs.
UNWIND $names AS name
MATCH (p:Person {name: name}) WHERE p.nameKey IS NULL
MATCH (p)-[h:HOLDS]->(t)
RETURN name, p.id AS id, h.role AS role, coalesce(t.iso2, t.id) AS target, coalesce(p.apart, []) AS apart
