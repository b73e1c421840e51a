"""One event per occurrence: merging the mentions of one call, vote, statement or attack.

Candidates are taken in document order; each joins the most recent earlier
cluster it is compatible with, else starts a new one:

- calls and meetings: shared participants (a nominal "the call" joins the
  latest call), compatible dates, and no marker of another occasion ("last
  spoke in March");
- votes: the same body (or none stated), compatible dates and tallies, and
  not a new motion ("an opposition motion", "a similar resolution");
- statements: the same speaker in the same or the next sentence, with no new
  time ("hours later") in between; a possessive "his statement" nearby;
- attacks: compatible perpetrators and dates, and either anaphoric ("the
  strikes") or within the next sentence.

Dates are compatible when equal, when one is missing, or when one contains
the other (a month and a day in it). A definite mention with no verb of its
own ("at the meeting") joins on one shared party; "the summit" prefers the
summit; a bare "the meeting" passes over occurrences told only as background
(past perfect, "the first since they met in May"); an attack named by a claim
("claimed responsibility for the ambush") joins the attack told before.

Afterwards, a cluster with no date of its own borrows the date of the event
it refers to ("during the call", "after the vote"), unless the bare nominal
could name occurrences told with different dates; "hours later" borrows from
the occurrence told last before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from ..dating import borrowing_cue
from ..records import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .candidates import Candidate

__all__ = ["borrow_dates", "cluster", "dates_compatible"]

_NO_BORROW = frozenset(["before", "ahead"])
#: Gatherings a nominal names by their kind ("the summit" is the summit, not a meeting at it).
_GATHERINGS = frozenset(["summit", "conference", "forum", "congress", "session", "assembly"])
#: Prepositions by which a mention names its own occurrence ("killed in the attack").
_SAME_OCCURRENCE_PREPS = frozenset(["in", "with", "by", "of", "through", "from"])
#: Nouns naming a body of a state or organisation ("the commerce ministry").
_BODY_NOUNS = frozenset(
    ["ministry", "council", "department", "agency", "commission", "office", "army", "police"]
)
#: Bodies whose spokesperson speaks for the state itself.
_STATE_VOICES = frozenset(["foreign", "external", "presidential", "government", "cabinet", "state"])
#: Words marking another occasion of a speaker's words ("again told reporters").
_ANOTHER_TIME = frozenset(["last", "previously", "again", "earlier", "later", "afterwards"])
#: Kinds of venue a statement is made at or in.
_VENUES = {
    "conference": "briefing",
    "briefing": "briefing",
    "reporter": "briefing",
    "journalist": "briefing",
    "post": "post",
    "tweet": "post",
    "interview": "interview",
    "speech": "speech",
    "address": "speech",
}
#: How many earlier occurrences of a type a mention may join.
_REACH = 40
#: Words for the text a body votes on that may name one motion.
_SAME_MOTION = frozenset(
    [
        "resolution",
        "draft",
        "text",
        "measure",
        "bill",
        "legislation",
        "package",
        "aid",
        "law",
        "act",
    ]
)


def dates_compatible(a: EventDate | None, b: EventDate | None) -> bool:
    """Whether two dates can be of one occurrence.

    Examples
    --------
    >>> dates_compatible(EventDate("2024-07"), EventDate("2024-07-18", "day"))
    True
    >>> dates_compatible(EventDate("2024-07-17"), EventDate("2024-07-18"))
    False
    """
    if a is None or b is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _cluster_date(members: list[Candidate]) -> EventDate | None:
    return next((m.date for m in members if m.date is not None), None)


def _tallies_conflict(a: Candidate, members: list[Candidate]) -> bool:
    mine = a.tallies
    theirs = [t for m in members for t in m.tallies]
    if not mine or not theirs:
        return False
    for x in mine:
        for y in theirs:
            for field in ("yes", "no", "abstain"):
                u, v = getattr(x, field), getattr(y, field)
                if u is not None and v is not None and u != v:
                    return True
    return False


def _names(members: list[Candidate], attr: str) -> set[str]:
    return set().union(*(getattr(m, attr) for m in members))


def _bodies(members: list[Candidate]) -> set[str]:
    return {a.actor.name for m in members for a in m.agents}


def _refers(a: Candidate, b: Candidate) -> bool:
    """Whether one mention names the other as another event ("shelled ... after an attack");
    "killed in the attack" names its own occurrence."""
    return any(
        noun.i == y.trigger.i and prep not in _SAME_OCCURRENCE_PREPS
        for x, y in ((a, b), (b, a))
        for prep, noun, _offset in x.refs
    )


def _joins(candidate: Candidate, members: list[Candidate]) -> bool:
    last = members[-1]
    if any(_refers(candidate, m) for m in members):
        return False
    if not dates_compatible(candidate.date, _cluster_date(members)):
        return False
    if candidate.new_occasion:
        return False
    kind = candidate.type
    if kind in ("call", "meeting"):
        mine = candidate.participant_names
        if not mine:
            return candidate.anaphoric
        theirs = _names(members, "participant_names")
        hosts = candidate.agent_names | {a.actor.affiliation for a in candidate.agents} - {None}
        if (not candidate.nominal or candidate.indefinite) and hosts and not hosts & theirs:
            # "the president received both ministers" after their talks: a host; "X
            # joined the two leaders for a trilateral meeting": another meeting
            return False
        if _definite_mention(candidate):
            # "At the meeting, Ishiba told Lee": the parties come from the words around it
            return bool(mine & theirs)
        if len(mine) >= 2 and len(theirs) >= 2 and not (mine <= theirs or theirs <= mine):
            return False  # "had spoken to Zelensky before the call" with Putin: another call
        return bool(mine & theirs) and (
            candidate.anaphoric or candidate.date is None or _cluster_date(members) is not None
        )
    if kind == "vote":
        if _tallies_conflict(candidate, members):
            return False
        if candidate.indefinite and _sentence_distance(candidate, last) > 0:
            return False  # "a similar resolution": another motion
        heads = {m.motion_head for m in members if m.motion_head}
        other_motion = (
            candidate.motion_head is not None
            and heads
            and candidate.motion_head not in heads
            and not ({candidate.motion_head} | heads) <= _SAME_MOTION
        )
        if other_motion and _sentence_distance(candidate, last) > 0:
            return False  # "the bill" is not "an opposition motion"
        mine, theirs = candidate.agent_names, _bodies(members)
        if mine and theirs and not mine & theirs:
            return False
        return candidate.anaphoric or not mine or not theirs or bool(mine & theirs)
    if kind == "statement":
        distance = _statement_distance(candidate, last)
        if _body_named_again(candidate, members) and distance <= 1 and candidate.date is None:
            return True  # "China's commerce ministry condemned ... the ministry said"
        if _spokesperson_for(candidate, members) and distance <= 1 and candidate.date is None:
            return True  # "China's foreign ministry confirmed ... Spokesperson Lin Jian said ..."
        if not _same_speaker(candidate, members):
            return False
        if distance > 0 and _another_venue(candidate, members):
            return False  # "said afterwards that the talks had been very nice" ... "at a press conference"
        if candidate.nominal:
            return distance <= 2
        if candidate.trigger.lemma_.lower() == "add" and candidate.date is None:
            return distance <= 3  # "Blinken added that ...": more of what he said
        if any(
            c.dep_ == "advmod" and c.lower_ in ("later", "subsequently", "afterwards")
            for c in candidate.trigger.children
        ):
            return False  # "Lavrov later said": another occasion
        if distance == 0:
            return True
        return (
            distance == 1
            and candidate.date is None
            or (distance == 1 and candidate.date is not None and _cluster_date(members) is not None)
        )
    if kind == "attack":
        mine, theirs = candidate.agent_names, _names(members, "agent_names")
        if mine and theirs and not mine & theirs and not _claimed(candidate):
            return False
        if candidate.anaphoric:
            return True
        distance = _sentence_distance(candidate, last)
        if distance == 0:
            return True  # one perpetrator (or none stated), one sentence, one date
        if candidate.date is not None and _cluster_date(members) is None and theirs and not mine:
            return False  # "gunmen stormed a mosque on Friday": not the army's strike told before
        dated = candidate.date is not None and _cluster_date(members) is not None
        if dated and all(m.nominal for m in members) and (not mine or not theirs):
            return True  # "last month's massacre" ... "On April 22, gunmen opened fire"
        # "the military said its jets had hit ...": the attacker's own account, retold
        retold = any(a.path.startswith("reported") for a in candidate.agents) or _own_account(
            candidate
        )
        if mine & theirs and retold and candidate.date is None and distance <= 5:
            return True  # "the military said its jets had hit ...": the same side's attack retold
        if mine & theirs and _same_day(candidate, members) and distance <= 3:
            # "a day after al-Shabaab militants killed three police officers ... Al-Shabaab
            # fighters attacked a police post on Tuesday": one attacker, one day, told twice
            return not candidate.indefinite and not _places_differ(candidate, members)
        return distance <= 1 and (candidate.nominal or last.nominal or not mine or not theirs)
    return False


def _venue(candidate: Candidate) -> str | None:
    """Where a statement was made, by kind ("told a news conference", "in a post on X")."""
    for child in candidate.trigger.children:
        nouns = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ in ("at", "in", "during"):
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        for noun in nouns:
            if noun.lemma_.lower() in _VENUES:
                return _VENUES[noun.lemma_.lower()]
    return None


def _another_venue(candidate: Candidate, members: list[Candidate]) -> bool:
    """Whether a statement names a venue another than the occurrence's, or the occurrence
    was told as following another event ("said afterwards") and this names its venue."""
    mine = _venue(candidate)
    if mine is None:
        return False
    theirs = {v for m in members if (v := _venue(m)) is not None}
    if theirs:
        return mine not in theirs
    return any(
        c.dep_ == "advmod" and c.lower_ in ("afterwards", "afterward", "later")
        for m in members
        for c in m.trigger.children
    )


def _same_day(candidate: Candidate, members: list[Candidate]) -> bool:
    """Whether a mention and an occurrence are dated to the same day."""
    date = _cluster_date(members)
    return (
        candidate.date is not None
        and date is not None
        and candidate.date.precision == "day"
        and candidate.date.value == date.value
    )


def _places_differ(candidate: Candidate, members: list[Candidate]) -> bool:
    """Whether a mention names a place or target another than the occurrence's ("struck
    Kharkiv on Tuesday ... also hit Odesa on Tuesday")."""
    places = {m.location for m in members if m.location}
    targets = {a.actor.name for m in members for a in m.targets}
    mine = {a.actor.name for a in candidate.targets}
    return bool(
        (candidate.location and places and candidate.location not in places)
        or (mine and targets and not mine & targets)
        or any(c.lower_ in ("also", "separately", "again") for c in candidate.trigger.children)
    )


