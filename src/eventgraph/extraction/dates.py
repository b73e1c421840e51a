"""When an event happened: the dating stage of extraction.

Temporal expressions come from :func:`eventgraph.timex.tag_doc`. The project's
:func:`eventgraph.dating.date_event` picks the expression that governs a
trigger; until that module is installed, :func:`governing_date` stands in
with the same rule (the expression in the trigger's clause, else in its
sentence; never the publication date). Borrowed dates ("during the call",
"after the vote") are decided in :mod:`.coref`, which knows the events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import EventDate

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc, Token

    from ..timex import Timex

__all__ = ["date_of", "governing_date", "tag_timexes", "timex_date"]

_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "parataxis", "pcomp"})


def tag_timexes(doc: Doc, published: dt.date | None) -> list[Timex]:
    """The temporal expressions of a parsed document.

    Examples
    --------
    >>> import datetime as dt
    >>> from eventgraph.nlp import load_nlp
    >>> [t.value for t in tag_timexes(load_nlp()("They met on Friday."), dt.date(2023, 12, 11))]
    ['2023-12-08']
    """
    from ..timex import tag_doc

    return tag_doc(doc, published)


def timex_date(timex: Timex) -> EventDate | None:
    """An :class:`EventDate` from a timex whose value is a calendar day, month or year.

    Examples
    --------
    >>> from eventgraph.timex import Timex
    >>> timex_date(Timex(0, 6, "Friday", "DATE", "2023-12-08TNI")).value
    '2023-12-08'
    >>> timex_date(Timex(0, 8, "2 hours", "DURATION", "PT2H")) is None
    True
    """
    value = timex.value
    if timex.type not in ("DATE", "TIME") or not value[:4].isdigit():
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[8:10].isdigit():
        return EventDate(value[:10], "day", timex.text, timex.start, timex.end)
    if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
        return EventDate(value[:7], "month", timex.text, timex.start, timex.end)
    if len(value) == 4:
        return EventDate(value, "year", timex.text, timex.start, timex.end)
    return None


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
    dated = [(t, d) for t in in_sentence if (d := timex_date(t)) is not None]
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
    """The date of a trigger, by the project's dating module when installed.

    Examples
    --------
    >>> import datetime as dt
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("They met on Friday.")
    >>> date_of(doc[1], tag_timexes(doc, dt.date(2023, 12, 11))).value
    '2023-12-08'
    """
    try:
        from ..dating import date_event  # type: ignore[attr-defined]
    except ImportError:
        return governing_date(trigger, timexes)
    return date_event(trigger, timexes)  # type: ignore[no-any-return]
