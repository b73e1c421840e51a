"""Event dating: the temporal expression that governs an event's trigger.

An event takes the date of the expression in its own clause first (an
expression attached to the trigger itself, as in "Sunday's attack" or "the
call on Sunday", wins), then of an expression in a clause that governs its
own ("On Sunday, Netanyahu spoke to Putin and thanked him": *thanked* takes
Sunday from *spoke*). Expressions in clauses the trigger does not belong to,
and durations and sets, date nothing; with no governing expression the
event's date is null. The publication date is never a default.

Values with day precision give ``YYYY-MM-DD``; weeks and months give
``YYYY-MM`` ("last week", "late last month", "earlier this month");
quarters, halves, seasons and years give ``YYYY``.

Dates borrowed from another event ("during the call", "after the vote",
"hours later") need the events, so the extraction stage decides them;
:func:`borrows_date` says whether a trigger's clause borrows.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .records import EventDate
from .timex import Timex, precision_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["borrows_date", "borrowing_cue", "date_event", "event_date_of", "premodifier_date"]

_CLAUSE_POS = frozenset({"VERB", "AUX"})
_MAX_HOPS = 40


def event_date_of(timex: Timex) -> EventDate | None:
    """The :class:`EventDate` an expression gives an event, or None when it dates nothing.

    Examples
    --------
    >>> event_date_of(Timex(0, 9, "last week", "DATE", "2023-W49")).value
    '2023-12'
    >>> event_date_of(Timex(0, 12, "this morning", "TIME", "2023-12-10TMO")).value
    '2023-12-10'
    >>> event_date_of(Timex(0, 6, "3 days", "DURATION", "P3D")) is None
    True
    """
    if timex.type not in ("DATE", "TIME"):
        return None
    value = timex.value
    precision = precision_of(value)
    if precision is None:
        return None
    if precision == "day":
        text_value = value[:10]
    elif precision == "month":
        week = re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", value)
        if week:
            # the month of the week's Thursday, as ISO weeks belong to the year of theirs
            thursday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 4)
            text_value = f"{thursday.year}-{thursday.month:02d}"
        else:
            text_value = value[:7]
    else:
        text_value = value[:4]
    return EventDate(text_value, precision, timex.text, timex.start, timex.end)


def _clause_head(token: Token) -> Token:
    """The verb heading the clause of ``token`` (or the sentence root)."""
    for _ in range(_MAX_HOPS):
        if token.pos_ in _CLAUSE_POS or token.head.i == token.i:
            return token
        token = token.head
    return token


def _attached_to(root: Token, trigger: Token) -> bool:
    """Whether the expression hangs on the trigger below the trigger's clause head."""
    token = root
    for _ in range(_MAX_HOPS):
        if token.i == trigger.i:
            return True
        if token.head.i == token.i or token.pos_ in _CLAUSE_POS:
            return False
        token = token.head
    return False


def _governing_clauses(head: Token) -> list[Token]:
    """Clause heads above ``head`` up to the root, nearest first.

    A clause reported by another ("X said on Monday that Y had attacked")
    stops the climb: the time of saying does not date what was said.
    """
    heads = []
    token = head
    for _ in range(_MAX_HOPS):
        if token.head.i == token.i:
            break
        if token.dep_ in ("ccomp", "parataxis") or (
            token.dep_ == "advcl" and token.head.lemma_ == "say"
        ):
            break
        token = _clause_head(token.head)
        heads.append(token)
    return heads


def _span(trigger: Token, timex: Timex) -> Span | None:
    return trigger.doc.char_span(timex.start, timex.end, alignment_mode="expand")


_RANK = {"day": 0, "month": 1, "year": 2}


