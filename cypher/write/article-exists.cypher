// Whether an article with this id (hash of its text) is in the graph already.
MATCH (a:Article {id: $id}) RETURN count(a) > 0 AS present
