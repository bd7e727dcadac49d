// Offices and bodies of an organisation: PART_OF their parent, with provenance.
UNWIND $parents AS p
MATCH (child:Organization {id: p.child}), (parent:Organization {id: p.parent})
MERGE (child)-[r:PART_OF]->(parent)
  ON CREATE SET r.evidence = p.evidence, r.articles = []
SET r.articles = CASE WHEN p.article IN r.articles THEN r.articles ELSE r.articles + p.article END
