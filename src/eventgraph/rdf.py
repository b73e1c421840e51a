"""Events to RDF: one named graph per document, under the eventgraph ontology.

Every IRI is made by :func:`mint`; nothing else builds IRIs from strings.
The same record always gives the same IRI, so re-ingesting a document
replaces its facts instead of adding new ones:

- a document is ``<https://w3id.org/eventgraph/id/doc/{id}>``, which also
  names its graph;
- an event is ``.../event/{Event.id}``;
- an actor is ``.../actor/wd/{Q-id}`` when its Wikidata id is known, else
  ``.../actor/{kind}/{normalised name}`` (from :attr:`Actor.key`), so the same
  actor in two documents is one node; ``owl:sameAs`` links it to Wikidata;
- a mention is the document IRI with a NIF fragment ``#char=begin,end``.

Examples
--------
>>> from eventgraph.records import Actor, Document, Event, Mention
>>> document = Document("d1", "Putin met Erdogan.")
>>> event = Event("d1-meeting-1", "d1", "meeting", agents=(Actor("Vladimir Putin", "person"),),
...               mentions=(Mention("d1", 6, 9, "met"),))
>>> rdf = document_graph(document, [event])
>>> rdf.identifier
rdflib.term.URIRef('https://w3id.org/eventgraph/id/doc/d1')
>>> (mint("event", "d1-meeting-1"), RDF.type, EG.Meeting) in rdf
True
"""

from __future__ import annotations

import calendar
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, TIME
from rdflib.term import Node

from .namespace import EG, GAF, NIF, PREFIXES, SCHEMA, SEM, WD
from .records import Actor, Document, Event, EventDate

__all__ = [
    "ID",
    "EVENT_CLASSES",
    "ACTOR_CLASSES",
    "mint",
    "document_iri",
    "event_iri",
    "actor_iri",
    "date_bounds",
    "timeline_entry",
    "document_triples",
    "document_graph",
    "to_dataset",
]

#: Base of every IRI eventgraph mints for data.
ID = Namespace("https://w3id.org/eventgraph/id/")

#: Event type (``Event.type``) to ontology class.
EVENT_CLASSES: dict[str, URIRef] = {
    "call": EG.Call,
    "meeting": EG.Meeting,
    "vote": EG.Vote,
    "statement": EG.Statement,
    "attack": EG.Attack,
}
#: Actor kind (``Actor.kind``) to ontology class.
ACTOR_CLASSES: dict[str, URIRef] = {
    "person": EG.Person,
    "organization": EG.Organization,
    "country": EG.Country,
    "group": EG.Group,
}
_STATEMENT_TYPES = {
    "criticism": EG.Criticism,
    "appeal": EG.Appeal,
    "support": EG.Support,
    "denial": EG.Denial,
    "threat": EG.Threat,
    "claim": EG.Claim,
}
_POSITIONS = {"yes": EG.Yes, "no": EG.No, "abstain": EG.Abstain, "veto": EG.Veto}
_OUTCOMES = {"adopted": EG.Adopted, "rejected": EG.Rejected, "vetoed": EG.Vetoed}
_PRECISIONS = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear}
_DATE_FORMS = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day", XSD.date),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month", XSD.gYearMonth),
    (re.compile(r"^(\d{4})$"), "year", XSD.gYear),
)
_WIKIDATA_ID = re.compile(r"^Q[0-9]+$")
_KINDS = ("doc", "event", "actor", "place", "ballot", "mention", "analysis")


def _segment(text: str) -> str:
    """One IRI path segment: readable (spaces become ``_``) and injective.

    A ``%`` of the text is escaped too: kept, "100%" made an invalid IRI and
    "a%41" read back as "aA".

    Examples
    --------
    >>> _segment("100% a_b"), _segment("a%41")
    ('100%25_a%5Fb', 'a%2541')
    """
    normal = " ".join(text.split()).replace("%", "%25").replace("_", "%5F")
    return quote(normal, safe="%").replace("%20", "_")


