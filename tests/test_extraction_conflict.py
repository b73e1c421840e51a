"""Attacks across conflicts: dated background attacks, spans of many attacks, armed
groups named through their members, and the night before publication.

Sentences written for these tests, in the ways wire copy tells an attack.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extract import parse_text
from eventgraph.extraction import extract_events
from eventgraph.records import Document
from eventgraph.timex import tag
from sentences import attack_rows, extracted

PUBLISHED = dt.date(2024, 10, 20)  # a Sunday


def attacks(nlp, text, published=PUBLISHED):
    return attack_rows(extracted(nlp, text, published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated invasion after "since" is an occurrence the text asserts
        (
            "Kharkiv has been shelled almost daily since Russia's invasion in February 2022.",
            [(["Russia"], [], "2022-02")],
        ),
        # "since the invasion" with no date only anchors a time
        ("Kharkiv has been shelled almost daily since Russia's invasion.", []),
        # a dated subject of a "since" clause is an attack of its own
        (
            "The assault was the deadliest since a car bombing in October 2022 killed at"
            " least 121 people.",
            [([], [], "2022-10")],
        ),
    ],
)
def test_conflict_dated_background_attack(nlp, text, expected):
    assert [e for e in attacks(nlp, text) if e[2] != "2024-10-20"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State-linked group has killed thousands of civilians in eastern Congo"
        " in recent years.",
        "The militia has killed hundreds of villagers over the past year.",
    ],
)
def test_conflict_toll_over_a_span_is_no_attack(nlp, text):
    assert attacks(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # members of a gang or militia did it, though the group is not in the gazetteer
        ("Members of the Wharf Jeremie gang killed at least 184 people on Friday.", 1),
        ("Members of a local militia killed 12 farmers on Friday.", 1),
        # floods have no members
        ("Heavy floods killed 30 people on Friday.", 0),
    ],
)
def test_conflict_members_of_an_armed_group_kill(nlp, text, count):
    assert len(attacks(nlp, text)) == count


def test_conflict_dated_plural_clashes_are_no_generic_mention(nlp):
    assert attacks(nlp, "Clashes erupted on Saturday near the border crossing.") == [
        ([], [], "2024-10-19")
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Strikes killed at least 73 people overnight.", ["2024-10-20TNI"]),
        ("Overnight, warplanes struck 13 targets.", ["2024-10-20TNI"]),
        ("The town was under an overnight curfew.", []),
        ("Russia launched drones overnight into Sunday.", ["2024-10-20"]),
        ("A truck ploughed into a Christmas market on Friday.", ["2024-10-18"]),
        ("They met on Christmas Day.", ["2023-12-25"]),
    ],
)
def test_conflict_timex_overnight_and_named_days(text, values):
    assert [t.value for t in tag(text, PUBLISHED)] == values


def test_conflict_overnight_strike_takes_the_publication_day(nlp):
    text = "Israeli strikes on the town of Beit Lahiya killed at least 73 people overnight."
    assert [date for _a, _t, date in attacks(nlp, text)] == ["2024-10-20"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group, not "members of" it
        (
            "Members of the Wharf Jeremie gang killed at least 184 people on Friday.",
            ["Wharf Jeremie gang"],
        ),
        # the owner of weapons a reduced relative launches
        (
            "Air defences destroyed 23 Ukrainian drones launched at Russian regions on Friday.",
            ["Ukraine"],
        ),
    ],
)
def test_conflict_perpetrator_behind_the_noun(nlp, text, expected):
    assert [agents for agents, _t, _d in attacks(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five soldiers were killed and as many injured when militants ambushed a convoy.",
            (5, 5),
        ),
        ("Three people were killed and as many as 40 injured in the blast.", (3, 40)),
        ("Two were killed and many injured in the blast.", (2, None)),
    ],
)
def test_conflict_casualties_as_many(nlp, text, expected):
    from eventgraph.extraction.numbers import casualties_in

    counts = casualties_in(nlp(text)[:])
    assert (counts.killed, counts.injured) == expected


def test_conflict_cities_file_names_states_of_the_gazetteer():
    from eventgraph.extraction.participants import capital_names, country_names
    from eventgraph.gazetteer import city_states

    cities = city_states()
    assert len(cities) > 100
    assert set(cities.values()) <= country_names()
    # capitals are metonyms of their states already, and stay out of this file
    assert not set(cities) & {name.lower() for name in capital_names()}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a major city attacked stands for its state
        ("Russian missiles struck Kharkiv on Friday, killing six people.", ["Ukraine"]),
        ("Hezbollah fired 40 rockets at Haifa on Friday.", ["Israel"]),
        # a state's attack on a place in a city of another state attacks that state
        ("A Russian drone hit an apartment block in Kharkiv on Friday.", ["Ukraine"]),
        ("Ukrainian drones struck an oil depot in the Krasnodar region on Friday.", ["Russia"]),
        # gunmen killing someone in a city attack no state
        ("Gunmen shot dead a local politician in Karachi on Friday.", []),
    ],
)
def test_conflict_city_attacked_stands_for_its_state(nlp, text, targets):
    assert [t for _a, t, _d in attacks(nlp, text)] == [targets]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a state's forces harmed in a passive clause: the state is attacked
        (
            "Five Indian Army soldiers were killed and as many injured when militants"
            " ambushed an army vehicle on Friday.",
            ["India"],
        ),
        ("Three Pakistani soldiers were killed in a roadside bombing on Friday.", ["Pakistan"]),
        # people of no state's forces name no target
        ("Five villagers were killed when gunmen attacked a market on Friday.", []),
    ],
)
def test_conflict_state_forces_harmed_name_the_state(nlp, text, targets):
    assert [t for _a, t, _d in attacks(nlp, text)] == [targets]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a date in a "where" clause on the place struck is the strike's
        (
            "Eighty civilians were killed when an army drone bombed a village where people"
            " had gathered for a festival on Saturday night.",
            ["2024-10-19"],
        ),
        # nothing dated in the clause: an undated attack with no one named is dropped
        ("An army drone bombed a village where people had gathered for a festival.", []),
    ],
)
def test_conflict_date_in_a_where_clause(nlp, text, date):
    assert [d for _a, _t, d in attacks(nlp, text)][:1] == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the killing of X" is an attack on X
        (
            "The killing of Hamas leader Ismail Haniyeh in Tehran on Saturday drew condemnation.",
            [([], ["Ismail Haniyeh"], "2024-10-19")],
        ),
        ("Protests erupted after the killing of 12 villagers on Friday.", [([], [], "2024-10-18")]),
        # a killing over a span is no one occurrence
        ("Rights groups documented the killing of civilians over the past year.", []),
    ],
)
def test_conflict_the_killing_of(nlp, text, expected):
    assert attacks(nlp, text) == expected


def test_conflict_the_killing_of_counts_the_dead(nlp):
    from eventgraph.extraction.numbers import casualties_in

    counts = casualties_in(nlp("Protests followed the killing of 12 villagers on Friday.")[:])
    assert counts is not None and counts.killed == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state that intercepted what a reduced relative fires is attacked
        (
            "Israel said it intercepted a missile fired by the Houthis from Yemen on Friday.",
            [(["Houthis"], ["Israel"], "2024-10-18")],
        ),
        (
            "Saudi Arabia intercepted a drone launched by the Houthis on Friday.",
            [(["Houthis"], ["Saudi Arabia"], "2024-10-18")],
        ),
    ],
)
def test_conflict_interceptor_of_a_fired_weapon_is_attacked(nlp, text, expected):
    assert attacks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # fighting over days is many occurrences, and so is what it killed
        ("Five days of fighting along the border had killed at least 35 people.", 0),
        ("Three weeks of air strikes have killed 400 people, officials said.", 0),
        # one day's fighting is one
        ("The fighting along the border killed at least 35 people on Friday.", 1),
    ],
)
def test_conflict_days_of_fighting_are_no_one_attack(nlp, text, count):
    assert len(attacks(nlp, text)) == count


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # "its" is the nearest group or state named before it in the sentence
        (
            "The assault was al-Shabaab's deadliest since its car bombing in October 2022"
            " killed 121 people.",
            ["al-Shabaab"],
        ),
        # no antecedent: no perpetrator
        ("Its car bombing in October 2022 killed 121 people.", []),
    ],
)
def test_conflict_its_attack_names_the_antecedent(nlp, text, agents):
    found = [a for a, _t, d in attacks(nlp, text) if d == "2022-10"]
    assert found == [agents]


def test_conflict_its_offensive_with_nothing_told_is_no_attack(nlp):
    text = "The minister met his counterpart in Berlin days after Israel expanded its offensive."
    assert attacks(nlp, text) == []


def test_conflict_date_of_what_the_people_struck_were_doing(nlp):
    text = (
        "Israeli troops opened fire on a group of people approaching a military line in"
        " Gaza City on Friday, killing three."
    )
    # "a group of people" refers back to no group; the date is the shooting's
    assert attacks(nlp, text) == [(["Israel"], [], "2024-10-18")]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # the parser makes the object the subject of the reporting verb after it
        (
            "On Friday, US and British warplanes struck Huthi radar sites near the port of"
            " Hodeidah, the rebels' Al-Masirah television reported.",
            ["Houthis"],
        ),
        # a group's camps or port struck: the group, though the noun names a place
        ("On Friday, US warplanes struck Houthi camps near Sanaa.", ["Houthis"]),
    ],
)
def test_conflict_group_owning_the_places_struck(nlp, text, targets):
    assert [t for _a, t, _d in attacks(nlp, text)] == [targets]


def test_conflict_a_navy_ship_attacked_names_its_state(nlp):
    text = "The Houthis fired an anti-ship missile at the destroyer USS Carney on Friday."
    assert attacks(nlp, text) == [(["Houthis"], ["United States"], "2024-10-18")]


def statements(nlp, text, published=PUBLISHED):
    document = Document("t", text, published=published)
    events = extract_events(nlp(parse_text(text)), document)
    return [sorted(a.name for a in e.agents) for e in events if e.type == "statement"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a state or group telling its own attack claims it
        (
            "The Israeli military said it had struck Hamas targets in the area on Saturday.",
            [["Israel"]],
        ),
        ("Mali's army said its aircraft had struck terrorist targets on Friday.", [["Mali"]]),
        # a governor telling what a drone did only reports it
        (
            "Governor Vyacheslav Gladkov said a Ukrainian drone struck a car on Friday.",
            [],
        ),
        # telling an interception only reports the attack intercepted
        ("Ukraine's air force said it shot down 40 Russian drones on Friday.", []),
    ],
)
def test_conflict_perpetrator_telling_its_attack_claims_it(nlp, text, speakers):
    assert statements(nlp, text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "the group" that claims is the perpetrator of the last attack told
        (
            "Al Shabaab gunmen stormed a hotel in Mogadishu on Friday. The al Qaeda-linked"
            " group claimed the attack in a statement.",
            [["al-Shabaab"]],
        ),
        # unnamed gunmen: the claim names no one
        (
            "Gunmen stormed a hotel on Friday. The group claimed the attack in a statement.",
            [],
        ),
    ],
)
def test_conflict_the_group_claiming_is_the_perpetrator(nlp, text, speakers):
    assert statements(nlp, text) == speakers


def test_conflict_object_hung_on_a_time_phrase(nlp):
    text = (
        "Zelensky said Russian forces had struck Ukrainian energy facilities hours after the"
        " call on Friday."
    )
    assert [t for _a, t, _d in attacks(nlp, text)] == [["Ukraine"]]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # a bare plural of a kind of fighter refers back to no group named before
        (
            "The Kashmir Tigers, a shadow group of Jaish-e-Mohammed, claimed the ambush."
            " A month earlier, militants fired on a bus on June 9, killing nine people.",
            [],
        ),
        # a named group's militants are the group's
        ("Al Shabaab militants fired on a bus on Friday, killing nine people.", ["al-Shabaab"]),
    ],
)
def test_conflict_bare_militants_name_no_group(nlp, text, agents):
    found = [a for a, _t, d in attacks(nlp, text) if d in ("2024-06-09", "2024-10-18")]
    assert found == [agents]
