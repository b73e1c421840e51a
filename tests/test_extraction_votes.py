"""Votes of bodies in wording the dev corpus does not use: tallies, outcomes, ballots,
bodies and the votes that did not take place (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extract import parse_text
from eventgraph.extraction import extract_events
from eventgraph.extraction.numbers import tallies_in
from eventgraph.records import Document, Tally

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def votes(nlp, text):
    document = Document("t", text, published=PUBLISHED)
    return [e for e in extract_events(nlp(parse_text(text)), document) if e.type == "vote"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lawmakers rejected the bid to topple the government by 312 votes to 287.",
            [Tally(287, 312, None)],
        ),
        (
            "The council had unanimously rejected that proposal earlier this month, 50-0.",
            [Tally(0, 50, None)],
        ),
        (
            "The parliament voted to impeach him, with 204 lawmakers in the 300-member "
            "National Assembly voting in favour and 85 against.",
            [Tally(204, 85, None)],
        ),
        (
            "The motion was carried with 48 in favour, 12 against and 5 abstentions.",
            [Tally(48, 12, 5)],
        ),
        (
            "The Security Council adopted the resolution 14-0 with one abstention.",
            [Tally(14, 0, 1)],
        ),
        ("The board voted 7-2 to hold rates.", [Tally(7, 2, None)]),
        (
            "Ley defeated Angus Taylor by 29 votes to 25 in a party room ballot.",
            [Tally(29, 25, None)],
        ),
        ("The bill was defeated by 300 votes to 250.", [Tally(250, 300, None)]),
        ("Ten countries backed the duties and 12 abstained.", [Tally(10, None, 12)]),
        ("Lawmakers voted 55 to 40 in favour of the amendment.", [Tally(55, 40, None)]),
        (
            "The committee approved the agreement with 124 countries in favour, no objections "
            "and 11 abstentions.",
            [Tally(124, 0, 11)],
        ),
        (
            "The motion was backed by 331 members of the National Assembly.",
            [Tally(331, None, None)],
        ),
        ("Ishiba won 221 votes in the runoff against 160 for Noda.", [Tally(221, 160, None)]),
        ("The Senate confirmed him in a 52-47 vote on Tuesday.", [Tally(52, 47, None)]),
        ("Last year, the measure passed 187-2 with Ukraine abstaining.", [Tally(187, 2, None)]),
        # a part of a group is no count of the body's votes
        ("Fifteen Republicans voted against the package, along with two Democrats.", []),
        # a range of rates is no tally
        ("Policymakers voted unanimously to hold the rate in a range of 5.25%-5.50%.", []),
    ],
)
def test_numbers_tallies_in_reads_tally_forms(nlp, sentence, expected):
    assert tallies_in(nlp(sentence)[:]) == expected


@pytest.mark.parametrize(
    ("text", "body", "outcome", "tally"),
    [
        # outcome named by the verb, the tally in another form
        (
            "Britain's government survived a no-confidence motion in the House of Commons on "
            "Wednesday, with lawmakers rejecting the bid by 312 votes to 287.",
            "House of Commons",
            "rejected",
            Tally(287, 312, None),
        ),
        (
            "South Korea's parliament voted on Saturday to impeach President Yoon Suk Yeol.",
            "National Assembly of South Korea",
            "adopted",
            None,
        ),
        # a body named without a body word: a party caucus, a central bank
        (
            "Australia's opposition Liberal Party elected Sussan Ley as its leader on Tuesday.",
            "Liberal Party of Australia",
            "adopted",
            None,
        ),
        # a motion as subject, the body as object
        (
            "The bill cleared the Senate on Tuesday by 68 votes to 32.",
            "U.S. Senate",
            "adopted",
            Tally(68, 32, None),
        ),
        (
            "The Senate Judiciary Committee voted 12-10 on Thursday to advance the nomination.",
            "Senate Judiciary Committee",
            "adopted",
            Tally(12, 10, None),
        ),
        (
            "The council's Finance Committee advanced the budget by a show of hands on Monday.",
            "Finance Committee",
            "adopted",
            None,
        ),
        # a state's legislature the gazetteer lacks is the legislature, not the state
        (
            "Kenya's parliament passed the finance bill on Tuesday by 195 votes to 106.",
            "Kenya's parliament",
            "adopted",
            Tally(195, 106, None),
        ),
        (
            "Taiwan's opposition-controlled legislature passed the bills on Tuesday.",
            "Legislative Yuan",
            "adopted",
            None,
        ),
        (
            "The U.S. Federal Reserve's policymakers voted unanimously on Wednesday to hold "
            "their benchmark rate steady.",
            "Federal Reserve",
            "adopted",
            None,
        ),
        # delegates of a party: the party voted
        (
            "Delegates at the ANC's national conference voted on Sunday to re-elect Cyril "
            "Ramaphosa as party leader.",
            "African National Congress",
            "adopted",
            None,
        ),
        (
            "Republican Mike Johnson was elected speaker of the U.S. House of Representatives "
            "on Friday, winning 218 votes.",
            "U.S. House of Representatives",
            "adopted",
            Tally(218, None, None),
        ),
        # a motion that failed to pass, a confidence vote won
        (
            "The resolution failed to pass in the Security Council on Friday, receiving only "
            "seven votes in favour.",
            "UN Security Council",
            "rejected",
            Tally(7, None, None),
        ),
        (
            "The government won a confidence vote in the Bundestag on Monday by 394 votes to 207.",
            "Bundestag",
            "adopted",
            Tally(394, 207, None),
        ),
        (
            "Argentina's Senate rejected the bill on Thursday, 38 to 31.",
            "Argentina's Senate",
            "rejected",
            Tally(31, 38, None),
        ),
        # a body named only by its kind
        (
            "The bill was passed by the lower house on Wednesday by 320 votes to 200.",
            "lower house",
            "adopted",
            Tally(320, 200, None),
        ),
        (
            "The Israeli cabinet approved the ceasefire deal on Saturday by a vote of 24 to 8.",
            "Israeli cabinet",
            "adopted",
            Tally(24, 8, None),
        ),
        (
            "The city council voted 8-5 on Tuesday night to approve the ordinance.",
            "city council",
            "adopted",
            Tally(8, 5, None),
        ),
        (
            "The House of Commons voted down the amendment on Tuesday.",
            "House of Commons",
            "rejected",
            None,
        ),
    ],
)
def test_pipeline_vote_body_outcome_and_tally(nlp, text, body, outcome, tally):
    found = votes(nlp, text)
    assert len(found) == 1, found
    assert [a.name for a in found[0].agents] == [body]
    assert found[0].outcome == outcome
    assert found[0].tally == tally


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "The Senate Judiciary Committee voted 12-10 on Thursday, setting up a final "
            "confirmation vote in the full Senate.",
            [["Senate Judiciary Committee"]],
        ),
        (
            "A first attempt collapsed when lawmakers walked out of the National Assembly, "
            "denying the chamber the quorum needed for a valid ballot.",
            [],
        ),
        ("Conservatives tried and failed to force a vote on border measures.", []),
        ("Voters rejected the Voice to Parliament in a 2023 referendum.", []),
        ("MPs are expected to vote next week on the planning bill.", []),
        ("The National Assembly has yet to vote on the measure.", []),
        ("The text failed to condemn Hamas, the ambassador said.", []),
        ("India abstained from criticising Russia on Tuesday.", []),
        ("Governor Gavin Newsom vetoed the bill on Friday, saying it was too broad.", []),
        ("The government forced the budget through the National Assembly without a vote.", []),
    ],
)
def test_pipeline_vote_not_held_is_no_vote(nlp, text, bodies):
    assert [[a.name for a in e.agents] for e in votes(nlp, text)] == bodies


@pytest.mark.parametrize(
    ("text", "ballots"),
    [
        (
            "The U.N. General Assembly on Friday backed the bid, voting 143-9 with 25 "
            "abstentions. The United States and Israel voted against, along with Argentina "
            "and Hungary. Britain, Germany and Italy were among the countries that abstained.",
            {
                ("United States", "no"),
                ("Israel", "no"),
                ("Argentina", "no"),
                ("Hungary", "no"),
                ("United Kingdom", "abstain"),
                ("Germany", "abstain"),
                ("Italy", "abstain"),
            },
        ),
        # a party named as a whole votes; a part of it does not
        (
            "Germany's Bundestag passed the bill on Friday. The opposition Christian Democrats "
            "voted against it, while many Social Democrats abstained.",
            {("Christian Democratic Union", "no")},
        ),
        # voters named around the vote: copulas, inversions, "as did", a cast vote
        (
            "The Security Council adopted the resolution on Friday. Russia cast the only vote "
            "against. France voted in favour, as did Britain. "
            "The United States was the only other country to vote for the text.",
            {
                ("Russia", "no"),
                ("France", "yes"),
                ("United Kingdom", "yes"),
                ("United States", "yes"),
            },
        ),
        (
            "The council voted on Friday. Among those voting against were Russia, Belarus "
            "and Syria.",
            {("Russia", "no"), ("Belarus", "no"), ("Syria", "no")},
        ),
        (
            "EU member states on Thursday approved new tariffs in the Council of the European "
            "Union, with Germany and Hungary among five countries voting against.",
            {("Germany", "no"), ("Hungary", "no")},
        ),
        (
            "Germany's Bundestag approved the law on Thursday by 390 votes to 190. The Greens "
            "voted against the bill, and the far-right Alternative for Germany also rejected "
            "it. The Left party voted no as well.",
            {
                ("Alliance 90/The Greens", "no"),
                ("Alternative for Germany", "no"),
                ("The Left", "no"),
            },
        ),
        # votes counted in a tally are no aggregate of votes: the abstainers beside them vote
        (
            "The Security Council voted on the draft on Friday. It received 11 votes in favour, "
            "while Kenya, Mexico and Ghana abstained.",
            {("Kenya", "abstain"), ("Mexico", "abstain"), ("Ghana", "abstain")},
        ),
        # the members of the body are no voter of their own
        (
            "Chicago's City Council approved the budget on Monday. Aldermen voted 27-23 for it.",
            set(),
        ),
        # "with 204 lawmakers voting": no ballot "with" anyone
        (
            "SEOUL, Dec 14 (Practice Wire) - South Korea's parliament voted on Saturday to impeach "
            "the president, with 204 lawmakers voting in favour and 85 against.",
            set(),
        ),
    ],
)
def test_pipeline_vote_ballots_of_named_voters(nlp, text, ballots):
    found = votes(nlp, text)
    assert len(found) == 1, found
    assert {(b.actor.name, b.position) for b in found[0].ballots} == ballots


def test_pipeline_vote_of_another_body_in_a_subordinate_clause_is_its_own(nlp):
    text = (
        "The U.S. Senate on Tuesday passed the aid package, voting 79-18. The bill cleared the "
        "chamber three days after the House of Representatives approved it by 311 votes to 112."
    )
    found = {tuple(a.name for a in e.agents): e.tally for e in votes(nlp, text)}
    assert found == {
        ("U.S. Senate",): Tally(79, 18, None),
        ("U.S. House of Representatives",): Tally(311, 112, None),
    }


def test_pipeline_vote_of_a_titled_member_is_in_the_body_of_the_title(nlp):
    text = (
        "The U.S. Senate on Tuesday passed the aid package, voting 79-18. The bill cleared the "
        "chamber three days after the House of Representatives approved it by 311 votes to 112. "
        "Fifteen Republicans voted against the package, along with independent Senator Bernie "
        "Sanders."
    )
    found = {tuple(a.name for a in e.agents): e.ballots for e in votes(nlp, text)}
    assert [(b.actor.name, b.position) for b in found[("U.S. Senate",)]] == [
        ("Bernie Sanders", "no")
    ]
    assert found[("U.S. House of Representatives",)] == ()


def test_pipeline_vote_mentions_over_sentences_are_one_vote(nlp):
    text = (
        "Australia's opposition Liberal Party elected Sussan Ley as its leader on Tuesday. "
        "Ley defeated Angus Taylor by 29 votes to 25 in a party room ballot. "
        '"We have heard the message," Ley told reporters after the ballot.'
    )
    found = votes(nlp, text)
    assert len(found) == 1, found
    assert found[0].tally == Tally(29, 25, None)
    assert found[0].outcome == "adopted"


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The government survived a no-confidence vote in parliament.", "rejected"),
        ("Barnier lost a no-confidence vote on Wednesday.", "adopted"),
        ("The prime minister lost a confidence vote on Wednesday.", "rejected"),
        ("The chancellor won a confidence vote on Monday.", "adopted"),
        ("French lawmakers ousted the government in a no-confidence vote.", "adopted"),
        ("The bill passed a procedural vote on Monday.", None),
    ],
)
def test_pipeline_confidence_outcome_of_a_vote_won_or_lost(nlp, sentence, outcome):
    from eventgraph.extraction.pipeline import _confidence_outcome

    doc = nlp(sentence)
    vote = next(t for t in doc if t.lower_ == "vote")
    assert _confidence_outcome(vote) == outcome


def test_pipeline_vote_a_body_call_with_its_tally_next_is_the_vote(nlp):
    text = (
        "The U.N. General Assembly on Wednesday overwhelmingly called for an end to the U.S. "
        "embargo on Cuba. The resolution was approved by a vote of 187 to 2, with Moldova "
        "abstaining. The United States and Israel voted against it."
    )
    found = votes(nlp, text)
    assert len(found) == 1, found
    assert found[0].date.value == "2024-03-13"
    assert found[0].tally == Tally(187, 2, 1)
    assert {(b.actor.name, b.position) for b in found[0].ballots} == {
        ("Moldova", "abstain"),
        ("United States", "no"),
        ("Israel", "no"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ballot "rejected it" is no outcome of the vote
        (
            "Germany's Bundestag approved the law on Thursday by 390 votes to 190. The "
            "far-right Alternative for Germany rejected it.",
            [("Bundestag", "adopted")],
        ),
        (
            "Last year the Security Council renewed the mandate in a unanimous vote.",
            [("UN Security Council", "adopted")],
        ),
        # "the Senate" in a Kenyan story is not the U.S. Senate
        (
            "Kenya's parliament approved the finance bill on Tuesday by 195 votes to 106. The "
            "Senate had endorsed an earlier version of the bill last week.",
            [("Kenya's parliament", "adopted"), ("Senate", "adopted")],
        ),
    ],
)
def test_pipeline_vote_bodies_and_outcomes_over_sentences(nlp, text, expected):
    found = [([a.name for a in e.agents], e.outcome) for e in votes(nlp, text)]
    assert found == [([body], outcome) for body, outcome in expected]


def test_pipeline_vote_in_an_absolute_clause_takes_the_date_of_its_sentence(nlp):
    found = votes(nlp, "The Bank of Japan held rates steady on Tuesday, with its board voting 7-2.")
    assert [([a.name for a in e.agents], e.date.value if e.date else None) for e in found] == [
        (["board"], "2024-03-12")
    ]
