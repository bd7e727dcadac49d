// The merges of one key into a person (the MERGED edges from the articles that made them) and the person's
// aliases, to undo those merges.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (a:Article)-[m:MERGED {key: $key}]->(p)
RETURN coalesce(p.aliases, []) AS aliases, collect(m.rule + ': ' + m.key + ' in article ' + a.id) AS merges,
  collect(DISTINCT a.id) AS articles
