// Earlier versions of a batch's articles: same url or same file, other text (index seeks).
UNWIND $items AS item
MATCH (a:Article {url: item.url}) WHERE a.id <> item.id
RETURN item.id AS article, a.id AS id
UNION
UNWIND $items AS item
MATCH (a:Article {file: item.file}) WHERE a.id <> item.id
RETURN item.id AS article, a.id AS id
