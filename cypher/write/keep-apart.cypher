// Undoing a merge: the person keeps the merged key apart from now on and forgets the merges undone and
// the aliases written in that form.
MATCH (p:Person {id: $id})
SET p.apart = coalesce(p.apart, []) + [x IN [$key] WHERE NOT x IN coalesce(p.apart, [])],
    p.merges = [x IN coalesce(p.merges, []) WHERE NOT x IN $merges],
    p.aliases = [x IN coalesce(p.aliases, []) WHERE NOT x IN $aliases]
