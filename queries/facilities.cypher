// name: facilities
// description: Reservoirs and other facilities with location, inspections and drills held there.
// param: jurisdiction: string = null -- a jurisdiction's name or alias (its towns included)
// param: kind: string = null -- Reservoir/水库, Facility, or a word of the facility's kind or name (尾矿库)
// columns: facility, label, kind, jurisdiction, located_in, inspections, drills, evidence
// statement: main
MATCH (f:Facility)
OPTIONAL MATCH (f)-[:LOCATED_IN]->(p:Jurisdiction)
WITH f, collect(p.id) AS places
WHERE $jurisdiction_ids IS NULL OR f.jurisdiction IN $jurisdiction_ids
   OR any(p IN places WHERE p IN $jurisdiction_ids)
OPTIONAL MATCH (j:Jurisdiction {id: f.jurisdiction})
RETURN f.id AS id, f.name AS name, f.label AS label, f.kind AS kind, j.name AS jurisdiction,
       {doc: f.ev_doc, start: f.ev_start, text: f.ev_text} AS ev
// statement: links
MATCH (f:Facility)-[r]-(x)
WHERE f.id IN $ids AND type(r) IN ['LOCATED_IN', 'INSPECTED', 'HELD_AT']
RETURN f.id AS id, type(r) AS type, x.name AS other, x.label AS label, r.date AS date, x.date AS other_date,
       {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
