"""Errors the user can act on. The CLI prints them as one line and exits non-zero."""


class KGError(Exception):
    """Base class: a problem with the user's input, store or server, stated plainly."""


class StoreError(KGError):
    """The embedded store is missing, damaged or of another format."""


class InputError(KGError):
    """A file that cannot be read as a report (encoding, format, empty, binary)."""


class QueryError(KGError):
    """An unknown query or a bad parameter."""


class DatabaseError(KGError):
    """The graph database is down, refused the credentials, or timed out."""
