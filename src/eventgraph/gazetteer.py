"""The bundled offline gazetteer: states, organisations, armed groups and news agencies.

The facts live in tab-separated files under ``eventgraph/data/`` (``countries.tsv``,
``organizations.tsv``, ``news_agencies.tsv``), each with a commented header that says
what its columns mean. Every state and organisation is an :class:`Entry` with its
canonical name, kind, Wikidata id and the surface forms that stand for it; a
:class:`Gazetteer` indexes them by normalised surface form.

Examples
--------
>>> gazetteer = load_gazetteer()
>>> gazetteer.lookup("the Kremlin").name
'Russia'
>>> gazetteer.lookup("Downing Street").wikidata
'Q145'
>>> gazetteer.demonym("Israeli").name
'Israel'
>>> gazetteer.is_news_agency("Reuters")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .records import Actor

__all__ = ["Entry", "Gazetteer", "city_states", "load_gazetteer", "normalize"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?$")


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """The lookup key of a surface form: folded case and accents, no dots, article or possessive.

    Examples
    --------
    >>> normalize("the U.S.")
    'us'
    >>> normalize("Élysée Palace")
    'elysee palace'
    >>> normalize("Russia's")
    'russia'
    >>> normalize("Secretary-General")
    'secretary general'
    """
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = text.replace(".", "").replace("-", " ").replace(",", " ")
    return " ".join(text.split())


def _proper(surface: str) -> bool:
    # Lowercase words ("us", "chad", "is") are ordinary English, not names.
    return any(c.isupper() or c.isdigit() for c in surface)


@dataclass(frozen=True)
class Entry:
    """One state, organisation or group of the gazetteer.

    ``metonyms`` (capitals, seats of government) and ``organs`` (ministries,
    armed forces) stand for the entry; ``organs`` give way to a named
    spokesperson, metonyms never do. ``generic`` are the common nouns that
    refer back to it once a document has named it ("the council"). ``code`` and
    ``code3`` are a state's ISO 3166-1 alpha-2 and alpha-3 codes.

    Examples
    --------
    >>> entry = Entry("Hamas", "group", "Q38799")
    >>> entry.actor().key
    'wd:Q38799'
    """

    name: str
    kind: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    organs: tuple[str, ...] = ()
    affiliation: str | None = None
    generic: tuple[str, ...] = ()
    code: str | None = None
    code3: str | None = None

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name, aliases, metonyms and organs: every form that names the entry itself."""
        return (self.name, *self.aliases, *self.metonyms, *self.organs)

    @property
    def adjective(self) -> str:
        """The word for "of this entry" in an office title: "Russian", "UN".

        Examples
        --------
        >>> load_gazetteer().entry("Russia").adjective
        'Russian'
        >>> load_gazetteer().entry("United Nations").adjective
        'UN'
        """
        if self.demonyms:
            return self.demonyms[0]
        short = [a for a in self.aliases if a.isupper() and "." not in a]
        return short[0] if short else self.name

    def actor(self, aliases: Iterable[str] = ()) -> Actor:
        """The canonical :class:`~eventgraph.records.Actor` of this entry."""
        seen = tuple(dict.fromkeys(a for a in aliases if a != self.name))
        return Actor(
            self.name,
            self.kind,
            aliases=seen,
            wikidata=self.wikidata,
            affiliation=self.affiliation,
        )


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _rows(filename: str) -> Iterator[dict[str, str]]:
    text = resources.files("eventgraph").joinpath("data", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, cells, strict=True))


def _read_countries() -> Iterator[Entry]:
    for row in _rows("countries.tsv"):
        yield Entry(
            row["name"],
            "country",
            row["wikidata"] or None,
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            metonyms=_split(row["metonyms"]),
            organs=_split(row["organs"]),
            code=row["iso2"] or None,
            code3=row["iso3"] or None,
        )


def _read_organizations() -> Iterator[Entry]:
    for row in _rows("organizations.tsv"):
        yield Entry(
            row["name"],
            row["kind"],
            row["wikidata"] or None,
            aliases=_split(row["aliases"]),
            affiliation=row["affiliation"] or None,
            generic=_split(row["generic"]),
        )