def _told_after_talks(
    candidate: Candidate, members: list[Candidate], found: dict[int, list[Candidate]]
) -> bool:
    """Whether a speaker's words "after the two held talks" are the words told just
    before ("Fidan accused Israel on Wednesday ... Fidan told a news conference after
    the two held talks"), which were said to no party of the talks."""
    if candidate.type != "statement" or not candidate.new_occasion or candidate.nominal:
        return False
    if any(
        c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in _ANOTHER_TIME
        for c in candidate.trigger.children
    ):
        return False  # "Fidan again told reporters": another occasion
    talks = [
        found[noun.i]
        for prep, noun, _offset in candidate.refs
        if prep in ("after", "following") and noun.i in found
    ]
    if not talks or any(t[0].type not in ("call", "meeting") for t in talks):
        return False
    partners = _names([m for t in talks for m in t], "participant_names") - candidate.agent_names
    triggers = {m.trigger.i for t in talks for m in t}
    last = members[-1]
    return (
        len(candidate.agent_names) == 1
        and candidate.agent_names == _names(members, "agent_names")
        and not partners & {a.actor.name for m in members for a in m.targets}
        and not any(noun.i in triggers for m in members for _p, noun, _o in m.refs)
        and candidate.date is None
        and _statement_distance(candidate, last) <= 1
        and dates_compatible(candidate.date, _cluster_date(members))
    )


