"""SPARQL over the store: canned queries, parameters, the timeline, result formats.

Canned queries are ``.rq`` files in ``eventgraph/queries``; each starts with
a comment saying what it returns and which parameters it takes. Parameters
are never pasted into query text as strings: :func:`bind_parameters` turns
each value into an escaped RDF term and binds it with a ``VALUES`` block,
so a name like ``x" } DROP ALL #`` is only ever a literal.

Examples
--------
>>> sorted(canned_queries())[:3]
['actor_timeline', 'actors', 'attacks']
>>> print(bind_parameters("SELECT * WHERE { ?s ?p ?o }", {"o": 'say "hi"'}))
SELECT * WHERE { VALUES (?o) { ("say \\"hi\\"") }
 ?s ?p ?o }
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from .errors import QueryError, StoreError
from .rdf import EVENT_CLASSES, date_bounds, mint
from .records import Actor, Ballot, Casualties, Event, EventDate, Mention, Tally

if TYPE_CHECKING:
    from .store import Store

__all__ = [
    "RESULT_FORMATS",
    "ActorRow",
    "QueryResult",
    "TimelineRow",
    "bind_parameters",
    "canned_queries",
    "load_query",
    "run_query",
    "find_actors",
    "format_result",
    "timeline",
    "stored_events",
    "actors",
]

#: Output formats of :func:`format_result` besides the CLI's table.
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}
_XSD = "http://www.w3.org/2001/XMLSchema#"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

Value = str | int | float | bool | dt.date | ox.NamedNode | ox.Literal


# ------------------------------------------------------------------ loading queries


def _query_files() -> dict[str, Any]:
    folder = resources.files("eventgraph") / "queries"
    return {
        entry.name[: -len(".rq")]: entry for entry in folder.iterdir() if entry.name.endswith(".rq")
    }


def canned_queries() -> dict[str, str]:
    """The canned queries: name to the description in their header comment.

    Examples
    --------
    >>> canned_queries()["timeline"].split(".")[0]
    'Events in date order (undated events last), with their type, date, agents, targets,\\nevidence sentence and document'
    """
    descriptions = {}
    for name, entry in sorted(_query_files().items()):
        lines = []
        for line in entry.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            lines.append(line.lstrip("#").strip())
        description = "\n".join(lines).split("\n\n")[0].strip()
        descriptions[name] = description
    return descriptions


def load_query(query: str) -> str:
    """The text of a query given as a canned name, a ``.rq`` file or SPARQL text.

    Raises
    ------
    QueryError
        A ``.rq`` file that does not exist.

    Examples
    --------
    >>> load_query("timeline").startswith("# Events in date order")
    True
    >>> load_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    >>> load_query("missing.rq")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    eventgraph.errors.QueryError: no query file missing.rq (canned queries: actor_timeline, actors, ...)
    """
    files = _query_files()
    if query in files:
        return str(files[query].read_text(encoding="utf-8"))
    if query.endswith(".rq") and "\n" not in query:
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"no query file {query} (canned queries: {', '.join(sorted(files))})")
        return path.read_text(encoding="utf-8")
    return query


# ------------------------------------------------------------------ parameters


def _term(value: Value) -> ox.NamedNode | ox.Literal:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    return ox.Literal(str(value))


def _strip_comments(text: str) -> str:
    """Blank out ``#`` comments (outside IRIs and strings) so they cannot hide a ``WHERE {``."""
    out = []
    for line in text.splitlines(keepends=True):
        quote: str | None = None
        in_iri = False
        for i, char in enumerate(line):
            if quote:
                if char == quote and line[i - 1] != "\\":
                    quote = None
            elif in_iri:
                in_iri = char != ">"
            elif char in "\"'":
                quote = char
            elif char == "<" and i + 1 < len(line) and not line[i + 1].isspace():
                in_iri = True
            elif char == "#":
                line = line[:i] + " " * (len(line) - i - 1) + ("\n" if line.endswith("\n") else "")
                break
        out.append(line)
    return "".join(out)


