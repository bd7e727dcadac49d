// Every write transaction starts here: the one WriteLock node is locked until the transaction ends, so
// writers (imports in other processes, removals) take turns and each resolves names against what the
// others committed, as a serial import would.
MERGE (l:WriteLock {id: 'graph'})
SET l.writes = coalesce(l.writes, 0) + 1
