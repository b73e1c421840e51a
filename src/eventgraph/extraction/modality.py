"""Did it happen? Modality and polarity of a trigger.

Only occurrences the text asserts are events: a trigger is dropped when it
is negated ("did not attend"), future or hypothetical ("will meet", "could be
asked to vote"), the complement of a plan, expectation or wish ("is expected
to meet", "threatened to force a vote", "discussed holding a meeting"), in a
condition ("if Israel retaliated"), or a nominal marked as not having
happened ("a possible visit", "the planned signing").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["governing_verb", "unasserted_reason"]

_MODALS = frozenset(
    ["will", "wo", "'ll", "shall", "would", "could", "might", "may", "should", "must", "can", "ca"]
)
#: Verbs whose complement has not (yet) happened.
_NONFACTIVE = frozenset(
    [
        "expect",
        "plan",
        "intend",
        "hope",
        "want",
        "wish",
        "seek",
        "aim",
        "try",
        "attempt",
        "prepare",
        "propose",
        "consider",
        "discuss",
        "threaten",
        "agree",
        "decide",
        "due",
        "schedule",
        "set",
        "refuse",
        "decline",
        "fail",
        "promise",
        "offer",
        "pledge",
        "vow",
        "need",
        "ask",
        "urge",
        "call",
        "demand",
        "invite",
        "push",
        "press",
        "deny",
    ]
)
#: Verbs whose "of/for V-ing" complement is only alleged ("accused Kyiv of shelling").
_ALLEGING = frozenset(["accuse", "blame", "suspect", "charge", "allege", "deny", "condemn"])
_NONFACTIVE_ADJ = frozenset(
    ["due", "set", "likely", "expected", "scheduled", "ready", "able", "unable", "willing"]
)
_UNREAL_MODIFIERS = frozenset(
    [
        "possible",
        "planned",
        "proposed",
        "potential",
        "future",
        "expected",
        "upcoming",
        "next",
        "prospective",
        "hypothetical",
        "eventual",
        "imminent",
    ]
)
#: Speech verbs: in the present tense asserted when the caller gives no event type
#: (a statement in the present tense is a standing position, see unasserted_reason).
_SPEECH = frozenset(["say", "tell", "warn", "urge", "add", "insist", "claim", "deny", "call"])
_NEGATORS = frozenset(["not", "n't", "never", "no"])


#: Adverbs that make a verb a habit or an aggregate, not one occurrence.
_HABITUAL = frozenset(
    ["repeatedly", "often", "frequently", "regularly", "routinely", "habitually", "always"]
    + ["usually", "constantly", "persistently", "consistently", "long"]
)
#: Adjectives that make a plural nominal a series ("regular talks", "daily attacks").
_SERIAL = frozenset(
    ["regular", "routine", "periodic", "frequent", "repeated", "recurring", "constant"]
    + ["daily", "weekly", "monthly", "annual", "yearly", "nightly", "occasional", "periodical"]
)
#: Verbs that carry a nominal trigger ("hold talks", "carry out strikes").
_CARRIERS = frozenset(["hold", "have", "conduct", "stage", "carry", "make", "launch"])
#: Plural nouns that name one occurrence ("held talks").
_PLURALIA = frozenset(["talks", "negotiations", "consultations", "discussions"])
_BARE_DEPS = frozenset(["nsubj", "nsubjpass", "pobj"])
#: Nouns whose complement has not (yet) happened ("attempts to arrange a call").
_NONFACTIVE_NOUNS = frozenset(
    ["attempt", "plan", "bid", "effort", "proposal", "offer", "call", "request", "invitation"]
    + ["hope", "readiness", "willingness", "intention", "push", "idea", "prospect", "chance"]
)
#: Nouns whose "to"/"for" object has not (yet) happened ("an invitation to the G7 summit").
_INVITING = frozenset(["invitation", "invite", "plan", "proposal", "request", "offer", "bid"])
#: Verbs that call an occurrence off ("the meeting was cancelled").
_CALLED_OFF = frozenset(["cancel", "postpone", "scrap", "delay", "shelve", "abandon", "defer"])
#: Verbs that stand against an occurrence ("opposed a Rafah offensive", "to prevent an attack").
_OPPOSING = frozenset(["oppose", "prevent", "avert", "forestall", "deter", "thwart", "foil"])
#: Verbs that ask for an occurrence ("requested a call", "sought talks").
_REQUESTING = frozenset(["request", "seek", "demand", "propose", "suggest", "want", "urge"])
_MANY = frozenset(["several", "many", "multiple", "numerous", "countless", "dozens", "hundreds"])
#: Motions and acts whose count makes an aggregate ("vetoed 12 resolutions"). Not "vote":
#: counted votes are a tally ("received 10 votes in favour").
_COUNTABLE_ACTS = frozenset(
    ["resolution", "bill", "draft", "motion", "measure", "strike", "attack", "raid", "call"]
    + ["meeting", "airstrike", "veto"]
)
#: Subjects that deny the act: "neither government has said", "nobody claimed".
_NO_ONE = frozenset(["nobody", "neither", "none", "noone"])


def _habitual(verb: Token) -> str | None:
    """ "has repeatedly accused", "struck Yemen several times": a habit or an aggregate."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _HABITUAL:
            return child.text
        if (
            child.dep_ in ("npadvmod", "advmod")
            and child.lemma_.lower() == "time"
            and any(c.lower_ in _MANY for c in child.children)
        ):
            return f"{child.text} times"
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None  # "struck the building three times on Monday": one day's attack
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("twice", "thrice"):
            return child.text
    for child in verb.children:
        if child.dep_ == "dobj" and child.tag_ == "NNS" and _counted(child):
            return f"{child.text} (counted)"  # "has vetoed more than a dozen resolutions"
    # "has met Erdogan more than a dozen times"
    for token in (g for c in verb.children for g in (c, *c.children)):
        if token.lemma_.lower() == "time" and any(
            c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in token.children
        ):
            return f"{token.text} times"
    return None


