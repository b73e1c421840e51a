"""The trigger lexicon: which words start an event, of which type, with which codes.

The lexicon is data (``triggers.tsv`` in this package), one row per trigger
lemma and part of speech, mapped to the eventgraph type, an implied statement
subtype, the CAMEO code and the PLOVER type. A row may carry one syntactic
condition ("speak" is a call only with a "to"/"with" complement); this module
reads the rows and checks the conditions on a parsed token.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

__all__ = [
    "BODY_WORDS",
    "MOTION_WORDS",
    "TriggerEntry",
    "is_voting_body",
    "WEAPONS",
    "intercepted_weapon",
    "interceptor",
    "load_lexicon",
    "retag_attack_nouns",
    "triggers_for",
]

#: Head nouns of the bodies that vote (a council, assembly, parliament ...).
BODY_WORDS = frozenset(
    [
        "council",
        "assembly",
        "parliament",
        "senate",
        "house",
        "sabha",
        "committee",
        "commission",
        "caucus",
        "board",
        "chamber",
        "legislature",
        "duma",
        "knesset",
        "bundestag",
        "cabinet",
        "lawmakers",
        "legislators",
        "representatives",
        "mps",
        "members",
        "delegates",
        "senators",
        "aldermen",
        "councillors",
        "councilors",
        "panel",
        "diet",
        "rada",
        "sejm",
        "bundesrat",
        "riksdag",
        "storting",
        "majlis",
        "yuan",
        "politburo",
        "presidium",
    ]
)
#: Nouns for people and delegations one meets ("met his counterpart").
_PARTY_NOUNS = frozenset(
    ["counterpart", "leader", "president", "minister", "delegation", "official", "envoy"]
    + ["ambassador", "representative", "chief", "head", "premier", "king", "family", "families"]
    + ["group", "member", "members", "leaders", "officials", "delegate", "delegates", "mediator"]
)
#: Head nouns of what a body votes on.
MOTION_WORDS = frozenset(
    [
        "resolution",
        "bill",
        "motion",
        "draft",
        "text",
        "measure",
        "legislation",
        "amendment",
        "proposal",
        "package",
        "demand",
        "candidate",
        "nomination",
        "budget",
        "law",
        "act",
        "treaty",
        "deal",
        "aid",
        "reform",
        "nominee",
        "constitution",
        "ordinance",
        "bid",
    ]
)


@dataclass(frozen=True)
class TriggerEntry:
    """One row of the trigger lexicon.

    Examples
    --------
    >>> entry = TriggerEntry("warn", "VERB", "-", "statement", "threat", "130", "THREATEN")
    >>> entry.type, entry.subtype
    ('statement', 'threat')
    """

    lemma: str
    pos: str
    condition: str
    type: str
    subtype: str | None
    cameo: str | None
    plover: str | None


def _dash_none(value: str) -> str | None:
    return None if value == "-" else value


@lru_cache(maxsize=1)
def load_lexicon() -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    """Read ``triggers.tsv``: entries keyed by ``(lemma, pos)``.

    Examples
    --------
    >>> [e.type for e in load_lexicon()[("meet", "VERB")]]
    ['meeting']
    """
    text = resources.files(__package__).joinpath("triggers.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, str], list[TriggerEntry]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, condition, type_, subtype, cameo, plover = line.split("\t")
        entry = TriggerEntry(
            lemma, pos, condition, type_, _dash_none(subtype), _dash_none(cameo), _dash_none(plover)
        )
        table.setdefault((lemma, pos), []).append(entry)
    return {key: tuple(entries) for key, entries in table.items()}


def is_voting_body(token: Token) -> bool:
    """Whether a noun names a body that votes ("the Security Council", "the Senate").

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("The Senate passed the bill.")
    >>> is_voting_body(doc[1]), is_voting_body(doc[4])
    (True, False)
    """
    words = {token.lemma_.lower(), token.text.lower()}
    words |= {t.text.lower() for t in token.children if t.dep_ in ("compound", "pobj")}
    return bool(words & BODY_WORDS)


#: Verbs of a body's decision whose subject may be the motion ("the bill passed").
_PASSING = frozenset(["pass", "clear", "fail", "carry"])
#: What a motion that "failed to" do needed from a vote ("failed to pass").
_WINNING = frozenset(
    ["pass", "adopt", "win", "secure", "garner", "get", "receive", "clear", "muster", "gain"]
)
#: Verbs of choosing a person, which a party caucus does too ("the party elected Ley").
_CHOOSING = frozenset(["elect", "re-elect", "reelect", "nominate", "confirm"])
#: Acts that a body takes only by a vote.
_BODY_ACTS = frozenset(["impeach", "censure", "elect", "re-elect", "reelect", "override"])
#: Words that show votes were counted ("by a show of hands", "by acclamation").
_COUNTED = frozenset(
    ["vote", "ballot", "abstention", "hand", "acclamation", "majority", "favour", "favor"]
)
#: Verbs that plan, demand or set up a vote that has not been held ("forced a vote").
_UNHELD = frozenset(
    ["set", "schedule", "call", "demand", "seek", "request", "force", "need", "require"]
    + ["push", "press", "prepare", "plan", "propose", "postpone", "delay", "block", "avoid"]
    + ["cancel", "expect", "want", "urge", "pave", "await"]
)
#: Nouns whose "for" names a vote not (yet) held ("the way for a vote", "calls for a vote").
_UNHELD_NOUNS = frozenset(
    ["way", "quorum", "majority", "call", "demand", "push", "bid", "pressure", "need", "plan"]
)


def _is_party(token: Token) -> bool:
    """A political party named as a subject ("the Liberal Party", "the Tories")."""
    words = {token.lemma_.lower()} | {
        c.lemma_.lower() for c in token.children if c.dep_ == "compound"
    }
    return "party" in words and token.pos_ == "PROPN" or "caucus" in words


def _version_of_motion(noun: Token) -> bool:
    """ "An earlier version of the bill", "parts of the package": a motion too."""
    return noun.lemma_.lower() in ("version", "part", "draft", "copy", "text") and any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(g.lemma_.lower() in MOTION_WORDS for g in prep.children)
        for prep in noun.children
    )


def _abstains(token: Token) -> bool:
    """ "Abstained in the vote", "abstained from voting"; not "abstained from criticising
    Russia" (refrained from it)."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                if obj.dep_ in ("pcomp", "pobj") and obj.lemma_.lower() not in (
                    "vote",
                    "voting",
                    "ballot",
                ):
                    return False
    return _held(token)


