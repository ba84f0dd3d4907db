"""Fixtures for the FalkorDB Bolt test server.

FalkorDB has a known bug: after a client closes its driver (Bolt GOODBYE), the
next new connection hangs until that one is dropped. The harness works around it
(never the product code):

- `bolt_server` is one server per session; `bolt_driver` is one driver for the
  whole session and is never closed while the server lives (the process exits
  without GOODBYE);
- a test that runs a subprocess which closes its own driver (`kg push` as CLI),
  or that kills the server, uses `fresh_bolt_server`, a server of its own;
- every driver has connection and retry timeouts, and pytest-timeout is the backstop.

Tests get a graph of their own by database name (FalkorDB: one graph per name).
"""
from __future__ import annotations

import itertools

import pytest

from kg.testing import falkordb

CONNECTION_TIMEOUT = 5.0
RETRY_TIME = 5.0
_names = itertools.count()


def _start() -> falkordb.FalkorDBServer:
    try:
        return falkordb.start(timeout=30)
    except falkordb.ServerUnavailable as exc:
        pytest.skip(f"FalkorDB Bolt server unavailable: {exc}")


def open_driver(uri: str):
    import neo4j

    return neo4j.GraphDatabase.driver(uri, auth=None, connection_timeout=CONNECTION_TIMEOUT,
                                      connection_acquisition_timeout=CONNECTION_TIMEOUT + RETRY_TIME,
                                      max_transaction_retry_time=RETRY_TIME)


@pytest.fixture(scope="session")
def bolt_server():
    """A FalkorDB server speaking Bolt on a free loopback port (`.uri`, `.pid`, `.stop()`)."""
    server = _start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def bolt_driver(bolt_server):
    """One neo4j driver for the session, deliberately never closed (see the module doc)."""
    return open_driver(bolt_server.uri)


@pytest.fixture
def fresh_bolt_server():
    """A server for one test: for subprocesses that close their driver, or killing the server."""
    server = _start()
    yield server
    server.stop()


@pytest.fixture
def graph_name():
    """A database (FalkorDB graph) name no other test uses."""
    return f"kgtest{next(_names)}"
