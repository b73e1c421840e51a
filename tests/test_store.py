"""The on-disk store: location, ingest and replacement, transactions, locking, export."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from eventgraph.cli import main
from eventgraph.errors import StoreError, StoreLockedError
from eventgraph.namespace import EG
from eventgraph.rdf import document_graph, document_iri, mint
from eventgraph.records import Actor, Document, Event, EventDate, Mention
from eventgraph.store import DEFAULT_STORE, STORE_ENV, Store, store_path
from kg_samples import sample_corpus


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [
        ("a.db", None, "a.db"),
        ("a.db", "b.db", "a.db"),
        (None, "b.db", "b.db"),
        (None, None, DEFAULT_STORE),
        (None, "", DEFAULT_STORE),
    ],
)
def test_store_path_resolution(monkeypatch, given, env, expected) -> None:
    if env is None:
        monkeypatch.delenv(STORE_ENV, raising=False)
    else:
        monkeypatch.setenv(STORE_ENV, env)
    assert store_path(given) == Path(expected)


def test_store_ingest_twice_gives_the_same_triples(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        first = store.ingest(sample_corpus())
        second = store.ingest(sample_corpus())
    assert first.triples == second.triples > 0
    assert (first.documents, first.events) == (2, 6)


def test_store_holds_exactly_the_mapped_graphs(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        store.ingest(sample_corpus())
        dataset = Dataset()
        dataset.parse(data=store.export("nq").decode(), format="nquads")
    for document, events in sample_corpus():
        expected = document_graph(document, events)
        assert isomorphic(dataset.graph(expected.identifier), expected)


def test_store_reingest_replaces_stale_facts(tmp_path: Path) -> None:
    (document, events), other = sample_corpus()
    with Store(tmp_path / "db") as store:
        store.ingest([(document, events), other])
        store.ingest([(document, events[:1])])
        remaining = {row.id for row in __import__("eventgraph.query").query.timeline(store)}
    assert "kg-001-call-1" in remaining
    assert "kg-001-vote-1" not in remaining
    assert "kg-002-attack-1" in remaining  # the other document is untouched


def test_store_reingest_replaces_timeline_entries(tmp_path: Path) -> None:
    from eventgraph.query import timeline

    (document, events), other = sample_corpus()
    entries = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?event <{EG.timelineEntry}> ?entry }}"
    with Store(tmp_path / "db") as store:
        store.ingest([(document, events), other])
        assert [r.id for r in timeline(store, actor="Russia")] == [
            "kg-002-statement-1",
            "kg-001-vote-1",
            "kg-001-statement-1",
        ]
        changed = dataclasses.replace(events[2], evidence="Netanyahu criticised Moscow.")
        store.ingest([(document, [changed])])
        (row,) = store.query(entries)
        assert int(row["n"].value) == 1 + len(other[1])
        assert [(r.id, r.evidence) for r in timeline(store, actor="Russia")] == [
            ("kg-002-statement-1", "Russia said in 2023 it would help."),
            ("kg-001-statement-1", "Netanyahu criticised Moscow."),
        ]


def test_store_interrupted_ingest_leaves_whole_documents(tmp_path: Path) -> None:
    pairs = sample_corpus()

    def interrupted():
        yield pairs[0]
        raise KeyboardInterrupt

    with Store(tmp_path / "db") as store:
        with pytest.raises(KeyboardInterrupt):
            store.ingest(interrupted(), batch_documents=1)
        assert store.documents() == ["kg-001"]
        assert len(store) == len(document_graph(*pairs[0]))
        store.ingest(pairs)  # a rerun completes it
        assert store.documents() == ["kg-001", "kg-002"]


def test_store_failed_batch_writes_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        store.ingest(sample_corpus())
        before = len(store)
        good = '<http://example.org/a> <http://example.org/b> "c" .'
        with pytest.raises(StoreError):
            store.replace_documents({"kg-001": good, "kg-002": "<not n-triples"})
        assert len(store) == before
        assert store.documents() == ["kg-001", "kg-002"]


def test_store_remove_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        store.ingest(sample_corpus())
        store.remove_documents(["kg-002"])
        assert store.documents() == ["kg-001"]
        assert store.graphs() == [str(document_iri("kg-001"))]


_HOLD = textwrap.dedent(
    """
    import sys, time
    from eventgraph.store import Store
    store = Store(sys.argv[1], read_only=sys.argv[2] == "read")
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


@pytest.fixture
def other_process(tmp_path: Path):
    """Open the store in another process, in a given mode, until the test ends."""
    started = []

    def hold(path: Path, mode: str) -> None:
        process = subprocess.Popen(
            [sys.executable, "-c", _HOLD, str(path), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "open"

    yield hold
    for process in started:
        process.communicate("\n", timeout=30)


@pytest.mark.parametrize(
    ("other", "mine"),
    [("write", "write"), ("write", "read"), ("read", "write")],
)
def test_store_locked_while_another_process_uses_it(tmp_path, other_process, other, mine) -> None:
    path = tmp_path / "db"
    Store(path).close()
    other_process(path, other)
    with pytest.raises(StoreLockedError, match="store is in use"):
        Store(path, read_only=mine == "read")


def test_store_readers_share(tmp_path: Path, other_process) -> None:
    path = tmp_path / "db"
    with Store(path) as store:
        store.ingest(sample_corpus())
    other_process(path, "read")
    with Store(path, read_only=True) as first, Store(path, read_only=True) as second:
        assert len(first) == len(second) > 0


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no store at"),
        (lambda p: p.write_text("x"), "is a file"),
    ],
)
def test_store_cannot_open(tmp_path: Path, make, message) -> None:
    path = tmp_path / "db"
    make(path)
    with pytest.raises(StoreError, match=message):
        Store(path, read_only=True)


