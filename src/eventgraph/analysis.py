"""Graph projections of the events and the queries people ask of them.

Three projections, each a plain function from event records to a networkx
graph, filterable by date range, event type and actor:

- :func:`actor_graph`: actors as nodes; for each pair of actors and each event
  type one edge (a :class:`networkx.MultiGraph` keyed by the type) weighted by
  the number of events, carrying the event ids and dates;
- :func:`actor_event_graph`: the bipartite graph of actors and events;
- :func:`event_timeline_graph`: events in date order, each linked to the next
  event of every actor it shares.

Queries are plain functions over those graphs, graph first:
:func:`event_path` (the shortest chain of events between two actors),
:func:`actor_centrality` and :func:`actor_communities`.
:func:`events_from_store` builds the same records from the store through
SPARQL, so every projection works with or without a store.

Actor nodes are keyed by :attr:`eventgraph.records.Actor.key` and carry
``name`` and ``kind``; event nodes are keyed by the event id.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote

import networkx as nx

from .errors import EventGraphError
from .records import Actor, Ballot, Event, EventDate

if TYPE_CHECKING:
    from .records import Document
    from .store import Store

__all__ = [
    "CENTRALITY_METRICS",
    "ActorNotFoundError",
    "NoPathError",
    "PathStep",
    "actor_centrality",
    "actor_communities",
    "actor_event_graph",
    "actor_graph",
    "actor_names",
    "events_by_actor",
    "event_path",
    "event_timeline_graph",
    "events_from_store",
    "filter_events",
    "parse_period",
    "find_actor",
    "find_actor_in_store",
    "with_sources",
    "write_results",
    "results_graph",
    "result_triples",
]

Metric = Literal["degree", "pagerank", "betweenness", "eigenvector"]
#: The centrality measures :func:`actor_centrality` computes.
CENTRALITY_METRICS: tuple[str, ...] = ("degree", "pagerank", "betweenness", "eigenvector")

#: Above this many actors betweenness is estimated from a sample of source nodes:
#: exact betweenness took 172 s on a 5,000-actor graph, a 256-node sample 10 s.
BETWEENNESS_EXACT_LIMIT = 1000
BETWEENNESS_SAMPLE = 256

DateLike = dt.date | str


class ActorNotFoundError(EventGraphError):
    """No actor of the graph has the name that was asked for.

    Examples
    --------
    >>> str(ActorNotFoundError("Putn", ["Putin"]))
    "no actor named 'Putn' (did you mean: Putin?)"
    """

    def __init__(self, name: str, suggestions: Iterable[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        hint = (
            f" (did you mean: {', '.join(self.suggestions)}?)"
            if self.suggestions
            else " (list the actors with `eventgraph central --top 50`)"
        )
        super().__init__(f"no actor named {name!r}{hint}")


class NoPathError(EventGraphError):
    """Two actors are not linked by any chain of events."""


@dataclass(frozen=True)
class PathStep:
    """One hop of a chain of events: ``source`` and ``target`` took part in ``event``.

    ``source`` and ``target`` are actor names.
    """

    source: str
    target: str
    event: str
    type: str
    date: str | None


# ---------------------------------------------------------------- filtering


def _as_date(value: DateLike | None, *, last: bool = False) -> dt.date | None:
    """A date from a date or an ISO ``YYYY[-MM[-DD]]`` string; ``last`` takes the period's end."""
    if value is None:
        return None
    return _day(value, last=last)


def _day(value: DateLike, *, last: bool = False) -> dt.date:
    """The first (or ``last``) day of a date or an ISO ``YYYY[-MM[-DD]]`` string."""
    if isinstance(value, dt.date):
        return value
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if last else dt.date(parts[0], 1, 1)
    raise ValueError(f"{value!r} is not an ISO date")


