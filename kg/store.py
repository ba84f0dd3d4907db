"""The embedded store: the corpus graph in one SQLite file, changed per document, read by index.

Layout of a store folder (default `./kg-data`):

    graph.sqlite   the graph, the documents and their texts (schema: kg/sqlgraph.py)
    graph.sqlite-wal, graph.sqlite-shm   SQLite's write-ahead log (while in use)
    .lock          taken by a writer for a whole ingest or remove

Opening connects and checks the format; nothing of the graph is read until asked
(`EmbeddedStore.graph` materialises the whole graph for export, RDF, viz and push).
Changes happen in one transaction, begun at the first change and committed by `save()`:
a crash before the commit leaves the previous store (SQLite's journal rolls it back).

WAL mode: readers (queries, `kg show`) never wait for a long ingest and never block its
commit, and a commit is one fsync of the log. The cost is the two side files above, and
bytes: every page goes to the log, then to the database at the checkpoint. A rollback
journal writes a fresh store's pages once (1,000 documents into an empty store: 189 MB
written against 379 MB, the same time), but once the ingest's cache spills it holds the
exclusive lock and blocks every new reader until the commit (minutes at 10,000 documents),
and switching modes needs the file to itself: WAL stays.

Writing fast: `put` holds a document's rows in memory (`sqlgraph.RowBuffer`) and writes them
every FLUSH_DOCUMENTS documents, each table sorted by primary key (and before a remove or a
replace, before any read through `db`, and at save). An ingest of more documents than the
store holds (`bulk_load`) drops the secondary indexes inside its transaction and makes them
again before the commit. Both stay inside the one transaction: a crash loses nothing saved.

A store of an older format that `sqlgraph.upgrade` knows is upgraded in place when opened
(one transaction, said on stderr); the JSON store of kg-store/1 needs a re-ingest.
"""
from __future__ import annotations

import contextlib
import fcntl
import gc
import hashlib
import os
import sqlite3
import sys
import uuid
from pathlib import Path
from typing import Any

import orjson

from kg import sqlgraph
from kg.errors import StoreError
from kg.model import Evidence, KnowledgeGraph

