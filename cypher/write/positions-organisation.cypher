// Posts held in an international organisation: one HOLDS edge per person, organisation and role, with
// the articles that state it and the first and last dates they were seen.
// rows: one per person, target, role; said per source: article, evidence, title, date
UNWIND $orgPositions AS h
MATCH (p:Person {id: h.person}), (c:Organization {id: h.target})
MERGE (p)-[r:HOLDS {role: h.role}]->(c)
  ON CREATE SET r.title = h.sources[0].title, r.evidence = h.sources[0].evidence, r.articles = [],
    r.firstSeen = h.first, r.lastSeen = h.last
SET r.articles = r.articles + [s IN h.sources WHERE NOT s.article IN r.articles | s.article],
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR h.first < r.firstSeen THEN h.first ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR h.last > r.lastSeen THEN h.last ELSE r.lastSeen END
