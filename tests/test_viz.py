"""The pyvis pages of eventgraph.viz: offline, escaped, limited, laid out."""

from __future__ import annotations

import json
import random
import re

import pytest

from eventgraph.analysis import actor_centrality, actor_event_graph, actor_graph, with_sources
from eventgraph.cli import main
from eventgraph.records import Actor, Document, Event, EventDate
from eventgraph.viz import ACTOR_COLOURS, EVENT_COLOURS, network_html, render, timeline_html

HOSTILE_QUOTE = "<img src=x onerror=alert(1)> and <script>alert(2)</script>"
HOSTILE_TITLE = "Talks <script>alert(3)</script><img src=x onerror=alert(4)>"
NETANYAHU = Actor("Benjamin Netanyahu", "person")
PUTIN = Actor("Vladimir Putin", "person")
RUSSIA = Actor("Russia", "country", wikidata="Q159")
HAMAS = Actor("Hamas <b>group</b>", "group")


def _events() -> list[Event]:
    events = [
        Event(
            "e1",
            "d1",
            "call",
            agents=(NETANYAHU,),
            targets=(PUTIN,),
            date=EventDate("2023-12-10"),
            evidence="Netanyahu called Putin.",
        ),
        Event(
            "e2",
            "d1",
            "statement",
            agents=(PUTIN,),
            date=EventDate("2023-12-12"),
            quote=HOSTILE_QUOTE,
            evidence=f'Putin said: "{HOSTILE_QUOTE}" href',
        ),
        Event("e3", "d2", "meeting", agents=(PUTIN, RUSSIA), date=EventDate("2024-01")),
        Event("e4", "d2", "attack", agents=(HAMAS,), date=EventDate("2023-10-07")),
        Event("e5", "d2", "vote", agents=(RUSSIA,)),  # undated
    ]
    documents = [Document("d1", "Text.", source="Wire", title=HOSTILE_TITLE)]
    return with_sources(events, documents)