FORMAT = sqlgraph.FORMAT
DEFAULT_STORE = "kg-data"
DATABASE = "graph.sqlite"
BUSY_TIMEOUT_S = 300  # a writer outside `lock()` waits this long for another one's commit
# SQLite's page cache, in KiB: reading needs little; a write transaction gets more, because a
# large ingest inserts all over the indexes and every page evicted mid-transaction is written
# to the log again (10,000 documents, before rows were held and sorted: 24.7 GB written with
# 128 MB, 5.3 GB with 1 GB; with them and 1 GB: 4.1 GB written, peak RSS 1.7 GB).
READ_CACHE_KIB, WRITE_CACHE_KIB = 131072, 1048576
# The write cache pays off when many documents' rows share pages (a bulk load); for a few documents
# it only adds to the peak (a 50 MB report: +200 MB at 1 GB). It grows with the announced batch.
MIN_WRITE_CACHE_KIB, WRITE_CACHE_KIB_PER_DOCUMENT = 65536, 1024
FLUSH_DOCUMENTS = 1000  # documents whose rows are held before a sorted write (memory vs locality)
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class EmbeddedStore:
    """A graph in a folder. Open, change with `put`/`remove`, then `save`."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_STORE, *, create: bool = True) -> None:
        self.path = Path(path)
        self._file = self.path / DATABASE
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store path {self.path} is a file, not a folder")
        if not self._file.exists():
            if (self.path / "manifest.json").exists():
                raise StoreError(f"store {self.path} has the old format kg-store/1 (one JSON graph file); "
                                 f"this version reads {FORMAT}: ingest the documents again into a new store")
            if not create:
                raise StoreError(f"no store at {self.path} (run `kg ingest PATH --store {self.path}` first)")
            self.path.mkdir(parents=True, exist_ok=True)
            self._create_file()
        self._check_header()
        self._conn = self._connect()
        self._pending = sqlgraph.RowBuffer()
        self._bulk = False  # secondary indexes dropped in this transaction (a bulk load)
        self._bulk_documents = 0  # the size of the batch `bulk_load` announced
        with self._guard():
            problem = sqlgraph.problem(self._conn)
            if problem and sqlgraph.format_of(self._conn) in sqlgraph.UPGRADABLE:
                print(f"kg: upgrading store {self.path} to {FORMAT} (once; about 10 s per "
                      "10,000 documents)", file=sys.stderr, flush=True)
                sqlgraph.upgrade(self._conn)
                problem = sqlgraph.problem(self._conn)
        if problem:
            raise StoreError(f"store {self.path} is damaged: {DATABASE}: {problem}")
        self._documents: dict[str, dict[str, Any]] | None = None
        self._graph: KnowledgeGraph | None = None
        self._texts: dict[str, str] = {}
        self._lock_depth = 0

    @property
    def db(self) -> sqlite3.Connection:
        """The database, with every change put so far written to it (readers use this)."""
        self._flush(restore_indexes=True)
        return self._conn

    # -- opening -------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        """`isolation_level=None`: this class begins and commits transactions itself."""
        try:
            db = sqlite3.connect(self._file, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            db.execute("PRAGMA journal_size_limit = 67108864")  # shrink the log after a large commit
            db.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
        except sqlite3.Error as exc:
            raise StoreError(f"store {self.path} is damaged: {DATABASE}: {exc}") from exc
        return db

    def _create_file(self) -> None:
        """Make the database under a temp name, then link it into place: `graph.sqlite` only
        ever appears complete, and of two processes creating it at once one wins, cleanly."""
        tmp = str(self.path / f".{DATABASE}.{uuid.uuid4().hex}.tmp")  # SQLite creates it, with the umask's mode
        try:
            with self._guard():
                db = sqlite3.connect(tmp, isolation_level=None)
                try:
                    db.execute("PRAGMA journal_mode=WAL")  # kept in the file: set once, at creation
                    sqlgraph.create(db)
                finally:
                    db.close()
            with contextlib.suppress(FileExistsError):  # another process made it first: use that one
                os.link(tmp, self._file)
        finally:
            for leftover in (tmp, f"{tmp}-wal", f"{tmp}-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(leftover)

    def _check_header(self) -> None:
        """Not SQLite, or shorter than its header says (a truncated copy): both only show
        on a later read deep in the file, so tell them now, from the first 100 bytes."""
        try:
            with open(self._file, "rb") as f:
                head = f.read(100)
            size = self._file.stat().st_size
            wal = self.path / f"{DATABASE}-wal"
            wal_size = wal.stat().st_size if wal.exists() else 0
        except OSError as exc:
            raise StoreError(f"store {self.path}: cannot read {DATABASE} ({exc.strerror or exc})") from exc
        if not head:
            return  # an empty file is an empty database: `problem` says what it lacks
        if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
            raise StoreError(f"store {self.path} is damaged: {DATABASE} is not a SQLite database")
        page_size = int.from_bytes(head[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages, counter, valid_for = (int.from_bytes(head[i:i + 4], "big") for i in (28, 24, 92))
        if wal_size == 0 and pages and counter == valid_for and size < pages * page_size:
            raise StoreError(f"store {self.path} is damaged: {DATABASE} is truncated "
                             f"({size} bytes of {pages * page_size})")

    @contextlib.contextmanager
    def _guard(self):
        """SQLite errors as one-line StoreErrors."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(f"store {self.path} is busy: another process is writing to it "
                                 "(try again when it is done)") from exc
            raise StoreError(f"store {self.path} is damaged: {DATABASE}: {exc}") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"store {self.path} is damaged: {DATABASE}: {exc}") from exc

    def read(self, function, *args, **kwargs):
        """Call a read helper of `kg.sqlgraph` on this store's database, errors made one line."""
        with self._guard():
            return function(self.db, *args, **kwargs)

    @property
    def graph(self) -> KnowledgeGraph:
        """The whole graph (read-only use): materialised on first use, then kept until a change."""
        if self._graph is None:
            try:
                with _gc_paused():
                    self._graph = self.read(sqlgraph.to_knowledge_graph)
            except KeyError as exc:
                raise StoreError(f"store {self.path} is damaged: {DATABASE}: a row names "
                                 f"a missing node or relationship {exc}") from exc
        return self._graph

    # -- documents -----------------------------------------------------------------
    @property
    def documents(self) -> dict[str, dict[str, Any]]:
        """doc id -> {name, sha256, fragment_sha256, path}"""
        if self._documents is None:
            rows = self.read(lambda db: db.execute(
                "SELECT id, name, sha256, fragment_sha256, path FROM documents ORDER BY id").fetchall())
            self._documents = {r[0]: {"name": r[1], "sha256": r[2], "fragment_sha256": r[3], "path": r[4]}
                               for r in rows}
        return self._documents

    def find_document(self, ref: str) -> str:
        """A document id from its id, its base name or a path to it."""
        if ref in self.documents:
            return ref
        base = os.path.basename(ref)
        for doc_id, info in self.documents.items():
            if info["name"] in (ref, base):
                return doc_id
        names = ", ".join(sorted(i["name"] for i in self.documents.values())[:10])
        raise StoreError(f"no document {ref!r} in store {self.path}" + (f"; documents: {names}" if names else ""))

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            info = self.documents[doc_id]
            row = self.read(lambda db: db.execute("SELECT text FROM texts WHERE sha256 = ?",
                                                  (info["sha256"],)).fetchone())
            if row is None:
                raise StoreError(f"store {self.path} is damaged: the text of {info['name']} is missing")
            if _sha256(row[0].encode("utf-8")) != info["sha256"]:
                raise StoreError(f"store {self.path} is damaged: checksum of the text of {info['name']} "
                                 "does not match")
            self._texts[doc_id] = row[0]
        return self._texts[doc_id]

    def fragment(self, doc_id: str) -> KnowledgeGraph:
        """What one document contributed, rebuilt from its rows."""
        return self.read(sqlgraph.document_graph, doc_id)

    def evidence(self, ev: Evidence) -> dict[str, Any]:
        """One evidence item as the contract writes it: {doc, start, end, text}."""
        doc, start, end = ev
        return {"doc": doc, "start": start, "end": end, "text": self.text(doc)[start:end]}

    # -- changing ------------------------------------------------------------------
    def put(self, fragment: KnowledgeGraph, doc_id: str, name: str, text: str,
            path: str | None = None) -> str:
        """Add one document's fragment; replaces an earlier version. Returns added/replaced/unchanged."""
        sha = _sha256(text.encode("utf-8"))
        frag_sha = _sha256(orjson.dumps(fragment.to_data(), option=orjson.OPT_SORT_KEYS))
        with self._guard():
            self._begin()
            db = self._conn
            old = db.execute("SELECT d.sha256, d.fragment_sha256, t.text FROM documents d "
                             "LEFT JOIN texts t ON t.sha256 = d.sha256 WHERE d.id = ?", (doc_id,)).fetchone()
            if (old and old[0] == sha and old[1] == frag_sha and old[2] is not None
                    and _sha256(old[2].encode("utf-8")) == sha):
                return "unchanged"  # (a damaged text of an unchanged document is rewritten: re-ingesting repairs)
            if old:
                self._remove_rows(doc_id)
            db.execute("INSERT OR REPLACE INTO texts VALUES (?, ?)", (sha, text))
            db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?)", (doc_id, name, sha, frag_sha, path))
            self._pending.add(fragment, doc_id)
            if self._pending.documents >= FLUSH_DOCUMENTS:
                self._flush()
        self._changed()
        self._texts[doc_id] = text
        return "replaced" if old else "added"

    def remove(self, ref: str) -> str:
        """Remove a document and the facts only it supported. Returns the document id."""
        with self._guard():
            self._begin()
            doc_id = self.find_document(ref)
            self._remove_rows(doc_id)
        self._changed()
        return doc_id

    def _remove_rows(self, doc_id: str) -> None:
        db = self.db  # (writes the held rows and the indexes first: removing reads by document)
        sqlgraph.remove_rows(db, doc_id)
        (sha,) = db.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        if db.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha,)).fetchone() is None:
            db.execute("DELETE FROM texts WHERE sha256 = ?", (sha,))

    def bulk_load(self, documents: int) -> None:
        """Announce a batch of about this many documents to put before the next save: when
        the store holds fewer, its secondary indexes are dropped for the batch and made again
        at save (one sort each, instead of a random insert per row)."""
        self._bulk_documents = documents

    def _begin(self) -> None:
        """Begin the write transaction at the first change; what was read before may be stale."""
        db = self._conn
        if not db.in_transaction:
            cache = min(WRITE_CACHE_KIB, MIN_WRITE_CACHE_KIB + WRITE_CACHE_KIB_PER_DOCUMENT * self._bulk_documents)
            db.execute(f"PRAGMA cache_size = -{cache}")
            db.execute("BEGIN IMMEDIATE")
            self._changed()
            (held,) = db.execute("SELECT count(*) FROM documents").fetchone()
            if held < self._bulk_documents:
                sqlgraph.drop_indexes(db)
                self._bulk = True

    def _flush(self, *, restore_indexes: bool = False) -> None:
        """Write the held rows; with `restore_indexes`, make the dropped indexes again too."""
        with self._guard():
            self._pending.flush(self._conn)
            if restore_indexes and self._bulk:
                sqlgraph.create_indexes(self._conn)
                self._bulk = False

    def _changed(self) -> None:
        self._documents = None
        self._graph = None
        self._texts = {}

    # -- saving --------------------------------------------------------------------
    def save(self) -> None:
        """Commit the changes since the last save (atomic: all of them or none).

        Then copy the log into the database file (a checkpoint): the store is one
        self-contained file again, and a truncated copy of it is told on open."""
        if self._conn.in_transaction:
            db = self.db  # (writes the held rows and the indexes)
            self._bulk_documents = 0
            with self._guard():
                db.execute("COMMIT")
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # (a reader still on the log: done later)
                db.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")  # gives the pages back

    def rollback(self) -> None:
        """Drop the changes since the last save."""
        self._pending = sqlgraph.RowBuffer()
        self._bulk, self._bulk_documents = False, 0
        if self._conn.in_transaction:
            with self._guard():
                self._conn.execute("ROLLBACK")
                self._conn.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
            self._changed()

    def close(self) -> None:
        self.rollback()
        self._conn.close()

    @contextlib.contextmanager
    def lock(self):
        """An exclusive lock on the store folder for a whole ingest or remove, so that two
        writers never interleave their documents (re-entrant). SQLite alone would make the
        second writer fail after its busy timeout; the lock makes it wait its turn."""
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        with open(self.path / ".lock", "w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            self._lock_depth = 1
            try:
                if not self._conn.in_transaction:
                    self._changed()  # another process may have saved while this one waited
                yield
            finally:
                self._lock_depth = 0
                fcntl.flock(f, fcntl.LOCK_UN)


@contextlib.contextmanager
def _gc_paused():
    """Materialising the graph makes millions of small containers, none of them garbage;
    the cyclic collector would scan them again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
