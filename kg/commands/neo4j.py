"""kg push: write the store's graph to Neo4j (or another Bolt server) and keep it in sync.

The connection options are defined once here so `kg query --neo4j` can reuse them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.commands.output import print_json, progress_callback
from kg.store import DEFAULT_STORE

# Connection flags; unset ones fall back to NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE
# inside kg.neo4j_store.connect, so the password never shows up as a default in --help.
UriOpt = Annotated[str | None, typer.Option("--uri", help="Bolt URI (env NEO4J_URI; default bolt://localhost:7687)",
                                            show_default=False)]
UserOpt = Annotated[str | None, typer.Option("--user", help="User (env NEO4J_USER; default neo4j)",
                                             show_default=False)]
PasswordOpt = Annotated[str | None, typer.Option("--password", help="Password (env NEO4J_PASSWORD)",
                                                 show_default=False)]
DatabaseOpt = Annotated[str | None, typer.Option("--database", help="Database (env NEO4J_DATABASE; "
                                                 "default: the server's)", show_default=False)]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a connection; "
                                           "transient errors are retried for 3x this long.")]


def quiet_driver_log() -> None:
    """The driver logs lost connections to stderr by itself; the CLI reports one line instead."""
    import logging

    logger = logging.getLogger("neo4j")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    @app.command()
    def push(
        store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
        uri: UriOpt = None,
        user: UserOpt = None,
        password: PasswordOpt = None,
        database: DatabaseOpt = None,
        batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per transaction.")] = 1000,
        timeout: TimeoutOpt = 5.0,
        json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ) -> None:
        """Write the graph to Neo4j: MERGE nodes and relationships in batches, delete what the store
        no longer has (only nodes kg created). Running it twice changes nothing."""
        from kg import neo4j_store

        quiet_driver_log()
        with progress_callback("push") as on_batch:
            report = neo4j_store.push(store, uri, user, password, database, batch_size=batch_size,
                                      connection_timeout=timeout, max_retry_time=3 * timeout, on_batch=on_batch)
        for notice in report.notices:
            typer.echo(f"notice: {notice}", err=True)
        if json:
            print_json(report.as_dict())
            return
        typer.echo(f"{report.nodes} nodes, {report.relationships} relationships pushed in {report.batches} "
                   f"batches ({report.seconds:.2f} s, {report.rows_per_second:,.0f} rows/s); deleted "
                   f"{report.deleted_nodes} stale nodes, {report.deleted_relationships} stale relationships")