def _definite_mention(candidate: Candidate) -> bool:
    """A nominal with a definite article and no verb of its own: "at the meeting",
    "during the call" name an occurrence the text has already introduced."""
    trigger = candidate.trigger
    return (
        candidate.nominal
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children)
        and trigger.dep_ in ("pobj", "nsubj", "nsubjpass")
    )


def _dates_of(clusters: list[list[Candidate]]) -> set[str]:
    return {date.value for members in clusters if (date := _cluster_date(members)) is not None}


def _background(members: list[Candidate]) -> bool:
    """An occurrence told only in the past perfect ("the emir had received Kagame") or as
    the start of a count ("the first talks since the two sides met in Berlin")."""
    return all(
        not m.nominal
        and any(
            (c.dep_ == "aux" and c.lower_ in ("had", "'d"))
            or (c.dep_ == "mark" and c.lower_ == "since")
            for c in m.trigger.children
        )
        for m in members
    )


def _claimed(candidate: Candidate) -> bool:
    """An attack named only as the object of a claim ("claimed responsibility for the
    ambush"): the claimant is the perpetrator of the attack already told."""
    return (
        candidate.anaphoric
        and bool(candidate.agents)
        and all(a.path == "claimed responsibility" for a in candidate.agents)
    )


_LINK_DEPS = {
    "attack": frozenset(
        {"advcl", "conj", "relcl", "acl", "nsubj", "nsubjpass", "pobj", "dobj", "xcomp"}
    ),
    "vote": frozenset({"advcl", "conj", "pcomp", "pobj", "relcl", "acl", "xcomp"}),
    "statement": frozenset({"advcl", "conj", "xcomp", "pcomp"}),
    "call": frozenset({"advcl", "conj", "pobj", "relcl", "acl"}),
    "meeting": frozenset({"advcl", "conj", "pobj", "relcl", "acl"}),
}


