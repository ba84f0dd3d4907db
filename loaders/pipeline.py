"""The extraction pipeline: a document's text in, its graph fragment out."""
from __future__ import annotations

from kg.model import KnowledgeGraph
from loaders.source import Source


def extract(source: Source) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    doc = source.doc_id
    first_line = source.text.strip().splitlines()[0] if source.text.strip() else source.name
    start = source.text.find(first_line)
    kg.add_node("Document", source.name, id=doc,
                properties={"title": first_line.strip(), "sha256": source.sha256},
                evidence=[(doc, start, start + len(first_line))])
    kg.add_mentions(doc)
    return kg
