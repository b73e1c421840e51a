"""The frozen records: immutability, identity, stable ids and the JSON contract."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from eventgraph.records import (
    EVENT_TYPES,
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

PUTIN = Actor("Vladimir Putin", "person", aliases=("Putin",), role="President", affiliation="Russia")
RUSSIA = Actor("Russia", "country", wikidata="Q159")
COUNCIL = Actor("UN Security Council", "organization")


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Document("d1", "Text."), "text"),
        (Mention("d1", 0, 5, "Putin"), "start"),
        (PUTIN, "name"),
        (EventDate("2024-03-04"), "value"),
        (Ballot(RUSSIA, "veto"), "position"),
        (Tally(yes=13), "yes"),
        (Casualties(killed=3), "killed"),
        (Event("e", "d1", "call"), "type"),
    ],
)
def test_records_are_frozen(record: object, field: str) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, field, None)


def test_records_document_defaults() -> None:
    doc = Document("d1", "Text.")
    assert (doc.published, doc.source, doc.title, doc.url, doc.path) == (None,) * 5
    assert Document("d1", "Text.", published=dt.date(2024, 1, 2)) == Document(
        "d1", "Text.", published=dt.date(2024, 1, 2)
    )


@pytest.mark.parametrize(
    ("actor", "key"),
    [
        (RUSSIA, "wd:Q159"),
        (Actor("Hamas", "group"), "group:hamas"),
        (Actor("  UN   Security Council ", "organization"), "organization:un security council"),
        (Actor("Georgia", "country"), "country:georgia"),
        (Actor("Georgia", "person"), "person:georgia"),
    ],
)
def test_records_actor_key(actor: Actor, key: str) -> None:
    assert actor.key == key


def test_records_event_id_is_stable_and_distinguishes_occurrences() -> None:
    assert event_id("seed-001", "call", 12) == event_id("seed-001", "call", 12)
    variants = {
        event_id("seed-001", "call", 12),
        event_id("seed-002", "call", 12),
        event_id("seed-001", "meeting", 12),
        event_id("seed-001", "call", 13),
    }
    assert len(variants) == 4
    assert event_id("seed-001", "call", 12).startswith("seed-001-call-")


def _vote() -> Event:
    return Event(
        id="d1-vote-1",
        doc="d1",
        type="vote",
        agents=(COUNCIL,),
        date=EventDate("2024-03-04", "day", text="on Monday", start=40, end=49),
        motion="ceasefire resolution",
        outcome="vetoed",
        tally=Tally(yes=13, no=None, abstain=1),
        ballots=(Ballot(RUSSIA, "veto"), Ballot(PUTIN, "abstain"), Ballot(RUSSIA, "no")),
        sponsors=(Actor("Malta", "country"),),
        mentions=(Mention("d1", 50, 80, "vetoed"), Mention("d1", 10, 20, "voted")),
        evidence="Russia vetoed the resolution on Monday.",
        confidence=0.87654,
    )


def test_records_event_offsets_come_from_the_first_mention() -> None:
    event = _vote()
    assert (event.start, event.end) == (10, 20)
    empty = Event("e", "d1", "call")
    assert (empty.start, empty.end) == (None, None)


def test_records_event_actors_are_unique_by_key() -> None:
    assert [a.name for a in _vote().actors] == ["UN Security Council", "Russia", "Vladimir Putin"]


def test_records_event_to_json_keeps_the_scorer_contract() -> None:
    data = _vote().to_json()
    assert json.loads(json.dumps(data)) == data
    assert data["doc"] == "d1" and data["type"] == "vote"
    assert data["agents"] == ["UN Security Council"] and data["targets"] == []
    assert data["date"] == "2024-03-04"
    assert data["tally"] == {"yes": 13, "no": None, "abstain": 1}
    assert data["ballots"][0] == {"actor": "Russia", "position": "veto"}
    assert data["outcome"] == "vetoed" and data["motion"] == "ceasefire resolution"
    assert data["sponsors"] == ["Malta"]
    assert data["casualties"] is None
    assert (data["start"], data["end"]) == (10, 20)
    assert data["confidence"] == 0.877


def test_records_event_to_json_without_optional_parts() -> None:
    data = Event("e", "d1", "attack", casualties=Casualties(killed=0)).to_json()
    assert data["date"] is None and data["tally"] is None and data["ballots"] == []
    assert data["casualties"] == {"killed": 0, "injured": None}


def test_records_vocabularies() -> None:
    assert EVENT_TYPES == ("call", "meeting", "vote", "statement", "attack")
