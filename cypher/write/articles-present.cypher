// Which of a batch's article ids are in the graph already.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