def bind_parameters(query: str, bindings: Mapping[str, Value | Sequence[Value] | None]) -> str:
    """Bind query variables to values with a ``VALUES`` block at the start of the first WHERE.

    ``None`` values are left unbound, so a canned query's
    ``FILTER(!BOUND(?x) || ...)`` lets everything through. A list binds the
    variable to each of its values in turn (an empty list matches nothing).

    Raises
    ------
    QueryError
        A variable name that is not a SPARQL name, or a query with no WHERE.

    Examples
    --------
    >>> bind_parameters("SELECT * WHERE { ?s ?p ?o }", {"o": None})
    'SELECT * WHERE { ?s ?p ?o }'
    >>> print(bind_parameters("SELECT * WHERE { ?s ?p ?o }", {"o": [1, 2]}))
    SELECT * WHERE { VALUES (?o) { (1) (2) }
     ?s ?p ?o }
    >>> bind_parameters("SELECT * WHERE { ?s ?p ?o }", {"o } #": 1})
    Traceback (most recent call last):
    ...
    eventgraph.errors.QueryError: 'o } #' is not a SPARQL variable name
    """
    bound = {name: value for name, value in bindings.items() if value is not None}
    if not bound:
        return query
    for name in bound:
        if not _VARIABLE.match(name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
    match = _WHERE.search(_strip_comments(query))
    if match is None:
        raise QueryError("the query has no WHERE { ... } to bind parameters in")
    columns = [_terms(value) for value in bound.values()]
    names = " ".join(f"?{name}" for name in bound)
    rows = " ".join(
        "(" + " ".join(_literal_text(term) for term in row) + ")"
        for row in itertools.product(*columns)
    )
    block = f" VALUES ({names}) {{ {rows} }}\n"
    return query[: match.end()] + block + query[match.end() :]


def _terms(value: Value | Sequence[Value]) -> list[ox.NamedNode | ox.Literal]:
    """One value, or each value of a list, as RDF terms."""
    if isinstance(value, str | int | float | bool | dt.date | ox.NamedNode | ox.Literal):
        return [_term(value)]
    return [_term(v) for v in value]


def _literal_text(term: ox.NamedNode | ox.Literal) -> str:
    """A term as SPARQL text; integers in their short form, the rest as N-Triples (escaped)."""
    if isinstance(term, ox.Literal) and term.datatype.value == _XSD + "integer":
        return term.value
    return str(term)


# ------------------------------------------------------------------ running and formatting


@dataclass(frozen=True)
class QueryResult:
    """The result of a SELECT (``variables`` and ``rows``), ASK (``boolean``) or
    CONSTRUCT/DESCRIBE (``triples``) query; ``raw`` keeps Oxigraph's result for serialising."""

    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[str, str, str]] | None = None
    raw: Any = None


def _value(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value: IRIs and strings as str, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype in (_XSD + "integer", _XSD + "nonNegativeInteger", _XSD + "int", _XSD + "long"):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if datatype in (_XSD + "double", _XSD + "decimal", _XSD + "float"):
            try:
                return float(term.value)
            except ValueError:
                return term.value
        if datatype == _XSD + "boolean":
            return term.value == "true"
    return term.value


def run_query(
    store: Store, query: str, bindings: Mapping[str, Value | Sequence[Value] | None] | None = None
) -> QueryResult:
    """Run a query (canned name, ``.rq`` file or SPARQL text) with optional parameter bindings.

    Examples
    --------
    >>> from eventgraph.store import Store
    >>> run_query(Store(None), "ASK { ?s ?p ?o }").boolean
    False
    """
    text = bind_parameters(load_query(query), bindings or {})
    result = store.query(text)
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [{name: _value(row[name]) for name in variables} for row in result]
        return QueryResult(variables=variables, rows=rows)
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    triples = [(str(t.subject), str(t.predicate), str(t.object)) for t in result]
    return QueryResult(triples=triples)


def format_result(result: QueryResult, format: str) -> str:
    """Serialise a result as ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 results formats for
    SELECT and ASK; N-Triples for CONSTRUCT whatever the format).

    Examples
    --------
    >>> print(format_result(QueryResult(variables=["n"], rows=[{"n": 1}]), "csv"), end="")
    n
    1
    """
    if result.triples is not None:
        return "".join(f"{s} {p} {o} .\n" for s, p, o in result.triples)
    if format not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {format!r}: choose one of csv, tsv, json, table")
    if result.boolean is not None:
        if format == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if format == "json":
        return (
            json.dumps(
                {"head": {"vars": result.variables}, "results": {"bindings": result.rows}},
                ensure_ascii=False,
            )
            + "\n"
        )
    separator = "," if format == "csv" else "\t"
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if row[name] is None else row[name] for name in result.variables])
    return buffer.getvalue()


