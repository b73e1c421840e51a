"""Statements on unseen wire copy: attribution of planned events, reports of outcomes,
subtype cues and parallel announcements, on sentences written for these tests
(tests/practice/statements holds whole articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from sentences import extracted, participant_rows

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def run(nlp, text):
    return extracted(nlp, text, PUBLISHED)


summary = participant_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words that only announce a planned call, meeting or trip are attribution
        (
            "Leaders will meet again in Turkey next year, NATO Secretary-General Mark Rutte said.",
            [],
        ),
        (
            "U.S. Secretary of State Marco Rubio is due to travel to Panama next week, the State"
            " Department said.",
            [],
        ),
        (
            "Hungarian government spokesman Zoltan Kovacs said Prime Minister Viktor Orban would"
            " attend the next EU summit in October.",
            [],
        ),
        (
            "U.S. Treasury Secretary Scott Bessent said on Tuesday that trade talks with Chinese"
            " officials were expected to take place next month in Geneva.",
            [],
        ),
        (
            "Indian External Affairs Minister S. Jaishankar spoke by phone with Australian Foreign"
            " Minister Penny Wong on Tuesday to prepare for a Quad meeting next month.",
            [("call", ["S. Jaishankar"], ["Penny Wong"])],
        ),
        # ", at a summit in Johannesburg": the setting of the main clause, not of "join"
        (
            "BRICS leaders agreed on Tuesday to invite six countries to join the bloc, at a summit"
            " in Johannesburg hosted by South African President Cyril Ramaphosa.",
            [("meeting", ["BRICS", "Cyril Ramaphosa"], [])],
        ),
        (
            "BRICS leaders agreed on Tuesday to hold a summit in Johannesburg.",
            [],
        ),
        # a meeting of two at a summit: its subject is not the summit's party
        (
            "At the summit, which opened on Tuesday, U.S. President Donald Trump met"
            " Ukrainian President Volodymyr Zelenskiy.",
            [("meeting", ["Donald Trump"], ["Volodymyr Zelenskiy"])],
        ),
        # a position on a meeting is a statement: quoted judgement, readiness, refusal
        (
            "Venezuelan President Nicolas Maduro said on Monday that the meeting had opened"
            ' "a new beginning" with Washington.',
            [("statement", ["Nicolas Maduro"], [])],
        ),
        (
            "Kremlin spokesman Dmitry Peskov said on Monday that the meeting had lasted two hours.",
            [],
        ),
        (
            "South Korean President Lee Jae-myung said on Tuesday he was ready to meet North"
            " Korean leader Kim Jong Un at any time.",
            [("statement", ["Lee Jae-myung"], ["Kim Jong Un"])],
        ),
        (
            "Russian President Vladimir Putin said on Tuesday he would not attend the summit in"
            " Johannesburg.",
            [("statement", ["Vladimir Putin"], [])],
        ),
        (
            "Japanese Prime Minister Fumio Kishida said on Tuesday the summit would be held every"
            " year.",
            [("statement", ["Fumio Kishida"], [])],
        ),
        # a cabinet meeting is one government's own session, not a meeting of parties
        (
            "South Korean President Lee Jae-myung told a cabinet meeting on Tuesday that the"
            " economy was in a state of emergency.",
            [("statement", ["Lee Jae-myung"], [])],
        ),
        # "pressed its offensive" is no appeal; "pressed Kyiv to", "pressed for" are
        ("Russia on Tuesday pressed its case for sanctions relief.", []),
        (
            "U.S. Secretary of State Marco Rubio pressed Ukrainian President Volodymyr Zelenskiy"
            " on Tuesday to accept a ceasefire.",
            [("statement", ["Marco Rubio"], ["Volodymyr Zelenskiy"])],
        ),
        # "no telephone call will stop a missile": a call as subject of a forecast
        (
            "Polish Prime Minister Donald Tusk said on Saturday that no telephone call would stop"
            " a single Russian missile.",
            [("statement", ["Donald Tusk"], [])],
        ),
    ],
)
def test_extraction_statements_planned_events_are_attribution(nlp, text, expected):
    assert [(t, a) for t, a, _ in summary(run(nlp, text))] == [(t, a) for t, a, _ in expected]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            'NATO chief Mark Rutte wrote on X that the alliance stood "firmly with Ukraine".',
            "support",
        ),
        (
            "U.S. President Joe Biden said on Wednesday that Washington was fully supportive of Israel.",
            "support",
        ),
        (
            "Ukrainian President Volodymyr Zelenskiy said on Tuesday that Berlin remained a reliable"
            " partner.",
            "support",
        ),
        (
            "U.S. President Joe Biden told reporters on Thursday that Israel should not target"
            " Iranian oil facilities.",
            "appeal",
        ),
        (
            "Chinese foreign ministry spokesperson Lin Jian said on Wednesday that Beijing would"
            ' "fight to the end" in the trade dispute.',
            "threat",
        ),
        (
            "Ukraine's foreign ministry said on Wednesday that Hungarian Prime Minister Viktor"
            " Orban's remarks echoed Kremlin propaganda.",
            "criticism",
        ),
        (
            "Spain's defence minister Margarita Robles said on Wednesday that Madrid would not"
            " accept the deployment.",
            "criticism",
        ),
        (
            "Iran's Supreme Leader Ali Khamenei said on Sunday that negotiations with Washington"
            ' were "pointless".',
            "criticism",
        ),
        (
            "Indian Defence Minister Rajnath Singh said on Tuesday that any attack would receive"
            ' a "very firm response".',
            "threat",
        ),
        (
            "The White House said on Tuesday that Washington was encouraged by the talks.",
            "support",
        ),
        (
            'Lee told reporters on Tuesday that Seoul wanted "future-oriented" relations with Tokyo.',
            "support",
        ),
        # mixed content: the first verb with a subtype of its own is the headline act
        (
            "Pakistani Prime Minister Shehbaz Sharif condemned the bombing on Monday and vowed"
            ' that those behind it would "pay a heavy price".',
            "criticism",
        ),
        (
            "U.N. Secretary-General Antonio Guterres urged Israel and Iran on Monday to step back,"
            " warning that the region faced catastrophe.",
            "appeal",
        ),
        # a denial stays a denial without a modal of obligation
        (
            "Kremlin spokesman Dmitry Peskov said on Monday that Russia did not target civilians.",
            "denial",
        ),
    ],
)
def test_extraction_statements_subtype_cues(nlp, text, subtype):
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert [e.subtype for e in statements] == [subtype]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parallel announcements: one statement per speaker; a joint one keeps both
        (
            "South Korea and Japan separately condemned North Korea's missile launch on Tuesday.",
            [
                ("statement", ["Japan"], ["North Korea"]),
                ("statement", ["South Korea"], ["North Korea"]),
            ],
        ),
        (
            "South Korea and Japan condemned North Korea's missile launch on Tuesday in separate"
            " statements.",
            [
                ("statement", ["Japan"], ["North Korea"]),
                ("statement", ["South Korea"], ["North Korea"]),
            ],
        ),
        (
            "South Korea and Japan condemned North Korea's missile launch on Tuesday in a joint"
            " statement.",
            [("statement", ["Japan", "South Korea"], ["North Korea"])],
        ),
        # an interception reported is attribution; judging it is a statement
        (
            "Israeli military spokesman Daniel Hagari said on Tuesday most of the missiles were intercepted.",
            [],
        ),
        (
            "Israeli military spokesman Daniel Hagari said on Tuesday most of the missiles were"
            ' intercepted, describing the outcome as "a major success".',
            [("statement", ["Daniel Hagari"], [])],
        ),
        # a denial the parser hangs on the reported clause is the speaker's
        (
            "Kremlin spokesman Dmitry Peskov told reporters on Monday that Russian forces struck"
            " only military targets and denied that civilians had been hit.",
            [("attack", ["Russia"], []), ("statement", ["Dmitry Peskov"], [])],
        ),
        # "X phoned Y and urged him, the office said": the caller urged
        (
            "Turkish President Tayyip Erdogan phoned Russian President Vladimir Putin on Monday"
            " and urged him to revive the grain deal, the Turkish presidency said.",
            [
                ("call", ["Tayyip Erdogan"], ["Vladimir Putin"]),
                ("statement", ["Tayyip Erdogan"], ["Vladimir Putin"]),
            ],
        ),
        # "said in a post that ...": the clause the parser hangs on the medium names targets
        (
            "The U.S. ambassador to Manila, MaryKay Carlson, said on Tuesday in a post on X that"
            " Washington stood with its Philippine ally.",
            [("statement", ["MaryKay Carlson"], ["Philippines"])],
        ),
        (
            "Ukraine's foreign ministry said on Tuesday in a statement that Hungarian Prime"
            ' Minister Viktor Orban\'s remarks "echo Kremlin propaganda".',
            [("statement", ["Ukraine"], ["Viktor Orban"])],
        ),
        # criticism "without naming" anyone has no target
        (
            "German Chancellor Olaf Scholz criticised Hungarian Prime Minister Viktor Orban on"
            " Tuesday without naming him.",
            [("statement", ["Olaf Scholz"], [])],
        ),
        (
            "Polish Prime Minister Donald Tusk, without naming Scholz, said on Saturday that the"
            " call was a mistake.",
            [("statement", ["Donald Tusk"], [])],
        ),
        # "denied the accusation": the accuser told before, by state
        (
            "Niger's junta leader Abdourahamane Tiani accused France on Wednesday of destabilising"
            " the Sahel. French foreign ministry spokesman Christophe Lemoine denied the accusation"
            " on Thursday.",
            [
                ("statement", ["Abdourahamane Tiani"], ["France"]),
                ("statement", ["Christophe Lemoine"], ["Niger"]),
            ],
        ),
    ],
)
def test_extraction_statements_speakers_and_targets(nlp, text, expected):
    assert summary(run(nlp, text)) == expected
