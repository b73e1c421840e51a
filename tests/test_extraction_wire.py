"""Extraction on wire styles the dev corpus under-represents (tests/practice/wire).

PTI/ANI and TASS datelines, live-update digests, long analysis sentences with
several events: each table holds sentences of one error class found there.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extraction.dates import tag_timexes
from eventgraph.extraction.pipeline import extract_events
from eventgraph.records import Document

PUBLISHED = dt.date(2025, 6, 26)  # a Thursday


def _events(nlp, text: str, published: dt.date = PUBLISHED):
    return extract_events(nlp(text), Document("d", text, published))


def _dates(nlp, text: str) -> dict[str, str | None]:
    return {e.type: e.date and e.date.value for e in _events(nlp, text)}


# (text, values kept): datelines of the Indian and Russian agencies are filing dates
DATELINES = [
    (
        "Peshawar [Pakistan], June 26 (ANI): Militants stormed a checkpost on Sunday.",
        ["2025-06-22"],
    ),
    ("Srinagar [India], Jun 26 (ANI): Gunmen attacked a camp on Monday.", ["2025-06-23"]),
    ("MOSCOW, June 26. /TASS/. Drones attacked Kursk on Tuesday.", ["2025-06-24"]),
    # a body sentence opening with a place is no dateline
    ("In Kabul, June 20 was a quiet day.", ["2025-06-20"]),
]


@pytest.mark.parametrize(("text", "values"), DATELINES)
def test_wire_dateline_date_is_not_an_event_date(nlp, text, values):
    assert [t.value for t in tag_timexes(nlp(text), PUBLISHED)] == values


# (sentence, type, date): an expression between a verb and the subject of the clause
# it governs belongs to that verb, wherever the parser hung it (published on a Wednesday:
# the tense of "would not call" still sends "Wednesday" forward, see timex._parse_tense)
MISPLACED = [
    (
        "Brazilian President Luiz Inacio Lula da Silva said on Wednesday he would not call"
        ' U.S. President Donald Trump to negotiate tariffs because Trump "doesn\'t want to talk,"'
        " and accused Washington of trying to interfere in Brazil's judiciary.",
        "statement",
        "2025-06-18",
    ),
    (
        "The United States struck three Iranian nuclear sites, Fordo, Natanz and Isfahan,"
        " on Saturday, President Donald Trump announced in a post on his Truth Social platform.",
        "attack",
        "2025-06-14",
    ),
    (
        "NATO leaders meeting in The Hague on Wednesday pledged to lift defence spending.",
        "meeting",
        "2025-06-18",
    ),
    # the date of a clause after its own subject stays its own
    ("Rutte said Trump met Zelensky on Tuesday.", "meeting", "2025-06-17"),
]


@pytest.mark.parametrize(("text", "kind", "value"), MISPLACED)
def test_wire_date_between_verb_and_clause_subject_dates_the_verb(nlp, text, kind, value):
    events = _events(nlp, text, dt.date(2025, 6, 18))
    assert {e.type: e.date and e.date.value for e in events}[kind] == value


# (sentence, {type: date}): a date written before an event noun dates that noun only
PREMODIFIERS = [
    (
        "Jaishankar condemned the April 22 terror attack in Pahalgam.",
        {"statement": None, "attack": "2025-04-22"},
    ),
    (
        "Sanchez praised the April 22 bombing in Gaza.",
        {"statement": None, "attack": "2025-04-22"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREMODIFIERS)
def test_wire_premodifying_date_dates_the_event_noun_not_the_clause(nlp, text, expected):
    dates = _dates(nlp, text)
    assert {kind: dates.get(kind, "missing") for kind in expected} == expected


# (text, date of the statement): a date fronting a sentence sets the scene for the next
# when it goes on with a pronoun for the same subject, in the same paragraph
SCENES = [
    (
        "On Thursday, Turkey's foreign ministry weighed in. Its spokesman Oncu Keceli told"
        " reporters that Israel must withdraw from Gaza.",
        "2025-06-26",
    ),
    (
        "On Monday, Putin hosted Erdogan in Sochi. He warned Ukraine against new attacks.",
        "2025-06-23",
    ),
    # a frequency ("the weekly news briefing") is no time of the sentence's own
    (
        "On Monday, Pakistan's Foreign Office went further. Its spokesman, Shafqat Rana,"
        " told the weekly news briefing that Afghanistan must act against the militants.",
        "2025-06-23",
    ),
    # a new paragraph, or a subject of its own, starts another scene
    (
        "On Thursday, Turkey's foreign ministry weighed in.\n\nIts spokesman Oncu Keceli told"
        " reporters that Israel must withdraw from Gaza.",
        None,
    ),
    (
        "On Thursday, Turkey's foreign ministry weighed in. Oncu Keceli told reporters that"
        " Israel must withdraw from Gaza.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "value"), SCENES)
def test_wire_fronted_date_carries_to_the_next_sentence_about_its_subject(nlp, text, value):
    statements = [e for e in _events(nlp, text) if e.type == "statement"]
    assert [e.date and e.date.value for e in statements] == [value]


def _parties(events, kind: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [
        (tuple(a.name for a in e.agents), tuple(a.name for a in e.targets))
        for e in events
        if e.type == kind
    ]


# (sentence, type, (agents, targets)): what a phrase in apposition says about a name
APPOSITIONS = [
    # an acronym in brackets inside a person's title names the state, not the person
    (
        "Xi met with Kim Jong Un, president of the Democratic People's Republic of Korea"
        " (DPRK), on Wednesday.",
        "meeting",
        (("Xi",), ("Kim Jong Un",)),
    ),
    # "the party of X" describes the party; X is not the speaker
    (
        "The SPLM-IO, the party of First Vice President Riek Machar, denied any links"
        " with the militia.",
        "statement",
        (("SPLM IO",), ()),
    ),
    # the members of a named group name the group, also as a statement's target
    (
        "Information Minister Michael Makuei blamed White Army militiamen for the attack.",
        "statement",
        (("Michael Makuei",), ("White Army",)),
    ),
    ("Makuei blamed the militiamen for the attack.", "statement", (("Makuei",), ())),
]


@pytest.mark.parametrize(("text", "kind", "parties"), APPOSITIONS)
def test_wire_apposition_and_member_nouns_name_the_right_actor(nlp, text, kind, parties):
    assert _parties(_events(nlp, text), kind) == [parties]


# (text, types extracted): what is alleged, invited, expected or a title is no occurrence
UNASSERTED = [
    (
        "The Thai army on Tuesday accused Cambodian troops of firing on Thai positions.",
        ["statement"],
    ),
    (
        "Modi spoke on the phone with Canadian Prime Minister Mark Carney on Sunday and"
        " accepted his invitation to the G7 summit later this month.",
        ["call"],
    ),
    ("Modi is expected to travel to Canada on June 15, his first visit in a decade.", []),
    (
        "Here are the latest developments:\n\n- Missiles hit Israel -\n\nIran fired a barrage"
        " of missiles at Israel on Sunday morning.",
        ["attack"],
    ),
    # dashes inside a sentence set off no heading
    ("Iran - which denies it - struck Israel on Sunday.", ["attack"]),
]


@pytest.mark.parametrize(("text", "kinds"), UNASSERTED)
def test_wire_alleged_invited_expected_and_headings_are_not_events(nlp, text, kinds):
    assert sorted(e.type for e in _events(nlp, text)) == kinds


# (sentence, type, (agents, targets)): who speaks
SPEAKERS = [
    # an office of a state's organ speaks for the state
    (
        "The U.S. State Department's Bureau of Western Hemisphere Affairs condemned the"
        " ruling on Tuesday.",
        "statement",
        (("United States",), ()),
    ),
    # a speaker's own act after a reported pluperfect clause is the speaker's
    (
        "Ukrainian President Volodymyr Zelensky said Russian forces had struck Ukrainian"
        " energy facilities and accused Putin of rejecting a full ceasefire.",
        "statement",
        (("Volodymyr Zelensky",), ("Putin",)),
    ),
    # ... but a reported clause goes on with its own subject
    (
        "Peskov said Russia had launched missiles and struck Kyiv.",
        "attack",
        (("Russia",), ("Ukraine",)),
    ),
]


@pytest.mark.parametrize(("text", "kind", "parties"), SPEAKERS)
def test_wire_speaker_of_offices_and_conjoined_speech_acts(nlp, text, kind, parties):
    [(agents, targets)] = _parties(_events(nlp, text), kind)
    assert (agents, set(parties[1]) <= set(targets)) == (parties[0], True)


# a time zone is a time, never an actor
def test_wire_time_zone_is_no_actor(nlp):
    text = "Here are the latest developments, updated at 1400 GMT on Sunday: Iran condemned the strikes."
    assert _parties(_events(nlp, text), "statement") == [(("Iran",), ())]


# "Lee's office" after "Lee Jae-myung": a part of a person's full name is the person,
# not a state named by its organ
def test_wire_short_name_of_a_person_before_an_organ_is_the_person(nlp):
    text = (
        "South Korean President Lee Jae-myung spoke by phone with Ishiba on Monday."
        " Lee's office said he criticised North Korea."
    )
    statements = _parties(_events(nlp, text), "statement")
    assert [agents for agents, _targets in statements] == [("Lee Jae-myung",)]


# (text, agents of the last claim): "the same group" is the group the story is about (named
# most, then first); a group with a name of its own is not the group named before
SAME_GROUP = [
    (
        "The Islamic State group claimed responsibility for Sunday's bombing in Kabul."
        " The Taliban government condemned the attack. A similar bombing in Kunduz on Friday"
        " was claimed by the same group.",
        ("Islamic State",),
    ),
    (
        "The TTP claimed the assault. The Taliban's chief spokesman rejected the allegation."
        " That attack was claimed by a faction of the Hafiz Gul Bahadur group.",
        ("faction of the Hafiz Gul Bahadur group",),
    ),
]


SAME_GROUP.append(
    # an insurgent army named after a province is a group "the same group" can mean
    (
        "The outlawed Balochistan Liberation Army claimed the bombing. Afghanistan's Taliban"
        " administration rejected the accusation. In November, a suicide bombing in Quetta"
        " that was claimed by the same group killed 26 people.",
        ("Balochistan Liberation Army",),
    )
)


@pytest.mark.parametrize(("text", "agents"), SAME_GROUP)
def test_wire_same_group_is_the_storys_group(nlp, text, agents):
    claims = [e for e in _events(nlp, text) if e.type == "statement" and e.subtype == "claim"]
    assert tuple(a.name for a in claims[-1].agents) == agents


# (sentence, agents): an army's name with an insurgent word is a group, not the state
ARMIES = [
    ("The Free Syrian Army attacked Aleppo on Monday.", ("Free Syrian Army",)),
    ("The Pakistan Army said it killed five militants on Monday.", ("Pakistan",)),
    ("The Royal Thai Army struck Cambodian positions on Monday.", ("Thailand",)),
]


@pytest.mark.parametrize(("text", "agents"), ARMIES)
def test_wire_insurgent_army_is_a_group_and_a_state_army_the_state(nlp, text, agents):
    assert [a for a, _t in _parties(_events(nlp, text), "attack")] == [agents]


# (text, parties of the last event): the holders of an office in several states are the
# persons the text names for every one of them; with any left unnamed, the states
OFFICE_HOLDERS = [
    (
        "Thai Prime Minister Paetongtarn Shinawatra and Cambodian Prime Minister Hun Manet"
        " spoke on Monday. The prime ministers of Thailand and Cambodia met in Putrajaya on"
        " Tuesday.",
        ("Hun Manet", "Paetongtarn Shinawatra"),
    ),
    (
        "Foreign ministers of Egypt, Jordan and Saudi Arabia met in Riyadh on Tuesday."
        " Egyptian Foreign Minister Badr Abdelatty said the talks went well.",
        ("Egypt", "Jordan", "Saudi Arabia"),
    ),
    # a person the text gives a state but no title holds its leader's office
    (
        "Thailand's Prasert Kittikhun met Cambodia's Sokha Vannak on Monday. The Thai prime"
        " minister later criticised Cambodia.",
        ("Cambodia", "Prasert Kittikhun"),
    ),
]


@pytest.mark.parametrize(("text", "names"), OFFICE_HOLDERS)
def test_wire_office_holders_of_several_states(nlp, text, names):
    last = _events(nlp, text)[-1]
    assert tuple(sorted(a.name for a in (*last.agents, *last.targets))) == names
