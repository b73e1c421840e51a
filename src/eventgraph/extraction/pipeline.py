"""A first, simple extractor: verb lemmas from a small lexicon, subjects and objects.

This is the stand-in that the extraction issue replaces stage by stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor, Event, Mention, event_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Document

__all__ = ["extract_events"]

_LEXICON = {
    "phone": "call",
    "call": "call",
    "meet": "meeting",
    "visit": "meeting",
    "host": "meeting",
    "vote": "vote",
    "veto": "vote",
    "abstain": "vote",
    "say": "statement",
    "warn": "statement",
    "condemn": "statement",
    "urge": "statement",
    "accuse": "statement",
    "deny": "statement",
    "attack": "attack",
    "strike": "attack",
    "bomb": "attack",
    "kill": "attack",
}
_ACTOR_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}


def _actor(token: Token) -> Actor | None:
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in _ACTOR_LABELS:
            return Actor(ent.text, _ACTOR_LABELS[ent.label_])
    return None


def extract_events(doc: Doc, document: Document) -> list[Event]:
    """Extract events from one parsed document.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> text = "Putin met Erdogan in Sochi."
    >>> events = extract_events(load_nlp()(text), Document("d", text))
    >>> [(e.type, [a.name for a in e.agents]) for e in events]
    [('meeting', ['Putin'])]
    """
    events = []
    for token in doc:
        kind = _LEXICON.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        if not kind:
            continue
        agents = [a for c in token.children if c.dep_ in ("nsubj", "nsubjpass") if (a := _actor(c))]
        targets = [a for c in token.children if c.dep_ == "dobj" if (a := _actor(c))]
        sent = token.sent
        events.append(
            Event(
                id=event_id(document.id, kind, token.idx),
                doc=document.id,
                type=kind,
                agents=tuple(agents),
                targets=tuple(targets),
                mentions=(Mention(document.id, token.idx, token.idx + len(token), token.text,
                                  sent.start_char, sent.end_char),),
                evidence=sent.text,
                trigger=token.lemma_,
                confidence=0.3,
            )
        )
    return events
