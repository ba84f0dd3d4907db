"""viz: the graph as one interactive, self-contained HTML page."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.commands.options import parse_params
from kg.errors import QueryError
from kg.store import DEFAULT_STORE




def register(app: typer.Typer, export_app: typer.Typer) -> None:
    @app.command()
    def viz(
        store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
        jurisdiction: Annotated[str | None, typer.Option(
            "--jurisdiction", "-J", help="Only this jurisdiction's nodes and their neighbours.")] = None,
        query: Annotated[str | None, typer.Option("--query", "-q", help="Draw what a canned query returns.")] = None,
        param: Annotated[list[str] | None, typer.Option("--param", "-p", help="Query parameter k=v (repeatable).")] = None,
        out: Annotated[Path, typer.Option("--out", "-o", help="Output HTML file.")] = Path("graph.html"),
    ) -> None:
        """Write an interactive graph (one self-contained HTML file; no network needed to open it)."""
        from kg import viz as kgviz

        if param and not query:
            raise QueryError("--param needs --query")
        view = kgviz.graph_view(store, jurisdiction=jurisdiction, query=query, params=parse_params(param or []))
        out.write_text(kgviz.to_html(view), encoding="utf-8")
        typer.echo(f"{len(view['nodes'])} nodes, {len(view['edges'])} relationships -> {out}")
