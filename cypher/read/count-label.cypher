// Nodes that carry one label.
MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS n