# ------------------------------------------------------------------ the timeline


@dataclass(frozen=True)
class TimelineRow:
    """One event of the timeline, as plain values."""

    id: str
    doc: str
    type: str
    date: str | None
    begin: str | None
    end: str | None
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    evidence: str
    confidence: float
    iri: str

    def to_json(self) -> dict[str, Any]:
        """The object of ``eventgraph timeline --format json``."""
        return {
            "date": self.date,
            "type": self.type,
            "agents": list(self.agents),
            "targets": list(self.targets),
            "evidence": self.evidence,
            "doc": self.doc,
            "id": self.id,
            "confidence": self.confidence,
            "iri": self.iri,
        }


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(sorted(v for v in (value or "").split("|") if v))


_WIKIDATA_ID = re.compile(r"[Qq][1-9][0-9]*")
_BY_WIKIDATA = """
SELECT DISTINCT ?actor WHERE { ?actor <http://www.w3.org/2002/07/owl#sameAs> ?entity }
ORDER BY ?actor
"""


def find_actors(store: Store, name: str) -> list[str]:
    """The IRIs of the actors called *name* (canonical name, alias or Wikidata id).

    An exact match is an index lookup; only when there is none are the names
    compared case-insensitively.

    Examples
    --------
    >>> from eventgraph.store import Store
    >>> from eventgraph.records import Actor, Document, Event, Mention
    >>> store = Store(None)
    >>> russia = Actor("Russia", "country", aliases=("Moscow",), wikidata="Q159")
    >>> event = Event("d1-s-1", "d1", "statement", agents=(russia,), mentions=(Mention("d1", 0, 4, "said"),))
    >>> _ = store.ingest([(Document("d1", "said."), [event])])
    >>> find_actors(store, "moscow") == find_actors(store, "Q159") == find_actors(store, "Russia")
    True
    >>> find_actors(store, "q159") == find_actors(store, "Russia")
    True
    >>> find_actors(store, "Atlantis")
    []
    """
    name = " ".join(name.split())
    if not name:
        return []
    if _WIKIDATA_ID.fullmatch(name):
        entity = ox.NamedNode(f"http://www.wikidata.org/entity/Q{name[1:]}")
        return [row["actor"] for row in run_query(store, _BY_WIKIDATA, {"entity": entity}).rows]
    rows = run_query(store, "find_actors", {"label": name}).rows
    if not rows:
        rows = run_query(store, "find_actors", {"actorName": name.lower()}).rows
    return [row["actor"] for row in rows]


def _timeline_bindings(
    type: str | None, start: str | dt.date | None, end: str | dt.date | None
) -> dict[str, Value | Sequence[Value] | None]:
    event_class = None
    if type is not None:
        if type not in EVENT_CLASSES:
            raise QueryError(
                f"unknown event type {type!r}: choose one of {', '.join(EVENT_CLASSES)}"
            )
        event_class = ox.NamedNode(str(EVENT_CLASSES[type]))
    return {
        "eventClass": event_class,
        "from": _range_date(start, first=True),
        "to": _range_date(end, first=False),
    }