def mint(kind: str, *parts: str | int) -> URIRef:
    """Make the IRI of a thing eventgraph describes; the one place IRIs are built.

    Parameters
    ----------
    kind : {'doc', 'event', 'actor', 'place', 'ballot', 'mention', 'analysis'}
        What the IRI names.
    *parts : str or int
        ``doc``: the document id; ``event``: the event id; ``actor``: the
        :attr:`Actor.key`; ``place``: the place name; ``ballot``: the event id and
        the voter's key; ``mention``: the document id, begin and end offsets;
        ``analysis``: the name of an analysis result (its named graph).

    Examples
    --------
    >>> mint("actor", "wd:Q159")
    rdflib.term.URIRef('https://w3id.org/eventgraph/id/actor/wd/Q159')
    >>> mint("actor", "person:vladimir putin")
    rdflib.term.URIRef('https://w3id.org/eventgraph/id/actor/person/vladimir_putin')
    >>> mint("mention", "seed-001", 12, 20)
    rdflib.term.URIRef('https://w3id.org/eventgraph/id/doc/seed-001#char=12,20')
    >>> mint("analysis", "pagerank")
    rdflib.term.URIRef('https://w3id.org/eventgraph/id/analysis/pagerank')
    >>> mint("planet", "x")
    Traceback (most recent call last):
    ...
    ValueError: unknown kind of IRI 'planet' (expected one of doc, event, actor, place, ballot, mention, analysis)
    """
    if kind not in _KINDS:
        raise ValueError(f"unknown kind of IRI {kind!r} (expected one of {', '.join(_KINDS)})")
    if kind == "mention":
        doc, begin, end = parts
        return URIRef(f"{mint('doc', doc)}#char={int(begin)},{int(end)}")
    if kind == "actor":
        (key,) = parts
        prefix, _, rest = str(key).partition(":")
        return ID[f"actor/{_segment(prefix)}/{_segment(rest)}"]
    if kind == "ballot":
        event, voter_key = parts
        voter = mint("actor", voter_key)[len(ID) + len("actor/") :]
        return URIRef(f"{mint('event', event)}/ballot/{voter}")
    if kind == "place":
        (name,) = parts
        return ID[f"place/{_segment(str(name).lower())}"]
    (identifier,) = parts
    return ID[f"{kind}/{_segment(str(identifier))}"]


def document_iri(doc: str) -> URIRef:
    """The IRI of a document, which also names its graph.

    Examples
    --------
    >>> document_iri("seed-001")
    rdflib.term.URIRef('https://w3id.org/eventgraph/id/doc/seed-001')
    """
    return mint("doc", doc)


def event_iri(event: Event) -> URIRef:
    """The stable IRI of an event, from :attr:`Event.id`.

    Examples
    --------
    >>> event_iri(Event("seed-001-call-4061ad58", "seed-001", "call"))
    rdflib.term.URIRef('https://w3id.org/eventgraph/id/event/seed-001-call-4061ad58')
    """
    return mint("event", event.id)


def actor_iri(actor: Actor) -> URIRef:
    """The IRI of an actor, the same in every document (from :attr:`Actor.key`).

    Examples
    --------
    >>> actor_iri(Actor("Russia", "country", wikidata="Q159"))
    rdflib.term.URIRef('https://w3id.org/eventgraph/id/actor/wd/Q159')
    >>> actor_iri(Actor("Hamas", "group")) == actor_iri(Actor(" HAMAS ", "group"))
    True
    """
    return mint("actor", actor.key)


def date_bounds(value: str) -> tuple[str, str, str] | None:
    """The precision, first day and last day of an ISO date, month or year; None if malformed.

    Examples
    --------
    >>> date_bounds("2024-02")
    ('month', '2024-02-01', '2024-02-29')
    >>> date_bounds("2023-12-10")
    ('day', '2023-12-10', '2023-12-10')
    >>> date_bounds("2023-13") is None
    True
    """
    for pattern, precision, _ in _DATE_FORMS:
        match = pattern.match(value)
        if not match:
            continue
        year = int(match[1])
        month = int(match[2]) if precision != "year" else None
        if month is not None and not 1 <= month <= 12:
            return None
        if precision == "day":
            assert month is not None
            if not 1 <= int(match[3]) <= calendar.monthrange(year, month)[1]:
                return None
            return precision, value, value
        if precision == "month":
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            return precision, f"{value}-01", f"{value}-{last:02d}"
        return precision, f"{value}-01-01", f"{value}-12-31"
    return None


Triple = tuple[Node, Node, Node]


