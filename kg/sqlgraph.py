"""The corpus graph in one SQLite file: the schema, per-document writes, indexed reads.

Each document's contribution is kept as rows tagged with its id (`support`, `aliases`,
`props`, `evidence`), so replacing or removing a document is deleting its rows, and a
node or relationship as read is merged from the rows of every document that gives it,
by the rules of `kg.model` (aliases and evidence: union; a property: the value whose
(source document, repr(value)) sorts first). MENTIONS (Document -> each node with
evidence in it) is derived from `evidence`, never stored.

Functions here take an open `sqlite3.Connection` and raise `sqlite3.Error` on a damaged
file; `kg.store.EmbeddedStore` turns those into one-line `StoreError`s.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

import networkx as nx
import orjson

from kg.model import KnowledgeGraph, edge_key
from ontology.vocab import labels_of

FORMAT = "kg-store/3"
UPGRADABLE = ("kg-store/2",)  # older formats `upgrade` brings up to FORMAT in place
MENTIONS = "MENTIONS"

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(id TEXT PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL,
                       fragment_sha256 TEXT NOT NULL, path TEXT);
CREATE TABLE texts(sha256 TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE nodes(id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, jurisdiction TEXT) WITHOUT ROWID;
CREATE INDEX nodes_by_label ON nodes(label, jurisdiction);
CREATE INDEX nodes_by_jurisdiction ON nodes(jurisdiction);
CREATE TABLE edges(source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL, source_jurisdiction TEXT,
                   PRIMARY KEY(source, type, target)) WITHOUT ROWID;
CREATE INDEX edges_in ON edges(target, type, source);
CREATE INDEX edges_by_scope ON edges(target, type, source_jurisdiction, source);
CREATE INDEX edges_by_type ON edges(type);
CREATE TABLE support(owner TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY(owner, doc)) WITHOUT ROWID;
CREATE INDEX support_by_doc ON support(doc);
CREATE TABLE aliases(node TEXT NOT NULL, alias TEXT NOT NULL, doc TEXT NOT NULL,
                     PRIMARY KEY(node, alias, doc)) WITHOUT ROWID;
CREATE INDEX aliases_by_alias ON aliases(alias);
CREATE INDEX aliases_by_doc ON aliases(doc);
CREATE TABLE props(owner TEXT NOT NULL, key TEXT NOT NULL, doc TEXT NOT NULL, src TEXT NOT NULL,
                   value TEXT NOT NULL, PRIMARY KEY(owner, key, doc)) WITHOUT ROWID;
CREATE INDEX props_by_doc ON props(doc);
CREATE TABLE evidence(owner TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                      PRIMARY KEY(owner, doc, start, "end")) WITHOUT ROWID;
CREATE INDEX evidence_by_doc ON evidence(doc);
CREATE TABLE doc_counts(doc TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL,
                        PRIMARY KEY(doc, kind, name)) WITHOUT ROWID;
"""
# edges.source_jurisdiction: the source node's jurisdiction, copied onto its relationships so
# that "how many bodies of each jurisdiction answer for this sector" reads the edges_by_scope
# index alone (joining 20,000 bodies' node rows took 70-80 ms at 10,000 documents). It never goes
# stale: a node's id hashes its scope (`kg.model.node_id`), so a node keeps its jurisdiction.
# doc_counts: what `kg stats` shows per document (kind 'label' or 'type', MENTIONS included),
# written with the document's rows: counting it from the evidence took 10-20 s at 10,000 documents.
TABLES = ("meta", "documents", "texts", "nodes", "edges", "support", "aliases", "props", "evidence",
          "doc_counts")