class Gazetteer:
    """Entries indexed by normalised surface form, and the news agencies.

    Parameters
    ----------
    entries : iterable of Entry
    agencies : iterable of (name, aliases)
        News agencies and outlets: the sources of reports, never actors.

    Examples
    --------
    >>> g = Gazetteer([Entry("Atlantis", "country", demonyms=("Atlantean",))], [("Wire", ())])
    >>> g.lookup("Atlantis").kind, g.demonym("Atlanteans"), g.is_news_agency("the Wire")
    ('country', None, True)
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        agencies: Iterable[tuple[str, tuple[str, ...]]] = (),
    ) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._by_name = {entry.name: entry for entry in self.entries}
        self._names: dict[str, list[Entry]] = {}
        self._demonyms: dict[str, list[Entry]] = {}
        self._organs: set[tuple[str, str]] = set()
        for entry in self.entries:
            for form in entry.surface_forms:
                self._add(self._names, form, entry)
            for form in entry.demonyms:
                self._add(self._demonyms, form, entry)
            for form in entry.organs:
                self._organs.add((entry.name, normalize(form)))
        self._agencies: dict[str, str] = {}
        for name, aliases in agencies:
            for form in (name, *aliases):
                self._agencies.setdefault(normalize(form), name)

    @staticmethod
    def _add(index: dict[str, list[Entry]], form: str, entry: Entry) -> None:
        bucket = index.setdefault(normalize(form), [])
        if entry not in bucket:
            bucket.append(entry)

    def entry(self, name: str) -> Entry | None:
        """The entry whose canonical name is ``name``."""
        return self._by_name.get(name)

    def candidates(self, name: str) -> tuple[Entry, ...]:
        """Every entry a surface form may stand for, most likely first.

        Examples
        --------
        >>> [e.name for e in load_gazetteer().candidates("Congress")]
        ['U.S. Congress', 'Indian National Congress']
        """
        if not _proper(name):
            return ()
        return tuple(self._names.get(normalize(name), ()))

    def lookup(self, name: str) -> Entry | None:
        """The most likely entry a surface form stands for, or None.

        Examples
        --------
        >>> load_gazetteer().lookup("New Delhi").name
        'India'
        >>> load_gazetteer().lookup("us") is None
        True
        """
        found = self.candidates(name)
        return found[0] if found else None

    def demonym(self, word: str) -> Entry | None:
        """The state or group a demonym ("Russian", "Israelis") belongs to.

        Examples
        --------
        >>> load_gazetteer().demonym("Chinese").name
        'China'
        """
        if not _proper(word):
            return None
        found = self._demonyms.get(normalize(word))
        return found[0] if found else None

    def is_organ(self, entry: Entry, name: str) -> bool:
        """Whether ``name`` is one of the state bodies (ministry, army) listed for ``entry``.

        Examples
        --------
        >>> g = load_gazetteer()
        >>> g.is_organ(g.entry("Israel"), "IDF"), g.is_organ(g.entry("Russia"), "Kremlin")
        (True, False)
        """
        return (entry.name, normalize(name)) in self._organs

    def news_agency(self, name: str) -> str | None:
        """The canonical name of the news agency or outlet ``name`` names, or None.

        Examples
        --------
        >>> load_gazetteer().news_agency("AFP")
        'Agence France-Presse'
        """
        if not _proper(name):
            return None
        return self._agencies.get(normalize(name))

    def is_news_agency(self, name: str) -> bool:
        """Whether ``name`` is a news agency or outlet (never an actor)."""
        return self.news_agency(name) is not None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer bundled with the package, read once.

    Examples
    --------
    >>> len([e for e in load_gazetteer().entries if e.kind == "country"]) >= 195
    True
    """
    agencies = [(row["name"], _split(row["aliases"])) for row in _rows("news_agencies.tsv")]
    return Gazetteer([*_read_countries(), *_read_organizations()], agencies)


@lru_cache(maxsize=1)
def city_states() -> dict[str, str]:
    """Major cities that are not capitals, by normalised name, with the state they are in.

    Read from the bundled ``cities.tsv``; the states are canonical names of the gazetteer.

    Examples
    --------
    >>> city_states()[normalize("Kharkiv")], city_states()[normalize("Odessa")]
    ('Ukraine', 'Ukraine')
    >>> normalize("Gaza City") in city_states()
    False
    """
    return {
        normalize(form): row["state"]
        for row in _rows("cities.tsv")
        for form in (row["name"], *_split(row["aliases"]))
    }
