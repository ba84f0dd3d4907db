"""Fixtures for the FalkorDB Bolt test server (filled in by the Neo4j store work)."""
import pytest


@pytest.fixture(scope="session")
def bolt_server():
    pytest.skip("Bolt test server not set up yet")


@pytest.fixture(scope="session")
def bolt_driver(bolt_server):
    pytest.skip("Bolt test server not set up yet")
