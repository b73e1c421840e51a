"""Speech and attribution: who said it, who reported it, and the quoted words.

A speech verb is a *statement* of its speaker, or only the *attribution* of
another event: the reporting acts of news organisations ("Reuters reported",
"PTI quoted X as saying"), unnamed sources ("officials said"), "according to
X", and a named speaker whose words only report an event ("the call was held
at Berlin's request, Peskov said"). "X quoted Y as saying" makes Y the
speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from .participants import ActorLookup

__all__ = [
    "REPORTING_LEMMAS",
    "attribution_sources",
    "is_unnamed_source",
    "quote_of",
    "quoted_speaker",
    "reports_event",
    "reports_plan",
]

#: Verbs that report rather than state.
REPORTING_LEMMAS = frozenset(["report", "quote", "cite", "carry"])
_UNNAMED = frozenset(
    [
        "official",
        "officials",
        "source",
        "sources",
        "diplomat",
        "diplomats",
        "analyst",
        "analysts",
        "witness",
        "witnesses",
        "observer",
        "observers",
        "people",
        "residents",
        "aide",
        "aides",
        "person",
        "insider",
        "insiders",
        "expert",
        "experts",
        "media",
        "report",
        "reports",
        "agency",
    ]
)
_QUOTE_RE = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{3,}?)[\"\u201c\u201d]")
#: Copulas: "the talks were constructive" evaluates the event, it does not report it.
_COPULAS = frozenset(["be", "seem", "remain", "become", "look", "appear"])
#: Verbs that judge an event: "the summit showed the West wants war" takes a position.
_JUDGING = frozenset(["show", "prove", "demonstrate", "reveal", "expose", "signal", "mark"])


def is_unnamed_source(subject: Token, resolver: ActorLookup) -> bool:
    """Whether a speaker is an unnamed source ("officials", "a senior official").

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> from eventgraph.actors import ActorResolver
    >>> doc = load_nlp()("Ukrainian officials said 19 people died.")
    >>> is_unnamed_source(doc[1], ActorResolver(doc, Document("d", doc.text)))
    True
    """
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return False
    if subject.lemma_.lower() in _UNNAMED or subject.lower_ in _UNNAMED:
        if any(c.ent_type_ == "PERSON" for c in subject.subtree):
            return False
        # "the top U.S. diplomat" after "U.S. Secretary of State Marco Rubio": a named holder
        actor = resolver.resolve_token(subject)
        return (
            actor is None or actor.kind != "person" or actor.name.lower().endswith(subject.lower_)
        )
    name = " ".join(t.text for t in subject.subtree)
    return resolver.is_news_agency(name) or resolver.is_news_agency(subject.text)


def reports_event(verb: Token, is_event_trigger: Callable[[Token], bool]) -> Token | None:
    """The event a speech verb only reports: the head of its complement when that
    head is a trigger of another type, or a happening verb ("was held") whose
    subject is an event noun. None when the speaker says something of their own.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Peskov said the call was held at Berlin's request.")
    >>> reports_event(doc[1], lambda t: t.lemma_ == "call").text
    'held'
    >>> doc = load_nlp()("Peskov said the call was useful.")
    >>> reports_event(doc[1], lambda t: t.lemma_ == "call") is None
    True
    """
    for child in verb.children:
        if child.dep_ not in ("ccomp", "parataxis") or child.i < 0:
            continue
        if child.pos_ in ("VERB", "AUX") and (
            is_event_trigger(child)
            or _casualty_report(child)
            or _carries_event(child, is_event_trigger)
            or _interception_report(verb, child)
        ):
            return child
        if child.lemma_.lower() not in _COPULAS | _JUDGING and not any(
            t.is_quote for t in child.subtree
        ):
            # "the call focused on trade", "the conversation was held at Berlin's request";
            # words quoted ('the meeting had opened "a new beginning"') are the speaker's own
            for subj in child.children:
                if subj.dep_ in ("nsubj", "nsubjpass") and is_event_trigger(subj):
                    return child
    # the speech verb as a parenthetical with its own speaker: "X spoke to Y, the ministry said"
    head = verb.head
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if (
        verb.dep_ in ("parataxis", "ccomp")
        and own_subject
        and head != verb
        and head.i < verb.i
        and (
            is_event_trigger(head)
            or _casualty_report(head)
            or _carries_event(head, is_event_trigger)
        )
    ):
        return head
    return None


def reports_plan(verb: Token, is_meeting: Callable[[Token], bool]) -> Token | None:
    """The planned call, meeting or trip a speech verb only announces: "Leaders will
    meet again next year, Rutte said", "Kovacs said the prime minister would attend the
    summit", "Rubio is due to travel to Panama, the State Department said". None when
    the speaker takes a position ("said he was ready to meet Kim", "said he would not
    attend", "said the two sides should meet").

    ``is_meeting`` tells whether a token is a call or meeting trigger.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("They are expected to meet next month, Peskov told reporters.")
    >>> reports_plan(doc[9], lambda t: t.lemma_ == "meet").text
    'meet'
    >>> doc = nlp("Lee said he was ready to meet Kim at any time.")
    >>> reports_plan(doc[1], lambda t: t.lemma_ == "meet") is None
    True
    """
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    head = verb.head
    if (
        verb.dep_ in ("parataxis", "ccomp")
        and head != verb
        and head.i < verb.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        clauses.append(head)  # "Leaders will meet again, Rutte said" parsed the other way
    for clause in clauses:
        planned = _planned_head(clause)
        if planned is None:
            continue
        chain = [planned, *planned.ancestors]
        chain = chain[: chain.index(clause) + 1] if clause in chain else [planned]
        subjects = [s for link in chain for s in link.children if s.dep_ in ("nsubj", "nsubjpass")]
        if any(t.lower_ in _RECURRING for t in clause.subtree):
            continue  # "the summit would be held every year": a decision, not a date
        expected = len(chain) > 1  # "are expected to", "is due to": a plan told by others
        if (
            is_meeting(planned)
            or planned.lemma_.lower() in _TRIP_VERBS
            # "trade talks were expected to take place next month"
            or (
                expected
                and planned.lemma_.lower() in _HAPPEN_VERBS
                and any(is_meeting(s) for s in subjects)
            )
        ):
            return planned
    return None


#: Verbs of going to a call or meeting ("would attend the summit", "is due to travel").
_TRIP_VERBS = frozenset(["attend", "travel", "visit", "fly", "tour", "host"])
#: Verbs by which a call or meeting happens ("the talks will take place in Geneva").
_HAPPEN_VERBS = frozenset(["take", "happen", "occur", "hold", "go", "resume", "begin", "start"])
#: Words of a recurring arrangement ("every year", "annually"): a decision, not a plan.
_RECURRING = frozenset(["every", "annually", "annual", "regularly", "yearly"])
#: Words whose complement is only planned or expected ("is expected to meet").
_PLAN_WORDS = frozenset(["expect", "due", "schedule", "slate", "set", "plan", "likely"])
#: Modals of a plan or a forecast (not "should meet", an appeal, or "can", an ability).
_PLAN_MODALS = frozenset(["will", "wo", "'ll", "shall", "would", "could", "might", "may"])


def _planned_head(clause: Token) -> Token | None:
    """The verb of a clause that tells a plan or forecast ("will meet", "are expected to
    meet", "is due to travel"), or None when the clause asserts or negates something."""
    verb = clause
    planned = False
    for _ in range(3):
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        if any(c.dep_ == "aux" and c.lower_ in _PLAN_MODALS for c in verb.children):
            planned = True
        word = verb
        acomp = next((c for c in verb.children if c.dep_ == "acomp"), None)
        if acomp is not None and verb.lemma_.lower() == "be":
            word = acomp  # "is due to travel"
        nxt = next((c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if nxt is None or word.lemma_.lower() not in _PLAN_WORDS:
            break
        planned = True
        verb = nxt
    return verb if planned else None


def _carries_event(verb: Token, is_event_trigger: Callable[[Token], bool]) -> bool:
    """Whether a verb only carries an event noun: "held a video call", "made a phone call".

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Erdogan held a video call with Zelenskiy, his office added.")
    >>> _carries_event(doc[1], lambda t: t.lemma_ == "call")
    True
    """
    return verb.lemma_.lower() in _LIGHT_VERBS and any(
        c.dep_ == "dobj" and is_event_trigger(c) for c in verb.children
    )


#: Verbs that only carry an event noun ("held talks", "made a call").
_LIGHT_VERBS = frozenset(["hold", "have", "make", "conduct", "host", "stage"])


#: Verbs of harm suffered: a clause of them only counts casualties.
_CASUALTY_VERBS = frozenset(["kill", "wound", "injure", "hurt", "die", "suffer"])


def _interception_report(verb: Token, clause: Token) -> bool:
    """ "Hagari said most of the missiles were intercepted": the outcome of an attack,
    reported; "..., describing the outcome as a success" adds the speaker's judgement."""
    return clause.lemma_.lower() == "intercept" and not any(
        c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB" and c != clause
        for head in (verb, clause)
        for c in head.children
    )


def _casualty_report(clause: Token) -> bool:
    """ "Two sailors suffered burns and nobody was killed": casualty figures, which a
    speaker reports (attribution) without taking a position."""
    verbs = [
        clause,
        *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")),
    ]
    return all(v.lemma_.lower() in _CASUALTY_VERBS for v in verbs)


def quoted_speaker(verb: Token) -> Token | None:
    """Y in "X quoted Y as saying".

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("PTI quoted Guterres as saying that.")
    >>> quoted_speaker(doc[1]).text
    'Guterres'
    """
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
    return None


def attribution_sources(sentence: Span, resolver: ActorLookup) -> list[str]:
    """Names credited with a sentence's content: "according to X", "X reported".

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> from eventgraph.actors import ActorResolver
    >>> doc = load_nlp()("The talks were held, according to the statement, Reuters reported.")
    >>> attribution_sources(doc[:], ActorResolver(doc, Document("d", doc.text)))
    ['the statement', 'Reuters']
    """
    out: list[str] = []
    for token in sentence:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and token.nbor().lower_ == "to"
        ):
            for obj in token.nbor().children:
                if obj.dep_ == "pobj":
                    out.append(" ".join(t.text for t in obj.subtree if t.dep_ != "punct"))
        elif token.lemma_.lower() in REPORTING_LEMMAS or token.lemma_.lower() == "say":
            for child in token.children:
                if child.dep_ == "nsubj" and (
                    token.lemma_.lower() in REPORTING_LEMMAS or is_unnamed_source(child, resolver)
                ):
                    out.append(" ".join(t.text for t in child.subtree if t.dep_ != "punct"))
    return out


def quote_of(sentence: Span) -> str | None:
    """The quoted words of a sentence, joined with " ... ".

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> quote_of(load_nlp()('"We are ready," he said, "to talk."')[:])
    'We are ready, ... to talk.'
    """
    parts = [m.group(1).strip() for m in _QUOTE_RE.finditer(sentence.text)]
    return " ... ".join(parts) if parts else None
