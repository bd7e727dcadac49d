// Every node of one label with the properties the RDF mapping reads ($keys, in that order), streamed to
// an RDF export without named graphs.
// The export writes the label or type into the statement before running it, so the planner uses the
// label or type index; `$(...)` keeps the file runnable as it is.
MATCH (n:$($label))
RETURN [k IN $keys | n[k]] AS n, [] AS articles
