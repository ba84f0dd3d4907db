// name: responsibility-overlap
// description: Pairs of bodies of one jurisdiction that share at least min-shared sectors (kind=overlap),
// description: and sectors no body answers for in a jurisdiction where other jurisdictions have one (kind=gap;
// description: count is how many others have one, other_jurisdictions names up to 10 of them).
// param: jurisdiction: string = null -- a jurisdiction's name or alias (its towns included)
// param: min-shared: int = 2 -- how many sectors two bodies must share
// columns: kind, jurisdiction, body_a, body_b, sectors, count, other_jurisdictions, evidence
// statement: facts
MATCH (b)-[r:RESPONSIBLE_FOR]->(s:Sector)
WHERE $jurisdiction_ids IS NULL OR b.jurisdiction IN $jurisdiction_ids
OPTIONAL MATCH (j:Jurisdiction {id: b.jurisdiction})
RETURN b.id AS body_id, b.name AS body, b.label AS label, b.jurisdiction AS jid,
       j.name AS jurisdiction, s.name AS sector,
       {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
// statement: coverage
MATCH (b)-[:RESPONSIBLE_FOR]->(s:Sector)
WHERE b.jurisdiction IS NOT NULL
OPTIONAL MATCH (j:Jurisdiction {id: b.jurisdiction})
RETURN DISTINCT b.jurisdiction AS jid, j.name AS jurisdiction, s.name AS sector