def date_event(trigger: Token, timexes: list[Timex]) -> EventDate | None:
    """The date of the event whose trigger is ``trigger``, from the expressions that govern it.

    Parameters
    ----------
    trigger : spacy.tokens.Token
        The event's trigger word in a parsed document.
    timexes : list of Timex
        The document's temporal expressions (:func:`eventgraph.timex.tag_doc`).

    Returns
    -------
    EventDate or None
        The date with its precision and the expression it came from; None
        when no expression in the trigger's clause or a governing clause
        gives one.

    Examples
    --------
    >>> import datetime as dt
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.timex import tag_doc
    >>> doc = load_nlp()("Putin met Erdogan on Friday after Biden called him on Tuesday.")
    >>> timexes = tag_doc(doc, dt.date(2023, 12, 11))
    >>> date_event(doc[1], timexes).value, date_event(doc[7], timexes).value
    ('2023-12-08', '2023-12-05')
    >>> doc = load_nlp()("Putin met Erdogan.")
    >>> date_event(doc[1], tag_doc(doc, dt.date(2023, 12, 11))) is None
    True
    """
    sent = trigger.sent
    dated: list[tuple[EventDate, Token]] = []
    offsets: list[tuple[Timex, Token]] = []
    for index, timex in enumerate(timexes):
        if not (sent.start_char <= timex.start < sent.end_char):
            continue
        span = _span(trigger, timex)
        if span is None or len(span) == 0:
            continue
        date = event_date_of(timex)
        if date is not None and (
            _inside_earlier_reference(span.root, trigger) or _dates_event_noun(span.root, trigger)
        ):
            date = None
        date = date or _offset_from_reference(trigger, timex, timexes[:index])
        if date is not None:
            dated.append((date, _misplaced_anchor(span) or span.root))
        elif timex.type == "DURATION":
            offsets.append((timex, span.root))
    if not dated:
        return None

    def best(options: list[tuple[EventDate, Token]]) -> EventDate:
        # the most precise, then the nearest to the trigger
        return min(options, key=lambda o: (_RANK[o[0].precision], abs(o[1].i - trigger.i)))[0]

    def in_clause(head: Token) -> EventDate | None:
        options = [o for o in dated if _clause_head(o[1]).i == head.i]
        if not options:
            # conjoined verbs share the date one of them carries ("killed 15 and wounded 43 on Wednesday")
            conjuncts = {c.i for c in head.children if c.dep_ == "conj" and c.pos_ in _CLAUSE_POS}
            options = [o for o in dated if _clause_head(o[1]).i in conjuncts]
        return best(options) if options else None

    attached = [o for o in dated if _attached_to(o[1], trigger)]
    if attached:
        return best(attached)
    head = _clause_head(trigger)
    own = [o for o in dated if _clause_head(o[1]).i == head.i]
    if own:
        return best(own)
    if (date := in_clause(head)) is not None:
        return date
    # "Speaking in the debate on Wednesday, the envoy dismissed ...": the participle's date
    if options := [o for o in dated if _clause_head(o[1]).i in _setting_participles(head)]:
        return best(options)
    clause = head
    for governor in _governing_clauses(head):
        mark = next(
            (c for c in clause.children if c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS), None
        )
        if mark is None and clause.dep_ == "pcomp" and clause.head.lower_ in _SEQUENCE_MARKS:
            mark = clause.head  # "met Netanyahu on Wednesday after visiting Cairo"
        if mark is not None:
            # "ten months after Russia invaded": the governing date shifted back; no shift, no date
            date = in_clause(governor)
            offset = next(
                (
                    t
                    for t, root in offsets
                    if root.head.i in (mark.i, clause.i) and root.dep_ == "npadvmod"
                ),
                None,
            )
            if date is None or offset is None:
                return None
            sign = 1 if mark.lower_ in ("before", "until", "till") else -1
            return _shift(date, offset.value, sign)
        if clause.dep_ == "relcl" and (act := _act_above(clause.head)) is not None:
            # "the April 22 massacre of 26 people, which it blamed on militants": the act's
            # own date is not the date of what others did about it
            noun = {t.i for t in act.subtree} - {t.i for t in clause.subtree}
            dated = [o for o in dated if o[1].i not in noun]
        if (date := in_clause(governor)) is not None:
            return date
        clause = governor
    return None


