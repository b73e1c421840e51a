"""Attack extraction on unfamiliar wording: perpetrators, targets, occurrences, casualties.

Sentences written for these tests, in the ways wire copy tells an attack.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extract import parse_text
from eventgraph.extraction import extract_events
from eventgraph.extraction.participants import dateline_end
from eventgraph.records import Document
from sentences import attack_rows, extracted

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def attacks(nlp, text, published=PUBLISHED):
    return attack_rows(extracted(nlp, text, published))


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # the speaker of a report is not the perpetrator of what it reports
        (
            "The regional governor, Ivan Petrov, said a Ukrainian drone struck a car near"
            " the border on Monday, killing the driver.",
            ["Ukraine"],
        ),
        # the weapon's launcher: "a missile fired by X"
        (
            "Three sailors were killed when a missile fired by the Houthis struck a ship.",
            ["Houthis"],
        ),
        # "X said it had fired": the pronoun is the group that reports it
        (
            "Hours later, Palestinian Islamic Jihad said it had fired rockets at Israel.",
            ["Palestinian Islamic Jihad"],
        ),
        # a gerund the parser reads as a verb keeps its modifiers as perpetrator
        (
            "Fifteen civilians were killed and 43 injured in Pakistani artillery shelling"
            " on Wednesday.",
            ["Pakistan"],
        ),
        # "Al-Qaeda-linked militants" are not al-Qaeda
        ("Al-Qaeda-linked militants attacked an army base on Tuesday.", []),
        # conjoined modifiers name two perpetrators
        ("On Thursday, US and British warplanes struck radar sites in Yemen.", None),
    ],
)
def test_attacks_perpetrator(nlp, text, agents):
    found = attacks(nlp, text)
    assert len(found) == 1, found
    if agents is None:
        assert "United States" in found[0][0]
    else:
        assert found[0][0] == agents


@pytest.mark.parametrize(
    ("text", "target", "absent"),
    [
        # "killed a commander of X": the group is attacked
        (
            "A drone strike on Wednesday killed a senior commander of the Iran-backed militia"
            " Kataib Hezbollah.",
            "Kataib Hezbollah",
            "Iran",
        ),
        # "in the Gulf of Aden" is not an attack on Yemen
        (
            "The Houthis struck a bulk carrier in the Gulf of Aden on Wednesday.",
            None,
            "Yemen",
        ),
    ],
)
def test_attacks_target(nlp, text, target, absent):
    found = attacks(nlp, text)
    assert found, found
    targets = found[0][1]
    if target is not None:
        assert target in targets
    assert absent not in targets


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an attack named as the cause of another is another occurrence
        (
            "An Israeli strike in Beirut killed a Hezbollah commander on Tuesday. Israel said"
            " it was retaliation for a rocket attack on the Golan Heights on Saturday that"
            " killed 12 children.",
            2,
        ),
        # the same side's attack retold in a claim is the same occurrence
        (
            "Israeli warplanes struck fuel depots at the port of Hodeidah on Sunday. In a"
            " statement, the Israeli military said its jets had hit infrastructure used by"
            " the Houthis.",
            1,
        ),
    ],
)
def test_attacks_occurrences(nlp, text, count):
    assert len(attacks(nlp, text)) == count


def test_attacks_anaphor_joins_the_attack_of_its_own_word(nlp):
    text = (
        "Iran launched more than 300 drones and missiles at Israel late on Saturday in its"
        " first direct military attack on Israeli territory. Iran said the assault was a"
        " response to an air strike on Iran's embassy compound in Damascus on April 1 that"
        " killed seven officers. The Damascus strike was widely attributed to Israel."
    )
    found = attacks(nlp, text, published=dt.date(2024, 4, 14))
    assert (["Israel"], ["Iran"], "2024-04-01") in found


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("KABUL (CPA) - A bomb went off.", 14),
        ("KYIV, March 4 (Reuters) - Three people were killed.", 26),
        ("DUBAI, July 31 (Reuters) - Hamas said.", 27),
        ("WASHINGTON, Jan. 5 - The Senate voted.", 21),
        ("NEW DELHI, May 8 (PTI) At least 15 people were killed.", 23),
        ("NATO (the alliance) said.", 0),
        ("A bomb went off.", 0),
    ],
)
def test_attacks_dateline_with_a_date_is_no_actor(text, end):
    assert dateline_end(text) == end


def casualties(nlp, text, published=PUBLISHED):
    document = Document("t", text, published=published)
    events = extract_events(nlp(parse_text(text)), document)
    return [
        (e.casualties.killed, e.casualties.injured) if e.casualties else None
        for e in events
        if e.type == "attack"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one definite victim
        (
            "A Ukrainian drone struck a car near the border on Monday, killing the driver.",
            (1, None),
        ),
        # the others joined deep inside the phrase, and "along with"
        (
            "A drone strike on Wednesday killed a senior commander of the militia Kataib"
            " Hezbollah and two other people.",
            (3, None),
        ),
        (
            "An Israeli strike in Beirut killed Hezbollah's top commander, Fuad Shukr, along"
            " with two children.",
            (3, None),
        ),
        # "also killed" in the next sentence adds to the dead
        (
            "Ismail Haniyeh was killed in an air strike on his residence in Tehran on Wednesday."
            " A bodyguard was also killed.",
            (2, None),
        ),
        # an updated toll, later in the article, wins
        (
            "Militants attacked a beach in Mogadishu on Friday, killing at least 32 people."
            " Police said 63 others were wounded. The group said it carried out the attack."
            " The death toll from the siege rose to 37 on Sunday.",
            (37, 63),
        ),
        (
            "Three people were killed when a Russian drone hit an apartment block in Kharkiv"
            " on Monday. Rescuers pulled two more bodies from the rubble, bringing the death"
            " toll to five.",
            (5, None),
        ),
    ],
)
def test_attacks_casualties(nlp, text, expected):
    assert casualties(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a promise or a threat of attacks is no attack
        ("The group vowed further strikes on American and British ships.", 0),
        ("Israel warned of attacks on Lebanon on Monday.", 0),
        # a weapon fired at something is an attack; fired into the sea may be a test
        ("The Houthis fired an anti-ship missile and three drones at the destroyer on Monday.", 1),
        ("North Korea fired a ballistic missile into the sea on Monday.", 0),
        # "gunned down" is not an interception
        ("Gunmen gunned down a police officer in Quetta on Monday.", 1),
        # a plural attack noun the tagger reads as a verb
        (
            "Pakistani artillery shelling killed 15 people on Wednesday. The shelling followed"
            " Indian missile strikes early on Wednesday on nine sites in Pakistan.",
            2,
        ),
    ],
)
def test_attacks_asserted_or_not(nlp, text, count):
    assert len(attacks(nlp, text)) == count


def test_attacks_strikes_on_sites_in_a_state_attack_the_state(nlp):
    found = attacks(
        nlp, "India carried out missile strikes on nine sites in Pakistan on Wednesday."
    )
    assert found == [(["India"], ["Pakistan"], "2024-03-13")]


def test_attacks_unnamed_gunmen_on_another_day_are_another_attack(nlp):
    text = (
        "At least 85 civilians were killed when a Nigerian army drone bombed a village in"
        " Kaduna state. President Bola Tinubu described the strike as deeply unfortunate."
        " In neighbouring Zamfara state, gunmen stormed a mosque on Friday and abducted 16"
        " worshippers."
    )
    found = attacks(nlp, text, published=dt.date(2023, 12, 5))
    assert (["Nigeria"], [], None) in found
    assert ([], [], "2023-12-01") in found


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # armed groups the gazetteer names, and "the rebel group" after them
        (
            "Colombia suspended peace talks with the National Liberation Army on Friday after"
            " the rebel group killed at least 80 people in an offensive against a rival FARC"
            " dissident faction.",
            "National Liberation Army",
            "FARC dissidents",
        ),
        (
            "ISWAP fighters attacked a military base in Borno state on Monday.",
            "Islamic State West Africa Province",
            None,
        ),
    ],
)
def test_attacks_armed_groups(nlp, text, agent, target):
    found = attacks(nlp, text)
    assert found and agent in found[0][0], found
    if target is not None:
        assert target in found[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "blamed on", "attributed to": the perpetrator of the attack named
        (
            "The attack, blamed on Hamas, killed three people at a bus stop on Monday.",
            [(["Hamas"], [], "2024-03-11")],
        ),
        ("Kyiv blamed the strike on Russia.", [(["Russia"], [], None)]),
        (
            "The Damascus strike on April 1 was widely attributed to Israel.",
            [(["Israel"], [], "2023-04-01")],
        ),
        # "Pakistan-based militants" are not Pakistan
        (
            "The massacre on April 22, which India blamed on Pakistan-based militants, killed 26.",
            [([], [], "2023-04-22")],
        ),
        # a weapon that exploded or landed
        ("A car bomb exploded outside a police station on Thursday.", [([], [], "2024-03-14")]),
        ("Two rockets landed near the embassy on Friday.", [([], [], "2024-03-15")]),
        ("The bomb was set to explode at noon.", []),
        # a ship seized
        (
            "Houthi rebels seized the cargo ship Galaxy Leader in the Red Sea on Sunday.",
            [(["Houthis"], [], "2024-03-10")],
        ),
    ],
)
def test_attacks_wording(nlp, text, expected):
    assert attacks(nlp, text) == expected


def test_attacks_killing_after_a_light_verb_counts(nlp):
    text = (
        "Myanmar's military junta carried out an airstrike on a village in Sagaing region"
        " on Tuesday, killing more than 100 people, including children."
    )
    assert casualties(nlp, text) == [(100, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interception of a barrage reports the attack of the side that fired it
        (
            "Ukraine's air force said it shot down 42 of 48 drones Russia launched overnight.",
            [(["Russia"], ["Ukraine"], None)],
        ),
        (
            "U.S. and British warships shot down 21 Houthi drones and missiles over the Red Sea"
            " on Tuesday.",
            [(["Houthis"], ["United Kingdom", "United States"], "2024-03-12")],
        ),
        # one aircraft shot down is no barrage
        ("The militia shot down a U.S. Reaper drone over Yemen on Monday.", []),
        # the barrage and its interception are one attack
        (
            "Iran fired a barrage of ballistic missiles at Israel on Tuesday night; most were"
            " intercepted.",
            [(["Iran"], ["Israel"], "2024-03-12")],
        ),
    ],
)
def test_attacks_interceptions(nlp, text, expected):
    assert attacks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X claimed the bombing" names the perpetrator like "claimed responsibility for"
        (
            "A suicide bomber killed a Taliban official in Kabul on Wednesday. The Islamic"
            " State Khorasan claimed the bombing.",
            [(["Islamic State Khorasan"], ["Afghanistan", "Taliban"], "2024-03-13")],
        ),
        # fired into a state: an attack on it; "into the sea" and "on Monday" aim at no one
        (
            "Hezbollah fired about 100 rockets into northern Israel on Sunday.",
            [(["Hezbollah"], ["Israel"], "2024-03-10")],
        ),
        ("North Korea fired two ballistic missiles into the sea on Monday.", []),
    ],
)
def test_attacks_claims_and_aim(nlp, text, expected):
    assert attacks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Israeli settler attack on a village left one Palestinian dead on Sunday.", (1, None)),
        ("A car bomb in Mogadishu on Monday claimed 30 lives.", (30, None)),
    ],
)
def test_attacks_casualties_in_other_words(nlp, text, expected):
    assert casualties(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacker's own account of its strike is the same strike
        (
            "At least 40 people were killed on Saturday when Israeli air strikes hit a school"
            " in Gaza City. The Israeli military said its aircraft had carried out a precise"
            " strike on a Hamas command centre inside the school.",
            [(["Israel"], ["Hamas"], "2024-03-09")],
        ),
        # "struck Houthi radar sites": the owner in the object's modifiers is attacked
        (
            "On Thursday, US and British warplanes struck Houthi radar sites near the port of"
            " Hodeidah.",
            [(["United Kingdom", "United States"], ["Houthis"], "2024-03-14")],
        ),
        # "a car bomb it set off in 2019": when it was set off
        (
            "The ELN has fought the state since 1964. A car bomb it set off at a police"
            " academy in 2019 killed 22 cadets.",
            [(["National Liberation Army"], [], "2019")],
        ),
        # a name with its acronym in brackets; "the Sahel branch of al-Qaeda" is not al-Qaeda
        (
            "The Group to Support Islam and Muslims (JNIM), the Sahel branch of al-Qaeda,"
            " claimed responsibility for the assault on the airport on Tuesday.",
            None,
        ),
    ],
)
def test_attacks_retold_owned_dated_named(nlp, text, expected):
    found = attacks(nlp, text)
    if expected is None:
        assert found and "Jama'at Nasr al-Islam wal Muslimin" in found[0][0], found
        assert "al-Qaeda" not in found[0][0]
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a toll of many attacks over a span is no one occurrence
        ("Since the war began, Russian strikes have killed more than 10,000 civilians.", 0),
        ("Israeli strikes have killed more than 500 people in Lebanon over the past year.", 0),
        ("Israeli strikes killed 22 people in Lebanon on Monday.", 1),
    ],
)
def test_attacks_toll_over_a_span_is_no_event(nlp, text, count):
    assert len(attacks(nlp, text)) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a bomb tore through", "explosions rocked": the blast is the attack, dated
        (
            "A roadside bomb tore through a police convoy on the outskirts of Quetta on"
            " Wednesday, killing ten policemen.",
            [([], [], "2024-03-13")],
        ),
        # a perfect over a span, and "since the invasion began": no occurrence
        (
            "Russia has launched thousands of missiles at Ukraine since the invasion began in"
            " February 2022.",
            [],
        ),
    ],
)
def test_attacks_blasts_and_spans(nlp, text, expected):
    assert attacks(nlp, text) == expected


def test_attacks_same_side_on_the_same_day_in_other_places_stay_apart(nlp):
    text = (
        "Russian missiles struck Kyiv on Monday, killing five people, Ukrainian officials"
        " said. Separately, a Russian drone hit the port of Odesa on Monday evening, injuring"
        " three dock workers. In the east, Russian artillery shelled the town of"
        " Kostiantynivka, killing two civilians, police said."
    )
    assert len(attacks(nlp, text, published=dt.date(2024, 3, 12))) == 3


def test_attacks_the_attackers_spokesman_retells_the_same_attack(nlp):
    text = (
        "The Houthis fired a ballistic missile at central Israel on Sunday. The missile was"
        " intercepted. Houthi military spokesman Hamid al-Qadhi claimed the launch, saying the"
        " group had fired a hypersonic missile at a sensitive target."
    )
    found = attacks(nlp, text)
    assert len(found) == 1 and found[0][0] == ["Houthis"], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli jets targeted Hezbollah positions on Monday.",
            [(["Israel"], ["Hezbollah"], "2024-03-11")],
        ),
        (
            "Hezbollah targeted an Israeli military base with drones on Friday.",
            [(["Hezbollah"], ["Israel"], "2024-03-15")],
        ),
        ("The European Union targeted Russian banks with sanctions on Friday.", []),
        (
            "Russian forces pummelled Kharkiv with glide bombs on Tuesday.",
            [(["Russia"], [], "2024-03-12")],
        ),
        (
            "Militants overran an army outpost on Wednesday, killing 20 soldiers.",
            [([], [], "2024-03-13")],
        ),
        ("Insurgents lobbed mortar rounds at the airport on Monday.", [([], [], "2024-03-11")]),
        ("Settlers set fire to Palestinian homes on Sunday.", [([], [], "2024-03-10")]),
        # a kind of people names no perpetrator
        ("Jihadists executed 15 villagers on Saturday.", [([], [], "2024-03-09")]),
        ("Iran executed three men convicted of spying on Saturday.", []),
    ],
)
def test_attacks_more_verbs(nlp, text, expected):
    assert attacks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from Saturday's suicide bombing in Kabul has risen to 41.", (41, None)),
        ("A bomb attack on a bus in Quetta on Tuesday left 9 dead and 20 injured.", (9, 20)),
        (
            "Twenty-one soldiers were killed and 13 wounded when militants attacked an army post"
            " on Sunday.",
            (21, 13),
        ),
        ("Dozens were killed in an air strike on a market on Friday.", None),
    ],
)
def test_attacks_casualty_forms(nlp, text, expected):
    assert casualties(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative clause of the attacked noun is the attack's
        (
            "The war began with Hamas's Oct. 7 attack on Israel, which killed about 1,200 people.",
            [(["Hamas"], ["Israel"], "2023-10-07")],
        ),
        # a city before the noun is where ("Brussels" is no European Union here)
        ("The 2016 Brussels bombings killed 32 people.", [([], [], "2016")]),
        # "X was behind the attack"
        (
            "Islamic State claimed the massacre. The group was behind the 2016 bombings.",
            None,
        ),
    ],
)
def test_attacks_background_references(nlp, text, expected):
    found = attacks(nlp, text)
    if expected is None:
        assert found and all("Islamic State" in agents for agents, _t, _d in found), found
    else:
        assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said a Russian attack on the Baltic states remained unlikely.",
        "Iran warned that any attack on its territory would be met with a crushing response.",
        "The United States has not ruled out strikes on Iranian nuclear sites.",
        "Israel is preparing a ground offensive in Rafah.",
    ],
)
def test_attacks_not_happened(nlp, text):
    assert attacks(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state where the objects struck are; a city outside the gazetteer is a place
        (
            "India struck nine sites in Pakistan and Pakistan-administered Kashmir on Wednesday.",
            [(["India"], ["Pakistan"], "2024-03-13")],
        ),
        (
            "Unidentified gunmen shot dead a local politician in Karachi on Monday.",
            [([], [], "2024-03-11")],
        ),
    ],
)
def test_attacks_place_of_the_objects(nlp, text, expected):
    assert attacks(nlp, text) == expected


def test_attacks_the_holder_of_a_place_struck_is_attacked(nlp):
    text = "Israeli warplanes struck fuel depots at the Houthi-held port of Hodeidah on Sunday."
    assert attacks(nlp, text) == [(["Israel"], ["Houthis"], "2024-03-10")]


def test_attacks_gerund_noun_and_named_facility(nlp):
    text = (
        "Sudan's paramilitary Rapid Support Forces attacked a village on Wednesday. In El"
        " Fasher, RSF shelling of the Saudi Hospital killed four patients on Sunday, the WHO"
        " said."
    )
    found = attacks(nlp, text, published=dt.date(2024, 6, 10))
    assert (["Rapid Support Forces"], [], "2024-06-09") in found, found
