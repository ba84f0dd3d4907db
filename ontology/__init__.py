"""The ontology: the contract's terms in Python (`vocab`), OWL/SHACL in Turtle beside it."""
from ontology.vocab import BODY_LABELS, LABELS, REL_TYPES, has_label, labels_of

__all__ = ["LABELS", "REL_TYPES", "BODY_LABELS", "labels_of", "has_label"]
