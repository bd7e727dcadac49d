// Posts held for a country: one HOLDS edge per person, country and role, dated by the articles that state it.
UNWIND $positions AS h
MATCH (p:Person {id: h.person}), (c:Country {iso2: h.target})
MERGE (p)-[r:HOLDS {role: h.role}]->(c)
  ON CREATE SET r.title = h.title, r.evidence = h.evidence, r.articles = [], r.firstSeen = h.date, r.lastSeen = h.date
SET r.articles = CASE WHEN h.article IN r.articles THEN r.articles ELSE r.articles + h.article END,
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR h.date < r.firstSeen THEN h.date ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR h.date > r.lastSeen THEN h.date ELSE r.lastSeen END
