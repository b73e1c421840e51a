"""Each extraction stage on its own, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.actors import ActorResolver
from eventgraph.extraction.arguments import find_arguments, light_verb, subjects_of
from eventgraph.extraction.coref import dates_compatible
from eventgraph.extraction.dates import date_of, tag_timexes
from eventgraph.extraction.lexicon import load_lexicon, triggers_for
from eventgraph.extraction.modality import unasserted_reason
from eventgraph.extraction.numbers import casualties_in, number_value, tallies_in
from eventgraph.extraction.speech import (
    attribution_sources,
    is_unnamed_source,
    quote_of,
    reports_event,
)
from eventgraph.extraction.subtypes import content_subtype, dominant
from eventgraph.records import Casualties, Document, EventDate, Tally


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _resolver(doc):
    return ActorResolver(doc, Document("t", doc.text))


# ---------------------------------------------------------------- lexicon


def test_extraction_lexicon_rows_are_well_formed():
    for (_lemma, pos), entries in load_lexicon().items():
        assert pos in ("VERB", "NOUN")
        for entry in entries:
            assert entry.type in ("call", "meeting", "vote", "statement", "attack")
            assert entry.subtype in (
                None,
                "criticism",
                "appeal",
                "support",
                "denial",
                "threat",
                "claim",
            )


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Scholz spoke to Putin.", "spoke", ["call"]),
        ("The world has spoken with one voice.", "spoken", []),  # "with" but no actor
        ("Scholz spoke by telephone.", "spoke", ["call"]),
        ("Gunmen opened fire on the crowd.", "opened", ["attack"]),
        ("The shop opened its doors.", "opened", []),
        ("The Senate passed the bill.", "passed", ["vote"]),
        ("The committee rejected the accusation.", "rejected", ["statement"]),
        ("She called for restraint.", "called", ["statement"]),
        ("He called the meeting a disaster.", "called", ["statement"]),
        # the preposition of a date is no argument: "fired ... on Thursday"
        ("The navy fired two missiles into the sea on Thursday.", "fired", []),
        ("The navy fired two missiles at the port on Thursday.", "fired", ["attack"]),
    ],
)
def test_extraction_lexicon_conditions(nlp, text, word, expected):
    doc = nlp(text)
    resolver = _resolver(doc)
    found = triggers_for(_token(doc, word), lambda t: resolver.resolve_token(t) is not None)
    assert sorted({e.type for e in found}) == expected


# ---------------------------------------------------------------- modality


@pytest.mark.parametrize(
    ("text", "word", "asserted"),
    [
        ("Modi met Xi.", "met", True),
        ("Modi will meet Xi.", "meet", False),
        ("Modi did not meet Xi.", "meet", False),
        ("Modi is due to meet Xi.", "meet", False),
        ("Greene threatened to force a vote.", "vote", False),
        ("A possible visit by Pelosi angered Beijing.", "visit", False),
        ("Xi has never visited India.", "visited", False),
        ("They attacked the convoy if it moved.", "attacked", True),
        # a purpose infinitive shares the modality of the verb it is the purpose of
        ("The assembly must meet within ten days to debate the veto.", "veto", False),
        ("The assembly met on Monday to debate the veto.", "veto", True),
    ],
)
def test_extraction_modality(nlp, text, word, asserted):
    assert (unasserted_reason(_token(nlp(text), word)) is None) is asserted


# ---------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    ("text", "word", "type_", "agents", "targets"),
    [
        # passive with "by"
        ("The plan was rejected by Hungary.", "rejected", "statement", ["Hungary"], []),
        # conjunction of subjects
        ("Kenya and Uganda attacked the rebels.", "attacked", "attack", ["Kenya", "Uganda"], []),
        # "with" complement of a meeting
        (
            "Erdogan met with Putin in Sochi.",
            "met",
            "meeting",
            ["Recep Tayyip Erdogan", "Erdogan"],
            ["Vladimir Putin", "Putin"],
        ),
        # possessive of a nominal
        ("Germany's attack on Poland began at dawn.", "attack", "attack", ["Germany"], ["Poland"]),
        # compound of a nominal
        ("A French air strike hit the depot.", "strike", "attack", ["France"], []),
        # relative clause: the modified noun is the subject
        (
            "Orban, who visited China, returned home.",
            "visited",
            "meeting",
            ["Viktor Orban", "Orban"],
            ["China"],
        ),
        # purpose infinitive: the summoner protests; object control: the urged acts
        ("Kenya summoned Uganda's ambassador to protest.", "protest", "statement", ["Kenya"], []),
        ("Kenya urged Uganda to protest.", "protest", "statement", ["Uganda"], []),
        # light verb: "held talks with"
        (
            "Indian Prime Minister Narendra Modi held talks with Putin.",
            "talks",
            "meeting",
            ["Narendra Modi"],
            ["Vladimir Putin", "Putin"],
        ),
    ],
)
def test_extraction_argument_paths(nlp, text, word, type_, agents, targets):
    doc = nlp(text)
    args = find_arguments(_token(doc, word), type_, _resolver(doc))
    found_agents = [a.actor.name for a in args.agents]
    found_targets = [a.actor.name for a in args.targets]
    assert found_agents and all(name in agents for name in found_agents)
    assert all(name in targets for name in found_targets) and bool(found_targets) == bool(targets)


def test_extraction_subjects_of_absolute_construction(nlp):
    doc = nlp("Congress cleared the bill, with the Senate approving it by 60 votes to 40.")
    subjects, _path = subjects_of(_token(doc, "approving"))
    assert [t.text for t in subjects] == ["Senate"]


def test_extraction_light_verb(nlp):
    doc = nlp("The two leaders held a video call.")
    assert light_verb(_token(doc, "call")).text == "held"


# ---------------------------------------------------------------- speech


def test_extraction_unnamed_source_and_agency(nlp):
    doc = nlp("Diplomats said the talks failed, Reuters reported.")
    resolver = _resolver(doc)
    assert is_unnamed_source(_token(doc, "Diplomats"), resolver)
    assert attribution_sources(doc[:], resolver) == ["Diplomats", "Reuters"]


def test_extraction_reports_event_only_for_event_complements(nlp):
    doc = nlp("Peskov said the meeting was held at Berlin's request.")
    assert reports_event(_token(doc, "said"), lambda t: t.lemma_ == "meeting") is not None
    doc = nlp("Peskov said the meeting was a waste of time.")
    assert reports_event(_token(doc, "said"), lambda t: t.lemma_ == "meeting") is None


def test_extraction_quote_of_sentence(nlp):
    assert quote_of(nlp('"Enough is enough," she said.')[:]) == "Enough is enough,"
    assert quote_of(nlp("She said enough is enough.")[:]) is None


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill passed 311-112.", [Tally(311, 112, None)]),
        ("The motion was rejected by 107 votes to 13.", [Tally(13, 107, None)]),
        ("Thirteen members voted in favour and two against.", [Tally(13, 2, None)]),
        ("It passed with 401 votes, while 15 abstained.", [Tally(401, None, 15)]),
        (
            "The House approved the bills 311-112, 366-58 and 385-34.",
            [Tally(311, 112, None), Tally(366, 58, None), Tally(385, 34, None)],
        ),
        ("The talks lasted two hours.", []),
    ],
)
def test_extraction_tallies(nlp, text, expected):
    assert tallies_in(nlp(text)[:]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed over 1,200 people and wounded 300.", Casualties(1200, 300)),
        ("At least 38 people were killed.", Casualties(38, None)),
        ("Nobody was killed in the raid.", Casualties(0, None)),
        ("No casualties were reported.", Casualties(0, 0)),
        ("The strike killed the commander and nine other people.", Casualties(10, None)),
        ("A girl was seriously hurt.", Casualties(None, 1)),
        ("Thousands were injured.", None),
    ],
)
def test_extraction_casualties(nlp, text, expected):
    assert casualties_in(nlp(text)[:]) == expected


def test_extraction_number_words():
    assert [number_value(w) for w in ("Eleven", "1,200", "twenty-one", "many")] == [
        11,
        1200,
        21,
        None,
    ]


# ---------------------------------------------------------------- subtypes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said the move was illegal.", "criticism"),
        ("She said both sides should show restraint.", "appeal"),
        ("He said they would pay a heavy price.", "threat"),
        ("She said the report was baseless.", "denial"),
        ("He said the weather was fine.", None),
        ("He said he did not support the plan.", None),
    ],
)
def test_extraction_content_subtypes(nlp, text, expected):
    doc = nlp(text)
    assert content_subtype(doc[1]) == expected


def test_extraction_dominant_subtype():
    assert dominant(["support", "appeal"]) == "appeal"
    assert dominant([]) == "claim"


# ---------------------------------------------------------------- dates and coreference


def test_extraction_dates_from_the_governing_clause(nlp):
    doc = nlp("Putin met Erdogan on Friday after Biden called him on Tuesday.")
    timexes = tag_timexes(doc, dt.date(2023, 12, 11))
    assert date_of(_token(doc, "met"), timexes).value == "2023-12-08"
    assert date_of(_token(doc, "called"), timexes).value == "2023-12-05"


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("2024-07", "2024-07-18", True),
        ("2024-07-18", "2024-07-18", True),
        ("2024-07-17", "2024-07-18", False),
        (None, "2024-07-18", True),
    ],
)
def test_extraction_dates_compatible(a, b, compatible):
    as_date = lambda v: EventDate(v) if v else None  # noqa: E731
    assert dates_compatible(as_date(a), as_date(b)) is compatible


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials said there was no indication of a deliberate attack.", "attack"),
        ("The absence of talks worried diplomats.", "talks"),
    ],
)
def test_extraction_modality_negated_nominals(nlp, text, word):
    assert unasserted_reason(_token(nlp(text), word)) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No injuries were reported.", Casualties(None, 0)),
        ("No one was killed, but 12 people were wounded.", Casualties(0, 12)),
    ],
)
def test_extraction_casualties_stated_as_none(nlp, text, expected):
    assert casualties_in(nlp(text)[:]) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("India accused Pakistan of backing the gunmen.", "backing"),
        ("Moscow denied attacking the hospital.", "attacking"),
    ],
)
def test_extraction_modality_alleged_acts(nlp, text, word):
    assert unasserted_reason(_token(nlp(text), word)) is not None


@pytest.mark.parametrize(
    ("text", "word", "asserted"),
    [
        ("Russia has chosen to protect those who fire on civilians.", "fire", False),
        ("The two leaders meet every year.", "meet", False),
        ("Russia says it struck the depot.", "says", True),
    ],
)
def test_extraction_modality_present_tense_is_habitual(nlp, text, word, asserted):
    assert (unasserted_reason(_token(nlp(text), word)) is None) is asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan met his Greek counterpart.", ["meeting"]),
        ("The government met the deadline.", []),
    ],
)
def test_extraction_lexicon_meet_needs_a_party(nlp, text, expected):
    doc = nlp(text)
    resolver = _resolver(doc)
    found = triggers_for(_token(doc, "met"), lambda t: resolver.resolve_token(t) is not None)
    assert [e.type for e in found] == expected


def test_extraction_every_lexicon_condition_has_a_rank():
    from eventgraph.extraction.pipeline import _CONDITION_RANK

    conditions = {e.condition.split("=")[0] for entries in load_lexicon().values() for e in entries}
    assert conditions <= set(_CONDITION_RANK)


def test_extraction_lexicon_calls_for_something_are_no_phone_calls(nlp):
    doc = nlp("He rejected international calls for a ceasefire after the call with Biden.")
    resolver = _resolver(doc)
    calls = [t.i for t in doc if t.lower_ in ("calls", "call")]
    found = [triggers_for(doc[i], lambda t: resolver.resolve_token(t) is not None) for i in calls]
    assert [[e.type for e in f] for f in found] == [[], ["call"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron called on Europe on Friday to build its own defence.", ["statement"]),
        (
            "French President Emmanuel Macron called German Chancellor Olaf Scholz on Friday.",
            ["call"],
        ),
    ],
)
def test_extraction_lexicon_call_on_to_is_an_appeal(nlp, text, expected):
    doc = nlp(text)
    resolver = _resolver(doc)
    found = triggers_for(_token(doc, "called"), lambda t: resolver.resolve_token(t) is not None)
    assert sorted({e.type for e in found}) == expected
