"""When an event happened: the dating stage of extraction.

Temporal expressions come from :func:`eventgraph.timex.tag_doc`;
:func:`eventgraph.dating.date_event` picks the expression that governs a
trigger. :func:`governing_date` dates a nominal by the expressions inside its
own phrase (the expression in the trigger's clause, else in its sentence;
never the publication date). Borrowed dates ("during the call",
"after the vote") are decided in :mod:`.coref`, which knows the events.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dating import date_event, event_date_of
from ..records import EventDate

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc, Token

    from ..timex import Timex

__all__ = ["date_of", "governing_date", "tag_timexes"]

_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "parataxis", "pcomp"})


#: What comes before the date of a dateline: "MOSCOW, ", "SEOUL, South Korea, ",
#: "Peshawar [Pakistan], " (ANI).
_DATELINE_PLACE = re.compile(
    r"\s*(?:[A-Z][A-Z .'/-]*[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*\[[A-Z][\w .'-]{1,30}\])"
    r"(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?,\s+"
)
#: What follows it: the agency or the dash ("(Reuters) -", "(PTI)", " - ", ". /TASS/.").
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,40}\)|[-\u2013\u2014:]|\.\s*/[A-Z]{2,12}/)")


def tag_timexes(doc: Doc, published: dt.date | None) -> list[Timex]:
    """The temporal expressions of a parsed document, without the dateline's date.

    The date in a dateline ("MOSCOW, March 12 (Reuters) -") is when the story
    was filed, not when anything in it happened.

    Examples
    --------
    >>> import datetime as dt
    >>> from eventgraph.nlp import load_nlp
    >>> [t.value for t in tag_timexes(load_nlp()("They met on Friday."), dt.date(2023, 12, 11))]
    ['2023-12-08']
    >>> text = "MOSCOW, Dec 11 (Reuters) - They met on Friday."
    >>> [t.value for t in tag_timexes(load_nlp()(text), dt.date(2023, 12, 11))]
    ['2023-12-08']
    >>> text = "Peshawar [Pakistan], Dec 11 (ANI): They met on Friday."
    >>> [t.value for t in tag_timexes(load_nlp()(text), dt.date(2023, 12, 11))]
    ['2023-12-08']
    """
    from ..timex import tag_doc

    text = doc.text
    return [
        t
        for t in tag_doc(doc, published)
        if not (_DATELINE_PLACE.fullmatch(text, 0, t.start) and _DATELINE_END.match(text, t.end))
    ]


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token is in."""
    while (
        token.head != token and token.dep_ not in _CLAUSE_DEPS and token.pos_ not in ("VERB", "AUX")
    ):
        token = token.head
    return token


def governing_date(trigger: Token, timexes: list[Timex]) -> EventDate | None:
    """The date that governs a trigger: same clause first, then the sentence.

    Examples
    --------
    >>> import datetime as dt
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Putin met Erdogan on Friday after Biden called him on Tuesday.")
    >>> timexes = tag_timexes(doc, dt.date(2023, 12, 11))
    >>> governing_date(doc[1], timexes).value, governing_date(doc[7], timexes).value
    ('2023-12-08', '2023-12-05')
    """
    sent = trigger.sent
    in_sentence = [t for t in timexes if sent.start_char <= t.start < sent.end_char]
    dated = [(t, d) for t in in_sentence if (d := event_date_of(t)) is not None]
    if not dated:
        return None
    head = _clause_head(trigger) if trigger.pos_ not in ("VERB", "AUX") else trigger
    for timex, date in dated:
        span = trigger.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and _clause_head(span.root.head) == head:
            return date
    for timex, date in dated:
        span = trigger.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if (
            span is not None
            and span.root.is_ancestor(head) is False
            and head.is_ancestor(span.root)
        ):
            inner = span.root.head
            # only when no other clause with its own verb sits between them
            while inner != head and inner.dep_ not in _CLAUSE_DEPS:
                inner = inner.head
            if inner == head:
                return date
    # the sentence: an expression outside every embedded clause of another event
    for timex, date in dated:
        span = trigger.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and not head.is_ancestor(span.root):
            return date
    return dated[0][1]


def date_of(trigger: Token, timexes: list[Timex]) -> EventDate | None:
    """The date of a trigger (:func:`eventgraph.dating.date_event`).

    Examples
    --------
    >>> import datetime as dt
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("They met on Friday.")
    >>> date_of(doc[1], tag_timexes(doc, dt.date(2023, 12, 11))).value
    '2023-12-08'
    >>> doc = load_nlp()("On Friday, the ministry went further. Its spokesman told reporters.")
    >>> date_of(doc[10], tag_timexes(doc, dt.date(2023, 12, 11))).value
    '2023-12-08'
    """
    return date_event(trigger, timexes) or _scene_date(trigger, timexes)


_PRONOUN_TAGS = frozenset({"PRP", "PRP$"})


def _scene_date(trigger: Token, timexes: list[Timex]) -> EventDate | None:
    """The date that opens the sentence before, for a sentence that goes on about its subject.

    "On Thursday, the Foreign Office went further. Its spokesman told reporters ...":
    a date put in front of a sentence sets the scene for the next one when that one
    starts with a pronoun for what the first was about and names no time of its own.
    """
    sent = trigger.sent
    if sent.start == 0 or any(
        sent.start_char <= t.start < sent.end_char and event_date_of(t) is not None for t in timexes
    ):
        return None  # a time of its own ("the weekly briefing" gives none)
    head = _clause_head(trigger) if trigger.pos_ not in ("VERB", "AUX") else trigger
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != sent.start:
        return None
    if not (
        subject.tag_ in _PRONOUN_TAGS
        or any(c.dep_ == "poss" and c.tag_ in _PRONOUN_TAGS for c in subject.children)
    ):
        return None
    previous = trigger.doc[sent.start - 1].sent
    if any(t.is_space for t in previous) or sent[0].is_space:
        return None  # a new paragraph starts a new scene
    for timex in timexes:
        if not previous.start_char <= timex.start < previous.end_char:
            continue
        span = trigger.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if (
            span is not None
            and span.start - previous.start <= 1
            and span.end < previous.end
            and trigger.doc[span.end].text == ","
            and (date := event_date_of(timex)) is not None
        ):
            return EventDate(
                date.value, date.precision, date.text, date.start, date.end, inferred=True
            )
    return None
