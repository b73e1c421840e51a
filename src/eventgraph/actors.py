"""Actors: one canonical, linked entity per real-world actor of a document.

:class:`ActorResolver` is built once per parsed document. It first scans the
whole document (gazetteer names, named entities, people with their titles) so
that later short forms resolve: "Netanyahu", "PM Netanyahu" and "the prime
minister" become the "Benjamin Netanyahu" the text introduced as "Israeli Prime
Minister Benjamin Netanyahu". Then it answers, by dictionary look-ups only,
which actor a span, a token or a plain name stands for:

- persons by full name, with the role and affiliation their title states
  ("Russian President Vladimir Putin": role ``President``, affiliation
  ``Russia``), never merged into the state;
- states by their common English short name, and their metonyms ("Moscow",
  "the Kremlin", "Downing Street") resolved to them;
- ministries, armies and missions speak for their state, unless the text names
  a spokesperson of that body, who then stands for it;
- offices without a named holder ("Russia's foreign minister") are actors of
  their own, affiliated to their state;
- titles refer back to their holder under any of the office's names ("the top
  U.S. diplomat" is the Secretary of State the text named, "the watchdog's director
  general" the IAEA chief), and a counterpart holds the owner's office in the other
  state ("his Russian counterpart, Vladimir Putin": the Russian president);
- parties resolve by the states the text names ("the Social Democrats" in a German
  story, "the Democrats" in a Korean one, "PPP" after "People Power Party");
- an aide speaks for their principal's state or body ("his spokesman" after Guterres);
- pronouns ("he", "they") resolve to the most recent compatible actor;
- datelines ("KABUL:", "NEW DELHI, May 8 (PTI)"), news agencies, bare titles never
  introduced and generic nouns ("officials") are not actors: ``None``.

Examples
--------
>>> from eventgraph.nlp import load_nlp
>>> from eventgraph.records import Document
>>> text = ("MOSCOW (Reuters) - Russian President Vladimir Putin spoke to Israeli Prime "
...         "Minister Benjamin Netanyahu. The Kremlin said Putin had warned him.")
>>> resolver = ActorResolver(load_nlp()(text), Document("d", text))
>>> [resolver.resolve_name(n).name for n in ("Putin", "the Kremlin", "Netanyahu")]
['Vladimir Putin', 'Russia', 'Benjamin Netanyahu']
>>> resolver.resolve_name("Putin").affiliation
'Russia'
>>> resolver.resolve_name("Reuters") is None
True
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .gazetteer import Entry, Gazetteer, load_gazetteer, normalize
from .records import Actor

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

    from .records import Document

__all__ = ["ActorResolver", "is_news_agency", "is_title"]


def _word_lists() -> dict[str, frozenset[str]]:
    text = resources.files("eventgraph").joinpath("data", "actor_words.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {row[0]: frozenset(row[1].split()) for row in rows[1:]}


_WORDS = _word_lists()
#: Words that head a person's title ("Prime Minister", "foreign ministry spokesman").
_ROLE_WORDS = _WORDS["role"]
#: Title words that never stand alone as a person's role.
_WEAK_ROLE_WORDS = _WORDS["weak_role"]
#: Words that make another role: "vice president" is not "the president".
_ROLE_QUALIFIERS = _WORDS["role_qualifier"]
#: Bodies of a state or organisation that speak for it.
_ORGAN_WORDS = _WORDS["organ"]
#: First words of the name of an office inside a state's organ ("Bureau of ... Affairs").
_OFFICE_WORDS = frozenset(
    ["bureau", "office", "department", "directorate", "division", "secretariat", "service"]
)
#: Bodies that stand for the document's main state when the text names no state.
_STATE_WORDS = _WORDS["state_body"]
#: Things a state has whose mention ("Ukrainian cities", "Russian troops") stands for the state.
_STATE_PARTS = _WORDS["state_part"]
#: People named only by what kind of people they are: no actor.
_VICTIM_WORDS = _WORDS["victim"]
#: Generic nouns that are never an actor on their own.
_GENERIC_NON_ACTORS = _WORDS["non_actor"]
#: Last words of the name of an armed group ("Liberation Army", "Patriotic Front").
_ARMED_GROUP_HEADS = frozenset(["army", "front", "brigade", "brigades", "militia", "movement"])
#: Words that make an army's name an insurgent group's ("Balochistan Liberation Army").
_INSURGENT_WORDS = frozenset(
    ["liberation", "independence", "free", "revolutionary", "patriotic", "salvation"]
    + ["resistance", "insurgent", "rebel"]
)
#: Time zones: "1400 GMT" is a time, never an actor.
_TIME_WORDS = _WORDS["time_word"]
#: First names and titles that say a person is a woman, so that "she" skips the men.
_FEMININE_WORDS = _WORDS["feminine"]
#: First names and titles that say a person is a man, so that "she" skips them.
_MASCULINE_WORDS = _WORDS["masculine"]

#: Known first names (the gender lists without their titles): "Giorgia Meloni" is a person
#: even when the model tags it ORG.
_FIRST_NAMES = (
    (_FEMININE_WORDS | _MASCULINE_WORDS)
    - _ROLE_WORDS
    - {
        "chairwoman",
        "congresswoman",
        "dame",
        "lady",
        "lord",
        "madam",
        "princess",
        "queen",
        "sir",
        "spokeswoman",
        "jordan",
        "georgia",
        "victoria",
        "king",
        "prince",
        "sheikh",
        "sheikh-hasina",
    }
)
#: Last words that make a name an organisation or a place: "George Washington University".
_ORGANIZATION_TAILS = frozenset(
    {"university", "institute", "foundation", "center", "centre", "group", "bank", "street"}
    | {"square", "bridge", "airport", "hospital", "fund", "company", "corp", "inc", "school"}
    | {"college", "stadium", "park", "road", "avenue", "station", "falls", "river", "lake"}
)

#: Roles whose holder "the Russian leader" means, most senior first.
_LEADER_ROLES = (
    "supreme leader",
    "president",
    "king",
    "emir",
    "prime minister",
    "chancellor",
    "premier",
    "sultan",
    "secretary-general",
    "leader",
)
#: Words that make "most party lawmakers" a part of a body, not the body.
_PARTIAL_QUANTIFIERS = frozenset(
    {"most", "some", "many", "several", "few", "dozens", "scores", "half", "members"}
)
#: Members of a body: "three Labour lawmakers" are some of the party, not the party.
_MEMBER_NOUNS = frozenset(
    {"lawmaker", "legislator", "mp", "senator", "deputy", "member", "representative", "rebel"}
)
#: Titles of the head of an organisation: one head, several titles.
# Parts of a group that act for it ("the armed wing of Hamas", "a faction of the TTP"); a
# branch, affiliate or offshoot is a group of its own ("the Sahel branch of al-Qaeda").
_PART_NOUNS = frozenset({"wing", "faction", "arm", "cell"})

# People who speak for a body a generic noun names ("alliance leaders", "bloc ministers").
_GENERIC_MEMBERS = frozenset({"leader", "minister", "official", "diplomat", "envoy"})

_HEAD_ROLES = frozenset(
    {"chief", "head", "director general", "director-general", "secretary-general", "president"}
    | {"chairman", "chairwoman", "chair", "leader", "director"}
)
#: Members of a legislature named without their party: they stand for the chamber.
_LEGISLATORS = frozenset(
    {"lawmakers", "legislators", "deputies", "mps", "parliamentarians", "senators"}
)
#: Lower-case particles inside a person's name ("Ursula von der Leyen", "Lula da Silva",
#: "Jose Manuel dos Santos", "Faisal bin Farhan"): part of the name, never its length.
_NAME_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "ter", "ten", "da", "das", "dos", "du", "di", "del"}
    | {"della", "al", "el", "bin", "ben", "ibn", "bint"}
)
#: Particles joined to an Arabic surname by a hyphen ("al-Burhan"): the name is the rest.
_NAME_PREFIXES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ibn", "abu", "bin"})
#: What "Secretary of ..." heads: a department, never a state.
_DEPARTMENT_WORDS = frozenset(
    {"state", "defence", "defense", "justice", "finance", "interior", "health", "commerce"}
)
_PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "region", "province", "district", "port", "country"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "around", "inside"})
#: Nouns that make the place they name a locality, not a state: "the town of Walikale",
#: "the outskirts of Quetta", "Quetta's railway station".
_LOCALITY_NOUNS = frozenset(
    {"city", "town", "village", "port", "district", "suburb", "suburbs", "outskirts"}
    | {"neighbourhood", "neighborhood", "camp", "county", "municipality", "centre", "center"}
)
_FACILITY_NOUNS = frozenset(
    {"station", "airport", "market", "hospital", "university", "harbour", "harbor", "square"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "quantmod", "npadvmod"}
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})
#: "Al-Qaeda-linked militants", "Iran-backed militia": the hyphenated name is a sponsor
#: or ally of the group the noun names, not the group itself.
_SPONSOR_PARTICIPLES = frozenset(
    {"link", "back", "ally", "align", "affiliate", "inspire", "sponsor", "support", "fund"}
    | {"arm", "train", "supply", "allied", "aligned", "linked", "backed", "affiliated"}
    | {"base", "based"}
)
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
#: Spellings of one role word: the role index compares these.
_ROLE_SYNONYMS = {
    "pm": "prime minister",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "defense": "defence",
    "advisor": "adviser",
    "secretary general": "secretary-general",
    # A state's foreign minister under its several titles, so that "his Chinese
    # counterpart" of an external affairs minister is China's foreign minister.
    "secretary of state": "foreign minister",
    "foreign secretary": "foreign minister",
    "external affairs minister": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister",
    "minister of external affairs": "foreign minister",
    "top diplomat": "foreign minister",
    "taoiseach": "prime minister",
    "defence secretary": "defence minister",
    "secretary of defence": "defence minister",
    "home secretary": "interior minister",
    "treasury secretary": "finance minister",
    "chancellor of the exchequer": "finance minister",
    "foreign policy chief": "foreign minister",
    "high representative": "foreign minister",
    "pontiff": "pope",
}
#: Bodies of a state under their several names: a spokesperson of one stands for all.
_ORGAN_SYNONYMS = {
    "ministry of foreign affairs": "foreign ministry",
    "foreign affairs ministry": "foreign ministry",
    "mfa": "foreign ministry",
    "foreign office": "foreign ministry",
    "state department": "foreign ministry",
    "department of state": "foreign ministry",
    "ministry of external affairs": "foreign ministry",
    "external affairs ministry": "foreign ministry",
    "mea": "foreign ministry",
    "ministry of defence": "defence ministry",
    "ministry of defense": "defence ministry",
    "defense ministry": "defence ministry",
    "defense department": "defence ministry",
    "department of defense": "defence ministry",
    "pentagon": "defence ministry",
    "army": "military",
    "armed forces": "military",
    "forces": "military",
    "troops": "military",
    "defense forces": "military",
    "defence forces": "military",
    "idf": "military",
    "junta": "government",
    "presidential office": "government",
    "military junta": "government",
    "military government": "government",
    "regime": "government",
    "israel defense forces": "military",
    "israel defence forces": "military",
}
_NAMED_AGENCY = re.compile(
    r"\b(?P<before>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) news agency\b"
    r"|\bnews agency,? (?P<after>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})"
)
_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][\w.'’]*(?:[ /,-]+[A-Z][\w.'’]*){0,4})   # KABUL, WASHINGTON/BEIJING, New Delhi
    (?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)?  # , May 8
    \s*(?:\((?P<source>[^)\n]{1,60})\))?                      # (Reuters)
    \s*(?:(?P<dash>[-–—:]{1,2})\s|(?<=\))\s)             # " - ", or "(PTI) " after capitals""",
    re.VERBOSE,
)


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    """Every common noun that refers back to a gazetteer entry ("council", "upper house")."""
    return frozenset(noun for entry in load_gazetteer().entries for noun in entry.generic)


