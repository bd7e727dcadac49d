// People already in the graph under given-name-and-surname keys (one query for a whole batch), with the
// name keys that an `unmerge` keeps apart from them.
UNWIND $nameKeys AS key
MATCH (p:Person {nameKey: key})
RETURN key, p.id AS id, coalesce(p.apart, []) AS apart