def _counted(noun: Token) -> bool:
    """A plural of motions or acts counted by a number ("a dozen resolutions", "dozens of
    strikes")."""
    if noun.lemma_.lower() not in _COUNTABLE_ACTS:
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return True
    return noun.head.lower_ == "of" and noun.head.head.lower_ in _MANY


def _no_one_subject(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in _NO_ONE
            or any(
                c.dep_ in ("det", "preconj") and c.lower_ in ("neither", "no")
                for c in child.children
            )
        ):
            return True
    return False


def _negated(verb: Token) -> bool:
    return any(
        (c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in _NEGATORS))
        # "voted no" is a ballot, not a negation
        and not (c.lower_ == "no" and c.i > verb.i and verb.lemma_.lower() == "vote")
        for c in verb.children
    )


def _modal(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            return child.lower_
    return None


def _determined(noun: Token) -> bool:
    """A singular noun with a determiner or owner ("the annual summit", "its daily
    briefing"): one occurrence of a series; plurals and bare nouns are the series."""
    return noun.tag_ not in ("NNS", "NNPS") and any(
        c.dep_ in ("det", "poss") for c in noun.children
    )


def _nonfactive(verb: Token) -> bool:
    """Whether a verb's complement has not happened; the inflected form is checked too,
    as the lemmatizer reads "hopes" as *hop*."""
    if verb.lemma_.lower() in _NONFACTIVE:
        return True
    word = verb.lower_
    return any(
        word.endswith(suffix) and word[: len(word) - len(suffix)] + tail in _NONFACTIVE
        for suffix, tail in (
            ("s", ""),
            ("es", ""),
            ("ed", ""),
            ("d", ""),
            ("ing", ""),
            ("ing", "e"),
        )
    )


def _unreal_governor(noun: Token) -> str | None:
    """Why the words above a nominal trigger say it did not happen, if they do.

    "offered to host talks", "attempts to arrange a call" (the complement of a
    plan, offer or attempt, whatever the tagger made of *host*), "called for a
    meeting", "requested a call" (asked for, not held), "the meeting was
    cancelled" (called off).
    """
    if _setting_clause(noun) is not None:
        return None  # ", at a summit in Johannesburg": the setting of the main clause
    node = noun
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        lemma = head.lemma_.lower()
        if node.dep_ in ("xcomp", "acl", "pcomp") and (
            _nonfactive(head) or lemma in _NONFACTIVE_NOUNS
        ):
            return f'complement of "{lemma}"'
        if node.dep_ == "prep" and node.lower_ in ("to", "for") and lemma in _INVITING:
            return f'complement of "{lemma} {node.lower_}"'  # "his invitation to the summit"
        if node.i == noun.i and node.dep_ in ("dobj", "nsubjpass") and lemma in _CALLED_OFF:
            return f'called off ("{head.text}")'
        definite = any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in noun.children)
        if node.i == noun.i and node.dep_ == "dobj" and lemma in _REQUESTING and not definite:
            return f'asked for, not held ("{head.text}")'
        if node.i == noun.i and node.dep_ == "dobj" and lemma in _OPPOSING and not definite:
            return f'opposed, not held ("{head.text}")'  # "opposed a Rafah offensive"
        if (
            node.i == noun.i
            and not definite  # "had pressed for the encounter": the one that took place
            and node.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.lemma_.lower() in _REQUESTING | {"call", "push", "press", "ask", "wait"}
        ):
            return f'asked for, not held ("{head.head.text} for")'
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("xcomp", "acl", "pcomp"):
            return None
        node = head
    return None


