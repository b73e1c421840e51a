"""Meetings, calls and statements: rules for diplomatic wire copy, on sentences written
for these tests (tests/practice/diplomacy holds whole articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extract import parse_text
from eventgraph.extraction import explain_events
from eventgraph.extraction.participants import dateline_end
from eventgraph.records import Document
from sentences import extracted, participant_rows

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def run(nlp, text):
    return extracted(nlp, text, PUBLISHED)


summary = participant_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "met X in A and Y in B": two meetings, however the parser hangs Y
        (
            "U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi"
            " in Cairo and Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Monday.",
            [
                ("meeting", ["Antony Blinken"], ["Abdel Fattah al-Sisi"]),
                ("meeting", ["Antony Blinken"], ["Benjamin Netanyahu"]),
            ],
        ),
        (
            "Ukrainian President Volodymyr Zelenskiy met U.S. Vice President Kamala Harris on"
            " Saturday, a day after he met German Chancellor Olaf Scholz in Berlin and French"
            " President Emmanuel Macron in Paris.",
            [
                ("meeting", ["Volodymyr Zelenskiy"], ["Emmanuel Macron"]),
                ("meeting", ["Volodymyr Zelenskiy"], ["Kamala Harris"]),
                ("meeting", ["Volodymyr Zelenskiy"], ["Olaf Scholz"]),
            ],
        ),
        (
            "The envoy criticised Hungarian Prime Minister Viktor Orban, who met Russian"
            " President Vladimir Putin in Moscow and Chinese President Xi Jinping in Beijing"
            " earlier this month.",
            [
                ("meeting", ["Viktor Orban"], ["Vladimir Putin"]),
                ("meeting", ["Viktor Orban"], ["Xi Jinping"]),
            ],
        ),
        # one place, two people: one meeting
        (
            "Russian President Vladimir Putin met Turkish President Tayyip Erdogan and Iranian"
            " President Ebrahim Raisi in Tehran on Tuesday.",
            [("meeting", ["Vladimir Putin"], ["Ebrahim Raisi", "Tayyip Erdogan"])],
        ),
        # "according to a person familiar with the conversation" is no "in person"
        (
            "U.S. President-elect Donald Trump spoke with Ukrainian President Volodymyr"
            " Zelensky on Wednesday, according to a person familiar with the conversation.",
            [("call", ["Donald Trump"], ["Volodymyr Zelensky"])],
        ),
        # "held separate calls with A and B": one call each
        (
            "U.S. President-elect Donald Trump held separate calls with Israeli Prime Minister"
            " Benjamin Netanyahu and Saudi Crown Prince Mohammed bin Salman on Thursday.",
            [
                ("call", ["Donald Trump"], ["Benjamin Netanyahu"]),
                ("call", ["Donald Trump"], ["Mohammed bin Salman"]),
            ],
        ),
        # "with Blinken to brief him": the partner in a clause of its own
        (
            "Ukrainian Foreign Minister Dmytro Kuleba spoke by phone on Thursday with U.S."
            " Secretary of State Antony Blinken to brief him on the visit.",
            [("call", ["Dmytro Kuleba"], ["Antony Blinken"])],
        ),
        # the host of others' talks is no party
        (
            "U.S. Secretary of State Marco Rubio and Ukrainian presidential chief of staff"
            " Andriy Yermak met in Jeddah on Tuesday for talks hosted by Saudi Arabia.",
            [("meeting", ["Andriy Yermak", "Marco Rubio"], [])],
        ),
        # "months of negotiations": no one occurrence
        (
            "Qatar and Egypt have mediated months of indirect negotiations between Israel and Hamas.",
            [],
        ),
        # "In a separate call on Tuesday, X discussed Y with Z": the call's parties
        (
            "In a separate call on Tuesday, U.S. Secretary of State Antony Blinken discussed"
            " the situation in Gaza with Egyptian Foreign Minister Sameh Shoukry.",
            [("call", ["Antony Blinken"], ["Sameh Shoukry"])],
        ),
        # a group gathered for a summit: the group's meeting
        (
            "Leaders of the Group of Seven gathered in Hiroshima on Friday for a three-day summit.",
            [("meeting", ["Group of Seven"], [])],
        ),
        # "the Group of 20 summit" as the setting of talks: the group's summit
        (
            "Indian Prime Minister Narendra Modi and Canadian Prime Minister Justin Trudeau"
            " held brief talks on the sidelines of the Group of 20 summit in New Delhi"
            " earlier this month.",
            [
                ("meeting", ["Group of 20"], []),
                ("meeting", ["Justin Trudeau", "Narendra Modi"], []),
            ],
        ),
        # members of a group met: the group; "overshadowed by" names no participant
        (
            "Foreign ministers from the Group of Seven met in Capri on Wednesday for talks"
            " overshadowed by the prospect of a wider war.",
            [("meeting", ["Group of Seven"], [])],
        ),
        # "speaking after talks with X": the speaker took part
        (
            "Ukrainian President Volodymyr Zelensky, speaking in Ankara after talks with"
            " Turkish President Tayyip Erdogan, said Ukraine would not accept the outcome.",
            [
                ("meeting", ["Volodymyr Zelensky"], ["Tayyip Erdogan"]),
                ("statement", ["Volodymyr Zelensky"], []),
            ],
        ),
        # "visited Kyiv and held talks with Zelensky": one meeting
        (
            "Indian Prime Minister Narendra Modi visited Kyiv on Friday and held talks with"
            " Ukrainian President Volodymyr Zelensky.",
            [("meeting", ["Narendra Modi"], ["Ukraine", "Volodymyr Zelensky"])],
        ),
        # "X joined the two leaders for a trilateral meeting": another meeting, with both
        (
            "French President Emmanuel Macron hosted Chinese President Xi Jinping in Paris on"
            " Monday. European Commission President Ursula von der Leyen joined the two"
            " leaders for a trilateral meeting.",
            [
                ("meeting", ["Emmanuel Macron"], ["Xi Jinping"]),
                ("meeting", ["Ursula von der Leyen"], ["Emmanuel Macron", "Xi Jinping"]),
            ],
        ),
        # "the two had last met": the parties of the meeting before
        (
            "U.S. President Joe Biden met Chinese President Xi Jinping in Woodside on"
            " Wednesday. The two had last met in Bali in November 2022.",
            [
                ("meeting", ["Joe Biden"], ["Xi Jinping"]),
                ("meeting", ["Joe Biden", "Xi Jinping"], []),
            ],
        ),
        # "arrived for a visit to North Korea and held talks with Kim": one meeting
        (
            "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for a visit to"
            " North Korea and held talks with leader Kim Jong Un.",
            [("meeting", ["Vladimir Putin"], ["Kim Jong Un", "North Korea"])],
        ),
        # "the ministers" after a group's meeting: the group
        (
            "Foreign ministers from the Group of Seven met in Capri on Wednesday. On Friday, the"
            " ministers condemned Iran's attack on Israel.",
            [
                ("attack", ["Iran"], ["Israel"]),
                ("meeting", ["Group of Seven"], []),
                ("statement", ["Group of Seven"], ["Iran", "Israel"]),
            ],
        ),
        # "X and Y held formal talks": both, however long their titles
        (
            "Chinese President Xi Jinping and Russian President Vladimir Putin held formal talks"
            " in the Kremlin on Tuesday.",
            [("meeting", ["Vladimir Putin", "Xi Jinping"], [])],
        ),
        # a count of victims is no group of parties
        (
            "Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Sochi on"
            " Monday. Two were killed in a blast in Sochi on Tuesday.",
            [("attack", [], []), ("meeting", ["Vladimir Putin"], ["Tayyip Erdogan"])],
        ),
        # "sat down with"
        (
            "Armenian Foreign Minister Ararat Mirzoyan sat down with Azerbaijani Foreign"
            " Minister Jeyhun Bayramov in Almaty on Friday.",
            [("meeting", ["Ararat Mirzoyan"], ["Jeyhun Bayramov"])],
        ),
        # a convenor is no participant
        (
            "Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov held talks in Almaty on"
            " Friday in a meeting convened by Kazakhstan.",
            [("meeting", ["Ararat Mirzoyan", "Jeyhun Bayramov"], [])],
        ),
        # "they met": both parties of the call before
        (
            "Chinese President Xi Jinping and U.S. President Joe Biden spoke by phone on"
            " Tuesday, their first conversation since they met in Woodside in November.",
            [
                ("call", ["Joe Biden", "Xi Jinping"], []),
                ("meeting", ["Joe Biden", "Xi Jinping"], []),
            ],
        ),
    ],
)
def test_extraction_diplomacy_meetings(nlp, text, expected):
    found = summary(run(nlp, text))
    # direction is not scored for calls and meetings: compare the parties
    assert [(t, sorted(a + b)) for t, a, b in found] == [
        (t, sorted(a + b)) for t, a, b in sorted(expected)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the readout's "said" only reports the words of a party: the party speaks
        (
            "U.S. President Joe Biden raised concerns about China's support for Russia's defense industrial base,"
            " the White House said in a statement.",
            [("statement", ["Joe Biden"], ["China", "Russia"], "criticism")],
        ),
        # "his office added" after "held a video call" only reports the call
        (
            "Later on Wednesday, Turkish President Tayyip Erdogan held a video call with Ukrainian President Volodymyr"
            " Zelenskiy, his office added.",
            [("call", ["Tayyip Erdogan"], ["Volodymyr Zelenskiy"], None)],
        ),
        # the speaker's own state in the reported words: one statement of the speaker
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom welcomed Iran's"
            " commitment to the agreement.",
            [("statement", ["Faisal bin Farhan"], ["Iran"], "support")],
        ),
        (
            "Chinese foreign ministry spokesperson Wang Wenbin said on Saturday that Beijing"
            " firmly opposed exclusive cliques and accused Washington of stoking confrontation.",
            [("statement", ["Wang Wenbin"], ["United States"], "criticism")],
        ),
        # the parser hangs "accused" on the reported clause: the speaker still accuses
        (
            "Indian foreign ministry spokesperson Arindam Bagchi said Canada had shared no"
            " information and accused Ottawa of harbouring extremists.",
            [("statement", ["Arindam Bagchi"], ["Canada"], "criticism")],
        ),
        # another speaker's words in the reported clause: attribution
        (
            "Palestinian presidential spokesman Nabil Abu Rudeineh said President Mahmoud Abbas"
            " had warned Secretary of State Antony Blinken that an offensive would have"
            " catastrophic consequences.",
            [("statement", ["Mahmoud Abbas"], ["Antony Blinken"], "threat")],
        ),
        # the clause read as a relative clause of the medium: still another speaker's words
        (
            "The Chinese foreign ministry said in a statement that Chinese Foreign Minister"
            " Wang Yi had urged India to meet China halfway.",
            [("statement", ["Wang Yi"], ["India"], "appeal")],
        ),
        # ", and dismissed": the spokesman's own second verb, however the parser hangs it
        (
            "Kremlin spokesman Dmitry Peskov said on Thursday that President Vladimir Putin had"
            " no plans to call Donald Trump, and dismissed reports of a call as fiction.",
            [("statement", ["Dmitry Peskov"], ["Donald Trump", "Vladimir Putin"], "denial")],
        ),
        # "the summit showed ...": a judgement of the event, not its report
        (
            "Russian foreign ministry spokeswoman Maria Zakharova said on Thursday that the"
            " summit showed the West intended to prolong the war.",
            [("statement", ["Maria Zakharova"], ["Western countries"], "claim")],
        ),
        # a pledge made at a meeting is what the meeting produced
        (
            "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in"
            " Busan on Tuesday, pledging closer cooperation.",
            [("meeting", ["Lee Jae-myung"], ["Shigeru Ishiba"], None)],
        ),
        # a participle of a speech verb deep in what was denied: the same speaker
        (
            "China's foreign ministry spokesman Lin Jian on Thursday denied a report that"
            ' Chinese companies were supplying Russia with drone parts, calling it "groundless".',
            [("statement", ["Lin Jian"], ["Russia"], "denial")],
        ),
        # the parser hangs the finite verb on its subject: still the speaker's
        (
            "Argentine President Javier Milei, who met Brazilian President Luiz Inacio Lula da"
            " Silva for the first time, objected to parts of the final declaration.",
            [
                ("meeting", ["Javier Milei"], ["Luiz Inacio Lula da Silva"], None),
                ("statement", ["Javier Milei"], [], "criticism"),
            ],
        ),
        # saying a call did not happen only reports; denying an attack is a position
        ("Mexican President Claudia Sheinbaum said on Tuesday she had not spoken with Trump.", []),
        (
            "Kremlin spokesman Dmitry Peskov repeated on Tuesday that Russia does not strike"
            " civilian targets.",
            [("statement", ["Dmitry Peskov"], [], "denial")],
        ),
        # a thing does not speak
        ("He said the move threatened the peace of the region.", []),
        # a diplomatic protest through a high commissioner: criticism of the envoy's state
        (
            "India summoned Canada's High Commissioner Cameron MacKay on Tuesday.",
            [("statement", ["India"], ["Canada"], "criticism")],
        ),
    ],
)
def test_extraction_diplomacy_statement_or_attribution(nlp, text, expected):
    assert summary(run(nlp, text), subtype=True) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint statement and each party's own words: separate occasions
        (
            "U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South"
            " Korean President Yoon Suk Yeol on Friday. In a joint statement"
            " issued after the talks, the three leaders said they strongly opposed China's"
            ' dangerous behavior. "This is a historic meeting," Biden told a news conference.'
            " Kishida said the summit would be held every year, and Yoon said Camp David"
            " would be remembered.",
            [
                ("meeting", ["Joe Biden"], ["Fumio Kishida", "Yoon Suk Yeol"]),
                ("statement", ["Fumio Kishida"], []),
                ("statement", ["Joe Biden"], []),
                ("statement", ["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], ["China"]),
                ("statement", ["Yoon Suk Yeol"], []),
            ],
        ),
        # "the two ministers": the parties of the meeting told before
        (
            "Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun"
            " Bayramov in Almaty on Friday. In a joint statement, the two ministers said they"
            " had made progress.",
            [
                ("meeting", ["Ararat Mirzoyan"], ["Jeyhun Bayramov"]),
                ("statement", ["Ararat Mirzoyan", "Jeyhun Bayramov"], []),
            ],
        ),
        # "both ministers", "them": the parties of the talks; a host's reception is its own
        (
            "Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun"
            " Bayramov in Almaty on Friday. Kazakh President Kassym-Jomart Tokayev received"
            " both ministers on Friday and urged them to seize the chance for peace.",
            [
                ("meeting", ["Ararat Mirzoyan"], ["Jeyhun Bayramov"]),
                ("meeting", ["Kassym-Jomart Tokayev"], ["Ararat Mirzoyan", "Jeyhun Bayramov"]),
                ("statement", ["Kassym-Jomart Tokayev"], ["Ararat Mirzoyan", "Jeyhun Bayramov"]),
            ],
        ),
        # "pressing both governments": the states of the parties just met; words to
        # reporters after the talks are another occasion
        (
            "U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi"
            " in Cairo and Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Monday,"
            " pressing both governments to back a ceasefire. After the talks, Blinken told"
            " reporters that Hamas should accept the deal.",
            [
                ("meeting", ["Antony Blinken"], ["Abdel Fattah al-Sisi"]),
                ("meeting", ["Antony Blinken"], ["Benjamin Netanyahu"]),
                ("statement", ["Antony Blinken"], ["Egypt", "Israel"]),
                ("statement", ["Antony Blinken"], ["Hamas"]),
            ],
        ),
        # a readout of what the parties discussed is attribution; a party's account is not
        (
            "Xi Jinping and Joe Biden spoke by phone on Tuesday. The White House said the two"
            " leaders discussed counternarcotics cooperation.",
            [("call", ["Joe Biden", "Xi Jinping"], [])],
        ),
        # "A and B agreed to ..., the State Department said": a readout of their talks
        (
            "Top U.S. and Russian diplomats met in Riyadh on Tuesday. Secretary of State Marco"
            " Rubio and Foreign Minister Sergei Lavrov agreed to restore staffing at their"
            " embassies, the State Department said.",
            [("meeting", ["Russia", "United States"], [])],
        ),
        # a speaker reporting what the parties decided speaks for neither
        (
            "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Wednesday."
            " Foreign Secretary Vikram Misri told reporters that the two leaders had endorsed"
            " the agreement.",
            [("meeting", ["Narendra Modi"], ["Xi Jinping"])],
        ),
    ],
)
def test_extraction_diplomacy_occasions_and_parties(nlp, text, expected):
    found = summary(run(nlp, text))
    assert [(t, sorted(a), sorted(b)) for t, a, b in found] == sorted(
        (t, sorted(a), sorted(b)) for t, a, b in expected
    )


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Kishida told reporters that Beijing's response was extremely regrettable.", "criticism"),
        ("Putin told Erdogan that Western countries had cynically broken promises.", "criticism"),
        ("Harris told Zelenskiy that the United States would stand with Ukraine.", "support"),
        (
            "Ukrainian President Volodymyr Zelenskiy said Ukraine faced a deficit and appealed"
            " to allies for shells.",
            "appeal",
        ),
        ("India's foreign ministry said the allegations were unfounded.", "denial"),
        (
            "Hungarian Foreign Minister Peter Szijjarto said the resolution was one-sided.",
            "criticism",
        ),
        ("Hamas official Osama Hamdan dismissed the visit as biased.", "criticism"),
        ("Hamas official Osama Hamdan dismissed the reports as lies.", "denial"),
        ("Pentagon spokeswoman Sabrina Singh said Washington would respond.", "threat"),
        (
            "Leaders of the Group of Seven issued a joint statement condemning Iran's attack.",
            "criticism",
        ),
        (
            "European Commission President Ursula von der Leyen took aim at Viktor Orban.",
            "criticism",
        ),
        ("Navalnaya said Putin must be held accountable for the death.", "criticism"),
    ],
)
def test_extraction_diplomacy_subtype_cues(nlp, text, subtype):
    statements = [e for e in run(nlp, text) if e.type == "statement"]
    assert [e.subtype for e in statements] == [subtype]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("ALMATY, Kazakhstan (Steppe Wire) - Talks began.", 35),
        ("CAMP DAVID, Maryland (AP) - Biden hosted Kishida.", 28),
        ("KABUL (CPA) - A bomb went off.", 14),
        ("Biden hosted Kishida, the White House said - again.", 0),
    ],
)
def test_extraction_diplomacy_dateline_with_a_state(text, end):
    assert dateline_end(text) == end


def test_extraction_diplomacy_paragraph_starts_a_sentence(nlp):
    text = (
        'Ukrainian President Volodymyr Zelenskiy hailed the decision as "a victory for Ukraine" in a post on X.\n\n'
        'Hungarian Prime Minister Viktor Orban called the move "a senseless decision" on'
        " Thursday."
    )
    events, why = explain_events(nlp(parse_text(text)), Document("t", text, published=PUBLISHED))
    assert summary(events) == [
        ("statement", ["Viktor Orban"], []),
        ("statement", ["Volodymyr Zelenskiy"], []),
    ]
    assert len({w.sentence for w in why}) == 2
