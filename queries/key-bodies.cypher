// name: key-bodies
// description: Bodies ranked by degree centrality in the responsibility and supervision graph
// description: (RESPONSIBLE_FOR, SUPERVISES, LEADS, GUIDES, PART_OF, MEMBER_OF): how many distinct
// description: nodes each is linked to, over the number of nodes in that graph minus one.
// param: jurisdiction: string = null -- rank only the bodies of this jurisdiction (its towns included)
// param: top: int = 10 -- how many bodies
// columns: rank, body, label, jurisdiction, degree, centrality, sectors, supervises, evidence
// statement: degrees
MATCH (b)-[r]->(x)
WHERE (b:Department OR b:Committee OR b:RescueTeam) AND type(r) IN $types
RETURN b.id AS body_id, b.jurisdiction AS jid, type(r) AS type, 'out' AS direction, collect(DISTINCT x.id) AS others
UNION ALL
MATCH (b)<-[r]-(x)
WHERE (b:Department OR b:Committee OR b:RescueTeam) AND type(r) IN $types
RETURN b.id AS body_id, b.jurisdiction AS jid, type(r) AS type, 'in' AS direction, collect(DISTINCT x.id) AS others
// statement: evidence
MATCH (b)-[r]-(x)
WHERE b.id IN $ids AND type(r) IN $types
RETURN b.id AS body_id, {doc: r.ev_doc, start: r.ev_start, text: r.ev_text} AS ev
