"""kg: knowledge graphs from Chinese emergency-management work summaries.

The Python API mirrors the `kg` command line; see kg.api.
"""
from kg.api import IngestReport, export_json, ingest, open_store, remove, show, stats
from kg.errors import KGError

__all__ = ["ingest", "remove", "stats", "export_json", "show", "open_store", "IngestReport", "KGError"]