# -- opening -------------------------------------------------------------------------
def create(conn: sqlite3.Connection) -> None:
    """Write the schema and the format into an empty database (one transaction)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not _tables(conn):  # another process may have created it meanwhile
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def upgrade(conn: sqlite3.Connection) -> bool:
    """Bring a store of an older format (UPGRADABLE) up to FORMAT in place, in one transaction;
    True when it did. kg-store/2 -> 3: the edges get their source's jurisdiction (and the index
    that reads it); 8 s at 10,000 documents, once."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if format_of(conn) not in UPGRADABLE:  # another process may have upgraded it meanwhile
            conn.execute("ROLLBACK")
            return False
        conn.execute("ALTER TABLE edges ADD COLUMN source_jurisdiction TEXT")
        conn.execute("UPDATE edges SET source_jurisdiction = (SELECT n.jurisdiction FROM nodes n WHERE n.id = edges.source)")
        create_indexes(conn)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'format'", (FORMAT,))
        conn.execute("COMMIT")
        return True
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def format_of(conn: sqlite3.Connection) -> str | None:
    """The format the database says it has (None: no meta table or no format entry)."""
    if "meta" not in _tables(conn):
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    return row[0] if row else None


def problem(conn: sqlite3.Connection) -> str | None:
    """What makes this database no store of this format (None when it is one)."""
    missing = [t for t in TABLES if t not in _tables(conn)]
    if "meta" in missing:
        return "it has no 'meta' table (not a kg store)"
    found = format_of(conn)
    if found is None:
        return "it has no format entry"
    if found != FORMAT:
        return f"it has an unknown format {found!r} (this version reads {FORMAT})"
    if missing:
        return f"table {missing[0]!r} is missing"
    return None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


# -- writing documents -------------------------------------------------------------------
class RowBuffer:
    """The rows of newly put documents, held until `flush` writes them table by table,
    each table's rows sorted by its primary key: an ingest of thousands of documents then
    touches each B-tree page once per flush instead of once per row (random text keys).

    Rows keep their put order among equal keys (a stable sort), so INSERT OR IGNORE keeps
    the first and INSERT OR REPLACE the last, as row-by-row writing did."""

    # table -> (INSERT statement, number of leading columns that make the primary key)
    STATEMENTS = {
        "nodes": ("INSERT OR IGNORE INTO nodes VALUES (?, ?, ?, ?)", 1),
        "edges": ("INSERT OR IGNORE INTO edges VALUES (?, ?, ?, ?)", 3),
        "support": ("INSERT OR IGNORE INTO support VALUES (?, ?)", 2),
        "aliases": ("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)", 3),
        "props": ("INSERT OR REPLACE INTO props VALUES (?, ?, ?, ?, ?)", 3),
        "evidence": ("INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?)", 4),
        "doc_counts": ("INSERT INTO doc_counts VALUES (?, ?, ?, ?)", 3),
    }

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple]] = {table: [] for table in self.STATEMENTS}
        self.documents = 0

    def add(self, fragment: KnowledgeGraph, doc: str) -> None:
        """Take the rows of one document's fragment (its MENTIONS are derived, not stored)."""
        rows = self.rows
        nodes, edges, support, aliases = rows["nodes"], rows["edges"], rows["support"], rows["aliases"]
        props, evidence = rows["props"], rows["evidence"]

        def add(owner: str, d: dict[str, Any]) -> None:
            support.append((owner, doc))
            src = d["prop_src"]
            props.extend((owner, k, doc, src.get(k, ""), orjson.dumps(v).decode())
                         for k, v in d["properties"].items())
            evidence.extend((owner, e[0], e[1], e[2]) for e in d["evidence"])

        g = fragment.g
        node_data = g.nodes
        for nid, d in g.nodes(data=True):
            nodes.append((nid, d["label"], d["name"], d["jurisdiction"]))
            aliases.extend((nid, a, doc) for a in set(d["aliases"]) | {d["name"]})
            add(nid, d)
        for s, t, k, d in g.edges(keys=True, data=True):
            if k != MENTIONS:
                edges.append((s, k, t, node_data[s]["jurisdiction"]))
                add(edge_key(s, k, t), d)
        labels, types = fragment_counts(fragment, doc)
        rows["doc_counts"].extend([(doc, "label", k, n) for k, n in labels.items()]
                                  + [(doc, "type", k, n) for k, n in types.items()])
        self.documents += 1

    def flush(self, conn: sqlite3.Connection) -> None:
        """Write the held rows (sorted by primary key) and forget them."""
        for table, (statement, key_width) in self.STATEMENTS.items():
            rows = self.rows[table]
            if rows:
                # a key of whole rows is the rows' own order: a plain sort (no key function per row, the
                # same order: equal rows are the same row)
                rows.sort(key=None if key_width == len(rows[0]) else itemgetter(*range(key_width)))
                conn.executemany(statement, rows)
                rows.clear()
        self.documents = 0


