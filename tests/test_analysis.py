"""Projections, queries and the store path of eventgraph.analysis, and their CLI commands."""

from __future__ import annotations

import networkx as nx
import pytest

from eventgraph.analysis import (
    ActorNotFoundError,
    NoPathError,
    actor_centrality,
    actor_communities,
    actor_event_graph,
    actor_graph,
    event_path,
    event_timeline_graph,
    events_from_store,
    filter_events,
    find_actor,
    parse_period,
    with_sources,
)
from eventgraph.cli import main
from eventgraph.records import Actor, Ballot, Document, Event, EventDate

NETANYAHU = Actor("Benjamin Netanyahu", "person")
PUTIN = Actor("Vladimir Putin", "person", aliases=("Putin",))
RUSSIA = Actor("Russia", "country", wikidata="Q159")
USA = Actor("United States", "country", wikidata="Q30")
ERDOGAN = Actor("Recep Tayyip Erdogan", "person")
HAMAS = Actor("Hamas", "group")
MACRON = Actor("Emmanuel Macron", "person")


def _event(id, type, date, agents=(), targets=(), ballots=(), doc="d1", **kw):
    return Event(
        id,
        doc,
        type,
        agents=tuple(agents),
        targets=tuple(targets),
        ballots=tuple(ballots),
        date=EventDate(date, "day" if date and len(date) == 10 else "month") if date else None,
        evidence=kw.pop("evidence", f"Evidence of {id}."),
        **kw,
    )


EVENTS = [
    _event("e1", "call", "2023-12-10", [NETANYAHU], [PUTIN]),
    _event("e2", "call", "2023-12-12", [PUTIN], [NETANYAHU], doc="d2"),
    _event(
        "e3",
        "vote",
        "2023-12-08",
        ballots=[Ballot(RUSSIA, "yes"), Ballot(USA, "veto")],
        doc="d2",
    ),
    _event("e4", "meeting", "2023-12", [PUTIN], [RUSSIA]),
    _event("e5", "statement", None, [ERDOGAN]),
    _event("e6", "attack", "2023-11-30", [HAMAS], [], doc="d3"),
    _event("e7", "meeting", "2024-01-05", [MACRON, ERDOGAN]),
]


# ---------------------------------------------------------------- filters


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]),
        ({"start": "2023-12-09"}, ["e1", "e2", "e4", "e7"]),  # e4 is a month: it overlaps
        ({"end": "2023-12-09"}, ["e3", "e4", "e6"]),
        ({"start": "2023-12", "end": "2023-12"}, ["e1", "e2", "e3", "e4"]),
        ({"start": "2024"}, ["e7"]),
        ({"types": "call"}, ["e1", "e2"]),
        ({"types": ["meeting", "attack"]}, ["e4", "e6", "e7"]),
        ({"actors": "putin"}, ["e1", "e2", "e4"]),  # an alias, any case
        ({"actors": ["wd:Q30"]}, ["e3"]),  # a key; voters count as taking part
        ({"actors": "Nobody"}, []),
        ({"types": "call", "start": "2023-12-11"}, ["e2"]),
    ],
)
def test_analysis_filter_events(options, expected):
    assert [e.id for e in filter_events(EVENTS, **options)] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-02-03", ("2024-02-03", "2024-02-03")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023", ("2023-01-01", "2023-12-31")),
    ],
)
def test_analysis_parse_period(value, expected):
    first, last = parse_period(value)
    assert (first.isoformat(), last.isoformat()) == expected


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "yesterday", "2023-1-1-1"])
def test_analysis_parse_period_rejects(value):
    with pytest.raises(ValueError):
        parse_period(value)


# ---------------------------------------------------------------- projections


def test_analysis_actor_graph_edges_per_pair_and_type():
    G = actor_graph(EVENTS)
    assert isinstance(G, nx.MultiGraph)
    calls = G[NETANYAHU.key][PUTIN.key]["call"]
    assert (calls["weight"], calls["events"], calls["dates"]) == (
        2,
        ["e1", "e2"],
        ["2023-12-10", "2023-12-12"],
    )
    assert set(G[PUTIN.key][RUSSIA.key]) == {"meeting"}
    assert G[RUSSIA.key][USA.key]["vote"]["weight"] == 1
    assert G.nodes[PUTIN.key] == {"name": "Vladimir Putin", "kind": "person", "events": 3}
    assert HAMAS.key in G and G.degree(HAMAS.key) == 0  # an actor alone still counts


