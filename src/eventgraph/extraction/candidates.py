"""The working record of extraction: one candidate per trigger occurrence.

A :class:`Candidate` collects what the stages find for one trigger (its
arguments with their paths, date, counts, quote, attribution, and the notes
``--explain`` shows). Coreference merges candidates into clusters, and each
cluster becomes one frozen :class:`~eventgraph.records.Event`. Candidates
never leave the extraction package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Actor, Casualties, EventDate, Tally
    from .arguments import Argument
    from .lexicon import TriggerEntry

__all__ = ["BallotFound", "Candidate", "Explanation"]


@dataclass(frozen=True)
class BallotFound:
    """A voter's position with the path that gave it."""

    actor: Actor
    position: str
    path: str


@dataclass
class Candidate:
    """What the stages found for one trigger occurrence."""

    type: str
    entry: TriggerEntry
    trigger: Token
    nominal: bool
    agents: list[Argument] = field(default_factory=list)
    targets: list[Argument] = field(default_factory=list)
    date: EventDate | None = None
    clause_date: EventDate | None = None
    borrows: bool = False
    split: bool = False
    verb_subtype: str | None = None
    content_subtype: str | None = None
    quote: str | None = None
    attribution: list[str] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    ballots: list[BallotFound] = field(default_factory=list)
    outcome: str | None = None
    motion: str | None = None
    motion_head: str | None = None
    sponsors: list[Actor] = field(default_factory=list)
    casualties: Casualties | None = None
    refs: list[tuple[str, Token, int | None]] = field(default_factory=list)
    new_occasion: bool = False
    #: A nominal with no parties that could name occurrences told with different dates.
    ambiguous: bool = False
    anaphoric: bool = False
    indefinite: bool = False
    location: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def agent_names(self) -> set[str]:
        """Names of the agents."""
        return {a.actor.name for a in self.agents}

    @property
    def participant_names(self) -> set[str]:
        """Names of the agents and targets, and the states persons speak for."""
        actors = [a.actor for a in (*self.agents, *self.targets)]
        return {a.name for a in actors} | {a.affiliation for a in actors if a.affiliation}


@dataclass(frozen=True)
class Explanation:
    """One line of ``eventgraph extract --explain``: a decision about a trigger.

    Examples
    --------
    >>> Explanation("d", 0, "Putin met Erdogan.", "met", "meeting", "kept", ("agent Putin <- nsubj",)).decision
    'kept'
    """

    doc: str
    sentence: int
    sentence_text: str
    trigger: str
    type: str
    decision: str
    details: tuple[str, ...] = ()
