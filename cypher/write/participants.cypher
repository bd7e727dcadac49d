// Who took part in each meeting, in which capacity, as stated by which articles.
// rows: one per person, meeting; said per source: article, evidence, capacity
UNWIND $participants AS x
MATCH (p:Person {id: x.person}), (n:Meeting {id: x.meeting})
MERGE (p)-[r:PARTICIPATED_IN]->(n)
  ON CREATE SET r.capacity = x.sources[0].capacity, r.evidence = x.sources[0].evidence, r.articles = []
SET r.articles = r.articles + [s IN x.sources WHERE NOT s.article IN r.articles | s.article]