def _count(value: int | None) -> Literal | None:
    """A count as ``xsd:integer`` (Oxigraph stores ``xsd:nonNegativeInteger`` as integer anyway)."""
    if value is None or value < 0:
        return None
    return Literal(int(value), datatype=XSD.integer)


def _mention(document: Document, begin: int, end: int, seen: set[URIRef]) -> Iterator[Triple]:
    """A span's triples; its text is the document's, so one span always says the same."""
    node = mint("mention", document.id, begin, end)
    if node in seen:  # a sentence or a name shared by several events
        return
    seen.add(node)
    yield node, RDF.type, EG.Mention
    yield node, EG.inDocument, document_iri(document.id)
    yield node, NIF.beginIndex, Literal(begin, datatype=XSD.integer)
    yield node, NIF.endIndex, Literal(end, datatype=XSD.integer)
    yield node, NIF.anchorOf, Literal(document.text[begin:end])


def _valid_span(document: Document, begin: int | None, end: int | None) -> bool:
    return begin is not None and end is not None and 0 <= begin < end <= len(document.text)


def _event_mentions(
    document: Document, event: Event, node: URIRef, seen: set[URIRef]
) -> Iterator[Triple]:
    for mention in event.mentions:
        if not _valid_span(document, mention.start, mention.end):
            continue
        iri = mint("mention", document.id, mention.start, mention.end)
        yield node, GAF.denotedBy, iri
        yield from _mention(document, mention.start, mention.end, seen)
        if _valid_span(document, mention.sentence_start, mention.sentence_end):
            assert mention.sentence_start is not None and mention.sentence_end is not None
            sentence = mint("mention", document.id, mention.sentence_start, mention.sentence_end)
            yield iri, EG.sentence, sentence
            yield from _mention(document, mention.sentence_start, mention.sentence_end, seen)


def _sentence_span(document: Document, event: Event) -> tuple[int, int] | None:
    """Where the event's sentence is: from its first mention, else from its evidence."""
    mentions = sorted(event.mentions, key=lambda m: m.start)
    for mention in mentions:
        if _valid_span(document, mention.sentence_start, mention.sentence_end):
            assert mention.sentence_start is not None and mention.sentence_end is not None
            return mention.sentence_start, mention.sentence_end
    if event.evidence:
        near = mentions[0].start if mentions else 0
        begin = document.text.rfind(event.evidence, 0, near + len(event.evidence))
        if begin < 0:
            begin = document.text.find(event.evidence)
        if begin >= 0:
            return begin, begin + len(event.evidence)
    return None


@functools.lru_cache(maxsize=4096)
def _word_pattern(form: str) -> re.Pattern[str]:
    """A name as a whole word, any case (compiled once: names recur across events)."""
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)


def _argument_mentions(
    document: Document, event: Event, node: URIRef, seen: set[URIRef]
) -> Iterator[Triple]:
    """Point each actor of the event to where its sentence names it, when it does."""
    span = _sentence_span(document, event)
    if span is None:
        return
    begin, end = span
    sentence = document.text[begin:end]
    for actor in {a.key: a for a in (*event.actors, *event.sponsors)}.values():
        forms = sorted({actor.name, *actor.aliases}, key=len, reverse=True)
        for form in forms:
            if not form.strip():
                continue
            found = _word_pattern(form).search(sentence)
            if found:
                iri = mint("mention", document.id, begin + found.start(), begin + found.end())
                yield node, EG.argumentMention, iri
                yield iri, GAF.denotes, actor_iri(actor)
                yield from _mention(document, begin + found.start(), begin + found.end(), seen)
                break


def _date(document: Document, date: EventDate, node: URIRef, seen: set[URIRef]) -> Iterator[Triple]:
    bounds = date_bounds(date.value)
    if bounds is not None:
        precision, first, last = bounds
        datatype = next(dtype for _, p, dtype in _DATE_FORMS if p == precision)
        yield node, SEM.hasTimeStamp, Literal(date.value, datatype=datatype)
        yield node, SEM.hasEarliestBeginTimeStamp, Literal(first, datatype=XSD.date)
        yield node, SEM.hasLatestEndTimeStamp, Literal(last, datatype=XSD.date)
        yield node, EG.datePrecision, _PRECISIONS[precision]
    if date.text:
        yield node, EG.dateText, Literal(date.text)
    yield node, EG.dateInferred, Literal(bool(date.inferred))
    if _valid_span(document, date.start, date.end):
        assert date.start is not None and date.end is not None
        yield node, EG.dateMention, mint("mention", document.id, date.start, date.end)
        yield from _mention(document, date.start, date.end, seen)


