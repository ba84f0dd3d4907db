"""kg query: the canned queries (queries/*.cypher) on the embedded store or on Neo4j.

    kg query list
    kg query drills --param jurisdiction=某某区 --param from=2020-05 --format json
    kg query shared-responsibility -p sector=消防 --limit 50 --offset 100   (a page; --limit 0: all)
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
DEFAULT_LIMIT = 100  # rows a page shows unless --limit says otherwise (--limit 0: all)


def _whole(value: str, option: str) -> int:
    """A --limit/--offset value as a whole number >= 0, or a one-line QueryError."""
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        raise QueryError(f"{option} must be a whole number >= 0, got {value!r}")
    return int(text)


def _note_page(page: dict[str, Any]) -> None:
    """On stderr (never in the json/csv on stdout): which rows were shown when some were left out."""
    rows, total, offset = page["rows"], page["total"], page["offset"]
    if len(rows) == total:
        return
    if rows:
        shown = f"rows {offset + 1:,}-{offset + len(rows):,} of {total:,}"
    else:
        shown = f"no rows at offset {offset:,} of {total:,}"
    hints = [f"--offset {page['next_offset']} for the next page"] if page["next_offset"] is not None else []
    typer.echo("; ".join([shown, *hints, "--limit 0 for all"]), err=True)




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
        limit: Annotated[str, typer.Option("--limit", "-n", help="Rows per page (0: all).")] = str(DEFAULT_LIMIT),
        offset: Annotated[str, typer.Option("--offset", help="Rows to skip (the first row is 0).")] = "0",
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
        rows_wanted, skip = _whole(limit, "--limit"), _whole(offset, "--offset")
        target = None
        if neo4j:
            from kg import neo4j_store

            quiet_driver_log()
            target = neo4j_store.connect(uri, user, password, database, connection_timeout=timeout,
                                         max_retry_time=3 * timeout)
        try:
            page = queries.page(name, params, store=None if neo4j else store, neo4j=target,
                                evidence=not no_evidence, evidence_limit=evidence_limit,
                                limit=rows_wanted or None, offset=skip)
        finally:
            if target is not None:
                target.close()
        rows = page["rows"]
        _note_page(page)
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
            print_table(columns, table, title=f"{name}: {len(rows)} of {page['total']} rows")


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
