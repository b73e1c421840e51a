"""A synthetic news corpus for the speed benchmarks.

Generates news-like articles of about 400 words from templates, with varied
actors, places, dates and event types (calls, meetings, votes, statements,
attacks), deterministically from a seed: the same ``(n, seed)`` always gives
the same articles, so runs on different days measure the same texts.

The texts are for measuring speed, not quality: they read like wire copy and
exercise every part of the extractor (named entities, relative and absolute
dates, quotes, tallies, casualty counts), but nobody annotated them.

Run as a script to write the corpus as ``.txt`` files with YAML front matter
(or one ``.jsonl`` file) that ``eventgraph extract`` and ``ingest`` read::

    python benchmarks/corpus.py out/corpus --n 500 --seed 7
    python benchmarks/corpus.py out/corpus.jsonl --n 2000

Examples
--------
>>> docs = generate(3, seed=1)
>>> [d.id for d in docs]
['bench-00000', 'bench-00001', 'bench-00002']
>>> generate(3, seed=1) == docs
True
>>> all(350 <= len(d.text.split()) <= 470 for d in generate(50, seed=2))
True
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventgraph.records import Document

__all__ = ["generate", "iter_corpus", "words", "write_corpus"]

# ---------------------------------------------------------------- name pools

_COUNTRIES = [
    ("Russia", "Russian", "Moscow"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Turkey", "Turkish", "Ankara"),
    ("Iran", "Iranian", "Tehran"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Qatar", "Qatari", "Doha"),
    ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("China", "Chinese", "Beijing"),
    ("Japan", "Japanese", "Tokyo"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Sudan", "Sudanese", "Khartoum"),
    ("Poland", "Polish", "Warsaw"),
    ("Hungary", "Hungarian", "Budapest"),
    ("Serbia", "Serbian", "Belgrade"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Jordan", "Jordanian", "Amman"),
    ("Lebanon", "Lebanese", "Beirut"),
    ("Syria", "Syrian", "Damascus"),
    ("Iraq", "Iraqi", "Baghdad"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("South Korea", "South Korean", "Seoul"),
    ("Canada", "Canadian", "Ottawa"),
    ("Australia", "Australian", "Canberra"),
    ("Italy", "Italian", "Rome"),
    ("Spain", "Spanish", "Madrid"),
    ("Colombia", "Colombian", "Bogota"),
    ("Chile", "Chilean", "Santiago"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Senegal", "Senegalese", "Dakar"),
]
_ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Chancellor"]
_FIRST = [
    "Anna",
    "Boris",
    "Carlos",
    "Dmitri",
    "Elena",
    "Farid",
    "Giorgos",
    "Hana",
    "Ibrahim",
    "Julia",
    "Kofi",
    "Leila",
    "Marco",
    "Nadia",
    "Omar",
    "Pavel",
    "Rania",
    "Sergei",
    "Tomas",
    "Ursula",
    "Viktor",
    "Wen",
    "Yusuf",
    "Zainab",
    "Ahmed",
    "Beatriz",
    "Chen",
    "Daniel",
    "Emeka",
    "Fatima",
    "Gustavo",
    "Hiroshi",
    "Ilhan",
    "Jonas",
    "Karim",
    "Lucia",
    "Mehmet",
    "Nikos",
    "Olga",
    "Priya",
    "Rafael",
    "Sofia",
    "Tariq",
    "Valentina",
    "Walter",
    "Xavier",
    "Yara",
    "Amina",
    "Bogdan",
    "Camila",
]
_LAST = [
    "Petrov",
    "Kovalenko",
    "Moreau",
    "Schneider",
    "Yilmaz",
    "Rahimi",
    "Levi",
    "Hassan",
    "Al-Thani",
    "Sharma",
    "Qureshi",
    "Wang",
    "Tanaka",
    "Oliveira",
    "Hernandez",
    "Otieno",
    "Adeyemi",
    "Bekele",
    "Osman",
    "Nowak",
    "Szabo",
    "Jovanovic",
    "Grigoryan",
    "Aliyev",
    "Al-Saud",
    "Haddad",
    "Khoury",
    "Mansour",
    "Al-Jabouri",
    "Santoso",
    "Nguyen",
    "Park",
    "Tremblay",
    "Walsh",
    "Rossi",
    "Garcia",
    "Restrepo",
    "Munoz",
    "Mensah",
    "Diallo",
    "Lindqvist",
    "Novak",
    "Fischer",
    "Bauer",
    "Costa",
    "Silva",
    "Kaya",
    "Demir",
]
_BODIES = [
    "Security Council",
    "General Assembly",
    "European Parliament",
    "African Union",
    "Human Rights Council",
    "National Assembly",
    "Senate",
    "Board of Governors",
]
_GROUPS = ["Hamas", "Hezbollah", "al-Shabaab", "the Houthis", "Boko Haram", "the Taliban", "ISIS"]
_ORGS = ["NATO", "the United Nations", "the European Union", "the World Bank", "the IMF", "OPEC"]
_AGENCIES = ["Meridian Wire", "Harbor Press", "Northline News", "Capital Dispatch", "Atlas Report"]
_TOPICS = [
    "the ceasefire talks",
    "grain exports through the Black Sea",
    "the release of detained journalists",
    "a new gas pipeline",
    "border security",
    "sanctions relief",
    "humanitarian corridors",
    "the nuclear programme",
    "refugee returns",
    "a prisoner exchange",
    "trade tariffs",
    "water rights on the river",
]
_MOTIONS = [
    "a resolution demanding an immediate ceasefire",
    "a motion to extend the peacekeeping mission",
    "a resolution condemning the annexation",
    "a bill on emergency aid",
    "a draft text on sanctions",
    "a motion of no confidence",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = list(calendar.month_name)[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class _Person:
    name: str
    role: str
    country: tuple[str, str, str]

    @property
    def last(self) -> str:
        return self.name.split()[-1]

    @property
    def full(self) -> str:
        return f"{self.country[1]} {self.role} {self.name}"


# ---------------------------------------------------------------- templates


class _Writer:
    """Writes one article: a lead event, follow-up events and background."""

    def __init__(self, rng: random.Random, published: dt.date) -> None:
        self.rng = rng
        self.published = published

    def person(self) -> _Person:
        rng = self.rng
        return _Person(
            f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", rng.choice(_ROLES), rng.choice(_COUNTRIES)
        )

    def when(self) -> str:
        """A date expression relative to publication: weekday, yesterday, or month and day."""
        rng = self.rng
        back = rng.randint(1, 6)
        day = self.published - dt.timedelta(days=back)
        choice = rng.random()
        if choice < 0.5:
            return f"on {_WEEKDAYS[day.weekday()]}"
        if choice < 0.65:
            return "yesterday" if back == 1 else f"on {_WEEKDAYS[day.weekday()]}"
        if choice < 0.8:
            return "last week"
        return f"on {_MONTHS[day.month - 1]} {day.day}"

    def call(self) -> str:
        a, b = self.person(), self.person()
        when, topic = self.when(), self.rng.choice(_TOPICS)
        return self.rng.choice(
            [
                f"{a.full} spoke by phone with his {b.country[1]} counterpart {b.name} {when}, "
                f"discussing {topic}, according to a readout from {a.country[2]}.",
                f"{a.full} phoned {b.name} {when} to discuss {topic}. The two leaders agreed to "
                f"stay in close contact, {a.last}'s office said in a statement.",
                f"In a video call {when}, {a.name} and {b.full} discussed {topic} and the "
                f"situation in the region, officials in {b.country[2]} said.",
            ]
        )

    def meeting(self) -> str:
        a, b = self.person(), self.person()
        when, topic = self.when(), self.rng.choice(_TOPICS)
        city = self.rng.choice([a.country[2], b.country[2]])
        return self.rng.choice(
            [
                f"{a.full} met {b.full} in {city} {when} for talks on {topic}, the first such "
                f"meeting in more than a year.",
                f"{a.name} hosted {b.name} in {city} {when}. The two sides held talks on {topic} "
                f"that lasted nearly three hours, diplomats familiar with the meeting said.",
                f"{_upper_first(when)}, {a.full} received a delegation led by {b.name} in {city}, "
                f"where they discussed {topic} and signed a memorandum on cooperation.",
            ]
        )

    def vote(self) -> str:
        rng = self.rng
        body, motion, when = rng.choice(_BODIES), rng.choice(_MOTIONS), self.when()
        yes, no, abstain = rng.randint(60, 150), rng.randint(3, 40), rng.randint(5, 45)
        vetoer = rng.choice(_COUNTRIES)[0]
        sponsor = rng.choice(_COUNTRIES)[0]
        return rng.choice(
            [
                f"The {body} voted {when} on {motion}, which was adopted by {yes} votes to {no}, "
                f"with {abstain} abstentions. The text had been put forward by {sponsor}.",
                f"{vetoer} vetoed {motion} in the {body} {when}, blocking a text that "
                f"{sponsor} had drafted. {rng.randint(9, 13)} members voted in favour.",
                f"{_upper_first(when)}, the {body} rejected {motion} by {yes} votes to {no}. "
                f"{sponsor} and {vetoer} abstained, saying the wording went too far.",
            ]
        )

    def statement(self) -> str:
        a, b = self.person(), self.person()
        when, topic = self.when(), self.rng.choice(_TOPICS)
        return self.rng.choice(
            [
                f'"We will not accept any deal on {topic} that is decided without us," '
                f"{a.full} told reporters in {a.country[2]} {when}.",
                f"{a.full} {when} condemned {b.country[0]} over {topic}, accusing its government "
                f'of "deliberately dragging out" the process.',
                f"{a.name} urged {b.country[0]} {when} to return to the negotiating table on "
                f"{topic}, warning that the window for a settlement was closing.",
                f"{b.country[0]}'s foreign ministry denied the allegations {when}, saying in a "
                f"statement that the claims about {topic} were without foundation.",
            ]
        )

    def attack(self) -> str:
        rng = self.rng
        group, country = rng.choice(_GROUPS), rng.choice(_COUNTRIES)
        when, killed, injured = self.when(), rng.randint(2, 60), rng.randint(5, 120)
        return rng.choice(
            [
                f"A drone strike {when} on a market in the {country[1]} town of "
                f"{rng.choice(_LAST)}ka killed at least {killed} people and wounded {injured}, "
                f"local officials said.",
                f"{group} claimed responsibility for an attack on an army post near "
                f"{country[2]} {when} in which {killed} soldiers were killed.",
                f"{country[1]} forces shelled positions held by {group} {when}, killing "
                f"{killed} fighters, the military said in a statement.",
            ]
        )

    def background(self) -> str:
        rng = self.rng
        country, org, topic = rng.choice(_COUNTRIES), rng.choice(_ORGS), rng.choice(_TOPICS)
        year = self.published.year - rng.randint(1, 8)
        return rng.choice(
            [
                f"Relations between the two countries have been strained since {year}, when a "
                f"dispute over {topic} led to the expulsion of several diplomats.",
                f"Analysts said the outcome would depend largely on whether {org} was prepared to "
                f"commit new funds, something its members have so far been reluctant to do.",
                f"{country[0]} has repeatedly said that any agreement must respect its "
                f"sovereignty and territorial integrity, a position it first set out in {year}.",
                f"The talks are expected to resume next month in {country[2]}, although no date "
                f"has been announced and several earlier rounds ended without progress.",
                f"According to figures from {org}, more than {rng.randint(2, 900)},000 people have "
                f"been displaced by the fighting since {year}, many of them for the second time.",
                f"Officials in {country[2]} declined to comment on the report when contacted by "
                f"telephone, and a spokesperson for the ministry did not respond to emails.",
            ]
        )

    def article(self, doc_id: str, target_words: int) -> Document:
        rng = self.rng
        kinds = [self.call, self.meeting, self.vote, self.statement, self.attack]
        lead = rng.choice(kinds)
        agency = rng.choice(_AGENCIES)
        dateline = rng.choice(_COUNTRIES)[2].upper()
        paragraphs = [f"{dateline} ({agency}) - {lead()}"]
        count = len(paragraphs[0].split())
        while count < target_words - 15:
            sentences = [
                rng.choice(kinds)() if rng.random() < 0.6 else self.background()
                for _ in range(rng.randint(1, 2))
            ]
            paragraph = " ".join(sentences)
            if count + len(paragraph.split()) > target_words + 30:
                break
            paragraphs.append(paragraph)
            count += len(paragraph.split())
        title = paragraphs[0].split(" - ", 1)[1].split(".")[0][:90]
        return Document(
            id=doc_id,
            text="\n\n".join(paragraphs) + "\n",
            published=self.published,
            source=agency,
            title=title,
        )


# ---------------------------------------------------------------- public API


def iter_corpus(n: int, *, seed: int = 7, words: int = 400) -> Iterator[Document]:
    """Yield ``n`` synthetic articles of about ``words`` words, deterministically.

    Parameters
    ----------
    n : int
        Number of articles.
    seed : int
        Random seed: the same seed gives the same articles.
    words : int
        Target length of each article in words.

    Yields
    ------
    Document

    Examples
    --------
    >>> first = next(iter_corpus(1, seed=3))
    >>> first.id, first.published is not None
    ('bench-00000', True)
    """
    rng = random.Random(seed)
    start = dt.date(2018, 1, 1)
    for i in range(n):
        published = start + dt.timedelta(days=rng.randint(0, 8 * 365))
        yield _Writer(rng, published).article(f"bench-{i:05d}", words)


def generate(n: int, *, seed: int = 7, words: int = 400) -> list[Document]:
    """The list of :func:`iter_corpus`."""
    return list(iter_corpus(n, seed=seed, words=words))


def words(documents: list[Document]) -> int:
    """Whitespace-separated words in the documents' texts (the unit of words/s).

    Examples
    --------
    >>> words([Document("a", "one two"), Document("b", "three")])
    3
    """
    return sum(len(d.text.split()) for d in documents)


def _front_matter(document: Document) -> str:
    meta = {
        "id": document.id,
        "published": document.published.isoformat() if document.published else None,
        "source": document.source,
        "title": document.title,
    }
    lines = [f"{key}: {json.dumps(value)}" for key, value in meta.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n" + document.text


def write_corpus(documents: list[Document], out: Path) -> Path:
    """Write documents as ``.txt`` files with front matter, or one ``.jsonl`` file.

    ``out`` ending in ``.jsonl`` gives one JSON Lines file; anything else is a
    folder of ``<id>.txt`` files. Both are what ``eventgraph extract`` reads.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> path = write_corpus(generate(2, seed=1), folder / "c.jsonl")
    >>> len(path.read_text().splitlines())
    2
    """
    out = Path(out)
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for d in documents:
                record = {
                    "id": d.id,
                    "published": d.published.isoformat() if d.published else None,
                    "source": d.source,
                    "title": d.title,
                    "text": d.text,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for d in documents:
        (out / f"{d.id}.txt").write_text(_front_matter(d), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for .txt files, or a .jsonl file")
    parser.add_argument("--n", type=int, default=500, help="number of articles (default 500)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, default=400, help="words per article (default 400)")
    args = parser.parse_args(argv)
    documents = generate(args.n, seed=args.seed, words=args.words)
    path = write_corpus(documents, args.out)
    print(f"{len(documents)} articles, {words(documents)} words -> {path}")


if __name__ == "__main__":
    main()