def _held(token: Token) -> bool:
    """Whether a vote names one that took place: not "setting up a confirmation vote",
    "forced a vote", "the quorum needed for a valid ballot", "paving the way for a
    vote", "has yet to vote", "without a vote"."""
    head = token.head
    if token.i >= 2 and [t.lower_ for t in token.doc[token.i - 2 : token.i]] == ["yet", "to"]:
        return False  # "parliament has yet to vote"
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _UNHELD:
        return False
    if token.dep_ == "pobj" and head.lower_ == "without":
        return False  # "forced the budget through without a vote"
    if token.dep_ == "pobj" and head.lower_ in ("for", "toward", "towards"):
        governor = head.head
        lemma = governor.lemma_.lower()
        if lemma in _UNHELD or (governor.pos_ == "NOUN" and lemma in _UNHELD_NOUNS):
            return False
    return True


def _given(token: Token, verbs: set[str]) -> bool:
    """ "Ministers gave final approval to the law": the object of a giving verb whose
    subject is a voting body, or ministers or lawmakers (who vote in one)."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in verbs:
        return False
    verb = token.head
    for child in verb.children:
        if child.dep_ == "nsubj" and (
            is_voting_body(child)
            or child.lemma_.lower() in ("minister", "lawmaker", "legislator", "senator")
        ):
            return True
    return False


def _prep_words(token: Token) -> set[str]:
    """The prepositions of a token, leaving out those of a date ("fired ... on Thursday")."""
    return {
        c.lower_
        for c in token.children
        if c.dep_ in ("prep", "agent", "dative")
        and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
    }


def _vote_context(token: Token) -> bool:
    """A body deciding on a motion, or votes counted: "the Senate passed the bill",
    "rejected by 107 votes to 13", "the bill cleared the Senate", "the party elected
    Ley", "the House impeached him"; not "the committee rejected the accusation"."""
    lemma = token.lemma_.lower()
    goals = [c for c in token.children if c.dep_ == "xcomp"]
    if lemma == "fail" and goals:
        # "the resolution failed to pass": a vote lost; not "the text failed to condemn"
        return any(g.lemma_.lower() in _WINNING for g in goals) and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (c.lemma_.lower() in MOTION_WORDS or is_voting_body(c))
            for c in token.children
        )
    body = motion = counted = False
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (
            is_voting_body(child) or (lemma in _CHOOSING and _is_party(child))
        ):
            body = True
        if child.dep_ == "agent" and any(is_voting_body(g) for g in child.children):
            body = True
        if child.dep_ == "dobj" and lemma in _PASSING and is_voting_body(child):
            body = True  # "the bill cleared the Senate"
        if child.dep_ in ("dobj", "nsubjpass") and (
            child.lemma_.lower() in MOTION_WORDS or _version_of_motion(child)
        ):
            motion = True
        if child.dep_ == "nsubj" and lemma in _PASSING and child.lemma_.lower() in MOTION_WORDS:
            motion = True  # "the motion failed", "the bill passed the House"
        if child.dep_ == "dobj" and lemma in _CHOOSING and child.ent_type_ == "PERSON":
            motion = True  # a candidate chosen: "elected Sussan Ley"
        if child.like_num or (
            child.dep_ in ("prep", "advcl")
            and any(g.lemma_.lower() in _COUNTED for g in child.subtree)
        ):
            counted = True
        if child.dep_ == "advmod" and child.lower_ in ("unanimously", "narrowly"):
            counted = True
    if body and lemma in _BODY_ACTS and not any(c.dep_ == "ccomp" for c in token.children):
        return True  # "the House impeached the president": only ever by a vote
    # a relative clause on a motion: "a resolution, which was adopted"
    if token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in MOTION_WORDS:
        motion = True
    return (
        counted
        or (body and motion)
        or (
            motion
            and any(t.lemma_.lower() in ("vote", "ballot", "veto", "abstain") for t in token.sent)
        )
    )


