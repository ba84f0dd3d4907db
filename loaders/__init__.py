"""Loaders: turn a report's text into a graph fragment (nodes and relationships with evidence).

The interface the rest of the project uses:

- `collect_files(paths)` -> (files, skipped): expand folders, keep supported formats;
- `read_document(path)` -> Source: decoded text (raises kg.errors.InputError);
- `extract(source)` -> KnowledgeGraph: the document's fragment, with its Document node,
  every fact's evidence pointing into `source.text`, and MENTIONS edges.
"""
from loaders.pipeline import extract
from loaders.source import Source, collect_files, read_document

__all__ = ["Source", "collect_files", "read_document", "extract"]
