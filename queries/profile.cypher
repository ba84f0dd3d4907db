// name: profile
// description: Everything about one node (by name or alias): its properties, then its relationships
// description: grouped by type, each with the node at the other end and the evidence.
// param: name: string -- a node's name or alias
// param: jurisdiction: string = null -- the node's jurisdiction, when the name is ambiguous
// columns: node, label, jurisdiction, relationship, direction, other, other_label, properties, evidence
// statement: node
MATCH (n)
WHERE n.id IN $ids
OPTIONAL MATCH (j:Jurisdiction {id: n.jurisdiction})
RETURN n.id AS id, n.name AS name, n.label AS label, n.aliases AS aliases, j.name AS jurisdiction,
       properties(n) AS props, {doc: n.ev_doc, start: n.ev_start, text: n.ev_text} AS ev
// statement: edges
MATCH (n)-[r]->(m)
WHERE n.id IN $ids AND type(r) <> 'MENTIONS'
RETURN n.id AS id, 'out' AS direction, type(r) AS type, m.name AS other, m.label AS label,
       properties(r) AS props, {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
UNION ALL
MATCH (n)<-[r]-(m)
WHERE n.id IN $ids AND type(r) <> 'MENTIONS'
RETURN n.id AS id, 'in' AS direction, type(r) AS type, m.name AS other, m.label AS label,
       properties(r) AS props, {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
