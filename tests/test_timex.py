"""Tests of the temporal tagger: a table of expressions with publication dates and values."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventgraph.timex import Timex, day_of, precision_of, tag, tag_doc

# (text, publication date, expression, TimeML type, TIMEX3 value)
EXPRESSIONS = [
    ("He called on Sunday.", "2023-12-11", "Sunday", "DATE", "2023-12-10"),
    ("They met on Monday.", "2023-12-11", "Monday", "DATE", "2023-12-11"),
    ("They will meet on Friday.", "2023-12-11", "Friday", "DATE", "2023-12-15"),
    ("The vote was held yesterday.", "2023-12-11", "yesterday", "DATE", "2023-12-10"),
    ("Sirens sounded last night.", "2023-12-11", "last night", "TIME", "2023-12-10TNI"),
    ("The minister visited last week.", "2023-12-11", "last week", "DATE", "2023-W49"),
    ("Talks began earlier this month.", "2023-12-11", "earlier this month", "DATE", "2023-12"),
    ("He was arrested on 3 March.", "2023-12-11", "3 March", "DATE", "2023-03-03"),
    ("He was arrested on March 3rd.", "2023-12-11", "March 3rd", "DATE", "2023-03-03"),
    ("The strike on Dec. 8 killed five.", "2023-12-11", "Dec. 8", "DATE", "2023-12-08"),
    ("They first met in March 2019.", "2023-12-11", "March 2019", "DATE", "2019-03"),
    ("It rained this past weekend.", "2023-12-11", "this past weekend", "DATE", "2023-W49-WE"),
    ("At 3 p.m. on Monday he called.", "2023-12-13", "3 p.m.", "TIME", "2023-12-11T15:00"),
    (
        "Trading resumed at 12:00 UTC Monday.",
        "2023-12-13",
        "12:00 UTC Monday",
        "TIME",
        "2023-12-11T12:00Z",
    ),
    ("It took half an hour.", "2023-12-11", "half an hour", "DURATION", "PT30M"),
    ("He is in his 90s. The 1990s were calm.", "2023-12-11", "The 1990s", "DATE", "199"),
    ("Two days later, he resigned.", "2023-12-11", "Two days later", "DATE", "2023-12-13"),
    ("Shelling resumed late on Saturday.", "2023-12-11", "late on Saturday", "DATE", "2023-12-09"),
    ("He spoke this morning.", "2023-12-11", "this morning", "TIME", "2023-12-11TMO"),
    ("The law passed in 2008.", "2023-12-11", "2008", "DATE", "2008"),
    ("Exports fell in June.", "2023-12-11", "June", "DATE", "2023-06"),
    ("The offensive began in the summer.", "2023-12-11", "summer", "DATE", "2022-SU"),
    ("The siege lasted three days.", "2023-12-11", "three days", "DURATION", "P3D"),
    ("Inspectors visit every Monday.", "2023-12-11", "every Monday", "SET", "XXXX-WXX-1"),
    ("The paper is printed daily.", "2023-12-11", "daily", "SET", "P1D"),
    ("They talk twice a year.", "2023-12-11", "twice a year", "SET", "P1Y"),
    ("The rate is now 5%.", "2023-12-11", "now", "DATE", "PRESENT_REF"),
    ("He was born on October 7.", None, "October 7", "DATE", "XXXX-10-07"),
    (
        "The summit opened on 10 December 2023.",
        "2024-01-05",
        "10 December 2023",
        "DATE",
        "2023-12-10",
    ),
    ("It happened on December 10, 2023.", "2024-01-05", "December 10, 2023", "DATE", "2023-12-10"),
    ("The deal was signed on 2023-12-10.", "2024-01-05", "2023-12-10", "DATE", "2023-12-10"),
    ("He returns tomorrow.", "2023-12-11", "tomorrow", "DATE", "2023-12-12"),
    ("The talks are today.", "2023-12-11", "today", "DATE", "2023-12-11"),
    ("Shots were heard at 10 a.m.", "2023-12-11", "10 a.m.", "TIME", "2023-12-11T10:00"),
    ("The blast came at 14:30 GMT.", "2023-12-11", "14:30 GMT", "TIME", "2023-12-11T14:30Z"),
    ("The market crashed in the 1990s.", "2023-12-11", "the 1990s", "DATE", "199"),
    (
        "Profits rose in the fourth quarter of 2009.",
        "2023-12-11",
        "the fourth quarter of 2009",
        "DATE",
        "2009-Q4",
    ),
    ("Sales rose last year.", "2023-12-11", "last year", "DATE", "2022"),
    ("Sales will rise next year.", "2023-12-11", "next year", "DATE", "2024"),
    ("Sales rose this year.", "2023-12-11", "this year", "DATE", "2023"),
    ("It closed last month.", "2023-12-11", "last month", "DATE", "2023-11"),
    ("It opens next month.", "2023-12-11", "next month", "DATE", "2024-01"),
    ("Prices rose late last month.", "2023-12-11", "late last month", "DATE", "2023-11"),
    ("The war began two years ago.", "2023-12-11", "two years ago", "DATE", "2021"),
    ("He left three days ago.", "2023-12-11", "three days ago", "DATE", "2023-12-08"),
    (
        "It has grown over the past two years.",
        "2023-12-11",
        "the past two years",
        "DURATION",
        "P2Y",
    ),
    ("Unrest grew in recent years.", "2023-12-11", "recent years", "DATE", "PAST_REF"),
    ("He has recently resigned.", "2023-12-11", "recently", "DATE", "PAST_REF"),
    ("He served a 12-year term.", "2023-12-11", "12-year", "DURATION", "P12Y"),
    ("The flight took 90 minutes.", "2023-12-11", "90 minutes", "DURATION", "PT90M"),
    ("It lasted several weeks.", "2023-12-11", "several weeks", "DURATION", "PXW"),
    (
        "They met on Monday. The next day, he left.",
        "2023-12-13",
        "The next day",
        "DATE",
        "2023-12-12",
    ),
    (
        "They met on Monday. The day before, he arrived.",
        "2023-12-13",
        "The day before",
        "DATE",
        "2023-12-10",
    ),
    (
        "They met on Monday. The previous evening, he arrived.",
        "2023-12-13",
        "The previous evening",
        "TIME",
        "2023-12-10TEV",
    ),
    (
        "The blast happened on Wednesday night.",
        "2023-12-15",
        "Wednesday night",
        "TIME",
        "2023-12-13TNI",
    ),
    ("They met in early March.", "2023-12-11", "early March", "DATE", "2023-03"),
    ("Talks resumed in mid-October.", "2023-12-11", "mid-October", "DATE", "2023-10"),
    ("The vote is scheduled for next Tuesday.", "2023-12-11", "next Tuesday", "DATE", "2023-12-12"),
    ("He quit last Friday.", "2023-12-11", "last Friday", "DATE", "2023-12-08"),
    ("They met last spring.", "2023-12-11", "last spring", "DATE", "2022-SP"),
    ("It rained over the weekend.", "2023-12-11", "the weekend", "DATE", "2023-W49-WE"),
    ("He will visit this weekend.", "2023-12-13", "this weekend", "DATE", "2023-W50-WE"),
    (
        "The plant closes at the end of the year.",
        "2023-12-11",
        "the end of the year",
        "DATE",
        "2023",
    ),
    (
        "It reopens in the first half of 2024.",
        "2023-12-11",
        "the first half of 2024",
        "DATE",
        "2024-H1",
    ),
    ("Revenue reached $2 billion a year.", "2023-12-11", "a year", "SET", "P1Y"),
    ("They met on Friday.", None, "Friday", "DATE", "XXXX-WXX-5"),
    (
        "Sales fell in the fourth quarter from a year earlier.",
        "2023-12-11",
        "a year earlier",
        "DATE",
        "2022-Q4",
    ),
    (
        "The meeting lasted an hour and a half.",
        "2023-12-11",
        "an hour and a half",
        "DURATION",
        "PT90M",
    ),
    ("He has worked there for decades.", "2023-12-11", "decades", "DURATION", "PXDE"),
    ("The ceasefire held until Friday.", "2023-12-13", "Friday", "DATE", "2023-12-15"),
    ("Christmas falls on a Monday.", "2023-12-11", "Christmas", "DATE", "2023-12-25"),
    ("The 20th century saw two wars.", "2023-12-11", "The 20th century", "DATE", "19"),
    ("The agency reports each month.", "2023-12-11", "each month", "SET", "P1M"),
    ("Protests flared in 1968.", "2023-12-11", "1968", "DATE", "1968"),
    ("Elections are expected in 2025.", "2023-12-11", "2025", "DATE", "2025"),
    (
        "The storm hit on Sunday, December 10.",
        "2023-12-11",
        "Sunday, December 10",
        "DATE",
        "2023-12-10",
    ),
    ("The protest began at noon.", "2023-12-11", "noon", "TIME", "2023-12-11T12:00"),
    ("The deal expires in 2,000 days.", "2023-12-11", "2,000 days", "DURATION", "P2000D"),
]


@pytest.mark.parametrize(("text", "published", "expression", "type_", "value"), EXPRESSIONS)
def test_timex_tag_finds_and_normalises(text, published, expression, type_, value):
    day = dt.date.fromisoformat(published) if published else None
    found = {t.text: t for t in tag(text, day)}
    assert expression in found, f"{expression!r} not among {list(found)}"
    assert (found[expression].type, found[expression].value) == (type_, value)


@pytest.mark.parametrize(
    "text",
    [
        "2000 troops were deployed.",
        "May I ask a question?",
        "He won a second term.",
        "The score was 3:1 at half time.",
        "The march on Washington drew crowds.",
        "Revenue rose 2012 percent.",
        "Jan Egeland and Aug Schmidt spoke.",
        "He is in his 90s.",
    ],
)
def test_timex_tag_ignores_non_expressions(text):
    assert tag(text, dt.date(2023, 12, 11)) == []


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        (
            "They will meet on Friday. They met on Friday.",
            "2023-12-13",
            ["2023-12-15", "2023-12-08"],
        ),
        ("The council is to vote on Monday.", "2023-12-13", ["2023-12-18"]),
        ("The council is expected to vote on Monday.", "2023-12-13", ["2023-12-18"]),
        ("Putin travelled to Ankara on Monday.", "2023-12-13", ["2023-12-11"]),
        ("Netanyahu spoke to Putin on Sunday, his office said.", "2023-12-11", ["2023-12-10"]),
        ("On Wednesday, he met Biden.", "2023-12-13", ["2023-12-13"]),
        (
            "Erdogan said on Monday that he plans to visit Moscow on Friday.",
            "2023-12-13",
            ["2023-12-11", "2023-12-15"],
        ),
        ("The summit opens on Thursday.", "2023-12-13", ["2023-12-14"]),
    ],
)
def test_timex_tag_doc_resolves_weekdays_by_tense(nlp, text, published, values):
    timexes = tag_doc(nlp(text), dt.date.fromisoformat(published))
    assert [t.value for t in timexes] == values


def test_timex_offsets_point_into_the_text():
    text = "On Sunday, Dec. 10, the envoy spoke; two days later, at 10 a.m., he left."
    for timex in tag(text, dt.date(2023, 12, 11)):
        assert text[timex.start : timex.end] == timex.text


def test_timex_expressions_do_not_overlap():
    text = "late on Saturday, March 3rd 2019, the past two years, every Monday morning"
    timexes = tag(text, dt.date(2023, 12, 11))
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))


def test_timex_anaphoric_expressions_follow_the_last_date():
    timexes = tag("The vote was on 3 May. Two days later, the envoy resigned.", dt.date(2023, 6, 1))
    assert [(t.value, t.anchored) for t in timexes] == [("2023-05-03", False), ("2023-05-05", True)]


@pytest.mark.parametrize(
    ("value", "precision", "day"),
    [
        ("2023-12-10", "day", dt.date(2023, 12, 10)),
        ("2023-12-10TMO", "day", dt.date(2023, 12, 10)),
        ("2023-12-10T14:30Z", "day", dt.date(2023, 12, 10)),
        ("2023-12", "month", None),
        ("2023-W49", "month", None),
        ("2023-W49-WE", "month", None),
        ("2023-Q4", "year", None),
        ("2023-SU", "year", None),
        ("2023", "year", None),
        ("PRESENT_REF", None, None),
        ("XXXX-10-07", None, None),
        ("P3D", None, None),
    ],
)
def test_timex_precision_and_day_of_values(value, precision, day):
    assert (precision_of(value), day_of(value)) == (precision, day)


def test_timex_is_frozen():
    timex = Timex(0, 6, "Monday", "DATE", "2023-12-11")
    with pytest.raises(AttributeError):
        timex.value = "2023-12-12"  # type: ignore[misc]


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_timex_cli_prints_each_expression(tmp_path, capsys, fmt):
    import json

    from eventgraph.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Netanyahu spoke to Putin on Sunday. Two days later he met Biden.\n")
    assert main(["timex", str(article), "--published", "2023-12-11", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "table":
        assert "2023-12-10" in out and "Two days later" in out
        return
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["type"], r["value"]) for r in rows] == [
        ("Sunday", "DATE", "2023-12-10"),
        ("Two days later", "DATE", "2023-12-12"),
    ]
    assert rows[0]["doc"] == "a" and (rows[0]["start"], rows[0]["end"]) == (28, 34)


_WORDS = [
    "on", "the", "Monday", "last", "week", "March", "3", "2019", ",", "two", "days", "later",
    "at", "10", "a.m.", "every", "year", "ago", "early", "1990s", "May", "quarter", "fourth",
    "of", "yesterday", "night", "in", "summer", "for", "decades", "half", "an", "hour", ".",
    "Dec.", "8", "this", "morning", "next", "previous", "day", "before", "$", "2,000",
]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=25),
    published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))),
)
@settings(max_examples=200, deadline=None)
def test_timex_tag_any_text_gives_ordered_consistent_spans(words, published):
    text = " ".join(words)
    timexes = tag(text, published)
    for timex in timexes:
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET") and timex.value
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))
