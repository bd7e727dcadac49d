// People already in the graph under given-name-and-surname keys (one query for a whole batch).
UNWIND $nameKeys AS key
MATCH (p:Person {nameKey: key})
RETURN key, p.id AS id