def is_news_agency(name: str) -> bool:
    """Whether ``name`` is a news agency or outlet, which is never an actor.

    Examples
    --------
    >>> is_news_agency("PTI"), is_news_agency("Xinhua"), is_news_agency("Hamas")
    (True, True, False)
    """
    return load_gazetteer().is_news_agency(name)


@lru_cache(maxsize=1)
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers over the gazetteer's names and over its demonyms (built once)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    gazetteer = load_gazetteer()
    names = PhraseMatcher(nlp.vocab, attr="ORTH")
    demonyms = PhraseMatcher(nlp.vocab, attr="ORTH")
    name_forms = {f for entry in gazetteer.entries for f in entry.surface_forms}
    demonym_forms = {f for entry in gazetteer.entries for f in entry.demonyms}
    names.add("NAME", [nlp.make_doc(f) for f in sorted(name_forms)])
    demonyms.add("DEMONYM", [nlp.make_doc(f) for f in sorted(demonym_forms)])
    return names, demonyms


def _role_key(words: list[str]) -> str:
    key = " ".join(normalize(w) for w in words)
    for word, canonical in _ROLE_SYNONYMS.items():
        key = re.sub(rf"\b{word}\b", canonical, key)
    return key


def _organ_key(text: str) -> str:
    key = normalize(text)
    return _ORGAN_SYNONYMS.get(key, key)


def _title_case(words: list[str]) -> str:
    if len(words) == 1 and normalize(words[0]) == "pm":
        return "Prime Minister"
    small = {"of", "for", "and", "the", "on", "to"}
    return " ".join(
        w if w.isupper() or (k and w.lower() in small) else w[:1].upper() + w[1:]
        for k, w in enumerate(words)
    )


def _is_name(surface: str) -> bool:
    """Whether a surface form reads as a name ("Ministry of External Affairs"), not a phrase."""
    words = [w for w in surface.split() if w.lower() not in {"of", "the", "and", "for", "'s"}]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _is_sponsor_modifier(token: Token) -> bool:
    """Whether a modifier is "X-linked", "X-backed" (X sponsors the noun, is not it)."""
    return (
        token.lemma_.lower() in _SPONSOR_PARTICIPLES
        and token.i > 0
        and token.doc[token.i - 1].text == "-"
    )


def _initials(name: str) -> str:
    """ "People Power Party" -> "PPP"; small words do not count.

    Examples
    --------
    >>> _initials("People Power Party"), _initials("National Liberation Army")
    ('PPP', 'NLA')
    """
    small = {"of", "and", "the", "for", "in", "on"}
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in small).upper()


#: Generic nouns of legislatures: bodies that vote as themselves, never their state's voice.
_CHAMBER_WORDS = frozenset(
    ["chamber", "senate", "house", "parliament", "legislature", "assembly", "congress"]
    + ["upper house", "lower house", "lawmakers"]
)


def _is_role_word(token: Token) -> bool:
    return token.lower_.rstrip(".") in _ROLE_WORDS


def is_title(word: str) -> bool:
    """Whether ``word`` heads a person's title ("Minister", "spokesman"): never an actor
    on its own.

    Examples
    --------
    >>> is_title("Minister"), is_title("spokeswoman"), is_title("Hamas")
    (True, True, False)
    """
    return word.lower().rstrip(".") in _ROLE_WORDS


@dataclass
class _Person:
    """A person while the scan collects their names and titles."""

    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None

    def actor(self) -> Actor:
        # The name as the text spells it ("Pedro Sánchez"); wires often drop accents, so the
        # folded form is an alias, and Actor.key folds them: one person across documents.
        name = self.name
        if name.endswith(".") and len(name.split()[-1]) > 3:
            name = name[:-1]  # "Dong Jun." closing its sentence
        forms = (" ".join(a.split()) for a in (self.name, _fold(name), *self.aliases))
        aliases = tuple(dict.fromkeys(a for a in forms if a and a != name))
        return Actor(name, "person", aliases, None, self.role, self.affiliation)


