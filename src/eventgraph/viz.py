"""Interactive HTML views of the actor-event graph, drawn with pyvis (vis-network).

Two kinds of page, both from the bipartite graph of
:func:`eventgraph.analysis.actor_event_graph`:

- ``network``: actors and their events as a force-directed picture, with
  positions computed in Python so the page draws at once (physics on makes a
  browser wait 17 s for 500 nodes before the first frame);
- ``timeline``: events left to right by date, one lane per actor, physics off.

The pages work with no network: vis-network's JavaScript and CSS are inlined
and pyvis's Bootstrap tags, which point at a CDN, are removed. Document text
(names, evidence, quotes, titles) reaches the page only as JSON inside the
script, where ``<``, ``>``, ``&`` and ``'`` are written as ``\\u003c``... escapes,
and vis-network shows it through ``innerText`` (node tooltips) or draws it on
the canvas (labels); the page heading and notes are HTML-escaped. So no
document text can become markup or script.

Above a node limit the view keeps the most central actors and their events
and says what it left out, in the page and in :attr:`Rendering.note`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx

from .analysis import events_by_actor, parse_period

__all__ = [
    "ACTOR_COLOURS",
    "DEFAULT_LIMIT",
    "EVENT_COLOURS",
    "Rendering",
    "network_html",
    "render",
    "timeline_html",
]

#: Default largest number of nodes drawn; beyond it the least central actors are left out.
DEFAULT_LIMIT = 500

#: Colour of each event type (event nodes, timeline marks).
EVENT_COLOURS: dict[str, str] = {
    "call": "#1f77b4",
    "meeting": "#2ca02c",
    "vote": "#9467bd",
    "statement": "#ff7f0e",
    "attack": "#d62728",
}
#: Colour of each actor kind (actor nodes, lane names).
ACTOR_COLOURS: dict[str, str] = {
    "person": "#17becf",
    "organization": "#8c564b",
    "country": "#e377c2",
    "group": "#7f7f00",
}
_OTHER_COLOUR = "#999999"
_EVIDENCE_CHARS = 400

Kind = Literal["network", "timeline"]


@dataclass(frozen=True)
class Rendering:
    """A rendered page and what it shows.

    ``note`` says what was left out (``None`` when everything is shown).
    """

    html: str
    note: str | None
    actors_shown: int
    actors_total: int
    events_shown: int
    events_total: int
    nodes: int


# ---------------------------------------------------------------- selection


def _split(G: nx.Graph) -> tuple[list[Any], list[Any]]:
    actors: list[Any] = []
    events: list[Any] = []
    for node, data in G.nodes(data=True):
        (events if data.get("kind") == "event" else actors).append(node)
    return actors, events


def _default_centrality(G: nx.Graph, actors: list[Any]) -> dict[Any, float]:
    """Share of all events an actor takes part in: cheap and always defined."""
    total = max(1, sum(1 for _, d in G.nodes(data=True) if d.get("kind") == "event"))
    return {actor: G.degree(actor) / total for actor in actors}


def _select(
    G: nx.Graph,
    centrality: Mapping[Any, float],
    *,
    limit: int,
    cost: Literal["network", "timeline"],
    dated_only: bool,
) -> tuple[list[Any], dict[Any, list[Any]], set[Any], int | None]:
    """The most central actors and their events within ``limit`` nodes.

    A network counts each actor and each event once; a timeline counts a lane
    per actor and one mark per actor and event. When everything does not fit,
    each actor brings at most ``limit // 20`` events (its latest), so that a
    hub with thousands of events leaves room for the actors around it.

    Returns the actors shown, each one's events shown, all events shown, and
    the per-actor cap when one applied.
    """
    actors, events = _split(G)
    by_actor = events_by_actor(G)
    if dated_only:
        by_actor = {a: [e for e in evs if G.nodes[e]["date"]] for a, evs in by_actor.items()}
    ranked = sorted(
        actors,
        key=lambda a: (-centrality.get(a, 0.0), -len(by_actor.get(a, [])), G.nodes[a]["name"]),
    )
    if cost == "network":
        everything = len(actors) + len(events)
    else:
        everything = len(actors) + sum(len(evs) for evs in by_actor.values())
    cap = None if everything <= limit else max(3, limit // 20)
    shown: list[Any] = []
    shown_events: dict[Any, list[Any]] = {}
    event_set: set[Any] = set()
    used = 0
    for actor in ranked:
        own = by_actor.get(actor, [])
        if not own:  # on a timeline, an actor whose events are all undated: no empty lane
            continue
        candidates = own if cap is None else own[-cap:]
        new = [e for e in candidates if e not in event_set] if cost == "network" else candidates
        if used + 1 + len(new) > limit:
            room = limit - used - 1
            if room <= 0:
                break
            new = new[-room:]
        shown.append(actor)
        event_set.update(new)
        shown_events[actor] = [e for e in own if e in event_set] if cost == "network" else new
        used += 1 + len(new)
    return shown, shown_events, event_set, cap


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count:,} {singular if count == 1 else plural}"


def _note(
    G: nx.Graph,
    *,
    actors: list[Any],
    events: list[Any],
    shown: list[Any],
    event_set: set[Any],
    limit: int,
    cap: int | None,
    timeline: bool,
) -> str | None:
    """What the page leaves out and why, or None when it shows everything.

    ``actors`` and ``events`` are all of ``G``'s (:func:`_split`).
    """
    actorless = sum(1 for e in events if G.degree(e) == 0)
    undated = sum(1 for e in events if G.degree(e) > 0 and not G.nodes[e]["date"])
    drawable = len(events) - actorless - (undated if timeline else 0)
    parts = []
    if cap is not None:
        kept = f"the most central actors, each with at most its {cap} latest events"
        parts.append(
            f"Showing {len(shown):,} of {len(actors):,} actors and {len(event_set):,} of "
            f"{drawable:,} events (node limit {limit:,}; kept {kept}): left out "
            f"{len(actors) - len(shown):,} actors and {drawable - len(event_set):,} events."
        )
    if timeline and undated:
        parts.append(
            _plural(undated, "undated event is", "undated events are") + " not on the timeline."
        )
    if actorless:
        parts.append(
            _plural(actorless, "event with no actor is", "events with no actor are") + " not drawn."
        )
    return " ".join(parts) or None


# ---------------------------------------------------------------- text


def _clip(text: str, size: int = _EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "\u2026"


def _event_tooltip(G: nx.Graph, event: Any) -> str:
    """Plain text: vis-network shows a string title through innerText, never as HTML."""
    data = G.nodes[event]
    kind = data["type"] + (f" ({data['subtype']})" if data.get("subtype") else "")
    lines = [f"{kind} \u00b7 {data.get('date') or 'undated'}"]
    roles: dict[str, list[str]] = {}
    for actor in G[event]:
        roles.setdefault(G.edges[event, actor]["role"], []).append(G.nodes[actor]["name"])
    for role in ("agent", "target", "voter"):
        if role in roles:
            lines.append(f"{role}s: {', '.join(sorted(roles[role]))}")
    if data.get("evidence"):
        lines.append(f"\u201c{_clip(data['evidence'])}\u201d")
    if data.get("quote") and data["quote"] not in (data.get("evidence") or ""):
        lines.append(f"quote: \u201c{_clip(data['quote'], 200)}\u201d")
    source = ", ".join(
        str(part) for part in (data.get("source"), data.get("title"), data.get("doc")) if part
    )
    if source:
        lines.append(f"source: {source}")
    return "\n".join(lines)


def _actor_tooltip(G: nx.Graph, actor: Any, score: float, shown: int) -> str:
    data = G.nodes[actor]
    total = G.degree(actor)
    count = f"{total} events" if shown == total else f"{shown} of {total} events shown"
    return f"{data['name']}\n{data.get('kind', 'actor')} \u00b7 {count}\ncentrality {score:.3g}"


# ---------------------------------------------------------------- page


def _legend(kinds: set[str], types: set[str]) -> str:
    def item(colour: str, label: str, shape: str) -> str:
        radius = "50%" if shape == "dot" else "2px"
        turn = "transform:rotate(45deg);" if shape == "diamond" else ""
        return (
            f'<span class="eg-item"><span class="eg-swatch" style="background:{colour};'
            f'border-radius:{radius};{turn}"></span>{html.escape(label)}</span>'
        )

    actors = [item(ACTOR_COLOURS.get(k, _OTHER_COLOUR), k, "dot") for k in sorted(kinds)]
    events = [item(EVENT_COLOURS.get(t, _OTHER_COLOUR), t, "diamond") for t in sorted(types)]
    return (
        '<div class="eg-legend"><b>Actors</b> '
        + "".join(actors)
        + " <b>Events</b> "
        + "".join(events)
        + "</div>"
    )


_STYLE = """<style>
.eg-header{font-family:sans-serif;font-size:14px;padding:4px 8px}
.eg-header h1{font-size:18px;margin:2px 0}
.eg-note{background:#fff3cd;border:1px solid #e0c36a;padding:3px 6px;margin:3px 0}
.eg-item{margin-right:12px;white-space:nowrap}
.eg-swatch{display:inline-block;width:11px;height:11px;margin:0 4px 0 2px;vertical-align:middle}
</style>"""

# Marks the first frame for tests and for people who time the page: polls the
# canvas each animation frame until it holds a painted pixel, then sets a body
# attribute to the milliseconds since navigation started. (vis-network may
# draw inside its constructor, before an "afterDrawing" listener can be added.)
_DRAWN_SCRIPT = """<script>
(function () {
  function painted(canvas) {
    var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
    return false;
  }
  function check() {
    var canvas = document.querySelector("#mynetwork canvas");
    if (canvas && canvas.width > 0 && painted(canvas)) {
      document.body.setAttribute("data-drawn-ms", String(Math.round(performance.now())));
    } else {
      window.requestAnimationFrame(check);
    }
  }
  check();
})();
</script>"""

_REMOTE_TAG = re.compile(
    r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>"
    r"|<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>",
    re.IGNORECASE,
)
_REMOTE_ATTRIBUTE = re.compile(
    r"<[a-z][^<>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>")
# pyvis's commented-out tags and vis-network's source map link: nothing to load.
_LEFTOVERS = re.compile(r"<!--.*?-->|^//# sourceMappingURL=[^\s<]+", re.DOTALL | re.MULTILINE)


def _page(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    options: dict[str, Any],
    *,
    title: str,
    note: str | None,
    legend: str,
    height: str,
) -> str:
    from pyvis.network import Network

    net = Network(height=height, width="100%", cdn_resources="in_line", heading="")
    template = net.templateEnv.get_template(net.path)
    # Rendered directly rather than with Network.generate_html: that switches to a
    # template setting tooltips with innerHTML when any title contains "href".
    page: str = template.render(
        height=height,
        width="100%",
        nodes=nodes,
        edges=edges,
        heading="",
        options=json.dumps(options).replace("<", "\\u003c"),
        physics_enabled=False,
        use_DOT=False,
        dot_lang="",
        widget=False,
        bgcolor="#ffffff",
        conf=False,
        tooltip_link=False,
        neighborhood_highlight=False,
        select_menu=False,
        filter_menu=False,
        notebook=False,
        cdn_resources="in_line",
    )
    page = _REMOTE_TAG.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _LEFTOVERS.sub("", page)
    remote = _REMOTE_ATTRIBUTE.search(page)
    if remote:  # pyvis changed its template: fail rather than write a page that goes online
        raise RuntimeError(f"the pyvis page still loads a remote resource: {remote.group(0)[:120]}")
    header = (
        '<header class="eg-header">'
        f"<h1>{html.escape(title)}</h1>"
        + (f'<div class="eg-note" id="eg-note">{html.escape(note)}</div>' if note else "")
        + legend
        + "</header>"
    )
    page = page.replace(
        '<meta charset="utf-8">',
        f'<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n{_STYLE}',
        1,
    )
    page = page.replace("<body>", "<body>\n" + header, 1)
    return page.replace("</body>", _DRAWN_SCRIPT + "\n</body>", 1)


def _rendering(
    G: nx.Graph,
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    actors: list[Any],
    events: list[Any],
    shown: list[Any],
    event_set: set[Any],
    limit: int,
    cap: int | None,
    title: str,
    timeline: bool,
) -> Rendering:
    """The page of a network or a timeline, with its note and legend, and what it shows."""
    note = _note(
        G,
        actors=actors,
        events=events,
        shown=shown,
        event_set=event_set,
        limit=limit,
        cap=cap,
        timeline=timeline,
    )
    page = _page(
        nodes,
        edges,
        _options(hierarchical_labels=timeline),
        title=title,
        note=note,
        legend=_legend(
            {G.nodes[a].get("kind", "") for a in shown}, {G.nodes[e]["type"] for e in event_set}
        ),
        height="780px",
    )
    return Rendering(page, note, len(shown), len(actors), len(event_set), len(events), len(nodes))


def _options(*, hierarchical_labels: bool = False) -> dict[str, Any]:
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 80, "hideEdgesOnDrag": True},
        "edges": {"smooth": False, "color": {"inherit": False}},
        "nodes": {"font": {"size": 14 if not hierarchical_labels else 13}},
    }


def _size(score: float, top: float) -> float:
    return round(12 + 30 * math.sqrt(score / top), 1) if top > 0 else 12.0


# ---------------------------------------------------------------- kinds


def network_html(
    G: nx.Graph,
    *,
    centrality: Mapping[Any, float] | None = None,
    limit: int = DEFAULT_LIMIT,
    title: str = "eventgraph: actors and events",
    seed: int = 0,
) -> Rendering:
    """The actor-event network as a self-contained HTML page.

    Parameters
    ----------
    G : networkx.Graph
        A bipartite graph from :func:`eventgraph.analysis.actor_event_graph`.
    centrality : mapping, optional
        Actor node to score: sizes the actor nodes and decides which actors are
        kept above ``limit``. Defaults to each actor's share of the events.
    limit : int
        Largest number of nodes (actors plus events) drawn.
    title : str
        Page heading.
    seed : int
        Seed of the layout, so the same graph gives the same page.

    Examples
    --------
    >>> from eventgraph.analysis import actor_event_graph
    >>> from eventgraph.records import Actor, Event
    >>> G = actor_event_graph([Event("e1", "d", "call", agents=(Actor("A"),), targets=(Actor("B"),))])
    >>> page = network_html(G)
    >>> page.events_shown, page.note, "vis.Network" in page.html
    (1, None, True)
    """
    actors, events = _split(G)
    scores = dict(centrality) if centrality is not None else _default_centrality(G, actors)
    shown, shown_events, event_set, cap = _select(
        G, scores, limit=limit, cost="network", dated_only=False
    )
    keep = set(shown) | event_set
    H = G.subgraph(keep)
    positions = _layout(H, seed=seed)
    top = max((scores.get(a, 0.0) for a in shown), default=0.0)
    label_events = len(event_set) <= 60
    nodes: list[dict[str, Any]] = []
    for actor in shown:
        data = G.nodes[actor]
        x, y = positions[actor]
        nodes.append(
            {
                "id": str(actor),
                "label": data["name"],
                "title": _actor_tooltip(G, actor, scores.get(actor, 0.0), len(shown_events[actor])),
                "color": ACTOR_COLOURS.get(data.get("kind", ""), _OTHER_COLOUR),
                "shape": "dot",
                "size": _size(scores.get(actor, 0.0), top),
                "x": x,
                "y": y,
            }
        )
    for event in sorted(event_set, key=lambda e: (G.nodes[e]["date"] or "9999", str(e))):
        data = G.nodes[event]
        x, y = positions[event]
        nodes.append(
            {
                "id": str(event),
                "label": f"{data['type']} {data['date'] or ''}".strip() if label_events else "",
                "title": _event_tooltip(G, event),
                "color": EVENT_COLOURS.get(data["type"], _OTHER_COLOUR),
                "shape": "diamond",
                "size": 8,
                "x": x,
                "y": y,
                "font": {"size": 10},
            }
        )
    edges = [
        {
            "from": str(actor),
            "to": str(event),
            "color": "#bbbbbb",
            "width": 1,
            "title": H.edges[actor, event]["role"],
        }
        for actor, event in H.edges()
    ]
    return _rendering(
        G,
        nodes,
        edges,
        actors=actors,
        events=events,
        shown=shown,
        event_set=event_set,
        limit=limit,
        cap=cap,
        title=title,
        timeline=False,
    )


#: Above this many nodes the network lays out only the actors with forces and puts
#: each event beside its actors: all-pairs forces cost memory and time quadratic in nodes.
_FULL_LAYOUT_NODES = 1500


def _force_directed(adjacency: Any, *, seed: int, iterations: int = 50) -> Any:
    """Fruchterman-Reingold positions (an n x 2 array) from a dense adjacency matrix.

    Vectorised over all pairs of nodes with numpy: for 500 nodes this takes a
    fraction of a second, where networkx's spring layout switches to per-node
    Python loops from 500 nodes (4-5 s).
    """
    import numpy as np

    n = adjacency.shape[0]
    pos = np.random.default_rng(seed).random((n, 2), dtype=np.float32)
    k = math.sqrt(1.0 / max(n, 1))
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.sqrt(np.maximum((delta * delta).sum(axis=-1), 1e-4))
        force = k * k / (distance * distance) - adjacency * distance / k
        displacement = np.einsum("ijk,ij->ik", delta, force)
        length = np.sqrt((displacement * displacement).sum(axis=-1))
        length = np.where(length < 0.01, 0.1, length)
        pos += displacement * (temperature / length)[:, None]
        temperature -= 0.1 / (iterations + 1)
    pos -= pos.mean(axis=0)
    return pos / (float(np.abs(pos).max()) or 1.0)


def _layout(H: nx.Graph, *, seed: int) -> dict[Any, tuple[float, float]]:
    """Positions in vis pixels for the nodes of a bipartite actor-event graph.

    Up to ``_FULL_LAYOUT_NODES`` nodes, a force-directed layout of all of them;
    above, of the actors only (linked by the events they share), each event
    then placed between its actors, or on a small spiral around its one actor.
    """
    import numpy as np

    nodes = list(H)
    n = len(nodes)
    if n == 0:
        return {}
    if n <= _FULL_LAYOUT_NODES:
        adjacency = nx.to_numpy_array(H, nodelist=nodes, weight=None, dtype=np.float32)
        pos = _force_directed(adjacency, seed=seed) * 60 * math.sqrt(n)
        return {
            node: (round(float(x), 1), round(float(y), 1))
            for node, (x, y) in zip(nodes, pos, strict=True)
        }
    actors = [node for node in nodes if H.nodes[node].get("kind") != "event"]
    index = {actor: i for i, actor in enumerate(actors)}
    adjacency = np.zeros((len(actors), len(actors)), dtype=np.float32)
    for node in nodes:
        if H.nodes[node].get("kind") == "event":
            for u, v in itertools.combinations([index[a] for a in H[node]], 2):
                adjacency[u, v] = adjacency[v, u] = 1.0
    spread = 160 * math.sqrt(len(actors))
    actor_pos = _force_directed(adjacency, seed=seed) * spread
    result = {
        actor: (round(float(x), 1), round(float(y), 1))
        for actor, (x, y) in zip(actors, actor_pos, strict=True)
    }
    around: dict[Any, int] = {}
    golden = math.pi * (3 - math.sqrt(5))
    for node in nodes:
        if H.nodes[node].get("kind") != "event":
            continue
        mine = [index[a] for a in H[node]]
        if len(mine) == 1:
            turn = around[mine[0]] = around.get(mine[0], 0) + 1
            radius = 30 + 9 * math.sqrt(turn)
            x, y = actor_pos[mine[0]]
            x, y = x + radius * math.cos(turn * golden), y + radius * math.sin(turn * golden)
        else:
            x, y = actor_pos[mine].mean(axis=0)
        result[node] = (round(float(x), 1), round(float(y), 1))
    return result


def timeline_html(
    G: nx.Graph,
    *,
    centrality: Mapping[Any, float] | None = None,
    limit: int = DEFAULT_LIMIT,
    title: str = "eventgraph: timeline",
) -> Rendering:
    """Events left to right by date, one lane per actor, as a self-contained HTML page.

    Each event appears in the lane of every actor taking part, joined by a
    line in its type's colour; each lane links its actor's events in date
    order. Undated events are not drawn (the note counts them).

    Parameters
    ----------
    G : networkx.Graph
        A bipartite graph from :func:`eventgraph.analysis.actor_event_graph`.
    centrality : mapping, optional
        Actor node to score: orders the lanes and decides which actors are
        kept above ``limit``. Defaults to each actor's share of the events.
    limit : int
        Largest number of marks (one per actor and event) and lanes drawn.
    title : str
        Page heading.

    Examples
    --------
    >>> from eventgraph.analysis import actor_event_graph
    >>> from eventgraph.records import Actor, Event, EventDate
    >>> a, b = Actor("A"), Actor("B")
    >>> G = actor_event_graph([
    ...     Event("e1", "d", "call", agents=(a,), targets=(b,), date=EventDate("2023-12-10")),
    ...     Event("e2", "d", "vote", agents=(a,), date=EventDate("2023-12-12")),
    ... ])
    >>> page = timeline_html(G)
    >>> page.actors_shown, page.events_shown, page.nodes
    (2, 2, 8)
    """
    actors, events = _split(G)
    scores = dict(centrality) if centrality is not None else _default_centrality(G, actors)
    shown, shown_events, event_set, cap = _select(
        G, scores, limit=limit, cost="timeline", dated_only=True
    )
    dates = {e: parse_period(G.nodes[e]["date"])[0] for e in event_set}
    lane_gap = 44
    axis = _TimeAxis(dates.values(), width=max(900.0, 2.0 * lane_gap * len(shown)))

    def x_of(day: dt.date) -> float:
        return axis.x(day) + 160

    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    lane_of = {actor: i for i, actor in enumerate(shown)}
    for actor in shown:
        data = G.nodes[actor]
        nodes.append(
            {
                "id": f"lane:{actor}",
                "label": data["name"],
                "title": _actor_tooltip(G, actor, scores.get(actor, 0.0), len(shown_events[actor])),
                "shape": "text",
                "x": -20,
                "y": lane_of[actor] * lane_gap,
                "font": {
                    "size": 20,
                    "color": ACTOR_COLOURS.get(data.get("kind", ""), _OTHER_COLOUR),
                },
                "widthConstraint": {"maximum": 220},
            }
        )
        previous = f"lane:{actor}"
        same_day: dict[dt.date, int] = {}
        for event in shown_events[actor]:
            node = f"{event}@{actor}"
            edata = G.nodes[event]
            # Events of one actor on one day stack above and below the lane line
            # (0, +9, -9, +18, ...) instead of hiding each other.
            nth = same_day[dates[event]] = same_day.get(dates[event], -1) + 1
            shift = 9 * ((nth + 1) // 2) * (1 if nth % 2 else -1)
            nodes.append(
                {
                    "id": node,
                    "label": "",
                    "title": _event_tooltip(G, event),
                    "color": EVENT_COLOURS.get(edata["type"], _OTHER_COLOUR),
                    "shape": "diamond",
                    "size": 9,
                    "x": x_of(dates[event]),
                    "y": lane_of[actor] * lane_gap + shift,
                }
            )
            edges.append({"from": previous, "to": node, "color": "#dddddd", "width": 1})
            previous = node
    for event in event_set:
        lanes = sorted(lane_of[a] for a in G[event] if a in lane_of and event in shown_events[a])
        colour = EVENT_COLOURS.get(G.nodes[event]["type"], _OTHER_COLOUR)
        for upper, lower in zip(lanes, lanes[1:], strict=False):
            edges.append(
                {
                    "from": f"{event}@{shown[upper]}",
                    "to": f"{event}@{shown[lower]}",
                    "color": colour,
                    "width": 2,
                }
            )
    for day, label in axis.ticks() if event_set else []:
        nodes.append(
            {
                "id": f"tick:{day.isoformat()}",
                "label": label,
                "shape": "text",
                "x": x_of(day),
                "y": -lane_gap,
                "font": {"size": 16, "color": "#555555"},
            }
        )
    for number, (x, days) in enumerate(axis.breaks()):
        nodes.append(
            {
                "id": f"break:{number}",
                "label": "\u2026",
                "title": f"{days:,} days without events, shortened",
                "shape": "text",
                "x": x + 160,
                "y": -lane_gap,
                "font": {"size": 22, "color": "#999999"},
            }
        )
    return _rendering(
        G,
        nodes,
        edges,
        actors=actors,
        events=events,
        shown=shown,
        event_set=event_set,
        limit=limit,
        cap=cap,
        title=title,
        timeline=True,
    )


#: A gap between event dates longer than this many days is drawn shortened, with a
#: break mark, so that one event years away does not squeeze all the others together.
MAX_GAP_DAYS = 45
_BREAK_DAYS = 12


class _TimeAxis:
    """Dates to x positions: linear within runs of dates, long gaps cut short."""

    def __init__(self, days: Iterable[dt.date], *, width: float) -> None:
        distinct = sorted(set(days)) or [dt.date.today()]
        self.segments: list[tuple[dt.date, dt.date, int]] = []  # first, last, offset in days
        offset = 0
        first = previous = distinct[0]
        for day in distinct[1:]:
            if (day - previous).days > MAX_GAP_DAYS:
                self.segments.append((first, previous, offset))
                offset += (previous - first).days + _BREAK_DAYS
                first = day
            previous = day
        self.segments.append((first, previous, offset))
        self.per_day = width / max(1, offset + (previous - first).days)
        self._starts = [segment[0] for segment in self.segments]

    def x(self, day: dt.date) -> float:
        index = max(0, bisect.bisect_right(self._starts, day) - 1)
        first, _last, offset = self.segments[index]
        return round((offset + (day - first).days) * self.per_day, 1)

    def ticks(self) -> list[tuple[dt.date, str]]:
        """Labelled axis dates: days, weeks or months within each run, about a dozen in all."""
        result = []
        for first, last, _offset in self.segments:
            span = (last - first).days
            for day in _ticks(first, last):
                result.append((day, day.isoformat() if span <= 120 else day.strftime("%Y-%m")))
        return result

    def breaks(self) -> list[tuple[float, int]]:
        """Where each shortened gap is drawn, and how many days it stands for."""
        result = []
        for (_, last, _o), (first, _, offset) in itertools.pairwise(self.segments):
            x = (offset - _BREAK_DAYS / 2) * self.per_day
            result.append((round(x, 1), (first - last).days))
        return result


def _ticks(first: dt.date, last: dt.date) -> list[dt.date]:
    """Axis dates from ``first`` to ``last``: days, weeks, months or years."""
    span = (last - first).days
    if span <= 14:
        return [first + dt.timedelta(days=i) for i in range(span + 1)]
    if span <= 120:
        return [first + dt.timedelta(days=i) for i in range(0, span + 1, 7)]
    step = max(1, round(span / 30 / 12))
    ticks, month = [], dt.date(first.year, first.month, 1)
    while month <= last:
        if month >= first:
            ticks.append(month)
        total = month.month - 1 + step
        month = dt.date(month.year + total // 12, total % 12 + 1, 1)
    return ticks


def render(
    G: nx.Graph,
    *,
    kind: Kind = "network",
    centrality: Mapping[Any, float] | None = None,
    limit: int = DEFAULT_LIMIT,
    title: str | None = None,
) -> Rendering:
    """Render either kind of page: ``"network"`` or ``"timeline"``.

    Examples
    --------
    >>> from eventgraph.analysis import actor_event_graph
    >>> render(actor_event_graph([]), kind="timeline").nodes
    0
    """
    if kind == "network":
        return network_html(
            G, centrality=centrality, limit=limit, title=title or "eventgraph: actors and events"
        )
    if kind == "timeline":
        return timeline_html(
            G, centrality=centrality, limit=limit, title=title or "eventgraph: timeline"
        )
    raise ValueError(f"unknown kind {kind!r}; use 'network' or 'timeline'")
