"""End-to-end rules of event extraction, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extract import parse_text
from eventgraph.extraction import explain_events, extract_events
from eventgraph.records import Document

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def run(nlp, text, published=PUBLISHED):
    document = Document("t", text, published=published)
    return extract_events(nlp(parse_text(text)), document)


def summary(events):
    return [
        (
            e.type,
            sorted(a.name for a in e.agents),
            sorted(a.name for a in e.targets),
            e.date.value if e.date else None,
        )
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # call: "spoke to/with" an actor, phoned, "spoke by telephone"
        (
            "French President Emmanuel Macron spoke to Chinese President Xi Jinping on Tuesday.",
            [("call", ["Emmanuel Macron"], ["Xi Jinping"], "2024-03-12")],
        ),
        (
            "Kenyan President William Ruto phoned Ethiopian Prime Minister Abiy Ahmed on Monday.",
            [("call", ["William Ruto"], ["Abiy Ahmed"], "2024-03-11")],
        ),
        # meeting: "held talks with", hosted, visited
        (
            "Brazilian President Lula held talks with Argentine President Javier Milei in Brasilia on Wednesday.",
            [("meeting", ["Lula"], ["Javier Milei"], "2024-03-13")],
        ),
        # attack: perpetrator, target from a demonym-modified object
        (
            "Russia shelled Ukrainian towns on Thursday.",
            [("attack", ["Russia"], ["Ukraine"], "2024-03-14")],
        ),
    ],
)
def test_extraction_types_and_arguments(nlp, text, expected):
    assert summary(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Macron will meet Scholz in Berlin next week.",  # future
        "Macron is expected to meet Scholz next week.",  # expectation
        "Macron did not meet Scholz during the visit.",  # negation
        "Macron and Scholz discussed holding a summit later this year.",  # plan
        "If Scholz agrees, Macron would visit Berlin.",  # hypothetical
    ],
)
def test_extraction_unasserted_events_are_dropped(nlp, text):
    assert [e.type for e in run(nlp, text) if e.type in ("meeting", "call")] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hungary has repeatedly accused Brussels of meddling in its courts.", []),
        ("Pakistan has struck militant hideouts in Afghanistan several times this year.", []),
        ("Neither side has said when the ministers might meet again.", []),
        ("Nobody claimed responsibility for the bombing on Tuesday.", []),
        ("Hungary accused Brussels of meddling in its courts on Tuesday.", ["statement"]),
        # the present tense states a standing position, not an occasion
        ("Hungary accuses Brussels of meddling in its courts.", []),
        ("Hungary denies this and says Brussels must stop meddling in its courts.", []),
        ("Hungary said on Tuesday that Brussels must stop meddling in its courts.", ["statement"]),
        (
            "The Security Council voted on Tuesday on the resolution, and no country voted "
            "against it.",
            ["vote"],
        ),
    ],
)
def test_extraction_habits_aggregates_and_no_one_are_not_events(nlp, text, kept):
    assert [e.type for e in run(nlp, text)] == kept


def test_extraction_news_agency_reporting_is_attribution(nlp):
    text = "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos on Monday, Kyodo News reported."
    events = run(nlp, text)
    assert summary(events) == [
        ("meeting", ["Ferdinand Marcos", "Fumio Kishida"], [], "2024-03-11")
    ] or summary(events) == [("meeting", ["Fumio Kishida"], ["Ferdinand Marcos"], "2024-03-11")]


def test_extraction_unnamed_officials_are_attribution(nlp):
    events = run(nlp, "The talks were constructive, officials said.")
    assert [e for e in events if e.type == "statement"] == []


def test_extraction_speaker_reporting_an_event_is_attribution(nlp):
    text = "Dutch Prime Minister Mark Rutte spoke with Turkish President Recep Tayyip Erdogan by phone on Sunday, his office said."
    assert [e.type for e in run(nlp, text)] == ["call"]


def test_extraction_quote_with_speaker_in_next_sentence_is_one_statement(nlp):
    text = (
        "Canadian Foreign Minister Melanie Joly condemned the attack on Tuesday. "
        '"This is unacceptable," she said.'
    )
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert len(statements) == 1
    assert [a.name for a in statements[0].agents] == ["Melanie Joly"]
    assert statements[0].subtype == "criticism"
    assert statements[0].quote == "This is unacceptable,"


def test_extraction_quoted_as_saying_makes_the_quoted_person_the_speaker(nlp):
    text = '"We will rebuild every school," AFP quoted Mayor Anne Hidalgo as saying.'
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert [[a.name for a in s.agents] for s in statements] == [["Anne Hidalgo"]]


def test_extraction_call_and_later_nominal_mention_are_one_event(nlp):
    text = (
        "Spanish Prime Minister Pedro Sanchez spoke to Moroccan King Mohammed VI on Monday. "
        "During the call, Sanchez thanked the king for his support."
    )
    events = run(nlp, text)
    calls = [e for e in events if e.type == "call"]
    assert len(calls) == 1 and len(calls[0].mentions) == 2
    thanks = [e for e in events if e.type == "statement"]
    assert thanks[0].subtype == "support"
    assert thanks[0].date is not None and thanks[0].date.value == "2024-03-11"


def test_extraction_separate_occasions_stay_separate(nlp):
    text = "Sanchez and Macron last spoke in January. Sanchez spoke to Macron by phone on Monday."
    calls = [e for e in run(nlp, text) if e.type == "call"]
    assert sorted(e.date.value for e in calls) == ["2024-01", "2024-03-11"]


def test_extraction_separately_splits_calls(nlp):
    text = (
        "U.S. Secretary of State Antony Blinken spoke by phone on Tuesday with Egyptian Foreign "
        "Minister Sameh Shoukry and, separately, with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani."
    )
    calls = [e for e in run(nlp, text) if e.type == "call"]
    assert len(calls) == 2
    assert all(len(c.targets) == 1 for c in calls)


def test_extraction_vote_with_tally_ballots_and_outcome(nlp):
    text = (
        "The UN Security Council on Monday adopted a resolution on Haiti by 12 votes to none, "
        "with three abstentions. Russia, China and Mozambique abstained."
    )
    votes = [e for e in run(nlp, text) if e.type == "vote"]
    assert len(votes) == 1
    vote = votes[0]
    assert vote.outcome == "adopted"
    assert vote.tally is not None and (vote.tally.yes, vote.tally.abstain) == (12, 3)
    assert sorted((b.actor.name, b.position) for b in vote.ballots) == [
        ("China", "abstain"),
        ("Mozambique", "abstain"),
        ("Russia", "abstain"),
    ]


def test_extraction_veto_makes_a_veto_ballot_and_outcome(nlp):
    text = "A draft resolution on Syria was vetoed by Russia in the Security Council on Tuesday."
    votes = [e for e in run(nlp, text) if e.type == "vote"]
    assert votes[0].outcome == "vetoed"
    assert [(b.actor.name, b.position) for b in votes[0].ballots] == [("Russia", "veto")]


def test_extraction_partial_groups_get_no_ballot(nlp):
    text = "The Senate passed the bill 61-39 on Thursday. Nine Republicans, including Susan Collins, voted for it."
    votes = [e for e in run(nlp, text) if e.type == "vote"]
    assert len(votes) == 1
    assert [(b.actor.name, b.position) for b in votes[0].ballots] == [("Susan Collins", "yes")]
    assert votes[0].tally is not None and (votes[0].tally.yes, votes[0].tally.no) == (61, 39)


def test_extraction_attack_casualties_and_claim_of_responsibility(nlp):
    text = (
        "A car bomb exploded at a market in Mogadishu on Saturday, killing at least 12 people and wounding 30. "
        "Al-Shabaab claimed responsibility for the bombing."
    )
    attacks = [e for e in run(nlp, text) if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].casualties is not None
    assert (attacks[0].casualties.killed, attacks[0].casualties.injured) == (12, 30)
    assert [a.name.lower() for a in attacks[0].agents] == ["al-shabaab"]


def test_extraction_interception_is_not_an_attack(nlp):
    events = run(nlp, "Israeli jets shot down two drones over the Golan Heights on Friday.")
    assert [e for e in events if e.type == "attack"] == []


def test_extraction_ministry_speaks_for_its_state(nlp):
    text = "Japan's foreign ministry on Wednesday condemned the missile launch by North Korea."
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert [a.name for a in statements[0].agents] == ["Japan"]
    assert "North Korea" in [a.name for a in statements[0].targets]


def test_extraction_explain_gives_reasons(nlp):
    text = "Macron will meet Scholz. Macron met Meloni on Monday."
    document = Document("t", text, published=PUBLISHED)
    events, why = explain_events(nlp(text), document)
    decisions = [(w.trigger, w.decision) for w in why]
    assert ("meet", 'dropped: modal "will"') in decisions
    kept = [w for w in why if w.decision == "kept"]
    assert any("agent Emmanuel Macron" in d or "agent Macron" in d for w in kept for d in w.details)


def test_extraction_every_event_has_mentions_codes_and_confidence(nlp):
    for event in run(nlp, "Kishida met Marcos on Monday and condemned the attack on Manila."):
        assert event.mentions and 0 < event.confidence < 1
        assert event.trigger


def test_extraction_summit_as_setting_has_the_actors_of_the_act(nlp):
    text = "NATO leaders approved new defence plans at a summit in Vilnius on Tuesday."
    meetings = [e for e in run(nlp, text) if e.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].agents


def test_extraction_talks_as_purpose_of_a_trip(nlp):
    text = "Egyptian Foreign Minister Sameh Shoukry flew to Ankara for talks on Monday."
    meetings = [e for e in run(nlp, text) if e.type == "meeting"]
    assert [a.name for a in meetings[0].agents] == ["Sameh Shoukry"]
    assert [a.name for a in meetings[0].targets] == ["Turkey"]


def test_extraction_killed_in_the_attack_is_one_attack(nlp):
    text = "Twelve people were killed and 40 were injured in the attack carried out by Boko Haram on Sunday."
    attacks = [e for e in run(nlp, text) if e.type == "attack"]
    assert len(attacks) == 1
    assert [a.name for a in attacks[0].agents] == ["Boko Haram"]
    assert attacks[0].casualties is not None and attacks[0].casualties.killed == 12
    assert attacks[0].date is not None and attacks[0].date.value == "2024-03-10"


def test_extraction_generic_plural_mentions_are_not_events(nlp):
    text = "The rebels' attacks on shipping have raised insurance costs."
    assert [e for e in run(nlp, text) if e.type == "attack"] == []


def test_extraction_statement_inside_a_statement_is_one(nlp):
    text = "Taiwan's foreign ministry thanked Japan for what it called its steadfast support."
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert len(statements) == 1 and statements[0].subtype == "support"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "two days before the vote": the computed date
        (
            "The Senate voted on the bill on Thursday. Two days before the vote, "
            "Houthi rebels attacked a tanker.",
            "2024-03-12",
        ),
        # "the vote came three days after rebels attacked": counted back from the vote
        (
            "The Senate voted on the bill on Thursday. The vote came three days after "
            "Houthi rebels attacked a tanker.",
            "2024-03-11",
        ),
        # "during the call" borrows the call's date
        (
            "Blinken spoke to Wang Yi by phone on Tuesday. During the call, Blinken urged China to act.",
            "2024-03-12",
        ),
        # "before the call" gives none
        (
            "Blinken spoke to Wang Yi by phone on Tuesday. Before the call, Blinken criticised Russia.",
            None,
        ),
    ],
)
def test_extraction_dates_borrowed_from_referred_events(nlp, text, expected):
    events = run(nlp, text)
    later = [e for e in events if e.type in ("attack", "statement")]
    assert [e.date.value if e.date else None for e in later] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hours after the call" names the call: its date, not the latest date before
        (
            "Kenyan President William Ruto spoke to Tanzanian President Samia Suluhu by phone on "
            "Monday. Ugandan rebels attacked a border post on Wednesday. Hours after the call, "
            "Ruto phoned Ethiopian Prime Minister Abiy Ahmed.",
            "2024-03-11",
        ),
        # "hours before the meeting" names the meeting: its day
        (
            "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. "
            "Ugandan rebels attacked a border post on Wednesday. Hours before the meeting, "
            "Ruto phoned Tanzanian President Samia Suluhu.",
            "2024-03-11",
        ),
        # "two days after the summit": counted forward from the summit
        (
            "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday. "
            "Two days after the meeting, Ruto phoned Tanzanian President Samia Suluhu.",
            "2024-03-13",
        ),
    ],
)
def test_extraction_offset_from_a_named_event_borrows_its_date(nlp, text, expected):
    last = run(nlp, text)[-1]
    assert (last.type, last.date.value if last.date else None) == ("call", expected)


def test_extraction_named_spokesperson_speaks_for_the_ministry(nlp):
    text = (
        "Japan's foreign ministry confirmed the visit on Tuesday. "
        "Spokesperson Yoshimasa Hayashi said the talks had been useful."
    )
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert len(statements) == 1
    assert [a.kind for a in statements[0].agents] == ["person"]


def test_extraction_quote_running_over_sentences_before_he_said(nlp):
    text = (
        "Finance Minister Rachel Reeves denied that taxes would rise. "
        '"We have a plan. It does not need new taxes," she told parliament.'
    )
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert len(statements) == 1 and statements[0].subtype == "denial"


def test_extraction_casualties_in_the_next_sentence(nlp):
    text = (
        "Rebels fired rockets at the airport on Sunday. Air defences stopped most of them, "
        "and no casualties were reported."
    )
    attacks = [e for e in run(nlp, text) if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].casualties is not None
    assert (attacks[0].casualties.killed, attacks[0].casualties.injured) == (0, 0)


def test_extraction_attack_target_is_the_state_attacked(nlp):
    text = "Rebel shelling killed nine soldiers in northern Mali on Friday."
    attacks = [e for e in run(nlp, text) if e.type == "attack"]
    assert [a.name for a in attacks[0].targets] == ["Mali"]
    assert attacks[0].casualties is not None and attacks[0].casualties.killed == 9


def test_extraction_reported_speech_of_another_is_attribution(nlp):
    text = "Foreign Secretary David Lammy told reporters that Macron had endorsed the plan."
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert [a.name for s in statements for a in s.agents] != ["David Lammy"]


def test_extraction_anaphoric_nominal_with_verb_joins_earlier_attack(nlp):
    text = (
        "Russia launched a missile barrage on Kharkiv on Monday, killing 7 people. "
        "Rescuers worked through the night. The barrage also hit Odesa."
    )
    attacks = [e for e in run(nlp, text) if e.type == "attack"]
    assert len(attacks) == 1 and len(attacks[0].mentions) >= 3


def test_extraction_object_pronoun_is_the_person_named_before(nlp):
    text = "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin and told him that India wanted peace."
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert "Vladimir Putin" in [a.name for a in statements[0].targets]


def test_extraction_conjoined_attacks_by_different_perpetrators_stay_apart(nlp):
    text = (
        "Hezbollah fired rockets at northern Israel on Monday, and Israeli jets struck "
        "Hezbollah positions in Lebanon in response."
    )
    attacks = sorted(
        ([a.name for a in e.agents], [a.name for a in e.targets])
        for e in run(nlp, text)
        if e.type == "attack"
    )
    assert [agents for agents, _ in attacks] == [["Hezbollah"], ["Israel"]]


def test_extraction_counterpart_in_apposition_is_the_participant(nlp):
    text = "Italian Foreign Minister Antonio Tajani met his Greek counterpart George Gerapetritis on Monday."
    meetings = [e for e in run(nlp, text) if e.type == "meeting"]
    assert [a.name for a in meetings[0].targets] == ["George Gerapetritis"]


def test_extraction_event_referred_to_in_the_same_sentence_stays_apart(nlp):
    text = (
        "On Thursday, Turkish troops shelled Syrian army positions after an attack that "
        "killed five Turkish soldiers."
    )
    attacks = [e for e in run(nlp, text) if e.type == "attack"]
    assert len(attacks) == 2
    by_agent = {tuple(a.name for a in e.agents): e for e in attacks}
    assert by_agent[("Turkey",)].casualties is None
    assert by_agent[()].casualties is not None and by_agent[()].casualties.killed == 5


def test_extraction_speaking_at_a_summit_is_a_meeting(nlp):
    text = "Blinken and Lavrov spoke briefly on the sidelines of the G20 summit in New Delhi on Thursday."
    assert [e.type for e in run(nlp, text) if e.type in ("call", "meeting")][:1] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed talked for "
            "two hours in a room at the airport on Monday.",
            "meeting",
        ),
        (
            "Kenyan President William Ruto spoke with Ethiopian Prime Minister Abiy Ahmed over "
            "dinner on Monday.",
            "meeting",
        ),
        (
            "Kenyan President William Ruto spoke with Ethiopian Prime Minister Abiy Ahmed by "
            "phone on Monday.",
            "call",
        ),
    ],
)
def test_extraction_talking_in_a_room_is_a_meeting(nlp, text, expected):
    assert [e.type for e in run(nlp, text)] == [expected]


def test_extraction_readout_of_a_call_is_attribution(nlp):
    text = (
        "Turkish President Recep Tayyip Erdogan spoke by phone with Finnish President Sauli Niinisto "
        "on Tuesday. The call focused on Finland's NATO bid, Erdogan's office said."
    )
    assert [e.type for e in run(nlp, text)] == ["call"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy "
            "Ahmed on Monday. Nairobi's account of the call said only that the two leaders had "
            "discussed trade.",
            ["call"],
        ),
        (
            "Rebels shelled a market in Goma on Monday. Four traders suffered burns and two "
            "guards were killed, the Congolese health ministry said.",
            ["attack"],
        ),
        ("The Congolese health ministry said four traders suffered burns.", []),
    ],
)
def test_extraction_readouts_and_casualty_reports_are_attribution(nlp, text, expected):
    assert [e.type for e in run(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The resolution, written by France and Kenya, passed with 14 votes on Monday.", ["vote"]),
        ("Kenya wrote the draft resolution last month.", []),
        ("Kenyan President William Ruto wrote to the Security Council on Monday.", ["statement"]),
    ],
)
def test_extraction_writing_a_motion_is_no_statement(nlp, text, expected):
    assert [e.type for e in run(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya lodged a protest with Uganda through its embassy on Monday, the foreign ministry said.",
        "Kenya filed a complaint against Uganda on Monday.",
    ],
)
def test_extraction_lodged_protest_is_a_criticism_of_the_protested_state(nlp, text):
    events = run(nlp, text)
    assert summary(events) == [("statement", ["Kenya"], ["Uganda"], "2024-03-11")]
    assert events[0].subtype == "criticism"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chairman of the Arab League, Ahmed Aboul Gheit, condemned Israel on Monday.",
            [("statement", ["Ahmed Aboul Gheit"], ["Israel"], "2024-03-11")],
        ),
        (
            "The chairperson of the European Commission, Ursula von der Leyen, urged Serbia "
            "and Kosovo to resume talks.",
            [("statement", ["Ursula von der Leyen"], ["Kosovo", "Serbia"], None)],
        ),
    ],
)
def test_extraction_title_of_an_organisation_with_the_name_in_apposition(nlp, text, expected):
    assert summary(run(nlp, text)) == expected


def test_extraction_killing_after_a_weapon_subject_is_an_attack_with_all_its_dead(nlp):
    text = (
        "A car bomb tore through a market in Mogadishu on Friday, killing a local mayor "
        "and four of his guards."
    )
    events = run(nlp, text)
    assert summary(events) == [("attack", [], [], "2024-03-15")]
    assert events[0].casualties.killed == 5


def test_extraction_one_of_the_deadliest_attacks_is_a_comparison(nlp):
    text = (
        "A car bomb tore through a market in Mogadishu on Friday, killing a local mayor "
        "in one of the deadliest attacks in the city this year."
    )
    assert summary(run(nlp, text)) == [("attack", [], [], "2024-03-15")]


def test_extraction_claim_of_responsibility_without_for_names_the_perpetrator(nlp):
    text = (
        "A car bomb tore through a market in Mogadishu on Friday, killing five people. The "
        "banned Ogaden Liberation Front claimed responsibility in a statement hours after the blast."
    )
    assert summary(run(nlp, text)) == [
        ("attack", ["Ogaden Liberation Front"], [], "2024-03-15"),
        ("statement", ["Ogaden Liberation Front"], [], "2024-03-15"),
    ]


def test_extraction_body_whose_texts_are_cited_is_no_target(nlp):
    text = (
        "Kenyan President William Ruto condemned the raid on Monday as a violation of "
        "Security Council resolutions."
    )
    assert summary(run(nlp, text)) == [("statement", ["William Ruto"], [], "2024-03-11")]


def test_extraction_letter_to_an_addressee_gives_the_target(nlp):
    text = "In a letter to the UN Security Council on Wednesday, Ukraine's ambassador Sergiy Kyslytsya demanded an urgent meeting."
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert "UN Security Council" in [a.name for a in statements[0].targets]


def test_extraction_since_the_invasion_is_a_time_anchor(nlp):
    text = "Blinken met Lavrov on Thursday, their first meeting since the invasion of Ukraine."
    assert [e.type for e in run(nlp, text) if e.type == "attack"] == []


def test_extraction_summoned_envoy_is_a_protest_against_the_state(nlp):
    text = "Poland's foreign ministry summoned the Russian ambassador on Monday over the missile strike."
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert statements[0].subtype == "criticism"
    assert [a.name for a in statements[0].targets] == ["Russia"]


def test_extraction_object_of_prompt_does_the_complement(nlp):
    text = "The remark prompted Israel to summon the Brazilian ambassador on Monday."
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert [a.name for a in statements[0].agents] == ["Israel"]


def test_extraction_cli_explain_shows_triggers_paths_and_drops(tmp_path, capsys):
    from eventgraph.cli import main

    path = tmp_path / "a.txt"
    path.write_text(
        "---\nid: a\npublished: 2024-03-15\n---\n"
        "French President Emmanuel Macron will meet Scholz next week. "
        "Macron met Italian Prime Minister Giorgia Meloni in Rome on Monday.\n",
        encoding="utf-8",
    )
    assert main(["extract", "--explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "'meet' meeting: dropped: modal \"will\"" in out
    assert "agent" in out and "<- nsubj" in out
    assert "=> meeting 2024-03-11" in out


def test_extraction_joined_others_in_voting_gives_their_ballots(nlp):
    text = (
        "The General Assembly adopted the resolution by 141 votes to 5 on Wednesday. "
        "Eritrea joined Russia, Belarus and Syria in voting no."
    )
    votes = [e for e in run(nlp, text) if e.type == "vote"]
    assert sorted((b.actor.name, b.position) for b in votes[0].ballots) == [
        ("Belarus", "no"),
        ("Eritrea", "no"),
        ("Russia", "no"),
        ("Syria", "no"),
    ]


def test_extraction_conjoined_demonyms_are_both_parties(nlp):
    text = "Russian and Ukrainian delegations met in Belarus on Monday."
    meetings = [e for e in run(nlp, text) if e.type == "meeting"]
    assert sorted(a.name for a in (*meetings[0].agents, *meetings[0].targets)) == [
        "Russia",
        "Ukraine",
    ]


def test_extraction_object_of_thank_for_does_the_act(nlp):
    text = "Kenyan President William Ruto thanked Ethiopia for hosting the summit in Addis Ababa on Monday."
    meetings = [e for e in run(nlp, text) if e.type == "meeting"]
    assert [a.name for a in meetings[0].agents] == ["Ethiopia"]


def test_extraction_participle_without_arguments_is_no_attack(nlp):
    text = (
        "Hospitals in the city appealed for blood donors as the number of wounded rose on Monday."
    )
    assert [e for e in run(nlp, text) if e.type == "attack"] == []


def test_extraction_condemned_attack_on_a_day_is_the_day_of_the_condemnation(nlp):
    text = (
        "A roadside bomb killed two soldiers near Kandahar on Tuesday. "
        "Pakistan condemned the attack on Wednesday."
    )
    attacks = [e for e in run(nlp, text) if e.type == "attack"]
    assert (
        len(attacks) == 1 and attacks[0].date is not None and attacks[0].date.value == "2024-03-12"
    )


def test_extraction_speaker_judging_a_text_is_a_statement(nlp):
    text = "Russia's ambassador said the text blamed one side before any investigation had taken place."
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert len(statements) == 1


def test_extraction_of_after_an_event_noun_is_no_perpetrator(nlp):
    text = "The shelling of the Ukrainian town of Vovchansk killed nine people on Tuesday."
    attacks = [e for e in run(nlp, text) if e.type == "attack"]
    assert attacks[0].agents == () and [a.name for a in attacks[0].targets] == ["Ukraine"]


@pytest.mark.parametrize(
    "text",
    [
        "Floods killed 30 people in northern Nigeria on Monday.",
        "A bus crash killed 12 passengers on Tuesday.",
        "An earthquake injured hundreds of people on Wednesday.",
    ],
)
def test_extraction_harm_without_violence_is_no_attack(nlp, text):
    assert [e for e in run(nlp, text) if e.type == "attack"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 villagers in Zamfara state on Monday.",
        "An air strike on a market that killed 20 people drew condemnation on Monday.",
        "Three soldiers were killed in the attack on Monday.",
    ],
)
def test_extraction_harm_by_violence_is_an_attack(nlp, text):
    assert [e.type for e in run(nlp, text) if e.type == "attack"] == ["attack"]


def test_extraction_casualty_figures_are_attribution(nlp):
    text = "The army said 31 civilians had been killed and 57 wounded in the Indian strikes."
    assert [e for e in run(nlp, text) if e.type == "statement"] == []


def test_extraction_date_of_a_clause_inside_a_nominal_does_not_date_it(nlp):
    text = (
        "Ministers gathered on Tuesday for the APEC summit in Lima, "
        "the first since a trade row erupted in January."
    )
    assert summary(run(nlp, text)) == [("meeting", ["APEC"], [], "2024-03-12")]
