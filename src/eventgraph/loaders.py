"""Reading news articles into :class:`~eventgraph.records.Document` records.

Supported inputs:

- ``.txt`` / ``.md`` with an optional YAML front-matter block (``id``,
  ``published``, ``source``, ``title``, ``url``; ``id`` defaults to the file stem);
- ``.jsonl``: one JSON object a line with ``text`` and the same optional fields;
- ``.html`` / ``.htm``: main text and metadata through trafilatura;
- folders, walked recursively in sorted order (skipping hidden files, ``README``
  files and annotation files such as ``gold.jsonl``).

A file that cannot be read becomes an :class:`~eventgraph.errors.InputError`
naming the file (and line) and what is wrong; the rest of the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .records import Document

__all__ = ["SUFFIXES", "count_documents", "iter_documents", "parse_text_document", "parse_date"]

#: File suffixes the loader reads, and what reads them.
SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")

_FRONT_MATTER_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_BINARY_SNIFF = 8192
# Dates, numbers and booleans stay as written: "id: 007" is the id '007', not 7,
# "id: yes" is 'yes', not True, and "id: 1e99999" is not 'inf'.
_YAML_AS_TEXT = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("timestamp", "int", "float", "bool")
)
#: The metadata fields a document takes from front matter or a JSON record.
_FIELDS = ("id", "published", "source", "title", "url")
_SURROGATE = re.compile("[\ud800-\udfff]")


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates, numbers and booleans as text.

    PyYAML would otherwise fail on ``published: 2024-02-30`` with a bare
    "day is out of range for month" that names neither the field nor the fix,
    so :func:`parse_date` reads the text and says what is wrong.
    """


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag not in _YAML_AS_TEXT]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_MAX_BYTES = 50_000_000


