// name: accountability-chain
// description: Upward, who leads, guides, chairs or contains a body, up to the top; downward, whom it
// description: supervises, down to towns and enterprises. One row per body reached, with its path and
// description: the relationship and evidence of every step. The walk runs `step` once per level.
// param: body: string -- a body's name or alias, e.g. 区应急管理局
// param: jurisdiction: string = null -- the body's jurisdiction, when the name is ambiguous
// columns: start, direction, depth, node, label, jurisdiction, path, steps, evidence
// statement: step
MATCH (n)-[r]->(m)
WHERE n.id IN $frontier AND type(r) IN $out_types
OPTIONAL MATCH (j:Jurisdiction {id: m.jurisdiction})
RETURN n.id AS from_id, m.id AS node_id, m.name AS node, m.label AS label, j.name AS jurisdiction,
       type(r) AS type, n.id AS source, m.id AS target,
       {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
UNION ALL
MATCH (n)<-[r]-(m)
WHERE n.id IN $frontier AND type(r) IN $in_types
OPTIONAL MATCH (j:Jurisdiction {id: m.jurisdiction})
RETURN n.id AS from_id, m.id AS node_id, m.name AS node, m.label AS label, j.name AS jurisdiction,
       type(r) AS type, m.id AS source, n.id AS target,
       {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
