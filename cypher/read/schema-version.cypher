// The schema version of the store (0 for a new store or one written before versions were kept).
OPTIONAL MATCH (l:WriteLock {id: 'graph'})
RETURN coalesce(l.schema, 0) AS version
