"""Pushing document graphs to a running SPARQL server (``oxigraph serve``), then querying it."""

from __future__ import annotations

import dataclasses
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from eventgraph.cli import main
from eventgraph.push import PushError, push, redact
from eventgraph.query import timeline
from eventgraph.rdf import document_graph
from eventgraph.server import free_port
from eventgraph.store import Store
from kg_samples import sample_corpus

pytestmark = pytest.mark.server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


@pytest.fixture
def remote():
    """A fresh read-write Oxigraph server in memory, on a free localhost port."""
    port = free_port()
    oxigraph = Path(sys.executable).parent / "oxigraph"
    process = subprocess.Popen(
        # The union default graph, as `eventgraph serve` offers, lets the canned queries run.
        [str(oxigraph), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            assert process.poll() is None, "oxigraph serve exited"
            assert time.monotonic() < deadline, "oxigraph serve did not start"
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=20)


def ask(base: str, query: str) -> list[dict]:
    client = SPARQLWrapper(f"{base}/query")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]


def count(base: str) -> int:
    return int(ask(base, COUNT)[0]["n"]["value"])


def expected_triples(pairs) -> int:
    return sum(len(document_graph(d, e)) for d, e in pairs)


@pytest.mark.parametrize("protocol", ["update", "graph-store"])
def test_push_replaces_each_document_graph(remote: str, protocol: str) -> None:
    pairs = sample_corpus()
    store = Store(None)
    store.ingest(pairs)
    target = (
        {"endpoint": f"{remote}/update"}
        if protocol == "update"
        else {"graph_store": f"{remote}/store"}
    )
    report = push(store, **target)
    assert (report.graphs, report.triples) == (2, expected_triples(pairs))
    assert count(remote) == expected_triples(pairs)
    push(store, **target)  # again: replaced, not added
    assert count(remote) == expected_triples(pairs)
    (document, events), other = pairs
    store.ingest([(document, events[:1])])  # the store drops two events of kg-001
    push(store, **target)
    assert count(remote) == expected_triples([(document, events[:1]), other])
    graphs = [row["g"]["value"] for row in ask(remote, GRAPHS)]
    assert graphs == sorted(str(document_graph(d, []).identifier) for d, _ in pairs)


def test_push_then_run_the_timeline_remotely(remote: str) -> None:
    from eventgraph.query import load_query

    store = Store(None)
    store.ingest(sample_corpus())
    push(store, f"{remote}/update")
    rows = ask(remote, load_query("timeline"))
    assert [row["id"]["value"] for row in rows] == [row.id for row in timeline(store)]


def test_push_cli(remote: str, tmp_path: Path, capsys) -> None:
    db = tmp_path / "db"
    with Store(db) as store:
        store.ingest(sample_corpus())
    assert main(["push", "--endpoint", f"{remote}/update", "--store", str(db)]) == 0
    assert "replaced 2 graph(s)" in capsys.readouterr().err
    assert count(remote) == expected_triples(sample_corpus())


def test_push_never_prints_credentials(tmp_path: Path, capsys) -> None:
    db = tmp_path / "db"
    with Store(db) as store:
        store.ingest(sample_corpus())
    port = free_port()  # nothing listens there
    url = f"http://alice:s3cret-pw@127.0.0.1:{port}/update"
    assert main(["push", "--endpoint", url, "--store", str(db)]) == 1
    captured = capsys.readouterr()
    assert "s3cret-pw" not in captured.err + captured.out
    assert "alice" not in captured.err + captured.out
    assert "cannot reach http://127.0.0.1" in captured.err


def test_push_sends_credentials_as_basic_auth(remote: str) -> None:
    # Oxigraph ignores authentication; the push must still succeed with it.
    store = Store(None)
    store.ingest(sample_corpus())
    host = remote.removeprefix("http://")
    report = push(store, f"http://user:pw@{host}/update")
    assert report.target == f"http://***@{host}/update"
    assert count(remote) == expected_triples(sample_corpus())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://localhost:7878/update", "http://localhost:7878/update"),
        ("https://alice:secret@example.org/sparql", "https://***@example.org/sparql"),
        ("https://token@example.org/x?graph=a", "https://***@example.org/x?graph=a"),
    ],
)
def test_push_redact(url: str, expected: str) -> None:
    assert redact(url) == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "give a SPARQL Update --endpoint"),
        ({"endpoint": "ftp://example.org/x"}, "is not an http"),
    ],
)
def test_push_bad_targets(kwargs: dict, message: str) -> None:
    store = Store(None)
    store.ingest(sample_corpus())
    with pytest.raises(PushError, match=message):
        push(store, **kwargs)


def test_push_reports_refusals(remote: str) -> None:
    store = Store(None)
    store.ingest(sample_corpus())
    with pytest.raises(PushError, match="answered 4"):
        push(store, f"{remote}/no-such-endpoint")
    assert dataclasses.is_dataclass(push(store, f"{remote}/update"))