#: Prepositions that tie a trigger to the same occurrence ("killed in the attack");
#: "before/after/during the vote" refer to another one.
_LINK_PREPS = frozenset(["in", "with", "by", "of", "at", "on", "from", "through"])


def _linked(a: Candidate, b: Candidate) -> bool:
    """Two triggers of one type that the parse ties into one occurrence: "struck ...,
    killing 19", "killed in the attack", "cleared the bill, with the Senate approving"."""
    deps = _LINK_DEPS.get(a.type, frozenset())
    for x, y in ((a.trigger, b.trigger), (b.trigger, a.trigger)):
        if x.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
            for c in x.children
        ):
            continue  # "cleared the Senate days after the House approved it": another vote
        if x.head.i == y.i and x.dep_ in deps:
            return _same_sentence(a, b)
        # through a preposition: "killed ... in the attack", "with the Senate approving"
        if (
            x.head.head.i == y.i
            and x.head.dep_ in ("prep", "agent")
            and x.dep_ in ("pobj", "pcomp")
            and x.head.lower_ in _LINK_PREPS
        ):
            return _same_sentence(a, b)
    return False


def _same_sentence(a: Candidate, b: Candidate) -> bool:
    # Checked last: Token.sent walks the sentence, and _linked runs for every
    # pair of candidates, which made one 10,000-character line take 20 s.
    return bool(a.trigger.sent.start == b.trigger.sent.start)


