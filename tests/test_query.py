"""SPARQL over the store: parameters, the timeline, canned queries, event records, the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from eventgraph.cli import main
from eventgraph.errors import QueryError, StoreError
from eventgraph.query import (
    actors,
    bind_parameters,
    canned_queries,
    find_actors,
    load_query,
    run_query,
    stored_events,
    timeline,
)
from eventgraph.rdf import actor_iri, mint
from eventgraph.store import Store
from kg_samples import NETANYAHU, PUTIN, RUSSIA, extracted, sample_corpus


@pytest.fixture(scope="module")
def store() -> Store:
    opened = Store(None)
    opened.ingest(sample_corpus())
    return opened


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("query") / "db"
    with Store(path) as opened:
        opened.ingest(sample_corpus())
    return str(path)


# ------------------------------------------------------------------ parameters


@pytest.mark.parametrize(
    "value",
    ['x" } ; DROP ALL #', "x\\", "a\nb", "<http://x>", "}) . ?s ?p ?o . FILTER(true", "Putin"],
)
def test_query_parameters_are_literals_not_text(store: Store, value: str) -> None:
    query = "SELECT ?label WHERE { ?actor <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    result = run_query(store, query, {"label": value})
    assert result.rows == []
    assert len(store) > 0


def test_query_parameters_bind_iris_dates_and_lists(store: Store) -> None:
    query = "SELECT ?actor ?n WHERE { BIND(1 AS ?n) }"
    iris = [ox.NamedNode(str(actor_iri(PUTIN))), ox.NamedNode(str(actor_iri(RUSSIA)))]
    rows = run_query(store, query, {"actor": iris}).rows
    assert {row["actor"] for row in rows} == {str(actor_iri(PUTIN)), str(actor_iri(RUSSIA))}
    assert run_query(store, query, {"actor": []}).rows == []


@pytest.mark.parametrize("name", ["a b", "x}", "", "1a"])
def test_query_parameter_names_must_be_variables(name: str) -> None:
    with pytest.raises(QueryError, match="not a SPARQL variable name"):
        bind_parameters("SELECT * WHERE { }", {name: 1})


def test_query_parameters_skip_where_in_comments() -> None:
    text = "# WHERE { in a comment\nSELECT * WHERE { ?s ?p ?o }"
    bound = bind_parameters(text, {"o": 1})
    assert bound.startswith("# WHERE { in a comment\nSELECT * WHERE { VALUES (?o)")


# ------------------------------------------------------------------ the timeline


def test_query_timeline_in_date_order_undated_last(store: Store) -> None:
    rows = timeline(store)
    dates = [row.begin for row in rows if row.begin]
    assert dates == sorted(dates)
    assert [row.id for row in rows][:2] == ["kg-002-meeting-1", "kg-002-statement-1"]
    assert rows[-1].date is not None  # every sample event is dated


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "Putin"}, ["kg-002-meeting-1", "kg-001-call-1"]),
        ({"actor": "vladimir putin"}, ["kg-002-meeting-1", "kg-001-call-1"]),
        ({"actor": "Q159"}, ["kg-002-statement-1", "kg-001-vote-1", "kg-001-statement-1"]),
        ({"actor": "the kremlin"}, ["kg-002-statement-1", "kg-001-vote-1", "kg-001-statement-1"]),
        ({"actor": "Atlantis"}, []),
        ({"type": "call"}, ["kg-001-call-1"]),
        ({"type": "attack"}, ["kg-002-attack-1"]),
        # A date overlapping the range counts: "2023" reaches into December.
        ({"start": "2023-12-09"}, ["kg-002-statement-1", "kg-001-call-1", "kg-001-statement-1"]),
        ({"end": "2019-12-31"}, ["kg-002-meeting-1"]),
        ({"start": "2019-03-15", "end": "2019-03-15"}, ["kg-002-meeting-1"]),
        ({"start": "2023-10", "end": "2023-10"}, ["kg-002-statement-1", "kg-002-attack-1"]),
        ({"actor": "Netanyahu", "type": "statement"}, ["kg-001-statement-1"]),
    ],
)
def test_query_timeline_filters(store: Store, filters: dict, expected: list[str]) -> None:
    assert [row.id for row in timeline(store, **filters)] == expected


@pytest.mark.parametrize(
    ("filters", "message"),
    [({"type": "party"}, "unknown event type"), ({"start": "yesterday"}, "is not a date")],
)
def test_query_timeline_rejects_bad_filters(store: Store, filters: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        timeline(store, **filters)


def test_query_timeline_names_roles(store: Store) -> None:
    (call,) = timeline(store, type="call")
    assert (call.agents, call.targets, call.doc) == (
        ("Benjamin Netanyahu",),
        ("Vladimir Putin",),
        "kg-001",
    )
    assert call.evidence.startswith("Netanyahu spoke to Putin")


def _timeline_of_each_actor(store: Store, pairs, filters: dict) -> dict[str, tuple[list, list]]:
    """For every actor's name: its timeline, and the rows of the whole timeline it takes part in."""
    whole = timeline(store, **filters)
    found = {}
    for name in {a.name for _, events in pairs for e in events for a in e.actors}:
        iris = set(find_actors(store, name))  # a name may be shared by several actors
        # sem:hasActor: any role, including sponsor and voter.
        taking_part = {
            str(mint("event", e.id))
            for _, events in pairs
            for e in events
            if iris & {str(actor_iri(a)) for a in (*e.actors, *e.sponsors)}
        }
        found[name] = (
            timeline(store, actor=name, **filters),
            [row for row in whole if row.iri in taking_part],
        )
    return found