def _bare_plural(noun: Token) -> bool:
    """A plural subject or object of a preposition with no determiner, owner, number,
    modifier or time anywhere in its clause: a kind of event, not an occurrence."""
    if noun.tag_ != "NNS" or noun.lower_ in _PLURALIA or noun.dep_ not in _BARE_DEPS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in noun.children):
        return False
    verb = governing_verb(noun)
    clause = verb.subtree if verb is not None else noun.subtree
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause)


def _setting_clause(noun: Token) -> Token | None:
    """The main verb of a sentence whose setting a comma-set phrase tells: "BRICS leaders
    agreed to invite six countries to join the bloc, at a summit in Johannesburg" (the
    parser hangs the summit on "join")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("at", "during") or prep.i == 0:
        return None
    if noun.doc[prep.i - 1].text != ",":
        return None
    root = noun.sent.root
    return root if root.pos_ in ("VERB", "AUX") and root.i < prep.i else None


def _planned_subject(noun: Token, verb: Token) -> str | None:
    """ "Trade talks were expected to take place next month", "the summit is due to open":
    the subject of a plan or expectation has not happened."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head != verb:
        return None
    word = next((c for c in verb.children if c.dep_ == "acomp"), verb)
    if word.lemma_.lower() in _PLANNED_SUBJECT and any(c.dep_ == "xcomp" for c in word.children):
        return f'planned ("{word.text} to")'
    return None


#: Words that make their subject planned: "the talks are expected to", "due to", "set to".
_PLANNED_SUBJECT = frozenset(["expect", "due", "schedule", "slate", "set", "plan", "likely"])


def governing_verb(noun: Token, hops: int = 5) -> Token | None:
    """The verb a nominal trigger is an argument of (through prepositions), within ``hops`` heads.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("They denied reports of an attack.")
    >>> governing_verb(doc[5]).text, governing_verb(doc[5], hops=1)
    ('denied', None)
    """
    head = noun
    for _ in range(hops):
        if head.head == head:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


_DASHES = frozenset(["-", "\u2013", "\u2014", "--"])
#: The longest line read as a heading, in tokens.
_HEADING_TOKENS = 14


def _in_heading(trigger: Token) -> bool:
    """Whether the trigger is in a line set off by dashes ("- Missiles hit Israel -"), as
    live-update digests title their items: a title tells no occurrence of its own."""
    doc = trigger.doc
    start = trigger.i
    while start > 0 and trigger.i - start < _HEADING_TOKENS and "\n" not in doc[start - 1].text:
        start -= 1
    if doc[start].text not in _DASHES:
        return False  # most lines: no need to look for the end
    end = trigger.i
    while (
        end + 1 < len(doc) and end - trigger.i < _HEADING_TOKENS and "\n" not in doc[end + 1].text
    ):
        end += 1
    at_line_start = start == 0 or "\n" in doc[start - 1].text
    at_line_end = end + 1 == len(doc) or "\n" in doc[end + 1].text
    return (
        at_line_start
        and at_line_end
        and doc[start].text in _DASHES
        and doc[end].text in _DASHES
        and end - start <= _HEADING_TOKENS
    )


