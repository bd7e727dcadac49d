// Question: Which topics did the officials of two countries discuss, and when?
// Parameters: a, b (ISO alpha-2 codes, e.g. 'KZ' and 'MT')
// Example: :params {a: 'KZ', b: 'MT'}
MATCH (:Country {iso2: $a})<-[:HOLDS]-(:Person)-[:PARTICIPATED_IN]->(m:Meeting)
      <-[:PARTICIPATED_IN]-(:Person)-[:HOLDS]->(:Country {iso2: $b})
MATCH (m)-[:DISCUSSED]->(t:Topic)
RETURN m.date AS date, collect(DISTINCT t.label) AS topics
ORDER BY date
