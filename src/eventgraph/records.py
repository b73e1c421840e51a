"""The records that travel through the pipeline.

Every stage takes and returns these frozen dataclasses: a loader yields
:class:`Document` records, the extractor turns a document into
:class:`Event` records, the RDF mapping turns events into triples.

Character offsets (``start``/``end``) always refer to ``Document.text``, the
body exactly as it stands after the front matter.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "ACTOR_KINDS",
    "EVENT_TYPES",
    "POSITIONS",
    "OUTCOMES",
    "SUBTYPES",
    "Actor",
    "Ballot",
    "Casualties",
    "Document",
    "Event",
    "EventDate",
    "Mention",
    "Tally",
    "event_id",
]

#: The five event types of the guidelines.
EVENT_TYPES: tuple[str, ...] = ("call", "meeting", "vote", "statement", "attack")
#: Kinds of actor.
ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "group")
#: Ballot positions.
POSITIONS: tuple[str, ...] = ("yes", "no", "abstain", "veto")
#: Vote outcomes.
OUTCOMES: tuple[str, ...] = ("adopted", "rejected", "vetoed")
#: Statement subtypes.
SUBTYPES: tuple[str, ...] = ("criticism", "appeal", "support", "denial", "threat", "claim")


@dataclass(frozen=True)
class Document:
    """One news article.

    Examples
    --------
    >>> Document(id="d1", text="Body.").published is None
    True
    """

    id: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of a document's text that supports a fact.

    Examples
    --------
    >>> Mention("d1", 0, 5, "Putin").text
    'Putin'
    """

    doc: str
    start: int
    end: int
    text: str
    sentence_start: int | None = None
    sentence_end: int | None = None


@dataclass(frozen=True)
class Actor:
    """A canonical real-world actor.

    ``name`` is the canonical name; ``aliases`` are the surface forms seen.
    ``role`` and ``affiliation`` hold what the text states of a person
    ("Russian President Vladimir Putin": role ``President``, affiliation
    ``Russia``), never merging the person into the state.

    Examples
    --------
    >>> Actor("Russia", "country", wikidata="Q159").key
    'wd:Q159'
    >>> Actor("Hamas", "group").key
    'group:hamas'
    >>> Actor("Pedro Sánchez", "person").key == Actor("Pedro Sanchez", "person").key
    True
    """

    name: str
    kind: str = "organization"
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    role: str | None = None
    affiliation: str | None = None

    @property
    def key(self) -> str:
        """Identity across documents: the Wikidata id, else kind and normalised name
        (case and accents folded: wires often drop them, "Viktor Orban")."""
        if self.wikidata:
            return f"wd:{self.wikidata}"
        decomposed = unicodedata.normalize("NFKD", self.name.lower())
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        return f"{self.kind}:{' '.join(folded.split())}"


@dataclass(frozen=True)
class EventDate:
    """When an event happened, with the expression it came from.

    ``value`` is ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``precision`` says which.

    Examples
    --------
    >>> EventDate("2023-12", "month").precision
    'month'
    """

    value: str
    precision: Literal["day", "month", "year"] = "day"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    inferred: bool = False


@dataclass(frozen=True)
class Ballot:
    """One voter's position in a vote."""

    actor: Actor
    position: str


@dataclass(frozen=True)
class Tally:
    """Counts of a vote; ``None`` where the text does not state them."""

    yes: int | None = None
    no: int | None = None
    abstain: int | None = None


@dataclass(frozen=True)
class Casualties:
    """People killed and injured in an attack; ``None`` when not stated."""

    killed: int | None = None
    injured: int | None = None


def event_id(doc: str, type: str, start: int) -> str:
    """Stable id of an event: the same document gives the same ids on every run.

    Examples
    --------
    >>> event_id("seed-001", "call", 12)
    'seed-001-call-4061ad58'
    """
    digest = hashlib.sha1(f"{doc}\x1f{type}\x1f{start}".encode()).hexdigest()[:8]
    return f"{doc}-{type}-{digest}"


@dataclass(frozen=True)
class Event:
    """One occurrence of a call, meeting, vote, statement or attack."""

    id: str
    doc: str
    type: str
    agents: tuple[Actor, ...] = ()
    targets: tuple[Actor, ...] = ()
    date: EventDate | None = None
    location: str | None = None
    attribution: tuple[str, ...] = ()
    quote: str | None = None
    subtype: str | None = None
    motion: str | None = None
    outcome: str | None = None
    tally: Tally | None = None
    ballots: tuple[Ballot, ...] = ()
    sponsors: tuple[Actor, ...] = ()
    casualties: Casualties | None = None
    confidence: float = 0.5
    mentions: tuple[Mention, ...] = ()
    evidence: str = ""
    trigger: str | None = None
    cameo: str | None = None
    plover: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def start(self) -> int | None:
        """Start offset of the first mention."""
        return min((m.start for m in self.mentions), default=None)

    @property
    def end(self) -> int | None:
        """End offset of the first mention's sentence or span."""
        if not self.mentions:
            return None
        first = min(self.mentions, key=lambda m: m.start)
        return first.end

    @property
    def actors(self) -> tuple[Actor, ...]:
        """Every actor taking part: agents, targets and voters."""
        seen: dict[str, Actor] = {}
        for actor in (*self.agents, *self.targets, *(b.actor for b in self.ballots)):
            seen.setdefault(actor.key, actor)
        return tuple(seen.values())

    def to_json(self) -> dict[str, Any]:
        """The JSON object of ``eventgraph extract --format jsonl`` (the scorer's contract).

        Examples
        --------
        >>> e = Event(id="d-call-1", doc="d", type="call", agents=(Actor("A", "person"),))
        >>> e.to_json()["agents"]
        ['A']
        """
        return {
            "doc": self.doc,
            "id": self.id,
            "type": self.type,
            "agents": [a.name for a in self.agents],
            "targets": [a.name for a in self.targets],
            "date": self.date.value if self.date else None,
            "date_text": self.date.text if self.date else None,
            "subtype": self.subtype,
            "quote": self.quote,
            "ballots": [{"actor": b.actor.name, "position": b.position} for b in self.ballots],
            "tally": (
                {"yes": self.tally.yes, "no": self.tally.no, "abstain": self.tally.abstain}
                if self.tally
                else None
            ),
            "outcome": self.outcome,
            "motion": self.motion,
            "sponsors": [a.name for a in self.sponsors],
            "casualties": (
                {"killed": self.casualties.killed, "injured": self.casualties.injured}
                if self.casualties
                else None
            ),
            "location": self.location,
            "attribution": list(self.attribution),
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "cameo": self.cameo,
            "plover": self.plover,
            "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in self.mentions],
        }
