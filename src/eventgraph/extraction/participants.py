"""Who a token or span names: the actor stage of extraction.

The project's actor resolver (:mod:`eventgraph.actors`) maps mentions to
canonical actors. Until it is installed, :class:`EntityResolver` stands in:
spaCy's named entities, the country table shipped in ``eventgraph/data``
(demonyms, capitals, organs), the full name of a person for a later surname,
pronouns to the nearest person before them, titles ("the chancellor") to the
person introduced with that title, and institutions ("Russia's defence
ministry") to their state.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Protocol

from ..records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Document

__all__ = [
    "ActorLookup",
    "EntityResolver",
    "capital_names",
    "country_table",
    "dateline_end",
    "make_resolver",
]

_ACTOR_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}
_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers"])
_TITLE_WORDS = frozenset(
    [
        "president",
        "chancellor",
        "minister",
        "premier",
        "leader",
        "secretary",
        "speaker",
        "ambassador",
        "envoy",
        "king",
        "queen",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chair",
        "governor",
        "mayor",
        "general",
        "commander",
        "chief",
        "senator",
        "representative",
    ]
)
#: Institutions that speak for a state when no person is named.
_STATE_ORGANS = frozenset(
    [
        "ministry",
        "office",
        "mission",
        "military",
        "army",
        "government",
        "embassy",
        "cabinet",
        "administration",
        "committee",
        "forces",
        "navy",
        "council",
        "department",
        "presidency",
    ]
)
_AGENCY_WORDS = frozenset(
    [
        "reuters",
        "afp",
        "ap",
        "pti",
        "xinhua",
        "tass",
        "ria",
        "interfax",
        "ani",
        "yonhap",
        "kyodo",
        "bernama",
        "irna",
        "wafa",
        "media",
        "agency",
        "newspaper",
        "wire",
        "television",
        "broadcaster",
        "outlet",
        "press",
    ]
)


class ActorLookup(Protocol):
    """What extraction needs from an actor resolver."""

    def resolve_span(self, span: Span) -> Actor | None: ...

    def resolve_token(self, token: Token) -> Actor | None: ...

    def is_news_agency(self, name: str) -> bool: ...


@lru_cache(maxsize=1)
def country_table() -> dict[str, str]:
    """Lower-cased names, demonyms, capitals and organs of states -> the state's name.

    Examples
    --------
    >>> country_table().get("russian"), country_table().get("kremlin")
    ('Russia', 'Russia')
    """
    table: dict[str, str] = {}
    try:
        text = (
            resources.files("eventgraph").joinpath("data/countries.tsv").read_text(encoding="utf-8")
        )
    except (FileNotFoundError, ModuleNotFoundError):
        return table
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("name\t") or not line.strip():
            continue
        cells = line.split("\t")
        name = cells[0]
        for cell in cells[3:7]:
            for alias in cell.split("|"):
                if alias:
                    table.setdefault(alias.lower().removeprefix("the "), name)
        table[name.lower()] = name
    return table


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """Lower-cased capitals and seats of government (places, also metonyms of states).

    Examples
    --------
    >>> "damascus" in capital_names(), "syria" in capital_names()
    (True, False)
    """
    names: set[str] = set()
    try:
        text = (
            resources.files("eventgraph").joinpath("data/countries.tsv").read_text(encoding="utf-8")
        )
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or line.startswith("name\t") or len(cells) < 6:
            continue
        names.update(a.lower() for a in cells[5].split("|") if a)
    return frozenset(names)


def dateline_end(text: str) -> int:
    """Where the dateline ("KABUL (CPA) -", "NEW DELHI:") at the start of a body ends.

    Examples
    --------
    >>> dateline_end("KABUL (CPA) - A bomb went off.")
    14
    >>> dateline_end("A bomb went off.")
    0
    """
    match = re.match(r"\s*[A-Z][A-Z .,/'-]{1,60}(?:\([^)]{1,40}\))?\s*[-\u2013\u2014:]\s", text)
    return match.end() if match else 0


class EntityResolver:
    """Actors from spaCy entities and the country table (stand-in for ``eventgraph.actors``).

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> text = "German Chancellor Olaf Scholz called Putin. The chancellor said he was sorry."
    >>> doc = load_nlp()(text)
    >>> resolver = EntityResolver(doc, Document("d", text))
    >>> resolver.resolve_token(doc[2]).name, resolver.resolve_token(doc[7]).name
    ('Olaf Scholz', 'Olaf Scholz')
    >>> resolver.resolve_token(doc[9]).name
    'Olaf Scholz'
    """

    def __init__(self, doc: Doc, document: Document) -> None:
        self.doc = doc
        self.countries = country_table()
        self.source = (document.source or "").lower()
        skip = dateline_end(doc.text)
        self.ents = [e for e in doc.ents if e.label_ in _ACTOR_LABELS and e.start_char >= skip]
        self.ent_at: dict[int, Span] = {t.i: e for e in self.ents for t in e}
        persons = [e for e in self.ents if e.label_ == "PERSON"]
        self.full_names: dict[str, str] = {}
        for ent in sorted(persons, key=len):
            self.full_names[ent[-1].lower_] = ent.text.removesuffix("'s").strip()
        self.titles: dict[str, str] = {}
        for ent in persons:
            for word in doc[max(0, ent.start - 4) : ent.start]:
                if word.lower_ in _TITLE_WORDS:
                    self.titles.setdefault(word.lower_, self._person_name(ent))

    # ------------------------------------------------------------ names
    def _person_name(self, ent: Span) -> str:
        return self.full_names.get(ent[-1].lower_, ent.text)

    def _named(self, ent: Span) -> Actor | None:
        text = (
            re.sub(r"^(?:the|The)\s+", "", ent.text)
            .removesuffix("'s")
            .removesuffix("\u2019s")
            .strip()
        )
        if not text or self.is_news_agency(text):
            return None
        if ent.label_ == "PERSON":
            return Actor(self._person_name(ent), "person")
        country = self.countries.get(text.lower())
        if country:
            return Actor(country, "country")
        if ent.label_ == "NORP":
            return Actor(text, "group")
        return Actor(text, _ACTOR_LABELS[ent.label_])

    def is_news_agency(self, name: str) -> bool:
        """Whether a name is a news organisation (never an actor, only attribution).

        Examples
        --------
        >>> EntityResolver.is_news_agency(EntityResolver.__new__(EntityResolver), "Reuters")
        True
        """
        words = set(name.lower().replace(".", "").split())
        source = getattr(self, "source", "")
        return bool(words & _AGENCY_WORDS) or bool(source and name.lower() == source)

    # ------------------------------------------------------------ lookups
    def resolve_span(self, span: Span) -> Actor | None:
        """The actor a span names (its root decides)."""
        return self.resolve_token(span.root)

    def resolve_token(self, token: Token) -> Actor | None:
        """The actor a token names, or None."""
        ent = self.ent_at.get(token.i)
        if ent is not None:
            # "Russia's foreign ministry": the organ speaks for the state
            return self._named(ent)
        lower = token.lower_
        if lower in _PRONOUNS:
            return self._antecedent(token)
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        country = self.countries.get(lower) if token.pos_ == "PROPN" else None
        if country:
            return Actor(country, "country")
        for child in token.children:
            if child.dep_ == "acl" and child.lower_ in ("known", "called"):
                for prep in child.children:
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and (actor := self.resolve_token(obj)):
                            return actor
        if (
            lower in _TITLE_WORDS or token.lemma_.lower() in ("leader", "chancellor")
        ) and lower in self.titles:
            return Actor(self.titles[lower], "person")
        modifiers = [c for c in token.children if c.dep_ in ("poss", "amod", "compound")]
        if token.lemma_.lower() in _STATE_ORGANS or token.lemma_.lower() in _TITLE_WORDS:
            for child in modifiers:
                actor = self.resolve_token(child)
                if actor is not None and actor.kind == "country":
                    return actor
        return None

    def _antecedent(self, token: Token) -> Actor | None:
        for ent in reversed(self.ents):
            if (
                ent.end <= token.i
                and ent.label_ == "PERSON"
                and ent.sent.start >= token.sent.start - 60
            ):
                return self._named(ent)
        return None


def make_resolver(doc: Doc, document: Document) -> ActorLookup:
    """The project's actor resolver when installed, else :class:`EntityResolver`.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> doc = load_nlp()("Putin met Erdogan.")
    >>> make_resolver(doc, Document("d", doc.text)).resolve_token(doc[0]).name
    'Putin'
    """
    try:
        from ..actors import ActorResolver  # type: ignore[attr-defined]
    except ImportError:
        return EntityResolver(doc, document)
    return ActorResolver(doc, document)  # type: ignore[no-any-return]
