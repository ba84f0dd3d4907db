"""The Python API. Each function mirrors one CLI command and returns plain data.

    import kg
    report = kg.ingest(["reports/"], store="kg-data")
    kg.stats(store="kg-data")
    kg.export_json(store="kg-data", out="graph.json")
    kg.show("区应急管理局", store="kg-data")
"""
from __future__ import annotations

import contextlib
import gc
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from kg import sqlgraph
from kg.errors import InputError, KGError, StoreError
from kg.store import DEFAULT_STORE, EmbeddedStore
from ontology.vocab import labels_of

StoreLike = str | os.PathLike[str] | EmbeddedStore


def open_store(store: StoreLike = DEFAULT_STORE, *, create: bool = False) -> EmbeddedStore:
    """An EmbeddedStore from a path (or the store itself). Missing stores are an error unless `create`."""
    if isinstance(store, EmbeddedStore):
        return store
    return EmbeddedStore(store, create=create)


# -- ingest ------------------------------------------------------------------------
@dataclass
class IngestReport:
    """What one ingest did, file by file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    @property
    def loaded(self) -> int:
        return len(self.added) + len(self.replaced) + len(self.unchanged)

    def as_dict(self) -> dict[str, Any]:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged,
                "skipped": [{"path": p, "reason": r} for p, r in self.skipped]}


# The cyclic collector's first threshold while an ingest runs. Extraction makes millions of small
# containers that die with their document; at the default (700) the collector ran 39 full collections
# per 1,000 documents, each walking every object alive (3.2 s of an ingest of 36 s); at 10,000 it runs
# 3 (0.2 s), with the same peak memory.
INGEST_GC_THRESHOLD = 10_000


def _collect_less() -> tuple[int, ...]:
    """Raise the collector's first threshold for an ingest (also a --jobs worker's: a spawned one starts
    with the defaults); returns the thresholds it had."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], INGEST_GC_THRESHOLD), *old[1:])
    return old


@contextlib.contextmanager
def _fewer_collections():
    old = _collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _extract_file(path: str) -> tuple[str, Any]:
    """Worker: read and extract one file. Returns ("ok", (source, fragment)) or ("skip", reason)."""
    import loaders

    try:
        source = loaders.read_document(path)
        fragment = loaders.extract(source)
    except InputError as exc:
        return "skip", str(exc).removeprefix(f"{path}: ")  # the report names the file already
    except Exception as exc:  # a bug on one odd file must not abort the batch: report it with the file
        return "skip", f"extraction failed ({type(exc).__name__}: {exc}); please report this file"
    return "ok", (source, fragment)


def ingest(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    store: StoreLike = DEFAULT_STORE,
    *,
    jobs: int = 1,
    strict: bool = False,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
) -> IngestReport:
    """Load files and folders into the store. One bad file never aborts the batch
    (it is reported in `skipped`) unless `strict`, which makes it an error and
    leaves the store unchanged. `paths`: one file or folder, or a list of them."""
    import loaders

    if isinstance(paths, (str, os.PathLike)):  # one path, not a sequence of one-character paths
        paths = [paths]
    st = open_store(store, create=True)
    files, unsupported = loaders.collect_files([str(p) for p in paths])
    report = IngestReport(skipped=list(unsupported))
    if strict and report.skipped:
        raise InputError(f"{report.skipped[0][0]}: {report.skipped[0][1]}")
    with st.lock(), _fewer_collections():
        st.bulk_load(len(files))  # into a store smaller than the batch: indexes made once, at save
        if jobs > 1 and len(files) > 1:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_collect_less)
            results: Iterable[tuple[str, Any]] = pool.map(_extract_file, files, chunksize=4)
        else:
            pool = None
            results = map(_extract_file, files)
        if progress is not None:
            results = progress(results, len(files))
        try:
            for path, (status, payload) in zip(files, results):
                if status == "skip":
                    if strict:
                        raise InputError(f"{path}: {payload}")
                    report.skipped.append((path, payload))
                    continue
                source, fragment = payload
                del payload  # a large report's fragment: hold one reference only
                outcome = st.put(fragment, source.doc_id, source.name, source.text, path=str(path))
                del fragment
                getattr(report, outcome).append(source.name)
        except BaseException:
            st.rollback()  # a strict failure or an interrupt: the store stays as it was
            raise
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        st.save()
    return report


