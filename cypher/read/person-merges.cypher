// A person's recorded merges and aliases, to undo one of the merges.
MATCH (p:Person {id: $id})
RETURN coalesce(p.merges, []) AS merges, coalesce(p.aliases, []) AS aliases
