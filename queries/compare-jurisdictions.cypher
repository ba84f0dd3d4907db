// name: compare-jurisdictions
// description: Per jurisdiction, side by side: which bodies answer for a sector and which committees exist.
// param: sector: string -- a sector's name or alias
// columns: jurisdiction, bodies, committees, evidence
// statement: responsible
MATCH (b)-[r:RESPONSIBLE_FOR]->(s:Sector)
WHERE s.id IN $sector_ids
OPTIONAL MATCH (j:Jurisdiction {id: b.jurisdiction})
RETURN b.id AS body_id, b.name AS body, b.label AS label, b.jurisdiction AS jid,
       j.name AS jurisdiction, s.name AS sector,
       {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
// statement: groups
MATCH (b)-[:RESPONSIBLE_FOR]->(s:Sector)
WHERE s.id IN $sector_ids
OPTIONAL MATCH (j:Jurisdiction {id: b.jurisdiction})
RETURN b.jurisdiction AS jid, j.name AS jurisdiction, count(DISTINCT b.id) AS bodies
// statement: page
MATCH (b)-[r:RESPONSIBLE_FOR]->(s:Sector)
WHERE s.id IN $sector_ids
  AND (b.jurisdiction IN $jids OR ($unplaced AND b.jurisdiction IS NULL))
OPTIONAL MATCH (j:Jurisdiction {id: b.jurisdiction})
RETURN b.id AS body_id, b.name AS body, b.label AS label, b.jurisdiction AS jid,
       j.name AS jurisdiction, s.name AS sector,
       {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
// statement: committees
MATCH (c:Committee)
WHERE c.jurisdiction IS NOT NULL
OPTIONAL MATCH (j:Jurisdiction {id: c.jurisdiction})
RETURN c.jurisdiction AS jid, j.name AS jurisdiction, c.name AS committee
