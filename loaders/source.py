"""Finding input files and reading them into decoded text.

`read_document(path)` returns a `Source` whose `text` is the document as loaded:
for plain text the decoded file, for web pages and Word files the extracted plain
text. Evidence offsets point into `Source.text`, and the store keeps exactly that
text, so nothing here may change the text after it is returned.

Anything that cannot be read as a report (unsupported type, empty, binary,
undecodable, a broken .docx) raises `kg.errors.InputError` naming the file; the
ingest reports it as skipped and goes on with the next file.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.model import document_id

PLAIN_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
SUPPORTED_SUFFIXES = PLAIN_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES
MAX_FILE_BYTES = 256 * 2**20    # a report is a few MB at most; more is a wrong file, read whole into memory
MAX_DOCX_XML_BYTES = 256 * 2**20  # what a .docx unpacks to: a zip bomb is refused before it is parsed


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


# -- finding files -------------------------------------------------------------------
def collect_files(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Expand folders; returns (supported files sorted, [(path, reason) for skipped ones])."""
    files: list[str] = []
    skipped: list[tuple[str, str]] = []
    for p in paths:
        if _URL.match(str(p)) and not os.path.exists(p):
            skipped.append((_without_credentials(str(p)), "a URL, not a file (save the page and ingest the file)"))
            continue
        path = Path(p)
        try:
            if path.is_dir():
                candidates = sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith("."))
            elif path.is_file():
                candidates = [path]
            elif path.exists():  # a FIFO or a device would block the read or never end
                skipped.append((str(path), "not a regular file"))
                continue
            else:
                skipped.append((str(path), "no such file or folder"))
                continue
        except OSError as exc:  # an unreadable folder must not abort the batch
            skipped.append((str(path), f"cannot list: {exc.strerror or exc}"))
            continue
        for q in candidates:
            if q.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(str(q))
            else:
                skipped.append((str(q), f"unsupported file type {q.suffix or '(none)'}"))
    return sorted(set(files)), skipped


# `scheme://` (or `scheme:/` once a Path has folded the slashes); two letters at least, so `C:/` is a path
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+:/")
_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+://?)[^/@\s]*@")


def _without_credentials(url: str) -> str:
    """A URL fit for a message: `user:password@` never reaches the terminal or a log."""
    return _USERINFO.sub(r"\1***@", url)


# -- reading -------------------------------------------------------------------------
def read_document(path: str | os.PathLike[str]) -> Source:
    """Read a file as decoded text; unreadable input raises InputError naming the file."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"{path}: too large ({path.stat().st_size / 2**20:.0f} MB; "
                             f"the limit is {MAX_FILE_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return source_from_bytes(data, path.name, path=str(path))


def source_from_bytes(data: bytes, name: str, path: str | None = None) -> Source:
    """A Source from a file's bytes; the format is chosen by the suffix of `name`."""
    where = path or name
    suffix = os.path.splitext(name)[1].lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise InputError(f"{where}: unsupported file type {suffix or '(none)'}")
    if not data or data.isspace():  # (not strip(): that copies a 50 MB file)
        raise InputError(f"{where}: empty file")
    text, encoding = reader(data, where)
    if not text or text.isspace():
        raise InputError(f"{where}: no text found")
    return Source(name=name, text=text, path=path, encoding=encoding)


def _read_plain(data: bytes, where: str) -> tuple[str, str]:
    return decode_bytes(data, where)


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _read_html(data: bytes, where: str) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    markup, encoding = decode_bytes(data, where, declared.group(1).decode("ascii") if declared else None)
    return html_to_text(markup), encoding


def _read_docx(data: bytes, where: str) -> tuple[str, str]:
    return docx_to_text(data, where), "docx"


_READERS: dict[str, Callable[[bytes, str], tuple[str, str]]] = {
    **{s: _read_plain for s in PLAIN_SUFFIXES},
    **{s: _read_html for s in HTML_SUFFIXES},
    **{s: _read_docx for s in DOCX_SUFFIXES},
}


