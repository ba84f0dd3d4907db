// name: shared-responsibility
// description: The bodies responsible for a sector, grouped by jurisdiction, with evidence.
// description: The sector is matched by name or alias (消防 finds 消防安全).
// param: sector: string -- a sector's name or alias, e.g. 消防
// param: jurisdiction: string = null -- a jurisdiction's name or alias (its towns included)
// columns: jurisdiction, body, label, sectors, evidence
// statement: main
MATCH (b)-[r:RESPONSIBLE_FOR]->(s:Sector)
WHERE s.id IN $sector_ids
  AND ($jurisdiction_ids IS NULL OR b.jurisdiction IN $jurisdiction_ids)
OPTIONAL MATCH (j:Jurisdiction {id: b.jurisdiction})
RETURN b.id AS body_id, b.name AS body, b.label AS label, b.jurisdiction AS jid,
       j.name AS jurisdiction, s.name AS sector,
       {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
// statement: groups
MATCH (b)-[:RESPONSIBLE_FOR]->(s:Sector)
WHERE s.id IN $sector_ids
  AND ($jurisdiction_ids IS NULL OR b.jurisdiction IN $jurisdiction_ids)
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