def test_store_read_only_refuses_writes(tmp_path: Path) -> None:
    Store(tmp_path / "db").close()
    with (
        Store(tmp_path / "db", read_only=True) as store,
        pytest.raises(StoreError, match="read-only"),
    ):
        store.ingest(sample_corpus())


@pytest.mark.parametrize(("format", "parser"), [("ttl", "turtle"), ("nt", "nt")])
def test_store_export_triples(tmp_path: Path, format: str, parser: str) -> None:
    with Store(tmp_path / "db") as store:
        store.ingest(sample_corpus())
        data = store.export(format)
    expected = Graph()
    for document, events in sample_corpus():
        expected += document_graph(document, events)
    assert isomorphic(Graph().parse(data=data.decode(), format=parser), expected)


@pytest.mark.parametrize(
    ("format", "parser"), [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")]
)
def test_store_export_named_graphs(tmp_path: Path, format: str, parser: str) -> None:
    with Store(tmp_path / "db") as store:
        store.ingest(sample_corpus())
        data = store.export(format)
    dataset = Dataset()
    dataset.parse(data=data.decode(), format=parser)
    for document, events in sample_corpus():
        expected = document_graph(document, events)
        assert isomorphic(dataset.graph(expected.identifier), expected)


def test_store_jsonld_uses_the_context(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as store:
        store.ingest(sample_corpus())
        data = json.loads(store.export("jsonld"))
    assert "@context" in data
    assert data["@context"]["eg"] == "https://w3id.org/eventgraph/ontology#"


def test_store_unknown_export_format() -> None:
    with pytest.raises(StoreError, match="unknown export format"):
        Store(None).export("xml")


# ------------------------------------------------------------------ round trips (hypothesis)

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20
)
_names = st.text(alphabet="abcdefghij XYZ-'\"\\é", min_size=1, max_size=12).filter(str.strip)
_actors = st.builds(
    Actor,
    name=_names,
    kind=st.sampled_from(["person", "organization", "country", "group"]),
    aliases=st.lists(_names, max_size=2).map(tuple),
    wikidata=st.one_of(st.none(), st.integers(1, 10**6).map(lambda n: f"Q{n}")),
    role=st.one_of(st.none(), _text),
)
_dates = st.one_of(
    st.none(),
    st.dates().map(lambda d: EventDate(d.isoformat(), "day")),
    st.dates().map(lambda d: EventDate(d.isoformat()[:7], "month")),
)


@st.composite
def _documents(draw):
    text = draw(st.text(min_size=5, max_size=60).filter(str.strip))
    document = Document(
        draw(st.sampled_from(["d1", "doc 2", "d_3"])),
        text,
        title=draw(st.one_of(st.none(), _text)),
        source=draw(st.one_of(st.none(), _text)),
    )
    events = []
    for i in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        events.append(
            Event(
                f"{document.id}-e{i}",
                document.id,
                draw(st.sampled_from(["call", "meeting", "statement", "attack", "vote"])),
                agents=tuple(draw(st.lists(_actors, max_size=2))),
                targets=tuple(draw(st.lists(_actors, max_size=2))),
                date=draw(_dates),
                evidence=draw(_text),
                confidence=draw(st.floats(0, 1)),
                mentions=(Mention(document.id, start, end, text[start:end]),),
            )
        )
    return document, events


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=_documents())
def test_store_turtle_and_jsonld_exports_round_trip(pair) -> None:
    store = Store(None)
    store.ingest([pair])
    expected = document_graph(*pair)
    turtle = Graph().parse(data=store.export("ttl").decode(), format="turtle")
    assert isomorphic(turtle, expected)
    dataset = Dataset()
    dataset.parse(data=store.export("jsonld").decode(), format="json-ld")
    assert isomorphic(dataset.graph(expected.identifier), expected)
    again = Dataset()
    again.parse(data=dataset.serialize(format="json-ld"), format="json-ld")
    assert isomorphic(again.graph(expected.identifier), expected)


# ------------------------------------------------------------------ CLI


def test_store_cli_ingest_and_export(tmp_path: Path, capsysbinary, shared_dir: Path, nlp) -> None:
    db = str(tmp_path / "db")
    seed = str(shared_dir / "corpus" / "seed")
    assert main(["ingest", seed, "--store", db]) == 0
    first = capsysbinary.readouterr().err.decode()
    assert main(["ingest", seed, "--store", db]) == 0
    second = capsysbinary.readouterr().err.decode()
    assert "ingested 1 document(s)" in first
    assert first.split("(")[-1] == second.split("(")[-1]  # same number of triples
    assert main(["export", "--format", "nq", "--store", db]) == 0
    quads = capsysbinary.readouterr().out.decode()
    assert f"<{document_iri('seed-001')}> ." in quads


def test_store_cli_reports_a_locked_store(tmp_path: Path, capsys, other_process) -> None:
    path = tmp_path / "db"
    Store(path).close()
    other_process(path, "write")
    assert main(["export", "--store", str(path)]) == 1
    assert "store is in use" in capsys.readouterr().err


def test_store_dataclasses_stay_frozen() -> None:
    # The mapping relies on records being hashable values.
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample_corpus()[0][0].id = "x"  # type: ignore[misc]
    assert mint("doc", "x") == document_iri("x")