def _spokesperson_for(candidate: Candidate, members: list[Candidate]) -> bool:
    """A named spokesperson speaking after their office or state spoke."""
    spokespeople = [
        a.actor
        for a in candidate.agents
        if a.actor.kind == "person" and "spokes" in (a.actor.role or "").lower()
    ]
    institutions = [a.actor for m in members for a in m.agents]
    if any(
        s.affiliation and not any(s.affiliation in (i.name, i.affiliation) for i in institutions)
        for s in spokespeople
    ):
        return False  # the UN chief's spokesman does not speak for the UAE foreign ministry
    if not _same_body(candidate, members):
        return False  # a foreign ministry spokesperson does not speak for the commerce ministry
    return bool(spokespeople and institutions) and all(a.kind != "person" for a in institutions)


def _body_named_again(candidate: Candidate, members: list[Candidate]) -> bool:
    """Whether a statement's speaker is a body named by its noun ("the ministry said")
    that an earlier speaker's mention names in full ("China's commerce ministry")."""
    doc = candidate.trigger.doc
    mine = [doc[a.token_i] for a in candidate.agents]
    if not mine or any(t.lower_ not in _BODY_NOUNS for t in mine):
        return False
    before = [
        _body_words(list(doc[t.left_edge.i : t.i + 1]))
        for m in members
        for a in m.agents
        if (t := doc[a.token_i]).lower_ in _BODY_NOUNS
    ]
    return all(
        any(_body_words(list(doc[t.left_edge.i : t.i + 1])) <= body for body in before)
        for t in mine
    )


def _same_speaker(candidate: Candidate, members: list[Candidate]) -> bool:
    """Whether a statement shares a speaker with an occurrence, a person named only by a
    body ("the ministry said", resolved to a spokesperson named later) counting as the
    same speaker only when named by a body again."""
    doc = candidate.trigger.doc
    theirs = {
        (a.actor.name, a.actor.kind == "person" and doc[a.token_i].lower_ in _BODY_NOUNS)
        for m in members
        for a in m.agents
    }
    return any(
        (a.actor.name, a.actor.kind == "person" and doc[a.token_i].lower_ in _BODY_NOUNS) in theirs
        for a in candidate.agents
    )


def _body_words(tokens: list[Token]) -> frozenset[str]:
    """The words naming a body of a state in a mention ("China's commerce ministry":
    commerce, ministry), none when no body noun is among them ("the Philippines")."""
    words = frozenset(
        t.lower_
        for t in tokens
        if t.is_alpha and t.ent_type_ not in ("GPE", "NORP") and t.dep_ not in ("det", "poss")
    )
    return words if words & _BODY_NOUNS else frozenset()


def _same_body(candidate: Candidate, members: list[Candidate]) -> bool:
    """Whether a spokesperson's body ("Foreign ministry spokesperson Lin Jian") is the
    body that spoke before: the same body named, or the state itself when the
    spokesperson speaks for a state's voice (foreign ministry, presidency, government)."""
    doc = candidate.trigger.doc
    spoken: set[str] = set()
    for argument in candidate.agents:
        role = (argument.actor.role or "").lower()
        if "spokes" in role:
            spoken |= {w for w in role.split("spokes")[0].split() if w.isalpha()}
        token = doc[argument.token_i]
        span = doc[token.left_edge.i : token.i + 1]
        cut = next((t.i for t in span if t.lower_.startswith("spokes")), None)
        if cut is not None:
            spoken |= _body_words(list(doc[token.left_edge.i : cut]))
    spokesperson = frozenset(spoken) if spoken & _BODY_NOUNS else frozenset()
    if not spokesperson:
        return True  # "Kremlin spokesman Dmitry Peskov": the state's voice
    for member in members:
        for argument in member.agents:
            token = doc[argument.token_i]
            body = _body_words(list(doc[token.left_edge.i : token.i + 1]))
            if body and not (body <= spokesperson or spokesperson <= body):
                return False  # the commerce ministry, and a foreign ministry spokesperson
            if not body and not spokesperson & _STATE_VOICES:
                return False  # the Philippines' protest, and a security council spokesman
    return True