def _condition_holds(condition: str, token: Token, is_actor: Callable[[Token], bool]) -> bool:
    if condition == "-":
        return True
    name, _, value = condition.partition("=")
    words = set(value.split("|")) if value else set()
    if name == "prep":
        return bool(_prep_words(token) & words)
    if name == "prep_actor":
        return any(
            c.dep_ in ("prep", "dative")
            and c.lower_ in words
            and any(g.dep_ == "pobj" and is_actor(g) for g in c.children)
            for c in token.children
        )
    if name == "not_prep":
        return not _prep_words(token) & words
    if name == "prt":
        return any(c.dep_ == "prt" and c.lower_ in words for c in token.children)
    if name == "dobj":
        # "summoned the ambassador", "summoned High Commissioner Cameron MacKay"
        return any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in words
                or any(g.dep_ == "compound" and g.lemma_.lower() in words for g in c.children)
            )
            for c in token.children
        )
    if name == "dobj_actor":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if not objects:
            # "called Scholz on Friday" read as a naming construction (no object)
            objects = [c for c in token.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
        return any(is_actor(c) for c in objects)
    if name == "named_as":
        deps = {c.dep_ for c in token.children}
        oprd = [c for c in token.children if c.dep_ == "oprd"]
        return "oprd" in deps and ("dobj" in deps or any(c.pos_ != "PROPN" for c in oprd))
    if name == "on_to":
        return "on" in _prep_words(token) and any(
            c.dep_ in ("xcomp", "advcl")
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in token.children
        )
    if name == "party_object":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return all(is_actor(o) or o.lemma_.lower() in _PARTY_NOUNS for o in objects)
    if name == "subj_conj":
        return any(
            c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in token.children
        )
    if name == "child":
        return any(c.dep_ in words for c in token.children)
    if name == "vote_context":
        return _vote_context(token)
    if name == "held":
        return _held(token)
    if name == "abstains":
        return _abstains(token)
    if name == "aimed":
        return _aimed(token, words, is_actor)
    if name == "violent":
        return _violent(token)
    if name == "intercepts":
        return intercepted_weapon(token, words) is not None
    if name == "subj":
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words for c in token.children
        )
    if name == "given":
        return _given(token, words)
    raise ValueError(f"unknown trigger condition {condition!r} in triggers.tsv")