def test_analysis_actor_graph_filters():
    G = actor_graph(EVENTS, start="2023-12-11")
    assert G[NETANYAHU.key][PUTIN.key]["call"]["events"] == ["e2"]
    assert USA.key not in G


def test_analysis_actor_event_graph_roles_and_attributes():
    documents = [Document("d2", "Text.", source="Wire", title="Calls")]
    G = actor_event_graph(with_sources(EVENTS, documents), types=["call", "vote"])
    assert {n for n, d in G.nodes(data=True) if d["bipartite"] == 1} == {"e1", "e2", "e3"}
    assert G.edges["e1", NETANYAHU.key]["role"] == "agent"
    assert G.edges["e1", PUTIN.key]["role"] == "target"
    assert G.edges["e3", USA.key]["role"] == "voter"
    assert G.nodes["e2"]["source"] == "Wire" and G.nodes["e2"]["title"] == "Calls"
    assert G.nodes["e1"]["source"] is None
    assert G.nodes["e1"]["evidence"] == "Evidence of e1."


def test_analysis_event_timeline_links_next_event_per_actor():
    G = event_timeline_graph(EVENTS)
    assert list(G.successors("e1")) == ["e2"]
    assert sorted(G.edges["e1", "e2"]["actors"]) == sorted([NETANYAHU.key, PUTIN.key])
    # a month sorts at its start: Putin's December meeting comes before his calls
    assert G.edges["e4", "e1"]["actors"] == [PUTIN.key]
    assert G.edges["e4", "e3"]["actors"] == [RUSSIA.key]
    # the undated statement sorts last, after Erdogan's dated meeting
    assert G.has_edge("e7", "e5")
    assert nx.is_directed_acyclic_graph(G)


# ---------------------------------------------------------------- queries


def test_analysis_event_path_chain():
    steps = event_path(actor_graph(EVENTS), "Benjamin Netanyahu", "united states")
    assert [(s.source, s.type, s.date, s.target) for s in steps] == [
        ("Benjamin Netanyahu", "call", "2023-12-10", "Vladimir Putin"),
        ("Vladimir Putin", "meeting", "2023-12", "Russia"),
        ("Russia", "vote", "2023-12-08", "United States"),
    ]
    assert steps[0].event == "e1"


def test_analysis_event_path_no_path():
    with pytest.raises(NoPathError, match="no chain of events links Benjamin Netanyahu and Hamas"):
        event_path(actor_graph(EVENTS), "Benjamin Netanyahu", "Hamas")


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Vladimir Putin", PUTIN.key),
        ("  vladimir   PUTIN ", PUTIN.key),
        ("wd:Q159", RUSSIA.key),
        ("Recep", ERDOGAN.key),  # a unique prefix
    ],
)
def test_analysis_find_actor(name, found):
    assert find_actor(actor_graph(EVENTS), name) == found


@pytest.mark.parametrize(
    ("name", "suggestions"),
    [
        ("Vladimir Puttin", ["Vladimir Putin"]),
        ("Netanyahoo", ["Benjamin Netanyahu"]),
        ("Erdogen", ["Recep Tayyip Erdogan"]),
        ("Zzyzx", []),
    ],
)
def test_analysis_find_actor_suggests_closest_names(name, suggestions):
    with pytest.raises(ActorNotFoundError) as raised:
        find_actor(actor_graph(EVENTS), name)
    assert raised.value.suggestions == suggestions
    assert repr(name) in str(raised.value)


def _star_and_tail() -> nx.MultiGraph:
    """B is the hub of A, C, D; D also reaches E: B and D are the bridges."""
    a, b, c, d, e = (Actor(n, "person") for n in "ABCDE")
    return actor_graph(
        [
            _event("s1", "call", "2024-01-01", [b], [a]),
            _event("s2", "call", "2024-01-02", [b], [c]),
            _event("s3", "call", "2024-01-03", [b], [d]),
            _event("s4", "meeting", "2024-01-04", [b], [d]),
            _event("s5", "call", "2024-01-05", [d], [e]),
        ]
    )


@pytest.mark.parametrize("metric", ["degree", "pagerank", "betweenness", "eigenvector"])
def test_analysis_centrality_hub_is_most_central(metric):
    scores = actor_centrality(_star_and_tail(), metric=metric)
    assert set(scores) == {f"person:{n}" for n in "abcde"}
    assert max(scores, key=scores.get) == "person:b"
    assert scores["person:b"] > scores["person:a"]


def test_analysis_centrality_pagerank_uses_event_counts():
    scores = actor_centrality(_star_and_tail(), metric="pagerank")
    assert scores["person:d"] > scores["person:c"]  # D shares two events with B, C one
    assert actor_centrality(_star_and_tail(), metric="degree")["person:b"] == pytest.approx(0.75)


