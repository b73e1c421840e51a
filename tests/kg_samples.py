"""Hand-built documents and events that use every field the RDF mapping knows.

Shared by the knowledge-graph tests (test_rdf, test_store, test_query,
test_server, test_push). Offsets are computed from the texts, so every
mention covers the words it names.
"""

from __future__ import annotations

import datetime as dt
import functools

from eventgraph.records import (
    Actor,
    Ballot,
    Casualties,
    Document,
    Event,
    EventDate,
    Mention,
    Tally,
)

NETANYAHU = Actor(
    "Benjamin Netanyahu",
    "person",
    aliases=("Netanyahu",),
    wikidata="Q43723",
    role="Prime Minister",
    affiliation="Israel",
)
PUTIN = Actor("Vladimir Putin", "person", aliases=("Putin",), wikidata="Q7747", role="President")
RUSSIA = Actor("Russia", "country", aliases=("Moscow", "the Kremlin"), wikidata="Q159")
USA = Actor("United States", "country", aliases=("Washington",), wikidata="Q30")
UNSC = Actor("UN Security Council", "organization", aliases=("the Council",))
HAMAS = Actor("Hamas", "group")
ISRAEL = Actor("Israel", "country", wikidata="Q801")
UAE = Actor("United Arab Emirates", "country", aliases=("UAE",))

TEXT_1 = (
    "Netanyahu spoke to Putin on Sunday. "
    "The Council voted on a UAE resolution on Friday; Washington vetoed it and Russia voted yes. "
    'Netanyahu criticised Moscow, saying "this is unacceptable".'
)
TEXT_2 = (
    "Hamas attacked Israel on 7 October 2023, killing 1,200 people. "
    "Putin met Netanyahu in Moscow in March 2019. "
    "Russia said in 2023 it would help."
)


def _span(document: Document, text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(text, start + 1)
    return start, start + len(text)


def _mention(document: Document, text: str, sentence: str) -> Mention:
    start, end = _span(document, text)
    s_start, s_end = _span(document, sentence)
    return Mention(document.id, start, end, text, s_start, s_end)


def _date(document: Document, value: str, precision: str, text: str, **kw: object) -> EventDate:
    start, end = _span(document, text)
    return EventDate(value, precision, text, start, end, **kw)  # type: ignore[arg-type]


def sample_corpus() -> list[tuple[Document, list[Event]]]:
    """Two documents, six events: a call, a vote, a statement, an attack, a meeting, a statement."""
    doc1 = Document(
        "kg-001",
        TEXT_1,
        published=dt.date(2023, 12, 11),
        source="Example Wire",
        title="Netanyahu speaks to Putin",
        url="https://example.org/news/1",
    )
    doc2 = Document("kg-002", TEXT_2, published=dt.date(2023, 10, 8), title="Background")
    s1 = "Netanyahu spoke to Putin on Sunday."
    s2 = "The Council voted on a UAE resolution on Friday; Washington vetoed it and Russia voted yes."
    s3 = 'Netanyahu criticised Moscow, saying "this is unacceptable".'
    events1 = [
        Event(
            "kg-001-call-1",
            "kg-001",
            "call",
            agents=(NETANYAHU,),
            targets=(PUTIN,),
            date=_date(doc1, "2023-12-10", "day", "on Sunday"),
            mentions=(_mention(doc1, "spoke", s1),),
            evidence=s1,
            trigger="speak",
            confidence=0.9,
            cameo="041",
            plover="CONSULT",
            attribution=("Reuters",),
        ),
        Event(
            "kg-001-vote-1",
            "kg-001",
            "vote",
            agents=(UNSC,),
            date=_date(doc1, "2023-12-08", "day", "on Friday"),
            motion="a UAE resolution",
            outcome="vetoed",
            tally=Tally(yes=13, no=None, abstain=1),
            ballots=(Ballot(USA, "veto"), Ballot(RUSSIA, "yes")),
            sponsors=(UAE,),
            mentions=(_mention(doc1, "voted", s2), _mention(doc1, "vetoed", s2)),
            evidence=s2,
            confidence=0.8,
        ),
        Event(
            "kg-001-statement-1",
            "kg-001",
            "statement",
            agents=(NETANYAHU,),
            targets=(RUSSIA,),
            date=_date(doc1, "2023-12-10", "day", "on Sunday", inferred=True),
            subtype="criticism",
            quote="this is unacceptable",
            mentions=(_mention(doc1, "criticised", s3),),
            evidence=s3,
            confidence=0.7,
        ),
    ]
    s4 = "Hamas attacked Israel on 7 October 2023, killing 1,200 people."
    s5 = "Putin met Netanyahu in Moscow in March 2019."
    s6 = "Russia said in 2023 it would help."
    events2 = [
        Event(
            "kg-002-attack-1",
            "kg-002",
            "attack",
            agents=(HAMAS,),
            targets=(ISRAEL,),
            date=_date(doc2, "2023-10-07", "day", "on 7 October 2023"),
            casualties=Casualties(killed=1200, injured=None),
            mentions=(_mention(doc2, "attacked", s4),),
            evidence=s4,
            confidence=0.95,
        ),
        Event(
            "kg-002-meeting-1",
            "kg-002",
            "meeting",
            agents=(PUTIN,),
            targets=(NETANYAHU,),
            date=_date(doc2, "2019-03", "month", "in March 2019"),
            location="Moscow",
            mentions=(_mention(doc2, "met", s5),),
            evidence=s5,
            confidence=0.85,
        ),
        Event(
            "kg-002-statement-1",
            "kg-002",
            "statement",
            agents=(RUSSIA,),
            date=_date(doc2, "2023", "year", "in 2023"),
            subtype="claim",
            mentions=(_mention(doc2, "said", s6),),
            evidence=s6,
        ),
    ]
    return [(doc1, events1), (doc2, events2)]


@functools.cache
def extracted(*folders: str) -> tuple[tuple[Document, tuple[Event, ...]], ...]:
    """Extraction output for folders of articles, computed once per test process.

    Extraction costs seconds; the knowledge-graph tests of several modules share it.
    """
    from pathlib import Path

    from eventgraph.extract import extract
    from eventgraph.loaders import iter_documents

    documents = [d for d in iter_documents([Path(f) for f in folders]) if isinstance(d, Document)]
    return tuple((d, tuple(events)) for d, events in extract(documents, jobs=1))
