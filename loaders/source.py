"""Finding input files and reading them into decoded text."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.model import document_id

SUPPORTED_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Source:
    """One input document: its base name, decoded text and where it came from."""

    name: str
    text: str
    path: str | None = None
    encoding: str = "utf-8"

    @property
    def doc_id(self) -> str:
        return document_id(self.name)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def collect_files(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Expand folders; returns (supported files sorted, [(path, reason) for skipped ones])."""
    files: list[str] = []
    skipped: list[tuple[str, str]] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            candidates = sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith("."))
        elif path.exists():
            candidates = [path]
        else:
            skipped.append((str(path), "no such file or folder"))
            continue
        for q in candidates:
            if q.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(str(q))
            else:
                skipped.append((str(q), f"unsupported file type {q.suffix or '(none)'}"))
    return sorted(set(files)), skipped


def read_document(path: str | os.PathLike[str]) -> Source:
    """Read a file as decoded text; unreadable input raises InputError naming the file."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return Source(name=path.name, text=text, path=str(path))