_FILTERS = [{}, {"type": "statement"}, {"start": "2023-10"}, {"end": "2019-12"}]


@pytest.mark.parametrize("filters", _FILTERS)
def test_query_actor_timeline_is_the_timeline_of_its_events(store: Store, filters: dict) -> None:
    # actor_timeline.rq reads each event's eg:timelineEntry; timeline.rq reads the facts
    # the entry repeats. Same rows, same order, same values.
    compared = _timeline_of_each_actor(store, sample_corpus(), filters)
    assert len(compared) >= 6
    for key, (own, expected) in compared.items():
        assert own == expected, key


@pytest.mark.slow
@pytest.mark.parametrize("filters", _FILTERS[:2])
def test_query_actor_timeline_unchanged_on_the_sample_corpus(nlp, filters: dict) -> None:
    data = Path(__file__).resolve().parents[1] / "data"
    if not any(p.suffix in (".txt", ".md", ".jsonl", ".html") for p in data.rglob("*")):
        pytest.skip("data/ holds no articles yet")
    pairs = extracted(str(data))
    store = Store(None)
    store.ingest(pairs)
    compared = _timeline_of_each_actor(store, pairs, filters)
    assert sum(len(own) for own, _ in compared.values()) > 0
    for key, (own, expected) in compared.items():
        assert own == expected, key


def test_query_actor_timeline_of_a_store_without_timeline_entries_says_reingest() -> None:
    # A store mapped before events carried eg:timelineEntry must not show an empty timeline.
    old = Store(None)
    old.ingest(sample_corpus())
    assert timeline(old, actor="Vladimir Putin")
    old.oxigraph.update(
        "DELETE WHERE { GRAPH ?g { ?e <https://w3id.org/eventgraph/ontology#timelineEntry> ?x } }"
    )
    with pytest.raises(StoreError, match="ingest the documents again"):
        timeline(old, actor="Vladimir Putin")
    assert timeline(old, actor="nobody of that name") == []


def test_query_find_actors_by_name_alias_and_wikidata(store: Store) -> None:
    expected = [str(actor_iri(RUSSIA))]
    assert (
        find_actors(store, "Russia")
        == find_actors(store, "MOSCOW")
        == find_actors(store, "Q159")
        == expected
    )


def test_query_seed_timeline(shared_dir: Path, nlp) -> None:
    pairs = extracted(str(shared_dir / "corpus" / "seed"))
    store = Store(None)
    store.ingest(pairs)
    rows = timeline(store)
    dated = [row.begin for row in rows if row.begin]
    assert dated == sorted(dated)
    assert len(rows) == sum(len(events) for _, events in pairs)
    calls = [row for row in timeline(store, actor="Putin", type="call") if row.date == "2023-12-10"]
    found = [
        e
        for _, events in pairs
        for e in events
        if e.type == "call" and e.date and e.date.value == "2023-12-10"
    ]
    if not found:
        pytest.skip("extraction does not find the Netanyahu-Putin call yet")
    assert any("Benjamin Netanyahu" in row.agents + row.targets for row in calls)


