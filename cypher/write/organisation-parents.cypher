// Offices and bodies of an organisation: PART_OF their parent, with the articles that state it.
// rows: one per child, parent; said per source: article, evidence
UNWIND $parents AS p
MATCH (child:Organization {id: p.child}), (parent:Organization {id: p.parent})
MERGE (child)-[r:PART_OF]->(parent)
  ON CREATE SET r.evidence = p.sources[0].evidence, r.articles = []
SET r.articles = r.articles + [s IN p.sources WHERE NOT s.article IN r.articles | s.article]
