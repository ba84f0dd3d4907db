"""IRIs: the standard vocabularies, the ontology's namespace and the default base for data."""
from __future__ import annotations

EMKG = "https://example.org/emkg/ontology#"
ONTOLOGY_IRI = "https://example.org/emkg/ontology"
# Data IRIs are <base><node id>; node ids are ASCII already (department-3f2a...), so IRIs are too.
DEFAULT_BASE = "https://example.org/emkg/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES = {
    "emkg": EMKG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS, "org": ORG,
    "prov": PROV, "schema": SCHEMA, "dcterms": DCTERMS, "oa": OA,
}


def check_base(base: str) -> str:
    """A base must be an absolute IRI ending in / or #, so that base + id is an IRI."""
    from kg.errors import InputError

    if ":" not in base or not base.endswith(("/", "#")) or any(c in base for c in ' <>"{}|\\^`'):
        raise InputError(f"--base must be an absolute IRI ending in / or # (got {base!r})")
    return base


def camel(rel_type: str) -> str:
    """RESPONSIBLE_FOR -> responsibleFor: the property name of a relationship type."""
    first, *rest = rel_type.lower().split("_")
    return first + "".join(w.capitalize() for w in rest)