def _actor(actor: Actor) -> Iterator[Triple]:
    node = actor_iri(actor)
    yield node, RDF.type, SEM.Actor
    if actor.kind in ACTOR_CLASSES:
        yield node, RDF.type, ACTOR_CLASSES[actor.kind]
    yield node, RDFS.label, Literal(actor.name)
    for alias in actor.aliases:
        if alias != actor.name:
            yield node, SKOS.altLabel, Literal(alias)
    if actor.wikidata and _WIKIDATA_ID.match(actor.wikidata):
        yield node, OWL.sameAs, WD[actor.wikidata]
    if actor.role:
        yield node, EG.role, Literal(actor.role)
    if actor.affiliation:
        yield node, EG.affiliation, Literal(actor.affiliation)


def _event(document: Document, event: Event, seen: set[URIRef]) -> Iterator[Triple]:
    node = event_iri(event)
    yield node, RDF.type, SEM.Event
    if event.type in EVENT_CLASSES:
        yield node, RDF.type, EVENT_CLASSES[event.type]
    yield node, DCTERMS.identifier, Literal(event.id)
    yield node, PROV.wasDerivedFrom, document_iri(document.id)
    for role, actors in (
        (EG.hasAgent, event.agents),
        (EG.hasTarget, event.targets),
        (EG.hasSponsor, event.sponsors),
        (EG.hasVoter, tuple(b.actor for b in event.ballots)),
    ):
        for actor in actors:
            yield node, role, actor_iri(actor)
            yield node, SEM.hasActor, actor_iri(actor)
    if event.date is not None:
        yield from _date(document, event.date, node, seen)
    if event.location:
        place = mint("place", event.location)
        yield node, SEM.hasPlace, place
        yield place, RDF.type, SEM.Place
        yield place, RDFS.label, Literal(event.location)
    for source in event.attribution:
        yield node, EG.attribution, Literal(source)
    if event.quote:
        yield node, EG.quote, Literal(event.quote)
    if event.subtype in _STATEMENT_TYPES:
        yield node, EG.statementType, _STATEMENT_TYPES[event.subtype]
    if event.motion:
        yield node, EG.motion, Literal(event.motion)
    if event.outcome in _OUTCOMES:
        yield node, EG.outcome, _OUTCOMES[event.outcome]
    if event.tally is not None:
        for prop, value in (
            (EG.yesVotes, event.tally.yes),
            (EG.noVotes, event.tally.no),
            (EG.abstentions, event.tally.abstain),
        ):
            count = _count(value)
            if count is not None:
                yield node, prop, count
    for ballot in event.ballots:
        if ballot.position not in _POSITIONS:
            continue
        ballot_node = mint("ballot", event.id, ballot.actor.key)
        yield node, EG.hasBallot, ballot_node
        yield ballot_node, RDF.type, EG.Ballot
        yield ballot_node, EG.voter, actor_iri(ballot.actor)
        yield ballot_node, EG.position, _POSITIONS[ballot.position]
    if event.casualties is not None:
        for prop, value in (
            (EG.killed, event.casualties.killed),
            (EG.injured, event.casualties.injured),
        ):
            count = _count(value)
            if count is not None:
                yield node, prop, count
    yield node, EG.confidence, Literal(float(event.confidence), datatype=XSD.double)
    if event.evidence:
        yield node, EG.evidence, Literal(event.evidence.strip())
    if event.trigger:
        yield node, EG.trigger, Literal(event.trigger)
    if event.cameo:
        yield node, EG.cameoCode, Literal(event.cameo)
    if event.plover:
        yield node, EG.ploverCode, Literal(event.plover)
    yield from _event_mentions(document, event, node, seen)
    yield from _argument_mentions(document, event, node, seen)


