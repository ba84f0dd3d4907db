"""The graph in Neo4j (or any server that speaks Bolt and Cypher, such as FalkorDB).

Two jobs:

- `Neo4jGraph`: a connection with `run_read(cypher, params)` (a READ transaction,
  parameters only) and `run_write`, used by the canned queries and by push;
  `connect()` builds one from flags with the environment as fallback
  (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).
- `push(store, ...)`: make the database hold exactly the store's graph. It is a
  sync: MERGE every node and relationship (batched, one transaction per batch),
  SET their properties and evidence arrays to the store's values, then delete
  what the database has and the store no longer has. Only nodes carrying the
  `KGNode` label are ever deleted, so other data in the same database is safe.

How the contract maps to properties (Neo4j properties cannot hold maps):

- a node has all its labels (`:Reservoir:Facility`) plus `:KGNode`; properties
  `id`, `name`, `label` (most specific), `aliases`, `jurisdiction` (an id), the
  contract's `properties` as top-level keys (a key that clashes with one of
  these gets a `prop_` prefix; a map or mixed list is stored as JSON text);
- evidence is four parallel lists `ev_doc`, `ev_start`, `ev_end`, `ev_text`;
- relationships have the same evidence lists and their own properties.

Passwords never appear in messages: every driver error becomes a one-line
`kg.errors.DatabaseError` (or `QueryError` for a bad query) built here, with the
password scrubbed from anything the driver said.
"""
from __future__ import annotations

