// Earlier versions of an article: same url or same file, other text.
MATCH (a:Article)
WHERE a.id <> $id AND (($url IS NOT NULL AND a.url = $url) OR a.file = $file)
RETURN a.id AS id
