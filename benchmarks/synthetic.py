"""Synthetic event records at scale, for the store, SPARQL and analysis benchmarks.

:func:`synthetic_results` yields ``(Document, [Event, ...])`` pairs as the
extractor would: each document's text holds one sentence per event, and each
event carries a trigger mention and its sentence span inside that text, a date,
agents and targets, and the extras of its type (tally and ballots for votes,
casualties for attacks, quote and subtype for statements). Actor popularity
follows a Zipf-like law, so a few actors take part in a thousand events or
more (the "one actor's timeline" of the benchmarks) and most in a handful.

Deterministic: the same arguments give the same records.

Examples
--------
>>> pairs = list(synthetic_results(events=50, actors=20, documents=10, seed=1))
>>> len(pairs), sum(len(events) for _, events in pairs)
(10, 50)
>>> document, events = pairs[0]
>>> all(document.text[m.start:m.end] == m.text for e in events for m in e.mentions)
True
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator

from eventgraph.records import (
    Actor,
    Ballot,
    Casualties,
    Document,
    Event,
    EventDate,
    Mention,
    Tally,
    event_id,
)

__all__ = ["synthetic_actors", "synthetic_results", "top_actor"]

_KINDS = ("person", "person", "person", "organization", "country", "group")
_VERBS = {
    "call": "spoke by phone with",
    "meeting": "met",
    "vote": "voted on a resolution about",
    "statement": "criticised",
    "attack": "attacked",
}
_TYPES = ("call", "meeting", "vote", "statement", "attack")
_TYPE_WEIGHTS = (0.15, 0.25, 0.1, 0.35, 0.15)


def synthetic_actors(n: int) -> list[Actor]:
    """``n`` distinct actors with names, kinds and, for some, roles.

    Examples
    --------
    >>> [a.key for a in synthetic_actors(2)]
    ['person:actor 00000', 'person:actor 00001']
    """
    actors = []
    for i in range(n):
        kind = _KINDS[i % len(_KINDS)]
        role = "Minister" if kind == "person" and i % 3 == 0 else None
        actors.append(Actor(f"Actor {i:05d}", kind, role=role))
    return actors


def _zipf_cumulative(n: int, exponent: float = 1.0) -> list[float]:
    weights = [1 / (rank + 1) ** exponent for rank in range(n)]
    return list(itertools.accumulate(weights))


def top_actor(actors: list[Actor]) -> Actor:
    """The most frequent actor of :func:`synthetic_results` (rank 1 of the Zipf law)."""
    return actors[0]


def synthetic_results(
    *,
    events: int = 100_000,
    actors: int = 5_000,
    documents: int = 20_000,
    seed: int = 11,
    start: dt.date = dt.date(2015, 1, 1),
    days: int = 10 * 365,
) -> Iterator[tuple[Document, list[Event]]]:
    """Yield ``documents`` documents holding ``events`` events among ``actors`` actors.

    Parameters
    ----------
    events, actors, documents : int
        Totals; events are spread evenly over the documents.
    seed : int
        Random seed.
    start, days : date, int
        Publication dates fall in ``[start, start + days)``.

    Yields
    ------
    (Document, list of Event)
    """
    rng = random.Random(seed)
    people = synthetic_actors(actors)
    cumulative = _zipf_cumulative(actors)
    total = cumulative[-1]

    def pick() -> Actor:
        return people[bisect.bisect(cumulative, rng.random() * total)]

    per_doc, extra = divmod(events, documents)
    for d in range(documents):
        doc_id = f"syn-{d:06d}"
        published = start + dt.timedelta(days=rng.randrange(days))
        count = per_doc + (1 if d < extra else 0)
        sentences: list[str] = []
        offset = 0
        made = []
        for _ in range(count):
            kind = rng.choices(_TYPES, _TYPE_WEIGHTS)[0]
            agent, target = pick(), pick()
            while target.key == agent.key:
                target = pick()
            back = rng.randrange(7)
            day = published - dt.timedelta(days=back)
            when = "yesterday" if back == 1 else f"on {day:%A}"
            sentence = f"{agent.name} {_VERBS[kind]} {target.name} {when}."
            verb_start = offset + len(agent.name) + 1
            verb = _VERBS[kind].split()[0]
            date_start = offset + sentence.rindex(when)
            mention = Mention(
                doc_id,
                verb_start,
                verb_start + len(verb),
                verb,
                offset,
                offset + len(sentence),
            )
            extras: dict[str, object] = {}
            if kind == "vote":
                yes, no = rng.randrange(5, 15), rng.randrange(0, 5)
                extras = {
                    "motion": "a resolution",
                    "outcome": "adopted" if yes > no else "rejected",
                    "tally": Tally(yes, no, rng.randrange(0, 4)),
                    "ballots": (Ballot(target, rng.choice(("yes", "no", "abstain"))),),
                }
            elif kind == "attack":
                extras = {"casualties": Casualties(rng.randrange(0, 40), rng.randrange(0, 90))}
            elif kind == "statement":
                extras = {"subtype": "criticism", "quote": f"We condemn {target.name}."}
            made.append(
                Event(
                    id=event_id(doc_id, kind, verb_start),
                    doc=doc_id,
                    type=kind,
                    agents=(agent,),
                    targets=(target,),
                    date=EventDate(
                        day.isoformat(), "day", when, date_start, date_start + len(when)
                    ),
                    confidence=round(rng.uniform(0.4, 0.95), 2),
                    mentions=(mention,),
                    evidence=sentence,
                    trigger=verb,
                    **extras,  # type: ignore[arg-type]
                )
            )
            sentences.append(sentence)
            offset += len(sentence) + 1
        text = " ".join(sentences)
        yield Document(doc_id, text, published=published, source="Synthetic Wire"), made
