// Sets the name keys that Names gives (given name and surname in one romanisation, full given names).
UNWIND $keys AS k
MATCH (p:Person {id: k.id})
SET p.nameKey = k.key
