"""Printing results: rich tables for people, JSON and CSV for programs."""
from __future__ import annotations

import contextlib
import csv
import io
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import orjson
import typer


def print_json(data: Any) -> None:
    typer.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode())


def print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(str(c))
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    Console(soft_wrap=False).print(table)


def print_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    sys.stdout.write(buf.getvalue())


def progress(results: Iterable[Any], total: int, description: str = "ingest") -> Iterable[Any]:
    """A progress bar on a terminal; silent when output is piped or in CI."""
    if not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress

    # The bar goes to stderr, the terminal we checked: stdout may be a file or a pipe
    # (`kg ingest --json > report.json`) and must get nothing but the command's output.
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)
        for r in results:
            yield r
            bar.advance(task)


@contextlib.contextmanager
def progress_callback(description: str) -> Iterator[Callable[[int, int], None]]:
    """A `callback(done, total)` that drives a progress bar on a terminal (as `progress` does
    for iterables); a no-op when stderr is piped or in CI. For APIs that report their own steps."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