def remove(doc: str, store: StoreLike = DEFAULT_STORE) -> str:
    """Remove a document (by base name or id) and the facts only it supported."""
    st = open_store(store)
    with st.lock():
        try:
            doc_id = st.remove(doc)
        except BaseException:
            st.rollback()
            raise
        st.save()
    return doc_id


# -- reading -----------------------------------------------------------------------
def stats(store: StoreLike = DEFAULT_STORE) -> dict[str, Any]:
    """Counts of nodes by label and relationships by type, overall and per document."""
    st = open_store(store)
    labels, types = st.read(sqlgraph.counts)
    by_doc = st.read(sqlgraph.counts_by_document)
    per_doc = {info["name"]: by_doc.get(doc_id, (Counter(), Counter())) for doc_id, info in st.documents.items()}
    return {
        "nodes": sum(labels.values()), "edges": sum(types.values()),
        "labels": dict(sorted(labels.items())), "types": dict(sorted(types.items())),
        "documents": {name: {"labels": dict(sorted(c[0].items())), "types": dict(sorted(c[1].items()))}
                      for name, c in sorted(per_doc.items())},
    }


def node_record(st: EmbeddedStore, nid: str, d: dict[str, Any] | None = None) -> dict[str, Any]:
    """One node in the contract's JSON form (`d`: its data, read from the store when not given)."""
    d = d if d is not None else st.read(sqlgraph.node, nid)
    return {"id": nid, "label": d["label"], "labels": labels_of(d["label"]), "name": d["name"],
            "aliases": sorted(d["aliases"]), "jurisdiction": d["jurisdiction"],
            "properties": d["properties"], "evidence": [st.evidence(e) for e in sorted(d["evidence"])]}


def edge_record(st: EmbeddedStore, source: str, target: str, type_: str, d: dict[str, Any]) -> dict[str, Any]:
    """One relationship in the contract's JSON form."""
    return {"source": source, "target": target, "type": type_, "properties": d["properties"],
            "evidence": [st.evidence(e) for e in sorted(d["evidence"])]}


def export_json(store: StoreLike = DEFAULT_STORE, out: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The graph in the contract's JSON format; written to `out` when given."""
    st = open_store(store)
    g = st.graph
    data = {
        "nodes": [node_record(st, nid, g.node(nid)) for nid in sorted(g.g.nodes)],
        "edges": [edge_record(st, s, t, k, g.g.edges[s, t, k]) for s, t, k in sorted(g.g.edges(keys=True))],
    }
    if out is not None:
        Path(out).write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    return data


def show(name: str, store: StoreLike = DEFAULT_STORE, *, jurisdiction: str | None = None,
         label: str | None = None) -> list[dict[str, Any]]:
    """Nodes named `name` (or with that alias, or that id): each with its relationships and evidence."""
    st = open_store(store)
    scope = None
    if jurisdiction:
        found = st.read(sqlgraph.find, jurisdiction, label="Jurisdiction")
        if not found:
            raise KGError(f"no jurisdiction named {jurisdiction!r} in the store")
        scope = found[0]
    ids = [name] if st.read(sqlgraph.has_node, name) else st.read(sqlgraph.find, name, label=label,
                                                                  jurisdiction=scope)
    if not ids:
        raise KGError(f"no node named {name!r}" + (f" in {jurisdiction}" if jurisdiction else "")
                      + " (try `kg stats` to see what the store holds)")
    found = [(nid, st.read(sqlgraph.edges_of, nid, "out"),
              [e for e in st.read(sqlgraph.edges_of, nid, "in") if e[2] != "MENTIONS"]) for nid in ids]
    heads = st.read(sqlgraph.heads, [e[i] for _, out_, in_ in found for e in out_ + in_ for i in (0, 1)])
    out = []
    for nid, out_edges, in_edges in found:
        rec = node_record(st, nid)
        rec["out"] = [dict(edge_record(st, s, t, k, d), other=heads[t]["name"], other_label=heads[t]["label"])
                      for s, t, k, d in out_edges]
        rec["in"] = [dict(edge_record(st, s, t, k, d), other=heads[s]["name"], other_label=heads[s]["label"])
                     for s, t, k, d in in_edges]
        out.append(rec)
    return out


__all__ = ["open_store", "ingest", "remove", "stats", "export_json", "show", "IngestReport",
           "KGError", "StoreError"]
