"""Tests of event dating: which expression governs a trigger, and the date it gives."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.dating import borrows_date, date_event, event_date_of
from eventgraph.records import EventDate
from eventgraph.timex import Timex, tag_doc


def _trigger(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


# (text, publication date, trigger word, expected date value or None, precision)
DATED = [
    ("Netanyahu spoke to Putin on Sunday.", "2023-12-11", "spoke", "2023-12-10", "day"),
    (
        "Putin met Erdogan on Friday after Biden called him on Tuesday.",
        "2023-12-11",
        "met",
        "2023-12-08",
        "day",
    ),
    (
        "Putin met Erdogan on Friday after Biden called him on Tuesday.",
        "2023-12-11",
        "called",
        "2023-12-05",
        "day",
    ),
    # a participle without a subject of its own dates the clause it opens
    (
        "Speaking at a news conference on Friday, the minister condemned the raid.",
        "2023-12-11",
        "condemned",
        "2023-12-08",
        "day",
    ),
    (
        "The minister, who met Erdogan on Friday, condemned the raid.",
        "2023-12-11",
        "condemned",
        None,
        None,
    ),
    ("The minister visited Kyiv last week.", "2023-12-11", "visited", "2023-12", "month"),
    ("EU leaders met at a summit late last month.", "2023-12-11", "met", "2023-11", "month"),
    ("The two leaders met earlier this month.", "2023-12-11", "met", "2023-12", "month"),
    ("The two leaders last met in 2019.", "2023-12-11", "met", "2019", "year"),
    (
        "Sirens sounded as missiles struck Kyiv last night.",
        "2023-12-11",
        "struck",
        "2023-12-10",
        "day",
    ),
    (
        "Shortly after midnight on Tuesday, drones attacked the port.",
        "2023-12-14",
        "attacked",
        "2023-12-12",
        "day",
    ),
    ("Putin met Erdogan.", "2023-12-11", "met", None, None),
    ("The talks lasted three days.", "2023-12-11", "lasted", None, None),
    ("The council meets every Monday.", "2023-12-11", "meets", None, None),
    (
        "On Sunday, Netanyahu spoke to Putin and thanked him.",
        "2023-12-11",
        "thanked",
        "2023-12-10",
        "day",
    ),
    (
        "Shelling killed 15 civilians and wounded 43 on Wednesday, the army said.",
        "2025-05-08",
        "killed",
        "2025-05-07",
        "day",
    ),
    (
        "The assembly voted on Wednesday. Two days before the assembly vote, missiles struck Kyiv.",
        "2022-10-13",
        "struck",
        "2022-10-10",
        "day",
    ),
    (
        "The envoy arrived on Monday. Two days later, he met the president.",
        "2023-12-14",
        "met",
        "2023-12-13",
        "day",
    ),
    (
        "They last spoke in December 2022, ten months after Russia invaded Ukraine.",
        "2024-11-16",
        "invaded",
        "2022-02",
        "month",
    ),
    (
        "The ministry said on Monday that rebels had attacked the convoy.",
        "2023-12-13",
        "attacked",
        None,
        None,
    ),
    (
        "The ministry said on Monday that rebels had attacked the convoy.",
        "2023-12-13",
        "said",
        "2023-12-11",
        "day",
    ),
    ("Before the vote on Friday, the envoy spoke to reporters.", "2023-12-11", "spoke", None, None),
    (
        "Before the vote on Friday, the envoy spoke to reporters.",
        "2023-12-11",
        "vote",
        "2023-12-08",
        "day",
    ),
    ("Ahead of talks on Friday, Blinken warned Iran.", "2023-12-11", "warned", None, None),
    ("Putin spoke at a summit on Friday.", "2023-12-11", "spoke", "2023-12-08", "day"),
    ("Sunday's attack killed five people.", "2023-12-11", "attack", "2023-12-10", "day"),
    ("The phone call on Sunday lasted an hour.", "2023-12-11", "call", "2023-12-10", "day"),
]


@pytest.mark.parametrize(("text", "published", "word", "value", "precision"), DATED)
def test_dating_date_event_takes_the_governing_expression(
    nlp, text, published, word, value, precision
):
    doc = nlp(text)
    date = date_event(_trigger(doc, word), tag_doc(doc, dt.date.fromisoformat(published)))
    assert (date.value if date else None, date.precision if date else None) == (value, precision)


def test_dating_never_defaults_to_the_publication_date(nlp):
    doc = nlp("Russia and Ukraine exchanged prisoners.")
    assert date_event(doc[3], tag_doc(doc, dt.date(2023, 12, 11))) is None


def test_dating_records_the_expression(nlp):
    doc = nlp("Netanyahu spoke to Putin on Sunday.")
    date = date_event(doc[1], tag_doc(doc, dt.date(2023, 12, 11)))
    assert date == EventDate("2023-12-10", "day", "Sunday", 28, 34)


@pytest.mark.parametrize(
    ("timex", "expected"),
    [
        (Timex(0, 9, "last week", "DATE", "2023-W49"), ("2023-12", "month")),
        (Timex(0, 9, "last week", "DATE", "2024-W01"), ("2024-01", "month")),
        (Timex(0, 10, "last night", "TIME", "2023-12-10TNI"), ("2023-12-10", "day")),
        (Timex(0, 10, "this summer", "DATE", "2023-SU"), ("2023", "year")),
        (Timex(0, 4, "2019", "DATE", "2019"), ("2019", "year")),
        (Timex(0, 3, "now", "DATE", "PRESENT_REF"), None),
        (Timex(0, 6, "3 days", "DURATION", "P3D"), None),
        (Timex(0, 5, "daily", "SET", "P1D"), None),
        (Timex(0, 6, "Friday", "DATE", "XXXX-WXX-5"), None),
    ],
)
def test_dating_event_date_of_values(timex, expected):
    date = event_date_of(timex)
    assert ((date.value, date.precision) if date else None) == expected


@pytest.mark.parametrize(
    ("text", "word", "borrows"),
    [
        ("During the call, Netanyahu criticised Russia.", "criticised", True),
        ("After the vote, the envoy condemned the veto.", "condemned", True),
        ("Hours later, Israel struck Gaza.", "struck", True),
        ("Minutes before, rebels attacked the base.", "attacked", True),
        ("Moments after, the army shelled the town.", "shelled", True),
        ("Within the hour, the president condemned the attack.", "condemned", True),
        ("Before the call, Putin met Erdogan.", "met", False),
        ("In the run-up to the vote, the envoy accused the West.", "accused", False),
        ("Putin met Erdogan on Friday.", "met", False),
    ],
)
def test_dating_borrows_date_detects_references_to_other_events(nlp, text, word, borrows):
    assert borrows_date(_trigger(nlp(text), word)) is borrows