def test_analysis_centrality_betweenness_sampled_when_large(monkeypatch):
    import eventgraph.analysis as analysis

    G = nx.MultiGraph(nx.path_graph(60))
    nx.set_edge_attributes(G, 1, "weight")
    exact = actor_centrality(G, metric="betweenness")
    monkeypatch.setattr(analysis, "BETWEENNESS_EXACT_LIMIT", 50)
    monkeypatch.setattr(analysis, "BETWEENNESS_SAMPLE", 10)
    sampled = actor_centrality(G, metric="betweenness", seed=1)
    assert sampled != exact  # estimated from 10 sources
    assert sampled == actor_centrality(G, metric="betweenness", seed=1)  # reproducibly
    assert max(exact, key=exact.get) in (29, 30)


@pytest.mark.parametrize("metric", ["degree", "pagerank", "betweenness", "eigenvector"])
def test_analysis_centrality_empty_graph(metric):
    assert actor_centrality(actor_graph([]), metric=metric) == {}


def test_analysis_centrality_unknown_metric():
    with pytest.raises(ValueError, match="unknown centrality metric 'fame'"):
        actor_centrality(_star_and_tail(), metric="fame")  # type: ignore[arg-type]


def test_analysis_communities_two_groups():
    a, b, c, d, e, f = (Actor(n, "person") for n in "ABCDEF")
    events = [
        _event("c1", "meeting", "2024-01-01", [a, b, c]),
        _event("c2", "meeting", "2024-01-02", [a, b, c]),
        _event("c3", "meeting", "2024-01-03", [d, e, f]),
        _event("c4", "meeting", "2024-01-04", [d, e, f]),
        _event("c5", "call", "2024-01-05", [c], [d]),
    ]
    found = actor_communities(actor_graph(events))
    assert sorted(sorted(c) for c in found) == [
        ["person:a", "person:b", "person:c"],
        ["person:d", "person:e", "person:f"],
    ]


# ---------------------------------------------------------------- from the store


@pytest.fixture()
def store():
    from eventgraph.store import Store

    documents = {
        "d1": Document("d1", "Text one.", source="Wire", title="Talks"),
        "d2": Document("d2", "Text two.", source="Daily"),
        "d3": Document("d3", "Text three."),
    }
    by_doc: dict[str, list[Event]] = {doc: [] for doc in documents}
    for event in EVENTS:
        by_doc[event.doc].append(event)
    opened = Store(None)
    opened.ingest([(documents[doc], events) for doc, events in by_doc.items()])
    return opened


def _edges(G):
    return sorted(
        (min(u, v), max(u, v), k, d["weight"], tuple(d["events"]))
        for u, v, k, d in G.edges(keys=True, data=True)
    )


def test_analysis_store_gives_the_same_actor_graph(store):
    from_store = actor_graph(events_from_store(store))
    from_records = actor_graph(EVENTS)
    assert _edges(from_store) == _edges(from_records)
    assert dict(from_store.nodes(data=True)) == dict(from_records.nodes(data=True))


def test_analysis_store_event_fields(store):
    events = {e.id: e for e in events_from_store(store)}
    assert set(events["e3"].ballots) == {Ballot(RUSSIA, "yes"), Ballot(USA, "veto")}
    assert events["e4"].date == EventDate("2023-12", "month")
    assert events["e5"].date is None
    assert events["e1"].extra == {"source": "Wire", "title": "Talks"}
    assert events["e1"].evidence == "Evidence of e1."


@pytest.mark.parametrize(
    "options",
    [
        {"start": "2023-12-09"},
        {"end": "2023-12-09"},
        {"start": "2023-12", "end": "2023-12"},
        {"types": ["meeting", "attack"]},
        {"types": "call", "start": "2023-12-11"},
        {"actors": "putin"},
        {"actors": ["wd:Q30", "hamas"]},
        {"actors": 'x") } DROP ALL ; #'},  # a name is a literal, never query text
    ],
)
def test_analysis_store_filters_match_record_filters(store, options):
    assert sorted(e.id for e in events_from_store(store, **options)) == sorted(
        e.id for e in filter_events(EVENTS, **options)
    )