#: Prepositions that place a clause before or after another occurrence, not in a setting.
_NOT_SETTING = frozenset(["after", "before", "since", "until", "following", "ahead", "prior"])


def _setting_participles(head: Token) -> set[int]:
    """Participle clauses that tell the setting of the clause headed by ``head``.

    "Speaking in the debate on Wednesday, the envoy dismissed ...", "Lavrov,
    speaking at a news conference on Wednesday, warned ...", "accused Israel
    in a statement issued on Tuesday evening", and one level further ("speaking
    in a video posted late on Thursday").
    """

    def participle(token: Token) -> bool:
        return token.tag_ in ("VBG", "VBN") and not any(
            g.dep_ in ("nsubj", "nsubjpass", "mark") for g in token.children
        )

    def attached(clause: Token) -> list[Token]:
        found = [c for c in clause.children if c.dep_ == "advcl" and participle(c)]
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found += [c for c in child.children if c.dep_ == "acl" and participle(c)]
            if child.dep_ == "prep" and child.lower_ not in _NOT_SETTING:
                found += [
                    c
                    for noun in child.children
                    if noun.dep_ == "pobj"
                    for c in noun.children
                    if c.dep_ == "acl" and participle(c)
                ]
        return found

    first = attached(head)
    return {c.i for c in first} | {c.i for clause in first for c in attached(clause)}


def _misplaced_anchor(span: Span) -> Token | None:
    """The clause an expression belongs to when the parser hung it on the complement.

    In "Tusk told reporters the day before that Poland would not send troops"
    the parser reads "before that" as a phrase and attaches "the day" to
    *send*; the word order says the expression dates *told*.
    """
    doc = span.doc
    clause = _clause_head(span.root)
    if clause.dep_ not in ("advcl", "ccomp", "parataxis") or clause.i < span.start:
        return None
    if span.end < len(doc) and doc[span.end].lower_ == "that":
        if not (span.start <= doc[span.end].head.i < span.end):
            return None
        return _clause_head(clause.head)
    return _before_own_subject(span, clause)


def _before_own_subject(span: Span, clause: Token) -> Token | None:
    """The governor of ``clause`` when the expression sits between the two, before the
    clause's subject: "said on Wednesday he would not call", "struck three sites on
    Saturday, Trump announced", "leaders meeting in The Hague on Wednesday pledged"."""
    governor = _clause_head(clause.head)
    if not governor.i < span.start or governor.i == clause.i:
        return None
    for child in clause.children:
        if child.dep_ == "mark" or (
            child.dep_ in ("nsubj", "nsubjpass", "expl") and child.i < span.start
        ):
            return None  # "said that on Friday", "said he would on Friday", "a day after"
    between = span.doc[governor.i + 1 : span.start]
    if any(t.dep_ == "cc" and t.head.pos_ in _CLAUSE_POS for t in between):
        return None  # "struck Gaza and on Friday Hamas fired"
    return governor


_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})
_OFFSET_AFTER = re.compile(
    r"\s+(before|after|prior to)\s+(?:the|a|an|its|his|her|their|this|that)\b", re.I
)


def _offset_from_reference(trigger: Token, timex: Timex, earlier: list[Timex]) -> EventDate | None:
    """The date of "two days before the assembly vote": the offset from the last day mentioned."""
    if timex.type != "DURATION":
        return None
    # the words after the expression, not doc.text: that joins the whole document per call
    last = trigger.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if last is None or len(last) == 0:
        return None
    words = trigger.doc[last.end - 1 : last.end + 6]
    first = words.start_char
    match = _OFFSET_AFTER.match(words.text_with_ws, timex.end - first)
    if not match:
        return None
    word = trigger.doc.char_span(
        first + match.start(1), first + match.end(1), alignment_mode="expand"
    )
    if word is not None:
        referred = word.root.head if word.root.dep_ == "mark" else word.root
        # "the vote came two days after rebels attacked": the attack is the reference
        if any(t.i == trigger.i for t in referred.subtree):
            return None
    for previous in reversed(earlier):
        date = event_date_of(previous)
        if date is not None and date.precision == "day":
            sign = 1 if match[1].lower() == "after" else -1
            shifted = _shift(date, timex.value, sign)
            if shifted is None:
                return None
            return EventDate(shifted.value, shifted.precision, timex.text, timex.start, timex.end)
    return None


