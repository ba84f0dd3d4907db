"""The `kg` command line. Each feature registers its commands from `kg/commands/<feature>.py`;
every command calls the Python API and prints its result."""
from __future__ import annotations

import importlib
import sys

import typer

from kg.errors import KGError

app = typer.Typer(help="Knowledge graphs from Chinese emergency-management work summaries.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
export_app = typer.Typer(help="Export the graph (json, rdf).", no_args_is_help=True)
app.add_typer(export_app, name="export")

# One module per feature; each has register(app, export_app).
COMMAND_MODULES = ("core", "evaluate", "neo4j", "query", "rdf", "viz")

for _name in COMMAND_MODULES:
    try:
        _mod = importlib.import_module(f"kg.commands.{_name}")
    except ModuleNotFoundError as exc:  # a feature not built yet must not break the others
        if exc.name != f"kg.commands.{_name}":
            raise
        continue
    _mod.register(app, export_app)


def main() -> None:
    try:
        app()
    except KGError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
