"""One hostile document through every page and output the project makes.

Its title, quote, evidence and actor names carry ``<img src=x onerror=alert(1)>``,
``<script>alert(1)</script>``, double quotes, rich markup (``[/bold]``,
``[link=...]``) and terminal escapes. In the HTML pages none of it may become
markup (the page has the same tags as one made from harmless names); on the
terminal it is shown as text (no markup error, no raw escape sequence); in
JSON and RDF it comes back exactly.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Dataset, Literal

from eventgraph.analysis import actor_event_graph, events_from_store
from eventgraph.cli import main
from eventgraph.records import Actor, Document, Event, EventDate, Mention
from eventgraph.store import Store
from eventgraph.viz import render

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(1)</script>"
MARKUP = "[/bold] [link=https://evil.example]click[/link]"
ESCAPES = "\x1b[2J\x1b]52;c;ZXZpbA==\x07"
PAYLOADS = (IMG, SCRIPT)

HOSTILE_AGENT = f'{IMG} "Agent" {MARKUP}'
HOSTILE_TARGET = f"{SCRIPT} Target {ESCAPES}"
HOSTILE_TITLE = f'{IMG}{SCRIPT}"title" \'single\''
HOSTILE_QUOTE = f'{SCRIPT} "said" {IMG}'


def _corpus(agent: str, target: str, title: str, quote: str) -> list[tuple[Document, list[Event]]]:
    text = f'{agent} met {target} in Geneva and said "{quote}".'
    start = text.index(" met ") + 1
    meeting = Event(
        "h1-meeting-1", "h1", "meeting",
        agents=(Actor(agent, "person"),), targets=(Actor(target, "person"),),
        date=EventDate("2024-03-01"), location="Geneva", evidence=text,
        mentions=(Mention("h1", start, start + 3, "met"),),
    )
    said = text.index(" said ") + 1
    statement = Event(
        "h1-statement-1", "h1", "statement",
        agents=(Actor(agent, "person"),), date=EventDate("2024-03-02"), quote=quote,
        evidence=text, mentions=(Mention("h1", said, said + 4, "said"),),
    )
    document = Document("h1", text, title=title, source=title, url="https://example.org/a?b=<c>")
    return [(document, [meeting, statement])]


HARMLESS = _corpus("Alice Agent", "Bob Target", "A plain title", "plain words")
HOSTILE = _corpus(HOSTILE_AGENT, HOSTILE_TARGET, HOSTILE_TITLE, HOSTILE_QUOTE)


class _Tags(HTMLParser):
    """The page's element structure: each start tag with its attribute names."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(sorted(name for name, _ in attrs))))


def _tags(page: str) -> list[tuple[str, tuple[str, ...]]]:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser.tags


def _assert_inert(page: str, twin: str) -> None:
    for payload in PAYLOADS:
        assert payload not in page
    assert "onerror" not in {name for _, names in _tags(page) for name in names}
    assert _tags(page) == _tags(twin)  # no element or attribute came from the text


def _store(path: Path, corpus: list[tuple[Document, list[Event]]]) -> Path:
    with Store(path) as store:
        store.ingest(corpus)
    return path


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return _store(folder / "hostile", HOSTILE), _store(folder / "harmless", HARMLESS)


