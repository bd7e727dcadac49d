// Relationships of one type.
MATCH ()-[r]->() WHERE type(r) = $type RETURN count(r) AS n
