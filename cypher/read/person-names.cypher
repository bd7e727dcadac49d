// Every person with a name of two words or more (a name key), for re-keying a store of an earlier version.
MATCH (p:Person) WHERE p.nameKey IS NOT NULL
RETURN p.id AS id, p.name AS name
