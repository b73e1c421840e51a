"""Tests of dating, coreference and modality in extraction on text unlike the dev corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.dating import date_event
from eventgraph.extraction.dates import tag_timexes
from eventgraph.extraction.modality import unasserted_reason
from eventgraph.extraction.pipeline import extract_events
from eventgraph.records import Document

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _events(nlp, text: str, published: dt.date = PUBLISHED):
    return extract_events(nlp(text), Document("d", text, published))


def _summary(events) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [
        (e.type, tuple(sorted(a.name for a in (*e.agents, *e.targets))), e.date and e.date.value)
        for e in events
    ]


# (text, values of the expressions kept): the dateline's date is when the story was filed
DATELINES = [
    ("MOSCOW, March 12 (Reuters) - Putin met Orban on Tuesday.", ["2025-03-11"]),
    ("NEW DELHI, Mar 12 (PTI) Modi met Sharif on Monday.", ["2025-03-10"]),
    ("SEOUL, South Korea, March 12 (AP) - Lee met Ishiba on Monday.", ["2025-03-10"]),
    ("PARIS (AFP) - Macron met Scholz on March 12.", ["2025-03-12"]),
    ("GENEVA, 12 March (Reuters) - Talks ended on Tuesday.", ["2025-03-11"]),
    ("KYIV, Ukraine, March 12 (AP) \u2014 Russia struck Kyiv on Tuesday.", ["2025-03-11"]),
    # not a dateline: a date in the body's first clause
    ("On March 12, Putin met Orban.", ["2025-03-12"]),
]


@pytest.mark.parametrize(("text", "values"), DATELINES)
def test_dates_tag_timexes_skips_the_dateline_date(nlp, text, values):
    assert [t.value for t in tag_timexes(nlp(text), PUBLISHED)] == values


# (sentence, value) published 2025-01-08: a past event cannot lie after publication
YEARLESS = [
    ("Israel struck Beirut on 3 March.", "2024-03-03"),
    ("On the night of March 3, Russia attacked Odesa.", "2024-03-03"),
    ("Israel struck Beirut in March.", "2024-03"),
    ("Putin will visit Beijing on March 3.", "2025-03-03"),
    ("Putin said he would visit Beijing on March 3.", "2025-03-03"),
    ("The company said it would close the plant in June.", "2025-06"),
    ("Israel struck Beirut on Jan. 7.", "2025-01-07"),
]


@pytest.mark.parametrize(("text", "value"), YEARLESS)
def test_timex_past_event_without_year_is_before_publication(nlp, text, value):
    assert [t.value for t in tag_timexes(nlp(text), dt.date(2025, 1, 8))] == [value]


# (text, trigger, expected date): an expression the parser hung on the complement
MISPLACED = [
    (
        "Macron hosted Tusk on Monday. Tusk had told reporters the day before that "
        "Poland would not send soldiers.",
        "told",
        "2025-03-09",
    ),
    ("Tusk told reporters on Monday that Poland would not send soldiers.", "told", "2025-03-10"),
    ("Putin met Xi on Friday, two days after speaking with Modi.", "speaking", "2025-03-05"),
    # the setting told by a participle: on the subject, or on the medium of the words
    (
        "Sergei Lavrov, speaking at a news conference in Moscow on Wednesday, warned France.",
        "warned",
        "2025-03-12",
    ),
    (
        "Hamas accused Israel of sabotage, in a statement issued on Tuesday evening.",
        "accused",
        "2025-03-11",
    ),
    (
        "Speaking in a video posted late on Thursday, Orban criticised the move.",
        "criticised",
        "2025-03-06",
    ),
]

# (text, trigger): a clause after "after"/"before" + V-ing, or about an earlier act, has
# no date of its own
UNDATED = [
    ("Blinken met Netanyahu again on Wednesday after visiting Cairo.", "visiting"),
    ("Putin spoke with Modi on Friday before meeting Xi.", "meeting"),
    ("Lavrov warned Kyiv following talks held in Geneva on Monday.", "warned"),
    ("Lavrov warned Kyiv after talks held in Geneva on Monday.", "warned"),
    (
        "India has said the strikes answered the April 22 massacre of 26 tourists at "
        "Pahalgam in Kashmir, which it blamed on Pakistan-based militants.",
        "blamed",
    ),
]


@pytest.mark.parametrize(("text", "word"), UNDATED)
def test_dating_sequenced_clause_or_comment_on_an_act_takes_no_date(nlp, text, word):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    assert date_event(trigger, tag_timexes(doc, PUBLISHED)) is None


@pytest.mark.parametrize(("text", "word", "expected"), MISPLACED)
def test_dating_expression_dates_the_verb_it_sets_or_precedes(nlp, text, word, expected):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    date = date_event(trigger, tag_timexes(doc, PUBLISHED))
    assert date is not None and date.value == expected


# (sentence, trigger, kind, asserted?)
SERIES = [
    ("India and Singapore hold regular talks under a ministerial roundtable.", "talks", False),
    ("The two countries hold talks every year.", "talks", False),
    ("Israel carries out daily strikes on Gaza.", "strikes", False),
    ("Putin held talks with Orban.", "talks", True),
    ("The strike comes days after the vote.", "strike", True),
    ("Leaders gathered for the annual summit on Tuesday.", "summit", True),
    # a bare plural with no time in its clause is a kind of event
    ("Erdogan told Putin that attacks on merchant ships had to stop.", "attacks", False),
    ("Airstrikes on Tuesday killed 20 people.", "Airstrikes", True),
]


@pytest.mark.parametrize(("text", "word", "asserted"), SERIES)
def test_modality_series_and_standing_practice_are_not_occurrences(nlp, text, word, asserted):
    trigger = next(t for t in nlp(text) if t.text == word)
    assert (unasserted_reason(trigger, "meeting") is None) is asserted


# (sentence, trigger, asserted?): a participle or conjunct shares its head's habit
HABITS = [
    (
        'Trump has repeatedly criticised India, calling the country a "tariff king".',
        "calling",
        False,
    ),
    ("Israel has repeatedly struck Gaza and shelled Rafah.", "shelled", False),
    ("Israel has repeatedly struck Gaza and killed 20 people on Monday.", "killed", True),
    ("Putin met Xi on Monday and praised him, calling him a friend.", "calling", True),
]


@pytest.mark.parametrize(("text", "word", "asserted"), HABITS)
def test_modality_conjunct_of_a_habit_is_a_habit(nlp, text, word, asserted):
    trigger = next(t for t in nlp(text) if t.text == word)
    assert (unasserted_reason(trigger, "statement") is None) is asserted


# (second sentence, date of the call): offsets borrow the day only within hours
OFFSETS = [
    ("Hours later, Erdogan called Putin.", "2025-03-03"),
    ("Two days later, Erdogan called Putin.", "2025-03-05"),
    ("Days later, Erdogan called Putin.", None),
    ("Weeks later, Erdogan phoned Putin.", None),
    ("The following day, Erdogan called Putin.", "2025-03-04"),
    ("Later that day, Erdogan called Putin.", "2025-03-03"),
]


@pytest.mark.parametrize(("text", "expected"), OFFSETS)
def test_pipeline_vague_offset_in_days_gives_no_date(nlp, text, expected):
    events = _events(nlp, f"Israel struck Gaza on Monday, March 3. {text}")
    calls = [e for e in events if e.type == "call"]
    assert [c.date.value if c.date else None for c in calls] == [expected]


# (sentence, trigger, asserted?): words above a trigger that say it did not happen
UNREAL = [
    ("Erdogan offered to host talks between Russia and Ukraine.", "talks", False),
    ("Zelensky called for a meeting with Putin.", "meeting", False),
    ("Zelensky requested a call with Trump.", "call", False),
    ("The meeting between Modi and Xi was cancelled.", "meeting", False),
    ("Attempts to arrange a call between Biden and Xi failed.", "call", False),
    ("Efforts to meet Putin failed.", "meet", False),
    ("Putin has met Erdogan more than a dozen times.", "met", False),
    ("Erdogan hosted talks between Russia and Ukraine in Istanbul on Friday.", "talks", True),
    ("Zelensky thanked Macron for the call.", "call", True),
    ("Israel struck the building three times on Monday.", "struck", True),
    ("Putin was to meet Xi on Friday.", "meet", False),
    ("Blinken said Washington opposed a Rafah offensive.", "offensive", False),
    ("Blinken said Washington opposed the invasion.", "invasion", True),
    ("Macron hopes to visit Beijing later this year.", "visit", False),
    ("Erdogan hoped to host talks between Russia and Ukraine.", "talks", False),
    ("Russia has vetoed more than a dozen resolutions on Syria.", "vetoed", False),
    ("Russia vetoed two resolutions on Syria on Monday.", "vetoed", True),
    ("Ukraine has been under daily Russian attack for three years.", "attack", False),
    ("Hamas denied that it had attacked civilians.", "attacked", False),
    ("Rahman had pressed for the encounter but was not in the room.", "encounter", True),
    ("Lavrov said the West was to blame.", "blame", False),
]


@pytest.mark.parametrize(("text", "word", "asserted"), UNREAL)
def test_modality_offered_requested_cancelled_and_counted_are_not_occurrences(
    nlp, text, word, asserted
):
    trigger = next(t for t in nlp(text) if t.text == word)
    assert (unasserted_reason(trigger, "meeting") is None) is asserted


def test_pipeline_veto_condemned_after_the_vote_is_that_vote(nlp):
    text = (
        "Russia vetoed a Security Council resolution on Gaza on Friday. The draft won 10 "
        "votes. After the vote, the U.S. envoy condemned the veto."
    )
    assert [e.type for e in _events(nlp, text)].count("vote") == 1


def test_pipeline_the_summit_joins_the_summit_not_the_talks_at_it(nlp):
    text = (
        "Prasert and Sokha talked on Monday on the sidelines of the ASEAN summit in Kuala "
        "Lumpur. The summit, which opened on Sunday, has laid bare tensions."
    )
    meetings = {tuple(a.name for a in e.agents): e.date.value for e in _events(nlp, text)}
    assert meetings == {("ASEAN",): "2025-03-09", ("Prasert", "Sokha"): "2025-03-10"}


def test_pipeline_bare_the_meeting_is_not_a_background_meeting(nlp):
    text = (
        "Tshisekedi and Kagame held talks in Doha on Monday. On Sunday, the emir had "
        "received Kagame separately. Hours before the meeting, M23 fighters shelled Walikale."
    )
    attacks = [e for e in _events(nlp, text) if e.type == "attack"]
    assert [a.date.value if a.date else None for a in attacks] == ["2025-03-10"]


def test_pipeline_within_hours_borrows_the_occurrence_told_just_before(nlp):
    text = (
        "Erdogan spoke by phone with Zelensky on Tuesday. Lavrov warned France and Britain "
        "on Wednesday. Ukraine's foreign minister Andrii Sybiha replied within hours, saying "
        "Kyiv would not take lessons from Moscow."
    )
    dates = {e.agents[0].name: e.date and e.date.value for e in _events(nlp, text)}
    assert dates["Andrii Sybiha"] == "2025-03-12"


# (text, date of the joint statement): what "after the talks" lends, and when it lends nothing
AFTER_THE_TALKS = [
    (
        "U.S. and Ukrainian officials met in Jeddah on Tuesday. On Monday, Rubio met Saudi "
        "Crown Prince Mohammed bin Salman. After more than eight hours of talks, the two "
        "delegations said in a joint statement that Ukraine was ready to accept a ceasefire.",
        None,
    ),
    (
        "Mirzoyan sat down with Bayramov in Almaty on Friday. The talks, the first since the "
        "two sides met in Berlin in February, lasted late into the night. In a joint "
        "statement after the meeting, Mirzoyan and Bayramov said they had made progress.",
        "2025-03-07",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_THE_TALKS)
def test_coref_after_the_talks_borrows_only_an_unambiguous_date(nlp, text, expected):
    statements = [e for e in _events(nlp, text) if e.type == "statement"]
    assert [s.date.value if s.date else None for s in statements] == [expected]


def test_coref_added_continues_the_speakers_statement(nlp):
    text = (
        'Blinken said on Monday that Israel must protect civilians. "Too many Palestinians '
        'have been killed," he told reporters. Blinken added that Washington opposed a '
        "Rafah offensive."
    )
    assert [e.type for e in _events(nlp, text)] == ["statement"]


def test_coref_later_said_is_another_occasion(nlp):
    text = (
        "Lavrov told a news conference in Moscow that the West was to blame. In a post on "
        "Telegram, Lavrov later said Russia would respond."
    )
    assert [e.type for e in _events(nlp, text)] == ["statement", "statement"]


def test_pipeline_weeks_after_states_no_offset(nlp):
    text = (
        "The General Assembly adopted the resolution by 143 votes to 9 on Friday. The vote "
        "came weeks after the United States vetoed a similar resolution in the Security Council."
    )
    dates = {e.agents[0].name: e.date and e.date.value for e in _events(nlp, text)}
    assert dates == {"UN General Assembly": "2025-03-07", "UN Security Council": None}


def test_pipeline_speech_about_attacks_in_general_is_a_statement(nlp):
    text = "Erdogan told Putin that attacks on merchant ships had to stop."
    assert [e.type for e in _events(nlp, text)] == ["statement"]


def test_pipeline_count_of_calls_is_no_event_and_dates_nothing(nlp):
    text = (
        "Putin spoke by phone with Erdogan. "
        "It was the fifth call between the two leaders since January."
    )
    assert _summary(_events(nlp, text)) == [("call", ("Erdogan", "Putin"), None)]


def test_pipeline_claim_of_responsibility_joins_the_attack_it_names(nlp):
    text = (
        "Jihadist fighters ambushed a Malian army convoy on Monday, killing 12 soldiers. "
        "The al Qaeda-linked JNIM group claimed responsibility for the ambush on Tuesday."
    )
    attacks = [e for e in _events(nlp, text) if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == "2025-03-10"


def test_pipeline_definite_meeting_mention_joins_the_meeting(nlp):
    text = (
        "SEOUL (AP) - South Korean President Lee Jae-myung met Japanese Prime Minister "
        "Shigeru Ishiba in the southern port city of Busan on Tuesday, pledging closer "
        "cooperation. At the meeting, Ishiba told Lee that Japan wanted to turn the page, "
        "according to Lee's office."
    )
    meetings = [e for e in _events(nlp, text) if e.type == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].date is not None and meetings[0].date.value == "2025-03-11"


# (text, statements): a spokesperson speaks for the body named in their title, and for the
# state itself only as its voice (foreign ministry, presidency, government, Kremlin)
SPOKESPEOPLE = [
    (
        "China's commerce ministry on Wednesday condemned the new U.S. tariffs. The ministry "
        "said the duties took effect on Tuesday. Foreign ministry spokesperson Lin Jian told "
        "a news briefing on Wednesday that Beijing would fight to the end.",
        2,
    ),
    (
        "The Philippines lodged a diplomatic protest with China on Wednesday. Philippine "
        "National Security Council spokesman Jonathan Malaya called the incident dangerous.",
        2,
    ),
    (
        "China lodged a protest with Japan on Monday. Foreign ministry spokeswoman Mao Ning "
        "said Tokyo must stop its provocations.",
        1,
    ),
    (
        'Russia on Wednesday warned NATO that it would take countermeasures. "The alliance is '
        'a tool of confrontation," Kremlin spokesman Dmitry Peskov told reporters.',
        1,
    ),
]


@pytest.mark.parametrize(("text", "statements"), SPOKESPEOPLE)
def test_coref_spokesperson_speaks_for_the_body_in_their_title(nlp, text, statements):
    assert [e.type for e in _events(nlp, text)].count("statement") == statements


# (text, attacks): one perpetrator's attack on one day told twice, close together, is one;
# another place or target, or "also", is another attack that day
SAME_DAY_ATTACKS = [
    (
        "Al-Shabaab militants killed three police officers near the Somali border on Tuesday, "
        "police said. Kenyan President William Ruto vowed to hunt down the militants. "
        "Al-Shabaab fighters attacked a police post in Mandera county on Tuesday.",
        1,
    ),
    (
        "Russian missiles struck Kharkiv on Tuesday, killing four people. Zelenskiy urged "
        "allies to send more air defence. Russian drones also hit Odesa on Tuesday.",
        2,
    ),
]


@pytest.mark.parametrize(("text", "attacks"), SAME_DAY_ATTACKS)
def test_coref_same_attacker_same_day_close_by_is_one_attack(nlp, text, attacks):
    assert [e.type for e in _events(nlp, text)].count("attack") == attacks


# (text, (statement dates)): remarks told as following an event and words at a press
# conference are two occasions; a press conference with "a" borrows no date from before
OCCASIONS = [
    (
        "At the summit, which opened on Tuesday, Trump met Zelenskiy and said afterwards that "
        'the talks had been "very nice". Sanchez said Spain would not meet the target, and '
        'Trump criticised Spain as "terrible" at a press conference.',
        (None, None, None),
    ),
    (
        "Lavrov told a news conference in Moscow that the West was to blame. In a post on "
        "Telegram, Lavrov said Russia would respond.",
        (None, None),
    ),
    (
        'Fidan accused Israel on Tuesday of seizing Syrian land. "Israel is pursuing an '
        'occupation policy," Fidan told a news conference.',
        ("2025-03-11",),
    ),
]


@pytest.mark.parametrize(("text", "dates"), OCCASIONS)
def test_coref_statement_at_another_venue_is_another_occasion(nlp, text, dates):
    statements = [e for e in _events(nlp, text) if e.type == "statement"]
    assert tuple(e.date and e.date.value for e in statements) == dates


# (text, statements): words "after the talks" are not words said in them to the other
# party, but they are the speaker's words told just before to no party of the talks
AFTER_TALKS_WORDS = [
    (
        "Turkish Foreign Minister Hakan Fidan accused Israel on Tuesday of seizing Syrian "
        'land. "Israel is pursuing an occupation policy," Fidan told a news conference '
        "alongside his Saudi counterpart Prince Faisal bin Farhan, after the two held talks.",
        1,
    ),
    (
        "Putin held talks with Modi in Moscow on Tuesday. Putin told Modi that Russia valued "
        "the partnership. After the talks, Putin told reporters that the West was to blame.",
        2,
    ),
]


@pytest.mark.parametrize(("text", "statements"), AFTER_TALKS_WORDS)
def test_coref_words_after_talks_join_the_speakers_words_to_no_party(nlp, text, statements):
    assert [e.type for e in _events(nlp, text)].count("statement") == statements


# (text, attacks): the attacker's own side retelling its attack ("Kremlin spokesman ...
# told reporters that Russian forces struck only military targets") is the attack told
OWN_ACCOUNTS = [
    (
        "Zelenskiy on Wednesday urged allies to speed up air defence deliveries after a "
        'Russian missile strike on Sumy killed 11 people on Sunday. "Every delay costs '
        'lives," Zelenskiy said. "Our partners must act now." Zelenskiy had spoken with '
        "Scholz on Tuesday. Kremlin spokesman Dmitry Peskov told reporters that Russian "
        "forces struck only military targets.",
        1,
    ),
]


@pytest.mark.parametrize(("text", "attacks"), OWN_ACCOUNTS)
def test_coref_attackers_own_account_is_the_attack_told(nlp, text, attacks):
    assert [e.type for e in _events(nlp, text)].count("attack") == attacks


# (text, speakers of the statements): a spokesperson relaying words in the same sentence
# tells one statement, the person's when a person spoke
RELAYED = [
    (
        "U.N. Secretary-General Antonio Guterres condemned the attacks on civilian "
        "infrastructure, his spokesman Stephane Dujarric said.",
        [("Antonio Guterres",)],
    ),
    (
        "European Commission President Ursula von der Leyen met Viktor Orban on Thursday. "
        "Von der Leyen's chief spokesperson, Paula Pinho, said the Commission chief had urged "
        "Orban during the meeting to lift his veto.",
        [("Ursula von der Leyen",)],
    ),
    # a body's words told by its spokesperson: the spokesperson speaks
    (
        "The Kremlin welcomed Orban's stance, spokesman Dmitry Peskov told reporters in Moscow "
        "on Friday, praising what he called the Hungarian leader's courage.",
        [("Dmitry Peskov",)],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), RELAYED)
def test_coref_spokesperson_relaying_words_is_the_speakers_statement(nlp, text, speakers):
    events = [e for e in _events(nlp, text) if e.type == "statement"]
    assert [tuple(a.name for a in e.agents) for e in events] == speakers
