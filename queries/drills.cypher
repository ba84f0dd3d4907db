// name: drills
// description: Drills with date, place, organisers, leaders, participants and sector.
// param: jurisdiction: string = null -- a jurisdiction's name or alias (its towns included)
// param: from: date = null -- earliest date, YYYY, YYYY-MM or YYYY-MM-DD
// param: to: date = null -- latest date (inclusive), YYYY, YYYY-MM or YYYY-MM-DD
// param: place: string = null -- part of a place's name, e.g. 水库
// columns: drill, date, kind, jurisdiction, places, organisers, leaders, participants, sectors, evidence
// statement: main
MATCH (d:Drill)
WHERE ($jurisdiction_ids IS NULL OR d.jurisdiction IN $jurisdiction_ids)
  AND ($date_from IS NULL OR (d.date IS NOT NULL AND d.date >= $date_from))
  AND ($date_to IS NULL OR (d.date IS NOT NULL AND substring(d.date, 0, size($date_to)) <= $date_to))
OPTIONAL MATCH (j:Jurisdiction {id: d.jurisdiction})
RETURN d.id AS id, d.name AS name, d.date AS date, d.kind AS kind, j.name AS jurisdiction,
       {doc: d.ev_doc, start: d.ev_start, text: d.ev_text} AS ev
// statement: links
MATCH (d:Drill)-[r]-(x)
WHERE d.id IN $ids AND type(r) IN ['ORGANIZED', 'PARTICIPATED_IN', 'HELD_AT', 'COVERS']
RETURN d.id AS id, type(r) AS type, x.name AS other, x.label AS label, x.aliases AS aliases,
       r.role AS role, {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