def _shift(date: EventDate, duration: str, sign: int) -> EventDate | None:
    """``date`` moved by a TIMEX3 duration (``P2D``, ``P10M``, ``P1Y``), keeping what precision it can."""
    match = re.fullmatch(r"P(\d+)([DWMY])", duration)
    if not match:
        return None
    amount, unit = int(match[1]) * sign, match[2]
    parts = [int(p) for p in date.value.split("-")]
    if date.precision == "day" and unit in "DW":
        day = dt.date(*parts) + dt.timedelta(days=amount * (7 if unit == "W" else 1))
        return EventDate(day.isoformat(), "day", date.text, date.start, date.end)
    if unit == "M" and date.precision in ("day", "month"):
        index = parts[0] * 12 + parts[1] - 1 + amount
        return EventDate(
            f"{index // 12}-{index % 12 + 1:02d}", "month", date.text, date.start, date.end
        )
    if unit == "Y":
        if date.precision == "year":
            return EventDate(str(parts[0] + amount), "year", date.text, date.start, date.end)
        return EventDate(
            f"{parts[0] + amount}-{parts[1]:02d}", "month", date.text, date.start, date.end
        )
    return None


_EVENT_NOUNS = frozenset(
    {
        "call", "conversation", "talk", "talks", "meeting", "summit", "visit", "vote",
        "attack", "strike", "raid", "bombing", "shelling", "session", "speech", "statement",
        "conference", "interview", "election", "ballot", "negotiation", "negotiations",
    }
)  # fmt: skip


#: Acts whose date is their own, not that of what is said or done about them.
_ACTS = frozenset(
    ["massacre", "attack", "strike", "airstrike", "bombing", "shooting", "raid", "killing"]
    + ["assault", "offensive", "ambush", "explosion", "blast", "invasion", "war", "shelling"]
)


def _act_above(noun: Token) -> Token | None:
    """The act a noun phrase names, from a noun inside it ("massacre" from "Pahalgam" in
    "the massacre of 26 people in Pahalgam")."""
    token = noun
    for _ in range(10):
        if token.lemma_.lower() in _ACTS:
            return token
        if token.pos_ in _CLAUSE_POS or token.head.i == token.i:
            return None
        token = token.head
    return None


_EARLIER = frozenset({"before", "ahead", "since", "until", "till", "prior", "run-up"})


def _dates_event_noun(root: Token, trigger: Token) -> bool:
    """Whether the expression dates an event noun below the trigger's clause, not the trigger:
    "killing ten in one of the deadliest attacks this year" ("this year" is the attacks')."""
    token = root.head
    for _ in range(_MAX_HOPS):
        if token.i == trigger.i or token.pos_ in _CLAUSE_POS or token.head.i == token.i:
            return False
        if (
            token.lemma_.lower() in _EVENT_NOUNS
            and token.tag_ in ("NNS", "NNPS")
            and token.lower_ not in ("talks", "negotiations")
        ):
            return True
        if (
            token.lemma_.lower() in _EVENT_NOUNS | _ACTS
            and _premodifies(root, token)
            and not token.is_ancestor(trigger)
        ):
            return (
                True  # "condemned the April 22 attack", not "a Saturday session ... which approved"
            )
        token = token.head
    return False