def _range_date(value: str | dt.date | None, *, first: bool) -> dt.date | None:
    """A ``--from``/``--to`` value as a day: ``2023-12`` is its first or last day."""
    if value is None or isinstance(value, dt.date):
        return value
    bounds = date_bounds(value.strip())
    if bounds is None:
        raise QueryError(f"{value!r} is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    return dt.date.fromisoformat(bounds[1] if first else bounds[2])


def timeline(
    store: Store,
    *,
    actor: str | None = None,
    type: str | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
) -> list[TimelineRow]:
    """The stored events in date order (undated last), filtered by actor, type and date range.

    Parameters
    ----------
    store : Store
    actor : str, optional
        A name, alias or Wikidata id of an actor taking part in any role (case-insensitive).
    type : {'call', 'meeting', 'vote', 'statement', 'attack'}, optional
    start, end : date or ISO string, optional
        Keep events whose date overlaps ``[start, end]``; ``2023-12`` means the whole month.

    Examples
    --------
    >>> from eventgraph.store import Store
    >>> from eventgraph.records import Document, Event, EventDate, Mention
    >>> store = Store(None)
    >>> event = Event("d1-call-1", "d1", "call", date=EventDate("2023-12-10"),
    ...               mentions=(Mention("d1", 0, 5, "spoke"),))
    >>> _ = store.ingest([(Document("d1", "spoke."), [event])])
    >>> [(row.date, row.type) for row in timeline(store, start="2023-12")]
    [('2023-12-10', 'call')]
    """
    bindings = _timeline_bindings(type, start, end)
    if actor is not None:
        iris = find_actors(store, actor)
        if not iris:
            return []
        bindings["actor"] = [ox.NamedNode(iri) for iri in iris]
        return _actor_timeline(store, bindings)
    result = run_query(store, "timeline", bindings)
    return [
        TimelineRow(
            id=row["id"],
            doc=row["doc"],
            type=row["type"],
            date=row["date"],
            begin=row["begin"],
            end=row["end"],
            agents=_split(row["agents"]),
            targets=_split(row["targets"]),
            evidence=row["evidence"] or "",
            confidence=row["confidence"],
            iri=row["event"],
        )
        for row in result.rows
    ]


def _actor_timeline(store: Store, bindings: Mapping[str, Any]) -> list[TimelineRow]:
    """``actor_timeline.rq``: each event's ``eg:timelineEntry``, in timeline.rq's order.

    The entries are read straight from Oxigraph's result and decoded as one
    JSON array (4x faster than one :func:`json.loads` each), then sorted as
    ``timeline.rq`` sorts: dated first, by first day, last day, document and id.
    """
    result = store.query(bind_parameters(load_query("actor_timeline"), bindings))
    assert isinstance(result, ox.QuerySolutions)
    entries = json.loads("[" + ",".join(solution[0].value for solution in result) + "]")
    if not entries and _written_before_timeline_entries(store, bindings["actor"]):
        raise StoreError(
            "this store was written by an older eventgraph, before events carried"
            " timeline entries; ingest the documents again (eventgraph ingest PATH"
            " --store STORE replaces each document's graph)"
        )
    rows = [
        TimelineRow(
            id=entry["id"],
            doc=entry["doc"],
            type=entry["type"],
            date=entry["date"],
            begin=entry["begin"],
            end=entry["end"],
            agents=tuple(entry["agents"]),
            targets=tuple(entry["targets"]),
            evidence=entry["evidence"],
            confidence=entry["confidence"],
            iri=str(mint("event", entry["id"])),
        )
        for entry in entries
    ]
    rows.sort(key=lambda row: (row.begin is None, row.begin or "", row.end or "", row.doc, row.id))
    return rows


def _written_before_timeline_entries(store: Store, actors: Iterable[ox.NamedNode]) -> bool:
    """Whether the actors take part in events that have no ``eg:timelineEntry``.

    Asked only when an actor's timeline comes back empty, so a store mapped before
    the entries existed fails loudly instead of showing no events.
    """
    listed = " ".join(str(actor) for actor in actors)
    ask = f"""
PREFIX eg: <https://w3id.org/eventgraph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
ASK {{
  VALUES ?actor {{ {listed} }}
  GRAPH ?document {{
    ?event sem:hasActor ?actor .
    FILTER NOT EXISTS {{ ?event eg:timelineEntry ?entry }}
  }}
}}"""
    return bool(store.query(ask))


# ------------------------------------------------------------------ event records from the store

_DETAILS = """
PREFIX eg: <https://w3id.org/eventgraph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?event ?key ?value ?extra ?text WHERE {
  ?event a sem:Event .
  {
    VALUES (?property ?key) {
      (eg:dateText "date_text") (eg:dateInferred "date_inferred") (eg:datePrecision "precision")
      (eg:quote "quote") (eg:statementType "subtype") (eg:motion "motion") (eg:outcome "outcome")
      (eg:yesVotes "yes") (eg:noVotes "no") (eg:abstentions "abstain")
      (eg:killed "killed") (eg:injured "injured") (eg:attribution "attribution")
      (eg:trigger "trigger") (eg:cameoCode "cameo") (eg:ploverCode "plover")
    }
    ?event ?property ?value .
  } UNION {
    ?event sem:hasPlace ?place . ?place rdfs:label ?value . BIND("location" AS ?key)
  } UNION {
    ?event eg:dateMention ?m . ?m nif:beginIndex ?value ; nif:endIndex ?extra .
    BIND("date_span" AS ?key)
  } UNION {
    ?event gaf:denotedBy ?m . ?m nif:beginIndex ?value ; nif:endIndex ?extra ; nif:anchorOf ?text .
    BIND("mention" AS ?key)
  }
}
"""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].lower()