# ------------------------------------------------------------------ canned queries


def test_query_every_canned_query_is_documented() -> None:
    queries = canned_queries()
    assert {
        "timeline",
        "interactions",
        "votes",
        "attacks",
        "statements",
        "sources",
        "actors",
    } <= set(queries)
    assert all(description for description in queries.values())


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_query_canned_queries_parse_and_run(store: Store, name: str) -> None:
    result = run_query(store, name)
    assert result.variables


def test_query_interactions(store: Store) -> None:
    rows = run_query(store, "interactions").rows
    assert [(r["type"], r["agentName"], r["targetName"]) for r in rows] == [
        ("meeting", "Vladimir Putin", "Benjamin Netanyahu"),
        ("call", "Benjamin Netanyahu", "Vladimir Putin"),
    ]


def test_query_votes_with_ballots(store: Store) -> None:
    rows = run_query(store, "votes").rows
    assert {(r["voterName"], r["position"]) for r in rows} == {
        ("United States", "veto"),
        ("Russia", "yes"),
    }
    assert {(r["body"], r["outcome"], r["yes"], r["no"], r["abstain"]) for r in rows} == {
        ("UN Security Council", "vetoed", 13, None, 1)
    }


def test_query_attacks_with_casualties(store: Store) -> None:
    (row,) = run_query(store, "attacks").rows
    assert (row["agents"], row["targets"], row["killed"], row["injured"]) == (
        "Hamas",
        "Israel",
        1200,
        None,
    )


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (NETANYAHU, [("criticism", "this is unacceptable", "Russia")]),
        (RUSSIA, [("claim", None, None)]),
    ],
)
def test_query_statements_by_an_actor(store: Store, actor, expected) -> None:
    bindings = {"actor": [ox.NamedNode(str(actor_iri(actor)))]}
    rows = run_query(store, "statements", bindings).rows
    assert [(r["statementType"], r["quote"], r["targets"]) for r in rows] == expected


def test_query_sources_of_an_event(store: Store) -> None:
    (row,) = run_query(store, "sources", {"eventId": "kg-001-call-1"}).rows
    assert (row["doc"], row["title"], row["publisher"], row["published"]) == (
        "kg-001",
        "Netanyahu speaks to Putin",
        "Example Wire",
        "2023-12-11",
    )
    assert (row["text"], row["attribution"]) == ("spoke", "Reuters")
    assert row["sentence"] == "Netanyahu spoke to Putin on Sunday."


def test_query_actors_with_counts(store: Store) -> None:
    rows = {row.name: row for row in actors(store)}
    assert rows["Russia"].events == 3
    assert rows["Russia"].wikidata == "Q159"
    assert set(rows["Russia"].aliases) == {"Moscow", "the Kremlin"}
    assert rows["Hamas"].kind == "group"
    assert rows["Hamas"].wikidata is None


def test_query_load_query_from_file(tmp_path: Path) -> None:
    path = tmp_path / "count.rq"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert load_query(str(path)) == path.read_text()


def test_query_malformed_sparql(store: Store) -> None:
    with pytest.raises(QueryError, match="not valid SPARQL"):
        run_query(store, "SELECT WHERE {")


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }",
        "# a comment\nDROP ALL",
        "clear default",
    ],
)
def test_query_update_is_refused(store: Store, update: str) -> None:
    before = len(store)
    with pytest.raises(QueryError, match="SPARQL Update is not accepted"):
        run_query(store, update)
    assert len(store) == before


# ------------------------------------------------------------------ event records from the store


def test_query_stored_events_round_trip(store: Store) -> None:
    originals = {e.id: e for _, events in sample_corpus() for e in events}
    rebuilt = {e.id: e for e in stored_events(store)}
    assert rebuilt.keys() == originals.keys()
    for event_id, event in rebuilt.items():
        original = originals[event_id]
        assert {a.key for a in event.agents} == {a.key for a in original.agents}
        assert {a.key for a in event.targets} == {a.key for a in original.targets}
        assert event.date == original.date
        assert (event.subtype, event.quote, event.outcome, event.tally, event.casualties) == (
            original.subtype,
            original.quote,
            original.outcome,
            original.tally,
            original.casualties,
        )
        assert {(b.actor.key, b.position) for b in event.ballots} == {
            (b.actor.key, b.position) for b in original.ballots
        }
        assert [(m.start, m.end, m.text) for m in event.mentions] == sorted(
            (m.start, m.end, m.text) for m in original.mentions
        )
        assert event.location == original.location
        assert event.confidence == pytest.approx(original.confidence)


