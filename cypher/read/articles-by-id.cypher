// Stored articles with their text and metadata, to be extracted and written again.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.*} AS a