def stored_events(
    store: Store,
    *,
    actor: str | None = None,
    type: str | None = None,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
) -> list[Event]:
    """Rebuild :class:`~eventgraph.records.Event` records from the store, in date order.

    Filters as :func:`timeline`. Each actor is described as its event's
    document describes it (name, kind, aliases, Wikidata id, role,
    affiliation), so :attr:`Actor.key` is the key the extractor gave it.
    Mention texts come from the stored spans; sentence offsets are not rebuilt.

    Examples
    --------
    >>> from eventgraph.store import Store
    >>> from eventgraph.records import Actor, Document, Event, Mention
    >>> store = Store(None)
    >>> putin = Actor("Vladimir Putin", "person", wikidata="Q7747")
    >>> event = Event("d1-meeting-1", "d1", "meeting", agents=(putin,),
    ...               mentions=(Mention("d1", 6, 9, "met"),))
    >>> _ = store.ingest([(Document("d1", "Putin met Erdogan."), [event])])
    >>> [(e.id, e.agents[0].key, e.mentions[0].text) for e in stored_events(store)]
    [('d1-meeting-1', 'wd:Q7747', 'met')]
    """
    rows = timeline(store, actor=actor, type=type, start=start, end=end)
    wanted = {row.iri for row in rows}
    # Binding the events as a long VALUES list makes Oxigraph 0.5 slower than reading
    # every event's details and keeping the wanted ones here.
    roles: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for row in run_query(store, "event_roles").rows:
        if row["event"] not in wanted:
            continue
        described = Actor(
            name=row["name"],
            kind=row["kind"] or "organization",
            aliases=tuple(a for a in _split(row["aliases"]) if a != row["name"]),
            wikidata=row["wikidata"],
            role=row["actorRole"],
            affiliation=row["affiliation"],
        )
        if row["role"] == "ballot":
            roles[row["event"]]["ballots"].append(Ballot(described, row["position"]))
        else:
            roles[row["event"]][row["role"]].append(described)
    details: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    texts: dict[tuple[str, int, int], str] = {}
    for row in run_query(store, _DETAILS).rows:
        if row["event"] not in wanted:
            continue
        details[row["event"]][row["key"]].append((row["value"], row["extra"]))
        if row["key"] == "mention":
            texts[(row["event"], row["value"], row["extra"])] = row["text"]
    return [_event_record(row, roles[row.iri], details[row.iri], texts) for row in rows]