def test_query_stored_events_keep_actor_descriptions(store: Store) -> None:
    (call,) = stored_events(store, actor="Putin", type="call")
    assert call.agents[0] == NETANYAHU
    assert mint("actor", call.targets[0].key) == actor_iri(PUTIN)


# ------------------------------------------------------------------ CLI


def test_query_cli_formats(db: str, capsys) -> None:
    query = "SELECT ?id WHERE { ?e <http://purl.org/dc/terms/identifier> ?id ; a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> } ORDER BY ?id"
    assert main(["query", query, "--format", "csv", "--store", db]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["id"] and len(rows) == 7
    assert main(["query", query, "--format", "tsv", "--store", db]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "kg-001-call-1"
    assert main(["query", query, "--format", "json", "--store", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["head"]["vars"] == ["id"] and len(data["results"]["bindings"]) == 6
    assert main(["query", "votes", "--store", db]) == 0
    assert "2 row(s)" in capsys.readouterr().err


def test_query_cli_binds_params_and_actor(db: str, capsys) -> None:
    assert (
        main(["query", "sources", "-p", "eventId=kg-002-attack-1", "-f", "csv", "--store", db]) == 0
    )
    assert "kg-002" in capsys.readouterr().out
    assert main(["query", "statements", "--actor", "Netanyahu", "-f", "json", "--store", db]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert [r["speaker"] for r in rows] == ["Benjamin Netanyahu"]


def test_query_cli_timeline_json(db: str, capsys) -> None:
    assert main(["timeline", "--actor", "Putin", "--format", "json", "--store", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["date"] for row in rows] == ["2019-03", "2023-12-10"]
    assert {"date", "type", "agents", "targets", "evidence", "doc"} <= set(rows[0])
    assert main(["timeline", "--from", "2023-12", "--to", "2023-12", "--store", db]) == 0
    assert "Putin" in capsys.readouterr().out
    assert main(["timeline", "--limit", "2", "--format", "json", "--store", db]) == 0
    assert [row["date"] for row in json.loads(capsys.readouterr().out)] == ["2019-03", "2023"]


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["timeline", "--type", "party"], 2),
        (["timeline", "--from", "soon"], 2),
        (["query", "missing.rq"], 1),
        (["query", "SELECT WHERE {"], 1),
    ],
)
def test_query_cli_errors(db: str, capsys, args: list[str], status: int) -> None:
    assert main([*args, "--store", db]) == status
    assert capsys.readouterr().err


def test_query_cli_actors(db: str, capsys) -> None:
    assert main(["actors", "--format", "json", "--store", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    russia = next(row for row in rows if row["name"] == "Russia")
    assert (russia["kind"], russia["wikidata"], russia["events"]) == ("country", "Q159", 3)
    assert main(["actors", "--store", db]) == 0
    assert "Hamas" in capsys.readouterr().out


def test_query_cli_missing_store(tmp_path: Path, capsys) -> None:
    assert main(["timeline", "--store", str(tmp_path / "nothing")]) == 1
    assert "no store at" in capsys.readouterr().err


def test_query_event_counts_per_type_and_month(store: Store) -> None:
    rows = run_query(store, "event_counts").rows
    assert [(r["month"], r["type"], r["events"]) for r in rows] == [
        ("2019-03", "meeting", 1),
        ("2023-10", "attack", 1),
        ("2023-12", "call", 1),
        ("2023-12", "statement", 1),
        ("2023-12", "vote", 1),
    ]


def test_query_co_participants_of_one_actor(store: Store) -> None:
    netanyahu = [ox.NamedNode(iri) for iri in find_actors(store, "Netanyahu")]
    rows = run_query(store, "co_participants", {"actor": netanyahu}).rows
    assert [(r["name"], r["events"]) for r in rows] == [("Vladimir Putin", 2), ("Russia", 1)]
