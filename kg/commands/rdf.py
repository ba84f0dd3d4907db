"""export rdf, sparql."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from kg.commands.options import StoreOpt, parse_params
from kg.commands.output import print_csv, print_json, print_table, progress_callback
from kg.errors import InputError
from kg.store import DEFAULT_STORE

BaseOpt = Annotated[str, typer.Option("--base", help="Base IRI of the data (node IRIs are <base><node id>).")]




def register(app: typer.Typer, export_app: typer.Typer) -> None:
    from kg.rdf.namespaces import DEFAULT_BASE

    @export_app.command("rdf")
    def export_rdf(
        store: StoreOpt = Path(DEFAULT_STORE),
        fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, nt, jsonld or xml.")] = "turtle",
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default graph.<ext>).")] = None,
        base: BaseOpt = DEFAULT_BASE,
        engine: Annotated[str, typer.Option(help="oxigraph (fast) or rdflib.")] = "oxigraph",
    ) -> None:
        """The graph as RDF (ontology/emkg.ttl): direct triples, relationship statements, evidence annotations."""
        from kg import rdf

        rdf.check_format(fmt, engine)
        out = out or Path("graph" + rdf.FORMATS[fmt][2])
        t0 = time.perf_counter()
        with progress_callback("export rdf (triples)") as update:
            s = rdf.export_rdf(store, out, fmt, base=base, engine=engine,
                               progress=lambda n: update(n, None))
        secs = time.perf_counter() - t0
        typer.echo(f"{s.nodes} nodes, {s.relationships} relationships, {s.evidence} evidence sentences, "
                   f"{s.triples} triples -> {out} ({secs:.1f} s)")
        by_how: dict[str, int] = {}
        for m in s.adcodes.values():
            by_how[m.how] = by_how.get(m.how, 0) + 1
        detail = ", ".join(f"{n} {how}" for how, n in sorted(by_how.items()))
        typer.echo(f"adcodes: {len(s.adcodes)} of {s.jurisdictions} jurisdictions linked to GB/T 2260"
                   + (f" ({detail})" if detail else ""))

    @app.command()
    def sparql(
        query: Annotated[str, typer.Argument(help="SPARQL text, a .rq file, or a canned query name "
                                                  "(shared-responsibility, accountability-chain).")],
        store: StoreOpt = Path(DEFAULT_STORE),
        fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
        param: Annotated[list[str], typer.Option("--param", "-p", help="name=value, bound to ?name.")] = [],  # noqa: B006
        base: BaseOpt = DEFAULT_BASE,
    ) -> None:
        """Run SPARQL over the store's RDF export (in memory). Standard prefixes need no declaration."""
        from kg import rdf
        from kg.rdf.export import write

        if fmt not in ("table", "json", "csv"):
            raise InputError(f"unknown format {fmt!r}; choose table, json or csv")
        result = rdf.sparql(query, store, base=base, params=parse_params(param))
        if result.kind == "ask":
            print_json(result.boolean) if fmt == "json" else typer.echo(str(result.boolean).lower())
        elif result.kind == "construct":
            import sys

            write(result.triples, sys.stdout.buffer, "nt")
        elif fmt == "json":
            print_json(result.records())
        elif fmt == "csv":
            print_csv(result.columns, result.rows)
        else:
            print_table(result.columns, result.rows, title=f"{len(result.rows)} rows")
