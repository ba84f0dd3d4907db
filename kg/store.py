"""The embedded store: the corpus graph in a folder, saved atomically, checked on open.

Layout of a store folder (default `./kg-data`):

    manifest.json            format, the graph file's name and sha256, the documents
    graph-<sha256>.json      the merged graph (KnowledgeGraph.to_data)
    fragments/<sha256>.json  what each document contributed (for replace and remove)
    texts/<sha256>.txt       each document's decoded text (evidence offsets point into it)

Every data file is named by its content hash and written before the manifest;
the manifest is replaced last with one atomic `os.replace`. A crash at any point
leaves the previous manifest, which names only complete files, so the previous
store stays intact. Files no manifest names any more are deleted after the switch.
"""
from __future__ import annotations

import contextlib
import fcntl
import gc
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson

from kg.errors import StoreError
from kg.model import Evidence, KnowledgeGraph

FORMAT = "kg-store/1"
DEFAULT_STORE = "kg-data"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    """Write to a temp file in the same folder, fsync, then rename over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


class EmbeddedStore:
    """A graph in a folder. Open, change with `put`/`remove`, then `save`."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_STORE, *, create: bool = True) -> None:
        self.path = Path(path)
        self._manifest_path = self.path / "manifest.json"
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store path {self.path} is a file, not a folder")
        self._manifest_sha: str | None = None  # of the manifest as read: tells when another process saved
        if not self._manifest_path.exists():
            if not create:
                raise StoreError(f"no store at {self.path} (run `kg ingest PATH --store {self.path}` first)")
            self.manifest: dict[str, Any] = {"format": FORMAT, "graph": None, "documents": {}}
        else:
            self.manifest = self._read_manifest()
        self._graph: KnowledgeGraph | None = None
        self._texts: dict[str, str] = {}
        self._dirty = False
        self._lock_depth = 0

    # -- opening -------------------------------------------------------------------
    def _read_manifest(self) -> dict[str, Any]:
        raw = self._manifest_path.read_bytes()
        self._manifest_sha = _sha256(raw)
        try:
            manifest = orjson.loads(raw)
        except (orjson.JSONDecodeError, UnicodeDecodeError) as exc:
            raise StoreError(f"store {self.path} is damaged: manifest.json is not valid JSON ({exc})") from exc
        fmt = manifest.get("format") if isinstance(manifest, dict) else None
        if fmt != FORMAT:
            raise StoreError(f"store {self.path} has an unknown format {fmt!r} (this version reads {FORMAT})")
        problem = _manifest_problem(manifest)
        if problem:
            raise StoreError(f"store {self.path} is damaged: manifest.json is incomplete ({problem})")
        return manifest

    def _read_checked(self, rel: str, sha: str) -> bytes:
        path = self.path / rel
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise StoreError(f"store {self.path} is damaged: {rel} is missing") from exc
        except OSError as exc:
            raise StoreError(f"store {self.path}: cannot read {rel} ({exc.strerror or exc})") from exc
        if _sha256(data) != sha:
            raise StoreError(f"store {self.path} is damaged: checksum of {rel} does not match the manifest")
        return data

    @property
    def graph(self) -> KnowledgeGraph:
        if self._graph is None:
            g = self.manifest.get("graph")
            if g is None:
                self._graph = KnowledgeGraph()
            else:
                data = self._read_checked(g["file"], g["sha256"])
                self._graph = self._graph_from(g["file"], data)
        return self._graph

    def _graph_from(self, rel: str, data: bytes) -> KnowledgeGraph:
        """A graph from a checked file; a file with the right checksum can still be no graph."""
        try:
            with _gc_paused():
                return KnowledgeGraph.from_data(orjson.loads(data))
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(f"store {self.path} is damaged: {rel} is not a graph ({type(exc).__name__})") from exc

    # -- documents -----------------------------------------------------------------
    @property
    def documents(self) -> dict[str, dict[str, Any]]:
        """doc id -> {name, sha256, text, fragment, path}"""
        return self.manifest["documents"]

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
            self._texts[doc_id] = self._read_checked(info["text"], info["sha256"]).decode("utf-8")
        return self._texts[doc_id]

    def fragment(self, doc_id: str) -> KnowledgeGraph:
        info = self.documents[doc_id]
        return self._graph_from(info["fragment"], self._read_checked(info["fragment"], info["fragment_sha256"]))

    def evidence(self, ev: Evidence) -> dict[str, Any]:
        """One evidence item as the contract writes it: {doc, start, end, text}."""
        doc, start, end = ev
        return {"doc": doc, "start": start, "end": end, "text": self.text(doc)[start:end]}

    def put(self, fragment: KnowledgeGraph, doc_id: str, name: str, text: str,
            path: str | None = None) -> str:
        """Add one document's fragment; replaces an earlier version. Returns added/replaced/unchanged."""
        text_bytes = text.encode("utf-8")
        sha = _sha256(text_bytes)
        old = self.documents.get(doc_id)
        frag_bytes = orjson.dumps(fragment.to_data(), option=orjson.OPT_SORT_KEYS)
        frag_sha = _sha256(frag_bytes)
        if (old and old["sha256"] == sha and old.get("fragment_sha256") == frag_sha
                and _intact(self.path / old["text"], sha) and _intact(self.path / old["fragment"], frag_sha)):
            return "unchanged"  # (a damaged file of an unchanged document is rewritten: re-ingesting repairs)
        status = "added"
        if old:
            self._remove_from_graph(doc_id)
            status = "replaced"
        _write_once(self.path / "texts" / f"{sha}.txt", text_bytes)
        _write_once(self.path / "fragments" / f"{frag_sha}.json", frag_bytes)
        del text_bytes, frag_bytes  # written: free them before the merge copies the fragment (a 50 MB report)
        self.documents[doc_id] = {"name": name, "sha256": sha, "text": f"texts/{sha}.txt",
                                  "fragment": f"fragments/{frag_sha}.json", "fragment_sha256": frag_sha,
                                  "path": path}
        self._texts[doc_id] = text
        self.graph.merge(fragment)
        self._dirty = True
        return status

    def remove(self, ref: str) -> str:
        """Remove a document and the facts only it supported. Returns the document id."""
        doc_id = self.find_document(ref)
        self._remove_from_graph(doc_id)
        del self.documents[doc_id]
        self._texts.pop(doc_id, None)
        self._dirty = True
        return doc_id

    def _remove_from_graph(self, doc_id: str) -> None:
        g = self.graph
        try:  # fast path: subtract the document's own fragment (see KnowledgeGraph.subtract_document)
            contributed = self.fragment(doc_id)
            if g.subtract_document(doc_id, contributed, self._fragment_or_empty):
                return
        except StoreError:
            pass  # its fragment is damaged: rebuild what it touched from the other documents
        sharing: set[str] = set()
        for _, d in g.nodes():
            docs = {e[0] for e in d["evidence"]}
            if doc_id in docs:
                sharing |= docs
        for _, _, _, d in g.edges():
            docs = {e[0] for e in d["evidence"]}
            if doc_id in docs:
                sharing |= docs
        sharing.discard(doc_id)
        g.remove_document(doc_id, (self.fragment(d) for d in sorted(sharing) if d in self.documents))

    def _fragment_or_empty(self, doc_id: str) -> KnowledgeGraph:
        return self.fragment(doc_id) if doc_id in self.documents else KnowledgeGraph()

    # -- saving --------------------------------------------------------------------
    def save(self) -> None:
        """Commit: write the graph file, then switch the manifest atomically, then tidy up."""
        if not self._dirty and self._manifest_path.exists():
            return
        with self.lock():
            with _gc_paused():
                graph_file, sha = self._write_graph()
            self.manifest["graph"] = {"file": graph_file, "sha256": sha}
            manifest = orjson.dumps(self.manifest, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
            _atomic_write(self._manifest_path, manifest)
            self._manifest_sha = _sha256(manifest)
            self._dirty = False
            self._collect_garbage()

    def _write_graph(self) -> tuple[str, str]:
        """Write the graph file; returns (its name, its sha256).

        The bytes are those of `orjson.dumps(graph.to_data(), OPT_SORT_KEYS)`, but made
        and written a slice of records at a time: a save never holds a second copy of
        the graph and its JSON (at 10,000 documents those took ~1.2 GB on top of the
        graph itself). Written to a temp file, fsynced, then renamed to its content name.
        """
        digest = hashlib.sha256()
        fd, tmp = tempfile.mkstemp(dir=self.path, prefix=".graph.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                def put(chunk: bytes) -> None:
                    digest.update(chunk)
                    f.write(chunk)

                for head, records in ((b'{"edges":[', self.graph.edge_records()),
                                      (b'],"nodes":[', self.graph.node_records())):
                    put(head)
                    first = True
                    for batch in _batches(records, 5000):
                        put((b"" if first else b",") + b",".join(orjson.dumps(r, option=orjson.OPT_SORT_KEYS)
                                                                 for r in batch))
                        first = False
                put(b"]}")
                f.flush()
                os.fsync(f.fileno())
            sha = digest.hexdigest()
            name = f"graph-{sha}.json"
            if _intact(self.path / name, sha):
                os.unlink(tmp)
            else:
                os.replace(tmp, self.path / name)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return name, sha

    def _refresh(self) -> None:
        """With the lock held: pick up what another process saved since this one read the
        manifest, so that two ingests one after the other never lose each other's documents."""
        try:
            sha = _sha256(self._manifest_path.read_bytes())
        except FileNotFoundError:
            sha = None
        if sha == self._manifest_sha:
            return
        if self._dirty:
            raise StoreError(f"store {self.path} was changed by another process meanwhile; "
                             "nothing was saved, run the command again")
        if sha is None:
            self.manifest = {"format": FORMAT, "graph": None, "documents": {}}
            self._manifest_sha = None
        else:
            self.manifest = self._read_manifest()
        self._graph = None
        self._texts = {}

    def _collect_garbage(self) -> None:
        keep = {self.manifest["graph"]["file"]} if self.manifest["graph"] else set()
        for info in self.documents.values():
            keep |= {info["text"], info["fragment"]}
        for pattern in ("graph-*.json", "texts/*.txt", "fragments/*.json"):
            for p in self.path.glob(pattern):
                if p.relative_to(self.path).as_posix() not in keep:
                    with contextlib.suppress(FileNotFoundError):
                        p.unlink()

    @contextlib.contextmanager
    def lock(self):
        """An exclusive lock on the store folder, so two writers never interleave (re-entrant)."""
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / ".lock", "w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            self._lock_depth = 1
            try:
                self._refresh()
                yield
            finally:
                self._lock_depth = 0
                fcntl.flock(f, fcntl.LOCK_UN)


def _manifest_problem(manifest: dict[str, Any]) -> str | None:
    """What is missing from a manifest of the right format (None when it is complete)."""
    graph = manifest.get("graph", "missing")
    if graph is not None and not (isinstance(graph, dict) and isinstance(graph.get("file"), str)
                                  and isinstance(graph.get("sha256"), str)):
        return "no valid 'graph' entry"
    documents = manifest.get("documents")
    if not isinstance(documents, dict):
        return "no 'documents' entry"
    for doc_id, info in documents.items():
        if not isinstance(info, dict) or not all(isinstance(info.get(k), str) for k in _DOCUMENT_KEYS):
            return f"document {doc_id!r} lacks one of {', '.join(_DOCUMENT_KEYS)}"
    return None


_DOCUMENT_KEYS = ("name", "sha256", "text", "fragment", "fragment_sha256")


@contextlib.contextmanager
def _gc_paused():
    """Loading or dumping a large graph makes millions of small containers, none of them
    garbage; the cyclic collector would scan them again and again (opening a 2,000-document
    store took 4.6 s with it and 1.0 s without)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _batches(items, size: int):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _intact(path: Path, sha: str) -> bool:
    try:
        return _sha256(path.read_bytes()) == sha
    except OSError:
        return False


def _write_once(path: Path, data: bytes) -> None:
    """Content-addressed files never change: skip the write when an intact copy is already there."""
    if not _intact(path, _sha256(data)):
        _atomic_write(path, data)