import contextlib
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from kg.errors import DatabaseError, QueryError
from ontology.vocab import LABELS, REL_TYPES, labels_of

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
DEFAULT_BATCH_SIZE = 1000
# FalkorDB 4.16.3 pastes parameters into the statement text and segfaults when that text
# passes ~4,090 bytes (measured); stay well below it.
FALKORDB_STATEMENT_LIMIT = 3500
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
MARKER_LABEL = "KGNode"  # every node kg manages; push deletes only nodes with it
# Keys a node row always has; a contract property with one of these names is stored as prop_<name>.
NODE_KEYS = ("id", "name", "label", "aliases", "jurisdiction", "ev_doc", "ev_start", "ev_end", "ev_text")
EDGE_KEYS = ("ev_doc", "ev_start", "ev_end", "ev_text")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# -- connection ----------------------------------------------------------------------
@dataclass(frozen=True)
class Settings:
    """Where the database is. `None` fields fall back to the environment, then defaults."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str | None = field(default=None, repr=False)  # never in repr, logs or messages
    database: str | None = None

    @classmethod
    def resolve(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                database: str | None = None, env: dict[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
                   user=user or env.get("NEO4J_USER") or DEFAULT_USER,
                   password=password if password is not None else env.get("NEO4J_PASSWORD"),
                   database=database or env.get("NEO4J_DATABASE") or None)


class Neo4jGraph:
    """A Bolt connection to one database.

        g = Neo4jGraph("bolt://localhost:7687", "neo4j", "secret", "neo4j")
        rows = g.run_read("MATCH (n:Department {name: $name}) RETURN n.id AS id", {"name": "区应急管理局"})

    Arguments left as None come from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD /
    NEO4J_DATABASE. Pass `driver=` to reuse an open `neo4j.Driver` (it is then not
    closed by `close()`). Transient failures are retried with backoff by the
    driver's managed transactions for at most `max_retry_time` seconds.
    """

    def __init__(self, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None, *, driver: Any = None, connection_timeout: float = 5.0,
                 max_retry_time: float = 15.0) -> None:
        self.settings = Settings.resolve(uri, user, password, database)
        self._dialect: str | None = None
        self._owns_driver = driver is None
        if driver is not None:
            self.driver = driver
            return
        import neo4j

        scheme = self.settings.uri.partition("://")[0]
        if scheme not in URI_SCHEMES:
            raise DatabaseError(f"cannot use the database URI {self.settings.uri!r}: the scheme must be one of "
                                f"{', '.join(URI_SCHEMES)}")
        auth = None if self.settings.password is None else (self.settings.user, self.settings.password)
        with self._errors():
            self.driver = neo4j.GraphDatabase.driver(
                self.settings.uri, auth=auth, connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout + max_retry_time,
                max_transaction_retry_time=max_retry_time)

    @property
    def database(self) -> str | None:
        return self.settings.database

    # -- running Cypher ----------------------------------------------------------------
    def run_read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a read-only query as dicts. Values go in `params`, never into the text."""
        return self._read(cypher, self._params(params))

    def run_write(self, cypher: str, params: dict[str, Any] | None = None) -> dict[str, int]:
        """Run one statement in one write transaction (retried as a whole); returns its counters."""
        params = self._params(params)

        def work(tx):
            summary = tx.run(cypher, params).consume()
            c = summary.counters
            return {"nodes_created": c.nodes_created, "nodes_deleted": c.nodes_deleted,
                    "relationships_created": c.relationships_created,
                    "relationships_deleted": c.relationships_deleted, "properties_set": c.properties_set}

        return self._execute(work, write=True)

    def _read(self, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        def work(tx):
            return [record.data() for record in tx.run(cypher, params)]

        return self._execute(work, write=False)

    def _execute(self, work: Callable[[Any], Any], write: bool) -> Any:
        with self._errors(), self._session() as session:
            return (session.execute_write if write else session.execute_read)(work)

    def statement_limit(self) -> int | None:
        """Bytes one statement (with its parameters) may take, or None when unlimited.
        FalkorDB 4.16's Bolt layer crashes the server beyond about 4 KB."""
        return FALKORDB_STATEMENT_LIMIT if self.dialect() == "falkordb" else None

    def _params(self, params: dict[str, Any] | None) -> dict[str, Any]:
        """FalkorDB 4.16's Bolt layer pastes string parameters into the query text inside single
        quotes without escaping them (a quote breaks the query, and can inject Cypher). For that
        dialect, escape backslashes and single quotes so the server reads back the exact value."""
        params = params or {}
        if self.dialect() != "falkordb":
            return params
        params = _escape_strings(params)
        if len(orjson.dumps(params)) > FALKORDB_STATEMENT_LIMIT:
            raise QueryError(f"parameters too big for this server (FalkorDB's Bolt limit is about "
                             f"{FALKORDB_STATEMENT_LIMIT} bytes per statement)")
        return params

    def dialect(self) -> str:
        """'neo4j' or 'falkordb'. FalkorDB's Bolt agent claims to be Neo4j, so a server
        whose agent says Neo4j is also asked for `dbms.components()`, which FalkorDB lacks."""
        if self._dialect is None:
            with self._errors():
                agent = self.driver.get_server_info().agent or ""
            if "falkordb" in agent.lower():
                self._dialect = "falkordb"
            else:
                try:
                    self._read("CALL dbms.components() YIELD name RETURN name", {})
                    self._dialect = "neo4j"
                except (DatabaseError, QueryError):
                    self._dialect = "falkordb"
        return self._dialect

    def verify(self) -> None:
        """Raise DatabaseError unless the server answers and accepts the credentials."""
        self.run_read("RETURN 1 AS ok")

    def close(self) -> None:
        if self._owns_driver:
            with contextlib.suppress(Exception):
                self.driver.close()

    def __enter__(self) -> Neo4jGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Neo4jGraph(uri={self.settings.uri!r}, user={self.settings.user!r}, database={self.database!r})"

    # -- helpers -----------------------------------------------------------------------
    def _session(self):
        return self.driver.session(database=self.settings.database) if self.settings.database \
            else self.driver.session()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn driver errors into one-line KGErrors without the password (and without the
        driver's traceback chain, whose text we do not control)."""
        from neo4j import exceptions as ex

        uri = self.settings.uri
        try:
            yield
        except ex.AuthError as exc:
            raise DatabaseError(f"the database at {uri} refused the credentials of user "
                                f"{self.settings.user!r} (check NEO4J_USER / NEO4J_PASSWORD)") from None
        except (ex.ServiceUnavailable, ex.SessionExpired) as exc:
            raise DatabaseError(f"cannot reach the database at {uri}: {self._scrub(exc)}") from None
        except ex.TransientError as exc:
            raise DatabaseError(f"the database at {uri} stayed busy after retries: {self._scrub(exc)}") from None
        except ex.ClientError as exc:
            raise QueryError(f"the database at {uri} rejected the query: {self._scrub(exc)}") from None
        except (ex.Neo4jError, ex.DriverError) as exc:
            raise DatabaseError(f"database error at {uri}: {self._scrub(exc)}") from None
        except (ValueError, OSError) as exc:  # bad URI scheme, socket errors outside the driver's own
            raise DatabaseError(f"cannot use the database at {uri}: {self._scrub(exc)}") from None

    def _scrub(self, exc: BaseException) -> str:
        text = " ".join(str(exc).split()) or type(exc).__name__
        if self.settings.password:
            text = text.replace(self.settings.password, "***")
        return text[:300]


def _escape_strings(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, (list, tuple)):
        return [_escape_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: _escape_strings(v) for k, v in value.items()}
    return value


def connect(uri: str | None = None, user: str | None = None, password: str | None = None,
            database: str | None = None, **options: Any) -> Neo4jGraph:
    """A Neo4jGraph from CLI flags, falling back to NEO4J_* environment variables
    (what `kg push` and `kg query --neo4j` use)."""
    return Neo4jGraph(uri, user, password, database, **options)


# -- rows: the store's graph as Cypher parameters ------------------------------------------
def _value(v: Any) -> Any:
    """A property value Neo4j and FalkorDB can hold: scalars and lists of one scalar type;
    anything else (maps, mixed lists) as JSON text."""
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, (list, tuple, set)):
        items = sorted(v) if isinstance(v, set) else list(v)
        kinds = {type(x) for x in items}
        if len(kinds) <= 1 and kinds <= {bool, int, float, str}:
            return items
    return orjson.dumps(v, default=str, option=orjson.OPT_SORT_KEYS).decode()


def _flat_properties(props: dict[str, Any], reserved: Iterable[str]) -> dict[str, Any]:
    reserved = set(reserved)
    out = {}
    for k, v in props.items():
        v = _value(v)
        if v is not None:
            out[f"prop_{k}" if k in reserved else k] = v
    return out


def _evidence_lists(store, evidence: Iterable[tuple[str, int, int]]) -> dict[str, list]:
    ev = sorted(evidence)
    texts = []
    for doc, start, end in ev:
        texts.append(store.text(doc)[start:end] if doc in store.documents else "")
    return {"ev_doc": [e[0] for e in ev], "ev_start": [e[1] for e in ev], "ev_end": [e[2] for e in ev],
            "ev_text": texts}


def node_row(store, nid: str, d: dict[str, Any]) -> dict[str, Any]:
    """One node as the property map pushed to the database."""
    props = _flat_properties(d["properties"], NODE_KEYS)
    props.update(id=nid, name=d["name"], label=d["label"], aliases=sorted(d["aliases"]))
    if d.get("jurisdiction"):
        props["jurisdiction"] = d["jurisdiction"]
    props.update(_evidence_lists(store, d["evidence"]))
    return props


def edge_row(store, source: str, target: str, d: dict[str, Any]) -> dict[str, Any]:
    props = _flat_properties(d["properties"], EDGE_KEYS)
    props.update(_evidence_lists(store, d["evidence"]))
    return {"source": source, "target": target, "props": props}


def _label_clause(labels: Iterable[str]) -> str:
    """`:A:B` from ontology labels only: labels cannot be Cypher parameters, so they are
    checked against the vocabulary (and the identifier form) before going into the text."""
    out = []
    for label in labels:
        if (label not in LABELS and label != MARKER_LABEL) or not _IDENTIFIER.match(label):
            raise ValueError(f"not an ontology label: {label!r}")
        out.append(f":{label}")
    return "".join(out)


def _type_clause(type_: str) -> str:
    if type_ not in REL_TYPES or not _IDENTIFIER.match(type_):
        raise ValueError(f"not an ontology relationship type: {type_!r}")
    return f":{type_}"


# The statements push runs. Labels and types are filled in from the ontology only (see _label_clause).
NODE_MERGE = "UNWIND $rows AS row MERGE (n{labels} {{id: row.id}}) SET n = row"
EDGE_MERGE = (f"UNWIND $rows AS row MATCH (a:{MARKER_LABEL} {{{{id: row.source}}}}) "
              f"MATCH (b:{MARKER_LABEL} {{{{id: row.target}}}}) MERGE (a)-[r{{type}}]->(b) SET r = row.props")
_APPEND_EV = ", ".join(f"{{v}}.{k} = {{v}}.{k} + row.{k}" for k in EDGE_KEYS)
NODE_APPEND = f"UNWIND $rows AS row MATCH (n:{MARKER_LABEL} {{id: row.id}}) SET " + _APPEND_EV.format(v="n")
EDGE_APPEND = (f"UNWIND $rows AS row MATCH (a:{MARKER_LABEL} {{{{id: row.source}}}})-[r{{type}}]->"
               f"(b:{MARKER_LABEL} {{{{id: row.target}}}}) SET " + _APPEND_EV.format(v="r").replace("{", "{{")
               .replace("}", "}}"))


def _size(value: Any) -> int:
    """Bytes a value takes when FalkorDB pastes it into the statement (JSON is a close upper bound)."""
    return len(orjson.dumps(_escape_strings(value)))


def _plan(rows: list, batch_size: int, limit: int | None, cypher: str) -> Iterator[list]:
    """Batches of at most `batch_size` rows and, where the server has a statement limit,
    at most `limit` bytes of statement (a row that alone is too big was split by _fit)."""
    if not limit:
        for i in range(0, len(rows), batch_size):
            yield rows[i:i + batch_size]
        return
    budget = limit - len(cypher.encode())
    batch: list = []
    used = 2
    for row in rows:
        cost = _size(row) + 1
        if batch and (len(batch) >= batch_size or used + cost > budget):
            yield batch
            batch, used = [], 2
        batch.append(row)
        used += cost
    if batch:
        yield batch


def _fit(row: dict, limit: int, cypher: str, appends: list[dict]) -> dict:
    """A row that fits one statement: evidence that does not fit goes into `appends`
    (rows that add the rest of the evidence lists afterwards)."""
    budget = limit - len(cypher.encode()) - 16
    if _size(row) <= budget:
        return row
    is_edge = "props" in row
    props = row["props"] if is_edge else row
    ident = {"source": row["source"], "target": row["target"]} if is_edge else {"id": row["id"]}
    items = list(zip(*(props[k] for k in EDGE_KEYS)))
    costs = [sum(_size(x) + 1 for x in item) for item in items]
    empty = {k: [] for k in EDGE_KEYS}
    head_props = {**props, **empty}
    used = _size({**row, "props": head_props} if is_edge else head_props)
    what = f"relationship {ident}" if is_edge else f"node {row['id']}"
    if used > budget:
        raise DatabaseError(f"{what} is too big for this server's statement limit ({limit} bytes)")
    k = 0
    while k < len(items) and used + costs[k] <= budget:
        used += costs[k]
        k += 1
    head_props = {**props, **{key: props[key][:k] for key in EDGE_KEYS}}
    chunk: list = []
    used = _size({**ident, **empty})
    for item, cost in zip(items[k:], costs[k:]):
        if chunk and used + cost > budget:
            appends.append({**ident, **{key: [c[i] for c in chunk] for i, key in enumerate(EDGE_KEYS)}})
            chunk, used = [], _size({**ident, **empty})
        if used + cost > budget:
            raise DatabaseError(f"an evidence sentence of {what} is too big for this server's statement "
                                f"limit ({limit} bytes)")
        chunk.append(item)
        used += cost
    if chunk:
        appends.append({**ident, **{key: [c[i] for c in chunk] for i, key in enumerate(EDGE_KEYS)}})
    return {**row, "props": head_props} if is_edge else head_props


# -- schema --------------------------------------------------------------------------
def ensure_schema(graph: Neo4jGraph) -> list[str]:
    """An index on `id` for every label (uniqueness constraints on Neo4j); idempotent.
    Returns notices for what the server could not do."""
    labels = [MARKER_LABEL, *LABELS]
    if graph.dialect() == "neo4j":
        for label in labels:
            graph.run_write(f"CREATE CONSTRAINT kg_{label.lower()}_id IF NOT EXISTS "
                            f"FOR (n{_label_clause([label])}) REQUIRE n.id IS UNIQUE")
        return []
    # FalkorDB: no Cypher constraints and no IF NOT EXISTS; create the missing indexes only.
    existing = {row["label"] for row in graph.run_read("CALL db.indexes() YIELD label, properties "
                                                       "RETURN label, properties")
                if "id" in (row["properties"] or [])}
    for label in labels:
        if label not in existing:
            graph.run_write(f"CREATE INDEX FOR (n{_label_clause([label])}) ON (n.id)")
    return ["this server has no Cypher uniqueness constraints: created indexes on id only"]


# -- push ----------------------------------------------------------------------------
@dataclass
class PushReport:
    """What one push did."""

    nodes: int = 0
    relationships: int = 0
    deleted_nodes: int = 0
    deleted_relationships: int = 0
    batches: int = 0
    seconds: float = 0.0
    dialect: str = ""
    notices: list[str] = field(default_factory=list)

    @property
    def rows_per_second(self) -> float:
        return (self.nodes + self.relationships) / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "relationships": self.relationships, "deleted_nodes": self.deleted_nodes,
                "deleted_relationships": self.deleted_relationships, "batches": self.batches,
                "seconds": round(self.seconds, 3), "dialect": self.dialect, "notices": self.notices}


