// The article nodes of a batch, with their metadata and text.
UNWIND $articles AS props
CREATE (a:Article)
SET a = props, a.importedAt = datetime()