def _cli(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# ---------------------------------------------------------------- HTML pages


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_hostile_pages_library_render(kind: str, stores: tuple[Path, Path]) -> None:
    pages = []
    for path in stores:
        with Store(path, read_only=True) as store:
            events = events_from_store(store)
        pages.append(render(actor_event_graph(events), kind=kind, title=f"{IMG} {SCRIPT}").html)
    _assert_inert(*pages)


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_hostile_pages_cli_viz(kind: str, stores: tuple[Path, Path], tmp_path: Path, capsys) -> None:
    pages = []
    for n, path in enumerate(stores):
        out = tmp_path / f"{n}.html"
        code, output = _cli(capsys, "viz", "--store", str(path), "--kind", kind, "--out", str(out))
        assert code == 0, output
        pages.append(out.read_text(encoding="utf-8"))
    _assert_inert(*pages)
    assert "\\u003cscript\\u003e" in pages[0] or "&lt;script&gt;" in pages[0]  # the text is there, inert


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_hostile_pages_cli_viz_actor_filter(
    kind: str, stores: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    # the --actor value is echoed in the page heading
    pages = []
    for n, (path, name) in enumerate(zip(stores, (HOSTILE_AGENT, "Alice Agent"), strict=True)):
        out = tmp_path / f"{n}.html"
        code, output = _cli(
            capsys, "viz", "--store", str(path), "--kind", kind, "--actor", name, "--out", str(out)
        )
        assert code == 0, output
        pages.append(out.read_text(encoding="utf-8"))
    _assert_inert(*pages)


# ---------------------------------------------------------------- terminal outputs

TERMINAL_COMMANDS = [
    pytest.param(["timeline"], id="timeline"),
    pytest.param(["actors"], id="actors"),
    pytest.param(["central"], id="central"),
    pytest.param(["communities"], id="communities"),
    pytest.param(["path", HOSTILE_AGENT, HOSTILE_TARGET], id="path"),
    pytest.param(["query", "actors"], id="query-table"),
    pytest.param(["query", "timeline"], id="query-timeline"),  # 11 columns: cells cut short
]


@pytest.mark.parametrize("args", TERMINAL_COMMANDS)
def test_hostile_pages_terminal_shows_text(args: list[str], stores: tuple[Path, Path], capsys) -> None:
    code, output = _cli(capsys, *args, "--store", str(stores[0]))
    assert code == 0, output
    assert "internal error" not in output
    assert "\x1b" not in output and "\x07" not in output  # no escape sequence reaches the terminal
    if args != ["query", "timeline"]:
        assert "[/bold]" in output.replace("\n", "")  # markup shown, not applied
        assert "<img src=x" in output


def test_hostile_pages_extract_outputs(tmp_path: Path, capsys) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(
        f"---\nid: h2\ntitle: {json.dumps(HOSTILE_TITLE)}\n---\n"
        f"President Vladimir Putin [/bold] met Turkish President Recep Tayyip Erdogan in Sochi "
        f'on Monday {ESCAPES}. "{SCRIPT} is {IMG}," Putin said.',
        encoding="utf-8",
    )
    code, table = _cli(capsys, "extract", str(path), "--jobs", "1")
    assert code == 0, table
    assert "\x1b" not in table and "[/bold]" in table.replace("\n", "")
    code, explained = _cli(capsys, "extract", str(path), "--explain")
    assert code == 0, explained
    assert "\x1b" not in explained and SCRIPT in explained
    code, lines = _cli(capsys, "extract", str(path), "--jobs", "1", "-f", "jsonl")
    assert code == 0, lines
    evidence = [json.loads(line)["evidence"] for line in lines.splitlines() if line.startswith("{")]
    assert any(SCRIPT in text for text in evidence)  # JSON keeps the text exactly


# ---------------------------------------------------------------- data outputs


def test_hostile_pages_json_outputs_round_trip(stores: tuple[Path, Path], capsys) -> None:
    code, output = _cli(capsys, "timeline", "--store", str(stores[0]), "-f", "json")
    assert code == 0, output
    rows = json.loads(output[: output.rindex("]") + 1])
    assert {name for row in rows for name in row["agents"] + row["targets"]} == {
        HOSTILE_AGENT, HOSTILE_TARGET,
    }
    code, output = _cli(capsys, "actors", "--store", str(stores[0]), "-f", "json")
    assert code == 0, output
    assert {row["name"] for row in json.loads(output)} == {HOSTILE_AGENT, HOSTILE_TARGET}


@pytest.mark.parametrize(("format", "parser"), [("trig", "trig"), ("nq", "nquads"), ("ttl", "turtle"), ("jsonld", "json-ld")])
def test_hostile_pages_export_round_trip(
    format: str, parser: str, stores: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    out = tmp_path / f"export.{format}"
    code, output = _cli(capsys, "export", "--store", str(stores[0]), "-f", format, "-o", str(out))
    assert code == 0, output
    dataset = Dataset()
    dataset.parse(out, format=parser)
    literals = {str(o) for _, _, o, _ in dataset.quads() if isinstance(o, Literal)}
    for text in (HOSTILE_TITLE, HOSTILE_QUOTE, HOSTILE_AGENT, HOSTILE_TARGET):
        assert text in literals


def _article(folder: Path, title: str, quote: str, aside: str) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        f"---\nid: a1\npublished: 2024-03-04\ntitle: {json.dumps(title)}\nsource: {json.dumps(title)}\n---\n"
        f"Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi "
        f'on Monday {aside}. "{quote}," Putin said after the meeting.',
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_hostile_pages_real_pipeline(kind: str, tmp_path: Path, capsys) -> None:
    # The hostile document parsed and extracted for real, ingested, then drawn.
    pages = []
    for name, title, quote, aside in (
        ("hostile", HOSTILE_TITLE, HOSTILE_QUOTE, f"{MARKUP} {ESCAPES}"),
        ("harmless", "A plain title", "plain words", "as planned"),
    ):
        folder = _article(tmp_path / name, title, quote, aside)
        db, out = tmp_path / f"{name}.db", tmp_path / f"{name}.html"
        code, output = _cli(capsys, "ingest", str(folder), "--store", str(db), "--jobs", "1")
        assert code == 0, output
        code, output = _cli(capsys, "viz", "--store", str(db), "--kind", kind, "--out", str(out))
        assert code == 0, output
        pages.append(out.read_text(encoding="utf-8"))
    # The extractor may find other actors in the hostile text (the legend can differ), so
    # compare the kinds of elements and the scripts, not the whole structure.
    hostile, harmless = (_tags(page) for page in pages)
    for payload in PAYLOADS:
        assert payload not in pages[0]
    assert {tag for tag, _ in hostile} == {tag for tag, _ in harmless}
    assert [t for t in hostile if t[0] == "script"] == [t for t in harmless if t[0] == "script"]
    assert not any(name.startswith("on") for _, names in hostile for name in names)
