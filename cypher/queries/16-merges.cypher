// Question: Which names were merged into one person, by which rule, and from which article (undo one with `unmerge PERSON NAME`)?
// Parameters: none
// Example: :params {}
MATCH (p:Person) WHERE size(coalesce(p.merges, [])) > 0
UNWIND p.merges AS merge
RETURN p.id AS person, p.name AS name, merge, p.aliases AS aliases
ORDER BY person
LIMIT 100
