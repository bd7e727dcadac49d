// Brings a store written by an earlier version up to date, once: Schema runs this file when the store's
// schema version (kept on the WriteLock node) is below the current one, and records the new version last.
// Persons keep their surname, and meetings their participants' ids, since schema version 2; name keys come
// from graph.Names since version 3 (Schema re-keys them in Java, in the same transaction, before this file).
MATCH (n:Person) WHERE n.surname IS NULL SET n.surname = last(split(n.name, ' '));
MATCH (m:Meeting) WHERE m.participants IS NULL
CALL (m) { MATCH (p:Person)-[:PARTICIPATED_IN]->(m) WITH p.id AS id ORDER BY id RETURN collect(id) AS ids }
SET m.participants = ids;
// Merges are MERGED edges (rule, key) from the article that made them since version 4, no longer prose in a
// list property ("<rule>: <key> in article <id>").
MATCH (n) WHERE (n:Person OR n:Organization) AND n.merges IS NOT NULL
UNWIND n.merges AS text
WITH n, split(text, ' in article ') AS parts
WITH n, parts[0] AS said, last(parts) AS article
WITH n, article, last(split(said, ': ')) AS key, said
MATCH (a:Article {id: article})
MERGE (a)-[:MERGED {rule: left(said, size(said) - size(key) - 2), key: key}]->(n);
MATCH (n) WHERE (n:Person OR n:Organization) AND n.merges IS NOT NULL REMOVE n.merges;
MERGE (l:WriteLock {id: 'graph'})
SET l.schema = $version;