def _layout(doc: Doc) -> tuple[dict[int, int], list[bool]]:
    """Sentence number by start token, and which sentences open or close a quotation
    (computed once per document)."""
    cached = doc.user_data.get("eventgraph.coref.layout")
    if cached is None:
        sentences = list(doc.sents)
        index = {sent.start: n for n, sent in enumerate(sentences)}
        quoted = [
            sent.text.lstrip()[:1] in '"\u201c' or sent.text.rstrip()[-1:] in '"\u201d'
            for sent in sentences
        ]
        cached = doc.user_data["eventgraph.coref.layout"] = (index, quoted)
    return cached  # type: ignore[no-any-return]


def _statement_distance(a: Candidate, b: Candidate) -> int:
    """Sentences between two statements, not counting the inside of a quotation that
    runs over several sentences before a "he said"."""
    index, quoted = _layout(a.trigger.doc)
    later = a if a.trigger.i > b.trigger.i else b
    pronoun = any(
        c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in later.trigger.children
    )
    first, second = sorted((index[a.trigger.sent.start], index[b.trigger.sent.start]))
    if not pronoun:
        return second - first
    return sum(0 if quoted[n] and n != second else 1 for n in range(first + 1, second + 1))


def _sentence_distance(a: Candidate, b: Candidate) -> int:
    index, _quoted = _layout(a.trigger.doc)
    return abs(index[a.trigger.sent.start] - index[b.trigger.sent.start])


def _shifted(date: EventDate, days: int) -> EventDate | None:
    """A day-precise date moved by ``days`` ("two days before the vote")."""
    if date.precision != "day":
        return None
    day = dt.date.fromisoformat(date.value) + dt.timedelta(days=days)
    return EventDate(day.isoformat(), "day", date.text, date.start, date.end, inferred=True)


