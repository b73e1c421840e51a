"""Names and filters from the command line reach SPARQL as values, never as query text.

A store holds actors whose names are SPARQL fragments (quotes, braces,
comments, backslashes, newlines). Asking for each by name must return exactly
its own events; asking for a fragment that would widen or break a query
pasted as text must return nothing (or "no actor named ..."), never every
event and never a query error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventgraph.analysis import events_from_store
from eventgraph.cli import main
from eventgraph.query import bind_parameters, find_actors, run_query, timeline
from eventgraph.records import Actor, Document, Event, EventDate, Mention
from eventgraph.store import Store

HOSTILE = [
    'Evil" } DROP ALL #',
    "Back\\slash\\\" ) || true #",
    'Brace } UNION { ?s ?p ?o',
    "Quote' ; DELETE WHERE { ?s ?p ?o } #",
    'Angle> <http://evil.example/x',
    "Dollar $actor ?event",
    "person:Keyed> } #",
    "RTL \u202eName\u202c \U0001f600 e\u0301",
]
# Fragments that would change a query if pasted into it: none names an actor.
WIDENING = [
    '" || true || "',
    '") || true #',
    "x\" } UNION { ?event a ?c } #",
    '\\" || "" = "',
    "\\",
    '"',
    "}",
    "#",
    "x\n} #",
]
PARTNER = Actor("Plain Partner", "person")


def _corpus() -> list[tuple[Document, list[Event]]]:
    results = []
    for n, name in enumerate(HOSTILE):
        doc = f"h{n}"
        text = f"{name} met Plain Partner in Geneva."
        start = text.index(" met ") + 1
        event = Event(
            f"{doc}-meeting-1",
            doc,
            "meeting",
            agents=(Actor(name, "person"),),
            targets=(PARTNER,),
            date=EventDate(f"2024-02-{n + 1:02d}"),
            mentions=(Mention(doc, start, start + 3, "met"),),
            evidence=text,
        )
        results.append((Document(doc, text, title=name), [event]))
    return results


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("injection") / "db"
    with Store(path) as store:
        store.ingest(_corpus())
    return path


@pytest.fixture
def store(store_path: Path):
    with Store(store_path, read_only=True) as opened:
        yield opened


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ---------------------------------------------------------------- library


@pytest.mark.parametrize("name", HOSTILE)
def test_injection_timeline_actor_is_a_value(store, name: str) -> None:
    rows = timeline(store, actor=name)
    assert [row.doc for row in rows] == [f"h{HOSTILE.index(name)}"]


@pytest.mark.parametrize("name", HOSTILE)
def test_injection_events_from_store_actor_is_a_value(store, name: str) -> None:
    events = events_from_store(store, actors=[name])
    assert [event.doc for event in events] == [f"h{HOSTILE.index(name)}"]
    assert [a.name for a in events[0].agents] == [name]


@pytest.mark.parametrize("name", HOSTILE)
def test_injection_find_actors_is_a_value(store, name: str) -> None:
    assert len(find_actors(store, name)) == 1


@pytest.mark.parametrize("fragment", WIDENING)
def test_injection_fragments_match_nothing(store, fragment: str) -> None:
    assert timeline(store, actor=fragment) == []
    assert events_from_store(store, actors=[fragment]) == []
    assert find_actors(store, fragment) == []


@pytest.mark.parametrize("fragment", WIDENING + HOSTILE)
def test_injection_bound_parameter_is_one_literal(store, fragment: str) -> None:
    query = "SELECT ?x WHERE { BIND(?value AS ?x) }"
    result = run_query(store, query, {"value": fragment})
    assert result.rows == [{"x": fragment}]
    assert bind_parameters(query, {"value": fragment}).count("BIND(?value AS ?x)") == 1


# ---------------------------------------------------------------- command line


@pytest.mark.parametrize("name", HOSTILE)
def test_injection_cli_timeline_actor(store_path: Path, capsys, name: str) -> None:
    code, out, err = _cli(capsys, "timeline", "--store", str(store_path), "--actor", name, "-f", "json")
    assert code == 0, err
    assert [row["doc"] for row in json.loads(out)] == [f"h{HOSTILE.index(name)}"]


@pytest.mark.parametrize("fragment", WIDENING)
def test_injection_cli_timeline_fragment(store_path: Path, capsys, fragment: str) -> None:
    code, out, err = _cli(capsys, "timeline", "--store", str(store_path), "--actor", fragment, "-f", "json")
    assert code == 0, err
    assert json.loads(out) == []


@pytest.mark.parametrize("name", HOSTILE)
def test_injection_cli_path(store_path: Path, capsys, name: str) -> None:
    code, out, err = _cli(capsys, "path", name, "Plain Partner", "--store", str(store_path))
    assert code == 0, err
    assert out.startswith(name) and out.rstrip().endswith("Plain Partner")


@pytest.mark.parametrize("fragment", WIDENING)
def test_injection_cli_path_fragment(store_path: Path, capsys, fragment: str) -> None:
    code, out, err = _cli(capsys, "path", fragment, "Plain Partner", "--store", str(store_path))
    assert code == 1
    assert err.startswith("error: no actor named"), err
    assert "internal error" not in err and "query" not in err.lower()


@pytest.mark.parametrize("name", HOSTILE)
def test_injection_cli_viz_actor(store_path: Path, tmp_path: Path, capsys, name: str) -> None:
    out_file = tmp_path / "v.html"
    code, out, err = _cli(
        capsys, "viz", "--store", str(store_path), "--actor", name, "--out", str(out_file)
    )
    assert code == 0, err
    assert ": 2 actors, 1 events" in out  # the hostile actor, its partner and their one event


@pytest.mark.parametrize("fragment", WIDENING)
def test_injection_cli_viz_fragment(store_path: Path, tmp_path: Path, capsys, fragment: str) -> None:
    code, out, err = _cli(
        capsys, "viz", "--store", str(store_path), "--actor", fragment, "--out", str(tmp_path / "v.html")
    )
    assert code == 1
    assert not (tmp_path / "v.html").exists()
    assert "internal error" not in err and "not valid SPARQL" not in err


@pytest.mark.parametrize("fragment", WIDENING + HOSTILE)
def test_injection_cli_query_param(store_path: Path, capsys, fragment: str) -> None:
    code, out, err = _cli(
        capsys, "query", "SELECT ?x WHERE { BIND(?value AS ?x) }", "--store", str(store_path),
        "--param", f"value={fragment}", "-f", "json",
    )
    assert code == 0, err
    [row] = json.loads(out)["results"]["bindings"]
    assert row == {"x": fragment}


@pytest.mark.parametrize("name", ['x } #', "x\ny", "?x", "x y", "1x", ""])
def test_injection_cli_query_param_name_is_checked(store_path: Path, capsys, name: str) -> None:
    code, out, err = _cli(
        capsys, "query", "SELECT ?x WHERE { BIND(1 AS ?x) }", "--store", str(store_path),
        "--param", f"{name}=1",
    )
    assert code in (1, 2)
    assert "internal error" not in err


@pytest.mark.parametrize("name", HOSTILE)
def test_injection_cli_query_actor(store_path: Path, capsys, name: str) -> None:
    code, out, err = _cli(
        capsys, "query", "SELECT ?actor WHERE { ?actor a ?kind }", "--store", str(store_path),
        "--actor", name, "-f", "json",
    )
    assert code == 0, err
    assert len({row["actor"] for row in json.loads(out)["results"]["bindings"]}) == 1
