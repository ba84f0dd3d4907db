// Statements every query uses to resolve names to ids. Parameters only; labels come from the ontology.

// statement: find
MATCH (n)
WHERE ($label IS NULL OR $label IN labels(n))
  AND (n.name IN $names OR any(a IN coalesce(n.aliases, []) WHERE a IN $names))
RETURN n.id AS id, n.jurisdiction AS jid

// statement: sub_jurisdictions
MATCH (c:Jurisdiction)
WHERE c.jurisdiction IN $ids
RETURN c.id AS id
UNION
MATCH (c:Jurisdiction)-[:LOCATED_IN]->(p:Jurisdiction)
WHERE p.id IN $ids
RETURN c.id AS id

// statement: nodes
MATCH (n)
WHERE n.id IN $ids
OPTIONAL MATCH (j:Jurisdiction {id: n.jurisdiction})
RETURN n.id AS id, n.name AS name, n.label AS label, j.name AS jurisdiction

// statement: names
MATCH (n)
WHERE $label IN labels(n)
RETURN n.name AS name
ORDER BY name
LIMIT 20

// statement: documents
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, d.name AS name