def _first(values: list[tuple[Any, Any]], default: Any = None) -> Any:
    return min(v for v, _ in values) if values else default


def _event_record(
    row: TimelineRow,
    roles: Mapping[str, list[Any]],
    details: Mapping[str, list[tuple[Any, Any]]],
    texts: Mapping[tuple[str, int, int], str],
) -> Event:
    date = None
    if row.date is not None:
        span = _first(details.get("date_span", []))
        span_end = next((e for b, e in details.get("date_span", []) if b == span), None)
        date = EventDate(
            value=row.date,
            precision=_local(_first(details.get("precision", []), "#day")).removeprefix("unit"),  # type: ignore[arg-type]
            text=_first(details.get("date_text", [])),
            start=span,
            end=span_end,
            inferred=bool(_first(details.get("date_inferred", []), False)),
        )
    tally = None
    if any(key in details for key in ("yes", "no", "abstain")):
        tally = Tally(
            yes=_first(details.get("yes", [])),
            no=_first(details.get("no", [])),
            abstain=_first(details.get("abstain", [])),
        )
    casualties = None
    if any(key in details for key in ("killed", "injured")):
        casualties = Casualties(
            killed=_first(details.get("killed", [])), injured=_first(details.get("injured", []))
        )
    mentions = tuple(
        Mention(row.doc, begin, end, texts.get((row.iri, begin, end), ""))
        for begin, end in sorted(details.get("mention", []))
    )
    subtype = _first(details.get("subtype", []))
    outcome = _first(details.get("outcome", []))
    return Event(
        id=row.id,
        doc=row.doc,
        type=row.type,
        agents=tuple(sorted(roles.get("agent", []), key=lambda a: a.name)),
        targets=tuple(sorted(roles.get("target", []), key=lambda a: a.name)),
        date=date,
        location=_first(details.get("location", [])),
        attribution=tuple(sorted(v for v, _ in details.get("attribution", []))),
        quote=_first(details.get("quote", [])),
        subtype=_local(subtype) if subtype else None,
        motion=_first(details.get("motion", [])),
        outcome=_local(outcome) if outcome else None,
        tally=tally,
        ballots=tuple(sorted(roles.get("ballots", []), key=lambda b: b.actor.name)),
        sponsors=tuple(sorted(roles.get("sponsor", []), key=lambda a: a.name)),
        casualties=casualties,
        confidence=row.confidence,
        mentions=mentions,
        evidence=row.evidence,
        trigger=_first(details.get("trigger", [])),
        cameo=_first(details.get("cameo", [])),
        plover=_first(details.get("plover", [])),
    )


# ------------------------------------------------------------------ actors


@dataclass(frozen=True)
class ActorRow:
    """One actor of the store with the number of events it takes part in."""

    iri: str
    name: str
    kind: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    events: int

    def to_json(self) -> dict[str, Any]:
        """The object of ``eventgraph actors --format json``."""
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "wikidata": self.wikidata,
            "events": self.events,
            "iri": self.iri,
        }


def actors(store: Store) -> list[ActorRow]:
    """The store's actors, most active first.

    Examples
    --------
    >>> from eventgraph.store import Store
    >>> actors(Store(None))
    []
    """
    return [
        ActorRow(
            iri=row["actor"],
            name=row["name"],
            kind=row["kind"],
            aliases=tuple(a for a in _split(row["aliases"]) if a != row["name"]),
            wikidata=row["wikidata"],
            events=row["events"],
        )
        for row in run_query(store, "actors").rows
    ]
