// Undoing a merge: the person keeps the merged key apart from now on, loses the MERGED edges of that key
// and the aliases written in that form.
MATCH (p:Person {id: $id})
SET p.apart = coalesce(p.apart, []) + [x IN [$key] WHERE NOT x IN coalesce(p.apart, [])],
    p.aliases = [x IN coalesce(p.aliases, []) WHERE NOT x IN $aliases]
WITH p
OPTIONAL MATCH (:Article)-[m:MERGED {key: $key}]->(p)
DELETE m