def put_fragment(conn: sqlite3.Connection, fragment: KnowledgeGraph, doc: str) -> None:
    """Add the rows of one document's fragment now (its MENTIONS are derived, not stored)."""
    buffer = RowBuffer()
    buffer.add(fragment, doc)
    buffer.flush(conn)


# Secondary indexes: `create` makes them; a bulk load into a store small compared with the
# batch drops them inside its transaction and makes them again before the commit (one sort
# each instead of a random insert per row).
INDEXES = tuple(" ".join(st.split()) for st in SCHEMA.split(";") if st.strip().startswith("CREATE INDEX"))


def index_names() -> list[str]:
    return [statement.split()[2] for statement in INDEXES]


def drop_indexes(conn: sqlite3.Connection) -> None:
    for name in index_names():
        conn.execute(f"DROP INDEX IF EXISTS {name}")


def create_indexes(conn: sqlite3.Connection) -> None:
    for statement in INDEXES:
        conn.execute(statement.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))


def fragment_counts(fragment: KnowledgeGraph, doc: str) -> tuple[Counter, Counter]:
    """(nodes by label, relationships by type) with evidence in `doc`, MENTIONS derived as
    on read. A document's counts depend on its own fragment only: the nodes and edges it
    gives evidence to stay while it supports them."""
    g = fragment.g
    is_document = doc in g and g.nodes[doc]["label"] == "Document"
    labels, types = Counter(), Counter()
    for nid, d in g.nodes(data=True):
        if any(e[0] == doc for e in d["evidence"]):
            labels[d["label"]] += 1
            if is_document and nid != doc:
                types[MENTIONS] += 1
    for _, _, k, d in g.edges(keys=True, data=True):
        if k != MENTIONS and any(e[0] == doc for e in d["evidence"]):
            types[k] += 1
    return labels, types


def remove_rows(conn: sqlite3.Connection, doc: str) -> None:
    """Take one document's rows out; drop the nodes and edges no other document supports.

    An edge whose end node goes is dropped too (with its rows): a fragment holds both
    ends of each of its edges, so an edge another document supports keeps its ends.
    """
    owners = [r[0] for r in conn.execute("SELECT owner FROM support WHERE doc = ?", (doc,))]
    for table in ("support", "aliases", "props", "evidence", "doc_counts"):
        conn.execute(f"DELETE FROM {table} WHERE doc = ?", (doc,))
    gone = [o for o in owners
            if conn.execute("SELECT 1 FROM support WHERE owner = ? LIMIT 1", (o,)).fetchone() is None]
    gone_nodes = [o for o in gone if not _is_edge(o)]
    gone_edges = {o for o in gone if _is_edge(o)}
    for nid in gone_nodes:
        conn.execute("DELETE FROM nodes WHERE id = ?", (nid,))
        for s, k, t in conn.execute("SELECT source, type, target FROM edges WHERE source = ? UNION "
                                    "SELECT source, type, target FROM edges WHERE target = ?", (nid, nid)).fetchall():
            gone_edges.add(edge_key(s, k, t))
    for key in gone_edges:
        s, k, t = key.split("|")
        conn.execute("DELETE FROM edges WHERE source = ? AND type = ? AND target = ?", (s, k, t))
        for table in ("support", "props", "evidence"):
            conn.execute(f"DELETE FROM {table} WHERE owner = ?", (key,))


def _is_edge(owner: str) -> bool:
    return "|" in owner  # node ids are `label-hex`; an edge's owner is 'source|type|target'


# -- reading ---------------------------------------------------------------------------
def node(conn: sqlite3.Connection, nid: str) -> dict[str, Any] | None:
    """One node as `KnowledgeGraph.node` gives it (aliases, properties, prop_src, evidence)."""
    row = conn.execute("SELECT label, name, jurisdiction FROM nodes WHERE id = ?", (nid,)).fetchone()
    if row is None:
        return None
    aliases = {r[0] for r in conn.execute("SELECT alias FROM aliases WHERE node = ?", (nid,))}
    return {"label": row[0], "name": row[1], "jurisdiction": row[2], "aliases": aliases, **_owned(conn, nid)}