def push(
    store: Any,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    graph: Neo4jGraph | None = None,
    schema: bool = True,
    on_batch: Callable[[int, int], None] | None = None,
    **options: Any,
) -> PushReport:
    """Make the database hold exactly the store's graph (see the module doc). Mirrors `kg push`.

    `store` is a store folder or an EmbeddedStore; pass `graph=` to reuse a connection.
    `on_batch(done_rows, total_rows)` is called after each committed batch.
    Re-running after a failure converges: every step is a MERGE or a delete of what is stale.
    """
    from kg.api import open_store

    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    st = open_store(store)
    g = st.graph
    own = graph is None
    graph = graph or connect(uri, user, password, database, **options)
    report = PushReport()
    started = time.perf_counter()
    try:
        report.dialect = graph.dialect()
        if schema:
            report.notices += ensure_schema(graph)

        node_groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        for nid, d in g.nodes():
            node_groups[tuple(labels_of(d["label"]))].append(node_row(st, nid, d))
        edge_groups: dict[str, list[dict]] = defaultdict(list)
        for s, t, k, d in g.edges():
            edge_groups[k].append(edge_row(st, s, t, d))
        total = sum(map(len, node_groups.values())) + sum(map(len, edge_groups.values()))
        done = 0

        def write(cypher: str, rows: list[dict], counted: bool = True) -> None:
            nonlocal done
            for batch in _plan(rows, batch_size, graph.statement_limit(), cypher):
                graph.run_write(cypher, {"rows": batch})
                report.batches += 1
                if counted:
                    done += len(batch)
                    if on_batch:
                        on_batch(done, total)

        limit = graph.statement_limit()
        node_appends: list[dict] = []
        for labels, rows in sorted(node_groups.items()):
            rows.sort(key=lambda r: r["id"])
            if limit:
                rows = [_fit(r, limit, NODE_MERGE, node_appends) for r in rows]
            write(NODE_MERGE.format(labels=_label_clause([MARKER_LABEL, *labels])), rows)
            report.nodes += len(rows)
        write(NODE_APPEND, node_appends, counted=False)
        for type_, rows in sorted(edge_groups.items()):
            rows.sort(key=lambda r: (r["source"], r["target"]))
            appends: list[dict] = []
            if limit:
                rows = [_fit(r, limit, EDGE_MERGE, appends) for r in rows]
            write(EDGE_MERGE.format(type=_type_clause(type_)), rows)
            write(EDGE_APPEND.format(type=_type_clause(type_)), appends, counted=False)
            report.relationships += len(rows)

        report.deleted_relationships, report.deleted_nodes = _delete_stale(graph, g, batch_size)
    finally:
        report.seconds = time.perf_counter() - started
        if own:
            graph.close()
    return report


