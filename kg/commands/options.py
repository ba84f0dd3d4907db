"""Options and arguments several commands share."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.errors import QueryError

StoreOpt = Annotated[Path, typer.Option("--store", "-s", help="Store folder.")]


def parse_params(pairs: list[str] | None) -> dict[str, str]:
    """`--param k=v` strings -> {k: v}; the values are typed and checked by whoever takes them."""
    out = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param takes KEY=VALUE, got {pair!r}")
        out[key.strip()] = value
    return out
