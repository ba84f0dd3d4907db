// name: plans
// description: Plans (预案, 方案, 规划, 通知 ...) with issuer, kind and the sectors they cover.
// param: jurisdiction: string = null -- a jurisdiction's name or alias (plan's or issuer's; towns included)
// param: sector: string = null -- only plans covering this sector (name or alias)
// param: body: string = null -- only plans this body (name or alias) issued
// columns: plan, kind, jurisdiction, issuers, actions, sectors, evidence
// statement: main
MATCH (p:Plan)
OPTIONAL MATCH (b)-[:ISSUED]->(p)
WITH p, collect(b.jurisdiction) AS issuer_jids
WHERE $jurisdiction_ids IS NULL OR p.jurisdiction IN $jurisdiction_ids
   OR any(x IN issuer_jids WHERE x IN $jurisdiction_ids)
OPTIONAL MATCH (j:Jurisdiction {id: p.jurisdiction})
RETURN p.id AS id, p.name AS name, p.kind AS kind, j.name AS jurisdiction,
       {doc: p.ev_doc, start: p.ev_start, text: p.ev_text} AS ev
// statement: links
MATCH (p:Plan)-[r]-(x)
WHERE p.id IN $ids AND type(r) IN ['ISSUED', 'COVERS']
RETURN p.id AS id, type(r) AS type, x.name AS other, x.label AS label, x.aliases AS aliases,
       r.action AS action, {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