def test_analysis_store_from_extracted_documents(nlp):
    from eventgraph.extract import extract
    from eventgraph.store import Store

    document = Document("x1", "Putin met Erdogan in Sochi.", source="Wire")
    results = [(d, events) for d, events in extract([document])]
    records = [event for _d, events in results for event in events]
    opened = Store(None)
    opened.ingest(results)
    G = actor_graph(events_from_store(opened))
    assert G.number_of_edges() >= 1
    assert _edges(G) == _edges(actor_graph(records))


# ---------------------------------------------------------------- CLI


@pytest.fixture()
def store_path(tmp_path, store):
    from eventgraph.store import Store

    path = tmp_path / "db"
    with Store(path) as on_disk:
        on_disk.oxigraph.extend(store.quads())
    return path


@pytest.mark.parametrize(
    ("argv", "stdout", "stderr", "status"),
    [
        (
            ["path", "Benjamin Netanyahu", "United States"],
            "Benjamin Netanyahu -call 2023-12-10-> Vladimir Putin -meeting 2023-12-> Russia"
            " -vote 2023-12-08-> United States\n",
            "",
            0,
        ),
        (["path", "Netanyahoo", "Hamas"], "", "(did you mean: Benjamin Netanyahu?)", 1),
        (["path", "Benjamin Netanyahu", "Hamas"], "", "no chain of events links", 1),
        (["path", "Russia", "Vladimir Putin", "--type", "vote"], "", "no actor named 'Vladimir", 1),
        (["central", "--top", "1"], "Vladimir Putin", "", 0),
        (["central", "--metric", "betweenness", "--from", "2023-12"], "Russia", "", 0),
        (["communities"], "4. 1 actor: Hamas", "", 0),
        (["central", "--from", "2023-14"], "", "is not a date", 2),
        (["central", "--type", "party"], "", "is not an event type", 2),
    ],
)
def test_cli_graph_commands(store_path, capsys, argv, stdout, stderr, status):
    assert main([*argv, "--store", str(store_path)]) == status
    captured = capsys.readouterr()
    assert stdout in captured.out
    assert stderr in captured.err
    if argv[0] == "path" and status == 0:
        assert captured.out == stdout


# ---------------------------------------------------------------- results into the store

_RANKED = """
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?actor ?value WHERE {
  ?actor schema:additionalProperty [ schema:propertyID "%s" ; schema:value ?value ]
} ORDER BY DESC(?value) ?actor
"""


def _results(opened, name):
    return [
        (row["actor"].value.rsplit("/", 1)[1], row["value"].value)
        for row in opened.query(_RANKED % name)
    ]


def test_analysis_write_results_replaces_previous(store):
    from eventgraph.analysis import write_results

    assert write_results(store, "pagerank", {"wd:Q159": 0.5, "person:vladimir putin": 0.7}) == 2
    write_results(store, "pagerank", {"wd:Q30": 0.1})
    write_results(store, "community", {"wd:Q30": 1, "wd:Q159": 2})
    assert _results(store, "pagerank") == [("Q30", "0.1")]
    assert _results(store, "community") == [("Q159", "2"), ("Q30", "1")]
    # results sit in their own graphs: the events and documents are untouched
    assert sorted(e.id for e in events_from_store(store)) == [e.id for e in EVENTS]


def test_analysis_write_results_needs_a_writable_store(store_path):
    from eventgraph.analysis import write_results
    from eventgraph.errors import StoreError
    from eventgraph.store import Store

    with Store(store_path, read_only=True) as opened, pytest.raises(StoreError, match="read-only"):
        write_results(opened, "pagerank", {"wd:Q30": 0.1})


def test_cli_central_and_communities_write_into_store(store_path, capsys):
    from eventgraph.store import Store

    assert main(["central", "--write", "--store", str(store_path)]) == 0
    assert main(["communities", "--write", "--store", str(store_path)]) == 0
    err = capsys.readouterr().err
    assert "saved 7 pagerank values" in err and "saved 7 community values" in err
    with Store(store_path, read_only=True) as opened:
        ranked = _results(opened, "pagerank")
        assert ranked[0][0] == "vladimir_putin" and len(ranked) == 7
        assert len(_results(opened, "community")) == 7


def test_cli_central_prints_names_literally(tmp_path, capsys):
    from eventgraph.store import Store

    odd = Actor("Front [/] [bold]of[/bold] Nothing", "group")
    with Store(tmp_path / "db") as opened:
        opened.ingest(
            [
                (
                    Document("d", "Text."),
                    [_event("o1", "call", "2024-01-01", [odd], [HAMAS], doc="d")],
                )
            ]
        )
    assert main(["central", "--store", str(tmp_path / "db")]) == 0
    assert "Front [/] [bold]of[/bold] Nothing" in capsys.readouterr().out