def _delete_stale(graph: Neo4jGraph, g: Any, batch_size: int) -> tuple[int, int]:
    """Delete kg-managed relationships and nodes the store no longer has."""
    want_edges = {(s, k, t) for s, t, k, _ in g.edges()}
    have_edges = graph.run_read(f"MATCH (a:{MARKER_LABEL})-[r]->(b:{MARKER_LABEL}) "
                                "RETURN a.id AS source, type(r) AS type, b.id AS target")
    stale: dict[str, list[dict]] = defaultdict(list)
    for row in have_edges:
        if (row["source"], row["type"], row["target"]) not in want_edges and row["type"] in REL_TYPES:
            stale[row["type"]].append({"source": row["source"], "target": row["target"]})
    deleted_edges = 0
    for type_, rows in sorted(stale.items()):
        cypher = (f"UNWIND $rows AS row MATCH (a:{MARKER_LABEL} {{id: row.source}})"
                  f"-[r{_type_clause(type_)}]->(b:{MARKER_LABEL} {{id: row.target}}) DELETE r")
        for batch in _plan(rows, batch_size, graph.statement_limit(), cypher):
            deleted_edges += graph.run_write(cypher, {"rows": batch})["relationships_deleted"]

    want_nodes = set(g.g.nodes)
    have_nodes = [r["id"] for r in graph.run_read(f"MATCH (n:{MARKER_LABEL}) RETURN n.id AS id")]
    stale_nodes = sorted(n for n in have_nodes if n not in want_nodes)
    deleted_nodes = 0
    cypher = f"UNWIND $rows AS id MATCH (n:{MARKER_LABEL} {{id: id}}) DETACH DELETE n"
    for batch in _plan(stale_nodes, batch_size, graph.statement_limit(), cypher):
        deleted_nodes += graph.run_write(cypher, {"rows": batch})["nodes_deleted"]
    return deleted_edges, deleted_nodes