# -- decoding ------------------------------------------------------------------------
# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
SAMPLE_CHARS = 200_000   # plausibility is judged on a sample: a 50 MB file must not be scanned char by char
MAX_BAD_SHARE = 0.10     # more control/replacement/unassigned characters than this is binary, not text
MIN_COMMON_SHARE = 0.80  # a guessed encoding (UTF-16 without BOM, GB18030) must give mostly CJK/ASCII text


def decode_bytes(data: bytes, where: str = "<bytes>", declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a plain-text file. Order matters: short Chinese texts fool
    statistical detection, so the unambiguous answers come first (BOMs, UTF-16 recognised
    by its zero bytes, strict UTF-8), then the `declared` encoding (a web page's meta
    charset), then GB18030, then charset-normalizer."""
    found = _by_bom(data)
    if found is None and b"\x00" in data:
        found = _as_utf16_without_bom(data)
        if found is None:
            raise InputError(f"{where}: binary file (contains NUL bytes)")
    for attempt in (_as_utf8, lambda d: _as_declared(d, declared), _as_gb18030, _as_big5, _by_detection):
        if found is not None:
            break
        found = attempt(data)
    if found is None:
        raise InputError(f"{where}: cannot decode: not UTF-8, UTF-16 or GB18030 text, and no other encoding fits")
    return _checked(found, where)


def _as_utf8(data: bytes) -> tuple[str, str] | None:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return None


def _by_bom(data: bytes) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                if encoding == "utf-8-sig":  # not UTF-8 after all: let the other decoders try
                    return None
            # A UTF-16/32 file cut short (a lost last byte) is still that text, if it reads as text.
            text = data.decode(encoding, errors="replace")
            return (text, encoding) if _common_share(text) >= MIN_COMMON_SHARE else None
    return None


def _as_utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM is 'clearly detectable' when it decodes strictly to CJK/ASCII
    text. The zero bytes (high byte of ASCII newlines, digits, punctuation) say which
    byte order to try first; a CJK character such as U+5F00 has a zero low byte too."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    orders = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    for encoding in orders:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _common_share(text) >= MIN_COMMON_SHARE:
            return text, encoding
    return None


def _as_declared(data: bytes, declared: str | None) -> tuple[str, str] | None:
    if not declared:
        return None
    try:
        return data.decode(declared), declared
    except (LookupError, UnicodeDecodeError):  # an unknown or wrong declaration is ignored
        return None


def _as_gb18030(data: bytes) -> tuple[str, str] | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    # GB18030 maps almost any byte sequence somewhere; only accept it when the result reads as text,
    # and as everyday Chinese: Big5 bytes decode as GB18030 to rare characters, kana and box drawing.
    if _common_share(text) < MIN_COMMON_SHARE or _frequent_share(text, "gb18030") < MIN_FREQUENT_SHARE:
        return None
    return text, "gb18030"


def _as_big5(data: bytes) -> tuple[str, str] | None:
    """Traditional-character files from Taiwan, Hong Kong and old sites (no BOM, no declaration)."""
    try:
        text = data.decode("big5")
    except UnicodeDecodeError:
        return None
    if _common_share(text) < MIN_COMMON_SHARE or _frequent_share(text, "big5") < MIN_FREQUENT_SHARE:
        return None
    return text, "big5"


# Each double-byte encoding puts its most frequent ideographs in one block of lead bytes:
# GB2312 level 1 (the 3,755 everyday characters) at B0-D7, Big5's 5,401 frequent ones at A4-C6.
# Real text keeps ~97% of its ideographs there; a file read in the wrong one of the two, ~55%.
_FREQUENT_BLOCK = {"gb18030": ("gb2312", 0xB0, 0xD7), "big5": ("big5", 0xA4, 0xC6)}
MIN_FREQUENT_SHARE = 0.80
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def _frequent_share(text: str, encoding: str) -> float:
    """Share of the ideographs (of a sample) that lie in the encoding's everyday block. A text with
    few ideographs gives no evidence either way (1.0)."""
    table, lo, hi = _FREQUENT_BLOCK[encoding]
    ideographs = _IDEOGRAPH.findall(_sample(text))[:20_000]
    if len(ideographs) < 20:
        return 1.0
    frequent = 0
    for ch in ideographs:
        try:
            frequent += lo <= ch.encode(table)[0] <= hi
        except UnicodeEncodeError:
            pass
    return frequent / len(ideographs)


def _by_detection(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best), best.encoding


def _checked(found: tuple[str, str], where: str) -> tuple[str, str]:
    text, encoding = found
    if _bad_share(text) > MAX_BAD_SHARE:
        raise InputError(f"{where}: binary file (decodes as {encoding} to mostly control or replacement characters)")
    return text, encoding


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    mid = len(text) // 2
    return text[:third] + text[mid:mid + third] + text[-third:]


_BAD = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ufffe\uffff\ud800-\udfff]")
# CJK ideographs and punctuation, full-width forms, printable ASCII, whitespace, general punctuation.
_COMMON = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\x20-\x7e\s\u2000-\u206f\u00b7\u00d7]")


def _bad_share(text: str) -> float:
    """Share of characters that real text does not hold: controls, replacement, surrogates,
    unassigned and private-use code points."""
    sample = _sample(text)
    if not sample:
        return 0.0
    bad = len(_BAD.findall(sample))
    # unassigned code points: rare, so only look at the non-ASCII, non-CJK remainder
    rest = _COMMON.sub("", sample)
    bad += sum(1 for ch in rest if unicodedata.category(ch) in ("Cn", "Co"))
    return bad / len(sample)


def _common_share(text: str) -> float:
    sample = _sample(text)
    if not sample:
        return 0.0
    return len(_COMMON.findall(sample)) / len(sample)


# -- web pages -----------------------------------------------------------------------
# Elements whose text is not the page's content.
_HTML_DROP = frozenset({"head", "script", "style", "noscript", "template", "nav", "header", "footer",
                        "aside", "iframe", "svg", "canvas", "object", "button", "select", "form"})
# Elements that start a new line (paragraph breaks survive as newlines).
_HTML_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table",
                         "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote",
                         "pre", "hr", "caption", "figcaption", "address", "center", "body"})
_SPACE_RUN = re.compile(r"[ \t\r\n\f]+")
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
# A line break in the markup between two Chinese characters is no space in the text.
_CJK_BREAK = re.compile(f"(?<=[{_CJK}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[{_CJK}])")


def html_to_text(markup: str) -> str:
    """The visible text of a page, one block element per line."""
    from selectolax.lexbor import LexborHTMLParser

    root = LexborHTMLParser(markup).root
    if root is None:
        return ""
    parts: list[str] = []
    # An explicit stack (no recursion): deeply nested pages must not hit the recursion limit.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            parts.append("\n")
            continue
        if tag == "-text":
            parts.append(_SPACE_RUN.sub(" ", _CJK_BREAK.sub("", node.text_content or "")))
            continue
        if tag in _HTML_DROP or tag.startswith("-"):  # comments, doctype
            continue
        if tag in _HTML_BLOCK:
            parts.append("\n")
            stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# -- Word files ----------------------------------------------------------------------
def docx_to_text(data: bytes, where: str) -> str:
    """Paragraphs and table cells of a .docx in document order, one per line."""
    import docx
    from docx.table import Table

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unpacked = sum(info.file_size for info in z.infolist())
        if unpacked > MAX_DOCX_XML_BYTES:
            raise InputError(f"{where}: .docx unpacks to {unpacked / 2**20:.0f} MB "
                             f"(the limit is {MAX_DOCX_XML_BYTES // 2**20} MB)")
        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many kinds (zip, xml, key errors) for a broken file
        raise InputError(f"{where}: not a readable .docx file ({type(exc).__name__})") from exc
    lines: list[str] = []
    stack: list[object] = list(reversed(list(document.iter_inner_content())))
    while stack:
        block = stack.pop()
        if isinstance(block, Table):
            cells = []
            seen: set[object] = set()  # the cells' XML elements
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc not in seen:  # a merged cell is returned once per grid column
                        seen.add(cell._tc)
                        cells.append(cell)
            for cell in reversed(cells):
                stack.extend(reversed(list(cell.iter_inner_content())))
        else:
            lines.append(block.text.strip())
    return "\n".join(line for line in lines if line)
