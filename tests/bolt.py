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

FalkorDB 4.16.3 does not keep databases apart over Bolt (the name in a
transaction's BEGIN is ignored; writes from two "databases" land in one graph),
so tests cannot isolate by database name: `graph_name` empties the server's
graph before each test instead (tests run one at a time).
"""
from __future__ import annotations

import itertools

import pytest

from kg.testing import falkordb

CONNECTION_TIMEOUT = 5.0
RETRY_TIME = 5.0
_names = itertools.count()


def start_server(password: str | None = None) -> falkordb.FalkorDBServer:
    """A new FalkorDB server (stop it yourself, or use it as a context manager); skips the test
    when the server cannot start."""
    try:
        return falkordb.start(timeout=30, password=password)
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
    server = start_server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def bolt_driver(bolt_server):
    """One neo4j driver for the session, deliberately never closed (see the module doc)."""
    return open_driver(bolt_server.uri)


@pytest.fixture
def fresh_bolt_server():
    """A server for one test: for subprocesses that close their driver, or killing the server."""
    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def graph_name(bolt_driver):
    """A database name for the test, on an emptied graph (see the module doc)."""
    with bolt_driver.session() as session:
        session.execute_write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
    return f"kgtest{next(_names)}"
