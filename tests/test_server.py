"""The read-only SPARQL endpoint, tested against a running server with SPARQLWrapper."""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from eventgraph.errors import StoreLockedError
from eventgraph.server import ServerError, free_port, serve
from eventgraph.store import Store
from kg_samples import sample_corpus

pytestmark = pytest.mark.server

COUNT_EVENTS = """
SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {
  ?event a <http://semanticweb.cs.vu.nl/2009/11/sem/Event>
}"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("server") / "db"
    with Store(path) as store:
        store.ingest(sample_corpus())
    return path


@pytest.fixture(scope="module")
def server(db: Path):
    with serve(db, port=0, timeout=5) as running:
        yield running


def ask(url: str, query: str) -> list[dict]:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]


def test_server_answers_sparql_queries(server) -> None:
    rows = ask(server.url, COUNT_EVENTS)
    assert rows[0]["n"]["value"] == "6"


def test_server_runs_the_timeline_query(server) -> None:
    from eventgraph.query import load_query

    rows = ask(server.url, load_query("timeline"))
    dates = [row["begin"]["value"] for row in rows if "begin" in row]
    assert len(rows) == 6
    assert dates == sorted(dates)


def test_server_listens_on_loopback_by_default(server) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    assert server.url.endswith("/query")


@pytest.mark.parametrize(
    ("path", "body", "content_type", "method"),
    [
        ("/update", b"DROP ALL", "application/sparql-update", "POST"),
        ("/store?default", b"<http://a> <http://b> <http://c> .", "application/n-triples", "PUT"),
        ("/store?default", b"", "application/n-triples", "DELETE"),
    ],
)
def test_server_refuses_writes(server, path, body, content_type, method) -> None:
    base = server.url.rsplit("/", 1)[0]
    request = urllib.request.Request(
        base + path, data=body or None, method=method, headers={"Content-Type": content_type}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code >= 400
    assert ask(server.url, COUNT_EVENTS)[0]["n"]["value"] == "6"


def test_server_keeps_writers_out(server, db: Path) -> None:
    with pytest.raises(StoreLockedError, match="store is in use"):
        Store(db)


def test_server_port_in_use(server) -> None:
    port = int(server.url.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(ServerError, match="already in use"):
        serve(server.store.path, port=port)


def test_server_cli_prints_its_url_and_stops(db: Path, tmp_path: Path) -> None:
    # A second reader of the same store: the module's server holds it too.
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "eventgraph.cli", "serve", "--port", str(port), "--store", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in line
        assert ask(f"http://127.0.0.1:{port}/query", COUNT_EVENTS)[0]["n"]["value"] == "6"
    finally:
        process.terminate()
        process.wait(timeout=20)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=5)


@pytest.mark.parametrize(
    "name", ["timeline", "interactions", "votes", "attacks", "statements", "sources", "actors"]
)
def test_server_sparqlwrapper_sees_canned_queries_as_select(name: str) -> None:
    # SPARQLWrapper guesses the query form from the text, comments included.
    from eventgraph.query import load_query

    client = SPARQLWrapper("http://127.0.0.1:1/query")
    client.setQuery(load_query(name))
    assert client.queryType == "SELECT"
