// Question: Which articles report the same meeting?
// Parameters: none
MATCH (a:Article)-[:REPORTS]->(m:Meeting)
WITH m, collect(a) AS articles
WHERE size(articles) > 1
RETURN m.name AS meeting, m.date AS date, [x IN articles | x.source + ': ' + coalesce(x.title, x.url, x.name)] AS reports
ORDER BY date