def cluster(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Group candidates into occurrences (see the module docstring).

    Parameters
    ----------
    candidates : list of Candidate
        In document order.

    Returns
    -------
    list of list of Candidate
        One list per occurrence, in the order each was first mentioned.
    """
    clusters: list[list[Candidate]] = []
    # each trigger's occurrence so far (its own mention until it joins one)
    found = {c.trigger.i: [c] for c in candidates}
    for unit in _units(candidates):
        view = _view(unit)
        # the latest occurrences only: coreference reaches back, not across a whole file
        recent = [m for m in reversed(clusters) if m[0].type == view.type][:_REACH]
        joinable = [m for m in recent if _joins(view, m) or _told_after_talks(view, m, found)]
        # the latest occurrence with the same actors first, else the latest one
        shared = [m for m in joinable if view.participant_names & _names(m, "participant_names")]
        if view.type == "attack":  # the attacker of one is not the attacked of another
            shared = [m for m in joinable if _same_sides(view, m)]
            if not shared and view.anaphoric:  # "the strikes": the latest strike, not attack
                lemmas = {x.trigger.lemma_.lower() for x in unit if x.anaphoric}
                shared = [m for m in joinable if any(x.trigger.lemma_.lower() in lemmas for x in m)]
        if not view.participant_names and view.trigger.lemma_.lower() in _GATHERINGS:
            # "The summit, which opened on Sunday": the summit, not the talks held at it
            word = view.trigger.lemma_.lower()
            shared = [m for m in joinable if any(x.trigger.lemma_.lower() == word for x in m)]
        elif not view.participant_names and view.nominal:
            # "On Sunday, the emir had received Kagame. Hours before the meeting, ...": a
            # bare "the meeting" is the story's occurrence, not a background one
            shared = [m for m in joinable if not _background(m)]
        options = shared or joinable
        if not view.participant_names and view.nominal and len(_dates_of(options)) > 1:
            # "after eight hours of talks" with Monday's and Tuesday's talks told before
            for member in unit:
                member.ambiguous = True
        chosen = options[0] if options else None
        if chosen is not None:
            chosen.extend(unit)
            found.update((m.trigger.i, chosen) for m in unit)
            unit[0].notes.append(
                f'merged with the {view.type} of "{chosen[0].trigger.sent.text[:60]}"'
            )
        else:
            if (
                view.nominal
                and view.trigger.tag_ in ("NNS", "NNPS")
                and view.date is None
                and view.trigger.lower_ not in ("talks", "negotiations", "consultations")
                and not view.split  # "held separate calls with A and B": one each
                and view.type in ("attack", "call", "meeting", "statement")
            ):
                # "the group's attacks on shipping": a plural starts no occurrence of its own
                unit[0].notes.append("plural mention with no earlier occurrence: not an event")
                continue
            clusters.append(list(unit))
            found.update((m.trigger.i, clusters[-1]) for m in unit)
    return clusters


def _own_account(candidate: Candidate) -> bool:
    """Whether an attack is told in the words of its own side ("Houthi spokesman X
    claimed the launch, saying the group had fired a missile")."""
    verb = candidate.trigger
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ("say", "claim", "announce", "tell"):
        return False
    speaker = verb.head
    while speaker.dep_ in ("advcl", "xcomp", "conj") and not any(
        c.dep_ == "nsubj" for c in speaker.children
    ):
        speaker = speaker.head
    words = {t.lower_ for c in speaker.children if c.dep_ == "nsubj" for t in c.subtree}
    names = {
        w.lower().rstrip("s")
        for a in candidate.agents
        for name in (a.actor.name, *a.actor.aliases)
        for w in name.split()
    }
    return bool({w.rstrip("s") for w in words} & names)


def _same_sides(candidate: Candidate, members: list[Candidate]) -> bool:
    """Whether an attack shares a perpetrator or a target with an occurrence."""
    targets = {a.actor.name for m in members for a in m.targets}
    return bool(
        candidate.agent_names & _names(members, "agent_names")
        or {a.actor.name for a in candidate.targets} & targets
    )


def _units(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates of one sentence that the parse ties into one occurrence."""
    units: list[list[Candidate]] = []
    for candidate in candidates:
        sentence = candidate.trigger.sent.start
        same_sentence = [u for u in units[-12:] if u[0].trigger.sent.start == sentence]
        for unit in same_sentence:
            if unit[0].type == candidate.type == "statement" and any(
                _relayed(candidate, m) for m in unit
            ):
                relayed = next(m for m in unit if _relayed(candidate, m))
                relayer, words = (
                    (candidate, relayed) if _all_spokespeople(candidate) else (relayed, candidate)
                )
                if all(a.actor.kind == "person" for a in words.agents):
                    relayer.agents = []  # the person whose words the spokesperson relays
                else:
                    words.agents = []  # a body's spokesperson speaks: the body is an alias
                unit.append(candidate)
                candidate.notes.append("merged with the words its spokesperson relays")
                break
            if (
                unit[0].type == candidate.type
                and any(_linked(candidate, m) for m in unit)
                # "met Harris on Saturday, a day after he met Scholz": another occurrence
                and not any(_refers(candidate, m) for m in unit)
                and (
                    candidate.type not in ("statement", "attack")
                    or not candidate.agent_names
                    or not _names(unit, "agent_names")
                    or candidate.agent_names & _names(unit, "agent_names")
                )
            ):
                unit.append(candidate)
                candidate.notes.append("merged with a trigger it is syntactically tied to")
                break
        else:
            units.append([candidate])
    return units


def _relayed(a: Candidate, b: Candidate) -> bool:
    """Whether one statement is a spokesperson's report of the other ("Guterres condemned
    the attacks, his spokesman Stephane Dujarric said"; "The Kremlin welcomed Orban's
    stance, spokesman Dmitry Peskov told reporters")."""
    x, y = a.trigger, b.trigger
    if not (
        (x.dep_ in ("ccomp", "parataxis") and x.head.i in _reporting(y))
        or (y.dep_ in ("ccomp", "parataxis") and y.head.i in _reporting(x))
    ):
        return False
    return _all_spokespeople(a) != _all_spokespeople(b)


def _reporting(trigger: Token) -> set[int]:
    """The verbs a statement reports by: its own, and the verb it elaborates ("Peskov
    told reporters ..., praising ...")."""
    if trigger.dep_ in ("advcl", "conj"):
        return {trigger.i, trigger.head.i}
    return {trigger.i}


def _all_spokespeople(candidate: Candidate) -> bool:
    doc = candidate.trigger.doc
    return bool(candidate.agents) and all(
        "spokes" in (x.actor.role or "").lower()
        or any(t.lower_.startswith("spokes") for t in doc[x.token_i].subtree)
        for x in candidate.agents
    )


def _view(unit: list[Candidate]) -> Candidate:
    """One candidate standing for a unit when deciding coreference."""
    if len(unit) == 1:
        return unit[0]
    return replace(
        unit[0],
        agents=[a for m in unit for a in m.agents],
        targets=[a for m in unit for a in m.targets],
        date=next((m.date for m in unit if m.date is not None), None),
        nominal=all(m.nominal for m in unit),
        anaphoric=any(m.anaphoric for m in unit),
        indefinite=any(m.indefinite for m in unit),
        new_occasion=any(m.new_occasion for m in unit),
        tallies=[t for m in unit for t in m.tallies],
        motion_head=next((m.motion_head for m in unit if m.motion_head), None),
        notes=[],
    )


def _borrows(candidate: Candidate) -> bool:
    """Whether a mention takes the date of the event told before it ("hours later");
    "at a press conference" names a new occasion, not one told before."""
    if not candidate.borrows:
        return False
    cue = borrowing_cue(candidate.trigger)
    return (
        cue is None
        or cue[-1].lemma_.lower() not in _VENUES
        or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in cue[-1].children)
    )


def borrow_dates(clusters: list[list[Candidate]]) -> dict[int, EventDate]:
    """Dates borrowed by undated clusters from the event they refer to.

    A candidate whose clause says "during/after/following <event noun>"
    borrows the date of the cluster that noun belongs to; "before the call"
    and "in the run-up to the vote" borrow nothing. Returns the borrowed
    date per cluster index.
    """
    owner: dict[int, int] = {}
    for index, members in enumerate(clusters):
        for member in members:
            owner[member.trigger.i] = index
    borrowed: dict[int, EventDate] = {}
    for index, members in enumerate(clusters):
        if _cluster_date(members) is not None:
            continue
        for member in members:
            for prep, noun, offset in member.refs:
                if noun.i not in owner or owner[noun.i] == index:
                    continue
                if prep in _NO_BORROW and offset is None:
                    continue  # "before the call" gives no date
                if any(m.ambiguous for m in clusters[owner[noun.i]] if m.trigger.i == noun.i):
                    continue  # which talks "after the talks" means is not clear
                date = _cluster_date(clusters[owner[noun.i]])
                if date is not None and offset is not None:
                    date = _shifted(date, offset)
                if date is not None:
                    borrowed[index] = EventDate(
                        date.value, date.precision, date.text, date.start, date.end, inferred=True
                    )
                    member.notes.append(f'date borrowed from "{prep} {noun.text}"')
                    break
            if index in borrowed:
                break
        names_other = any(
            noun.i in owner and owner[noun.i] != index
            for m in members
            for _prep, noun, _offset in m.refs
        )
        # "After the meeting, Prasert said": the meeting is named; when it has no date,
        # the event just before it is no better guess
        if index not in borrowed and any(_borrows(m) for m in members) and not names_other:
            # "hours later", "minutes after" with no event named: the latest dated event before it
            start = min(m.trigger.i for m in members)
            earlier = [
                c
                for c in clusters[:index]
                if _cluster_date(c) is not None and min(m.trigger.i for m in c) < start
            ]
            if earlier:
                # the occurrence told last before it, not the one first told last
                nearest = max(
                    earlier, key=lambda c: max(m.trigger.i for m in c if m.trigger.i < start)
                )
                date = _cluster_date(nearest)
                assert date is not None
                borrowed[index] = EventDate(
                    date.value, date.precision, date.text, date.start, date.end, inferred=True
                )
                members[0].notes.append("date borrowed from the event before it (offset)")
    return borrowed