def timeline_entry(document: Document, event: Event, names: Mapping[URIRef, Iterable[str]]) -> str:
    """What a timeline shows of an event, as the JSON text of its ``eg:timelineEntry``.

    Every value repeats a fact the mapping also writes, exactly as a query of
    those facts reads it back (``timeline.rq``): so one lookup per event
    gives an actor's timeline instead of a dozen. ``names`` maps each actor
    IRI to the names (``rdfs:label``) the document gives it; the agents and
    targets are listed by those names, sorted.

    Examples
    --------
    >>> putin = Actor("Vladimir Putin", "person")
    >>> event = Event("d1-meeting-1", "d1", "meeting", agents=(putin,), date=EventDate("2019-03"),
    ...               evidence=" Putin met Erdogan. ", confidence=0.9)
    >>> print(timeline_entry(Document("d1", "Putin met Erdogan."), event,
    ...                      {actor_iri(putin): ["Vladimir Putin"]}))
    {"id":"d1-meeting-1","doc":"d1","type":"meeting","date":"2019-03","begin":"2019-03-01","end":"2019-03-31","confidence":0.9,"agents":["Vladimir Putin"],"targets":[],"evidence":"Putin met Erdogan."}
    """
    bounds = date_bounds(event.date.value) if event.date is not None else None

    def named(actors: Iterable[Actor]) -> list[str]:
        return sorted({name for a in actors for name in names.get(actor_iri(a), ()) if name})

    entry = {
        "id": event.id,
        "doc": document.id,
        "type": event.type,
        "date": event.date.value if event.date is not None and bounds is not None else None,
        "begin": bounds[1] if bounds is not None else None,
        "end": bounds[2] if bounds is not None else None,
        "confidence": float(event.confidence),
        "agents": named(event.agents),
        "targets": named(event.targets),
        "evidence": event.evidence.strip() if event.evidence else "",
    }
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))


def _document(document: Document) -> Iterator[Triple]:
    node = document_iri(document.id)
    yield node, RDF.type, EG.Document
    yield node, RDF.type, PROV.Entity
    yield node, DCTERMS.identifier, Literal(document.id)
    if document.title:
        yield node, DCTERMS.title, Literal(document.title)
    if document.source:
        yield node, DCTERMS.publisher, Literal(document.source)
    if document.published:
        yield node, DCTERMS.issued, Literal(document.published.isoformat(), datatype=XSD.date)
    if document.url:
        yield node, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)


def document_triples(document: Document, events: Iterable[Event]) -> Iterator[Triple]:
    """The triples of one document's graph: its metadata and every fact taken from it.

    May repeat a triple (an actor in two events); a graph keeps one copy.

    Examples
    --------
    >>> triples = list(document_triples(Document("d1", "Text.", title="T"), []))
    >>> (document_iri("d1"), DCTERMS.title, Literal("T")) in triples
    True
    """
    yield from _document(document)
    events = list(events)
    # Each actor is described once per document, however many events name it.
    described = dict.fromkeys(a for event in events for a in (*event.actors, *event.sponsors))
    names: dict[URIRef, set[str]] = {}
    for actor in described:
        names.setdefault(actor_iri(actor), set()).add(actor.name)
    seen: set[URIRef] = set()
    for event in events:
        yield from _event(document, event, seen)
        if event.type in EVENT_CLASSES:
            entry = timeline_entry(document, event, names)
            yield event_iri(event), EG.timelineEntry, Literal(entry, datatype=RDF.JSON)
    for actor in described:
        yield from _actor(actor)


def document_graph(document: Document, events: Iterable[Event]) -> Graph:
    """One document's named graph, identified by the document's IRI.

    Examples
    --------
    >>> len(document_graph(Document("d1", "Text."), [])) > 0
    True
    """
    rdf = Graph(identifier=document_iri(document.id))
    for triple in document_triples(document, events):
        rdf.add(triple)
    return rdf


def to_dataset(results: Iterable[tuple[Document, Iterable[Event]]]) -> Dataset:
    """An rdflib Dataset with one named graph per document.

    Examples
    --------
    >>> dataset = to_dataset([(Document("d1", "One."), []), (Document("d2", "Two."), [])])
    >>> sorted(str(g.identifier).rsplit("/", 1)[1] for g in dataset.graphs() if len(g))
    ['d1', 'd2']
    """
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for document, events in results:
        graph = dataset.graph(document_iri(document.id))
        for triple in document_triples(document, events):
            graph.add(triple)
    return dataset