def _data(page: str, name: str) -> list[dict]:
    """The JSON list that pyvis writes as ``new vis.DataSet(...)`` for nodes or edges."""
    found = re.search(rf"{name} = new vis\.DataSet\((\[.*?\])\);", page, re.DOTALL)
    assert found, f"no {name} in the page"
    return json.loads(found.group(1))


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    G = actor_event_graph(_events())
    return {
        kind: render(G, kind=kind, title=f"Title {HOSTILE_TITLE}").html
        for kind in ("network", "timeline")
    }


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_viz_page_loads_nothing_remote(pages, kind):
    page = pages[kind]
    assert "vis.Network" in page and "vis-network" in page  # the library is inline
    assert not re.search(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=", page, re.I)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_viz_document_text_never_becomes_markup(pages, kind):
    page = pages[kind]
    for markup in ("<img src=x", "<script>alert", "<b>group</b>", "popup.innerHTML"):
        assert markup not in page
    # the text is still there, shown as text: in the tooltips and the heading
    titles = "\n".join(str(node.get("title", "")) for node in _data(page, "nodes"))
    assert HOSTILE_QUOTE in titles and HOSTILE_TITLE in titles
    assert f"<h1>Title {HOSTILE_TITLE.replace('<', '&lt;').replace('>', '&gt;')}</h1>" in page
    assert (
        page.count("<script") == 5
    )  # utils.js, vis-network, the drawing, the draw mark... and no more


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_viz_physics_off_with_positions(pages, kind):
    page = pages[kind]
    options = json.loads(re.search(r"var options = (\{.*?\});\n", page).group(1))
    assert options["physics"]["enabled"] is False
    assert all("x" in node and "y" in node for node in _data(page, "nodes"))


def test_viz_tooltip_has_date_type_evidence_source(pages):
    nodes = {node["id"]: node for node in _data(pages["network"], "nodes")}
    tooltip = nodes["e1"]["title"]
    for part in (
        "call",
        "2023-12-10",
        "Netanyahu called Putin.",
        "Wire",
        "agents: Benjamin Netanyahu",
        "targets: Vladimir Putin",
    ):
        assert part in tooltip


def test_viz_colours_and_legend(pages):
    page = pages["network"]
    nodes = {node["id"]: node for node in _data(page, "nodes")}
    assert nodes["e4"]["color"] == EVENT_COLOURS["attack"]
    assert nodes["person:vladimir putin"]["color"] == ACTOR_COLOURS["person"]
    assert nodes["wd:Q159"]["color"] == ACTOR_COLOURS["country"]
    legend = re.search(r'<div class="eg-legend">(.*?)</div>', page).group(1)
    for label in ("person", "country", "group", "call", "statement", "meeting", "attack", "vote"):
        assert f"</span>{label}</span>" in legend


def test_viz_size_follows_centrality():
    G = actor_event_graph(_events())
    scores = {"person:vladimir putin": 0.9, "wd:Q159": 0.1}
    nodes = {node["id"]: node for node in _data(network_html(G, centrality=scores).html, "nodes")}
    assert nodes["person:vladimir putin"]["size"] > nodes["wd:Q159"]["size"]
    assert nodes["person:benjamin netanyahu"]["size"] == nodes["group:hamas <b>group</b>"]["size"]


def test_viz_timeline_lanes_and_dates(pages):
    nodes = {node["id"]: node for node in _data(pages["timeline"], "nodes")}
    putin = [nodes[f"{e}@person:vladimir putin"] for e in ("e1", "e2", "e3")]
    assert putin[0]["x"] < putin[1]["x"] < putin[2]["x"]  # left to right by date
    assert len({node["y"] for node in putin}) == 1  # one lane per actor
    assert nodes["e1@person:benjamin netanyahu"]["x"] == putin[0]["x"]
    assert nodes["e1@person:benjamin netanyahu"]["y"] != putin[0]["y"]
    assert nodes["e4@group:hamas <b>group</b>"]["x"] < putin[0]["x"]
    assert not any(key.startswith("e5@") for key in nodes)  # undated: off the timeline
    assert "1 undated event is not on the timeline." in pages["timeline"]


def _synthetic(n_events: int, n_actors: int, *, seed: int = 0) -> list[Event]:
    rng = random.Random(seed)
    actors = [Actor(f"Actor {i}", rng.choice(list(ACTOR_COLOURS))) for i in range(n_actors)]
    weights = [1 / (i + 1) for i in range(n_actors)]  # a few actors in most events
    events = []
    for i in range(n_events):
        agent, target = rng.choices(actors, weights, k=2)
        events.append(
            Event(
                f"e{i}",
                f"d{i % 97}",
                rng.choice(list(EVENT_COLOURS)),
                agents=(agent,),
                targets=(target,) if target != agent else (),
                date=EventDate(f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
            )
        )
    return events


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_viz_node_limit_keeps_most_central_and_says_so(kind):
    events = _synthetic(3000, 400)
    scores = actor_centrality(actor_graph(events), metric="pagerank")
    rendering = render(actor_event_graph(events), kind=kind, centrality=scores, limit=200)
    nodes = _data(rendering.html, "nodes")
    marks = [n for n in nodes if not n["id"].startswith("tick:")]
    assert len(marks) <= 200
    assert rendering.actors_shown < 400 and rendering.events_shown < 3000
    total = len({a.key for e in events for a in e.actors})
    assert rendering.actors_total == total
    assert rendering.note and f"{rendering.actors_shown:,} of {total:,} actors" in rendering.note
    assert rendering.note in rendering.html
    most_central = max(scores, key=scores.get)
    shown_ids = {n["id"] for n in nodes}
    assert most_central in shown_ids or f"lane:{most_central}" in shown_ids


def test_viz_no_note_under_the_limit(pages):
    G = actor_event_graph(_events())
    assert network_html(G).note is None
    assert 'id="eg-note"' not in pages["network"]


@pytest.mark.parametrize(
    ("kind", "note"),
    [
        ("network", "2 events with no actor are not drawn."),
        (
            "timeline",
            "1 undated event is not on the timeline. 2 events with no actor are not drawn.",
        ),
    ],
)
def test_viz_note_names_events_without_actor_or_date(kind, note):
    events = [
        *_events(),
        Event("x1", "d", "vote"),
        Event("x2", "d", "call", date=EventDate("2024-01")),
    ]
    assert render(actor_event_graph(events), kind=kind).note == note


def test_viz_hub_larger_than_limit_leaves_room_for_others():
    hub = Actor("Hub", "person")
    events = [
        Event(
            f"h{i}",
            "d",
            "call",
            agents=(hub,),
            targets=(Actor(f"A{i}", "person"),),
            date=EventDate(f"2023-01-{i + 1:02d}"),
        )
        for i in range(28)
    ]
    rendering = timeline_html(actor_event_graph(events), centrality={"person:hub": 1.0}, limit=11)
    ids = {node["id"] for node in _data(rendering.html, "nodes")}
    assert len([i for i in ids if not i.startswith("tick:")]) <= 11
    assert {"h25@person:hub", "h26@person:hub", "h27@person:hub"} <= ids  # its 3 latest
    assert "h24@person:hub" not in ids
    assert rendering.actors_shown > 1
    assert "each with at most its 3 latest events" in rendering.note


def test_cli_viz_writes_page_and_reports_left_out(tmp_path, capsys):
    from eventgraph.store import Store

    events = _synthetic(400, 80, seed=3)
    store = tmp_path / "db"
    with Store(store) as opened:
        opened.ingest(
            [
                (Document(f"d{i}", "Text."), [e for e in events if e.doc == f"d{i}"])
                for i in range(97)
            ]
        )
    out = tmp_path / "graph.html"
    argv = ["viz", "--store", str(store), "--out", str(out), "--limit", "60", "--type", "call"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "note: Showing" in captured.err and "left out" in captured.err
    assert f"wrote {out}" in captured.out
    page = out.read_text()
    assert "vis.Network" in page and "; type call" in page
    assert main([*argv, "--kind", "timeline", "--actor", "Actor 1"]) == 0
    assert main([*argv, "--actor", "Actr 1"]) == 1
    assert "did you mean: Actor 1" in capsys.readouterr().err


def test_viz_timeline_shortens_long_gaps():
    a = Actor("A", "person")
    events = [
        Event(f"t{i}", "d", "call", agents=(a,), date=EventDate(day))
        for i, day in enumerate(["1998", "2025-04-01", "2025-04-11", "2025-04-21"])
    ]
    page = timeline_html(actor_event_graph(events)).html
    nodes = {node["id"]: node for node in _data(page, "nodes")}
    x = [nodes[f"t{i}@person:a"]["x"] for i in range(4)]
    assert x[0] < x[1] < x[2] < x[3]
    assert x[2] - x[1] == pytest.approx(x[3] - x[2], abs=0.2)  # linear within a run of dates
    assert x[1] - x[0] < x[3] - x[1]  # 27 years drawn shorter than 20 days
    breaks = [node for node in nodes.values() if node["id"].startswith("break:")]
    assert len(breaks) == 1 and "days without events" in breaks[0]["title"]
    assert x[0] < breaks[0]["x"] < x[1]


def test_viz_timeline_has_no_empty_lanes():
    a, b = Actor("A", "person"), Actor("B", "person")
    events = [
        Event("d1", "d", "call", agents=(a,), date=EventDate("2024-01-02")),
        Event("u1", "d", "statement", agents=(b,)),  # B's only event is undated
    ]
    rendering = timeline_html(actor_event_graph(events))
    ids = {node["id"] for node in _data(rendering.html, "nodes")}
    assert "lane:person:a" in ids and "lane:person:b" not in ids
    assert rendering.actors_shown == 1


def test_viz_large_network_places_events_beside_their_actors(monkeypatch):
    import math

    import eventgraph.viz as viz

    monkeypatch.setattr(viz, "_FULL_LAYOUT_NODES", 10)
    a, b = Actor("A", "person"), Actor("B", "country")
    events = [Event(f"s{i}", "d", "statement", agents=(a,)) for i in range(12)]
    events.append(Event("m", "d", "meeting", agents=(a, b)))
    nodes = {
        node["id"]: node for node in _data(network_html(actor_event_graph(events)).html, "nodes")
    }
    ax, ay = nodes["person:a"]["x"], nodes["person:a"]["y"]
    bx, by = nodes["country:b"]["x"], nodes["country:b"]["y"]
    for i in range(12):  # on a small spiral around their one actor
        assert math.dist((nodes[f"s{i}"]["x"], nodes[f"s{i}"]["y"]), (ax, ay)) < 70
    assert nodes["m"]["x"] == pytest.approx((ax + bx) / 2, abs=0.2)
    assert nodes["m"]["y"] == pytest.approx((ay + by) / 2, abs=0.2)


def test_viz_timeline_stacks_same_day_events():
    a = Actor("A", "person")
    events = [
        Event(f"t{i}", "d", "call", agents=(a,), date=EventDate("2024-01-02")) for i in range(3)
    ]
    nodes = {
        node["id"]: node for node in _data(timeline_html(actor_event_graph(events)).html, "nodes")
    }
    marks = [nodes[f"t{i}@person:a"] for i in range(3)]
    assert len({m["x"] for m in marks}) == 1
    assert sorted(m["y"] for m in marks) == [-9, 0, 9]
