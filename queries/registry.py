"""The canned queries as data: each `queries/<name>.cypher` file, its header and its statements.

A file looks like this (comment lines at the top are the header):

    // name: drills
    // description: Drills with date, place, organisers, leaders and sector.
    // param: jurisdiction: string = null -- a jurisdiction's name or alias
    // param: from: date = null -- earliest date (YYYY, YYYY-MM or YYYY-MM-DD)
    // columns: drill, date, ...
    // statement: main
    MATCH ... RETURN ...

`// statement: NAME` starts one Cypher statement; a query may need more than one
(the first is `main`). Parameter types: string, int, date, bool. A parameter
without a default (`= ...`) is required.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import QueryError

HERE = Path(__file__).resolve().parent
TYPES = ("string", "int", "date", "bool")
_PARAM = re.compile(r"^(?P<name>[\w-]+)\s*:\s*(?P<type>\w+)\s*(?:=\s*(?P<default>[^-][^\s]*))?\s*(?:--\s*(?P<help>.*))?$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    default: Any
    help: str

    def coerce(self, query: str, value: Any) -> Any:
        """The value as this parameter's type; a clear QueryError when it is not one."""
        if value is None:
            return None
        bad = QueryError(f"query {query}: parameter {self.name} must be a {self.type}"
                         f" ({self.help or 'see `kg query list`'}), got {value!r}")
        if self.type == "int":
            if isinstance(value, bool):
                raise bad
            try:
                return int(value)
            except (TypeError, ValueError):
                raise bad from None
        if self.type == "bool":
            if isinstance(value, bool):
                return value
            if str(value).lower() in ("1", "true", "yes", "y"):
                return True
            if str(value).lower() in ("0", "false", "no", "n"):
                return False
            raise bad
        if not isinstance(value, str):
            raise bad
        value = value.strip()
        if self.type == "date" and not _DATE.match(value):
            raise bad
        return value or None


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    statements: dict[str, str] = field(hash=False)
    path: Path = field(hash=False)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Check the given parameters against the header: names, types, required ones; fill defaults."""
        valid = ", ".join(f"{p.name} ({p.type}{', required' if p.required else ''})" for p in self.params)
        out: dict[str, Any] = {}
        for key, value in given.items():
            p = self.param(key.replace("_", "-")) or self.param(key)
            if p is None:
                raise QueryError(f"query {self.name} has no parameter {key!r}; valid: {valid or 'none'}")
            out[p.name] = p.coerce(self.name, value)
        for p in self.params:
            if out.get(p.name) is None:
                if p.required:
                    raise QueryError(f"query {self.name} needs parameter {p.name!r}; valid: {valid}")
                out[p.name] = p.default
        return out


def _parse(path: Path) -> Query:
    header: dict[str, Any] = {"params": [], "statements": {}}
    current = None
    body: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^//\s*(name|description|param|columns|statement)\s*:\s*(.*)$", line)
        if m and m.group(1) == "statement":
            current = m.group(2).strip()
            body[current] = []
        elif m and current is None:
            key, value = m.group(1), m.group(2).strip()
            if key == "param":
                pm = _PARAM.match(value)
                if not pm or pm.group("type") not in TYPES:
                    raise ValueError(f"{path.name}: bad param line {value!r} (types: {', '.join(TYPES)})")
                default = pm.group("default")
                required = default is None
                if default == "null":
                    default = None
                p = Param(pm.group("name"), pm.group("type"), required, None, (pm.group("help") or "").strip())
                if default is not None:
                    default = p.coerce(path.stem, default)
                header["params"].append(Param(p.name, p.type, required, default, p.help))
            elif key == "description" and "description" in header:
                header["description"] += " " + value
            else:
                header[key] = value
        elif current is not None:
            body[current].append(line)
    if header.get("name") != path.stem:
        raise ValueError(f"{path.name}: header name {header.get('name')!r} does not match the file name")
    return Query(
        name=header["name"], description=header.get("description", ""), params=tuple(header["params"]),
        columns=tuple(c.strip() for c in header.get("columns", "").split(",") if c.strip()),
        statements={k: "\n".join(v).strip() for k, v in body.items()}, path=path,
    )


@cache
def registry() -> dict[str, Query]:
    """Every query file under queries/, by name (files starting with `_` hold shared statements)."""
    return {p.stem: _parse(p) for p in sorted(HERE.glob("*.cypher")) if not p.name.startswith("_")}


@cache
def shared_statements() -> dict[str, str]:
    """Statements every query may use (name resolution), from `_common.cypher`."""
    out: dict[str, str] = {}
    current = None
    for line in (HERE / "_common.cypher").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^//\s*statement\s*:\s*(.*)$", line)
        if m:
            current = m.group(1).strip()
            out[current] = ""
        elif current is not None:
            out[current] += line + "\n"
    return {k: v.strip() for k, v in out.items()}


def get(name: str) -> Query:
    queries = registry()
    if name not in queries:
        raise QueryError(f"no query named {name!r}; valid: {', '.join(queries)}")
    return queries[name]