def _aimed(verb: Token, weapons: set[str], is_actor: Callable[[Token], bool]) -> bool:
    """A weapon fired at something: "fired a missile and three drones at the destroyer"
    (the parser may hang "at" on the weapon). A missile fired with no aim may be a test."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in weapons]
    if not objects and verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in weapons:
        # "shot down 42 of 48 drones Russia launched": the weapons were fired at someone
        return interceptor(verb.head) is not None
    if not objects:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [t for obj in objects for t in obj.subtree if t.dep_ == "prep"]
    for prep in preps:
        if any(t.ent_type_ in ("DATE", "TIME") for t in prep.children):
            continue  # "on Monday"
        if prep.lower_ in ("at", "on", "toward", "towards", "against"):
            return True
        if prep.lower_ in ("into", "across") and any(is_actor(t) for t in prep.subtree):
            return True  # "fired rockets into northern Israel", not "into the sea"
    return False


def interceptor(weapon: Token) -> Token | None:
    """The verb that intercepted a weapon ("shot down 42 of 48 drones", "intercepted
    most of the rockets"), if the weapon noun is its object.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Air defences shot down 42 of 48 drones Russia launched.")
    >>> interceptor(doc[7]).text
    'shot'
    """
    head = weapon
    for _ in range(3):
        if head.head == head:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            if lemma in ("intercept", "destroy", "down", "repel", "repulse") or (
                lemma == "shoot" and any(c.lower_ == "down" for c in head.children)
            ):
                return head
            return None
    return None


#: Subjects that make "targeted", "executed" violent ("Israeli jets targeted ...").
_ARMED = frozenset(
    ["jet", "warplane", "aircraft", "drone", "missile", "rocket", "force", "troop", "army"]
    + ["soldier", "militant", "insurgent", "rebel", "jihadist", "gunman", "fighter", "militia"]
    + ["terrorist", "attacker", "bomber", "artillery", "navy", "warship", "military"]
)


def _violent(verb: Token) -> bool:
    """An armed subject or a weapon: "Israeli jets targeted ...", "Hezbollah targeted a
    base with drones"; not "the EU targeted banks with sanctions"."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _ARMED for c in verb.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and g.lemma_.lower() in WEAPONS | _ARMED
        for c in verb.subtree
        for g in c.children
    )


#: Weapons whose interception reports the attack that fired them.
WEAPONS = frozenset(
    ["missile", "rocket", "drone", "projectile", "shell", "mortar", "bomb", "munition"]
    + ["barrage", "salvo", "uav"]
)


