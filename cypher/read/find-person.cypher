// A person already in the graph with the same given name and surname (accents and middle names aside).
MATCH (p:Person {nameKey: $nameKey})
RETURN p.id AS id
LIMIT 1
