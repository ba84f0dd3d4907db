"""kg query: the canned queries (queries/*.cypher) on the embedded store or on Neo4j.

    kg query list
    kg query drills --param jurisdiction=某某区 --param from=2020-05 --format json
    kg query accountability-chain -p body=区应急管理局 --format mermaid
    kg query profile -p name=区安委会 --neo4j --uri bolt://localhost:7687
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import orjson
import typer

from kg.commands.neo4j import DatabaseOpt, PasswordOpt, TimeoutOpt, UriOpt, UserOpt, quiet_driver_log
from kg.commands.output import print_csv, print_json, print_table
from kg.commands.options import parse_params
from kg.errors import QueryError
from kg.store import DEFAULT_STORE

FORMATS = ("table", "json", "csv", "mermaid", "dot")




def cell(value: Any, column: str) -> str:
    """One value as table/CSV text: lists joined, evidence as [doc] sentence lines."""
    if value is None:
        return ""
    if column == "evidence":
        return "\n".join(f"[{e['doc']}] {(e['text'] or '').strip()}" for e in value)
    if column == "steps":
        return "\n".join(f"{s['source']} -[{s['type']}]-> {s['target']}" for s in value)
    if isinstance(value, list):
        return "、".join(cell(v, "") for v in value)
    if isinstance(value, dict):
        return orjson.dumps(value).decode()
    return str(value)


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    @app.command()
    def query(
        name: Annotated[str, typer.Argument(help="A query's name, or `list` to see them all.")],
        param: Annotated[list[str] | None, typer.Option("--param", "-p", help="KEY=VALUE, repeatable.")] = None,
        fmt: Annotated[str, typer.Option("--format", "-f",
                                         help="table, json, csv; mermaid or dot for accountability-chain.")] = "table",
        no_evidence: Annotated[bool, typer.Option("--no-evidence", help="Leave the evidence out.")] = False,
        evidence_limit: Annotated[int | None, typer.Option("--evidence-limit",
                                                           help="Sentences per row (0: all).")] = None,
        store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
        neo4j: Annotated[bool, typer.Option("--neo4j", help="Ask the Neo4j database instead of the store.")] = False,
        uri: UriOpt = None,
        user: UserOpt = None,
        password: PasswordOpt = None,
        database: DatabaseOpt = None,
        timeout: TimeoutOpt = 5.0,
    ) -> None:
        """Run a canned query (`kg query list` shows them with their parameters)."""
        import queries

        if name == "list":
            _print_list(queries.list_queries(), fmt)
            return
        if fmt not in FORMATS:
            raise QueryError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
        if fmt in ("mermaid", "dot") and name != "accountability-chain":
            raise QueryError(f"--format {fmt} draws accountability-chain only")
        params = parse_params(param or [])
        target = None
        if neo4j:
            from kg import neo4j_store

            quiet_driver_log()
            target = neo4j_store.connect(uri, user, password, database, connection_timeout=timeout,
                                         max_retry_time=3 * timeout)
        try:
            rows = queries.run(name, params, store=None if neo4j else store, neo4j=target,
                               evidence=not no_evidence, evidence_limit=evidence_limit)
        finally:
            if target is not None:
                target.close()
        if fmt in ("mermaid", "dot"):
            from queries.diagrams import FORMATS as DRAW

            typer.echo(DRAW[fmt](rows), nl=False)
            return
        if fmt == "json":
            print_json(rows)
            return
        columns = queries.columns(name, evidence=not no_evidence)
        table = [[cell(r.get(c), c) for c in columns] for r in rows]
        if fmt == "csv":
            print_csv(columns, table)
        else:
            print_table(columns, table, title=f"{name}: {len(rows)} rows")


def _print_list(items: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        print_json(items)
        return
    rows = [[q["name"], q["description"],
             "\n".join(f"{p['name']}: {p['type']}" + (" (required)" if p["required"] else
                                                      f" = {p['default']}" if p["default"] is not None else "")
                       for p in q["params"])] for q in items]
    if fmt == "csv":
        print_csv(["query", "description", "parameters"], rows)
    else:
        print_table(["query", "description", "parameters"], rows, title="canned queries")