def intercepted_weapon(verb: Token, weapons: set[str] | frozenset[str] = WEAPONS) -> Token | None:
    """The weapons an interception verb names ("shot down 42 of 48 drones", "intercepted
    most of the rockets"), or None: their interception reports an attack.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Air defences shot down 42 of 48 Russian drones overnight.")
    >>> intercepted_weapon(doc[2]).text
    'drones'
    >>> intercepted_weapon(load_nlp()("They shot down a rumour.")[1]) is None
    True
    """
    lemma = verb.lemma_.lower()
    if lemma == "shoot" and not any(c.lower_ == "down" for c in verb.children):
        return None
    if lemma not in ("shoot", "intercept", "down", "destroy"):
        return None
    for noun in verb.subtree:
        if noun.lemma_.lower() not in weapons or noun.pos_ != "NOUN":
            continue
        if noun.tag_ != "NNS" and noun.lemma_.lower() not in ("barrage", "salvo"):
            continue  # "shot down a U.S. drone": one aircraft downed, no barrage
        # the object, or "42 of 48 drones" (the parser may hang the count on "down")
        head, steps = noun, 0
        while head != verb and steps < 4 and head.dep_ in _OBJECT_PATH:
            head, steps = head.head, steps + 1
        if head == verb:
            return noun
    return None


_OBJECT_PATH = frozenset(
    ["dobj", "nsubjpass", "pobj", "prep", "prt", "conj", "nummod", "nsubj", "advcl"]
)


def triggers_for(token: Token, is_actor: Callable[[Token], bool]) -> list[TriggerEntry]:
    """The lexicon entries that fire on a token, conditions checked.

    Parameters
    ----------
    token : spacy.tokens.Token
    is_actor : callable
        Says whether a token names an actor (used by ``dobj_actor`` conditions).

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Scholz spoke to Putin. He spoke for an hour.")
    >>> [e.type for e in triggers_for(doc[1], lambda t: t.ent_type_ == "PERSON")]
    ['call']
    >>> triggers_for(doc[6], lambda t: t.ent_type_ == "PERSON")
    []
    """
    pos = (
        "VERB"
        if token.pos_ in ("VERB", "AUX")
        else "NOUN"
        if token.pos_ in ("NOUN", "PROPN")
        else ""
    )
    lemma = token.lemma_.lower()
    entries = load_lexicon().get((lemma, pos), ())
    if not entries and pos == "NOUN" and token.lower_ != lemma:
        entries = load_lexicon().get((token.lower_, pos), ())
    return [e for e in entries if _condition_holds(e.condition, token, is_actor)]


#: Attack nouns whose plural the tagger often reads as a verb ("Indian missile strikes").
_PLURAL_ATTACK_NOUNS = frozenset(["strikes", "attacks", "raids", "airstrikes", "bombings"])


#: Gerunds that name an attack ("RSF shelling of the hospital").
_GERUND_ATTACK_NOUNS = frozenset(["shelling", "bombing", "shooting", "bombardment"])


def retag_attack_nouns(doc: Doc) -> None:
    """Tag as plural nouns the attack nouns the tagger read as present-tense verbs.

    "The shelling followed Indian missile strikes": "strikes" is the object of
    "followed", with no subject of its own; as a verb it would read as a
    present-tense habit.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("The shelling followed Indian missile strikes on Wednesday.")
    >>> retag_attack_nouns(doc)
    >>> doc[5].pos_, doc[5].tag_
    ('NOUN', 'NNS')
    """
    for token in doc:
        if (
            token.lower_ in _PLURAL_ATTACK_NOUNS
            and token.tag_ == "VBZ"
            and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos", "ROOT")
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in token.children
            )
            and any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in token.children)
        ):
            token.tag_ = "NNS"
            token.pos_ = "NOUN"
        elif (
            token.lower_ in _GERUND_ATTACK_NOUNS
            and token.tag_ == "VBG"
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in token.children)
        ):
            # "RSF shelling of the hospital killed four": a gerund used as a noun
            token.tag_ = "NN"
            token.pos_ = "NOUN"
