"""Actor resolution: canonical actors for names, titles, metonyms, possessives and pronouns."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from eventgraph.actors import ActorResolver, is_news_agency
from eventgraph.gazetteer import load_gazetteer, normalize
from eventgraph.records import Document

ROOT = Path(__file__).resolve().parents[1]


def _resolver(nlp, text: str, **meta) -> tuple[ActorResolver, object]:
    doc = nlp(text)
    return ActorResolver(doc, Document("t", text, **meta)), doc


def _token(doc, word: str, nth: int = 0):
    found = [t for t in doc if t.text == word]
    assert len(found) > nth, f"{word!r} #{nth} not in {doc.text!r}"
    return found[nth]


# (text, head word, occurrence, canonical name or None, kind)
MENTIONS = [
    # full names with titles; surnames and "PM" forms of the same person
    (
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.",
        "Putin",
        0,
        "Vladimir Putin",
        "person",
    ),
    (
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.",
        "Erdogan",
        0,
        "Recep Tayyip Erdogan",
        "person",
    ),
    (
        "Chancellor Olaf Scholz arrived in Paris. Scholz said the talks were useful.",
        "Scholz",
        1,
        "Olaf Scholz",
        "person",
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu spoke on Sunday. Later PM Netanyahu said the army would act.",
        "Netanyahu",
        1,
        "Benjamin Netanyahu",
        "person",
    ),
    (
        "Chinese President Xi Jinping hosted the summit. Xi told the guests that trade must grow.",
        "Xi",
        1,
        "Xi Jinping",
        "person",
    ),
    # a short form used before the full name still resolves
    (
        "Sunak said on Monday that the deal was close. British Prime Minister Rishi Sunak spoke in London.",
        "Sunak",
        0,
        "Rishi Sunak",
        "person",
    ),
    # a title the text introduced
    (
        "Prime Minister Keir Starmer met the king on Tuesday. The prime minister said the meeting was warm.",
        "minister",
        0,
        "Keir Starmer",
        "person",
    ),
    (
        "Ukrainian President Volodymyr Zelensky visited Warsaw. The Ukrainian leader thanked his hosts.",
        "leader",
        0,
        "Volodymyr Zelensky",
        "person",
    ),
    (
        "Canadian Prime Minister Mark Carney met Indian Prime Minister Narendra Modi. The Indian prime minister said ties would improve.",
        "minister",
        0,
        "Narendra Modi",
        "person",
    ),
    (
        "President Volodymyr Zelensky visited Warsaw. The Ukrainian leader thanked his hosts.",
        "leader",
        0,
        "Volodymyr Zelensky",
        "person",
    ),
    (
        "President Volodymyr Zelensky met President Andrzej Duda. The Ukrainian leader thanked his hosts.",
        "leader",
        0,
        None,
        None,
    ),
    (
        "Vice President Kamala Harris spoke in Ohio. Later the president said the plan was sound.",
        "president",
        0,
        None,
        None,
    ),
    (
        "U.N. Secretary-General Antonio Guterres called for a ceasefire. The U.N. chief said civilians must be protected.",
        "chief",
        0,
        "Antonio Guterres",
        "person",
    ),
    (
        "The European Union's foreign policy chief Kaja Kallas said the bloc would respond.",
        "bloc",
        0,
        "European Union",
        "organization",
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu's office said the talks would resume.",
        "office",
        0,
        "Benjamin Netanyahu",
        "person",
    ),
    # a bare title never introduced
    ("The president said the vote had been fair.", "president", 0, None, None),
    # possessive offices: an actor of their own unless the text names the holder
    (
        "Russia's foreign minister said the talks had failed.",
        "minister",
        0,
        "Russian Foreign Minister",
        "person",
    ),
    (
        "Iran's defence minister warned the neighbours.",
        "minister",
        0,
        "Iranian Defence Minister",
        "person",
    ),
    (
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara. Russia's foreign minister said the visit was useful.",
        "minister",
        0,
        "Sergei Lavrov",
        "person",
    ),
    (
        "Pakistan's foreign minister, Ishaq Dar, spoke by phone with his Chinese counterpart.",
        "Dar",
        0,
        "Ishaq Dar",
        "person",
    ),
    # a counterpart holds the possessor's office in the other state
    (
        "Russian Foreign Minister Sergei Lavrov spoke by phone with his Chinese counterpart on Monday.",
        "counterpart",
        0,
        "Chinese Foreign Minister",
        "person",
    ),
    (
        "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi on Monday.",
        "counterpart",
        0,
        "Wang Yi",
        "person",
    ),
    # metonyms stand for the state
    ("The Kremlin rejected the claim on Monday.", "Kremlin", 0, "Russia", "country"),
    ("Moscow denied the report.", "Moscow", 0, "Russia", "country"),
    (
        "Washington warned Beijing against any move on the island.",
        "Washington",
        0,
        "United States",
        "country",
    ),
    ("Washington warned Beijing against any move on the island.", "Beijing", 0, "China", "country"),
    ("The White House said the talks would continue.", "House", 0, "United States", "country"),
    (
        "Downing Street said the prime minister would not resign.",
        "Street",
        0,
        "United Kingdom",
        "country",
    ),
    ("The Elysee said the president would travel to Berlin.", "Elysee", 0, "France", "country"),
    ("New Delhi summoned the envoy.", "Delhi", 0, "India", "country"),
    # ministries, armies and missions speak for their state
    (
        "China's foreign ministry said on Monday that the plan was wrong.",
        "ministry",
        0,
        "China",
        "country",
    ),
    (
        "The Russian defence ministry said its forces had taken the village.",
        "ministry",
        0,
        "Russia",
        "country",
    ),
    ("Israeli troops entered the town.", "troops", 0, "Israel", "country"),
    ("Ukraine's air force said it shot down 30 drones.", "force", 0, "Ukraine", "country"),
    (
        "Iran's mission to the United Nations said the matter was closed. The mission added that it wanted calm.",
        "mission",
        1,
        "Iran",
        "country",
    ),
    # ... unless a named spokesperson speaks for that body
    (
        "Chinese foreign ministry spokesperson Mao Ning said the plan was wrong. The Chinese foreign ministry later repeated the warning.",
        "ministry",
        1,
        "Mao Ning",
        "person",
    ),
    (
        "State Department spokesman Matthew Miller said the talks were useful. The State Department later denied the report.",
        "Department",
        1,
        "Matthew Miller",
        "person",
    ),
    (
        "IDF spokesman Rear Admiral Daniel Hagari said the strikes were over. The IDF said it had hit 40 targets.",
        "IDF",
        1,
        "Daniel Hagari",
        "person",
    ),
    # a spokesperson of a seat of government leaves the state its metonym
    (
        "Kremlin spokesman Dmitry Peskov said talks were possible. The Kremlin later denied it.",
        "Kremlin",
        1,
        "Russia",
        "country",
    ),
    # organisations, their bodies and references back to them
    (
        "The UN Security Council met on Friday. The council adopted a resolution.",
        "council",
        0,
        "UN Security Council",
        "organization",
    ),
    (
        "The 193-member General Assembly voted on Thursday.",
        "Assembly",
        0,
        "UN General Assembly",
        "organization",
    ),
    (
        "Houthi rebels fired missiles at ships. The group said more attacks would follow.",
        "group",
        0,
        "Houthis",
        "group",
    ),
    (
        "The European Central Bank raised rates. Other central banks followed.",
        "banks",
        0,
        None,
        None,
    ),
    ("ISIS-K claimed responsibility for the bombing.", "K", 0, "Islamic State Khorasan", "group"),
    (
        "Russia's Security Council met on Friday.",
        "Council",
        0,
        "Russian Security Council",
        "organization",
    ),
    ("Western governments condemned the vote.", "governments", 0, "Western countries", "group"),
    # states by demonym: forces and places stand for the state, victims do not
    ("Russian missiles struck Ukrainian cities overnight.", "cities", 0, "Ukraine", "country"),
    ("The strike killed 12 civilians in the market.", "civilians", 0, None, None),
    ("The Damascus strike killed seven officers.", "Damascus", 0, None, None),
    # pronouns
    (
        "Indian Prime Minister Narendra Modi arrived in Kyiv. He told reporters that peace was possible.",
        "He",
        0,
        "Narendra Modi",
        "person",
    ),
    (
        "Italian Prime Minister Giorgia Meloni met French President Emmanuel Macron in Rome. She said Europe had to act.",
        "She",
        0,
        "Giorgia Meloni",
        "person",
    ),
    (
        "UN envoy Amara Okafor met Drovnian President Viktor Salmo in Tarsk. She said the talks were frank.",
        "She",
        0,
        "Amara Okafor",
        "person",
    ),
    ("He said the talks were useful.", "He", 0, None, None),
    ("It is to be noted that the talks failed.", "It", 0, None, None),
    # datelines, news agencies and generic nouns are never actors
    ("KABUL: Officials said a bomb went off near the airport.", "KABUL", 0, None, None),
    ("UNITED NATIONS (Reuters) - The Security Council voted on Friday.", "NATIONS", 0, None, None),
    ("UNITED NATIONS (Reuters) - The Security Council voted on Friday.", "Reuters", 0, None, None),
    ("Xinhua reported that the minister had resigned.", "Xinhua", 0, None, None),
    ("Officials said the attack had been planned.", "Officials", 0, None, None),
    # a state the gazetteer does not know, with the demonym the text derives from it
    (
        "Atlantian President Jon Varo met the envoy. Atlantia rejected the plan.",
        "Varo",
        0,
        "Jon Varo",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "word", "nth", "name", "kind"), MENTIONS)
def test_actors_resolve_token(nlp, text, word, nth, name, kind):
    resolver, doc = _resolver(nlp, text)
    actor = resolver.resolve_token(_token(doc, word, nth))
    if name is None:
        assert actor is None
    else:
        assert actor is not None, f"{word!r} in {text!r} resolved to nothing"
        assert (actor.name, actor.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "word", "role", "affiliation"),
    [
        ("Russian President Vladimir Putin met the envoy.", "Putin", "President", "Russia"),
        (
            "U.S. Secretary of State Marco Rubio spoke by phone.",
            "Rubio",
            "Secretary of State",
            "United States",
        ),
        (
            "UN Secretary-General Antonio Guterres urged restraint.",
            "Guterres",
            "Secretary-General",
            "United Nations",
        ),
        (
            "Dmitry Peskov, the Kremlin spokesman, said talks were possible.",
            "Peskov",
            "Spokesman",
            "Russia",
        ),
        (
            "Russia's foreign minister said the talks had failed.",
            "minister",
            "Foreign Minister",
            "Russia",
        ),
        (
            "Atlantian President Jon Varo met the envoy in Atlantia.",
            "Varo",
            "President",
            "Atlantia",
        ),
        (
            "Foreign Minister Anna Berg of Sweden met the envoy in Stockholm.",
            "Berg",
            "Foreign Minister",
            "Sweden",
        ),
    ],
)
def test_actors_person_role_and_affiliation(nlp, text, word, role, affiliation):
    resolver, doc = _resolver(nlp, text)
    actor = resolver.resolve_token(_token(doc, word))
    assert (actor.role, actor.affiliation) == (role, affiliation)
    assert actor.kind == "person"


def test_actors_person_is_never_merged_into_the_state(nlp):
    resolver, doc = _resolver(nlp, "Russian President Vladimir Putin said Russia would respond.")
    putin = resolver.resolve_token(_token(doc, "Putin"))
    russia = resolver.resolve_token(_token(doc, "Russia"))
    assert putin.key != russia.key
    assert putin.affiliation == russia.name


def test_actors_person_names_keep_the_texts_accents_and_fold_them_in_the_key(nlp):
    resolver, doc = _resolver(nlp, "Hungarian Prime Minister Viktor Orbán met the pope.")
    orban = resolver.resolve_token(_token(doc, "Orbán"))
    assert orban.name == "Viktor Orbán"
    assert "Viktor Orban" in orban.aliases
    # one key with a wire that drops the accents: one node across documents
    assert orban.key == "person:viktor orban"


def test_actors_resolve_span(nlp):
    text = "Israeli Prime Minister Benjamin Netanyahu spoke to Russian President Vladimir Putin."
    resolver, doc = _resolver(nlp, text)
    assert resolver.resolve_span(doc[0:5]).name == "Benjamin Netanyahu"
    assert resolver.resolve_span(doc[7:11]).name == "Vladimir Putin"
    assert resolver.resolve_span(doc[7:8]).name == "Russia"
    assert resolver.resolve_span(doc[0:0]) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Netanyahu", "Benjamin Netanyahu"),
        ("PM Netanyahu", "Benjamin Netanyahu"),
        ("the Kremlin", "Russia"),
        ("Moscow", "Russia"),
        ("UNSC", "UN Security Council"),
        ("Russian", "Russia"),
        ("he", None),
        ("Reuters", None),
        ("", None),
    ],
)
def test_actors_resolve_name(nlp, name, expected):
    text = "Israeli Prime Minister Benjamin Netanyahu spoke to the Kremlin, Reuters reported."
    resolver, _ = _resolver(nlp, text)
    actor = resolver.resolve_name(name)
    assert (actor.name if actor else None) == expected


def test_actors_document_source_and_dateline_agency_are_news_agencies(nlp):
    text = "KYIV (Wire Daily) - Zelensky spoke. Example News said the call was long."
    resolver, doc = _resolver(nlp, text, source="Example News")
    assert resolver.is_news_agency("Wire Daily")
    assert resolver.is_news_agency("Example News")
    assert resolver.resolve_token(_token(doc, "News")) is None
    assert not resolver.is_news_agency("Kyiv")


@pytest.mark.parametrize(("name", "agency"), [("AFP", True), ("PTI", True), ("Hamas", False)])
def test_actors_is_news_agency(name, agency):
    assert is_news_agency(name) is agency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NEW DELHI: The Congress walked out of the Lok Sabha as India's government defended the bill.",
            "Indian National Congress",
        ),
        (
            "WASHINGTON - Congress passed the bill, and the United States will send aid to its allies.",
            "U.S. Congress",
        ),
    ],
)
def test_actors_ambiguous_names_follow_the_document(nlp, text, expected):
    resolver, doc = _resolver(nlp, text)
    assert resolver.resolve_token(_token(doc, "Congress")).name == expected


def test_actors_aliases_keep_surface_forms(nlp):
    text = "The Kremlin said Moscow would respond. Russia later repeated it."
    resolver, doc = _resolver(nlp, text)
    russia = resolver.resolve_token(_token(doc, "Russia"))
    assert {"Kremlin", "Moscow"} <= set(russia.aliases)
    assert resolver.resolve_token(_token(doc, "Kremlin")) == russia


def test_actors_same_actor_has_one_key_across_documents(nlp):
    first, doc1 = _resolver(nlp, "The Kremlin said Russian President Vladimir Putin would travel.")
    second, doc2 = _resolver(nlp, "Moscow denied it. President Vladimir Putin spoke on Monday.")
    assert first.resolve_token(_token(doc1, "Kremlin")).key == "wd:Q159"
    assert second.resolve_token(_token(doc2, "Moscow")).key == "wd:Q159"
    putin1 = first.resolve_token(_token(doc1, "Putin"))
    putin2 = second.resolve_token(_token(doc2, "Putin"))
    assert putin1.key == putin2.key == "person:vladimir putin"


# ---------------------------------------------------------------- the system's output

_PRONOUNS = {
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "they",
    "them",
    "their",
    "it",
    "its",
    "we",
    "us",
    "our",
    "i",
    "me",
    "you",
    "who",
    "which",
    "that",
    "this",
    "these",
    "those",
}
_TITLE_WORDS = {
    "the",
    "a",
    "an",
    "president",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "secretary",
    "general",
    "secretary-general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "speaker",
    "chancellor",
    "leader",
    "pm",
    "premier",
    "king",
    "chief",
    "official",
    "officials",
    "vice",
    "former",
    "senator",
    "governor",
    "mayor",
}
_DATELINE = re.compile(r"^\s*([A-Z][\w.' /,-]*?)\s*(?:\(([^)]{1,60})\))?\s*[-–—:]{1,2}\s")


def _bare_title(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return bool(words) and all(w in _TITLE_WORDS for w in words)


def _corpus_path(shared: Path, corpus: str) -> Path:
    if corpus == "sample":
        if not (ROOT / "data").is_dir():
            pytest.skip("no sample corpus in data/")
        return ROOT / "data"
    return shared / "corpus" / corpus


@pytest.mark.parametrize(
    "corpus",
    [
        "dev",
        "seed",
        "sample",
    ],
)
def test_actors_output_has_no_pronoun_title_dateline_or_agency(shared_dir, corpus):
    """Every agent, target and voter the system outputs is a real actor."""
    from eventgraph.extract import extract
    from eventgraph.loaders import iter_documents

    gazetteer = load_gazetteer()
    bad: list[str] = []
    for document, events in extract(iter_documents([_corpus_path(shared_dir, corpus)]), jobs=1):
        datelines: set[str] = set()
        match = _DATELINE.match(document.text)
        if match:
            datelines = {normalize(p) for p in re.split(r"[/,]", match.group(1)) if p.strip()}
            if match.group(2):
                datelines.add(normalize(match.group(2)))
        source = normalize(document.source or "")
        for event in events:
            names = [a.name for a in event.agents] + [a.name for a in event.targets]
            names += [b.actor.name for b in event.ballots]
            for name in names:
                key = normalize(name)
                if (
                    key in _PRONOUNS
                    or _bare_title(name)
                    or (name.isupper() and key in datelines)
                    or gazetteer.is_news_agency(name)
                    or (source and key == source)
                ):
                    bad.append(f"{document.id} {event.type}: {name!r}")
    assert not bad, bad


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("the prime minister", True),
        ("President", True),
        ("Foreign Minister", True),
        ("Russian Foreign Minister", False),
        ("Vladimir Putin", False),
    ],
)
def test_actors_bare_title_check(name, bare):
    assert _bare_title(name) is bare


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Finance Minister Lee Min-jae met bankers in Busan on Monday.", "Lee", "Lee Min-jae"),
        ("Foreign Minister Jean-Pierre Dumont spoke to reporters.", "Dumont", "Jean-Pierre Dumont"),
        ("Defence chief Choi Hye-won hosted the delegation in Seoul.", "Choi", "Choi Hye-won"),
    ],
)
def test_actors_hyphenated_given_names_are_kept_whole(nlp, text, word, name):
    resolver, doc = _resolver(nlp, text)
    assert resolver.resolve_token(_token(doc, word)).name == name


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("Rebels shelled the town of Mbaraki on Sunday.", "Mbaraki", None),
        ("A bomb went off near the border town of Tessalit.", "Tessalit", None),
        ("Gunmen attacked Gwadar's main market on Friday.", "Gwadar", None),
        ("Kestria accused Valmora of shelling the border.", "Kestria", "Kestria"),
    ],
)
def test_actors_towns_and_sites_are_no_actors(nlp, text, word, actor):
    resolver, doc = _resolver(nlp, text)
    found = resolver.resolve_token(_token(doc, word))
    assert (found.name if found else None) == actor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israel's parliament voted on Monday to dissolve itself.", "Knesset"),
        (
            "Pakistan's parliament voted on Monday to extend the mandate.",
            "National Assembly of Pakistan",
        ),
        ("Israel's army said it struck a depot.", "Israel"),
    ],
)
def test_actors_a_states_possessive_body_is_the_body(nlp, text, name):
    resolver, doc = _resolver(nlp, text)
    assert resolver.resolve_span(doc[0:3]).name == name


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        (
            "The talks were hosted by Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in Doha.",
            "Tamim",
            "Tamim bin Hamad Al Thani",
        ),
        (
            "Crown Prince Mohammed bin Salman Al Saud received the delegation in Riyadh.",
            "Mohammed",
            "Mohammed bin Salman Al Saud",
        ),
    ],
)
def test_actors_name_particles_do_not_count_toward_a_names_length(nlp, text, word, name):
    resolver, doc = _resolver(nlp, text)
    assert resolver.resolve_token(_token(doc, word)).name == name


# (text, head word, occurrence, canonical name or None, role, affiliation): the second
# round of mentions, from the actors practice set's error classes.
RESOLUTIONS = [
    # parties: each resolves to its own party, never to the U.S. Democratic Party
    (
        "The Christian Democrats and the Social Democrats backed the bill in the Bundestag.",
        "Democrats",
        0,
        "Christian Democratic Union",
        None,
        "Germany",
    ),
    (
        "The Christian Democrats and the Social Democrats backed the bill in the Bundestag.",
        "Democrats",
        1,
        "Social Democratic Party",
        None,
        "Germany",
    ),
    (
        "Denmark's Social Democrats said on Monday they would vote against the plan.",
        "Democrats",
        0,
        "Danish Social Democrats",
        None,
        "Denmark",
    ),
    (
        "Britain's Labour backed the bill, while the Liberal Democrats abstained.",
        "Democrats",
        0,
        "Liberal Democrats",
        None,
        "United Kingdom",
    ),
    (
        "The Greens voted against the bill in Germany's Bundestag.",
        "Greens",
        0,
        "Alliance 90/The Greens",
        None,
        "Germany",
    ),
    (
        "Canada's Conservatives said the budget would raise taxes.",
        "Conservatives",
        0,
        "Conservative Party of Canada",
        None,
        "Canada",
    ),
    ("Likud backed the measure in the Knesset.", "Likud", 0, "Likud", None, "Israel"),
    (
        "The Bundestag voted. The Left party voted against it.",
        "party",
        0,
        "The Left",
        None,
        "Germany",
    ),
    # "most ruling party lawmakers" are some of the party, not the party
    (
        "Yoon's People Power Party lost. Most ruling party lawmakers walked out.",
        "party",
        0,
        None,
        None,
        None,
    ),
    # titles after the text introduced the holder; leaders by their state
    (
        "President Volodymyr Zelensky of Ukraine met Donald Trump. The Ukrainian leader said he"
        " was grateful.",
        "leader",
        0,
        "Volodymyr Zelensky",
        "President",
        "Ukraine",
    ),
    (
        "The foreign minister of Russia, Sergei Lavrov, said talks had failed.",
        "Lavrov",
        0,
        "Sergei Lavrov",
        "Foreign Minister",
        "Russia",
    ),
    (
        "Irish Taoiseach Micheal Martin spoke to Keir Starmer. The Irish leader raised concerns.",
        "leader",
        0,
        "Micheal Martin",
        "Taoiseach",
        "Ireland",
    ),
    (
        "Secretary of State Marco Rubio of the United States called Wang Yi. The top U.S."
        " diplomat pressed Beijing.",
        "diplomat",
        0,
        "Marco Rubio",
        "Secretary of State",
        "United States",
    ),
    # a counterpart named in apposition holds the owner's office in the other state
    (
        "Turkish President Recep Tayyip Erdogan held a call with his Russian counterpart,"
        " Vladimir Putin. The Russian president said talks were useful.",
        "president",
        0,
        "Vladimir Putin",
        "President",
        "Russia",
    ),
    (
        "External Affairs Minister S Jaishankar held talks with his Chinese counterpart Wang Yi"
        " in New Delhi.",
        "Yi",
        0,
        "Wang Yi",
        "Foreign Minister",
        "China",
    ),
    # non-English names: the name a person goes by, hyphenated particles, mis-tagged names
    (
        "Brazilian President Luiz Inácio Lula da Silva spoke to Claudia Sheinbaum. Lula told"
        " her that Brazil would not yield.",
        "Lula",
        1,
        "Luiz Inácio Lula da Silva",
        "President",
        "Brazil",
    ),
    (
        "Army chief Gen. Abdel Fattah al-Burhan vowed to crush the rebellion. The UAE rejected"
        " Burhan's accusation.",
        "Burhan",
        1,
        "Abdel Fattah al-Burhan",
        None,
        None,
    ),
    (
        "Thailand's Prasert Kittikhun and Cambodia's Sokha Vannak talked for an hour. The"
        " agency quoted Sokha as saying he welcomed the talks.",
        "Sokha",
        1,
        "Sokha Vannak",
        None,
        None,
    ),
    (
        "Giorgia Meloni met Keir Starmer in Rome. She said migration was the priority.",
        "She",
        0,
        "Giorgia Meloni",
        None,
        None,
    ),
    # offices named through the body a common noun refers back to, and their synonyms
    (
        "EU foreign policy chief Kaja Kallas met Wang Yi. The bloc's top diplomat said ties"
        " were strained.",
        "diplomat",
        0,
        "Kaja Kallas",
        "Foreign Policy Chief",
        "European Union",
    ),
    (
        "NATO Secretary General Mark Rutte met Trump. The alliance chief said Europe would"
        " spend more.",
        "chief",
        0,
        "Mark Rutte",
        None,
        "NATO",
    ),
    (
        "Pope Leo XIV met Zelensky at the Vatican. The pontiff urged a ceasefire.",
        "pontiff",
        0,
        "Leo XIV",
        "Pope",
        None,
    ),
    (
        "The Hungarian prime minister, Viktor Orban, said he would veto the package. Orban's"
        " spokesman Zoltan Kovacs said the veto stood.",
        "Kovacs",
        0,
        "Zoltan Kovacs",
        "Spokesman",
        None,
    ),
    # an aide speaks for the state or body of the person whose aide they are
    (
        "U.N. Secretary-General Antonio Guterres condemned the attacks, his spokesman"
        " Stephane Dujarric said.",
        "Dujarric",
        0,
        "Stephane Dujarric",
        "Spokesman",
        "United Nations",
    ),
    (
        "Argentine President Javier Milei's spokesman, Manuel Adorni, accused Lula of meddling.",
        "Adorni",
        0,
        "Manuel Adorni",
        "Spokesman",
        "Argentina",
    ),
    # a party's members in the plural, and a chamber's members without their party
    (
        "Spain's Congress of Deputies rejected the motion. The Socialists voted against.",
        "Socialists",
        0,
        "Spanish Socialist Workers' Party",
        None,
        "Spain",
    ),
    (
        "Spain's Congress of Deputies met. The prime minister told lawmakers that he would stay.",
        "lawmakers",
        0,
        "Congress of Deputies",
        None,
        None,
    ),
    (
        "The Bundestag voted. Three Social Democrat lawmakers voted against it.",
        "lawmakers",
        0,
        None,
        None,
        None,
    ),
    # the head of an organisation under another of the head's titles; news agencies
    (
        "IAEA chief Rafael Grossi met Abbas Araghchi. The U.N. nuclear watchdog's director"
        " general said inspectors must return.",
        "general",
        0,
        "Rafael Grossi",
        None,
        "International Atomic Energy Agency",
    ),
    (
        "North Korea denounced the talks, according to the official KCNA news agency.",
        "agency",
        0,
        None,
        None,
        None,
    ),
    # a title before a comma and a name the parser did not join as an apposition
    (
        "Kagame met Tshisekedi at a venue arranged by Qatar's emir, Sheikh Tamim bin Hamad Al"
        " Thani. The emir did not take part.",
        "emir",
        1,
        "Tamim bin Hamad Al Thani",
        "Emir",
        "Qatar",
    ),
    # the government a statement is about is the state, not the government's spokesman
    (
        "Government spokesman Tobias Lenz welcomed the vote in Germany's Bundestag. Marta Kuehn"
        " accused the government of dragging the country into war.",
        "government",
        0,
        "Germany",
        None,
        None,
    ),
    # a counterpart holds the owner's office under its common name
    (
        "British Defence Secretary John Healey met his German counterpart in Berlin.",
        "counterpart",
        0,
        "German Defence Minister",
        "Defence Minister",
        "Germany",
    ),
    (
        "U.S. Defense Secretary Pete Hegseth met his Chinese counterpart, Dong Jun, in Kuala"
        " Lumpur. The Chinese defence minister said China would defend its interests.",
        "minister",
        0,
        "Dong Jun",
        "Defence Minister",
        "China",
    ),
    # an unnamed office takes the state's adjective as the text writes it
    (
        "Russia vetoed the resolution. The U.S. envoy said Washington was disappointed.",
        "envoy",
        0,
        "U.S. Envoy",
        "Envoy",
        "United States",
    ),
    # "the government" of a story filed from a capital, when two states are named as often
    (
        "NAIROBI (Wire) - Kenyan President William Ruto hosted his Somali counterpart in"
        " Nairobi. Kenya and Somalia agreed to cooperate. Somali officials welcomed it. An"
        " opposition leader accused the government of failing border communities.",
        "government",
        0,
        "Kenya",
        None,
        None,
    ),
    # a body attacked is its state (or nobody), never the spokesperson who spoke for it
    (
        "Police spokeswoman Muchiri Nyaga said gunmen attacked a police post in Mandera.",
        "police",
        0,
        None,
        None,
        None,
    ),
    # "it said" after "China's coast guard said": the possessor of the subject
    (
        "China's coast guard said it had expelled the Philippine vessel, which it said had"
        " intruded into Chinese waters.",
        "it",
        1,
        "China",
        None,
        None,
    ),
    # a spokesperson of one state's foreign ministry does not speak for another's
    (
        "China's foreign ministry said the release was safe. At a briefing, foreign ministry"
        " spokesperson Wang Wenbin accused Japan of lying. Japan's Foreign Ministry said it"
        " had protested.",
        "Ministry",
        0,
        "Japan",
        None,
        None,
    ),
    # a city the model does not know, naming an event, is a place
    (
        "North Korea's foreign ministry condemned the Busan meeting on Wednesday.",
        "Busan",
        0,
        None,
        None,
        None,
    ),
    # datelines with a date and an agency, dash or not, are no actors; a photo caption is
    # no dateline; a common noun opening a sentence is no place
    (
        "NEW DELHI, May 8 (PTI) At least 15 civilians were killed, the army said.",
        "DELHI",
        0,
        None,
        None,
        None,
    ),
    (
        "DUBAI, July 31 (Reuters) - Hamas said its leader had been killed.",
        "DUBAI",
        0,
        None,
        None,
        None,
    ),
    (
        "President Vladimir Putin (right) said the talks were useful.",
        "Putin",
        0,
        "Vladimir Putin",
        "President",
        None,
    ),
    ("Diplomats said Britain could bring a new text.", "Diplomats", 0, None, None, None),
    # a delegation named by its people stands for its side; "his guest" is the one he met
    (
        "Qatar's prime minister met Hamas negotiators led by Khalil al-Hayya in Doha.",
        "negotiators",
        0,
        "Hamas",
        None,
        None,
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed met Egyptian Foreign Minister Badr Abdelatty."
        " Abiy told his guest that the dam would harm no one.",
        "guest",
        0,
        "Badr Abdelatty",
        None,
        "Egypt",
    ),
    # "the junta" is the state whose military government the text named
    (
        "Anwar urged Myanmar's military government to extend its ceasefire. The shadow"
        " National Unity Government accused the junta of staging a sham vote.",
        "junta",
        0,
        "Myanmar",
        None,
        None,
    ),
    # party names several states share follow the state the text names, and initials
    # follow the body the text named ("PPP" after "People Power Party")
    (
        "South Korea's National Assembly approved him after the People Power Party boycotted"
        " the vote. PPP floor leader Song Eon-seok accused the Democrats of ramming it through.",
        "Democrats",
        0,
        "Democratic Party of Korea",
        None,
        "South Korea",
    ),
    (
        "South Korea's National Assembly approved him after the People Power Party boycotted"
        " the vote. PPP floor leader Song Eon-seok accused the Democrats of ramming it through.",
        "PPP",
        0,
        "People Power Party",
        None,
        "South Korea",
    ),
    (
        "Democrats in the U.S. Senate blocked the bill.",
        "Democrats",
        0,
        "Democratic Party",
        None,
        "United States",
    ),
    # seats of government and ministries standing for their state
    (
        "Foggy Bottom said on Monday that it would respond.",
        "Bottom",
        0,
        "United States",
        None,
        None,
    ),
    ("Itamaraty said on Monday that it would respond.", "Itamaraty", 0, "Brazil", None, None),
    ("The Planalto palace said Lula had spoken to Sheinbaum.", "palace", 0, "Brazil", None, None),
]


@pytest.mark.parametrize(("text", "word", "nth", "name", "role", "affiliation"), RESOLUTIONS)
def test_actors_resolve_parties_titles_and_names(nlp, text, word, nth, name, role, affiliation):
    resolver, doc = _resolver(nlp, text)
    actor = resolver.resolve_token(_token(doc, word, nth))
    if name is None:
        assert actor is None
        return
    assert actor is not None and actor.name == name
    if role is not None:
        assert actor.role == role
    if affiliation is not None:
        assert actor.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "word", "unnamed"),
    [
        (
            "U.S. Secretary of State Marco Rubio called Wang Yi. The top U.S. diplomat pressed"
            " Beijing.",
            "diplomat",
            False,
        ),
        ("A senior U.S. diplomat said the talks had stalled.", "diplomat", True),
        ("Western diplomats said the vote would be close.", "diplomats", True),
        ("North Korea denounced the talks, KCNA news agency said.", "agency", True),
    ],
)
def test_actors_named_holder_is_no_unnamed_source(nlp, text, word, unnamed):
    from eventgraph.extraction.speech import is_unnamed_source

    resolver, doc = _resolver(nlp, text)
    assert is_unnamed_source(_token(doc, word), resolver) is unnamed


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "DOHA (Gulf Desk) - Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin"
            " Abdulrahman Al Thani met Hamas negotiators in Doha on Tuesday.",
            "Foreign Minister",
            "Mohammed bin Abdulrahman Al Thani",
        ),
        (
            "NAIROBI (Savannah Wire) - Kenyan President William Ruto hosted his Somali"
            " counterpart Hassan Sheikh Mohamud in Nairobi on Wednesday. Somali officials"
            " praised Somalia's ties with Kenya. Al-Shabaab is active in Somalia. Opposition"
            " leader Kalonzo Musyoka accused the government of failing border communities.",
            "Somalia",
            "Kenya",
        ),
    ],
)
def test_actors_extraction_names_no_title_and_the_datelines_government(nlp, text, absent, present):
    from eventgraph.extract import extract

    document = Document("t", text, published=date(2025, 10, 15))
    [(_doc, events)] = list(extract([document], jobs=1))
    named = [a.name for e in events for a in (*e.agents, *e.targets) if e.type != "attack"]
    assert present in named
    if absent == "Somalia":
        accusation = [e for e in events if "Musyoka" in " ".join(a.name for a in e.agents)]
        assert [a.name for a in accusation[0].targets] == [present]
    else:
        assert absent not in named


# (text, word, occurrence, canonical name or None): round-3 resolution classes
ROUND_THREE = [
    # a state's government or junta is the state the phrase places it in, and "the junta"
    # after it is that state, not the state the text named first
    (
        "France withdrew its troops from Niger. The AU criticised the military government in "
        "Niger and called on the junta to free Bazoum.",
        "government",
        0,
        "Niger",
    ),
    (
        "France withdrew its troops from Niger. The AU criticised the military government in "
        "Niger and called on the junta to free Bazoum.",
        "junta",
        0,
        "Niger",
    ),
    (
        "Ukraine asked for help. Officials said the authorities in Poland closed the crossing.",
        "authorities",
        0,
        "Poland",
    ),
    # an embassy in a state is another state's: only state bodies are placed (never Niger)
    (
        "Germany said on Monday that the embassy in Niger would stay open.",
        "embassy",
        0,
        None,
    ),
    # a body qualified by another organisation is that organisation's, not a namesake's
    ("The AU Peace and Security Council condemned the coup.", "Council", 0, "African Union"),
    ("The UN Security Council met on Monday.", "Council", 0, "UN Security Council"),
    ("NATO and the UN Security Council met on Monday.", "Council", 0, "UN Security Council"),
    # "the council" after the AU's council refers back to the AU, not the UN's council
    (
        "The AU Peace and Security Council met on Monday. The council condemned the coup.",
        "council",
        0,
        "African Union",
    ),
    (
        "The UN Security Council met on Monday. The council condemned the coup.",
        "council",
        0,
        "UN Security Council",
    ),
    # a member noun after a generic noun of a body named before: that body
    ("NATO met in Brussels. Alliance leaders condemned Russia.", "leaders", 0, "NATO"),
    ("The EU met in Brussels. Bloc ministers condemned Russia.", "ministers", 0, "European Union"),
    ("Russia met in Moscow. Alliance leaders condemned Russia.", "leaders", 0, None),
    ("NATO met in Brussels. Party leaders condemned Russia.", "leaders", 0, None),
    # a state's body named after a namesake of another state is the state's
    (
        "South Korea's National Security Council said on Thursday it would act.",
        "Council",
        0,
        "South Korea",
    ),
    (
        "The U.S. National Security Council said it would act.",
        "Council",
        0,
        "U.S. National Security Council",
    ),
    # "the ministry" is the ministry named before, and its spokesperson only once named
    (
        "China's commerce ministry condemned the tariffs. The duties took effect on Tuesday, the "
        "ministry said. Foreign ministry spokesperson Lin Jian said Beijing would fight.",
        "ministry",
        1,
        "China",
    ),
    (
        "India's foreign ministry rejected the allegations on Tuesday. On Thursday, ministry "
        "spokesperson Arindam Bagchi said Canada had shared nothing.",
        "ministry",
        0,
        "India",
    ),
    (
        "Chinese foreign ministry spokesperson Mao Ning spoke on Monday. The ministry said the "
        "visit was a provocation.",
        "ministry",
        1,
        "Mao Ning",
    ),
    # a gazetteer alias ending a person's full name is that person's surname
    (
        "Congo's foreign minister Therese Kayikwamba Wagner accused Rwanda of aggression.",
        "Wagner",
        0,
        "Therese Kayikwamba Wagner",
    ),
    ("Wagner fighters attacked the village.", "Wagner", 0, "Wagner Group"),
    # the presidential office speaks for the state, as its government does
    (
        "Taiwan's parliament passed the bills. The presidential office said it regretted it.",
        "office",
        0,
        "Taiwan",
    ),
    # an organisation's ministers of any field meet as its ministers' body
    (
        "European Union environment ministers gave final approval on Monday.",
        "ministers",
        0,
        "Council of the European Union",
    ),
    ("EU leaders met in Brussels on Monday.", "leaders", 0, "European Council"),
    ("NATO defence ministers met in Brussels on Monday.", "ministers", 0, None),
    # a title with a named person in apposition is that person, tagged or not by the model
    (
        "Russia's ambassador to China, Igor Morgulov, dismissed the visit as a stunt.",
        "ambassador",
        0,
        "Igor Morgulov",
    ),
    # a wing or faction of a group is the group
    (
        "Hours later, the armed wing of Palestinian Islamic Jihad said it had fired rockets.",
        "wing",
        0,
        "Palestinian Islamic Jihad",
    ),
    ("A splinter faction of the Taliban said it fired rockets.", "faction", 0, "Taliban"),
    ("The right wing of the party said it would vote no.", "wing", 0, None),
    # UN peacekeeping missions are bodies of their own
    (
        "Militiamen attacked a barge of the U.N. Mission in South Sudan near Nasir.",
        "Mission",
        0,
        "UN Mission in South Sudan",
    ),
    ("UNIFIL said two peacekeepers were hurt.", "UNIFIL", 0, "UNIFIL"),
    # a person's state body is the person's state
    (
        "Venezuelan President Nicolas Maduro met Richard Grenell. Grenell thanked Maduro's "
        "government for its cooperation.",
        "government",
        0,
        "Venezuela",
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu spoke. Netanyahu's office said the talks ended.",
        "office",
        0,
        "Benjamin Netanyahu",
    ),
    # name particles: the whole name, and the short form with its particle
    (
        "Ursula von der Leyen arrived in Kyiv. Von der Leyen said the bloc would help.",
        "Leyen",
        1,
        "Ursula von der Leyen",
    ),
    (
        "Former minister Jose Manuel dos Santos spoke. Dos Santos said the vote was fair.",
        "Santos",
        1,
        "Jose Manuel dos Santos",
    ),
    (
        "Emir Sheikh Tamim bin Hamad Al Thani met Erdogan. Sheikh Tamim said talks went well.",
        "Tamim",
        0,
        "Tamim bin Hamad Al Thani",
    ),
    # transliteration variants of armed groups in the gazetteer
    ("Tehreek-e-Taliban Pakistan claimed the attack.", "Pakistan", 0, "Tehrik-i-Taliban Pakistan"),
    ("Lashkar-e-Tayyiba claimed the attack.", "Tayyiba", 0, "Lashkar-e-Taiba"),
    ("Jaish-e-Mohammad claimed the attack.", "Mohammad", 0, "Jaish-e-Mohammed"),
    ("Hay'at Tahrir al-Sham seized the town.", "Sham", 0, "Hayat Tahrir al-Sham"),
    ("Al-Shabab claimed the attack.", "Shabab", 0, "al-Shabaab"),
    ("Hizballah fired rockets.", "Hizballah", 0, "Hezbollah"),
]


@pytest.mark.parametrize(("text", "word", "nth", "name"), ROUND_THREE)
def test_actors_resolve_bodies_placed_qualified_and_referred_back(nlp, text, word, nth, name):
    resolver, doc = _resolver(nlp, text)
    actor = resolver.resolve_token(_token(doc, word, nth))
    assert (actor.name if actor is not None else None) == name


# (text, head word, names the phrase reading gives): a day is no group's name
PHRASE_NAMES = [
    (
        "Drones hit a depot in Russia's Bryansk region on Sunday, which governor Alexander "
        "Bogomaz said caused a fire.",
        "Sunday",
        [],
    ),
    ("White Army militiamen attacked the town.", "militiamen", ["White Army"]),
]


@pytest.mark.parametrize(("text", "word", "names"), PHRASE_NAMES)
def test_actors_phrase_names_are_never_dates(nlp, text, word, names):
    from eventgraph.extraction.arguments import actors_at

    resolver, doc = _resolver(nlp, text)
    found = actors_at(_token(doc, word), resolver, "nsubj")
    assert [a.actor.name for a in found] == names


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("Alliance leaders wrapped up a summit in The Hague.", "summit", "wrapped"),
        ("The two ministers concluded talks in Riyadh.", "talks", "concluded"),
        ("The two ministers praised the talks in Riyadh.", "talks", None),
    ],
)
def test_actors_light_verbs_name_who_held_the_event(nlp, text, noun, verb):
    from eventgraph.extraction.arguments import light_verb

    found = light_verb(_token(nlp(text), noun))
    assert (found.text if found is not None else None) == verb