# -- reading the whole graph back ------------------------------------------------------------
def read_graph(graph: Neo4jGraph) -> dict[str, list[dict[str, Any]]]:
    """The kg-managed graph in the database, in the contract's JSON form (as `kg export json`),
    so a database can be compared with a store."""
    nodes = []
    for row in graph.run_read(f"MATCH (n:{MARKER_LABEL}) RETURN labels(n) AS labels, properties(n) AS p"):
        p = dict(row["p"])
        label = p.pop("label")
        node = {"id": p.pop("id"), "label": label, "labels": labels_of(label), "name": p.pop("name"),
                "aliases": list(p.pop("aliases", [])), "jurisdiction": p.pop("jurisdiction", None),
                "evidence": _evidence_from(p)}
        node["properties"] = _unflatten(p, NODE_KEYS)
        node["db_labels"] = sorted(set(row["labels"]) - {MARKER_LABEL})
        nodes.append(node)
    edges = []
    for row in graph.run_read(f"MATCH (a:{MARKER_LABEL})-[r]->(b:{MARKER_LABEL}) "
                              "RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS p"):
        p = dict(row["p"])
        edges.append({"source": row["source"], "target": row["target"], "type": row["type"],
                      "evidence": _evidence_from(p), "properties": _unflatten(p, EDGE_KEYS)})
    nodes.sort(key=lambda n: n["id"])
    edges.sort(key=lambda e: (e["source"], e["target"], e["type"]))
    return {"nodes": nodes, "edges": edges}


def _evidence_from(p: dict[str, Any]) -> list[dict[str, Any]]:
    docs, starts = p.pop("ev_doc", []), p.pop("ev_start", [])
    ends, texts = p.pop("ev_end", []), p.pop("ev_text", [])
    return [{"doc": d, "start": s, "end": e, "text": t} for d, s, e, t in zip(docs, starts, ends, texts)]


def _unflatten(p: dict[str, Any], reserved: Iterable[str]) -> dict[str, Any]:
    reserved = set(reserved)
    out = {}
    for k, v in p.items():
        if k.startswith("prop_") and k[5:] in reserved:
            k = k[5:]
        out[k] = v
    return out


__all__ = ["Neo4jGraph", "Settings", "connect", "push", "PushReport", "ensure_schema", "read_graph",
           "node_row", "edge_row", "MARKER_LABEL", "NODE_KEYS", "EDGE_KEYS", "DEFAULT_URI", "DEFAULT_BATCH_SIZE",
           "FALKORDB_STATEMENT_LIMIT"]