def parse_date(value: Any, *, source: str = "published") -> dt.date | None:
    """Read a publication date from YAML/JSON metadata.

    Parameters
    ----------
    value : date, datetime, str or None
        ``2023-12-11``, ``2023-12-11T08:30:00Z`` and ``date`` objects are accepted.
    source : str
        Where the value came from, for the error message.

    Raises
    ------
    InputError
        When the value is not a real calendar date.

    Examples
    --------
    >>> parse_date("2023-12-11T08:30:00Z")
    datetime.date(2023, 12, 11)
    >>> parse_date("2023-02-30")
    Traceback (most recent call last):
    ...
    eventgraph.errors.InputError: published: '2023-02-30' is not a valid date (expected YYYY-MM-DD)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$", text)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise InputError(source, f"{text!r} is not a valid date (expected YYYY-MM-DD)")


def _read_text(path: Path) -> str:
    """Read a UTF-8 file, refusing binary content with a clear reason."""
    try:
        size = path.stat().st_size
        if size > _MAX_BYTES:
            raise InputError(str(path), f"file is too large ({size:,} bytes; limit {_MAX_BYTES:,})")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "cannot read file: permission denied") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as err:
        raise InputError(str(path), f"cannot read file: {err.strerror or err}") from None
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(str(path), "looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            str(path),
            f"is not UTF-8 text (invalid byte 0x{data[err.start]:02x} at offset {err.start})",
        ) from None
    if not text.strip():
        raise InputError(str(path), "file is empty")
    return text


def _metadata_document(
    meta: dict[str, Any],
    text: str,
    *,
    default_id: str,
    source: str,
    published: dt.date | None,
    path: str | None,
) -> Document:
    if not text.strip():
        raise InputError(source, "document has no body text")
    _check_fields(meta, text, source)
    doc_id = meta.get("id")
    doc_id = default_id if doc_id is None or str(doc_id).strip() == "" else str(doc_id).strip()
    date = parse_date(meta.get("published"), source=f"{source}: published")
    return Document(
        id=doc_id,
        text=text,
        published=date or published,
        source=_optional_str(meta.get("source")),
        title=_optional_str(meta.get("title")),
        url=_optional_str(meta.get("url")),
        path=path,
    )


def _check_fields(meta: dict[str, Any], text: str, source: str) -> None:
    """Refuse metadata that is not one plain value, and text that is not characters."""
    for key in _FIELDS:
        value = meta.get(key)
        # A list or mapping (maybe a YAML alias bomb, whose text is billions of
        # characters long) is never turned into text.
        if value is not None and not isinstance(value, str | int | float | dt.date):
            kind = {"list": "a list", "dict": "a mapping", "bytes": "binary data"}
            raise InputError(
                source,
                f"{key}: expected one value (text), not {kind.get(type(value).__name__, 'a ' + type(value).__name__)}",
            )
    for key, value in (("text", text), *((key, meta.get(key)) for key in _FIELDS)):
        # JSON can escape half of a UTF-16 pair ("\ud83d"), which is no character.
        if isinstance(value, str) and (found := _SURROGATE.search(value)):
            raise InputError(
                source,
                f"{key}: holds an unpaired surrogate (\\u{ord(found[0]):04x} at offset "
                f"{found.start()}), which is not a character; fix the JSON escape",
            )


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def parse_text_document(
    text: str,
    *,
    default_id: str,
    source: str = "<text>",
    published: dt.date | None = None,
    path: str | None = None,
) -> Document:
    """Split a text article into YAML front matter and body.

    Offsets into the returned ``Document.text`` are offsets into the body as
    it stands after the closing ``---`` line.

    Examples
    --------
    >>> doc = parse_text_document("---\\nid: a1\\npublished: 2024-01-02\\n---\\nHello.", default_id="x")
    >>> doc.id, doc.published.isoformat(), doc.text
    ('a1', '2024-01-02', 'Hello.')
    >>> parse_text_document("Plain text.", default_id="x").id
    'x'
    """
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return _metadata_document(
            {}, text, default_id=default_id, source=source, published=published, path=path
        )
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not closing:
        raise InputError(source, "front matter is not closed (no line '---' after the opening one)")
    header = text[opening.end() : closing.start()]
    try:
        meta = yaml.load(header, Loader=_FrontMatterLoader)  # a SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise InputError(source, f"front matter is not valid YAML{where}: {problem}") from None
    except RecursionError:
        raise InputError(source, "front matter is nested too deeply to read") from None
    except (ValueError, OverflowError) as err:
        raise InputError(source, f"front matter cannot be read: {err}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(source, "front matter must be a mapping of keys to values")
    return _metadata_document(
        meta,
        text[closing.end() :],
        default_id=default_id,
        source=source,
        published=published,
        path=path,
    )


def _is_article_collection(text: str) -> bool:
    """Whether a JSON Lines file holds articles: its first record has a 'text' field."""
    for line in text.splitlines():
        if line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                return True  # let the line-by-line reader report it
            return not isinstance(record, dict) or "text" in record
    return True


def _load_jsonl(
    path: Path, published: dt.date | None, *, explicit: bool = True
) -> Iterator[Document | InputError]:
    try:
        text = _read_text(path)
    except InputError as err:
        yield err
        return
    if not explicit and not _is_article_collection(text):
        # Folders often hold annotation files (gold.jsonl) beside the articles.
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "each line must be a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str):
            yield InputError(where, "record has no 'text' string")
            continue
        try:
            yield _metadata_document(
                record,
                body,
                default_id=f"{path.stem}-{lineno}",
                source=where,
                published=published,
                path=str(path),
            )
        except InputError as err:
            yield err


def _load_html(path: Path, published: dt.date | None) -> Document:
    import trafilatura

    html = _read_text(path)
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    # trafilatura returns a Document (a dict with as_dict=True, None when nothing is found)
    fields: dict[str, Any] = {}
    if isinstance(result, dict):
        fields = result
    elif result is not None:
        fields = result.as_dict()
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(str(path), "no article text found in the HTML page")
    title = fields.get("title")
    first, newline, rest = text.partition("\n")
    if isinstance(title, str) and newline and " ".join(first.split()) == " ".join(title.split()):
        text = rest  # the page's headline is its title, not a sentence of the body
    meta = {
        "title": title,
        "source": fields.get("sitename"),
        "url": fields.get("url"),
    }
    date = None
    if fields.get("date"):
        try:
            date = parse_date(fields["date"])
        except InputError:
            date = None  # a page's guessed date is a hint, not the user's metadata
    return _metadata_document(
        meta,
        text,
        default_id=path.stem,
        source=str(path),
        published=date or published,
        path=str(path),
    )


def _load_file(
    path: Path, published: dt.date | None, *, explicit: bool = True
) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _load_jsonl(path, published, explicit=explicit)
        return
    try:
        if suffix in (".html", ".htm"):
            yield _load_html(path, published)
        elif suffix in (".txt", ".md"):
            yield parse_text_document(
                _read_text(path),
                default_id=path.stem,
                source=str(path),
                published=published,
                path=str(path),
            )
        else:
            yield InputError(
                str(path),
                f"unsupported file type '{suffix or path.name}' (expected one of {', '.join(SUFFIXES)})",
            )
    except InputError as err:
        yield err


def _walk(path: Path) -> Iterator[Path]:
    for child in sorted(path.rglob("*")):
        if (
            child.is_file()
            and child.suffix.lower() in SUFFIXES
            and not child.name.startswith(".")
            # a corpus folder's README describes the corpus; it is not an article
            and child.stem.lower() != "readme"
        ):
            yield child


def _count_in_file(path: Path, *, explicit: bool) -> int:
    if path.suffix.lower() != ".jsonl":
        return 1
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 1  # the loader reports it as one failed input
    if not explicit and not _is_article_collection(text):
        return 0
    return sum(1 for line in text.splitlines() if line.strip())


def count_documents(paths: Iterable[str | Path]) -> int:
    """How many documents (or failed inputs) :func:`iter_documents` will yield, roughly.

    Used to size a progress bar: a JSON Lines file counts one per non-empty
    line, annotation files inside folders count nothing.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Text.")
    >>> _ = (folder / "b.jsonl").write_text('{"text": "One."}\\n{"text": "Two."}\\n')
    >>> _ = (folder / "gold.jsonl").write_text('{"doc": "a", "events": []}\\n')
    >>> count_documents([folder])
    3
    """
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            total += sum(_count_in_file(child, explicit=False) for child in _walk(path))
        else:
            total += _count_in_file(path, explicit=True)
    return total


def iter_documents(
    paths: Iterable[str | Path], *, published: dt.date | None = None
) -> Iterator[Document | InputError]:
    """Read documents from files and folders, one at a time.

    Inside folders, hidden files, ``README`` files and JSON Lines files whose
    records have no ``text`` field (annotation files such as ``gold.jsonl``)
    are skipped; named explicitly, they are read. Bad input does not stop the batch: it is yielded as an
    :class:`~eventgraph.errors.InputError` in place of the document.

    Parameters
    ----------
    paths : iterable of str or Path
        Files or folders (walked recursively, in sorted order).
    published : date, optional
        Publication date for documents whose metadata gives none.

    Yields
    ------
    Document or InputError

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("---\\nid: a\\n---\\nText.")
    >>> _ = (folder / "b.jsonl").write_text('{"id": "b", "text": "More."}\\nnot json\\n')
    >>> [type(x).__name__ for x in iter_documents([folder])]
    ['Document', 'Document', 'InputError']
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path):
                yield from _load_file(child, published, explicit=False)
        elif path.exists():
            yield from _load_file(path, published)
        else:
            yield InputError(str(path), "no such file or directory")
