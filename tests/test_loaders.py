"""Reading documents: every input format, folders, --published, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventgraph.cli import documents_from, main, parse_cli_date
from eventgraph.errors import InputError
from eventgraph.loaders import count_documents, iter_documents, parse_date, parse_text_document
from eventgraph.records import Document

DATA = Path(__file__).resolve().parents[1] / "data"

ARTICLE = """---
id: art-1
published: 2024-03-06
source: Example Wire
title: Two ministers meet
url: https://example.org/a1
---
Putin met Erdogan in Sochi on Monday.
"""

HTML = """<!DOCTYPE html><html><head><title>Ministers meet in Vienna</title>
<meta property="og:site_name" content="Test Wire"><meta name="date" content="2024-03-05"></head>
<body><nav>Home | World</nav><article><h1>Ministers meet in Vienna</h1>
<p>The foreign ministers of Austria and Hungary met in Vienna on Monday to discuss border
controls and trade along the Danube corridor, officials from both governments said.</p>
<p>The talks lasted three hours and ended with a short joint statement about rail links and
customs cooperation between the two countries.</p></article><footer>Copyright notice</footer>
</body></html>
"""


def _load(*paths: Path, published: dt.date | None = None) -> list[Document | InputError]:
    return list(iter_documents(paths, published=published))


def _documents(*paths: Path, published: dt.date | None = None) -> list[Document]:
    items = _load(*paths, published=published)
    assert all(isinstance(item, Document) for item in items), items
    return [item for item in items if isinstance(item, Document)]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".TXT"])
def test_loaders_text_with_front_matter(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = _documents(path)
    assert doc.id == "art-1"
    assert doc.published == dt.date(2024, 3, 6)
    assert (doc.source, doc.title, doc.url) == ("Example Wire", "Two ministers meet", "https://example.org/a1")
    assert doc.text == "Putin met Erdogan in Sochi on Monday.\n"
    assert doc.path == str(path)


def test_loaders_offsets_refer_to_the_body_after_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = _documents(path)
    start = doc.text.index("Erdogan")
    assert doc.text[start : start + 7] == "Erdogan"
    assert ARTICLE.endswith(doc.text)


@pytest.mark.parametrize(
    ("content", "text"),
    [
        ("Putin met Erdogan.", "Putin met Erdogan."),
        ("\ufeffPutin met Erdogan.", "Putin met Erdogan."),  # a byte-order mark is not text
        ("---\n---\nPutin met Erdogan.", "Putin met Erdogan."),  # empty front matter
        ("Putin met Erdogan.\n---\nid: x\n---\n", "Putin met Erdogan.\n---\nid: x\n---\n"),
    ],
)
def test_loaders_text_without_front_matter_uses_file_stem(tmp_path: Path, content: str, text: str) -> None:
    path = tmp_path / "plain-story.txt"
    path.write_text(content, encoding="utf-8")
    [doc] = _documents(path)
    assert (doc.id, doc.text, doc.published) == ("plain-story", text, None)


def test_loaders_jsonl_one_document_per_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [
        {"id": "j1", "text": "Putin met Erdogan.", "published": "2024-03-01", "source": "Wire"},
        {"text": "Scholz phoned Macron.", "title": "A call"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    first, second = _documents(path)
    assert (first.id, first.text, first.published, first.source) == (
        "j1",
        "Putin met Erdogan.",
        dt.date(2024, 3, 1),
        "Wire",
    )
    assert (second.id, second.title, second.published) == ("batch-2", "A call", None)


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_loaders_html_main_text_and_metadata(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"vienna{suffix}"
    path.write_text(HTML, encoding="utf-8")
    [doc] = _documents(path)
    assert doc.id == "vienna"
    assert "foreign ministers of Austria and Hungary met in Vienna" in doc.text
    assert "Copyright notice" not in doc.text and "Home | World" not in doc.text
    assert doc.title == "Ministers meet in Vienna"
    assert doc.source == "Test Wire"
    assert doc.published == dt.date(2024, 3, 5)


def test_loaders_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    files = {
        "z.txt": "Last.",
        "a/2.md": "Second.",
        "a/1.txt": "First.",
        "b/deeper/x.txt": "Deep.",
        "b/notes.csv": "ignored,file",
        "b/.hidden.txt": "Hidden.",
        "README.md": "# About this corpus",
        "b/readme.txt": "Notes.",
        "b/gold.jsonl": '{"doc": "x", "events": []}',  # annotations beside articles are skipped
        "b/articles.jsonl": '{"id": "j", "text": "Line."}',
    }
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    ids = [doc.id for doc in _documents(tmp_path)]
    assert ids == ["1", "2", "j", "x", "z"]
    assert count_documents([tmp_path]) == 5


def test_loaders_a_readme_named_explicitly_is_read(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text("Putin met Erdogan.", encoding="utf-8")
    assert [doc.id for doc in _documents(path)] == ["README"]
    assert _documents(tmp_path) == []


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("published: 2024-01-15\n", dt.date(2024, 1, 15)),
        ("published: '2024-01-15T08:30:00Z'\n", dt.date(2024, 1, 15)),
        ("published: 2024-01-15 08:30:00\n", dt.date(2024, 1, 15)),
        ("title: no date\n", dt.date(2024, 5, 1)),
        ("published:\n", dt.date(2024, 5, 1)),
    ],
)
def test_loaders_published_default_only_fills_missing_dates(
    tmp_path: Path, front_matter: str, expected: dt.date
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"---\n{front_matter}---\nText.", encoding="utf-8")
    [doc] = _documents(path, published=dt.date(2024, 5, 1))
    assert doc.published == expected


def test_loaders_published_option_reaches_the_cli_documents(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text("---\npublished: 2024-03-06\n---\nText.", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Text.", encoding="utf-8")
    date = parse_cli_date("2024-03-13")
    published = {doc.id: doc.published for doc in documents_from([tmp_path], date)}
    assert published == {"dated": dt.date(2024, 3, 6), "undated": dt.date(2024, 3, 13)}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2024-02-29", dt.date(2024, 2, 29)),
        (dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
        (dt.datetime(2024, 2, 29, 23, 59), dt.date(2024, 2, 29)),
    ],
)
def test_loaders_parse_date(value: Any, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2023-02-29", "2024-13-01", "yesterday", "15/01/2024", 20240115])
def test_loaders_parse_date_rejects_impossible_dates(value: Any) -> None:
    with pytest.raises(InputError, match="is not a valid date"):
        parse_date(value)


def test_loaders_parse_text_document_keeps_body_exactly() -> None:
    body = "  Indented first line.\r\n\r\nSecond paragraph.  "
    doc = parse_text_document(f"---\r\nid: crlf\r\n---\r\n{body}", default_id="x")
    assert (doc.id, doc.text) == ("crlf", body)


# ---------------------------------------------------------------- bad input


def _unreadable(path: Path) -> Path:
    path.write_text("Putin met Erdogan.", encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):
        path.chmod(0o644)
        pytest.skip("running as a user who can read any file (root)")
    return path


def _writer(content: bytes) -> Callable[[Path], Path]:
    def write(path: Path) -> Path:
        path.write_bytes(content)
        return path

    return write


BAD_INPUTS = [
    pytest.param("locked.txt", _unreadable, "locked.txt: cannot read file: permission denied", id="unreadable"),
    pytest.param("image.txt", _writer(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "image.txt: looks like a binary file, not text", id="binary"),
    pytest.param("empty.txt", _writer(b""), "empty.txt: file is empty", id="empty"),
    pytest.param("blank.md", _writer(b"  \n\n"), "blank.md: file is empty", id="whitespace-only"),
    pytest.param("latin1.txt", _writer("Café Putin met Erdogan.".encode("latin-1")), "latin1.txt: is not UTF-8 text (invalid byte 0xe9 at offset 3)", id="non-utf8"),
    pytest.param("open.txt", _writer(b"---\nid: x\npublished: 2024-03-06\nPutin met Erdogan.\n"), "open.txt: front matter is not closed", id="unclosed-front-matter"),
    pytest.param("bad-yaml.txt", _writer(b"---\nid: [x\n---\nText.\n"), "bad-yaml.txt: front matter is not valid YAML", id="invalid-yaml"),
    pytest.param("list.txt", _writer(b"---\n- a\n- b\n---\nText.\n"), "list.txt: front matter must be a mapping", id="front-matter-not-mapping"),
    pytest.param("no-body.txt", _writer(b"---\nid: x\n---\n\n"), "no-body.txt: document has no body text", id="no-body"),
    pytest.param("feb30.txt", _writer(b"---\npublished: 2023-02-30\n---\nText.\n"), "feb30.txt: published: '2023-02-30' is not a valid date (expected YYYY-MM-DD)", id="impossible-published"),
    pytest.param("month13.txt", _writer(b"---\npublished: 2024-13-01\n---\nText.\n"), "month13.txt: published: '2024-13-01' is not a valid date", id="impossible-month"),
    pytest.param("lines.jsonl", _writer(b'{"id": "fine", "text": "Putin met Erdogan."}\n{"id": "broken", "text": \n'), "lines.jsonl:2: not valid JSON", id="jsonl-not-json"),
    pytest.param("array.jsonl", _writer(b'{"id": "fine", "text": "Putin met Erdogan."}\n[1, 2]\n'), "array.jsonl:2: each line must be a JSON object", id="jsonl-not-object"),
    pytest.param("notext.jsonl", _writer(b'{"id": "fine", "text": "Putin met Erdogan."}\n\n{"id": "n"}\n'), "notext.jsonl:3: record has no 'text' string", id="jsonl-no-text"),
    pytest.param("date.jsonl", _writer(b'{"id": "d", "text": "T.", "published": "2024-04-31"}\n'), "date.jsonl:1: published: '2024-04-31' is not a valid date", id="jsonl-impossible-date"),
    pytest.param("page.html", _writer(b"<html><body><script>x()</script></body></html>"), "page.html: no article text found in the HTML page", id="html-without-text"),
    pytest.param("table.csv", _writer(b"a,b\n1,2\n"), "table.csv: unsupported file type '.csv'", id="unsupported-suffix"),
    pytest.param("missing.txt", None, "missing.txt: no such file or directory", id="missing"),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD_INPUTS)
def test_loaders_bad_input_is_one_line_and_the_batch_goes_on(
    tmp_path: Path,
    nlp: Any,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: Callable[[Path], Path] | None,
    message: str,
) -> None:
    good_before = tmp_path / "a-good.txt"
    good_before.write_text("---\nid: before\n---\nPutin met Erdogan in Sochi.", encoding="utf-8")
    good_after = tmp_path / "z-good.txt"
    good_after.write_text("---\nid: after\n---\nScholz met Macron in Berlin.", encoding="utf-8")
    bad = tmp_path / name
    if make is not None:
        make(bad)

    code = main(["extract", str(good_before), str(bad), str(good_after), "--format", "jsonl"])
    captured = capsys.readouterr()

    assert code == 1
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"error: {bad}")
    assert message in lines[0]
    assert "Traceback" not in captured.err
    docs = {json.loads(line)["doc"] for line in captured.out.splitlines()}
    assert {"before", "after"} <= docs


@pytest.mark.parametrize(("name", "make", "message"), BAD_INPUTS)
def test_loaders_bad_input_in_a_folder_is_reported_too(
    tmp_path: Path, name: str, make: Callable[[Path], Path] | None, message: str
) -> None:
    if make is None or name.endswith(".csv"):
        pytest.skip("folders only read existing files of the supported types")
    (tmp_path / "a-good.txt").write_text("Good.", encoding="utf-8")
    make(tmp_path / name)
    items = _load(tmp_path)
    errors = [str(item) for item in items if isinstance(item, InputError)]
    assert len(errors) == 1 and message in errors[0]
    assert "a-good" in [item.id for item in items if isinstance(item, Document)]


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "--published", "2024-02-30", "x.txt"],
        ["extract", "--published", "yesterday", "x.txt"],
        ["extract", "--format", "xml", "x.txt"],
        ["extract"],
        ["extract", "--no-such-option", "x.txt"],
        ["no-such-command"],
    ],
)
def test_loaders_usage_errors_exit_2_without_traceback(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert "Error" in err and "Traceback" not in err


def test_loaders_debug_shows_the_exception(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl:1"):
        main(["--debug", "eval", "--gold", str(gold), str(tmp_path)])


# ---------------------------------------------------------------- the sample corpus


def test_loaders_sample_corpus_loads_cleanly_in_every_format() -> None:
    items = _load(DATA)
    errors = [str(item) for item in items if isinstance(item, InputError)]
    assert errors == []
    docs = [item for item in items if isinstance(item, Document)]
    assert len(docs) >= 12
    assert {Path(doc.path or "").suffix for doc in docs} >= {".txt", ".jsonl", ".html"}
    assert all(doc.published is not None for doc in docs)
    assert len({doc.id for doc in docs}) == len(docs)


def test_loaders_html_headline_is_title_not_body(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Minister meets envoy</title></head><body><article>"
        "<h1>Minister meets envoy</h1>"
        "<p>The foreign minister met the special envoy in Geneva on Tuesday to discuss the talks "
        "that both sides had agreed to hold later in the month, officials said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    [doc] = [item for item in iter_documents([page]) if isinstance(item, Document)]
    assert doc.title == "Minister meets envoy"
    assert not doc.text.startswith("Minister meets envoy")
    assert doc.text.startswith("The foreign minister met")