def premodifier_date(noun: Token, timexes: list[Timex]) -> EventDate | None:
    """The date written before an event noun inside its phrase ("the April 22 attack",
    "Saturday's bombing"): the noun's own date even where the clause speaks of it.

    Examples
    --------
    >>> import datetime as dt
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.timex import tag_doc
    >>> doc = load_nlp()("He condemned the April 22 attack.")
    >>> premodifier_date(doc[5], tag_doc(doc, dt.date(2025, 6, 2))).value
    '2025-04-22'
    """
    for timex in timexes:
        span = _span(noun, timex)
        if span is not None and len(span) and _premodifies(span.root, noun):
            return event_date_of(timex)
    return None


_NOMINAL_MODIFIERS = frozenset({"compound", "nmod", "poss", "npadvmod", "amod", "nummod"})


def _premodifies(root: Token, noun: Token) -> bool:
    """Whether ``root`` is a modifier before ``noun`` inside its phrase ("the April 22 attack")."""
    token = root
    for _ in range(_MAX_HOPS):
        if token.i == noun.i:
            return root.i < noun.i
        if token.dep_ not in _NOMINAL_MODIFIERS or token.head.i == token.i:
            return False
        token = token.head
    return False


def _inside_earlier_reference(root: Token, trigger: Token) -> bool:
    """Whether the expression dates something the clause happened before or since.

    "Before the vote on Friday, the envoy spoke": Friday dates the vote, not the speech.
    """
    token = root.head
    for _ in range(_MAX_HOPS):
        if token.i == trigger.i:
            return False
        if token.lower_ in _EARLIER:
            return True
        if token.pos_ in _CLAUSE_POS or token.head.i == token.i:
            return False
        token = token.head
    return False


_BORROW_PREPS = frozenset({"during", "after", "following", "at", "amid", "in"})
_OFFSET_WORDS = re.compile(
    r"\b(?:(?:hours|minutes|moments|seconds|shortly|soon|just|immediately)\s+(?:later|after(?:wards)?|before|earlier)"
    r"|within\s+(?:the\s+|an\s+|a\s+few\s+|hours|minutes)(?:hour|hours|minutes|day)?"
    r"|later\s+(?:that|the\s+same)\s+(?:day|evening|night|morning|afternoon))\b",
    re.I,
)


def borrowing_cue(trigger: Token) -> Span | None:
    """The words by which a trigger's clause borrows the date of another event, if any.

    Detects an event noun introduced by "during", "after", "following", "at"
    or "amid" ("during the call", "after the vote", "at the summit") and
    offsets without a date ("hours later", "minutes before", "moments
    after", "within the hour"). "Before the call" and "in the run-up to the
    vote" do not borrow.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("During the call, Netanyahu criticised Russia.")
    >>> borrowing_cue(doc[5]).text
    'During the call'
    """
    doc = trigger.doc
    head = _clause_head(trigger)
    for token in head.subtree:
        if token.lower_ not in _BORROW_PREPS or token.dep_ != "prep":
            continue
        if _clause_head(token).i != head.i and token.head.i != trigger.i:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        for noun in objects:
            if noun.lemma_.lower() in _EVENT_NOUNS or noun.lower_ in _EVENT_NOUNS:
                if token.lower_ == "in" and noun.lower_ not in (
                    "call",
                    "conversation",
                    "talks",
                    "meeting",
                ):
                    continue
                return doc[token.i : noun.i + 1]
    sent = trigger.sent
    for match in _OFFSET_WORDS.finditer(sent.text):
        start = sent.start_char + match.start()
        span = doc.char_span(start, sent.start_char + match.end(), alignment_mode="expand")
        if span is not None and _clause_head(span.root).i in {
            t.i for t in (head, *_governing_clauses(head)[:1])
        }:
            return span
    return None


def borrows_date(trigger: Token) -> bool:
    """Whether a trigger's clause takes its date from another event ("hours later").

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> [borrows_date(nlp(s)[i]) for s, i in [
    ...     ("Hours later, Israel struck Gaza.", 3),
    ...     ("After the vote, the envoy condemned the veto.", 6),
    ...     ("Before the call, Putin met Erdogan.", 5),
    ... ]]
    [True, True, False]
    """
    return borrowing_cue(trigger) is not None