def _fold(text: str) -> str:
    """``text`` without accents: "Orbán" -> "Orban".

    Examples
    --------
    >>> _fold("António Guterres"), _fold("Recep Tayyip Erdoğan")
    ('Antonio Guterres', 'Recep Tayyip Erdogan')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Mention:
    """A stretch of tokens the scan resolved: its actor and how it was named."""

    start: int
    end: int
    key: str
    kind: str
    entry: Entry | None = None
    organ: bool = False


@dataclass(frozen=True)
class _Title:
    """A title parsed from the words before or after a name."""

    affiliation: Entry | None
    words: list[str]
    organ: str | None

    @property
    def role(self) -> str | None:
        return _title_case(self.words) if self.words else None


class ActorResolver:
    """Resolve the actor mentions of one parsed document to canonical actors.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document (``nlp(document.text)``).
    document : Document
        The document record; its ``source`` is a news outlet, never an actor.
    gazetteer : Gazetteer, optional
        Defaults to the bundled one.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> text = "Russia's foreign minister said Washington had failed. He met Chinese officials."
    >>> doc = load_nlp()(text)
    >>> resolver = ActorResolver(doc, Document("d", text))
    >>> resolver.resolve_token(doc[3]).name, resolver.resolve_token(doc[3]).affiliation
    ('Russian Foreign Minister', 'Russia')
    >>> resolver.resolve_token(doc[5]).name
    'United States'
    >>> resolver.resolve_token(doc[9]).name
    'Russian Foreign Minister'
    >>> resolver.resolve_token(doc[12]).name
    'China'
    """

    def __init__(self, doc: Doc, document: Document, *, gazetteer: Gazetteer | None = None):
        self.doc = doc
        self.document = document
        self.gazetteer = gazetteer or load_gazetteer()
        self._sources: set[str] = set()
        if document.source:
            self._sources.add(normalize(document.source))
        self._dateline_end = self._find_dateline()
        for match in _NAMED_AGENCY.finditer(doc.text):
            # "the official KCNA news agency", "the state news agency Belta": sources, not actors
            self._sources.add(normalize(match.group("before") or match.group("after")))
        self._gaz: dict[int, tuple[int, Entry, bool]] = {}  # start token -> (end, entry, organ)
        self._demonym: dict[int, Entry] = {}
        self._persons: dict[str, _Person] = {}
        self._person_keys: dict[str, set[str]] = {}
        self._roles: dict[str, list[tuple[int, str]]] = {}
        # organ, affiliation, person, position
        self._spokespeople: list[tuple[str, str | None, str, int]] = []
        self._mentions: list[_Mention] = []
        self._at: dict[int, _Mention] = {}
        self._counts: Counter[str] = Counter()
        self._aliases: dict[str, list[str]] = {}
        self._actors: dict[str, Actor] = {}
        self._cache: dict[tuple[int, int], Actor | None] = {}
        self._starts: list[int] = []
        # spaCy builds a new object at every access: read the tokens and entities once.
        self._tokens = list(doc)
        self._ents = list(doc.ents)
        self._organs_named: list[tuple[int, str, Entry]] = []
        self._local: dict[str, Entry] = {}
        self._name_labels = frozenset({"PERSON"})
        self._places: set[str] = set()
        self._derived: dict[str, list[str]] | None = None
        self._generic_index: dict[str, list[tuple[int, str]]] | None = None
        self._named: dict[str, str] | None = None
        self._sent_starts: list[int] | None = None
        self._dateline_home: tuple[str | None] | None = None
        self._scanning = True
        self._scan()
        self._scanning = False

    # ------------------------------------------------------------------ the scan

    def _find_dateline(self) -> int:
        # Extraction parses the body with its dateline blanked; the record keeps it.
        text = self.document.text if len(self.document.text) == len(self.doc.text) else ""
        match = _DATELINE.match(text or self.doc.text)
        if not match:
            return 0
        place = match.group("place")
        if not match.group("dash") and not place.isupper():
            return 0  # "President Putin (right) said": no dateline
        # A dateline is a place in capitals, or any place when a colon or agency follows it.
        if not (
            place.isupper() or match.group("source") or ":" in match.group(0)[match.end("place") :]
        ):
            return 0
        if match.group("source"):
            self._sources.add(normalize(match.group("source")))
        return match.end()

    def _in_dateline(self, token: Token) -> bool:
        return token.idx < self._dateline_end

    def _scan(self) -> None:
        doc = self.doc
        names, demonyms = _matchers()
        from spacy.util import filter_spans

        spans = filter_spans([doc[s:e] for _, s, e in names(doc) if not self._in_dateline(doc[s])])
        inside = {
            (span.start, span.end)
            for ent in self._ents
            if ent.label_ in {"ORG", "FAC"}
            for span in spans
            if ent.start <= span.start <= span.end <= ent.end
            and span.end - span.start < len(ent)
            and (span.end < ent.end or doc[span.start - 1].lower_ in {"of", "in", "for"})
            and not (span.end < len(doc) and doc[span.end].text in {"'s", "’s"})
        }
        for ent in self._ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            for span in spans:
                after = doc[span.end] if span.end < ent.end else None
                if (
                    ent.start <= span.start
                    and after is not None
                    and after.text[:1].isupper()
                    and not _is_role_word(after)
                ):
                    inside.add((span.start, span.end))  # "Sofia Lind", "Israel Katz": a first name
                elif (
                    ent.start < span.start
                    and span.end == ent.end
                    and span.end - span.start == 1
                    and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in ent)
                    and not any(_is_role_word(t) for t in ent)
                ):
                    inside.add((span.start, span.end))  # "Therese Kayikwamba Wagner": a surname
        for span in spans:
            if (span.start, span.end) in inside:
                continue
            found = self.gazetteer.candidates(span.text)
            if found:
                entry = found[0] if len(found) == 1 else None
                self._gaz[span.start] = (span.end, entry or found[0], False)
        for _, s, e in demonyms(doc):
            if self._in_dateline(doc[s]):
                continue
            entry = self.gazetteer.demonym(doc[s:e].text)
            if entry is not None:
                for i in range(s, e):
                    self._demonym[i] = entry
        self._scan_party_members()
        self._collect_persons()
        self._scan_unknown_states()
        self._count_states()
        self._disambiguate()
        self._scan_persons()
        for person in self._persons.values():
            self._actors[f"person:{person.name}"] = person.actor()
        self._scan_organs()
        self._scan_entries()
        self._scan_offices()
        self._scan_entities()
        self._mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]
        self._generic_index = None  # built again from the complete, sorted mentions
        self._cache.clear()

    def _scan_party_members(self) -> None:
        """ "The Socialists" in a Spanish story: the party of a state the text names whose
        name has that word ("Spanish Socialist Workers' Party"), when no alias says so."""
        states = {entry.name for _, entry, _ in self._gaz.values() if entry.kind == "country"}
        states |= {entry.name for entry in self._demonym.values() if entry.kind == "country"}
        named = {entry for _, entry, _ in self._gaz.values()}
        for token in self._tokens:
            word = token.text
            if token.i in self._demonym or self._in_dateline(token):
                continue
            hit = self._gaz_covering(token.i)
            if word.isupper() and 2 <= len(word) <= 6 and (hit is None or hit[1] == token.i + 1):
                # "PPP" after "People Power Party": the initials of a body the text named
                initials = [
                    e
                    for e in named
                    if _initials(e.name) == word and (hit is None or e is not hit[2])
                ]
                if len(initials) == 1 and (hit is None or hit[2].affiliation not in states):
                    self._gaz[token.i] = (token.i + 1, initials[0], False)
                continue
            if not (word[:1].isupper() and word.endswith("s") and len(word) > 5 and word.isalpha()):
                continue
            if hit is not None and not (
                hit[1] == token.i + 1
                and "party" in hit[2].generic
                and hit[2].affiliation not in states
            ):
                continue  # a name the gazetteer knows, unless a party of a state not named
            stem = word[:-1]
            parties = [
                entry
                for entry in self.gazetteer.entries
                if "party" in entry.generic
                and entry.affiliation in states
                and any(w.startswith(stem) for w in entry.name.replace("'", " ").split())
            ]
            if len(parties) == 1:
                # "the Democrats" in a Korean story: the Democratic Party of Korea
                self._gaz[token.i] = (token.i + 1, parties[0], False)

    def _scan_unknown_states(self) -> None:
        """Places the gazetteer does not know ("Kestria"), with the demonyms the text derives from them.

        A place name the model tags GPE stands for itself; an adjective that
        extends it ("Kestrian" from "Kestria") is its demonym, so that
        "Kestrian President X" is affiliated to it.
        """
        doc = self.doc
        places: list[tuple[int, int, str]] = []
        for ent in self._ents:
            if self._in_dateline(ent[0]):
                continue
            if (
                ent.label_ != "GPE"
                and ent.text not in self._places
                and not (
                    ent.label_ in {"ORG", "LOC"} and len(ent) == 1 and self._has_demonym(ent.text)
                )
            ):
                continue
            tokens = [t for t in ent if t.lower_ not in _DETERMINERS and t.text not in {"'s", "’s"}]
            if not tokens or any(self._gaz_covering(t.i) or t.i in self._demonym for t in tokens):
                continue
            text = doc[tokens[0].i : tokens[-1].i + 1].text
            if text.lower() in _GENERIC_NON_ACTORS | _VICTIM_WORDS | _TIME_WORDS:
                continue  # "Diplomats said ..." opening a sentence; "at 1400 GMT"
            if (
                not text[:1].isupper()
                or self.is_news_agency(text)
                or not text.replace(" ", "").isalpha()
            ):
                continue
            if normalize(text) in _DEPARTMENT_WORDS:
                continue  # "Secretary of State" opening a sentence: a title, not a place
            if any(self._person_keys.get(normalize(t.text)) for t in tokens):
                continue  # a person the model took for a place
            places.append((tokens[0].i, tokens[-1].i + 1, text))
        names = {text for _, _, text in places}
        for start, end, text in places:
            if any(
                text != other and text.startswith(other) and len(text) - len(other) <= 3
                for other in names
            ):
                continue  # "Kestrian" beside "Kestria": the demonym, below
            entry = self._local.setdefault(text, Entry(text, "country"))
            self._gaz[start] = (end, entry, False)
        if not self._local:
            return
        stems = {
            name[: max(4, len(name) - 2)]: entry
            for name, entry in self._local.items()
            if " " not in name
        }
        for token in self._tokens:
            word = token.text
            if not word[:1].isupper() or token.i in self._demonym or self._gaz_covering(token.i):
                continue
            for stem, entry in stems.items():
                if (
                    word != entry.name
                    and word.startswith(stem)
                    and 0 < len(word) - len(entry.name) <= 3
                ):
                    self._demonym[token.i] = entry
                    self._counts[entry.name] += 1
                    break

    @staticmethod
    def _is_locality(token: Token) -> bool:
        """Whether a place name stands for a town or site ("the border town of X", "X's
        railway station", "the outskirts of X"), which is no actor."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "of":
            return head.head.lemma_.lower() in _LOCALITY_NOUNS
        if token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children):
            near = [head] if token.dep_ == "appos" else []
            near += [c for c in token.children if c.dep_ == "appos"]
            return any(n.lemma_.lower() in _LOCALITY_NOUNS for n in near)
        if token.dep_ == "poss":
            return head.lemma_.lower() in _FACILITY_NOUNS
        return any(
            c.dep_ == "compound" and c.lemma_.lower() in _LOCALITY_NOUNS for c in token.children
        )

    def _entry_named(self, name: str) -> Entry | None:
        return self._local.get(name) or self.gazetteer.entry(name)

    def _count_states(self) -> None:
        for start, (end, entry, _) in self._gaz.items():
            if entry.name in self._local:
                continue  # a city the model tagged GPE is no evidence of the main state
            if len(self.gazetteer.candidates(self.doc[start:end].text)) > 1:
                continue  # an ambiguous name is no evidence of what the document is about
            self._counts[entry.name] += 1
            if entry.affiliation and "party" not in entry.generic:
                # a party's name ("Democrats") is no evidence of its state: many share it
                self._counts[entry.affiliation] += 1
        for entry in self._demonym.values():
            if entry.name not in self._local:
                self._counts[entry.name] += 1

    def _best(self, found: tuple[Entry, ...]) -> Entry:
        """Of several entries a name may stand for, the one the document is about."""
        if len(found) == 1:
            return found[0]
        return max(
            found,
            key=lambda e: (
                self._counts[e.name] + self._counts[e.affiliation or ""],
                -found.index(e),
            ),
        )

    def _disambiguate(self) -> None:
        for start, (end, known, _) in list(self._gaz.items()):
            text = self.doc[start:end].text
            if known.name in self._local:
                continue
            found = self.gazetteer.candidates(text)
            if known not in found:
                continue  # "the Socialists", "PPP": a party found by its name's word or initials
            entry = self._best(found)
            self._gaz[start] = (end, entry, self.gazetteer.is_organ(entry, text))

    def _gaz_covering(self, i: int) -> tuple[int, int, Entry, bool] | None:
        for start in range(i, max(-1, i - 8), -1):
            hit = self._gaz.get(start)
            if hit and start <= i < hit[0]:
                return start, hit[0], hit[1], hit[2]
        return None

    def _is_name_token(self, token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or _is_role_word(token) or token.i in self._demonym:
            return False
        if self._gaz_covering(token.i) or self._in_dateline(token):
            return False
        return token.pos_ == "PROPN" or token.ent_type_ in self._name_labels

    def _is_hyphen_tail(self, token: Token) -> bool:
        """Whether ``token`` ends a hyphenated given name ("ho" of "Kim Seong-ho")."""
        i = token.i
        if i < 2 or not token.is_alpha or token.text[:1].isupper():
            return False
        hyphen, first = self.doc[i - 1], self.doc[i - 2]
        return (
            hyphen.text == "-"
            and hyphen.whitespace_ == ""
            and first.whitespace_ == ""
            and self._is_name_token(first)
        )

    def _particles(self, start: int, end: int) -> int:
        """How many name particles ("bin", "al", "von") a span has: they do not count
        toward a name's length ("Tamim bin Hamad Al Thani" is a four-part name)."""
        return sum(t.lower_ in _NAME_PARTICLES for t in self.doc[start:end])

    @staticmethod
    def _ends_sentence(token: Token) -> bool:
        """Whether a name stops at ``token``: "Dong Jun." ends its sentence, "W." does not."""
        return (
            token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].is_sent_start
            or token.text.endswith(".")
            and len(token.text) > 2
        )

    def _name_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The name inside a person entity: titles and possessives trimmed, a cut-off surname added."""
        doc = self.doc
        roles = [t.i for t in doc[start:end] if _is_role_word(t)]
        if roles:
            start = roles[-1] + 1
        while start < end and not self._is_name_token(doc[start]):
            if doc[start].lower_ in _NAME_PARTICLES:
                break
            start += 1
        stop = start
        while stop < end and (
            self._is_name_token(doc[stop])
            or self._is_hyphen_tail(doc[stop])
            or doc[stop].text == "-"
            or doc[stop].text in _NAME_PARTICLES
        ):
            stop += 1
            if self._ends_sentence(doc[stop - 1]):
                break  # "Dong Jun. Dong said": the model ran the name into the next sentence
        end = stop
        if end + 1 < len(doc) and doc[end].text == "-" and self._is_hyphen_tail(doc[end + 1]):
            end += 2  # the entity stops before "-jae" of "Lee Min-jae"
        elif end < len(doc) and self._is_hyphen_tail(doc[end]):
            end += 1
        while (
            end < len(doc)
            and self._is_name_token(doc[end])
            and not self._ends_sentence(doc[end - 1])
            and doc[end].whitespace_ != ""
            and end - start - self._particles(start, end) < 4
        ):
            end += 1
        if (
            end + 1 < len(doc)
            and doc[end].text in _NAME_PARTICLES
            and doc[end].ent_iob_ == "O"
            and self._is_name_token(doc[end + 1])
            and not self._ends_sentence(doc[end - 1])
        ):
            end += 2  # the entity stops before "dos Santos" of "Jose Manuel dos Santos"
        if (
            end < len(doc)
            and self._is_name_token(doc[end])
            and not self._ends_sentence(doc[end - 1])
            and end - start - self._particles(start, end) < 4
        ):
            end += 1
        while end > start and not (
            self._is_name_token(doc[end - 1]) or self._is_hyphen_tail(doc[end - 1])
        ):
            end -= 1
        if end <= start:
            return None
        text = doc[start:end].text
        if self.is_news_agency(text) or not any(c.isalpha() for c in text):
            return None
        return start, end

    def _derived_index(self) -> dict[str, list[str]]:
        """Capitalised words of the document by their first four letters ("Kest" -> Kestrian)."""
        if self._derived is None:
            self._derived = {}
            for word in {t.text for t in self._tokens if t.text[:1].isupper() and t.is_alpha}:
                self._derived.setdefault(word[:4], []).append(word)
        return self._derived

    def _has_demonym(self, name: str) -> bool:
        """Whether the document derives a word from ``name`` ("Valmoran" from "Valmora")."""
        stem = name[: max(4, len(name) - 2)]
        words = self._derived_index().get(name[:4], ())
        return any(w.startswith(stem) and 0 < len(w) - len(name) <= 3 for w in words)

    def _place_names(self) -> set[str]:
        """Names the model tags as places somewhere in the document, or that have a demonym."""
        names = {e.text for e in self._ents if e.label_ == "GPE"}
        for ent in self._ents:
            if len(ent) == 1 and self._has_demonym(ent.text):
                names.add(ent.text)  # "Valmora" beside "Valmoran"
        # A one-word "person" the text only ever puts after "of", "in", "near": a place.
        located: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        for ent in self._ents:
            if ent.label_ == "PERSON" and len(ent) == 1:
                seen[ent.text] += 1
                root = ent.root
                if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS | {"of", "from"}:
                    located[ent.text] += 1
        # "Lee's office" after "Lee Jae-myung": a part of a person's full name is the person
        name_parts = {t.text for e in self._ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        for ent in self._ents:
            if ent.label_ != "PERSON" or len(ent) != 1 or ent.text in name_parts:
                continue
            root = ent.root
            if root.dep_ == "poss" and (
                _is_role_word(root.head) or root.head.lower_ in _ORGAN_WORDS
            ):
                located[ent.text] += seen[ent.text]  # "Valmora's foreign minister": a state
            if root.dep_ == "pobj" and root.head.lower_ == "of":
                owner = root.head.head
                if _is_role_word(owner) or owner.lower_ in _ORGAN_WORDS:
                    located[ent.text] += seen[ent.text]  # "the foreign minister of Valmora"
            if root.dep_ == "appos" and root.head.lemma_.lower() in _PLACE_NOUNS:
                located[ent.text] += seen[ent.text]  # "the Kestrian capital, Rovna"
            conjoined = [root.head] if root.dep_ == "conj" else []
            conjoined += [c for c in root.children if c.dep_ == "conj"]
            if any(c.ent_type_ == "GPE" or self._gaz_covering(c.i) for c in conjoined):
                located[ent.text] += seen[ent.text]  # "Kestria and Valmora"
        names |= {name for name, n in located.items() if n * 2 >= seen[name]}
        return names

    def _person_seeds(self) -> list[tuple[int, int]]:
        doc = self.doc
        seeds: list[tuple[int, int]] = []
        places = self._places = self._place_names()
        labels = Counter((e.text, e.label_ == "PERSON") for e in self._ents)
        for ent in self._ents:
            if (
                ent.label_ == "PERSON"
                and ent.root.dep_ == "pobj"
                and ent.root.head.lower_ in _PLACE_PREPOSITIONS
            ):
                continue  # "in Kryvyi Rih": a place the model took for a person
            if ent.label_ != "PERSON" and self._office_in_apposition(ent.start, ent.end):
                self._name_labels = frozenset({"PERSON", ent.label_})
                span = self._name_span(ent.start, ent.end)
                self._name_labels = frozenset({"PERSON"})
                if span:
                    seeds.append(span)  # "the UN envoy, Amara Okafor," tagged GPE
                continue
            if ent.text in places or (
                ent.label_ == "PERSON" and labels[(ent.text, False)] > labels[(ent.text, True)]
            ):
                continue  # "Valmora" tagged PERSON here and GPE elsewhere, "Ryanair" mostly ORG
            root = ent.root
            if (
                root.dep_ in {"compound", "amod", "nmod"}
                and root.head.i >= ent.end
                and not self._is_name_token(root.head)
            ):
                continue  # "a Sikh separatist leader": a modifier, not a name
            if ent.label_ == "PERSON" or (
                ent.label_ in {"ORG", "GPE", "NORP", "LOC"} and any(_is_role_word(t) for t in ent)
            ):
                span = self._name_span(ent.start, ent.end)
                if span:
                    seeds.append(span)
        seeds += [(ent.start, ent.end) for ent in self._ents if self._named_by_first_name(ent)]
        for token in self._tokens:
            if (
                _is_role_word(token)
                and token.i + 1 < len(doc)
                and self._is_name_token(doc[token.i + 1])
            ):
                span = self._name_span(token.i + 1, min(len(doc), token.i + 5))
                if span:
                    seeds.append(span)
            if _is_role_word(token):
                for child in token.rights:
                    if (
                        child.dep_ == "appos"
                        and child.pos_ == "PROPN"
                        and self._is_name_token(child)
                        and all(self._is_name_token(t) for t in doc[child.left_edge.i : child.i])
                    ):
                        # "Russia's ambassador to China, Igor Morgulov," the model left untagged
                        span = self._name_span(child.left_edge.i, child.i + 1)
                        if span:
                            seeds.append(span)
        return sorted(set(seeds))

    def _named_by_first_name(self, ent: Span) -> bool:
        """Whether an entity the model did not tag PERSON is a person's name by its first
        name: "Giorgia Meloni" tagged ORG; not "George Washington University"."""
        if ent.label_ == "PERSON" or not 2 <= len(ent) <= 3:
            return False
        if ent[0].lower_ not in _FIRST_NAMES or ent[-1].lower_ in _ORGANIZATION_TAILS:
            return False
        return all(t.text[:1].isupper() and t.is_alpha for t in ent) and not any(
            self._gaz_covering(t.i) or t.i in self._demonym or _is_role_word(t) for t in ent
        )

    def _register(self, name: str) -> None:
        words = name.split()
        keys = {normalize(" ".join(words[i:])) for i in range(len(words))}
        keys.add(normalize(name))
        for key in keys:
            self._person_keys.setdefault(key, set()).add(name)
        if len(words) > 1:
            # Family name first ("Xi Jinping", "Lin Jian"): the first word, where no one else has it.
            self._person_keys.setdefault("^" + normalize(words[0]), set()).add(name)
        for word in words[1:-1]:
            # The name a person goes by inside a longer one: "Lula" of "Luiz Inacio Lula da
            # Silva", "Hamad" of "Tamim bin Hamad Al Thani".
            if len(word) > 3 and word[:1].isupper():
                self._person_keys.setdefault("~" + normalize(word), set()).add(name)
        particle, _, surname = words[-1].partition("-")
        if surname[:1].isupper() and particle.lower() in _NAME_PREFIXES:
            # "al-Burhan", "el-Sisi": "Burhan", "Sisi".
            self._person_keys.setdefault(normalize(surname), set()).add(name)

    def _person_for(self, text: str) -> str | None:
        key = normalize(text)
        found = self._person_keys.get(key)
        if found and len(found) == 1:
            return next(iter(found))
        if found:
            return None
        for mark in ("^", "~"):
            found = self._person_keys.get(mark + key)
            if found and len(found) == 1:
                return next(iter(found))
            if found:
                return None
        return None

    def _collect_persons(self) -> None:
        """Who the document names: full names first, so that short forms attach to them."""
        doc = self.doc
        seeds = self._person_seeds()
        singles = {doc[a:b].text for a, b in seeds if b - a == 1}
        for ent in self._ents:
            # "Amara Okafor" tagged GPE while "Okafor" alone is a PERSON: a full name; so is
            # "Sokha Vannak" tagged FAC beside "Sokha" (family name first).
            if (
                ent.label_ != "PERSON"
                and len(ent) > 1
                and (
                    ent[-1].text in singles
                    or ent[0].text in singles
                    and len(ent) < 4
                    and not any(self._gaz_covering(t.i) or t.i in self._demonym for t in ent)
                )
                and all(t.text[:1].isupper() for t in ent)
                and not any(_is_role_word(t) for t in ent)
            ):
                seeds.append((ent.start, ent.end))
        self._seeds = sorted(set(seeds))
        texts = {span: doc[span[0] : span[1]].text for span in self._seeds}
        for span in sorted(self._seeds, key=lambda s: -(s[1] - s[0])):
            text = texts[span]
            if (
                len(text.split()) > 1
                and self._person_for(text) is None
                and not self._person_keys.get(normalize(text))
            ):
                self._persons[text] = _Person(text)
                self._register(text)
        for span in self._seeds:
            text = texts[span]
            if self._person_for(text) is None and not self._person_keys.get(normalize(text)):
                self._persons[text] = _Person(text)
                self._register(text)

    def _scan_persons(self) -> None:
        doc = self.doc
        claimed: set[int] = set()
        for start, end in self._seeds:
            name = self._person_for(doc[start:end].text)
            if name:
                self._person_mention(start, end, name)
                claimed.update(range(start, end))
        # Surnames the NER missed or mislabelled ("Modi" as GPE, "Trump" as ORG).
        for token in self._tokens:
            if token.i in claimed or not token.text[:1].isupper() or self._in_dateline(token):
                continue
            if token.i in self._demonym or self._gaz_covering(token.i):
                continue
            name = self._person_for(token.text)
            if name and token.pos_ in {"PROPN", "NOUN", "ADJ", "VERB"}:
                self._person_mention(token.i, token.i + 1, name)

    def _person_mention(self, start: int, end: int, name: str) -> None:
        doc = self.doc
        person = self._persons[name]
        person.aliases.append(doc[start:end].text)
        mention = _Mention(start, end, f"person:{name}", "person")
        self._add_mention(mention)
        office = self._office_in_apposition(start, end)
        if office is not None:
            # "Pakistan's national security adviser, Lieutenant General Asim Malik"
            first, title_of = office
            if title_of > first:
                person.aliases.append(doc[first : title_of + 1].text)
            stop = title_of + 1
            place = self._gaz_covering(stop + 1) if doc[stop].lower_ == "of" else None
            if place is not None and place[0] == stop + 1:
                stop = place[1]  # "the foreign minister of Russia, Sergei Lavrov"
            parsed = self._parse_title(list(doc[first:stop]))
            if parsed is not None:
                self._index_title(parsed, first, name, person)
            if person.affiliation is None:
                person.affiliation = self._owner_affiliation(first, title_of)
        else:
            self._counterpart_named(start, end, name, person)
        if start >= 2 and doc[start - 1].text in {"'s", "’s"} and person.affiliation is None:
            owner = self._gaz_covering(start - 2)
            if owner is not None and owner[2].kind == "country":
                person.affiliation = owner[2].name  # "Thailand's Prasert Kittikhun"
        if end + 1 < len(doc) and doc[end].lower_ == "of" and person.affiliation is None:
            at = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
            place = self._gaz_covering(at)
            if place is not None and place[0] == at and place[2].kind == "country":
                person.affiliation = place[2].name  # "Foreign Minister Sofia Lind of Valmora"
        before = self._title_before(start)
        title = before or self._title_after(end)
        if title is None:
            return
        if title.affiliation is None and person.affiliation is not None:
            # "President Volodymyr Zelensky of Ukraine": the Ukrainian president.
            title = _Title(self._entry_named(person.affiliation), title.words, title.organ)
        if before is not None:
            first = min(start, self._title_start(start))
            if person.affiliation is None:
                person.affiliation = self._owner_affiliation(first, start)
            person.aliases.append(doc[first:end].text)
            title_text = doc[first:start].text
            if len(title_text.split()) > 1 and any(_is_role_word(t) for t in doc[first:start]):
                person.aliases.append(title_text)  # "Russian President"; not "President" alone
        self._index_title(title, start, name, person)

    def _owner_affiliation(self, first: int, stop: int) -> str | None:
        """The affiliation of the person whose aide a title names ("Orban's spokesman",
        "his spokesman" after Guterres): the aide speaks for the same state or body."""
        doc = self.doc
        owner_name = None
        for i in range(first + 1, stop):
            if doc[i].text in {"'s", "’s"}:
                owner_name = self._person_for(doc[i - 1].text)
        pronouns = [doc[i] for i in (first - 1, first) if i >= 0]
        if owner_name is None and any(t.lower_ in {"his", "her"} for t in pronouns):
            sentence = doc[first].sent.start
            owners = [
                m
                for m in self._mentions
                if m.kind == "person" and sentence <= m.start and m.end <= first
            ]
            owner_name = owners[-1].key.partition(":")[2] if owners else None
        owner = self._persons.get(owner_name) if owner_name else None
        return owner.affiliation if owner is not None else None

    def _counterpart_named(self, start: int, end: int, name: str, person: _Person) -> None:
        """ "His Russian counterpart, Vladimir Putin": Putin holds in Russia the office
        that the possessor holds, so that "the Russian president" later means him."""
        doc = self.doc
        root = doc[start:end].root
        if root.dep_ == "appos" and root.head.lemma_.lower() == "counterpart":
            counterpart = root.head
        else:
            lefts = [c for c in root.lefts if c.lemma_.lower() == "counterpart"]
            if not lefts:
                return
            counterpart = lefts[0]
        modifiers = [t for t in doc[counterpart.left_edge.i : counterpart.i]]
        affiliation = self._affiliation_of(modifiers)
        if affiliation is None:
            return
        if person.affiliation is None:
            person.affiliation = affiliation.name
        sentence = counterpart.sent.start
        owners = [
            m
            for m in self._mentions
            if m.kind == "person" and sentence <= m.start and m.end <= counterpart.i
        ]
        owner = self._persons.get(owners[-1].key.partition(":")[2]) if owners else None
        if owner is not None and owner.role and owner.affiliation != affiliation.name:
            # The office by its common name: India's external affairs minister's
            # counterpart is China's foreign minister.
            words = _title_case(_role_key(owner.role.split()).split()).split()
            self._index_title(_Title(affiliation, words, None), start, name, person)

    def _office_in_apposition(self, start: int, end: int) -> tuple[int, int] | None:
        """The title a name stands in apposition to: (first token, title word)."""
        doc = self.doc
        root = doc[start:end].root
        if root.dep_ == "appos":
            head = root.head
        else:
            # "Qatar's emir, Sheikh Tamim bin Hamad Al Thani" parsed without the apposition
            comma = start - 1
            while comma > 0 and _is_role_word(doc[comma]):
                comma -= 1
            if comma < 1 or doc[comma].text != "," or not _is_role_word(doc[comma - 1]):
                return None
            head = doc[comma - 1]
        for _ in range(3):
            if _is_role_word(head):
                break
            if head.dep_ == "pobj" and head.head.dep_ == "prep":
                head = head.head.head  # "envoy for the Orlen valley, Amara Okafor"
            else:
                return None
        if not _is_role_word(head) or head.i >= start:
            return None
        first = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ in _MODIFIER_DEPS])
        while first < head.i and (doc[first].lower_ in _DETERMINERS or doc[first].is_space):
            first += 1
        return first, head.i

    def _index_title(self, title: _Title, start: int, name: str, person: _Person) -> None:
        """Record a person's role and affiliation, and index the role for "the prime minister"."""
        if title.role and person.role is None:
            person.role = title.role
        if title.affiliation and person.affiliation is None:
            person.affiliation = title.affiliation.name
        affiliation = title.affiliation.name if title.affiliation else None
        keys = _role_key(title.words).split()
        qualified = [k for k, w in enumerate(keys) if w in _ROLE_QUALIFIERS]
        # "vice president" and "former president" are not "the president".
        for i in range(qualified[-1] + 1 if qualified else len(keys)):
            for j in range(i + 1, len(keys) + 1):
                if keys[j - 1] in _ROLE_WORDS or " ".join(keys[i:j]) in _ROLE_SYNONYMS.values():
                    key = " ".join(keys[i:j])
                    self._roles.setdefault(key, []).append((start, name))
                    if affiliation:
                        self._roles.setdefault(f"{affiliation}|{key}", []).append((start, name))
        if title.organ and "spokesperson" in keys:
            self._spokespeople.append((_organ_key(title.organ), affiliation, name, start))

    def _title_start(self, start: int) -> int:
        doc = self.doc
        i = start
        while i > 0 and start - i < 8:
            prev = doc[i - 1]
            if doc[i].is_sent_start or prev.is_space or "\n" in prev.whitespace_:
                break
            if prev.lower_ in _DETERMINERS or prev.is_punct and prev.text != "-":
                break
            if prev.lower_ == "of" and i >= 2 and _is_role_word(doc[i - 2]):
                i -= 1  # "Secretary of State", "Minister of Foreign Affairs"
                continue
            if (
                prev.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "NUM"}
                and prev.text != "'s"
                and not self._gaz_covering(prev.i)  # "IAEA chief X", "IAEA" tagged VERB
            ):
                break
            if prev.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
                break
            i -= 1
        return i

    def _title_before(self, start: int) -> _Title | None:
        first = self._title_start(start)
        if first == start:
            return None
        return self._parse_title(list(self.doc[first:start]))

    def _title_after(self, end: int) -> _Title | None:
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        tokens = []
        for token in doc[end + 1 : end + 10]:
            if token.is_punct and token.text not in {"-", "'s"}:
                break
            if token.pos_ in {"VERB", "AUX"}:
                return None
            tokens.append(token)
        while tokens and tokens[0].lower_ in _DETERMINERS:
            tokens = tokens[1:]
        return self._parse_title(tokens) if tokens else None

    def _parse_title(self, tokens: list[Token]) -> _Title | None:
        affiliation: Entry | None = None
        named_organ: str | None = None
        words: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            hit = self._gaz_covering(token.i)
            if hit is not None:
                affiliation = affiliation or hit[2]
                if hit[3]:  # "State Department spokesman", "IDF spokesman": a body of the state
                    named_organ = named_organ or self.doc[hit[0] : hit[1]].text
                i += max(1, hit[1] - token.i)
                continue
            if token.i in self._demonym:
                affiliation = affiliation or self._demonym[token.i]
                i += 1
                continue
            if token.text == "-" and words and not token.whitespace_ and i + 1 < len(tokens):
                # "Secretary-General" is one title word.
                words[-1] += "-" + tokens[i + 1].text
                i += 2
                continue
            if token.text in {"'s", "’s"} and i > 0:
                owner = tokens[i - 1]
                if owner.pos_ == "PROPN" and not _is_role_word(owner):
                    words = []  # "Orban's spokesman": the title starts after the person
            if token.text in {"'s", "'", "’s", "-"} or token.lower_ in _DETERMINERS | {
                "his",
                "her",
            }:
                i += 1
                continue
            if not words and affiliation is None and token.lower_ in _generic_nouns():
                owner_entry = self._generic_entry(token)
                if owner_entry is not None:
                    affiliation = owner_entry  # "the bloc's top diplomat", "the alliance chief"
                    i += 1
                    continue
            if token.lower_ == "of" and not words:
                i += 1
                continue
            words.append(token.text)
            i += 1
        while words and words[-1].lower() == "of":
            words.pop()
        lowered = [normalize(w) for w in words]
        heads = [
            k
            for k, w in enumerate(lowered)
            if w.replace(" ", "-") in _ROLE_WORDS or w in _ROLE_WORDS
        ]
        if not heads or (
            all(lowered[k] in _WEAK_ROLE_WORDS for k in heads)
            and len(words) == 1
            and affiliation is None
        ):
            return None
        first_head = heads[0]
        organ_words = [w for w in lowered[:first_head] if w in _ORGAN_WORDS]
        organ = " ".join(words[: lowered.index(organ_words[-1]) + 1]) if organ_words else None
        return _Title(affiliation, words, organ or named_organ)

    def _scan_organs(self) -> None:
        """Ministries, armies and missions the text names with their state."""
        for token in self._tokens:
            if token.lower_ not in _ORGAN_WORDS:
                continue
            start = min(
                [token.i] + [c.left_edge.i for c in token.lefts if c.dep_ in _MODIFIER_DEPS]
            )
            tokens = list(self.doc[start : token.i + 1])
            affiliation = self._affiliation_of(tokens) or self._state_after(token)
            if affiliation is not None:
                organ = " ".join(
                    t.text
                    for t in tokens
                    if not self._gaz_covering(t.i)
                    and t.i not in self._demonym
                    and t.text not in {"'s", "’s"}
                    and t.lower_ not in _DETERMINERS
                )
                self._organs_named.append((token.i, _organ_key(organ), affiliation))

    def _members_body(self, tokens: list[Token], head: Token) -> Entry | None:
        """The body an organisation's ministers or leaders meet as, whatever their field:
        "EU environment ministers" are the Council of the EU ("EU ministers")."""
        owner = self._affiliation_of([t for t in tokens if t.i < head.i])
        if owner is None or owner.kind != "organization":
            return None
        for name in (owner.name, *owner.aliases):
            for entry in self.gazetteer.candidates(f"{name} {head.text}"):
                if entry.affiliation == owner.name:
                    return entry
        return None

    def _leaders_state(self, token: Token) -> Entry | None:
        """The state of the person whose state body it is: "Maduro's government" is
        Venezuela's, when the text gave Maduro a state."""
        if token.lower_ not in _STATE_WORDS:
            return None
        for child in token.lefts:
            holder = self._at.get(child.i)
            if child.dep_ == "poss" and holder is not None and holder.kind == "person":
                actor = self._actors.get(holder.key)
                state = self._entry_named(actor.affiliation or "") if actor else None
                return state if state is not None and state.kind == "country" else None
        return None

    def _state_after(self, token: Token) -> Entry | None:
        """The state a state body is placed in right after it: "the military government in
        Niger" is Niger's (an embassy in a state is another state's, so only state bodies)."""
        if token.lower_ not in _STATE_WORDS or token.i + 2 >= len(self.doc):
            return None
        if self.doc[token.i + 1].lower_ not in {"in", "of"}:
            return None
        hit = self._gaz_covering(token.i + 2)
        return hit[2] if hit is not None and hit[2].kind == "country" else None

    def _scan_offices(self) -> None:
        """Titles standing alone ("the prime minister", "Russia's foreign minister") as mentions."""
        for token in self._tokens:
            if not _is_role_word(token) or token.i in self._at or token.dep_ == "compound":
                continue
            if token.pos_ not in {"NOUN", "PROPN"} or self._in_dateline(token):
                continue
            actor = self.resolve_token(token)
            if actor is None or actor.kind != "person":
                continue
            key = (
                next(k for k, a in self._actors.items() if a is actor)
                if actor.name not in self._persons
                else f"person:{actor.name}"
            )
            start = token.i
            while (
                start > 0
                and start - 1 not in self._at
                and self.doc[start - 1].dep_ in {"compound", "amod"}
            ):
                start -= 1
            if not any(i in self._at for i in range(start, token.i + 1)):
                self._mentions.append(_Mention(start, token.i + 1, key, "person"))
                for i in range(start, token.i + 1):
                    self._at[i] = self._mentions[-1]
        self._cache.clear()

    def _add_mention(self, mention: _Mention) -> None:
        if any(i in self._at for i in range(mention.start, mention.end)):
            return
        self._mentions.append(mention)
        for i in range(mention.start, mention.end):
            self._at[i] = mention
        self._aliases.setdefault(mention.key, []).append(self.doc[mention.start : mention.end].text)

    def _scan_entries(self) -> None:
        for start, (end, entry, organ) in sorted(self._gaz.items()):
            if any(i in self._at for i in range(start, end)):
                continue
            self._add_mention(_Mention(start, end, f"entry:{entry.name}", entry.kind, entry, organ))

    def _scan_entities(self) -> None:
        kinds = {"ORG": "organization", "GPE": "country", "NORP": "group", "FAC": "organization"}
        for ent in self._ents:
            kind = kinds.get(ent.label_)
            if kind is None or self._in_dateline(ent[0]):
                continue
            own_name = self._named_after_place(ent)
            if own_name:
                # "the Balochistan Liberation Army": a group, not the province it names
                for i in range(ent.start, ent.end):
                    covered = self._at.pop(i, None)
                    if covered is not None and covered in self._mentions:
                        self._mentions.remove(covered)
                    self._demonym.pop(i, None)
            if any(i in self._at or i in self._demonym for i in range(ent.start, ent.end)):
                continue
            tokens = [t for t in ent if t.lower_ not in _DETERMINERS and t.text != "'s"]
            if not tokens or any(_is_role_word(t) for t in tokens):
                continue
            text = self.doc[tokens[0].i : tokens[-1].i + 1].text
            if not any(c.isupper() for c in text) or self.is_news_agency(text):
                continue
            if text.lower() in _GENERIC_NON_ACTORS | _VICTIM_WORDS | _TIME_WORDS:
                continue  # "Diplomats said ..." opening a sentence; "at 1400 GMT"
            if ent.label_ == "NORP" and text.lower().startswith(("anti", "non", "pro")):
                continue
            if not own_name and (
                any(t.lower_ in _ORGAN_WORDS for t in tokens) or text.lower() in _generic_nouns()
            ):
                continue
            if any(t.pos_ == "CCONJ" for t in tokens):
                continue  # "Kyiv and European capitals": several things, not one name
            root = ent.root
            if root.dep_ == "pobj" and root.head.lower_ == "of" and _is_role_word(root.head.head):
                continue  # "Secretary of State": part of a title
            if kind == "organization" and self._state_office(tokens[0]):
                continue  # the office speaks for the state that owns it
            self._add_mention(_Mention(tokens[0].i, tokens[-1].i + 1, f"{kind}:{text}", kind))

    def _named_after_place(self, ent: Span) -> bool:
        """Whether an organisation's name is an insurgent group's, whatever place it holds:
        "Balochistan Liberation Army", "Free Syrian Army"; not "Pakistan Army" or "the Royal
        Thai Army", the state's own forces."""
        words = [t for t in ent if t.lower_ not in _DETERMINERS]
        if ent.label_ != "ORG" or len(words) < 3 or words[-1].lower_ not in _ARMED_GROUP_HEADS:
            return False
        if words[-1].i in self._at:
            return False
        return any(t.lower_ in _INSURGENT_WORDS for t in words[:-1])

    def _state_office(self, first: Token) -> bool:
        """Whether a name starts with an office of a state the text names as its owner:
        "the U.S. State Department's Bureau of Western Hemisphere Affairs"."""
        if (
            first.lower_ not in _OFFICE_WORDS
            or first.i < 2
            or self.doc[first.i - 1].text not in {"'s", "’s"}
        ):
            return False
        owner = self._gaz_covering(first.i - 2)
        return owner is not None and owner[2].kind == "country"

    # ------------------------------------------------------------------ actors

    def _actor_of(self, mention_key: str) -> Actor | None:
        if mention_key in self._actors:
            return self._actors[mention_key]
        kind, _, name = mention_key.partition(":")
        aliases = self._aliases.get(mention_key, [])
        if kind == "entry":
            entry = self._entry_named(name)
            if entry is None:
                return None
            actor = entry.actor(aliases)
        elif kind == "person":
            return None
        else:
            actor = Actor(name, kind, tuple(a for a in dict.fromkeys(aliases) if a != name))
        self._actors[mention_key] = actor
        return actor

    def _entry_actor(self, entry: Entry, surface: str | None = None) -> Actor:
        key = f"entry:{entry.name}"
        if key not in self._actors and surface and _is_name(surface):
            self._aliases.setdefault(key, []).append(surface)
        actor = self._actor_of(key)
        assert actor is not None
        return actor

    def _office_actor(self, affiliation: Entry, words: list[str], surface: str) -> Actor:
        role = _title_case(words)
        key = f"office:{affiliation.name}|{_role_key(words)}"
        if key not in self._actors:
            # The state's adjective as the text writes it: "the U.S. envoy" is the "U.S. Envoy".
            words_of = surface.split()
            if words_of and words_of[0].lower() == "the":
                words_of = words_of[1:]
            written = words_of[0] if words_of else ""
            adjective = (
                written
                if normalize(written) in {normalize(d) for d in affiliation.demonyms}
                else affiliation.adjective
            )
            name = f"{adjective} {role}"
            aliases = tuple(a for a in dict.fromkeys([surface]) if a != name)
            self._actors[key] = Actor(name, "person", aliases, None, role, affiliation.name)
        return self._actors[key]

    def _dominant_state(self) -> Entry | None:
        """The state the document is about: the dateline's state when the body names it
        ("NAIROBI -": Kenya's "the government", even beside more Somali names), else the
        most named."""
        states = [
            name
            for name, _ in self._counts.most_common()
            if (entry := self._entry_named(name)) is not None and entry.kind == "country"
        ]
        if not states:
            return None
        home = self._dateline_state()
        return self._entry_named(home if home in states else states[0])

    def _dateline_state(self) -> str | None:
        """The state of the dateline's place, read once per document (``doc.text``
        rebuilds the whole text on every access)."""
        if self._dateline_home is None:
            self._dateline_home = (self._read_dateline_state(),)
        return self._dateline_home[0]

    def _read_dateline_state(self) -> str | None:
        doc_text = self.doc.text
        text = self.document.text if len(self.document.text) == len(doc_text) else ""
        match = _DATELINE.match(text or doc_text) if self._dateline_end else None
        if match is None:
            return None
        found = self.gazetteer.candidates(match.group("place").title())
        return found[0].name if found and found[0].kind == "country" else None

    # ------------------------------------------------------------------ resolution

    def is_news_agency(self, name: str) -> bool:
        """Whether ``name`` is a news agency, or this document's source or dateline agency.

        Examples
        --------
        >>> from eventgraph.nlp import load_nlp
        >>> from eventgraph.records import Document
        >>> text = "KYIV (Wire Daily) - Zelensky spoke."
        >>> r = ActorResolver(load_nlp()(text), Document("d", text, source="Example News"))
        >>> r.is_news_agency("Wire Daily"), r.is_news_agency("Example News"), r.is_news_agency("Kyiv")
        (True, True, False)
        """
        key = normalize(name)
        if key.endswith(" news agency"):
            return True  # "the official KCNA news agency"
        return key in self._sources or self.gazetteer.is_news_agency(name)

    def resolve_name(self, name: str) -> Actor | None:
        """The actor a plain string names, from this document's table and the gazetteer.

        Examples
        --------
        >>> from eventgraph.nlp import load_nlp
        >>> from eventgraph.records import Document
        >>> text = "Indian Prime Minister Narendra Modi met Xi Jinping in Kazan."
        >>> r = ActorResolver(load_nlp()(text), Document("d", text))
        >>> r.resolve_name("Modi").name, r.resolve_name("Xi").name, r.resolve_name("Beijing").name
        ('Narendra Modi', 'Xi Jinping', 'China')
        >>> r.resolve_name("he") is None
        True
        """
        text = name.strip()
        if not text or self.is_news_agency(text):
            return None
        if normalize(text) in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _THING_PRONOUNS:
            return None
        person = self._person_for(text)
        words = text.split()
        while (
            person is None
            and len(words) > 1
            and (words[0].lower().rstrip(".") in _ROLE_WORDS or self.gazetteer.demonym(words[0]))
        ):
            words = words[1:]  # "PM Netanyahu", "Russian President Putin"
            person = self._person_for(" ".join(words))
        if person:
            return self._actors[f"person:{person}"]
        found = self.gazetteer.candidates(text)
        if found:
            return self._entry_actor(self._best(found), text)
        demonym = self.gazetteer.demonym(text)
        if demonym:
            return self._entry_actor(demonym, text)
        if self._named is None:
            self._named = {
                normalize(m.key.partition(":")[2]): m.key
                for m in self._mentions
                if m.entry is None and m.kind != "person"
            }
        unnamed = self._named.get(normalize(text))
        return self._actor_of(unnamed) if unnamed else None

    def resolve_span(self, span: Span) -> Actor | None:
        """The actor a span stands for, or None when it names no actor.

        Examples
        --------
        >>> from eventgraph.nlp import load_nlp
        >>> from eventgraph.records import Document
        >>> text = "UNITED NATIONS (Reuters) - The Security Council voted on Friday."
        >>> doc = load_nlp()(text)
        >>> r = ActorResolver(doc, Document("d", text))
        >>> r.resolve_span(doc[0:2]) is None, r.resolve_span(doc[3:4]) is None
        (True, True)
        >>> r.resolve_span(doc[6:9]).name
        'UN Security Council'
        """
        if len(span) == 0:
            return None
        return self._resolve(span.start, span.end, span.root)

    def resolve_token(self, token: Token) -> Actor | None:
        """The actor of the noun phrase a token heads (an argument's head token).

        Examples
        --------
        >>> from eventgraph.nlp import load_nlp
        >>> from eventgraph.records import Document
        >>> text = "Prime Minister Benjamin Netanyahu spoke. The prime minister said he was angry."
        >>> doc = load_nlp()(text)
        >>> r = ActorResolver(doc, Document("d", text))
        >>> r.resolve_token(doc[8]).name, r.resolve_token(doc[10]).name
        ('Benjamin Netanyahu', 'Benjamin Netanyahu')
        """
        if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.resolve_token(token.head.head)
        if self._partial_group(token):
            return None
        if _is_role_word(token):
            for child in token.rights:
                holder = self._at.get(child.i)
                if child.dep_ == "appos" and holder is not None and holder.kind == "person":
                    # "Russia's ambassador to China, Igor Morgulov, said": the person
                    return self._actors.get(holder.key)
        start = token.i
        for child in token.lefts:
            if _is_sponsor_modifier(child) and token.i not in self._at:
                # "Al-Qaeda-linked militants" are not al-Qaeda; "the Iran-aligned group"
                # is the group named before, if that is not the sponsor
                actor = self._resolve(token.i, token.i + 1, token)
                sponsor = self.resolve_token(self.doc[child.i - 2]) if child.i > 1 else None
                return None if actor is None or actor == sponsor else actor
            if child.dep_ in _MODIFIER_DEPS:
                start = min(start, child.left_edge.i)
        actor = self._resolve(start, token.i + 1, token)
        if actor is not None and actor.kind == "country":
            return self._holder_for_state(token, actor) or actor
        return actor

    def _holder_for_state(self, token: Token, state: Actor) -> Actor | None:
        """ "The prime ministers of Thailand and Cambodia": for each state, the person the
        text names in that office (or the one person it gives that state), when it names
        one for every state listed; else the states stand for their ministers."""
        pobj = token
        while pobj.dep_ == "conj" and pobj.head.i != pobj.i:
            pobj = pobj.head
        if pobj.dep_ != "pobj" or pobj.head.lower_ != "of":
            return None
        office = pobj.head.head
        if office.tag_ != "NNS" or office.lemma_.lower() not in _ROLE_WORDS:
            return None
        words = [t.lower_ for t in office.lefts if t.dep_ in ("compound", "amod")]
        words.append(office.lemma_.lower())
        surface = self.doc[office.left_edge.i : office.i + 1].text
        listed = [pobj, *(t for t in pobj.subtree if t.dep_ == "conj" and t.head.i != t.i)]
        holders: dict[int, Actor] = {}
        for member in listed:
            entry = self._entry_named(state.name) if member.i == token.i else None
            if entry is None:
                other = self._resolve(member.i, member.i + 1, member)
                entry = self._entry_named(other.name) if other is not None else None
            if entry is None or entry.kind != "country":
                return None
            holder = self._role_actor(_Title(entry, words, None), member.i, surface)
            if holder is None or holder.name not in self._persons:
                return None
            holders[member.i] = holder
        return holders.get(token.i)

    @staticmethod
    def _partial_group(token: Token) -> bool:
        """Whether ``token`` names the body of "most ruling party lawmakers", "three
        Labour MPs": some of its members, who are not the body (guidelines: partial groups)."""
        members = token.head
        if token.dep_ != "compound" or members.lemma_.lower() not in _MEMBER_NOUNS:
            return False
        return any(
            child.lower_ in _PARTIAL_QUANTIFIERS or child.like_num
            for child in members.children
            if child.dep_ in {"amod", "nummod", "quantmod", "det", "advmod"}
        )

    def _resolve(self, start: int, end: int, head: Token) -> Actor | None:
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = self._resolve_uncached(start, end, head)
        return self._cache[key]

    def _resolve_uncached(self, start: int, end: int, head: Token) -> Actor | None:
        doc = self.doc
        tokens = [t for t in doc[start:end] if not self._in_dateline(t)]
        while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and (tokens[-1].text in {"'s", "'", "’s"} or tokens[-1].is_punct):
            tokens = tokens[:-1]
        if not tokens:
            return None
        if not (tokens[0].i <= head.i <= tokens[-1].i):
            head = tokens[-1]
        text = doc[tokens[0].i : tokens[-1].i + 1].text
        if self.is_news_agency(text) or self.is_news_agency(head.text):
            return None
        if head.lemma_.lower() == "agency" and any(t.lower_ == "news" for t in tokens):
            return None  # "the official KCNA news agency", "state news agency Belta"
        if (
            head.pos_ == "PRON"
            or head.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _THING_PRONOUNS
        ):
            return self._resolve_pronoun(head)
        mention = self._at.get(head.i)
        if mention is None and (_is_role_word(head) or self._is_name_token(head)):
            # "Russian President Vladimir Putin" headed by a title: the person named in it.
            for token in reversed(tokens):
                found = self._at.get(token.i)
                if found is not None and found.kind == "person":
                    mention = found
                    break
        if (
            mention is not None
            and mention.entry is not None
            and mention.entry.affiliation == "United Nations"
        ):
            owner = self._affiliation_of([t for t in tokens if t.i < mention.start])
            if owner is not None and owner.kind == "country":
                # "Russia's Security Council" is Russia's, not the UN's.
                body = doc[mention.start : mention.end].text
                key = f"organization:{owner.adjective} {body}"
                if key not in self._actors:
                    self._actors[key] = Actor(
                        f"{owner.adjective} {body}", "organization", (text,), None, None, owner.name
                    )
                return self._actors[key]
        if mention is not None and (owner := self._qualifying_body(tokens, mention)) is not None:
            # "the AU Peace and Security Council": the AU's, not the UN Security Council
            return self._entry_actor(owner, text)
        if (
            mention is not None
            and mention.entry is not None
            and head.dep_ == "compound"
            and head.head.pos_ == "NOUN"
            and (
                normalize(doc[mention.start : mention.end].text)
                in self._metonym_keys(mention.entry)
                or mention.entry.name in self._local  # "the Busan meeting": a city
            )
            and head.head.lower_ not in _ORGAN_WORDS
            and not _is_role_word(head.head)
        ):
            return None  # "the Damascus strike", "Kabul airport": a place, not the state
        if (
            mention is not None
            and (mention.entry is None or mention.entry.name in self._local)
            and self._is_locality(head)
        ):
            return None  # "the town of Walikale", "Quetta's railway station": a place
        if mention is None and (owned := self._state_body(tokens, head)) is not None:
            return self._entry_actor(owned, text)
        if mention is not None:
            if mention.organ and mention.entry is not None:
                organ = doc[mention.start : mention.end].text
                return self._organ_actor(mention.entry, organ, head.i)
            return self._actor_of(mention.key)
        lemma = head.lemma_.lower()
        lower = head.lower_
        if lemma == "counterpart":
            return self._counterpart(head, tokens, text)
        if lemma in _PART_NOUNS:
            for prep in head.rights:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if prep.lower_ == "of" and objects:
                    # "the armed wing of Palestinian Islamic Jihad": the group acts
                    return self.resolve_token(objects[0])
        if lemma in {"guest", "visitor", "host"}:
            return self._other_party(head)
        if head.tag_ in {"NNS", "NNPS"} and lemma in {"minister", "leader"}:
            members_body = self._members_body(tokens, head)
            if members_body is not None:
                return self._entry_actor(members_body, text)
        title = self._parse_title(tokens)
        if title is not None and _is_role_word(head):
            if start < head.i and doc[start].lower_ in {"a", "an", "one", "another", "some"}:
                return None  # "a Drovnian minister said": an unnamed source
            return self._role_actor(title, head.i, text)
        if lower == "office":
            for child in head.lefts:
                holder = self._at.get(child.i)
                if child.dep_ == "poss" and holder is not None and holder.kind == "person":
                    return self._actors[holder.key]  # "Netanyahu's office said": the person
        if lower in _ORGAN_WORDS or lemma in _ORGAN_WORDS:
            affiliation = (
                self._affiliation_of(tokens) or self._state_after(head) or self._leaders_state(head)
            )
            organ = " ".join(
                t.text
                for t in tokens
                if not self._gaz_covering(t.i)
                and t.i not in self._demonym
                and t.text not in {"'s", "’s"}
            )
            return self._organ_actor(affiliation, organ, head.i)
        if lower in _VICTIM_WORDS or lemma in _VICTIM_WORDS:
            return None
        if (
            lower in _LEGISLATORS
            and len(tokens) == 1
            and not any(
                c.dep_ in {"prep", "amod", "compound", "nummod", "poss"} for c in head.children
            )
        ):
            # "told lawmakers", "deputies rejected": the chamber the text named
            for noun in ("parliament", "chamber", "house", "assembly", "congress", "senate"):
                chamber = self._generic(noun, head.i)
                if chamber is not None:
                    return chamber
        if tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the" or head.text.islower():
            # "the council", "the Upper House", "Parliament": the body named before.
            phrase = " ".join(t.lower_ for t in tokens)
            capitalised = head.text[:1].isupper()
            # A plural ("central banks") names several bodies, unless the word itself is listed.
            noun = lower if head.tag_ in {"NNS", "NNPS"} else lemma
            same = any(c.lower_ == "same" for c in head.children)
            # "the Hafiz Gul Bahadur group" is a group of its own, not the group named before
            named = any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in tokens)
            generic = self._generic(
                phrase, head.i, capitalised=capitalised, same=same
            ) or self._generic(
                noun,
                head.i,
                capitalised=capitalised,
                same=same,
                since=head.left_edge.i if named else 0,
            )
            if generic is not None:
                return generic
        elif len(tokens) == 1 and head.text[:1].isupper():
            generic = self._generic(lower, head.i, capitalised=True)
            if generic is not None:
                return generic
        if lemma in _GENERIC_MEMBERS:
            for child in head.lefts:
                if child.dep_ == "compound" and child.i >= tokens[0].i and child.i not in self._at:
                    # "alliance leaders", "bloc ministers": the body named before
                    generic = self._generic(child.lower_, head.i)
                    if generic is not None:
                        return generic
        if lower in _GENERIC_NON_ACTORS or lemma in _GENERIC_NON_ACTORS:
            return None
        affiliation = self._affiliation_of(tokens)
        if affiliation is not None and head.i in self._demonym:
            return self._entry_actor(affiliation, text)
        if affiliation is not None and (lower in _STATE_PARTS or lemma in _STATE_PARTS):
            return self._entry_actor(affiliation, text)
        for child in head.lefts:
            if child.dep_ == "poss" and child.i >= tokens[0].i:
                # "Russia's cooperation with Iran": the possessor acts.
                possessor = self.resolve_token(child)
                if (
                    possessor is not None
                    and lemma in {"country", "nation"}
                    and possessor.affiliation
                ):
                    # "his country": the state of the person.
                    state = self._entry_named(possessor.affiliation)
                    if state is not None and state.kind == "country":
                        return self._entry_actor(state, text)
                return possessor
        if head.text[:1].isupper():
            for token in tokens:
                candidates = self.gazetteer.candidates(doc[token.i : tokens[-1].i + 1].text)
                if candidates:
                    return self._entry_actor(self._best(candidates), text)
        return None

    def _qualifying_body(self, tokens: list[Token], mention: _Mention) -> Entry | None:
        """The organisation or state a body's name is qualified by when that is not the
        body's own ("AU Peace and Security Council": the AU; "South Korea's National Security
        Council": South Korea, not the U.S. one), else None."""
        entry = mention.entry
        if entry is None or entry.affiliation is None or entry.kind != "organization":
            return None
        home = self._entry_named(entry.affiliation)
        for token in tokens:
            if token.i >= mention.start:
                return None
            hit = self._gaz_covering(token.i)
            owner = hit[2] if hit is not None else self._demonym.get(token.i)
            if owner is None:
                continue
            last = self.doc[hit[1] - 1] if hit is not None else token
            qualifies = (
                last.dep_ in {"compound", "nmod", "poss", "amod"}
                and last.i < last.head.i < mention.end
                and owner.name not in {entry.affiliation, entry.name}
            )
            if qualifies and owner.kind == "organization" and last.dep_ != "amod":
                return owner
            if (
                qualifies
                and owner.kind == "country"
                and home is not None
                and home.kind == "country"
                and _CHAMBER_WORDS.isdisjoint(entry.generic)
            ):
                # a state organ speaks for its state; another state's chamber ("Argentina's
                # Senate") votes as a body of its own, resolved elsewhere
                return owner
            return None
        return None

    @staticmethod
    @lru_cache(maxsize=512)
    def _metonym_keys(entry: Entry) -> frozenset[str]:
        return frozenset(normalize(m) for m in entry.metonyms)

    def _state_body(self, tokens: list[Token], head: Token) -> Entry | None:
        """The body a state's possessive names: "Germany's parliament" is the entry named
        "German parliament" (the Bundestag), when the gazetteer has one."""
        owners = [t for t in tokens if t.i < head.i and t.dep_ == "poss"]
        if not owners:
            return None
        owner = self._affiliation_of(owners)
        if owner is None or owner.kind != "country":
            return None
        rest = " ".join(t.text for t in tokens if t.i > owners[-1].i and t.text not in {"'s", "’s"})
        # "Taiwan's opposition-controlled legislature": the body without its modifiers too
        for words in dict.fromkeys([rest, head.text]):
            for demonym in owner.demonyms:
                for entry in self.gazetteer.candidates(f"{demonym} {words}"):
                    if entry.affiliation == owner.name:
                        return entry
        return None

    def _affiliation_of(self, tokens: list[Token]) -> Entry | None:
        for token in tokens:
            hit = self._gaz_covering(token.i)
            if hit is not None:
                return hit[2]
            if token.i in self._demonym:
                return self._demonym[token.i]
        return None

    def _role_actor(self, title: _Title, position: int, surface: str) -> Actor | None:
        """A title without a name: the person the text introduced with it, or the office."""
        key = _role_key(title.words)
        affiliation = title.affiliation.name if title.affiliation else None
        if affiliation is None:
            # A bare title refers back to the person the text introduced with it.
            holders = [h for h in self._roles.get(key, []) if h[0] <= position]
        else:
            keys = [key]
            if key in {"leader", "head", "chief"}:
                # "the Ukrainian leader", "Kremlin leader": its head of state or government.
                keys = [*_LEADER_ROLES, key]
            holders = []
            for role in keys:
                found = self._roles.get(f"{affiliation}|{role}", [])
                before = [h for h in found if h[0] <= position]
                holders = before or found
                if holders:
                    break
            if not holders and key in {"leader", "head", "chief"}:
                holders = self._leader_of(affiliation)
            if not holders and key in {"leader", "head", "chief"}:
                # "President Volodymyr Zelensky ... the Ukrainian leader": the one leader
                # whose state the text left unsaid.
                unsaid = {
                    name
                    for role in _LEADER_ROLES
                    for _, name in self._roles.get(role, [])
                    if self._persons[name].affiliation is None
                }
                if len(unsaid) == 1:
                    return self._actors[f"person:{unsaid.pop()}"]
        if not holders and title.affiliation is not None and key in _HEAD_ROLES:
            holders = self._head_of(title.affiliation)
        if not holders and affiliation is not None and (key in _LEADER_ROLES or key == "leader"):
            holders = self._untitled_of(affiliation)
        if holders:
            return self._actors[f"person:{holders[-1][1]}"]
        if title.affiliation is not None and not all(
            normalize(w) in _WEAK_ROLE_WORDS for w in title.words
        ):
            return self._office_actor(title.affiliation, title.words, surface)
        return None

    def _head_of(self, organization: Entry) -> list[tuple[int, str]]:
        """The one person the text names as head of an organisation under any head's title:
        "IAEA chief Rafael Grossi" is "the watchdog's director general"."""
        if organization.kind == "country":
            return []
        found = {
            person.name
            for person in self._persons.values()
            if person.affiliation == organization.name
            and person.role
            and _role_key(person.role.split()) in _HEAD_ROLES
        }
        return [(0, found.pop())] if len(found) == 1 else []

    def _untitled_of(self, affiliation: str) -> list[tuple[int, str]]:
        """The one person the text gives a state but no title ("Thailand's Prasert
        Kittikhun"), when no one of that state has a leader's title: "the prime ministers
        of Thailand and Cambodia" are the two the text names for them."""
        of_state = [p for p in self._persons.values() if p.affiliation == affiliation]
        if any(p.role and _role_key(p.role.split()) in _LEADER_ROLES for p in of_state):
            return []
        untitled = [p.name for p in of_state if not p.role]
        return [(0, untitled[0])] if len(untitled) == 1 and len(of_state) == 1 else []

    def _leader_of(self, affiliation: str) -> list[tuple[int, str]]:
        """The most senior person the text affiliates to a state by a leader's role."""
        for role in _LEADER_ROLES:
            found = [
                person.name
                for person in self._persons.values()
                if person.affiliation == affiliation
                and person.role
                and _role_key(person.role.split()) == role
            ]
            if len(found) == 1:
                return [(0, found[0])]
            if found:
                return []
        return []

    def _other_party(self, head: Token) -> Actor | None:
        """ "Abiy told his guest": the person the possessor met, named just before."""
        owners = [c for c in head.lefts if c.dep_ == "poss"]
        owner = self.resolve_token(owners[0]) if owners else None
        if owner is None or owner.kind != "person":
            return None
        if self._sent_starts is None:
            self._sent_starts = [sentence.start for sentence in self.doc.sents]
        current = bisect.bisect_right(self._sent_starts, head.i) - 1
        window = self._sent_starts[max(0, current - 2)]
        others = [
            m
            for m in self._mentions
            if m.kind == "person"
            and window <= m.start
            and m.end <= head.i
            and self._actors.get(m.key) is not owner
        ]
        return self._actors.get(others[-1].key) if others else None

    def _counterpart(self, head: Token, tokens: list[Token], surface: str) -> Actor | None:
        """ "His Chinese counterpart": the holder of the possessor's office in the other state."""
        for child in head.rights:
            named = self._at.get(child.i)
            if child.dep_ in {"appos", "compound"} and named is not None and named.kind == "person":
                return self._actors.get(named.key)  # "his Chinese counterpart, Wang Yi"
        affiliation = self._affiliation_of(tokens)
        owners = [c for c in head.lefts if c.dep_ == "poss"]
        owner = self.resolve_token(owners[0]) if owners else None
        if affiliation is None or owner is None or owner.kind != "person":
            return None
        # The office by its common name: a defence secretary's counterpart is a defence minister.
        words = _title_case(_role_key((owner.role or "leader").split()).split()).split()
        return self._role_actor(_Title(affiliation, words, None), head.i, surface)

    @staticmethod
    def _spoken_of(token: Token, *, state_body: bool) -> bool:
        """Whether a body is what a sentence is about ("attacked a police post", "accused
        the government"), not who speaks: then it is its state, never its spokesperson."""
        anchor = token.head if token.dep_ == "compound" else token
        if state_body:
            return anchor.dep_ not in _SUBJECT_DEPS
        if anchor.dep_ in {"dobj", "iobj", "dative", "attr", "oprd"}:
            return True
        return anchor.dep_ == "pobj" and anchor.head.lower_ not in {"by", "from", "to", "of"}

    def _spokesperson_state(self, person: str, organ: str, position: int) -> str | None:
        """The state a spokesperson introduced without one speaks for: their own, else the
        state whose body of that name the text named before them, else the main state."""
        if self._persons[person].affiliation:
            return self._persons[person].affiliation
        before = [entry for i, k, entry in self._organs_named if k == organ and i < position]
        if before:
            return before[-1].name
        state = self._dominant_state()
        return state.name if state is not None else None

    def _organ_actor(self, affiliation: Entry | None, organ: str, position: int) -> Actor | None:
        """A ministry, army or mission: its named spokesperson, else its state."""
        key = _organ_key(organ)
        if affiliation is None and " " not in key:
            # "the ministry" after "China's commerce ministry": that ministry, not the
            # foreign ministry's spokesperson
            named = [
                (k, e) for i, k, e in self._organs_named if i < position and k.endswith(" " + key)
            ]
            if named:
                key, affiliation = named[-1]
        spoken_of = self._spoken_of(self.doc[position], state_body=key in _STATE_WORDS)
        # A spokesperson speaks for the body only when named by then: "the ministry rejected
        # the allegations ... on Thursday, spokesperson Bagchi said" is the state.
        occasion = self.doc[position].sent.end
        for spoken, said_for, person, at in [] if spoken_of else self._spokespeople:
            if at >= occasion:
                continue
            spoken_for = said_for or self._spokesperson_state(person, spoken, at)
            # "accused the government": the state, not the government's spokesman
            if (spoken == key or spoken.endswith(" " + key) or key.endswith(" " + spoken)) and (
                spoken_for is None or affiliation is None or spoken_for == affiliation.name
            ):
                return self._actors[f"person:{person}"]
        if affiliation is None:
            # "The mission": the state whose mission the text named last.
            before = [entry for i, k, entry in self._organs_named if k == key and i < position]
            if before:
                affiliation = before[-1]
            elif key in _STATE_WORDS:
                affiliation = self._dominant_state()
        if affiliation is None:
            return None
        return self._entry_actor(affiliation, organ)

    def _generic(
        self,
        word: str,
        position: int,
        *,
        capitalised: bool = False,
        same: bool = False,
        since: int = 0,
    ) -> Actor | None:
        """ "The council", "the group": the last entry named before with that generic noun.

        "The same group" is the one the story is about: of those named before, the one
        named most often, and the first named of those named as often.
        """
        if self._generic_index is None:
            self._generic_index = {}
            for mention in self._mentions:
                last = self.doc[mention.end - 1]
                phrase = list(self.doc[min(last.left_edge.i, mention.start) : mention.end])
                owner = self._qualifying_body(phrase, mention)
                # "the council" after the AU Peace and Security Council: the AU's, not the UN's
                key = f"entry:{owner.name}" if owner is not None else mention.key
                for noun in mention.entry.generic if mention.entry is not None else ():
                    self._generic_index.setdefault(noun, []).append((mention.start, key))
                name = mention.key.partition(":")[2].lower().split()
                if mention.entry is None and name and name[-1] in _ARMED_GROUP_HEADS:
                    # a group outside the gazetteer ("the Balochistan Liberation Army")
                    self._generic_index.setdefault("group", []).append((mention.start, mention.key))
            for named in self._generic_index.values():
                named.sort()
        named = self._generic_index.get(word, [])
        index = bisect.bisect_left(named, (position, ""))
        if index and named[index - 1][0] < since:
            return None  # "the Hafiz Gul Bahadur group": only an entry named inside the phrase
        if index and same:
            counts = Counter(key for _start, key in named[:index])
            first = {key: n for n, (_start, key) in reversed(list(enumerate(named[:index])))}
            return self._actor_of(max(counts, key=lambda key: (counts[key], -first[key])))
        if index:
            return self._actor_of(named[index - 1][1])
        state = self._dominant_state() if capitalised else None
        if state is not None and word not in {"group", "body", "organisation", "organization"}:
            # No body named yet: the main state's body of that name ("Parliament", "the Senate").
            for entry in self.gazetteer.entries:
                if entry.affiliation == state.name and word in entry.generic:
                    return self._entry_actor(entry, word)
        return None

    def _generic_entry(self, token: Token) -> Entry | None:
        """The entry a common noun refers back to ("the bloc": the EU), once the scan is done."""
        if self._scanning:
            return None
        actor = self._generic(token.lower_, token.i)
        return self._entry_named(actor.name) if actor is not None else None

    def _gender(self, key: str) -> str | None:
        """ "f" or "m" where a person's first name or title says so, else None."""
        actor = self._actors.get(key)
        if actor is None or actor.kind != "person":
            return None
        words = {normalize(w) for form in (actor.name, *actor.aliases) for w in form.split()}
        if words & _FEMININE_WORDS:
            return "f"
        if words & _MASCULINE_WORDS:
            return "m"
        return None

    def _resolve_pronoun(self, token: Token) -> Actor | None:
        word = token.lower_
        if word in _PERSON_PRONOUNS:
            wanted = {"person"}
        elif word in _THING_PRONOUNS and token.head.lemma_ in {
            "be",
            "note",
            "seem",
            "appear",
            "remain",
        }:
            return None  # "It is to be noted": no referent
        elif word in _GROUP_PRONOUNS | _THING_PRONOUNS and token.dep_ in _SUBJECT_DEPS:
            # "They said", "it warned": a state, organisation or group; never "them" or "its".
            wanted = {"group", "organization", "country"}
        else:
            return None
        if self._sent_starts is None:
            self._sent_starts = [sentence.start for sentence in self.doc.sents]
        current = bisect.bisect_right(self._sent_starts, token.i) - 1
        window_start = self._sent_starts[max(0, current - (1 if word in _THING_PRONOUNS else 2))]
        first = bisect.bisect_left(self._starts, window_start)
        index = bisect.bisect_left(self._starts, token.i)
        candidates = [
            m for m in self._mentions[first:index] if m.kind in wanted and m.end <= token.i
        ]
        if not candidates:
            return None
        if word in _FEMININE_PRONOUNS:
            women = [m for m in candidates if self._gender(m.key) == "f"]
            candidates = women or [m for m in candidates if self._gender(m.key) != "m"]
            if not candidates:
                return None
        elif word in _PERSON_PRONOUNS:
            candidates = [m for m in candidates if self._gender(m.key) != "f"]
            if not candidates:
                return None
        subjects = [
            m
            for m in candidates
            if self.doc[m.end - 1].dep_ in _SUBJECT_DEPS
            or self.doc[m.start : m.end].root.dep_ in _SUBJECT_DEPS
            # "China's coast guard said ... it": the possessor of the subject
            or self.doc[m.end - 1].dep_ == "poss"
            and self.doc[m.end - 1].head.dep_ in _SUBJECT_DEPS
        ]
        sentence_start = self._sent_starts[current]
        same = [m for m in subjects if m.start >= sentence_start]
        chosen = (same or subjects or candidates)[-1]
        if chosen.kind == "person":
            return self._actors[chosen.key]
        return self._actor_of(chosen.key)