def unasserted_reason(trigger: Token, kind: str | None = None) -> str | None:
    """Why a trigger is not an asserted occurrence, or None when it is.

    ``kind`` is the event type of the trigger. A statement in the present tense
    ("Kinshasa accuses Kigali of arming the rebels", "Rwanda denies this and says
    ...") is a standing position, not an occasion, like any present-tense event.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> unasserted_reason(nlp("Modi met Xi.")[1]) is None
    True
    >>> unasserted_reason(nlp("Modi will meet Xi.")[2])
    'modal "will"'
    >>> unasserted_reason(nlp("Modi did not meet Xi.")[3])
    'negated'
    >>> unasserted_reason(nlp("Modi is expected to meet Xi.")[4])
    'complement of "expect"'
    >>> unasserted_reason(nlp("There was no sign of an attack.")[6])
    'negated ("sign of")'
    >>> unasserted_reason(nlp("Kinshasa accuses Kigali of arming the rebels.")[1], "statement")
    'present tense: habitual or generic'
    """
    if _in_heading(trigger):
        return "heading (a title line, not a report)"
    token = trigger
    present = trigger.tag_ in ("VBP", "VBZ") and not any(
        c.dep_ in ("aux", "auxpass") for c in trigger.children
    )
    if present and (kind == "statement" or trigger.lemma_.lower() not in _SPEECH):
        # news tells events in the past; "those who fire on civilians" is a habit
        return "present tense: habitual or generic"
    if trigger.pos_ not in ("VERB", "AUX"):
        for child in trigger.children:
            if (
                child.dep_ in ("amod", "compound", "nmod")
                and child.lemma_.lower() in _UNREAL_MODIFIERS
            ):
                return f'not happened ("{child.text} {trigger.text}")'
            if child.dep_ == "det" and child.lower_ == "no":
                return "negated"
            if child.dep_ == "amod" and child.lower_ in _SERIAL and not _determined(trigger):
                return f'habitual or aggregate ("{child.text} {trigger.text}")'
        if (unreal := _unreal_governor(trigger)) is not None:
            return unreal
        if _bare_plural(trigger):
            # "told Putin that attacks on merchant ships had to stop": attacks in general
            return f'generic plural ("{trigger.text}")'
        carrier = trigger.head
        if (
            trigger.dep_ == "dobj"
            and carrier.lemma_.lower() in _CARRIERS
            and carrier.tag_ in ("VBP", "VBZ")
            and not any(c.dep_ in ("aux", "auxpass") for c in carrier.children)
        ):
            # "India and Singapore hold talks under a roundtable": a standing practice
            return f'present tense: habitual or generic ("{carrier.text} {trigger.text}")'
        if trigger.tag_ in ("NNS", "NNPS") and (
            any(c.dep_ == "amod" and c.tag_ == "JJS" for c in trigger.children)
            or (trigger.head.lower_ == "of" and trigger.head.head.lower_ == "one")
        ):
            # "one of the deadliest attacks this year": a comparison with many
            return "aggregate (one of many)"
        # "no indication of an attack", "the absence of talks"
        head = trigger
        for _ in range(2):
            if head.head.dep_ != "prep" or head.head.lower_ != "of":
                break
            head = head.head.head
            if head.lemma_.lower() in ("absence", "lack") or any(
                c.dep_ == "det" and c.lower_ == "no" for c in head.children
            ):
                return f'negated ("{head.text} of")'
        verb = governing_verb(trigger)
        if verb is None:
            return None
        if (planned := _planned_subject(trigger, verb)) is not None:
            return planned
        if trigger.dep_ == "appos" and (
            planned := _planned_subject(trigger.head, trigger.head.head)
        ):
            return planned  # "Modi is expected to travel ..., his first visit in a decade"
        token = _setting_clause(trigger) or verb
    if trigger.pos_ in ("VERB", "AUX") and (habit := _habitual(trigger)) is not None:
        return f'habitual or aggregate ("{habit}")'
    if (
        trigger.pos_ == "VERB"
        and trigger.dep_ in ("advcl", "conj")
        and (habit := _habitual(trigger.head)) is not None
        and not any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree)
    ):
        # "has repeatedly criticised India, calling it a tariff king": the habit's own words
        return f'habitual or aggregate ("{habit}" on "{trigger.head.text}")'
    if trigger.pos_ in ("VERB", "AUX") and kind != "vote" and _no_one_subject(trigger):
        return "negated (no one as subject)"
    for _ in range(4):
        if _negated(token):
            return "negated"
        modal = _modal(token)
        if modal is not None:
            return f'modal "{modal}"'
        if any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in token.children
        ):
            return "conditional"
        head = token.head
        if token.dep_ == "pcomp" and head.lower_ in ("of", "for"):
            alleging = head.head
            if alleging.dep_ == "dobj" and alleging.pos_ in ("NOUN", "PROPN"):
                alleging = alleging.head  # "accused Cambodian troops of firing", parsed on troops
            if alleging.lemma_.lower() in _ALLEGING:
                return f'alleged ("{alleging.lemma_.lower()} ... {head.lower_}")'
        if token.dep_ in ("xcomp", "pcomp") or (
            token.dep_ in ("ccomp", "dobj") and token.tag_ == "VBG"
        ):
            if _nonfactive(head) or head.lower_ in _NONFACTIVE_ADJ:
                return f'complement of "{head.lemma_.lower()}"'
            if head.pos_ == "ADJ" and head.lemma_.lower() in _NONFACTIVE_ADJ:
                return f'complement of "{head.lemma_.lower()}"'
        if (
            token.dep_ == "xcomp"
            and head.lemma_.lower() == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        ):
            return 'planned ("be to")'  # "Putin was to meet Xi on Friday", "is to blame"
        if token.dep_ == "ccomp" and head.lemma_.lower() == "deny":
            return 'denied ("deny")'  # "Hamas denied that it had attacked civilians"
        if token.dep_ == "acl" and head.lemma_.lower() in _NONFACTIVE_NOUNS:
            return f'complement of "{head.lemma_.lower()}"'  # "attempts to meet Putin"
        if token.dep_ in ("xcomp", "pcomp", "conj", "dobj") and head != token:
            token = head
            continue
        if token.dep_ == "advcl" and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in token.children
        ):
            token = head  # "must meet within ten days to debate the veto": the meeting's modality
            continue
        break
    return None
