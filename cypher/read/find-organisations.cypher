// Organisations of the graph known by one of these acronyms, as their name or one of their acronyms.
MATCH (o:Organization)
WHERE o.name IN $acronyms OR any(x IN coalesce(o.acronyms, []) WHERE x IN $acronyms)
RETURN o.id AS id, o.name AS name, coalesce(o.acronyms, []) AS acronyms
