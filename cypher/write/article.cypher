// The article node with its metadata and text.
CREATE (a:Article)
SET a = $articleProps, a.importedAt = datetime()