def _owned(conn: sqlite3.Connection, owner: str) -> dict[str, Any]:
    props = _winning_properties(conn.execute("SELECT key, src, value FROM props WHERE owner = ?", (owner,)))
    evidence = {tuple(r) for r in conn.execute('SELECT doc, start, "end" FROM evidence WHERE owner = ?', (owner,))}
    return {"properties": {k: v for k, (_, v) in props.items()},
            "prop_src": {k: src for k, (src, _) in props.items()}, "evidence": evidence}


def _winning_properties(rows: Iterable[tuple[str, str, str]]) -> dict[str, tuple[str, Any]]:
    """key -> (src, value) with the smallest (src, repr(value)): `kg.model._merge_property_maps`."""
    best: dict[str, tuple[str, str, Any]] = {}
    for key, src, raw in rows:
        value = orjson.loads(raw)
        rank = (src, repr(value))
        if key not in best or rank < best[key][:2]:
            best[key] = (*rank, value)
    return {k: (src, value) for k, (src, _, value) in best.items()}


def edges_of(conn: sqlite3.Connection, nid: str, direction: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(source, target, type, data) of the edges out of ("out") or into ("in") a node, sorted, MENTIONS included.

    Three queries whatever the degree (edges, their properties, their evidence: the
    owner key is computed from the edge row, and the props/evidence keys are indexed)."""
    where = "e.source = ?" if direction == "out" else "e.target = ?"
    owner = "e.source || '|' || e.type || '|' || e.target"
    found: dict[tuple[str, str, str], dict[str, Any]] = {
        (s, t, k): {"type": k, "properties": {}, "prop_src": {}, "evidence": set()}
        for s, t, k in conn.execute(f"SELECT e.source, e.target, e.type FROM edges e WHERE {where}", (nid,))}
    props: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
    for s, t, k, key, src, value in conn.execute(
            f"SELECT e.source, e.target, e.type, p.key, p.src, p.value FROM edges e "
            f"JOIN props p ON p.owner = {owner} WHERE {where}", (nid,)):
        props.setdefault((s, t, k), []).append((key, src, value))
    for edge, rows in props.items():
        for key, (src, value) in _winning_properties(rows).items():
            found[edge]["properties"][key] = value
            found[edge]["prop_src"][key] = src
    for s, t, k, doc, start, end in conn.execute(
            f'SELECT e.source, e.target, e.type, v.doc, v.start, v."end" FROM edges e '
            f"JOIN evidence v ON v.owner = {owner} WHERE {where}", (nid,)):
        found[s, t, k]["evidence"].add((doc, start, end))
    mentions = _mentions_from(conn, nid) if direction == "out" else _mentions_of(conn, nid)
    out = [(s, t, k, d) for (s, t, k), d in found.items()]
    out += [(s, t, MENTIONS, {"type": MENTIONS, "properties": {}, "prop_src": {}, "evidence": ev})
            for (s, t), ev in mentions.items()]
    return sorted(out, key=lambda e: e[:3])


def heads(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """id -> {label, name} of many nodes (a few queries, not one per node)."""
    ids, out = sorted(set(ids)), {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for nid, label, name in conn.execute(
                f"SELECT id, label, name FROM nodes WHERE id IN ({','.join('?' * len(part))})", part):
            out[nid] = {"label": label, "name": name}
    return out


def _mentions_from(conn: sqlite3.Connection, doc: str) -> dict[tuple[str, str], set]:
    out: dict[tuple[str, str], set] = {}
    if conn.execute("SELECT 1 FROM nodes WHERE id = ? AND label = 'Document'", (doc,)).fetchone() is None:
        return out
    for owner, start, end in conn.execute(
            'SELECT e.owner, e.start, e."end" FROM evidence e JOIN nodes n ON n.id = e.owner '
            "WHERE e.doc = ? AND e.owner != ?", (doc, doc)):
        out.setdefault((doc, owner), set()).add((doc, start, end))
    return out


def _mentions_of(conn: sqlite3.Connection, nid: str) -> dict[tuple[str, str], set]:
    out: dict[tuple[str, str], set] = {}
    for doc, start, end in conn.execute(
            'SELECT e.doc, e.start, e."end" FROM evidence e JOIN nodes d ON d.id = e.doc '
            "WHERE e.owner = ? AND d.label = 'Document' AND e.doc != ?", (nid, nid)):
        out.setdefault((doc, nid), set()).add((doc, start, end))
    return out


def find(conn: sqlite3.Connection, name: str, *, label: str | None = None,
         jurisdiction: str | None = None) -> list[str]:
    """Ids of nodes whose name or alias is `name` (as `KnowledgeGraph.find`)."""
    out = []
    for nid, node_label, node_jurisdiction in conn.execute(
            "SELECT DISTINCT n.id, n.label, n.jurisdiction FROM aliases a JOIN nodes n ON n.id = a.node "
            "WHERE a.alias = ? ORDER BY n.id", (name,)):
        if label and label not in labels_of(node_label):
            continue
        if jurisdiction and node_jurisdiction != jurisdiction and nid != jurisdiction:
            continue
        out.append(nid)
    return out


def head(conn: sqlite3.Connection, nid: str) -> dict[str, str] | None:
    """A node's label and name only."""
    row = conn.execute("SELECT label, name FROM nodes WHERE id = ?", (nid,)).fetchone()
    return {"label": row[0], "name": row[1]} if row else None


def has_node(conn: sqlite3.Connection, nid: str) -> bool:
    return conn.execute("SELECT 1 FROM nodes WHERE id = ?", (nid,)).fetchone() is not None


def counts(conn: sqlite3.Connection) -> tuple[Counter, Counter]:
    """(nodes by label, relationships by type), MENTIONS included."""
    types = Counter(dict(conn.execute("SELECT type, count(*) FROM edges GROUP BY type")))
    (mentions,) = conn.execute("SELECT sum(n) FROM doc_counts WHERE kind = 'type' AND name = ?",
                               (MENTIONS,)).fetchone()
    if mentions:
        types[MENTIONS] += mentions
    return node_counts(conn), types


def node_counts(conn: sqlite3.Connection) -> Counter:
    """Nodes by label (from the label index alone: fast at any size)."""
    return Counter(dict(conn.execute("SELECT label, count(*) FROM nodes GROUP BY label")))


def counts_by_document(conn: sqlite3.Connection) -> dict[str, tuple[Counter, Counter]]:
    """doc id -> (nodes by label, relationships by type) with evidence in that document."""
    out: dict[str, tuple[Counter, Counter]] = {}
    for doc, kind, name, n in conn.execute("SELECT doc, kind, name, n FROM doc_counts"):
        out.setdefault(doc, (Counter(), Counter()))[0 if kind == "label" else 1][name] = n
    return out


def counts_from_evidence(conn: sqlite3.Connection) -> tuple[Counter, Counter, dict[str, tuple[Counter, Counter]]]:
    """`counts` and `counts_by_document` worked out from the evidence (one slow pass):
    what `doc_counts` must agree with (tests), and how to fill it for an existing store."""
    label_of = dict(conn.execute("SELECT id, label FROM nodes"))
    labels = Counter(label_of.values())
    types = Counter(dict(conn.execute("SELECT type, count(*) FROM edges GROUP BY type")))
    per_doc: dict[str, tuple[Counter, Counter]] = {}
    for owner, doc in conn.execute("SELECT owner, doc FROM evidence GROUP BY owner, doc"):
        counted = per_doc.get(doc) or per_doc.setdefault(doc, (Counter(), Counter()))
        if _is_edge(owner):
            counted[1][owner.split("|", 2)[1]] += 1
            continue
        label = label_of.get(owner)
        if label is None:
            continue
        counted[0][label] += 1
        if owner != doc and label_of.get(doc) == "Document":
            counted[1][MENTIONS] += 1
            types[MENTIONS] += 1
    return labels, types, per_doc


# -- the whole graph -------------------------------------------------------------------
def to_knowledge_graph(conn: sqlite3.Connection) -> KnowledgeGraph:
    """The full graph, as the old one-file store held it (MENTIONS included).

    Fills networkx's own dicts (`_node`, `_succ`, `_pred`) as `MultiDiGraph.add_node` /
    `add_edge` would: at 10,000 documents add_edge alone took 20 s of 80 for 1.8M edges."""
    kg = KnowledgeGraph()
    g: nx.MultiDiGraph = kg.g
    node_data, succ, pred = g._node, g._succ, g._pred
    records: dict[str, dict[str, Any]] = {}

    def link(s: str, t: str, k: str, data: dict[str, Any]) -> None:
        keys = succ[s].get(t)
        if keys is None:  # one key dict per (source, target), shared by both adjacency maps
            keys = succ[s][t] = pred[t][s] = {}
        keys[k] = data

    for nid, label, name, jurisdiction in conn.execute("SELECT id, label, name, jurisdiction FROM nodes"):
        node_data[nid] = records[nid] = {"label": label, "name": name, "aliases": set(), "jurisdiction": jurisdiction,
                                         "properties": {}, "prop_src": {}, "evidence": set()}
        succ[nid], pred[nid] = {}, {}
    for s, k, t in conn.execute("SELECT source, type, target FROM edges"):
        data = records[f"{s}|{k}|{t}"] = {"type": k, "properties": {}, "prop_src": {}, "evidence": set()}
        if s not in node_data or t not in node_data:
            raise KeyError(f"{s}|{k}|{t}")
        link(s, t, k, data)
    for nid, alias in conn.execute("SELECT DISTINCT node, alias FROM aliases"):
        records[nid]["aliases"].add(alias)
    for owner, rows in _grouped(conn.execute("SELECT owner, key, src, value FROM props ORDER BY owner")):
        for k, (src, value) in _winning_properties(rows).items():
            records[owner]["properties"][k] = value
            records[owner]["prop_src"][k] = src
    documents = {n for n, d in node_data.items() if d["label"] == "Document"}
    mentions: dict[tuple[str, str], set] = {}
    for owner, doc, start, end in conn.execute('SELECT owner, doc, start, "end" FROM evidence'):
        records[owner]["evidence"].add((doc, start, end))
        if doc in documents and owner != doc and owner in node_data:
            mentions.setdefault((doc, owner), set()).add((doc, start, end))
    for (doc, nid), ev in mentions.items():
        link(doc, nid, MENTIONS, {"type": MENTIONS, "properties": {}, "prop_src": {}, "evidence": ev})
    return kg


def document_graph(conn: sqlite3.Connection, doc: str) -> KnowledgeGraph:
    """What one document contributed (its fragment as it was put, MENTIONS included)."""
    kg = KnowledgeGraph()
    g = kg.g
    owners = [r[0] for r in conn.execute("SELECT owner FROM support WHERE doc = ?", (doc,))]
    for owner in sorted(owners, key=_is_edge):  # nodes first: an edge needs its ends
        props = {k: (src, orjson.loads(v)) for k, src, v in conn.execute(
            "SELECT key, src, value FROM props WHERE owner = ? AND doc = ?", (owner, doc))}
        data = {"properties": {k: v for k, (_, v) in props.items()},
                "prop_src": {k: src for k, (src, _) in props.items()},
                "evidence": {tuple(r) for r in conn.execute(
                    'SELECT doc, start, "end" FROM evidence WHERE owner = ? AND doc = ?', (owner, doc))}}
        if _is_edge(owner):
            s, k, t = owner.split("|")
            g.add_edge(s, t, key=k, type=k, **data)
        else:
            label, name, jurisdiction = conn.execute(
                "SELECT label, name, jurisdiction FROM nodes WHERE id = ?", (owner,)).fetchone()
            aliases = {r[0] for r in conn.execute("SELECT alias FROM aliases WHERE node = ? AND doc = ?",
                                                  (owner, doc))}
            g.add_node(owner, label=label, name=name, aliases=aliases, jurisdiction=jurisdiction, **data)
    if doc in g:
        kg.add_mentions(doc)
    return kg


def _grouped(rows: Iterator[tuple]) -> Iterator[tuple[str, list[tuple]]]:
    """(owner, [rest of row, ...]) from rows sorted by owner."""
    current, group = None, []
    for owner, *rest in rows:
        if owner != current:
            if group:
                yield current, group
            current, group = owner, []
        group.append(tuple(rest))
    if group:
        yield current, group