def parse_period(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of an ISO date, month or year.

    Raises
    ------
    ValueError
        When ``value`` is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Examples
    --------
    >>> parse_period("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    return _day(value), _day(value, last=True)


def _event_period(event: Event) -> tuple[dt.date, dt.date] | None:
    """The first and last day an event's date can stand for, or None when undated."""
    if event.date is None:
        return None
    try:
        return _day(event.date.value), _day(event.date.value, last=True)
    except ValueError:
        return None


def _actor_matches(actor: Actor, wanted: set[str]) -> bool:
    names = {actor.key.lower(), actor.name.casefold(), *(a.casefold() for a in actor.aliases)}
    return not names.isdisjoint(wanted)


def filter_events(
    events: Iterable[Event],
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    types: str | Iterable[str] | None = None,
    actors: str | Iterable[str] | None = None,
) -> list[Event]:
    """The events within a date range, of some types, involving some actors.

    Parameters
    ----------
    events : iterable of Event
    start, end : date or ISO string, optional
        Keep events whose date can fall within ``[start, end]``; a month-precision
        date counts when any of its days does. Undated events are dropped when
        either bound is given.
    types : str or iterable of str, optional
        Event types to keep (``"call"``, ``"vote"``...).
    actors : str or iterable of str, optional
        Keep events in which any of these actors takes part, given by name,
        alias or key (case-insensitive).

    Returns
    -------
    list of Event
        In the order given.

    Examples
    --------
    >>> from eventgraph.records import EventDate
    >>> a, b = Actor("A", "person"), Actor("B", "person")
    >>> events = [
    ...     Event("e1", "d", "call", agents=(a,), targets=(b,), date=EventDate("2023-12-10")),
    ...     Event("e2", "d", "meeting", agents=(a,), date=EventDate("2024-01", "month")),
    ... ]
    >>> [e.id for e in filter_events(events, start="2024-01-15")]
    ['e2']
    >>> [e.id for e in filter_events(events, types="call", actors="b")]
    ['e1']
    """
    lo, hi = _as_date(start), _as_date(end, last=True)
    wanted_types = {types} if isinstance(types, str) else set(types) if types is not None else None
    wanted_actors = (
        {actors.casefold()}
        if isinstance(actors, str)
        else {a.casefold() for a in actors}
        if actors is not None
        else None
    )
    kept = []
    for event in events:
        if wanted_types is not None and event.type not in wanted_types:
            continue
        if lo is not None or hi is not None:
            period = _event_period(event)
            if period is None:
                continue
            if (lo is not None and period[1] < lo) or (hi is not None and period[0] > hi):
                continue
        if wanted_actors is not None and not any(
            _actor_matches(actor, wanted_actors) for actor in event.actors
        ):
            continue
        kept.append(event)
    return kept


def with_sources(events: Iterable[Event], documents: Iterable[Document]) -> list[Event]:
    """Events with their document's ``source``, ``title`` and ``url`` in ``Event.extra``.

    The projections copy these onto event nodes, for the tooltips of the
    interactive view.

    Examples
    --------
    >>> from eventgraph.records import Document
    >>> doc = Document("d", "Text.", source="Reuters", title="Talks")
    >>> with_sources([Event("e1", "d", "call")], [doc])[0].extra["source"]
    'Reuters'
    """
    by_id = {document.id: document for document in documents}
    result = []
    for event in events:
        document = by_id.get(event.doc)
        if document is not None:
            extra = dict(event.extra)
            for name in ("source", "title", "url"):
                if getattr(document, name) is not None:
                    extra.setdefault(name, getattr(document, name))
            event = Event(**{**event.__dict__, "extra": extra})
        result.append(event)
    return result


# ---------------------------------------------------------------- projections


def _sort_key(event: Event) -> tuple[str, str]:
    # Undated events sort last; ISO strings of any precision sort by their start.
    return (event.date.value if event.date else "9999", event.id)


def _event_attributes(event: Event) -> dict[str, Any]:
    return {
        "kind": "event",
        "type": event.type,
        "subtype": event.subtype,
        "date": event.date.value if event.date else None,
        "evidence": event.evidence,
        "quote": event.quote,
        "doc": event.doc,
        "source": event.extra.get("source"),
        "title": event.extra.get("title"),
        "url": event.extra.get("url"),
        "confidence": event.confidence,
    }


def _add_actor(G: nx.Graph, actor: Actor) -> str:
    """Count one more event for ``actor``'s node, adding it when new; return its key."""
    key = actor.key
    node = G.nodes.get(key)
    if node is not None:
        node["events"] += 1
    else:
        G.add_node(key, name=actor.name, kind=actor.kind, events=1)
    return key


def actor_graph(
    events: Iterable[Event],
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    types: str | Iterable[str] | None = None,
    actors: str | Iterable[str] | None = None,
) -> nx.MultiGraph:
    """The actor graph: one edge per pair of actors and event type, weighted by events.

    Every pair of actors taking part in an event (agents, targets, voters) is
    linked. The edge between ``u`` and ``v`` with key ``"call"`` has
    ``weight`` (number of calls), ``events`` (their ids, in date order) and
    ``dates`` (their ISO dates, ``None`` when undated).

    Parameters
    ----------
    events : iterable of Event
    start, end, types, actors
        Filters, as in :func:`filter_events`.

    Returns
    -------
    networkx.MultiGraph
        Nodes are actor keys with ``name``, ``kind`` and ``events`` (how many
        events the actor takes part in).

    Examples
    --------
    >>> from eventgraph.records import EventDate
    >>> a, b = Actor("A", "person"), Actor("B", "country")
    >>> G = actor_graph([
    ...     Event("e1", "d", "call", agents=(a,), targets=(b,), date=EventDate("2023-12-10")),
    ...     Event("e2", "d", "call", agents=(b,), targets=(a,), date=EventDate("2023-12-01")),
    ... ])
    >>> G["person:a"]["country:b"]["call"]["weight"], G["person:a"]["country:b"]["call"]["events"]
    (2, ['e2', 'e1'])
    """
    G = nx.MultiGraph()
    selected = filter_events(events, start=start, end=end, types=types, actors=actors)
    for event in sorted(selected, key=_sort_key):
        keys = sorted(_add_actor(G, actor) for actor in event.actors)
        for u, v in itertools.combinations(keys, 2):
            if G.has_edge(u, v, key=event.type):
                data = G.edges[u, v, event.type]
                data["weight"] += 1
                data["events"].append(event.id)
                data["dates"].append(event.date.value if event.date else None)
            else:
                G.add_edge(
                    u,
                    v,
                    key=event.type,
                    type=event.type,
                    weight=1,
                    events=[event.id],
                    dates=[event.date.value if event.date else None],
                )
    return G


def actor_event_graph(
    events: Iterable[Event],
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    types: str | Iterable[str] | None = None,
    actors: str | Iterable[str] | None = None,
) -> nx.Graph:
    """The bipartite graph of actors (``bipartite=0``) and events (``bipartite=1``).

    Event nodes carry ``type``, ``date``, ``evidence``, ``quote``, ``doc`` and
    the document's ``source``/``title`` when known (see :func:`with_sources`);
    each edge has the actor's ``role``: ``agent``, ``target`` or ``voter``.

    Examples
    --------
    >>> a, b = Actor("A", "person"), Actor("B", "country")
    >>> G = actor_event_graph([Event("e1", "d", "call", agents=(a,), targets=(b,))])
    >>> sorted(G.nodes), G.edges["e1", "country:b"]["role"]
    (['country:b', 'e1', 'person:a'], 'target')
    """
    G = nx.Graph()
    selected = filter_events(events, start=start, end=end, types=types, actors=actors)
    for event in sorted(selected, key=_sort_key):
        G.add_node(event.id, bipartite=1, **_event_attributes(event))
        roles = (
            [(a, "agent") for a in event.agents]
            + [(a, "target") for a in event.targets]
            + [(b.actor, "voter") for b in event.ballots]
        )
        for actor, role in roles:
            key = actor.key
            if not G.has_edge(event.id, key):
                _add_actor(G, actor)
                G.nodes[key]["bipartite"] = 0
                G.add_edge(event.id, key, role=role)
    return G


def event_timeline_graph(
    events: Iterable[Event],
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    types: str | Iterable[str] | None = None,
    actors: str | Iterable[str] | None = None,
) -> nx.DiGraph:
    """Events in date order, each linked to the next event of every actor it shares.

    An edge ``u -> v`` means ``v`` is the next event, by date, of the actors in
    the edge's ``actors`` list. Linking only consecutive events keeps the graph
    linear in the number of events rather than quadratic.

    Examples
    --------
    >>> from eventgraph.records import EventDate
    >>> a, b = Actor("A", "person"), Actor("B", "person")
    >>> G = event_timeline_graph([
    ...     Event("e2", "d", "meeting", agents=(a, b), date=EventDate("2024-01-02")),
    ...     Event("e1", "d", "call", agents=(a,), targets=(b,), date=EventDate("2024-01-01")),
    ...     Event("e3", "d", "statement", agents=(b,), date=EventDate("2024-01-03")),
    ... ])
    >>> [(u, v, d["actors"]) for u, v, d in G.edges(data=True)]
    [('e1', 'e2', ['person:a', 'person:b']), ('e2', 'e3', ['person:b'])]
    """
    G = nx.DiGraph()
    last_event: dict[str, str] = {}
    selected = filter_events(events, start=start, end=end, types=types, actors=actors)
    for event in sorted(selected, key=_sort_key):
        G.add_node(event.id, **_event_attributes(event))
        G.nodes[event.id]["actors"] = [a.key for a in event.actors]
        for actor in event.actors:
            previous = last_event.get(actor.key)
            if previous is not None:
                if G.has_edge(previous, event.id):
                    G.edges[previous, event.id]["actors"].append(actor.key)
                else:
                    G.add_edge(previous, event.id, actors=[actor.key])
            last_event[actor.key] = event.id
    return G


# ---------------------------------------------------------------- queries


def _actor_nodes(G: nx.Graph) -> list[Any]:
    return [n for n, d in G.nodes(data=True) if d.get("kind") != "event" and "name" in d]


def find_actor(G: nx.Graph, name: str) -> str:
    """The node of the actor called ``name`` (name, key, or unique prefix; case-insensitive).

    Raises
    ------
    ActorNotFoundError
        With the closest actor names as suggestions.

    Examples
    --------
    >>> G = actor_graph([Event("e", "d", "call", agents=(Actor("Vladimir Putin", "person"),))])
    >>> find_actor(G, "vladimir putin")
    'person:vladimir putin'
    >>> find_actor(G, "Vladimir Puttin")
    Traceback (most recent call last):
    ...
    eventgraph.analysis.ActorNotFoundError: no actor named 'Vladimir Puttin' (did you mean: Vladimir Putin?)
    """
    wanted = " ".join(name.split()).casefold()
    names = {node: G.nodes[node]["name"] for node in _actor_nodes(G)}
    for node, actor_name in names.items():
        if wanted in (actor_name.casefold(), str(node).casefold()):
            return node
    prefixed = [
        node for node, actor_name in names.items() if actor_name.casefold().startswith(wanted)
    ]
    if len(prefixed) == 1:
        return prefixed[0]
    raise ActorNotFoundError(name, _closest_names(wanted, list(names.values())))


def _closest_names(wanted: str, names: list[str], n: int = 5) -> list[str]:
    """Actor names like ``wanted``, whole or by one word ("Netanyahoo" finds the surname).

    Examples
    --------
    >>> _closest_names("sofia lind", ["Lind", "Viktor Salmo", "Sofia Marek"])
    ['Sofia Marek', 'Lind']
    """
    forms: dict[str, set[str]] = defaultdict(set)
    for actor_name in names:
        forms[actor_name.casefold()].add(actor_name)
        for word in actor_name.casefold().split():
            if len(word) > 2:
                forms[word].add(actor_name)
    close = difflib.get_close_matches(wanted, list(forms), n=n, cutoff=0.6)
    for word in wanted.split() if len(wanted.split()) > 1 else []:
        # "Sofia Lind" finds "Lind": a word of the name asked for is a name or a word of one
        close += difflib.get_close_matches(word, list(forms), n=n, cutoff=0.85)
    if not close:
        close = [f for f in forms if f.startswith(wanted) or wanted in f.split()]
    found: list[str] = []
    for form in close:
        found.extend(sorted(forms[form] - set(found)))
    return found[:n]


def _simple_graph(G: nx.Graph) -> nx.Graph:
    """Collapse a multigraph's parallel edges into one edge with their summed ``weight``."""
    if not G.is_multigraph():
        return G
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, weight in G.edges(data="weight", default=1):
        if H.has_edge(u, v):
            H.edges[u, v]["weight"] += weight
        else:
            H.add_edge(u, v, weight=weight)
    return H


def event_path(G: nx.MultiGraph, source: str, target: str) -> list[PathStep]:
    """The shortest chain of events linking two actors of an :func:`actor_graph`.

    Each hop is the earliest-dated event shared by the two actors, so the
    dates along the chain need not increase.

    Parameters
    ----------
    G : networkx.MultiGraph
        An actor graph.
    source, target : str
        Actor names (see :func:`find_actor`).

    Raises
    ------
    ActorNotFoundError
        When a name matches no actor.
    NoPathError
        When no chain of events links the two.

    Examples
    --------
    >>> from eventgraph.records import EventDate
    >>> a, b, c = (Actor(n, "person") for n in "ABC")
    >>> G = actor_graph([
    ...     Event("e1", "d", "call", agents=(a,), targets=(b,), date=EventDate("2023-12-10")),
    ...     Event("e2", "d", "vote", ballots=(), agents=(b, c), date=EventDate("2023-12-08")),
    ... ])
    >>> [(s.source, s.type, s.date, s.target) for s in event_path(G, "A", "C")]
    [('A', 'call', '2023-12-10', 'B'), ('B', 'vote', '2023-12-08', 'C')]
    """
    u, v = find_actor(G, source), find_actor(G, target)
    try:
        nodes = nx.bidirectional_shortest_path(G, u, v)
    except nx.NetworkXNoPath:
        raise NoPathError(
            f"no chain of events links {G.nodes[u]['name']} and {G.nodes[v]['name']}"
        ) from None
    steps = []
    for a, b in itertools.pairwise(nodes):
        candidates = [
            (date or "9999", event, data["type"], date)
            for data in G[a][b].values()
            for event, date in zip(data["events"], data["dates"], strict=True)
        ]
        _, event, type_, date = min(candidates)
        steps.append(PathStep(G.nodes[a]["name"], G.nodes[b]["name"], event, type_, date))
    return steps


def actor_centrality(
    G: nx.Graph,
    *,
    metric: Metric = "pagerank",
    weight: str | None = "weight",
    k: int | None = None,
    seed: int = 0,
) -> dict[Any, float]:
    """How central each actor is.

    Parameters
    ----------
    G : networkx.Graph
        An actor graph; parallel edges are summed into one weighted edge.
    metric : {"degree", "pagerank", "betweenness", "eigenvector"}
        ``degree`` is the share of other actors an actor has events with;
        ``pagerank`` and ``eigenvector`` use the number of shared events as
        weight; ``betweenness`` counts hops (a weight is a strength, not a
        distance) and is estimated from ``k`` sampled sources, by default 256
        when the graph has more than 1,000 actors.
    weight : str or None
        Edge attribute holding the weight.
    k : int, optional
        Sources sampled for betweenness.
    seed : int
        Random seed for the betweenness sample.

    Returns
    -------
    dict
        Actor node to score.

    Examples
    --------
    >>> a, b, c = (Actor(n, "person") for n in "ABC")
    >>> G = actor_graph([Event("e1", "d", "meeting", agents=(a, b)),
    ...                  Event("e2", "d", "meeting", agents=(b, c))])
    >>> scores = actor_centrality(G, metric="betweenness")
    >>> max(scores, key=scores.get)
    'person:b'
    """
    H = _simple_graph(G)
    if H.number_of_nodes() == 0:
        return {}
    if metric == "degree":
        return dict(nx.degree_centrality(H))
    if metric == "pagerank":
        return dict(nx.pagerank(H, weight=weight))
    if metric == "betweenness":
        if k is None and H.number_of_nodes() > BETWEENNESS_EXACT_LIMIT:
            k = BETWEENNESS_SAMPLE
        if k is not None:
            k = min(k, H.number_of_nodes())
        return dict(nx.betweenness_centrality(H, k=k, seed=seed, weight=None))
    if metric == "eigenvector":
        try:
            return dict(nx.eigenvector_centrality(H, weight=weight, max_iter=1000, tol=1e-8))
        except nx.PowerIterationFailedConvergence:
            raise EventGraphError(
                "eigenvector centrality did not converge on this graph; use --metric pagerank"
            ) from None
    raise ValueError(
        f"unknown centrality metric {metric!r}; use one of {', '.join(CENTRALITY_METRICS)}"
    )


def actor_communities(
    G: nx.Graph, *, weight: str | None = "weight", seed: int = 0
) -> list[set[Any]]:
    """Communities of actors found by Louvain modularity, largest first.

    Examples
    --------
    >>> a, b, c, d = (Actor(n, "person") for n in "ABCD")
    >>> G = actor_graph([Event("e1", "d", "meeting", agents=(a, b)),
    ...                  Event("e2", "d", "meeting", agents=(c, d))])
    >>> sorted(sorted(c) for c in actor_communities(G))
    [['person:a', 'person:b'], ['person:c', 'person:d']]
    """
    H = _simple_graph(G)
    communities = nx.community.louvain_communities(H, weight=weight, seed=seed)
    return sorted((set(c) for c in communities), key=lambda c: (-len(c), sorted(map(str, c))))


def actor_names(G: nx.Graph) -> Mapping[Any, str]:
    """Actor node to actor name.

    Examples
    --------
    >>> actor_names(actor_graph([Event("e", "d", "call", agents=(Actor("Hamas", "group"),))]))
    {'group:hamas': 'Hamas'}
    """
    return {node: G.nodes[node]["name"] for node in _actor_nodes(G)}


def events_by_actor(G: nx.Graph) -> dict[Any, list[Any]]:
    """In a bipartite :func:`actor_event_graph`, each actor's events in date order.

    Examples
    --------
    >>> a = Actor("A", "person")
    >>> G = actor_event_graph([
    ...     Event("e2", "d", "call", agents=(a,), date=EventDate("2024-02-01")),
    ...     Event("e1", "d", "call", agents=(a,), date=EventDate("2024-01-01")),
    ... ])
    >>> events_by_actor(G)
    {'person:a': ['e1', 'e2']}
    """
    result: dict[Any, list[Any]] = defaultdict(list)
    for node, data in G.nodes(data=True):
        if data.get("kind") == "event":
            for actor in G[node]:
                result[actor].append(node)
    for events in result.values():
        events.sort(key=lambda e: (G.nodes[e]["date"] or "9999", str(e)))
    return dict(result)


# ---------------------------------------------------------------- from the store

# The events are read as one selecting query (class and filters) and then one
# small query per property: on a 10,000-event store that takes a third of the
# time of a single query joining a dozen OPTIONAL patterns.
_SELECT_QUERY = """
SELECT ?event ?cls WHERE {
  %(filters)s
  VALUES ?cls { %(classes)s }
  ?event a ?cls .
}
"""

# One value per event; ``%(restrict)s`` repeats the selection when filters apply.
_PROPERTY_QUERY = """
SELECT ?event ?value WHERE {
  %(restrict)s
  ?event %(property)s ?value .
}
"""

_PARTICIPANTS_QUERY = """
SELECT ?event ?role ?actor WHERE {
  %(restrict)s
  VALUES ?role { eg:hasAgent eg:hasTarget eg:hasVoter }
  ?event ?role ?actor .
}
"""

_POSITIONS_QUERY = """
SELECT ?event ?actor ?position WHERE {
  %(restrict)s
  ?event eg:hasBallot ?ballot . ?ballot eg:voter ?actor ; eg:position ?position .
}
"""


def _pairs(store: Store, pattern: str) -> list[tuple[str, str]]:
    """The distinct ``(?s, ?o)`` values of one graph pattern, as strings.

    Actors and documents are read this way, one pattern a query: an actor is
    described again in every document that names it, and a join over the union
    of the document graphs multiplies those copies (14.5 s for the actors of a
    100,000-event store, against 1.4 s for these single-pattern scans).
    """
    rows = _select_rows(store, f"SELECT DISTINCT ?s ?o WHERE {{ {pattern} }}")
    return [(row[0].value, row[1].value) for row in rows]


def _unsegment(segment: str) -> str:
    """Undo :func:`eventgraph.rdf.mint`'s path segment encoding (spaces as ``_``)."""
    if "_" not in segment and "%" not in segment:
        return segment
    return unquote(segment.replace("_", " "))


def _sparql_prefixes() -> str:
    from .namespace import PREFIXES

    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())


def _select_rows(store: Store, query: str) -> Iterable[Any]:
    import pyoxigraph as ox

    rows = store.query(_sparql_prefixes() + query)
    assert isinstance(rows, ox.QuerySolutions)
    return rows


def _sparql_filters(
    *,
    start: DateLike | None,
    end: DateLike | None,
    actor_iris: Iterable[str] | None,
) -> str:
    """SPARQL patterns keeping the events that :func:`filter_events` keeps (over ``?event``)."""
    from rdflib import XSD, Literal, URIRef

    lo, hi = _as_date(start), _as_date(end, last=True)
    parts = []
    if lo is not None:
        parts.append(
            "?event sem:hasLatestEndTimeStamp ?last_ . "
            f"FILTER(?last_ >= {Literal(lo.isoformat(), datatype=XSD.date).n3()})"
        )
    if hi is not None:
        parts.append(
            "?event sem:hasEarliestBeginTimeStamp ?first_ . "
            f"FILTER(?first_ <= {Literal(hi.isoformat(), datatype=XSD.date).n3()})"
        )
    if actor_iris is not None:
        # Names are matched in Python first: matching labels in SPARQL reads each
        # actor's label once per document graph that repeats it.
        listed = " ".join(URIRef(iri).n3() for iri in sorted(actor_iris))
        # A join rather than FILTER EXISTS, so that the store starts from these few
        # actors; an event with two of them comes twice, and the callers keep one.
        parts.insert(0, f"VALUES ?actor_ {{ {listed} }} ?event sem:hasActor ?actor_ .")
    return "\n  ".join(parts)


def events_from_store(
    store: Store,
    *,
    start: DateLike | None = None,
    end: DateLike | None = None,
    types: str | Iterable[str] | None = None,
    actors: str | Iterable[str] | None = None,
    details: bool = True,
) -> list[Event]:
    """The events of a store, as records, selected through SPARQL.

    The filters are those of :func:`filter_events`, run by the store. Each
    event comes back with its participants (agents, targets, voters with
    their positions), its date, evidence, quote and statement type, and its
    document's ``source``, ``title`` and ``url`` in ``Event.extra``; mentions
    and the other details stay in the store. An actor named differently in
    two documents comes back under one name (the first in alphabetical
    order), since the store knows it as one node.

    Parameters
    ----------
    store : eventgraph.store.Store
    start, end, types, actors
        Filters, as in :func:`filter_events`.
    details : bool
        Also read evidence, quote, statement type, confidence and the
        document's metadata; without them only what the graph queries need
        (type, date, participants, document) is read.

    Returns
    -------
    list of Event
        In date order.

    Examples
    --------
    >>> from eventgraph.records import Document, EventDate
    >>> from eventgraph.store import Store
    >>> a, b = Actor("Benjamin Netanyahu", "person"), Actor("Vladimir Putin", "person")
    >>> event = Event("d-call-1", "d", "call", agents=(a,), targets=(b,), date=EventDate("2023-12-10"))
    >>> store = Store(None)
    >>> _ = store.ingest([(Document("d", "Text.", source="Reuters"), [event])])
    >>> [(e.id, [x.name for x in e.agents], e.date.value, e.extra["source"])
    ...  for e in events_from_store(store, actors="vladimir putin")]
    [('d-call-1', ['Benjamin Netanyahu'], '2023-12-10', 'Reuters')]
    """
    from .rdf import EVENT_CLASSES

    wanted_types = [types] if isinstance(types, str) else list(types) if types is not None else None
    classes = {
        cls: name
        for name, cls in EVENT_CLASSES.items()
        if wanted_types is None or name in wanted_types
    }
    if not classes:
        return []
    people, labels = _actors_from_store(store)
    actor_iris = None
    if actors is not None:
        wanted = {actors.casefold()} if isinstance(actors, str) else {a.casefold() for a in actors}
        actor_iris = [
            iri
            for iri, actor in people.items()
            if actor.key.lower() in wanted or not labels[iri].isdisjoint(wanted)
        ]
        if not actor_iris:
            return []
    filters = _sparql_filters(start=start, end=end, actor_iris=actor_iris)
    class_list = " ".join(cls.n3() for cls in classes)
    restrict = f"{filters} VALUES ?cls {{ {class_list} }} ?event a ?cls ." if filters else ""
    if wanted_types is not None and not filters:
        restrict = f"VALUES ?cls {{ {class_list} }} ?event a ?cls ."

    def values(prop: str) -> dict[str, Any]:
        query = _PROPERTY_QUERY % {"restrict": restrict, "property": prop}
        return {row[0].value: row[1].value for row in _select_rows(store, query)}

    type_of = {str(cls): name for cls, name in classes.items()}
    selection = _SELECT_QUERY % {"classes": class_list, "filters": filters}
    selected = {
        row["event"].value: type_of[row["cls"].value] for row in _select_rows(store, selection)
    }
    if not selected:
        return []
    positions = {
        (row["event"].value, row["actor"].value): row["position"].value.rsplit("#", 1)[1].lower()
        for row in _select_rows(store, _POSITIONS_QUERY % {"restrict": restrict})
    }
    roles: dict[str, dict[str, set[Any]]] = defaultdict(lambda: defaultdict(set))
    role_names = {"hasAgent": "agents", "hasTarget": "targets", "hasVoter": "ballots"}
    for row in _select_rows(store, _PARTICIPANTS_QUERY % {"restrict": restrict}):
        event, actor_iri = row["event"].value, row["actor"].value
        actor = people.get(actor_iri)
        if actor is None or event not in selected:
            continue
        role = role_names[row["role"].value.rsplit("#", 1)[1]]
        entry = Ballot(actor, positions.get((event, actor_iri), "")) if role == "ballots" else actor
        roles[event][role].add(entry)

    documents: dict[str, tuple[str, dict[str, str]]] = {
        iri: (doc, {}) for iri, doc in _pairs(store, "?s a eg:Document ; dcterms:identifier ?o")
    }
    if details:
        for name, prop in (
            ("source", "dcterms:publisher"),
            ("title", "dcterms:title"),
            ("url", "schema:url"),
        ):
            for iri, value in _pairs(store, f"?s a eg:Document ; {prop} ?o"):
                if iri in documents:
                    documents[iri][1][name] = value
    origin = values("prov:wasDerivedFrom")
    dates = values("sem:hasTimeStamp")
    precisions = values("eg:datePrecision")
    if details:
        evidence, quotes = values("eg:evidence"), values("eg:quote")
        subtypes, confidences = values("eg:statementType"), values("eg:confidence")
    else:
        evidence = quotes = subtypes = confidences = {}

    def by_name(item: Actor | Ballot) -> str:
        return item.name if isinstance(item, Actor) else item.actor.name

    events = []
    for iri, type_ in selected.items():
        doc, extra = documents.get(origin.get(iri, ""), ("", {}))
        precision = precisions.get(iri, "unitDay").rsplit("#", 1)[-1].replace("unit", "").lower()
        # The store keeps no order among an event's actors: sort them by name.
        parts = {
            role: sorted(found, key=by_name) if len(found) > 1 else list(found)
            for role, found in roles.get(iri, {}).items()
        }
        events.append(
            Event(
                id=_unsegment(iri.rsplit("/", 1)[1]),
                doc=doc,
                type=type_,
                agents=tuple(parts.get("agents", ())),
                targets=tuple(parts.get("targets", ())),
                ballots=tuple(parts.get("ballots", ())),
                date=EventDate(dates[iri], precision) if iri in dates else None,  # type: ignore[arg-type]
                evidence=evidence.get(iri, ""),
                quote=quotes.get(iri),
                subtype=subtypes[iri].rsplit("#", 1)[1].lower() if iri in subtypes else None,
                confidence=float(confidences.get(iri, 0.5)),
                extra=dict(extra) if details else {},
            )
        )
    return sorted(events, key=_sort_key)


def find_actor_in_store(store: Store, name: str) -> Actor:
    """The store's actor called ``name`` (a name, an alias or a key; case-insensitive).

    Raises
    ------
    ActorNotFoundError
        With the closest actor names of the store as suggestions.

    Examples
    --------
    >>> from eventgraph.records import Document
    >>> from eventgraph.store import Store
    >>> store = Store(None)
    >>> putin = Actor("Vladimir Putin", "person", aliases=("Putin",))
    >>> _ = store.ingest([(Document("d", "Text."), [Event("e", "d", "call", agents=(putin,))])])
    >>> find_actor_in_store(store, "putin").name
    'Vladimir Putin'
    >>> find_actor_in_store(store, "Vladimir Puttin")
    Traceback (most recent call last):
    ...
    eventgraph.analysis.ActorNotFoundError: no actor named 'Vladimir Puttin' (did you mean: Vladimir Putin?)
    """
    people, labels = _actors_from_store(store)
    wanted = " ".join(name.split()).casefold()
    for iri, actor in people.items():
        if wanted == actor.key.lower() or wanted in labels[iri]:
            return actor
    names = sorted({actor.name for actor in people.values()})
    raise ActorNotFoundError(name, _closest_names(wanted, names))


def _actors_from_store(store: Store) -> tuple[dict[str, Actor], dict[str, set[str]]]:
    """Actor IRI to record (its alphabetically first name, kind, Wikidata id), and
    actor IRI to every name and alias it has in the store, case-folded."""
    from .namespace import WD
    from .rdf import ACTOR_CLASSES

    kind_of = {str(cls): name for name, cls in ACTOR_CLASSES.items()}
    kinds_listed = " ".join(cls.n3() for cls in ACTOR_CLASSES.values())
    known = {iri for iri, _ in _pairs(store, "?s a ?o . VALUES ?o { sem:Actor }")}
    names: dict[str, str] = {}
    labels: dict[str, set[str]] = defaultdict(set)
    for iri, label in _pairs(store, "?s rdfs:label ?o"):
        if iri in known:
            names[iri] = min(names.get(iri, label), label)
            labels[iri].add(" ".join(label.split()).casefold())
    for iri, alias in _pairs(store, "?s skos:altLabel ?o"):
        labels[iri].add(" ".join(alias.split()).casefold())
    kinds: dict[str, str] = {}
    for iri, kind in sorted(_pairs(store, f"VALUES ?o {{ {kinds_listed} }} ?s a ?o")):
        kinds.setdefault(iri, kind_of[kind])
    wikidata: dict[str, str] = {}
    for iri, same in sorted(_pairs(store, "?s owl:sameAs ?o")):
        if same.startswith(str(WD)):
            wikidata.setdefault(iri, same[len(str(WD)) :])
    people = {
        iri: Actor(name, kinds.get(iri, "organization"), wikidata=wikidata.get(iri))
        for iri, name in names.items()
    }
    return people, labels


# ---------------------------------------------------------------- results into the store


def results_graph(name: str) -> Any:
    """The IRI of the named graph holding one analysis result (``pagerank``, ``community``...).

    Examples
    --------
    >>> str(results_graph("pagerank"))
    'https://w3id.org/eventgraph/id/analysis/pagerank'
    """
    from .rdf import mint

    return mint("analysis", name)


def result_triples(name: str, values: Mapping[Any, float | int]) -> Iterable[tuple[Any, Any, Any]]:
    """Triples stating one value per actor, with schema.org's ``additionalProperty``.

    ``values`` maps actor nodes (:attr:`Actor.key`) to a number: a centrality
    score (a double) or a community number (an integer). Each actor gets
    ``schema:additionalProperty [ a schema:PropertyValue ; schema:propertyID name ;
    schema:value value ]``, so SPARQL can rank or group actors by it.

    Examples
    --------
    >>> triples = list(result_triples("pagerank", {"wd:Q159": 0.25}))
    >>> [o.n3() for s, p, o in triples if str(p).endswith("value")]
    ['"0.25"^^<http://www.w3.org/2001/XMLSchema#double>']
    """
    from rdflib import RDF, XSD, BNode, Literal

    from .namespace import SCHEMA
    from .rdf import mint

    for node, value in values.items():
        holder = BNode()
        datatype = XSD.integer if isinstance(value, int) else XSD.double
        yield mint("actor", str(node)), SCHEMA.additionalProperty, holder
        yield holder, RDF.type, SCHEMA.PropertyValue
        yield holder, SCHEMA.propertyID, Literal(name)
        yield holder, SCHEMA.value, Literal(value, datatype=datatype)


def write_results(store: Store, name: str, values: Mapping[Any, float | int]) -> int:
    """Replace the store's graph of result ``name`` with ``values``; return how many were written.

    Parameters
    ----------
    store : eventgraph.store.Store
        Opened for writing.
    name : str
        What the values are: ``"pagerank"``, ``"betweenness"``, ``"community"``...
    values : mapping
        Actor node to number, as :func:`actor_centrality` returns.

    Examples
    --------
    >>> from eventgraph.store import Store
    >>> store = Store(None)
    >>> write_results(store, "pagerank", {"wd:Q159": 0.25, "person:vladimir putin": 0.75})
    2
    >>> rows = store.query(
    ...     "PREFIX schema: <https://schema.org/> SELECT ?actor ?score WHERE { ?actor "
    ...     "schema:additionalProperty [ schema:propertyID 'pagerank' ; schema:value ?score ] }"
    ...     " ORDER BY DESC(?score)")
    >>> [row["actor"].value.rsplit("/", 1)[1] for row in rows]
    ['vladimir_putin', 'Q159']
    """
    from .errors import StoreError
    from .store import to_ntriples

    if store.read_only:
        raise StoreError("the store was opened read-only; open it for writing to save results")
    graph = results_graph(name)
    body = to_ntriples(result_triples(name, values))
    update = f"DROP SILENT GRAPH <{graph}>"
    if body:
        update += f" ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"
    try:
        store.oxigraph.update(update)
    except (OSError, RuntimeError, SyntaxError) as error:
        raise StoreError(f"writing the {name} results failed: {error}") from None
    return len(values)
