// A fingerprint of the articles in the graph: it changes when an article is imported or removed.
MATCH (a:Article)
RETURN toString(count(a)) + '|' + coalesce(toString(max(a.importedAt)), '') AS state
