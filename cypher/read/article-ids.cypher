// The articles a user names: by id, file path, file name or url.
MATCH (a:Article)
WHERE a.id = $ref OR a.file = $ref OR a.name = $ref OR a.url = $ref
RETURN a.id AS id
