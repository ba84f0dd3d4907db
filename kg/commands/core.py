"""ingest, stats, show, remove, export json."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg import api
from kg.commands.options import StoreOpt
from kg.commands.output import print_json, print_table, progress
from kg.store import DEFAULT_STORE



def register(app: typer.Typer, export_app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders of reports.")],
        store: StoreOpt = Path(DEFAULT_STORE),
        jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parallel worker processes.")] = 1,
        strict: Annotated[bool, typer.Option(help="Fail on the first unreadable file.")] = False,
        json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ) -> None:
        """Load reports into the store (idempotent: unchanged files change nothing)."""
        report = api.ingest(paths, store, jobs=jobs, strict=strict, progress=progress)
        if json:
            print_json(report.as_dict())
            return
        typer.echo(f"{len(report.added)} added, {len(report.replaced)} replaced, "
                   f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped -> {store}")
        for path, reason in report.skipped:
            typer.echo(f"skipped {path}: {reason}", err=True)

    @app.command()
    def stats(
        store: StoreOpt = Path(DEFAULT_STORE),
        json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Counts by label and relationship type, overall and per document."""
        s = api.stats(store)
        if json:
            print_json(s)
            return
        print_table(["label", "nodes"], sorted(s["labels"].items()), title=f"{s['nodes']} nodes")
        print_table(["type", "relationships"], sorted(s["types"].items()), title=f"{s['edges']} relationships")
        rows = [(name, sum(c["labels"].values()), sum(c["types"].values()),
                 ", ".join(f"{k} {v}" for k, v in c["labels"].items()))
                for name, c in s["documents"].items()]
        print_table(["document", "nodes", "relationships", "by label"], rows, title="per document")

    @app.command()
    def show(
        name: Annotated[str, typer.Argument(help="A node's name, alias or id.")],
        store: StoreOpt = Path(DEFAULT_STORE),
        jurisdiction: Annotated[str | None, typer.Option("--jurisdiction", "-J")] = None,
        label: Annotated[str | None, typer.Option("--label")] = None,
        json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """One node: its properties, relationships and their evidence sentences."""
        recs = api.show(name, store, jurisdiction=jurisdiction, label=label)
        if json:
            print_json(recs)
            return
        for rec in recs:
            typer.echo(f"{rec['name']}  [{rec['label']}]  id={rec['id']}")
            if rec["aliases"] != [rec["name"]]:
                typer.echo(f"  aliases: {', '.join(rec['aliases'])}")
            for k, v in rec["properties"].items():
                typer.echo(f"  {k}: {v}")
            for direction, arrow in (("out", "->"), ("in", "<-")):
                for e in rec[direction]:
                    props = f" {e['properties']}" if e["properties"] else ""
                    typer.echo(f"  {arrow} {e['type']} {e['other']} [{e['other_label']}]{props}")
                    for ev in e["evidence"][:3]:
                        typer.echo(f"       「{ev['text'].strip()}」")
            typer.echo("")

    @app.command()
    def remove(
        doc: Annotated[str, typer.Argument(help="Document base name or id.")],
        store: StoreOpt = Path(DEFAULT_STORE),
    ) -> None:
        """Remove a document and the facts only it supported."""
        doc_id = api.remove(doc, store)
        typer.echo(f"removed {doc} ({doc_id})")

    @export_app.command("json")
    def export_json(
        store: StoreOpt = Path(DEFAULT_STORE),
        out: Annotated[Path, typer.Option("--out", "-o", help="Output file.")] = Path("graph.json"),
    ) -> None:
        """The graph in the contract's JSON format."""
        data = api.export_json(store, out)
        typer.echo(f"{len(data['nodes'])} nodes, {len(data['edges'])} relationships -> {out}")
