// Question: Which names were merged into one person, by which rule, and from which article (undo one with `unmerge PERSON NAME`)?
// Parameters: none
// Example: :params {}
MATCH (a:Article)-[m:MERGED]->(p:Person)
RETURN p.id AS person, p.name AS name, m.rule + ': ' + m.key + ' in article ' + a.id AS merge, p.aliases AS aliases
ORDER BY person, merge
LIMIT 100
