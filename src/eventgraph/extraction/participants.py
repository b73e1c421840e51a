"""Who a token or span names: the actor stage of extraction.

Extraction asks :class:`eventgraph.actors.ActorResolver` (one per document)
for the canonical actor of each argument; :class:`ActorLookup` is what it
needs of it. The helpers here find the dateline a body starts with and the
capitals that name places before an attack noun ("the Damascus strike").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Actor, Document

__all__ = ["ActorLookup", "capital_names", "country_names", "dateline_end", "make_resolver"]


class ActorLookup(Protocol):
    """What extraction needs from an actor resolver."""

    def resolve_span(self, span: Span) -> Actor | None: ...

    def resolve_token(self, token: Token) -> Actor | None: ...

    def is_news_agency(self, name: str) -> bool: ...


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """Lower-cased capitals and seats of government (places, also metonyms of states).

    Examples
    --------
    >>> "damascus" in capital_names(), "syria" in capital_names()
    (True, False)
    """
    from ..gazetteer import load_gazetteer

    return frozenset(
        metonym.lower().removeprefix("the ")
        for entry in load_gazetteer().entries
        if entry.kind == "country"
        for metonym in entry.metonyms
    )


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Canonical names of the states in the project's gazetteer.

    Examples
    --------
    >>> "India" in country_names(), "Kashmir" in country_names()
    (True, False)
    """
    from ..gazetteer import load_gazetteer

    return frozenset(entry.name for entry in load_gazetteer().entries if entry.kind == "country")


def dateline_end(text: str) -> int:
    """Where the dateline ("KABUL (CPA) -", "NEW DELHI:") at the start of a body ends.

    Examples
    --------
    >>> dateline_end("KABUL (CPA) - A bomb went off.")
    14
    >>> dateline_end("A bomb went off.")
    0
    >>> dateline_end("KYIV, March 4 (Reuters) - Three people were killed.")
    26
    >>> dateline_end("NEW DELHI, May 8 (PTI) At least 15 people were killed.")
    23
    >>> dateline_end("ALMATY, Kazakhstan (AFP) - Talks began.")
    27
    """
    match = _DATELINE.match(text)
    return match.end() if match else 0


#: "KABUL (CPA) -", "NEW DELHI:", and the wire form with a date, "KYIV, March 4
#: (Reuters) -" or "NEW DELHI, May 8 (PTI)" (PTI puts no dash).
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .,/'-]{1,60}?"
    r"(?:(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014:]{1,2}"
    r"|,? [A-Z][a-z]{2,8}\.? \d{1,2}\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014:]{0,2})\s"
)


def make_resolver(doc: Doc, document: Document) -> ActorLookup:
    """The project's actor resolver for one parsed document.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> doc = load_nlp()("Indian Prime Minister Narendra Modi met Xi Jinping. Modi said it went well.")
    >>> make_resolver(doc, Document("d", doc.text)).resolve_token(doc[9]).name
    'Narendra Modi'
    """
    from ..actors import ActorResolver

    return ActorResolver(doc, document)
