// Who took part in each meeting, in which capacity, as stated where.
UNWIND $participants AS x
MATCH (p:Person {id: x.person}), (n:Meeting {id: x.meeting})
MERGE (p)-[r:PARTICIPATED_IN]->(n)
  ON CREATE SET r.capacity = x.capacity, r.evidence = x.evidence, r.articles = []
SET r.articles = CASE WHEN x.article IN r.articles THEN r.articles ELSE r.articles + x.article END
