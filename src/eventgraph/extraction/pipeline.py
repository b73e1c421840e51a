"""Event extraction, stage by stage, from a parsed document to Event records.

The stages, each in its own module and run in this order per document:

1. :mod:`.lexicon` - triggers: which tokens start a call, meeting, vote,
   statement or attack (conditions checked on the parse);
2. :mod:`.modality` - drop what did not happen (negated, future, planned,
   conditional);
3. :mod:`.arguments` - agents and targets from dependency paths, actors from
   :mod:`.participants`;
4. :mod:`.speech` - statements against attribution; quotes and sources;
5. :mod:`.numbers` - tallies and casualties; ballots and outcomes here;
6. :mod:`.dates` - the governing date of each trigger;
7. :mod:`.coref` - one event per occurrence, borrowed dates;
8. :mod:`.subtypes` - statement subtypes; then confidence and the records.

:func:`explain_events` returns, with the events, the decision taken on every
trigger and the path behind every argument (``eventgraph extract --explain``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..dating import borrows_date, event_date_of, premodifier_date
from ..records import Actor, Ballot, Casualties, Event, EventDate, Mention, Tally, event_id
from .arguments import Argument, actors_at, find_arguments, light_verb, subjects_of
from .candidates import BallotFound, Candidate, Explanation
from .coref import borrow_dates, cluster
from .dates import date_of, governing_date, tag_timexes
from .lexicon import (
    BODY_WORDS,
    MOTION_WORDS,
    TriggerEntry,
    intercepted_weapon,
    retag_attack_nouns,
    triggers_for,
)
from .modality import governing_verb, unasserted_reason
from .numbers import (
    casualties_in,
    death_toll,
    merge_casualties,
    merge_tally,
    number_value,
    tallies_in,
)
from .participants import capital_names, country_names, dateline_end, make_resolver
from .speech import (
    REPORTING_LEMMAS,
    attribution_sources,
    is_unnamed_source,
    quote_of,
    quoted_speaker,
    reports_event,
    reports_plan,
)
from .subtypes import content_subtype, dominant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Document
    from ..timex import Timex
    from .participants import ActorLookup

__all__ = ["explain_events", "extract_events"]

_CONDITION_RANK = {
    "child": 0,
    "prep": 1,
    "prep_actor": 1,
    "on_to": 1,
    "named_as": 0,
    "vote_context": 1,
    "held": 4,
    "abstains": 4,
    "given": 2,
    "aimed": 2,
    "subj": 2,
    "intercepts": 2,
    "violent": 2,
    "subj_conj": 2,
    "dobj": 2,
    "prt": 2,
    "not_prep": 3,
    "dobj_actor": 3,
    "party_object": 3,
    "-": 4,
}
_REF_PREPS = frozenset(
    ["during", "after", "following", "in", "at", "amid", "on", "since", "before", "ahead"]
)
_AUDIENCE = frozenset(
    ["reporters", "journalists", "media", "press", "audience", "crowd", "supporters", "nation"]
)
_NOT_ATTACK_OBJECTS = frozenset(
    ["deal", "agreement", "accord", "balance", "tone", "note", "chord", "bargain", "record"]
)
_BALLOT_VERBS = {"support": "yes", "back": "yes", "endorse": "yes", "oppose": "no", "favour": "yes"}
_NEW_OCCASION = frozenset(["last", "previously", "again", "earlier"])
#: Modifiers that count occurrences ("the latest call since January").
_COUNTING = frozenset(["first", "second", "third", "latest", "last", "umpteenth"])
_PRONOUN_SUBJECTS = frozenset(["they", "we", "it", "he", "she"])
#: Seas named after a state: "the Gulf of Aden" is no place in the state.
_WATERS = frozenset(["gulf", "sea", "strait", "straits", "bay", "coast", "ocean", "waters"])
#: Nouns of places: "Kaduna state", "Poonch district" name where an attack hit, not whom.
_PLACE_WORDS = frozenset(
    ["state", "district", "region", "province", "city", "town", "village", "county", "beach"]
    + ["area", "camp", "neighbourhood", "neighborhood", "suburb", "suburbs", "valley", "port"]
    + ["airport", "square", "market", "street", "road", "border", "municipality", "oblast"]
    + ["outskirts", "outskirt", "environs", "vicinity"]
)
#: Predicates that say an attack has not happened: "an attack remained unlikely".
_UNREAL_STATES = frozenset(
    ["unlikely", "likely", "possible", "imminent", "inevitable", "expected", "feared"]
    + ["probable", "conceivable", "unthinkable", "impossible", "looming"]
)
#: Facilities whose proper names carry a state's adjective ("the Saudi Hospital").
_FACILITIES = frozenset(
    ["hospital", "school", "university", "mosque", "church", "hall", "hotel", "market"]
    + ["stadium", "airport", "station", "bridge", "camp", "centre", "center", "clinic"]
)
#: Words for perpetrators of no named group: "gunmen", "suspected militants".
_UNNAMED_PERPETRATORS = frozenset(
    ["gunmen", "gunman", "militants", "militant", "jihadists", "jihadist", "rebels", "rebel"]
    + ["insurgents", "attackers", "attacker", "assailants", "bandits", "fighters", "terrorists"]
    + ["extremists", "separatists", "suspected", "armed", "men", "unidentified", "unknown"]
    + ["islamist", "islamists", "suicide", "bomber", "bombers", "settlers", "mob"]
)
#: Prepositions of the place an attack hit: "in", "inside Iran", "across Ukraine".
_IN_PLACE = frozenset(["in", "inside", "across", "within"])
#: Verbs of using a weapon: "a car bomb it set off", "the mine they had planted".
_WEAPON_USES = frozenset(
    ["set", "plant", "fire", "launch", "detonate", "drop", "throw", "place", "lay", "hurl"]
    + ["send", "fly", "use", "deploy", "shoot", "leave", "park", "hide"]
)
#: Verbs whose object attack is promised or feared, not done ("vowed further strikes").
_PROMISING = frozenset(
    ["vow", "threaten", "promise", "pledge", "warn", "plan", "prepare", "consider", "fear"]
    + ["avert", "prevent", "deter", "risk", "seek", "want", "propose", "demand", "rule"]
)
#: Verbs of harm, which make an attack only with a violent cause.
_HARM_VERBS = frozenset(["kill", "wound", "injure", "hurt", "die"])
#: Causes of harm that make it violence.
_VIOLENT_CAUSES = frozenset(
    ["attack", "attacker", "gunman", "gunmen", "bomber", "militant", "insurgent", "rebel"]
    + ["soldier", "troop", "force", "army", "police", "militia", "fighter", "sniper", "terrorist"]
    + ["missile", "rocket", "drone", "bomb", "shell", "mortar", "grenade", "explosive", "artillery"]
    + ["strike", "airstrike", "raid", "shelling", "bombing", "shooting", "blast", "barrage", "fire"]
    + ["gunfire", "ambush", "assault", "explosion", "mine", "jet", "aircraft", "warplane", "tank"]
)
_MEMBERS = frozenset(
    ["member", "members", "fighter", "fighters", "militant", "militants", "gunman", "gunmen"]
)


def _state_actor(name: str) -> Actor | None:
    """The gazetteer's actor of a state named by its canonical name."""
    from ..gazetteer import load_gazetteer

    entry = load_gazetteer().entry(name)
    return entry.actor() if entry is not None else None


# nouns that refer back to the group that claims an attack ("the group claimed")
_CLAIMING_NOUNS = frozenset(["group", "militant", "rebel", "insurgent", "movement", "faction"])
# the ship prefixes of navies ("USS Carney", "HMS Diamond")
_SHIP_PREFIXES = {"USS": "United States", "HMS": "United Kingdom", "HMCS": "Canada"}
# a state's forces: harmed, they name the state attacked
_STATE_FORCES = frozenset(
    ["soldier", "troop", "policeman", "serviceman", "sailor", "marine", "paratrooper"]
    + ["personnel", "guard", "trooper", "officer", "commando", "jawan"]
)
# groups whose members' killings are violent even when the group is not in the gazetteer
_ARMED_GROUPS = frozenset(["gang", "militia", "cartel", "group", "faction", "unit", "brigade"])
_DOCUMENTS = frozenset(
    ["text", "draft", "resolution", "statement", "report", "letter", "document", "bill", "law"]
    + ["agreement", "plan", "proposal", "motion", "treaty", "declaration", "communique"]
)
#: Gatherings where people meet face to face.
_SETTINGS = frozenset(
    ["sideline", "sidelines", "summit", "meeting", "conference", "forum", "visit"]
)
#: Nouns for the parties of a meeting or call ("the two leaders", "both sides").
_GROUP_NOUNS = frozenset(
    ["leader", "minister", "side", "man", "woman", "president", "counterpart", "delegation"]
    + ["government"]
)
#: Groups that name the states of the parties ("both governments", "the two sides").
_STATE_GROUPS = frozenset(["side", "delegation", "government"])
#: How many parties a group names ("the two leaders", "both sides").
_GROUP_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
#: What the parties of a call or meeting did, as a readout tells it.
_READOUT_VERBS = frozenset(["discuss", "review", "exchange", "agree", "address", "explore"])
#: Verbs of a group coming together for a summit ("gathered in Rio for a summit").
_GATHERING_VERBS = frozenset(["gather", "meet", "convene", "assemble", "open"])
#: Verbs whose "by" names a participant of the meeting ("a summit hosted by Egypt").
_TAKING_PART = frozenset(["host", "chair", "attend", "lead", "hold", "join", "call", "request"])
#: What a denial rejects: "dismissed the reports" denies, "dismissed the visit" criticises.
_CLAIMS = frozenset(
    ["report", "claim", "allegation", "accusation", "charge", "suggestion", "speculation"]
    + ["criticism", "rumour", "rumor", "assertion", "story", "idea", "notion", "demand"]
)
#: Verbs that reject what another said ("denied the accusation").
_REJECTING = frozenset(["deny", "reject", "dismiss", "refute", "rebuff"])
#: What a rejection refers to when it names no accuser ("rejected the criticism").
_ACCUSATIONS = frozenset(["accusation", "allegation", "criticism", "charge", "claim"])
#: Verbs of convening talks between others ("talks brokered by Qatar").
_CONVENING = frozenset(
    ["convene", "broker", "mediate", "facilitate", "organise", "organize", "sponsor"]
)
#: Subjects that cannot speak: "the move threatened the peace" is no statement.
_NOT_SPEAKERS = frozenset(
    ["behaviour", "behavior", "move", "action", "decision", "step", "conduct", "policy"]
    + ["launch", "escalation", "situation", "crisis", "development", "violence", "conflict"]
)
#: Nouns by which a speaker names their own state ("the kingdom welcomed ...").
_OWN_SIDE = frozenset(["kingdom", "government", "country", "administration", "republic"])
#: Accounts of a call or meeting: what they say is its readout.
_READOUTS = frozenset(["account", "readout", "summary", "statement", "report", "version"])
#: Rooms and buildings: talking in one is talking face to face ("talked in a room").
_VENUES = frozenset(
    ["room", "hall", "office", "palace", "hotel", "residence", "headquarters", "embassy"]
    + ["building", "villa", "ministry", "chamber", "breakfast", "lunch", "dinner"]
)
#: Plural nouns that name one occurrence ("held talks").
_PLURALIA = frozenset(["talks", "negotiations", "consultations", "discussions"])
_ADOPTING = frozenset(
    [
        "adopt",
        "pass",
        "approve",
        "clear",
        "elect",
        "re-elect",
        "reelect",
        "nominate",
        "condemn",
        "confirm",
        "ratify",
    ]
)
_MEMBER_NOUNS = frozenset(
    [
        "member",
        "members",
        "lawmaker",
        "lawmakers",
        "legislator",
        "legislators",
        "senator",
        "senators",
        "mp",
        "mps",
        "delegate",
        "delegates",
        "country",
        "countries",
        "state",
        "states",
        "nation",
        "nations",
        "alderman",
        "aldermen",
        "councillor",
        "councillors",
        "councilor",
        "councilors",
        "deputy",
        "deputies",
        "policymaker",
        "policymakers",
    ]
)
#: Titles of a body's members and words of that body's name.
_MEMBER_TITLES = {
    "senator": ("senate",),
    "sen.": ("senate",),
    "rep.": ("house", "representatives"),
    "representative": ("house", "representatives"),
    "congressman": ("house", "representatives"),
    "congresswoman": ("house", "representatives"),
    "alderman": ("council",),
    "alderwoman": ("council",),
    "councillor": ("council",),
    "councilor": ("council",),
    "councilman": ("council",),
    "councilwoman": ("council",),
    "mep": ("european", "parliament"),
}
#: Body words that name people, not an institution ("lawmakers").
_PEOPLE_BODIES = frozenset(["representatives", "mps", "members", "delegates", "legislators"])
#: Words that make a party's members a part of it ("many Democrats", "some of the Tories").
_PART_WORDS = frozenset(
    ["many", "most", "some", "several", "few", "other", "dozens", "scores", "all", "both"]
    + ["a", "an", "rebel", "dissident", "individual", "moderate", "hardline", "centrist"]
)
_STATEMENT_TARGET_PREPS = frozenset(
    ["as", "of", "over", "against", "for", "about", "on", "to", "at", "with"]
)


def extract_events(doc: Doc, document: Document) -> list[Event]:
    """Extract the events of one parsed document.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> text = "Putin met Erdogan in Sochi."
    >>> events = extract_events(load_nlp()(text), Document("d", text))
    >>> [(e.type, [a.name for a in e.agents], [a.name for a in e.targets]) for e in events]
    [('meeting', ['Putin'], ['Erdogan'])]
    """
    return explain_events(doc, document)[0]


def explain_events(doc: Doc, document: Document) -> tuple[list[Event], list[Explanation]]:
    """Extract events and say, for every trigger, what was decided and why.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> text = "Putin will meet Erdogan."
    >>> events, why = explain_events(load_nlp()(text), Document("d", text))
    >>> events, why[0].decision
    ([], 'dropped: modal "will"')
    """
    run = _Run(doc, document)
    return run.events(), run.explanations


class _Run:
    """The state of one document's extraction (private: one per call)."""

    def __init__(self, doc: Doc, document: Document) -> None:
        self.doc = doc
        self.document = document
        self.resolver: ActorLookup = make_resolver(doc, document)
        self.timexes: list[Timex] = tag_timexes(doc, document.published)
        self.explanations: list[Explanation] = []
        self.sent_index = {s.start: i for i, s in enumerate(doc.sents)}
        skip = self.dateline = dateline_end(doc.text)
        retag_attack_nouns(doc)  # "Indian missile strikes" read as a verb
        self.found: dict[int, TriggerEntry] = {}
        for token in doc:
            if token.idx < skip:
                continue
            entries = triggers_for(token, self._is_actor)
            if entries:
                self.found[token.i] = min(
                    entries, key=lambda e: _CONDITION_RANK.get(e.condition.split("=")[0], 3)
                )
        self.candidates: dict[int, Candidate] = {}
        self.tallied: set[int] = set()  # sentences whose tally a vote has taken
        self.attributions: dict[int, list[str]] = {}

    # ------------------------------------------------------------ helpers
    def _is_actor(self, token: Token) -> bool:
        # "received both ministers": a group named for the parties told before
        return self.resolver.resolve_token(token) is not None or _group_mention(token)

    def _is_trigger(self, token: Token) -> bool:
        """Whether a token triggers an asserted event of a type other than statement."""
        entry = self.found.get(token.i)
        if (
            entry is None
            or entry.type == "statement"
            or unasserted_reason(token, entry.type) is not None
        ):
            return False
        if entry.type == "attack" and token.lemma_.lower() in _HARM_VERBS:
            return True  # casualty figures: the speaker reports, the statement is attribution
        return entry.type != "attack" or self._real_attack(token)

    def _explain(self, token: Token, type_: str, decision: str, details: list[str]) -> None:
        sent = token.sent
        self.explanations.append(
            Explanation(
                self.document.id,
                self.sent_index.get(sent.start, 0),
                sent.text.strip(),
                token.text,
                type_,
                decision,
                tuple(details),
            )
        )

    def _drop(self, token: Token, entry: TriggerEntry, reason: str) -> None:
        self._explain(token, entry.type, f"dropped: {reason}", [])

    # ------------------------------------------------------------ stages
    def events(self) -> list[Event]:
        for i, entry in sorted(self.found.items()):
            token = self.doc[i]
            candidate = self._candidate(token, entry)
            if candidate is not None:
                self.candidates[i] = candidate
        self._responsibility()
        self._casualties_after()
        ordered = [self.candidates[i] for i in sorted(self.candidates)]
        for i, sources in self.attributions.items():
            if i in self.candidates:
                self.candidates[i].attribution.extend(sources)
        clusters = cluster(ordered)
        borrowed = borrow_dates(clusters)
        events: list[Event] = []
        for index, members in enumerate(clusters):
            for event in self._to_events(members, borrowed.get(index)):
                if event is not None:
                    events.append(event)
        return events

    def _candidate(self, token: Token, entry: TriggerEntry) -> Candidate | None:
        type_ = entry.type
        nominal = token.pos_ not in ("VERB", "AUX")
        reason = unasserted_reason(token, entry.type)
        if reason is not None:
            self._drop(token, entry, reason)
            return None
        if type_ == "attack" and not self._real_attack(token):
            self._drop(token, entry, "not an attack (interception or figurative use)")
            return None
        if type_ == "statement" and (speech_reason := self._speech_problem(token, nominal)):
            self._drop(token, entry, speech_reason)
            return None
        if (
            nominal
            and token.head.lower_ == "since"
            and token.head.dep_ == "prep"
            and not self._own_date(token)
        ):
            # "since the invasion" anchors a time; "since Russia's invasion in February
            # 2022" also dates an occurrence the text asserts
            self._drop(token, entry, 'a time anchor ("since ..."), no occurrence asserted')
            return None
        if nominal and (absorbed := self._part_of_verb(token, type_)) is not None:
            self._drop(token, entry, f'part of the {type_} "{absorbed.text}"')
            return None
        if type_ == "statement" and _authors_a_motion(token):
            self._drop(token, entry, "writing a motion or draft is no statement")
            return None
        if type_ == "statement" and self._is_ballot(token):
            type_ = "vote"
        if type_ == "call" and not nominal and self._in_person(token):
            type_ = "meeting"  # "spoke on the sidelines of the summit": face to face
        if type_ == "meeting" and self._convened_to_vote(token):
            self._drop(token, entry, "session convened to vote (annotated as the vote)")
            return None
        if (
            nominal
            and type_ in ("call", "meeting", "attack", "vote", "statement")
            and self._plural_generic(token)
        ):
            self._drop(token, entry, "plural or generic mention with no occurrence of its own")
            return None
        args = find_arguments(token, type_, self.resolver)
        if type_ == "statement" and self._is_vote_by_body(token, args.agents):
            type_ = "vote"
        candidate = Candidate(type_, entry, token, nominal)
        candidate.agents = [a for a in args.agents if self.doc[a.token_i].idx >= self.dateline]
        candidate.targets = [a for a in args.targets if self.doc[a.token_i].idx >= self.dateline]
        if (
            type_ in ("call", "meeting")
            and nominal
            and not candidate.agents
            and not candidate.targets
        ):
            self._participants_from_speech(candidate)
        if type_ == "meeting" and nominal and not candidate.agents and not candidate.targets:
            self._participants_of_setting(candidate)
        self._fix_speaker(candidate)
        self._pronoun_agents(candidate)
        self._pronoun_addressee(candidate)
        self._occasion_markers(candidate)
        anchor = light_verb(token) if nominal else None
        clause = anchor or token
        candidate.date, candidate.clause_date = self._date(token, anchor, candidate.anaphoric)
        candidate.borrows = candidate.date is None and borrows_date(clause)
        if type_ == "meeting" and nominal and _internal_session(token):
            # "told a cabinet meeting": one government's own session, no parties meeting
            self._drop(token, entry, "an internal session of one government")
            return None
        if type_ in ("call", "meeting") and self._after_publication(candidate.date):
            # "to prepare for a Quad meeting next month": what is dated later has not happened
            self._drop(token, entry, "dated after publication (planned)")
            return None
        referring = clause if not nominal else (anchor or self._governor(token))
        if nominal and anchor is None and referring is not None and referring.i in self.found:
            referring = None  # "condemned the veto after the vote": the condemnation's "after"
        candidate.refs = self._refs(referring)
        if type_ == "statement":
            self._statement(candidate)
        elif type_ == "vote":
            self._vote(candidate)
        elif type_ == "attack":
            self._attack(candidate)
        elif type_ in ("call", "meeting"):
            self._meeting(candidate)
        self._explain(token, type_, "kept", self._details(candidate))
        return candidate

    # ------------------------------------------------------------ filters
    def _real_attack(self, token: Token) -> bool:
        used_as_noun = token.pos_ in ("VERB", "AUX") and token.dep_ in (
            "amod",
            "pobj",
            "nsubj",
            "dobj",
            "compound",
        )
        if used_as_noun and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in token.children
        ):
            return False  # "the number of wounded": a participle used as a noun
        weapon = intercepted_weapon(token) if token.pos_ == "VERB" else None
        if weapon is not None:
            # "shot down 42 of 48 drones Russia launched": reports Russia's attack; with
            # no one named as firing them, only the interception is told
            return bool(self._weapon_owners(token, weapon))
        if token.lemma_.lower() != "gun" and any(c.lower_ == "down" for c in token.children):
            return False  # missiles shot down: the interception is not an attack
        if token.pos_ == "NOUN" and self._promised(token):
            return False  # "vowed further strikes": not happened
        if (
            token.pos_ == "NOUN"
            and token.dep_ == "nsubj"
            and any(
                c.dep_ in ("acomp", "oprd", "xcomp") and c.lemma_.lower() in _UNREAL_STATES
                for c in token.head.children
            )
        ):
            return False  # "a Russian attack remained unlikely"
        if self._over_a_span(token) or self._days_of(token):
            return False  # "since the war began, Russian strikes have killed 10,000"
        if (
            token.pos_ == "NOUN"
            and token.dep_ == "nsubj"
            and any(m.dep_ == "mark" and m.lower_ == "since" for m in token.head.children)
            and not self._own_date(token)
        ):
            # "since the invasion began in 2022": a time anchor; "since its car bombing in
            # October 2022 killed 121" dates an occurrence of its own
            return False
        if any(
            c.dep_ == "dobj" and c.lemma_.lower() in _NOT_ATTACK_OBJECTS for c in token.children
        ):
            return False
        if token.lemma_.lower() in ("hit", "strike") and token.pos_ == "VERB":
            # "struck a deal" is not; "was hit by debris" is only a description
            subj = [c for c in token.children if c.dep_ in ("nsubjpass", "auxpass")]
            by = [
                g
                for c in token.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if subj and not any(self._is_actor(g) for g in by):
                return False
        if token.lemma_.lower() in _HARM_VERBS and token.pos_ in ("VERB", "AUX"):
            return self._violent_cause(token)
        return True

    def _days_of(self, token: Token) -> bool:
        """ "Five days of fighting had killed 35 people": fighting over days is many
        occurrences, and so is what it killed."""
        if token.pos_ in ("VERB", "AUX"):
            return any(
                self._period(subject) and self._is_attack_noun(obj)
                for subject in token.children
                if subject.dep_ == "nsubj"
                for prep in subject.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for obj in prep.children
            )
        return token.dep_ == "pobj" and token.head.lower_ == "of" and self._period(token.head.head)

    @staticmethod
    def _period(noun: Token) -> bool:
        return noun.tag_ == "NNS" and noun.lemma_.lower() in ("day", "week", "month", "year")

    def _own_date(self, noun: Token) -> bool:
        """A time expression inside the noun's own phrase: "the invasion in February 2022"."""
        start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
        after = noun.right_edge.i + 1
        if after + 1 < len(self.doc) and self.doc[after].lower_ in ("in", "on"):
            # the phrase the parser hung on the verb: "shelled since the invasion in 2022"
            end = self.doc[after + 1].idx + 1
        return any(start <= t.start < end for t in self.timexes)

    def _over_a_span(self, token: Token) -> bool:
        """A toll of many attacks over a span: "since the war began, Russian strikes have
        killed more than 10,000 civilians", "strikes over the past year"."""
        verb = token
        if token.pos_ == "NOUN":
            if token.tag_ != "NNS":
                return False
            verb = self._governor(token) or token
        elif not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS" and self._is_attack_noun(c)
            for c in token.children
        ) and not any(
            # "Russia has launched thousands of missiles at Ukraine since ...": a perfect
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
            for c in token.children
        ):
            return False
        for child in [*verb.children, *token.children]:
            if child.lower_ == "since" and child.dep_ == "prep":
                return True
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in child.children
            ):
                return True
            if child.dep_ == "prep" and child.lower_ in ("over", "during", "in"):
                for obj in child.children:
                    period = obj.lemma_.lower() in ("year", "month", "week", "decade")
                    if period and any(a.lower_ in ("past", "last", "recent") for a in obj.children):
                        return True  # "over the past year", "in recent years"
        return False

    def _promised(self, noun: Token) -> bool:
        """ "vowed further strikes", "warned of attacks", "threatened retaliatory strikes":
        the object of a promise or a threat has not happened."""
        head = noun
        while head.dep_ == "conj":
            head = head.head
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("of", "with"):
            verb = verb.head
        elif head.dep_ != "dobj":
            return False
        return verb.lemma_.lower() in _PROMISING

    def _violent_cause(self, verb: Token) -> bool:
        """ "Floods killed 30 people" is no attack: killing is one when someone or a
        weapon did it, or when it is part of an attack the sentence names."""
        causes = [c for c in verb.children if c.dep_ == "nsubj"]
        causes += [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        for cause in causes:
            lemma = cause.lemma_.lower()
            if cause.i in self.found and self.found[cause.i].type == "attack":
                return True
            if lemma in ("that", "which") and self._attack_noun_before(verb):
                return True  # "an air strike on the compound that killed seven"
            if (
                lemma in _VIOLENT_CAUSES
                or self._is_actor(cause)
                or cause.ent_type_ in ("NORP", "GPE", "ORG")
            ):
                return True
            if any(
                self._is_actor(c) for c in cause.children if c.dep_ in ("amod", "compound", "poss")
            ):
                return True
            if any(
                self._is_actor(g) or g.lemma_.lower() in _ARMED_GROUPS
                for p in cause.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
            ):
                return True  # "members of the Wharf Jeremie gang killed 184 people"
        # "... killing 19", "killed in the attack", "was shot dead"
        head = verb.head
        if verb.dep_ in ("advcl", "conj", "relcl", "acl", "xcomp") and head.i in self.found:
            return self.found[head.i].type == "attack"
        if verb.dep_ in ("advcl", "conj") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _VIOLENT_CAUSES for c in head.children
        ):
            return True  # "a roadside bomb tore through a convoy, killing ten"
        if verb.dep_ in ("advcl", "conj") and any(
            c.dep_ == "dobj" and self._is_attack_noun(c) for c in head.children
        ):
            return True  # "carried out an airstrike on a village, killing 100"
        conjuncts = [g for c in verb.children if c.dep_ == "conj" for g in c.children]
        for child in [*verb.children, *conjuncts]:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "during", "by")
                and any(
                    g.i in self.found and self.found[g.i].type == "attack" for g in child.children
                )
            ):
                return True
        # a subject the parser hung elsewhere: "after a drone strike ... killed"
        return not causes and self._attack_noun_before(verb)

    def _attack_noun_before(self, verb: Token) -> bool:
        """An attack noun shortly before a verb, with no other verb between them."""
        for word in reversed(verb.doc[max(verb.sent.start, verb.i - 14) : verb.i]):
            if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("compound", "amod"):
                return False
            if self._is_attack_noun(word):
                return True
        return False

    def _is_attack_noun(self, token: Token) -> bool:
        return (
            token.i in self.found and self.found[token.i].type == "attack" and token.pos_ == "NOUN"
        )

    def _speech_problem(self, token: Token, nominal: bool) -> str | None:
        if nominal:
            governor = self._governor(token)
            if (
                governor is not None
                and governor.i in self.found
                and self.found[governor.i].type == "statement"
            ):
                return f'part of the statement "{governor.text}"'
            if (
                governor is not None
                and token.dep_ == "nsubj"
                and governor.lemma_.lower() in ("say", "read", "add", "note", "state")
            ):
                return "the document a statement is read from (attribution)"
            if token.head.lower_ == "to" and token.head.head.lower_ == "according":
                return "attribution (according to)"
            if governor is not None and governor.lemma_.lower() in REPORTING_LEMMAS:
                return "reporting act"
            return None
        if _quoting_verb(token) is not None:
            return None  # "PTI quoted Guterres as saying": the speaker is Guterres
        subjects, _ = subjects_of(token)
        if any(s.pos_ == "PRON" for s in subjects):
            # "thanked Washington for what it called its commitment": words inside a
            # statement's own object are part of it
            for ancestor in token.ancestors:
                if ancestor.sent != token.sent or ancestor.dep_ == "ccomp":
                    break
                if (
                    ancestor.i in self.found
                    and self.found[ancestor.i].type == "statement"
                    and ancestor.i < token.i
                ):
                    return f'part of the statement "{ancestor.text}"'
        if (
            token.lemma_.lower() == "pledge"
            and token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and self.found.get(token.head.i) is not None
            and self.found[token.head.i].type in ("call", "meeting")
        ):
            return f'what the {self.found[token.head.i].type} "{token.head.text}" produced'
        if subjects and all(s.lemma_.lower() in _NOT_SPEAKERS for s in subjects):
            return f'"{token.text}" said of a thing, not by a speaker ("{subjects[0].text}")'
        outer = self._voicing_statement(token, subjects)
        if outer is not None:
            return f'part of the statement "{outer.text}" (the speaker\'s own side)'
        for subject in subjects:
            if is_unnamed_source(subject, self.resolver):
                self._attribute_sentence(token, subject)
                return f'attribution by "{subject.text}" (unnamed source or news organisation)'
            if subject.lemma_.lower() in (
                "statement",
                "readout",
                "report",
                "letter",
                "post",
            ) and not any(c.dep_ == "poss" for c in subject.children):
                self._attribute_sentence(token, subject)
                return f'attribution by the document "{subject.text}"'
            if subject.lemma_.lower() in _READOUTS and self._of_meeting(subject):
                self._attribute_sentence(token, subject)
                return f'attribution by the readout "{subject.text} of"'
        reported = reports_event(token, self._is_trigger)
        if reported is not None and self._own_attack_told(token, reported, subjects):
            return None  # "the army said its jets struck militants": the perpetrator's claim
        if reported is not None:
            for subject in subjects:
                self.attributions.setdefault(reported.i, []).append(
                    " ".join(t.text for t in subject.subtree if t.dep_ != "punct")
                )
            return f'attribution: only reports the {self.found[reported.i].type if reported.i in self.found else "event"} "{reported.text}"'
        planned = reports_plan(token, self._is_meeting_word)
        if planned is not None:
            return f'attribution: only announces the planned "{planned.text}"'
        other = self._reported_speech(token, subjects)
        if other is not None:
            return f'attribution: reports what another speaker did ("{other.text}")'
        for child in token.children:
            entry = self.found.get(child.i)
            if (
                child.dep_ == "ccomp"
                and entry is not None
                and entry.type in ("call", "meeting")
                and any(c.dep_ == "neg" for c in child.children)
            ):
                # "Sheinbaum said she had not yet spoken with Trump": reports a non-event
                # (denying an attack, "does not strike civilians", is a position)
                return (
                    f'attribution: only reports that the {entry.type} "{child.text}" did not happen'
                )
        readout = self._readout(token)
        if readout is not None:
            return f'attribution: a readout of what the parties did ("{readout.text}")'
        return None

    def _own_attack_told(self, verb: Token, reported: Token, subjects: list[Token]) -> bool:
        """ "The Israeli military said it had struck Hamas targets", "Mali's army said its
        aircraft struck terrorist targets": a state or group telling its own attack claims
        it (a statement); a governor telling what a drone did only reports."""
        entry = self.found.get(reported.i)
        if entry is None or entry.type != "attack" or reported.head != verb:
            return False
        if reported.lemma_.lower() in ("shoot", "intercept", "down", "destroy"):
            return False  # "said it shot down 40 drones": the interception is told
        own = any(
            s.lower_ in ("it", "we")
            or any(c.dep_ == "poss" and c.lower_ in ("its", "our") for c in s.children)
            for s in reported.children
            if s.dep_ == "nsubj"
        )
        if not own:
            return False
        speakers = [a for s in subjects if (a := self.resolver.resolve_token(s)) is not None]
        return bool(speakers) and all(a.kind != "person" for a in speakers)

    def _readout(self, token: Token) -> Token | None:
        """ "The White House said the two leaders discussed trade": what the parties of a
        call or meeting talked about, as its readout tells it."""
        meetings = [c for c in self.candidates.values() if c.type in ("call", "meeting")]
        if not meetings:
            return None
        parties = {a.actor.name for m in meetings for a in (*m.agents, *m.targets)}
        speaking = [a for s in subjects_of(token)[0] if (a := self.resolver.resolve_token(s))]
        speakers = {a.name for a in speaking}
        if not speakers or any(a.kind == "person" and a.name in parties for a in speaking):
            # "Prasert said the two sides had agreed ...": a party's own account; "the
            # Japanese leader said ...": a speaker not known to be outside the talks (an
            # office of a party, "the State Department said", still gives a readout)
            return None
        for child in token.children:
            if child.dep_ != "ccomp" or child.lemma_.lower() not in _READOUT_VERBS:
                continue
            subjects = [c for c in child.children if c.dep_ == "nsubj"]
            if subjects and all(_group_mention(s) or s.lower_ == "they" for s in subjects):
                return child
            # "Rubio and Lavrov agreed to restore staffing, the State Department said"
            named = {
                a.actor.name
                for s in subjects
                for x in (s, *s.conjuncts)
                for a in actors_at(x, self.resolver, "-", phrase=False)
            }
            if len(named) >= 2 and not named & speakers:
                return child
        return None

    def _after_publication(self, date: EventDate | None) -> bool:
        published = self.document.published
        if date is None or published is None:
            return False
        return date.value > published.isoformat()[: len(date.value)]

    def _is_meeting_word(self, token: Token) -> bool:
        entry = self.found.get(token.i)
        return entry is not None and entry.type in ("call", "meeting")

    def _of_meeting(self, noun: Token) -> bool:
        """Whether a noun is "of" a call or meeting ("the Kremlin's account of the call")."""
        return any(
            obj.i in self.found and self.found[obj.i].type in ("call", "meeting")
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        )

    def _reported_speech(self, token: Token, subjects: list[Token]) -> Token | None:
        """ "Misri told reporters that the two leaders had endorsed the agreement": the
        words report another speaker's statement, not a position of the speaker's own."""
        speaking = [a for s in subjects if (a := self.resolver.resolve_token(s))]
        speakers = {a.name for a in speaking}
        # "said in a statement that Wang had urged ...": the parser may read the clause
        # as a relative clause of the medium
        clauses = [c for c in token.children if c.dep_ == "ccomp"] + [
            clause
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "through")
            for medium in prep.children
            for clause in medium.children
            if clause.dep_ in ("relcl", "acl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        ]
        for child in clauses:
            # "Japan lodged a protest, the ministry said": the protest the light verb carries
            said = child.i if child.i in self.found else _light_object(child, self.found)
            if said is None or self.found[said].type != "statement":
                continue
            if unasserted_reason(child) is not None:
                continue
            if said != child.i:
                return child  # the protest is the statement; saying so only reports it
            for subject in child.children:
                if subject.dep_ != "nsubj" or subject.pos_ == "PRON":
                    continue
                if subject.lemma_.lower() in _DOCUMENTS | _NOT_SPEAKERS:
                    continue  # "said the text blamed one side": the speaker judges the text
                if self._own_side(subject, speaking):
                    continue  # "Faisal said the kingdom welcomed ...": his own side's words
                actor = self.resolver.resolve_token(subject)
                if actor is None or actor.name not in speakers:
                    return child
        return None

    def _voicing_statement(self, token: Token, subjects: list[Token]) -> Token | None:
        """The speech verb whose speaker voices a statement reported inside it: "Wang said
        Beijing opposed ... and accused Washington", "Zelenskiy said Ukraine faced a deficit
        and appealed to allies" (the parser hangs the second verb on the reported clause)."""
        outer = None
        child = token
        for ancestor in list(token.ancestors)[:4]:
            if (
                child.dep_ == "ccomp"
                and ancestor.i in self.found
                and self.found[ancestor.i].type == "statement"
            ):
                outer = ancestor
                break
            child = ancestor
        if outer is None or not subjects or reports_event(outer, self._is_trigger) is not None:
            return None
        speaking = [a for s in subjects_of(outer)[0] if (a := self.resolver.resolve_token(s))]
        if not speaking:
            return None
        names = {a.name for a in speaking}
        resolved = [self.resolver.resolve_token(s) for s in subjects]
        if all(
            self._own_side(s, speaking) and (actor is None or actor.name not in names)
            for s, actor in zip(subjects, resolved, strict=True)
        ):
            # "Wang said Beijing opposed ...": the state's words are the spokesperson's (the
            # speaker named again is left to coreference)
            return outer
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        head = token.head
        if own_subject or token.dep_ != "conj" or head.i in self.found:
            return None
        if token.i >= 2 and token.nbor(-1).lower_ == "and" and token.nbor(-2).text == ",":
            return outer  # "said Putin had no plans to call, and dismissed reports ..."
        # an inherited subject that cannot be the speaker: no actor, or the one accused
        objects = {a.name for c in token.children if c.dep_ == "dobj" for a in self._actors(c)}
        for subject in subjects:
            actor = self.resolver.resolve_token(subject)
            if actor is not None and actor.name not in objects:
                return None
        return outer

    def _own_side(self, subject: Token, speakers: list[Actor]) -> bool:
        """Whether the subject of reported words is the speaker or the speaker's own state
        or office ("the kingdom", "Beijing" for China's spokesperson)."""
        if subject.pos_ == "PRON":
            return False
        actor = self.resolver.resolve_token(subject)
        if actor is None:
            return subject.lemma_.lower() in _OWN_SIDE and any(
                c.dep_ in ("det", "poss") for c in subject.children
            )
        names = {s.name for s in speakers} | {s.affiliation for s in speakers if s.affiliation}
        return actor.name in names

    def _actors(self, token: Token) -> list[Actor]:
        return [a.actor for a in actors_at(token, self.resolver, "-", phrase=False)]

    def _attribute_sentence(self, token: Token, subject: Token) -> None:
        source = " ".join(t.text for t in subject.subtree if t.dep_ != "punct")
        sentence = token.sent  # once: Token.sent walks the sentence on every access
        for i in self.found:
            if sentence.start <= i < sentence.end and i != token.i:
                self.attributions.setdefault(i, []).append(source)

    def _is_vote_by_body(self, token: Token, agents: list[Argument]) -> bool:
        """ "The General Assembly condemned ... with 143 members voting for" is the vote;
        so is "the assembly overwhelmingly called for ...", and a body's call whose
        tally the next sentence gives ("The resolution was approved by 187 to 2")."""
        if token.pos_ not in ("VERB", "AUX") or not any(_is_body(a.actor.name) for a in agents):
            return False
        if any(
            c.dep_ == "advmod" and c.lower_ in ("overwhelmingly", "unanimously", "narrowly")
            for c in token.children
        ):
            return True
        following = token.doc[token.sent.end : token.sent.end + 1]
        return (
            any(
                self.found.get(t.i) is not None and self.found[t.i].type == "vote"
                for t in token.sent
            )
            or bool(tallies_in(token.sent))
            or (len(following) == 1 and bool(tallies_in(following[0].sent)))
        )

    def _is_ballot(self, token: Token) -> bool:
        """ "The Shiv Sena backed the bill": a voter's position, when the text has a vote."""
        if token.pos_ not in ("VERB", "AUX"):
            return False
        if token.lemma_.lower() in _BALLOT_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MOTION_WORDS for c in token.children
        ):
            return any(entry.type == "vote" for entry in self.found.values())
        # "the far-right AfD also rejected it": "it" is the motion of the vote just told
        if not _rejects_it(token) and not (
            token.lemma_.lower() in _BALLOT_VERBS
            and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in token.children)
        ):
            return False
        start = self.sent_index.get(token.sent.start, 0)
        return any(
            entry.type == "vote"
            and i < token.i
            and self.sent_index.get(self.doc[i].sent.start, -9) >= start - 1
            for i, entry in self.found.items()
        )

    def _part_of_verb(self, noun: Token, type_: str) -> Token | None:
        """A nominal that only names the medium of a verb trigger of its type
        ("spoke by phone", "said in a statement", "wrote in a letter")."""
        if type_ not in ("call", "statement"):
            return None  # "killed in the attack": the attack noun carries its own arguments
        governor = self._governor(noun)
        if governor is None or governor.i not in self.found or self.found[governor.i].type != type_:
            return None
        if light_verb(noun) is not None:
            return None
        if noun.head.dep_ == "prep" and noun.head.lower_ in (
            "by",
            "in",
            "on",
            "via",
            "through",
            "over",
        ):
            return governor
        return governor if type_ == "statement" else None

    def _participants_of_setting(self, candidate: Candidate) -> None:
        """ "EU leaders nominated her at a summit": a meeting that is the setting of
        another act has the actors of that act as participants."""
        noun = candidate.trigger
        if noun.lemma_.lower() in ("summit", "conference") and noun.left_edge.i < noun.i:
            # "the Group of 20 summit": the group named before the noun, however parsed
            start = noun.left_edge.i + (noun.left_edge.dep_ in ("det", "poss"))
            group = self.resolver.resolve_span(self.doc[start : noun.i]) if start < noun.i else None
            if group is not None and group.kind != "person":
                candidate.agents.append(Argument(group, "name before the noun", start))
                return
        if noun.head.dep_ != "prep" or noun.head.lower_ not in ("at", "during", "for", "in"):
            return
        governor = self._governor(noun)
        gathering = (
            governor is not None
            and noun.lemma_.lower() in ("summit", "conference")
            and governor.lemma_.lower() in _GATHERING_VERBS
        )  # "leaders of the G20 gathered in Rio for a summit"
        call = candidate.type == "call" and noun.head.lower_ == "in"  # "In a call, X discussed"
        joining = (
            governor is not None
            and noun.head.lower_ == "for"
            and governor.lemma_.lower() == "join"
            and any(c.dep_ == "dobj" for c in governor.children)
        )  # "von der Leyen joined the two leaders for a meeting"
        if (
            noun.head.lower_ in ("for", "in")
            and noun.tag_ == "NN"
            and noun.lemma_.lower() != "talk"
            and not gathering
            and not call
            and not joining
        ):
            return  # "arrived for talks", "took part in talks"; not "in a meeting room"
        if governor is None:
            return
        if (
            noun.lemma_.lower() in ("summit", "conference")
            and governor.i in self.found
            and self.found[governor.i].type in ("call", "meeting")
        ):
            return  # "At the summit, Trump met Zelenskiy": a meeting of two, not the summit's
        subjects, path = subjects_of(governor)
        for subject in subjects:
            for arg in actors_at(subject, self.resolver, f"setting>{path}"):
                if self.doc[arg.token_i].idx >= self.dateline:
                    candidate.agents.append(arg)
        if joining and candidate.agents:
            for obj in governor.children:
                if obj.dep_ != "dobj":
                    continue
                if _group_mention(obj):
                    candidate.targets += [
                        Argument(actor, "setting>joined>parties", i)
                        for actor, i in self._latest_parties(noun, candidate.agent_names)
                    ]
                else:
                    candidate.targets += actors_at(obj, self.resolver, "setting>joined")
            return
        if call and candidate.agents:
            # "In a call, Blinken discussed Gaza with Shoukry": the partner
            candidate.targets += [
                a
                for c in (governor, *(o for o in governor.children if o.dep_ == "dobj"))
                for prep in c.children
                if prep.dep_ == "prep" and prep.lower_ == "with"
                for o in prep.children
                if o.dep_ == "pobj"
                for a in actors_at(o, self.resolver, "setting>prep(with)")
            ]
            return
        if candidate.agents and noun.head.lower_ in ("for", "in"):
            # "flew to Cairo for talks": the host is where the visitor went ("met in
            # Belarus" names only the place)
            candidate.targets += [
                a
                for c in governor.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for o in c.children
                if o.dep_ == "pobj"
                for a in actors_at(o, self.resolver, f"setting>prep({c.lower_})", phrase=False)
            ]

    def _participants_from_speech(self, candidate: Candidate) -> None:
        """ "telling him during a telephone call": the call is between the speaker and
        the addressee."""
        governor = self._governor(candidate.trigger)
        if (
            governor is None
            or governor.i not in self.found
            or self.found[governor.i].type != "statement"
        ):
            if candidate.type == "call":
                self._participants_of_setting(candidate)  # "In a call, X discussed Y with Z"
            return
        if candidate.trigger.head.lower_ not in ("during", "in", "on", "at"):
            return
        args = find_arguments(governor, "statement", self.resolver)
        addressees = [
            a for a in args.targets if a.path in ("dobj", "dative") or a.path.startswith("prep(to")
        ]
        if not addressees:
            # "telling him": the person addressed by the statement just before in the sentence
            pronoun = any(
                c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her", "them")
                for c in governor.children
            )
            earlier = [
                c
                for i, c in self.candidates.items()
                if c.type == "statement" and c.trigger.sent == governor.sent and i < governor.i
            ]
            if pronoun and earlier:
                addressees = [a for a in earlier[-1].targets if a.path in ("dobj", "dative")]
        if args.agents and addressees:
            candidate.agents = [
                Argument(a.actor, f"speaker of {governor.text}", a.token_i) for a in args.agents
            ]
            candidate.targets = [
                Argument(a.actor, f"addressee of {governor.text}", a.token_i) for a in addressees
            ]

    def _in_person(self, verb: Token) -> bool:
        """Whether "spoke with" happened face to face (at a summit, in person)."""
        if verb.lemma_.lower() not in ("speak", "talk"):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
            return False  # by phone, by video link
        for child in verb.children:
            if child.lower_ == "according":
                continue  # "according to a person familiar with the conversation"
            if child.dep_ in ("prep", "advmod") and any(
                t.lemma_.lower() in _SETTINGS
                or t.lower_ == "face"
                or (t.lower_ == "person" and t.head.lower_ == "in")
                for t in child.subtree
            ):
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "at", "over")
                and any(c.dep_ == "pobj" and c.lemma_.lower() in _VENUES for c in child.children)
            ):
                return True  # "talked for an hour in a room", "spoke over dinner"
        return False

    def _convened_to_vote(self, token: Token) -> bool:
        return any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "vote" for c in token.children
        )

    def _plural_generic(self, token: Token) -> bool:
        """ "weeks of attacks on shipping": a plural with no determiner, owner or date;
        "it was the fifth call since January": a count of occurrences, not one of them."""
        ordinal = any(
            c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in _COUNTING)
            for c in token.children
        )
        if ordinal and (
            token.dep_ == "attr"
            or any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children)
        ):
            return True
        span = token.head.head if token.head.lower_ == "of" else None
        if (
            token.tag_ in ("NNS", "NNPS")
            and span is not None
            and span.lemma_.lower() in ("day", "week", "month", "year", "decade")
            and span.tag_ == "NNS"
            and not any(c.dep_ == "nummod" for c in span.children)
        ):
            return True  # "months of indirect negotiations", "years of talks": no one occurrence
        if token.tag_ not in ("NNS", "NNPS") or token.lower_ in _PLURALIA:
            return False
        if any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in token.children):
            return False
        if token.dep_ == "nsubj" and self._dated_clause(token.head):
            return False  # "Clashes erupted on Tuesday": one occurrence, dated
        return light_verb(token) is None

    def _dated_clause(self, verb: Token) -> bool:
        """A time expression in a phrase the verb governs directly ("erupted on Tuesday")."""
        for child in verb.children:
            if child.dep_ in ("prep", "npadvmod", "advmod"):
                start = child.left_edge.idx
                end = child.right_edge.idx + len(child.right_edge)
                if any(start <= t.start < end for t in self.timexes):
                    return True
        return False

    def _governor(self, noun: Token) -> Token | None:
        return governing_verb(noun, hops=4)

    # ------------------------------------------------------------ arguments
    def _fix_speaker(self, candidate: Candidate) -> None:
        token = candidate.trigger
        head = _quoting_verb(token)
        if head is not None:
            speaker = quoted_speaker(head)
            if speaker is not None:
                candidate.agents = actors_at(speaker, self.resolver, "quote>dobj")
                for child in head.children:
                    if child.dep_ == "nsubj":
                        candidate.attribution.append(child.text)
        if candidate.type == "statement":
            candidate.targets = [
                t for t in candidate.targets if self.doc[t.token_i].lower_ not in _AUDIENCE
            ]
            if not candidate.agents:
                # "a joint statement condemning ...": the issuer of the statement
                subjects, path = subjects_of(token)
                for subject in subjects:
                    if subject.i in self.found and self.found[subject.i].type == "statement":
                        issuer = find_arguments(subject, "statement", self.resolver)
                        candidate.agents = [
                            Argument(a.actor, f"{path}>{a.path}", a.token_i) for a in issuer.agents
                        ]
            if not candidate.nominal:
                self._speaker_of_clause(candidate)

    def _speaker_of_clause(self, candidate: Candidate) -> None:
        """ "Lin denied the report, calling it groundless": a speech verb with no subject
        of its own hanging on another is said by that one's speaker; "Milei, who met Lula,
        objected to ...": a finite verb the parser hung on its subject."""
        token = candidate.trigger
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return
        head = self.candidates.get(token.head.i)
        if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp"):
            # "denied a report that companies supplied drones, calling it groundless"
            head = next(
                (
                    found
                    for ancestor in list(token.ancestors)[:4]
                    if (found := self.candidates.get(ancestor.i)) is not None
                    and found.type == "statement"
                ),
                None,
            )
        if (
            token.dep_ in ("advcl", "conj", "xcomp")
            and head is not None
            and head.type == "statement"
            and head.agents
        ):
            candidate.agents = [
                Argument(a.actor, f"{token.dep_}^speaker", a.token_i) for a in head.agents
            ]
        elif (
            candidate.agents  # an inherited subject: the reported clause's, not the speaker's
            and token.dep_ == "conj"
            and token.head.dep_ == "ccomp"
            and token.head.head.i < token.head.i  # not "X phoned Y and urged him, Z said"
            and (token.head.i not in self.found or self.found[token.head.i].type != "statement")
            and (entry := self.found.get(token.head.head.i)) is not None
            and entry.type == "statement"
        ):
            # "Peskov said Russian forces struck only military targets and denied that
            # civilians had been hit": the parser hangs the denial on the reported clause
            subjects, _ = subjects_of(token.head.head)
            speakers = [a for s in subjects for a in actors_at(s, self.resolver, "ccomp^speaker")]
            if speakers:
                candidate.agents = speakers
        elif (
            not candidate.agents
            and token.dep_ == "acl"
            and token.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "agent" for c in token.children)
            and (actor := self.resolver.resolve_token(token.head)) is not None
            and actor.kind == "person"
        ):
            # "Milei, who met Lula, objected to ...": the parser hung the verb on its subject
            candidate.agents = [Argument(actor, "acl^head", token.head.i)]

    def _pronoun_addressee(self, candidate: Candidate) -> None:
        """ "Modi held talks with Putin and told him ...": an object pronoun the resolver
        leaves open, or reads as the speaker, is the person named last before it."""
        if candidate.type not in ("statement", "call", "meeting") or candidate.nominal:
            return
        token = candidate.trigger
        groups = [
            c
            for c in token.children
            if c.dep_ in ("dobj", "dative") and (c.lower_ == "them" or _group_mention(c))
        ]
        if groups and not candidate.targets:
            # "received both ministers and urged them": the parties of the meeting before;
            # "pressing both governments": their states
            states = groups[0].lemma_.lower() in _STATE_GROUPS
            for party, i in self._latest_parties(token, candidate.agent_names):
                if states and party.affiliation:
                    party = Actor(party.affiliation, "country")
                candidate.targets.append(Argument(party, f"{groups[0].dep_}>parties", i))
            return
        pronouns = [
            c for c in token.children if c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her")
        ]
        if not pronouns:
            return
        agents = candidate.agent_names
        pronoun = pronouns[0]
        resolved = self.resolver.resolve_token(pronoun)
        if resolved is not None and resolved.name not in agents:
            return
        floor = max(0, token.sent.start - 80)
        for word in reversed(self.doc[floor : pronoun.i]):
            if word.pos_ != "PROPN" or word.dep_ == "compound":
                continue
            actor = self.resolver.resolve_token(word)
            if actor is not None and actor.kind == "person" and actor.name not in agents:
                candidate.targets.append(Argument(actor, f"{pronoun.dep_}>antecedent", word.i))
                return

    def _latest_parties(self, token: Token, exclude: set[str]) -> list[tuple[Actor, int]]:
        """The persons, other than ``exclude``, of the latest call or meeting with two or
        more of them, in this sentence or the few before."""
        floor = token.sent.start - 200
        for i in sorted(self.candidates, reverse=True):
            previous = self.candidates[i]
            if previous.trigger.sent.start < floor:
                break
            if previous.type not in ("call", "meeting"):
                continue
            found = {
                a.actor.name: (a.actor, a.token_i)
                for a in (*previous.agents, *previous.targets)
                if a.actor.kind == "person" and a.actor.name not in exclude
            }
            if len(found) >= 2:
                return list(found.values())
        return []

    def _latest_group(self, token: Token) -> tuple[Actor, int] | None:
        """The group (not a person or state) whose meeting was told last, nearby."""
        floor = token.sent.start - 200
        for i in sorted(self.candidates, reverse=True):
            previous = self.candidates[i]
            if previous.trigger.sent.start < floor:
                break
            if previous.type != "meeting":
                continue
            groups = [a for a in previous.agents if a.actor.kind not in ("person", "country")]
            if len(groups) == 1 and len(previous.agents) == 1:
                return groups[0].actor, groups[0].token_i
        return None

    def _pronoun_agents(self, candidate: Candidate) -> None:
        """Subjects the resolver leaves open ("they issued a statement") take the
        agents of the latest event before them in the sentence or the one before."""
        subjects, path = subjects_of(
            candidate.trigger
            if not candidate.nominal
            else (light_verb(candidate.trigger) or candidate.trigger)
        )
        token = candidate.trigger
        entry = self.found.get(token.head.i)
        reported = (
            token.dep_ == "ccomp"
            and token.head.i < token.i
            and entry is not None
            and entry.type == "statement"
        )
        # "Misri said the two leaders had endorsed the agreement": what a speaker reports
        # of the parties is no statement of theirs (but "the two leaders condemned the
        # launches, his office said" credits their words)
        diplomatic = candidate.type in ("statement", "call", "meeting")  # not "two were killed"
        groups = [s for s in subjects if _group_mention(s)] if diplomatic and not reported else []
        if diplomatic and not groups and not candidate.agents and not reported:
            # "the ministers condemned ..." after the G7 ministers met: the group
            for s in subjects:
                if (
                    s.lemma_.lower() in ("minister", "leader")
                    and s.tag_ == "NNS"
                    and any(c.lower_ == "the" for c in s.children)
                ):
                    group = self._latest_group(s)
                    if group is not None:
                        candidate.agents = [Argument(group[0], f"{path}>group", group[1])]
                        return
        count = next(
            (
                _GROUP_COUNTS[word.lower_]
                for group in groups
                for word in (group, *group.children)
                if word.lower_ in _GROUP_COUNTS
            ),
            None,
        )
        plural = bool(groups) or any(s.lower_ in ("they", "we") for s in subjects)
        if candidate.agents and not plural:
            return
        if not groups and not any(s.lower_ in _PRONOUN_SUBJECTS for s in subjects):
            return
        # "the two ministers said", "they met in November": the parties of the call or
        # meeting told before; a pronoun may also take the speaker of a statement
        floor = candidate.trigger.sent.start - (200 if groups else 80)
        for i in sorted(self.candidates, reverse=True):
            previous = self.candidates[i]
            if previous.trigger.sent.start < floor:
                break
            parties = _unique(a.actor for a in (*previous.agents, *previous.targets))
            sides = any(s.lemma_.lower() in _STATE_GROUPS for s in groups)
            if previous.type in ("call", "meeting") and plural and len(parties) >= 2:
                if groups and not sides and any(a.kind != "person" for a in parties):
                    continue  # "the two ministers": persons, not the states of "the two sides"
                if count is not None and len(parties) != count:
                    continue  # "the two ministers" after "the president received both"
                if sides and any(a.kind == "person" for a in parties):
                    if not all(a.affiliation for a in parties):
                        continue  # "the two delegations": states, or persons speaking for them
                    # "the two sides": the states the negotiators speak for
                    parties = _unique(Actor(a.affiliation, "country") for a in parties)  # type: ignore[arg-type]
                candidate.agents = [
                    Argument(
                        actor, f"{path}>parties of {previous.trigger.text}", previous.trigger.i
                    )
                    for actor in parties
                ]
                return
            if previous.agents and not groups:
                candidate.agents = [
                    Argument(a.actor, f"{path}>antecedent", a.token_i) for a in previous.agents
                ]
                return

    def _occasion_markers(self, candidate: Candidate) -> None:
        token = candidate.trigger
        if candidate.type == "statement" and not candidate.nominal:
            self._joint_or_own(candidate)
        heads = [token, light_verb(token)] if candidate.nominal else [token]
        for head in heads:
            if head is None:
                continue
            for child in head.children:
                if child.dep_ in ("advmod", "amod", "npadvmod") and child.lower_ in _NEW_OCCASION:
                    candidate.new_occasion = True
        if candidate.nominal:
            dets = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
            candidate.anaphoric = (
                bool(dets & {"the", "this", "that", "these", "those", "his", "her", "its", "their"})
                or any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in token.children)
                or token.tag_ == "NNS"
            )
            candidate.indefinite = bool(dets & {"a", "an", "another"})

    def _joint_or_own(self, candidate: Candidate) -> None:
        """A joint statement and one party's own words are two occasions: "In a joint
        statement, the three leaders said ... Kishida said the summit would be annual"."""
        mine = candidate.agent_names
        if not mine or candidate.trigger.lemma_.lower() == "add":
            return
        sentence = candidate.trigger.sent.start
        for i in sorted(self.candidates, reverse=True):
            previous = self.candidates[i]
            if previous.type != "statement" or not previous.agent_names & mine:
                continue
            if previous.trigger.sent.start != sentence and (len(mine) > 1) != (
                len(previous.agent_names) > 1
            ):
                candidate.new_occasion = True
            return

    def _date(
        self, token: Token, anchor: Token | None, anaphoric: bool
    ) -> tuple[EventDate | None, EventDate | None]:
        """The trigger's own date, and the date of the clause around a nominal.

        A nominal without a light verb takes a date of its own phrase ("Friday's
        vote", "the strike on April 1"); an anaphoric one ("after the vote")
        takes the clause's date only if it turns out to start a new occurrence.
        """
        if anchor is None and token.pos_ not in ("VERB", "AUX"):
            inside = [
                t
                for t in self.timexes
                if token.left_edge.idx <= t.start < token.right_edge.idx + len(token.right_edge)
                and not _in_other_clause(token, t)
            ]
            own = governing_date(token, inside) if inside else None
            if own is None and inside:
                own = next((d for t in inside if (d := event_date_of(t)) is not None), None)
            clause = date_of(token, self.timexes)
            governor = self._governor(token)
            spoken_of = (
                anaphoric
                and governor is not None
                and governor.i in self.found
                and self.found[governor.i].type == "statement"
            )
            if own is not None and (not spoken_of or premodifier_date(token, inside)):
                return own, own
            if spoken_of:
                # "condemned the attack on Wednesday": the day of the condemnation
                return None, None
            return (None, clause) if anaphoric else (clause, clause)
        date = date_of(anchor or token, self.timexes)
        return date, date

    def _main_clause_refs(self, clause: Token) -> list[tuple[str, Token, int | None]]:
        """The event of the main clause a clause is counted from: in "the vote came four
        days after rebels shelled the town" the shelling is four days before the vote."""
        if clause.dep_ != "advcl":
            return []
        for mark in clause.children:
            if mark.dep_ != "mark" or mark.lower_ not in ("after", "before"):
                continue
            offset = _offset_days(mark)
            for measure in clause.children:
                if offset is None and measure.dep_ == "npadvmod":
                    offset = _measure_days(measure, mark)
            if offset is None:
                return []
            governor = clause.head
            referred = [
                governor,
                *(c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")),
            ]
            prep = "before" if mark.lower_ == "after" else "after"
            return [(prep, r, -offset) for r in referred if r.i in self.found]
        return []

    def _refs(self, clause: Token | None) -> list[tuple[str, Token, int | None]]:
        """Events a clause refers to: "during the call", "after the vote", "two days
        before the vote" (with the offset in days), "in the run-up to the vote"."""
        if clause is None:
            return []
        out: list[tuple[str, Token, int | None]] = []
        preps = [(c, _offset_days(c)) for c in clause.children if c.dep_ == "prep"]
        for measure in clause.children:
            if measure.dep_ == "npadvmod":  # "Hours after the call", "Two days after the vote"
                preps.extend(
                    (c, _measure_days(measure, c)) for c in measure.children if c.dep_ == "prep"
                )
        out.extend(self._main_clause_refs(clause))
        for child, offset in preps:
            if child.lower_ not in _REF_PREPS:
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.i in self.found:
                    out.append((child.lower_, obj, offset))
                # "in the run-up to the vote": before it
                run_up = obj.lower_ in ("run", "up", "eve")
                for sub in obj.children:
                    if sub.dep_ == "prep":
                        out.extend(
                            ("before" if run_up else child.lower_, deeper, None)
                            for deeper in sub.children
                            if deeper.i in self.found
                        )
        return out

    # ------------------------------------------------------------ per type
    def _statement(self, candidate: Candidate) -> None:
        token = candidate.trigger
        candidate.verb_subtype = candidate.entry.subtype
        if any(
            prep in ("after", "following")
            and noun.i in self.found
            and self.found[noun.i].type in ("call", "meeting")
            for prep, noun, _offset in candidate.refs
        ):
            candidate.new_occasion = True  # "told reporters after the talks": not in them
        # "Wang said Beijing opposed ...": the speaker's own state is no target
        own_side = candidate.agent_names | {
            a.actor.affiliation
            for a in candidate.agents
            if a.actor.affiliation and a.actor.kind == "person"
        }
        if token.pos_ not in ("VERB", "AUX"):
            # "a joint statement condemning Iran's escalation": what the statement says
            candidate.content_subtype = content_subtype(token, token.subtree)
        elif token.lemma_.lower() == "dismiss" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMS for c in token.children
        ):
            candidate.verb_subtype = "criticism"  # "dismissed the visit as biased"
        if token.pos_ in ("VERB", "AUX"):
            candidate.content_subtype = content_subtype(token)
            # "in a letter to the Council, X demanded": the addressee of the medium
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "through", "via"):
                    for medium in child.children:
                        if medium.i in self.found and self.found[medium.i].type == "statement":
                            for arg in find_arguments(medium, "statement", self.resolver).targets:
                                candidate.targets.append(
                                    Argument(arg.actor, f"{medium.text}>{arg.path}", arg.token_i)
                                )
            # the actors the statement takes a position on: named in what was said ("said
            # in a post that ...": the parser may hang the clause on the medium)
            for child in [*token.children, *_clauses_of_medium(token)]:
                if child.dep_ in ("ccomp", "dobj", "xcomp", "oprd", "relcl", "acl") or (
                    child.dep_ == "prep" and child.lower_ in _STATEMENT_TARGET_PREPS
                ):
                    for sub in child.subtree:
                        if sub.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj", "dative") or (
                            sub.dep_ in ("amod", "compound")
                            and sub.head.dep_ in ("nsubj", "dobj", "pobj")
                            # "a violation of Security Council resolutions": whose texts
                            and sub.head.lemma_.lower() not in _DOCUMENTS | MOTION_WORDS
                        ):
                            if sub.pos_ == "PRON" and child.dep_ in ("ccomp", "relcl", "acl"):
                                continue  # "said they had made progress": the speakers
                            actor = self.resolver.resolve_token(sub)
                            if actor is not None and actor.name not in own_side:
                                candidate.targets.append(
                                    Argument(actor, f"{child.dep_}>{sub.dep_}", sub.i)
                                )
        candidate.targets = [t for t in candidate.targets if t.actor.name not in own_side]
        if token.lemma_.lower() == "summon":
            # a diplomatic protest: the target is the state whose envoy was summoned
            candidate.targets = [
                Argument(Actor(a.actor.affiliation, "country"), f"{a.path}>affiliation", a.token_i)
                if a.actor.affiliation
                else a
                for a in candidate.targets
            ]
        candidate.quote = quote_of(token.sent)
        candidate.attribution.extend(attribution_sources(token.sent, self.resolver))
        if _without_naming(token):
            candidate.targets = []  # "criticised Orban without naming him": no target
        if not candidate.targets and not candidate.nominal:
            candidate.targets = self._accuser(candidate)
        if len(candidate.agents) > 1 and self._separately(token):
            candidate.split = True  # "Both governments separately condemned": one each

    def _accuser(self, candidate: Candidate) -> list[Argument]:
        """ "Lemoine denied the accusation": the speaker of the latest criticism told
        before, when the rejected words are only referred to."""
        verb = candidate.trigger
        if verb.lemma_.lower() not in _REJECTING:
            return []
        referred = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in _ACCUSATIONS
            and any(d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in c.children)
        ]
        if not referred:
            return []
        for i in sorted(self.candidates, reverse=True):
            previous = self.candidates[i]
            if previous.type != "statement" or i >= verb.i:
                continue
            if "criticism" not in (previous.verb_subtype, previous.content_subtype):
                continue
            if previous.agent_names & candidate.agent_names:
                return []  # the speaker's own earlier words
            # the accuser's state, as for a summoned envoy: "rejected the accusation"
            # answers Pakistan when its prime minister made it
            return [
                Argument(
                    Actor(a.actor.affiliation, "country")
                    if a.actor.kind == "person" and a.actor.affiliation
                    else a.actor,
                    f"{referred[0].text}>accuser",
                    a.token_i,
                )
                for a in previous.agents
            ]
        return []

    def _separately(self, verb: Token) -> bool:
        """ "separately condemned", "said in separate statements": parallel announcements."""
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in ("separately", "respectively"):
                return True
            if child.dep_ == "prep" and any(
                c.dep_ == "amod" and c.lower_ in ("separate", "parallel")
                for obj in child.children
                for c in obj.children
            ):
                return True
        return False

    def _vote(self, candidate: Candidate) -> None:
        token = candidate.trigger
        lemma = token.lemma_.lower()
        position = self._position(token)
        bodies: list[Argument] = []
        titles: set[str] = set()  # "Senator Bernie Sanders voted against": the Senate voted
        for arg in candidate.agents:
            word = self.doc[arg.token_i]
            if (
                word.pos_ == "NOUN"
                or (word.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in word.children))
            ) and (word.lemma_.lower() in _MEMBER_NOUNS or word.lower_ in _MEMBER_NOUNS):
                continue  # "Thirteen Council members", "Aldermen": a count, the body comes below
            if _is_body(arg.actor.name) or self._body_token(word):
                bodies.append(arg)
            elif position and self._named_voter(word):
                candidate.ballots.append(BallotFound(arg.actor, position, arg.path))
                titles |= {c.lower_ for c in word.children if c.dep_ == "compound"}
                titles |= set((arg.actor.role or "").lower().split())
            elif (
                not position
                and not candidate.nominal
                and arg.actor.kind not in ("person", "country")
                and "nsubj" in arg.path
            ):
                bodies.append(arg)  # "the Liberal Party elected Ley", "the Fed voted to hold"
        if position:
            # "35 abstained, among them China, India ...": the voters listed after "among"
            children = list(token.children)
            for n, child in enumerate(children):
                if child.dep_ == "prep" and child.lower_ in ("among", "including"):
                    for listed in children[n + 1 :]:
                        if listed.dep_ in ("npadvmod", "appos", "attr", "dobj"):
                            for arg in actors_at(
                                listed, self.resolver, f"{child.lower_}>{listed.dep_}"
                            ):
                                candidate.ballots.append(BallotFound(arg.actor, position, arg.path))
            candidate.ballots += self._voters_alongside(token, position)
        if candidate.nominal:
            candidate.ballots += self._cast_ballot(token)
        candidate.agents = bodies
        candidate.targets = []
        titles |= {w for b in candidate.ballots for w in (b.actor.role or "").lower().split()}
        if not bodies:
            candidate.agents = (
                self._body_elsewhere(token)
                or self._body_of_members(titles)
                or self._unnamed_body(token)
                or self._body_before(token)
            )
        candidate.agents = [self._earlier_body(self._state_body(a)) for a in candidate.agents]
        if (
            candidate.date is None
            and token.dep_ in ("pcomp", "acl", "advcl")
            and token.head.lower_ == "with"
            and token.head.head.pos_ == "VERB"
        ):
            # "cut rates on Thursday, with its Monetary Policy Committee voting 5-4"
            candidate.date = self._date(token.head.head, None, False)[0]
        if not candidate.agents and all(b.actor.kind == "person" for b in candidate.ballots):
            # "Governor Gavin Newsom vetoed the bill": a person's act, no body's vote
            candidate.ballots = []
        if (
            candidate.nominal
            and token.head.dep_ in ("prep", "agent")
            and token.head.lower_ in ("in", "by", "through", "at")
            and token.head.head.i in self.found
            and self.found[token.head.head.i].type == "vote"
        ):
            candidate.indefinite = False  # "a party room ballot" tells how that vote was held
        # "defeated Taylor in a party room ballot", "passed in a vote": the same occurrence
        candidate.refs = [
            (prep, noun, offset)
            for prep, noun, offset in candidate.refs
            if not (
                prep in ("in", "by", "with", "through", "at")
                and noun.i in self.found
                and self.found[noun.i].type == "vote"
            )
        ]
        decision = token.head.lemma_.lower() if token.dep_ in ("advcl", "pcomp") else ""
        motion_defeated = any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MOTION_WORDS
            for c in token.children
        )
        if lemma == "veto":
            candidate.outcome = "vetoed"
        elif decision in _ADOPTING and token.head.pos_ == "VERB":
            candidate.outcome = "adopted"  # "nominated her, with Meloni abstaining"
        elif lemma in _ADOPTING:
            candidate.outcome = "adopted"
        elif (lemma in ("reject", "fail") and not position) or any(
            c.lower_ == "down" and (c.dep_ in ("prt", "advmod") or c.i == token.i + 1)
            for c in token.children
        ):
            candidate.outcome = "rejected"  # "voted down", "the motion failed"
        elif lemma == "defeat" and motion_defeated:
            candidate.outcome = "rejected"  # not "Ley defeated Taylor by 29 votes to 25"
        elif lemma in ("carry", "advance", "impeach", "censure", "override", "approval"):
            candidate.outcome = "adopted"
        elif lemma in _BALLOT_VERBS and position == "yes" and bodies:
            candidate.outcome = "adopted"  # "the Senate endorsed the bill": the body, no ballot
        elif lemma == "vote" and position is None and not candidate.nominal:
            candidate.outcome = self._voted_to_act(token)  # "voted on Saturday to impeach"
        elif candidate.nominal:
            candidate.outcome = _confidence_outcome(token)
            if candidate.outcome is None and any(
                c.dep_ == "amod" and c.lower_ == "unanimous" for c in token.children
            ):
                candidate.outcome = "adopted"  # "renewed the mandate in a unanimous vote"
        verbs_here = [
            t
            for t in token.sent
            if t.i in self.found and self.found[t.i].type == "vote" and t.pos_ in ("VERB", "AUX")
        ]
        sentence = token.sent.start
        others = self._other_votes(token, verbs_here)
        if (candidate.nominal and verbs_here) or (sentence in self.tallied and not others):
            candidate.tallies = []
        else:
            candidate.tallies = tallies_in(token.sent, exclude=others)
            if candidate.tallies:
                self.tallied.add(sentence)
        motion = self._motion(token)
        if motion is not None:
            candidate.motion = " ".join(
                t.text for t in motion.subtree if t.dep_ not in ("relcl", "punct")
            )[:120]
            dets = {c.lower_ for c in motion.children if c.dep_ in ("det", "amod")}
            if dets & {"a", "an", "similar", "separate", "another", "new"}:
                candidate.indefinite = True
            for child in motion.children:
                if child.dep_ == "acl":
                    for agent in child.children:
                        if agent.dep_ == "agent":
                            for obj in agent.children:
                                candidate.sponsors += [
                                    a.actor for a in actors_at(obj, self.resolver, "sponsor")
                                ]
        # a count of voters as the subject: "Five countries ... voted against", "35 abstained"
        if position and token.dep_ == "pcomp" and token.head.head.lemma_.lower() == "join":
            # "Eritrea joined Russia, Belarus and Syria in voting no": they voted so too
            for obj in token.head.head.children:
                if obj.dep_ == "dobj":
                    for arg in actors_at(
                        obj, self.resolver, "join>dobj", modifiers=False, phrase=False
                    ):
                        if self._named_voter(self.doc[arg.token_i]) and not _is_body(
                            arg.actor.name
                        ):
                            candidate.ballots.append(BallotFound(arg.actor, position, arg.path))
        if position in ("yes", "no", "abstain") and not candidate.nominal:
            subjects, _ = subjects_of(token)
            counts = [_subject_count(s) for s in subjects]
            count = next((c for c in counts if c is not None), None)
            if count is not None:
                counted = Tally(**{position: count})
                candidate.tallies = [
                    merge_tally(t, counted) or counted for t in candidate.tallies
                ] or [counted]
        if motion is not None:
            candidate.motion_head = motion.lemma_.lower()

    def _state_body(self, body: Argument) -> Argument:
        """ "Kenya's parliament passed the bill": the state's legislature when the
        gazetteer has no entry for it, not the state; "Argentina's Senate": not the
        body of that name of another state."""
        word = self.doc[body.token_i]
        if not self._body_token(word):
            return body
        owners = [self.resolver.resolve_token(c) for c in word.children if c.dep_ == "poss"]
        state = next((o for o in owners if o is not None and o.kind == "country"), None)
        bare = not any(c.dep_ in ("poss", "compound", "amod") for c in word.children)
        if body.actor.kind == "country" and word.pos_ == "NOUN":
            state = body.actor
        elif state is None and bare and body.actor.affiliation:
            # "The Senate" after Kenya's parliament voted: not the U.S. Senate
            states = {
                a.actor.affiliation
                for c in self.candidates.values()
                if c.type == "vote"
                for a in c.agents
                if a.actor.affiliation
            }
            if len(states) != 1 or body.actor.affiliation in states:
                return body
            state = Actor(states.pop(), "country")
        elif state is None or body.actor.affiliation in (None, state.name):
            return body
        words = [t for t in word.subtree if t.i <= word.i]
        while words and (
            words[0].dep_ in ("det", "punct", "nummod", "predet") or words[0].is_space
        ):
            words = words[1:]
        name = self.doc[words[0].i : word.i + 1].text.strip() if words else word.text
        actor = Actor(name, affiliation=state.name)  # as the text names it: "Israeli cabinet"
        return Argument(actor, f"{body.path}>body of the state", body.token_i)

    def _body_of_members(self, titles: set[str]) -> list[Argument]:
        """The body an earlier vote of the text was held in whose members the voters'
        titles name: "Senator Bernie Sanders voted against" after the House and the
        Senate voted is the Senate's vote; "Alderman Bill Conway" the council's."""
        words = {w for title in titles for w in _MEMBER_TITLES.get(title, ())}
        if not words:
            return []
        for candidate in self.candidates.values():
            for arg in candidate.agents if candidate.type == "vote" else ():
                if set(arg.actor.name.lower().split()) & words:
                    return [Argument(arg.actor, "body whose member voted", arg.token_i)]
        return []

    def _unnamed_body(self, token: Token) -> list[Argument]:
        """ "The city council voted 8-5", "the ruling party's central committee voted": a
        body the text names by its kind only, as the text names it."""
        if token.pos_ not in ("VERB", "AUX"):
            return []
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children]
        for subject in [*token.children, *agents]:
            if (
                subject.dep_ in ("nsubj", "nsubjpass", "pobj")
                and subject.lemma_.lower() in BODY_WORDS
                and subject.lemma_.lower() not in _MEMBER_NOUNS | _PEOPLE_BODIES
            ):
                words = [t for t in subject.subtree if t.i <= subject.i]
                while words and (
                    words[0].dep_ in ("det", "punct", "nummod", "predet")
                    or words[0].is_space
                    or words[0].pos_ == "PRON"  # "its board"
                ):
                    words = words[1:]
                name = self.doc[words[0].i : subject.i + 1].text.strip() if words else subject.text
                actor = Actor(name, affiliation=None)
                return [Argument(actor, "body named by its kind", subject.i)]
        return []

    def _earlier_body(self, body: Argument) -> Argument:
        """The fuller name of a body an earlier vote gave ("the National Assembly" after
        "South Korea's parliament", resolved as the National Assembly of South Korea)."""
        words = set(body.actor.name.lower().split())
        for candidate in self.candidates.values():
            for arg in candidate.agents if candidate.type == "vote" else ():
                name = arg.actor.name
                if name != body.actor.name and words < set(name.lower().split()):
                    return Argument(arg.actor, f"{body.path}>same body as before", body.token_i)
        return body

    def _own_body(self, verb: Token) -> str | None:
        """The body a vote verb's own subject names ("after the House approved it")."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() not in _MEMBER_NOUNS:
                actor = self.resolver.resolve_token(child)
                if actor is not None and (_is_body(actor.name) or self._body_token(child)):
                    return actor.name
        return None

    def _other_votes(self, token: Token, verbs_here: list[Token]) -> frozenset[int]:
        """Tokens of the sentence that describe another body's vote, whose tally is not
        this one's: "The bill cleared the chamber days after the House approved it by
        311 votes to 112"."""
        if token.pos_ not in ("VERB", "AUX"):
            return frozenset()
        mine = self._own_body(token)
        excluded: set[int] = set()
        for verb in verbs_here:
            if verb.i == token.i:
                continue
            theirs = self._own_body(verb)
            if theirs is None and mine is None or theirs == mine:
                continue
            if token.is_ancestor(verb) and theirs is not None:
                excluded |= {t.i for t in verb.subtree}
            elif verb.is_ancestor(token) and mine is not None:
                inside = {t.i for t in token.subtree}
                excluded |= {t.i for t in token.sent if t.i not in inside}
        return frozenset(excluded)

    def _voters_alongside(self, token: Token, position: str) -> list[BallotFound]:
        """Voters named beside a vote verb: "voted against, along with Argentina and
        Hungary"; "Britain and Italy were among the countries that abstained"."""
        found: list[BallotFound] = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("along", "together"):
                for with_ in child.children:
                    if with_.dep_ == "prep" and with_.lower_ == "with":
                        for obj in with_.children:
                            if obj.dep_ == "pobj":
                                found += [
                                    BallotFound(a.actor, position, a.path)
                                    for a in actors_at(obj, self.resolver, "along with")
                                    if self._named_voter(self.doc[a.token_i])
                                ]
        listed: list[tuple[Token, str]] = []
        group = token.head
        if token.dep_ in ("relcl", "acl") and group.lemma_.lower() in _MEMBER_NOUNS:
            place = group
            if place.dep_ == "pobj" and place.head.lower_ == "among":
                place = place.head  # "were among the countries that abstained"
            if place.dep_ in ("attr", "prep") and place.head.lemma_.lower() == "be":
                # "X was the only country to vote against"
                listed += [(c, "copula>nsubj") for c in place.head.children if c.dep_ == "nsubj"]
        if token.dep_ == "acl" and group.lower_ in ("those", "countries", "members", "states"):
            # "Among those voting against were X and Y", "Those voting against included X"
            clause = group.head.head if group.dep_ == "pobj" else group.head
            if group.dep_ in ("pobj", "nsubj") and clause.lemma_.lower() in ("be", "include"):
                listed += [
                    (c, "those voting>" + c.dep_)
                    for c in clause.children
                    if c.dep_ in ("nsubj", "attr", "dobj") and c.i != group.i
                ]
        if (
            token.dep_ == "acl"
            and group.dep_ == "pobj"
            and group.head.lower_ == "among"
            and group.head.head.lemma_.lower() != "be"
        ):
            # "approved the tariffs, with Germany and Hungary among five countries voting against"
            listed += [
                (g, "with>among")
                for c in group.head.head.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        if token.dep_ in ("nsubj", "csubj") and token.head.lemma_.lower() == "be":
            # "Abstaining were China, India and Brazil"
            listed += [(c, "inverted>attr") for c in token.head.children if c.dep_ == "attr"]
        for clause in token.children:
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in clause.children
            ):
                # "France voted in favour, as did Britain"
                listed += [(c, "as did>nsubj") for c in clause.children if c.dep_ == "nsubj"]
        for head, path in listed:
            found += [
                BallotFound(a.actor, position, a.path)
                for a in actors_at(head, self.resolver, path)
                if self._named_voter(self.doc[a.token_i]) and not _is_body(a.actor.name)
            ]
        return found

    def _cast_ballot(self, noun: Token) -> list[BallotFound]:
        """ "Russia cast the only vote against": the caster's ballot, when the vote's
        side is stated."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() != "cast":
            return []
        position = None
        for child in noun.children:
            if child.lower_ == "against":
                position = "no"
            elif child.lower_ == "for" or (
                child.lower_ == "in"
                and any(g.lower_ in ("favour", "favor") for g in child.children)
            ):
                position = "yes"
        if position is None:
            return []
        return [
            BallotFound(a.actor, position, a.path)
            for subject in verb.children
            if subject.dep_ == "nsubj"
            for a in actors_at(subject, self.resolver, "cast>nsubj")
            if self._named_voter(self.doc[a.token_i]) and not _is_body(a.actor.name)
        ]

    def _voted_to_act(self, verb: Token) -> str | None:
        """ "Voted to impeach", "voted 7-2 to hold rates": the body decided to do it
        (adopted); "voted to reject the bill": it decided against (rejected)."""
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        for child in verb.children:
            if (
                child.dep_ in ("xcomp", "advcl")
                and child.pos_ == "VERB"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
            ):
                rejecting = child.lemma_.lower() in ("reject", "block", "defeat", "oppose")
                return "rejected" if rejecting else "adopted"
        return None

    def _position(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        if lemma == "veto":
            return "veto"
        if lemma in ("abstain", "abstaining"):  # "Abstaining were ...": the tagger's lemma
            return "abstain"
        if lemma in _BALLOT_VERBS:
            return _BALLOT_VERBS[lemma]
        if _rejects_it(token):
            return "no"  # "the far-right AfD also rejected it", after the vote
        if lemma != "vote":
            return None
        for child in token.children:
            if child.lower_ in ("against", "no", "nay") and child.dep_ in (
                "prep",
                "dobj",
                "advmod",
                "npadvmod",
                "intj",
            ):
                return "no"
            if child.lower_ == "no" and child.dep_ == "neg" and child.i > token.i:
                return "no"  # "voted no as well"
            if child.lower_ in ("for", "yes", "aye") and child.dep_ in (
                "prep",
                "dobj",
                "advmod",
                "npadvmod",
                "intj",
            ):
                return "yes"
            if (
                child.lower_ == "with"
                and child.dep_ == "prep"
                and any(
                    g.dep_ == "pobj"
                    and not g.like_num
                    and not any(c.dep_ in ("nummod", "acl") for c in g.children)
                    for g in child.children
                )
            ):
                return "yes"  # "voted with the government"; not "with 204 lawmakers voting"
            if (
                child.dep_ == "prep"
                and child.lower_ == "in"
                and any(g.lower_ in ("favour", "favor") for g in child.children)
            ):
                return "yes"
        return None

    def _named_voter(self, token: Token) -> bool:
        """A voter whose ballot the text states: a name or a party ("the Christian
        Democrats"), not a partial group ("three Republicans", "many Democrats")."""
        if any(c.dep_ == "nummod" for c in token.children) or token.like_num:
            return False
        if token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS"):
            # a whole party is named with "the" or as a name, a part with a quantity
            return not any(
                c.dep_ in ("det", "amod", "quantmod", "predet") and c.lower_ in _PART_WORDS
                for c in token.children
            ) and not (token.head.lower_ == "of" and token.head.head.lower_ in _PART_WORDS)
        return True

    def _body_token(self, token: Token) -> bool:
        words = {token.lemma_.lower()} | {
            c.lemma_.lower() for c in token.children if c.dep_ == "compound"
        }
        return bool(words & BODY_WORDS) and token.ent_type_ in ("ORG", "")

    def _body_elsewhere(self, token: Token) -> list[Argument]:
        """The body a vote took place in when its subject is a voter: "in the Security
        Council", "a UNSC resolution", "Thirteen Council members", "the Federal
        Reserve's policymakers"."""
        places = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "of")]
        places += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if token.lemma_.lower() in ("pass", "clear"):  # "the bill cleared the Senate"
            places += [c for c in token.children if c.dep_ == "dobj"]
        if token.lemma_.lower() in ("elect", "re-elect", "reelect"):
            # "was elected speaker of the House": the body of the office
            places += [c for c in token.children if c.dep_ in ("oprd", "attr")]
        if token.dep_ == "dobj":  # "survived a confidence vote in parliament"
            places += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "in"]
        motion = self._motion(token)
        if motion is not None:
            places.append(motion)
        for place in places:
            for sub in place.subtree:
                if sub.i == token.i:
                    continue
                actor = self.resolver.resolve_token(sub)
                if actor is not None and (_is_body(actor.name) or self._body_token(sub)):
                    return [Argument(actor, f"body>{place.dep_}", sub.i)]
                if (
                    actor is not None
                    and actor.kind not in ("person", "country")
                    and place.lemma_.lower() in _MEMBER_NOUNS
                    and (
                        (sub.dep_ == "poss" and sub.head.i == place.i)
                        # "Delegates at the ANC's national conference", "members of the party"
                        or place.lemma_.lower() in ("delegate", "member")
                    )
                ):
                    return [Argument(actor, f"body>{place.dep_}>poss", sub.i)]
        return []

    def _body_before(self, token: Token) -> list[Argument]:
        """The body of the vote told just before, or the body mentioned last before a
        vote with none of its own ("In the Lower House, 311 members voted"; "The Shiv
        Sena backed the bill there"). A body named inside an earlier vote's clause
        ("voting to recommend that the Security Council reconsider") is not it."""
        floor = max(0, token.sent.start - 120)
        votes = {
            i: c
            for i, c in self.candidates.items()
            if c.type == "vote" and c.agents and floor <= i < token.i
        }
        for word in reversed(self.doc[floor : token.i]):
            if word.i in votes:
                return [
                    Argument(a.actor, f'body of the vote before ("{word.text}")', a.token_i)
                    for a in votes[word.i].agents
                ]
            if any(
                ancestor.i in votes
                and ancestor.pos_ in ("VERB", "AUX")
                and not any(word in s.subtree for s in subjects_of(ancestor)[0])
                for ancestor in word.ancestors
            ):
                continue  # a body named in an earlier vote's object or complement
            if (
                word.pos_ in ("PROPN", "NOUN")
                and word.lemma_.lower() not in _MEMBER_NOUNS
                and word.idx >= self.dateline
                and (word.dep_ != "compound" or word.head.pos_ == "PROPN")
            ):
                actor = self.resolver.resolve_token(word)
                if actor is not None and _is_body(actor.name):
                    return [Argument(actor, f'body mentioned before ("{word.text}")', word.i)]
        return []

    def _motion(self, token: Token) -> Token | None:
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in MOTION_WORDS:
                return child
            if child.dep_ == "prep" and child.lower_ in ("for", "on", "against", "of"):
                for obj in child.children:
                    if obj.lemma_.lower() in MOTION_WORDS:
                        return obj
        if token.dep_ == "relcl" and token.head.lemma_.lower() in MOTION_WORDS:
            return token.head
        return None

    def _attack(self, candidate: Candidate) -> None:
        token = candidate.trigger
        if (
            candidate.nominal
            and candidate.date is None
            and token.tag_ == "NNS"
            and token.dep_ == "nsubj"
            and not any(c.dep_ in ("det", "poss") for c in token.children)
            and self._dated_clause(token.head)
        ):
            # "Clashes erupted on Tuesday": a bare plural that starts a clause tells a new
            # occurrence, dated by its clause
            candidate.date = candidate.clause_date
            candidate.anaphoric = False
        if candidate.nominal:
            scope = list(token.subtree)
            governor = self._governor(token)
            if governor is not None and governor.lemma_.lower() in (
                "kill",
                "wound",
                "injure",
                "hurt",
                "die",
                "leave",  # "an attack left one Palestinian dead"
                "claim",  # "the blast claimed 30 lives"
            ):
                scope = list(governor.subtree)
            span = self.doc[min(t.i for t in scope) : max(t.i for t in scope) + 1]
        else:
            span = token.sent
        # "shelled positions after an attack that killed five soldiers": not this one's
        other = frozenset(t.i for _prep, noun, _offset in candidate.refs for t in noun.subtree)
        candidate.casualties = casualties_in(span, exclude=other)
        if candidate.nominal and any(a.lemma_.lower() == "toll" for a in token.ancestors):
            # "the death toll from Saturday's bombing has risen to 41"
            candidate.casualties = merge_casualties(
                candidate.casualties, casualties_in(token.sent, exclude=other)
            )
        if candidate.nominal:
            # "the Damascus strike": a city before the noun is where, not who; "its
            # military attack": an adjective names no person
            candidate.agents = [
                a
                for a in candidate.agents
                if not (a.path == "compound" and self.doc[a.token_i].lower_ in capital_names())
                and not (a.actor.kind == "person" and self.doc[a.token_i].pos_ == "ADJ")
            ]
        # "the 2016 Brussels bombings (killed)": a city read as the body seated there
        candidate.agents = [
            a
            for a in candidate.agents
            if not (
                a.path.endswith("compound")
                and self.doc[a.token_i].ent_type_ == "GPE"
                and a.actor.kind not in ("country", "group")
            )
        ]
        if not candidate.nominal and token.dep_ == "relcl" and not self._is_attack_noun(token.head):
            # "Hamas's attack on Israel, which killed 1,200": the noun before is attacked
            moved = [a for a in candidate.agents if a.path.endswith("relcl^head")]
            candidate.agents = [a for a in candidate.agents if a not in moved]
            candidate.targets += moved
        if not candidate.nominal:
            # "killed 15 civilians in Indian-administered Kashmir": the state attacked
            states = country_names()
            # "struck nine sites in Pakistan": the place of the objects too
            objects = [g for c in token.children if c.dep_ == "dobj" for g in c.children]
            for child in [*token.children, *objects]:
                if child.dep_ == "prep" and child.lower_ in _IN_PLACE:
                    for place in child.subtree:
                        if place.head.lower_ == "of" and place.head.head.lemma_.lower() in (
                            _WATERS
                        ):
                            continue  # "in the Gulf of Aden" is not in Yemen
                        actor = (
                            self.resolver.resolve_token(place)
                            if place.pos_ in ("PROPN", "ADJ")
                            else None
                        )
                        if (
                            actor is not None
                            and actor.name not in states
                            and candidate.agents
                            and all(a.actor.name in states for a in candidate.agents)
                        ):
                            # "Ukrainian drones struck a depot in the Krasnodar region": a
                            # state's attack on a city of another (gunmen killing a
                            # politician in Karachi attack no state)
                            actor = self._state_of_city_named(actor.name)
                        if (
                            actor is not None
                            and actor.name in states
                            and actor.name not in candidate.agent_names
                        ):
                            candidate.targets.append(Argument(actor, "prep(in)>place", place.i))
                            break
        weapon = intercepted_weapon(token) if not candidate.nominal else None
        if weapon is not None:
            self._attack_behind_interception(candidate, weapon)
        # "Gladkov said a drone struck ..., killing the driver": the speaker is no perpetrator;
        # "Jihadists executed 15 villagers": a kind of people names no perpetrator
        candidate.agents = [
            a
            for a in candidate.agents
            if "ccomp^" not in a.path
            and not set(a.actor.name.lower().split()) <= _UNNAMED_PERPETRATORS
        ]
        candidate.agents = [
            self._group_of_members(a) for a in candidate.agents if not self._bare_kind(a)
        ]
        if not candidate.nominal and candidate.date is None:
            candidate.date = self._date_where_struck(token)
        if not candidate.nominal and weapon is None:
            self._interceptor_attacked(candidate)
            self._launched_weapon_owner(candidate)
            self._weapon_agents(candidate)
            self._reported_agents(candidate)
            self._gerund_agents(candidate)
            self._hit_objects_of(candidate)
        if candidate.nominal and not candidate.agents:
            self._reported_agents(candidate)
        if candidate.nominal and not candidate.agents:
            self._possessive_pronoun_agent(candidate)
        self._targets_in_place(candidate)
        self._targets_fired_into(candidate)
        self._warship_attacked(candidate)
        self._victim_groups(candidate)
        self._state_forces_killed(candidate)
        if self._named_as_cause(token):
            candidate.new_occasion = True  # "in retaliation for a rocket attack": another one
        candidate.targets = [
            t
            for t in candidate.targets
            if not self._indefinite(t)
            and not self._is_location_of_agent(t, candidate)
            and t.actor.name not in candidate.agent_names
            and not self._is_place(t)
        ]

    def _state_of_city(self, target: Argument) -> Argument:
        """ "strikes on Kharkiv", "fired rockets at Haifa": a major city attacked stands
        for its state; a city named only as where ("a block in Kharkiv") stays a place."""
        if "prep(in)" in target.path or target.actor.name in country_names():
            # (the tagger reads a city as a country or a person: the name decides)
            return target
        state = self._state_of_city_named(target.actor.name)
        if state is None:
            return target
        return Argument(state, f"{target.path}>city's state", target.token_i)

    @staticmethod
    def _state_of_city_named(name: str) -> Actor | None:
        from ..gazetteer import city_states, normalize

        state = city_states().get(normalize(name))
        return _state_actor(state) if state is not None else None

    def _indefinite(self, target: Argument) -> bool:
        """ "opened fire on a group of people": "a group of" refers back to no group
        ("a rival FARC dissident faction" still names one)."""
        token = self.doc[target.token_i]
        return (
            token.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        )

    def _is_place(self, target: Argument) -> bool:
        """ "a village in Kaduna state", "Poonch and Rajouri districts", "Gaza City": a
        place named as where, not an actor attacked."""
        token = self.doc[target.token_i]
        if (
            token.dep_ in ("amod", "compound")
            and token.head.pos_ == "PROPN"
            and token.head.lower_ in _FACILITIES
        ):
            return True  # "the Saudi Hospital" in El Fasher is no attack on Saudi Arabia
        if target.actor.name in country_names():
            return False
        if target.path == "dobj>modifier" and target.actor.kind == "group":
            return False  # "struck Huthi radar sites": the group's sites, the group attacked
        if target.path.endswith("prep(in)") and token.ent_type_ in ("GPE", "LOC", "FAC"):
            return True  # "shot dead a politician in Karachi": a place no state of the gazetteer
        head = token.head if token.dep_ in ("compound", "nmod", "conj") else token
        while head.dep_ in ("compound", "nmod", "conj") and head.head != head:
            head = head.head
        words = target.actor.name.lower().split()
        owner = head.head.head
        if head.head.lower_ == "of" and _PLACE_WORDS & {owner.lemma_.lower(), owner.lower_}:
            return True  # "on the outskirts of Quetta", "the town of Walikale"
        return head.lemma_.lower() in _PLACE_WORDS or (len(words) > 1 and words[-1] in _PLACE_WORDS)

    def _attack_behind_interception(self, candidate: Candidate, weapon: Token) -> None:
        """ "Ukraine's air force said it shot down 42 of 48 drones Russia launched": the
        attack is Russia's, on the side that intercepted (the interception is none)."""
        owners = self._weapon_owners(candidate.trigger, weapon)
        defenders = candidate.agents
        verb = candidate.trigger
        if verb.dep_ == "ccomp" and any(
            s.lower_ in ("it", "they", "we") for s in verb.children if s.dep_ == "nsubj"
        ):
            for speaker in verb.head.children:
                if speaker.dep_ == "nsubj":
                    defenders = actors_at(speaker, self.resolver, "interceptor")
        candidate.agents = owners
        candidate.targets = [
            Argument(a.actor, f"interceptor>{a.path}", a.token_i)
            for a in defenders
            if a.actor.name not in {o.actor.name for o in owners}
        ]

    def _date_where_struck(self, verb: Token) -> EventDate | None:
        """ "bombed a village where people had gathered for a festival on Sunday night":
        a date inside a "where" clause on the place struck is the day of the strike."""
        places = [c for c in verb.children if c.dep_ == "dobj"]
        places += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
        for _depth in range(2):
            places += [
                g
                for p in list(places)
                for c in p.children
                if c.dep_ == "prep"
                for g in c.children
                if g not in places
            ]
        for place in places:
            for clause in place.children:
                where = clause.dep_ == "relcl" and any(
                    c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children
                )
                # "opened fire on people approaching a military line on Tuesday": what the
                # people struck were doing then
                doing = clause.dep_ == "acl" and clause.tag_ == "VBG"
                if not (where or doing):
                    continue
                start = clause.left_edge.idx
                end = clause.right_edge.idx + len(clause.right_edge)
                for timex in self.timexes:
                    if start <= timex.start < end and (date := event_date_of(timex)):
                        return date
        return None

    def _possessive_pronoun_agent(self, candidate: Candidate) -> None:
        """ "the group's deadliest since its car bombing in 2022": "its" is the nearest
        group or state named before it in the sentence."""
        token = candidate.trigger
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
            return
        if candidate.date is None and candidate.casualties is None:
            return  # "expanded its offensive": no occurrence of its own is told
        before = list(reversed(self.doc[token.sent.start : token.i]))
        # a subject first ("Iran launched drones at Israel in its first attack"), then an
        # owner ("the group's deadliest since its bombing")
        for deps in (("nsubj", "nsubjpass"), ("poss",)):
            for word in before:
                if word.dep_ not in deps:
                    continue
                actor = self.resolver.resolve_token(word)
                if actor is not None and actor.kind in ("group", "country", "organization"):
                    candidate.agents.append(Argument(actor, "poss(its)>antecedent", word.i))
                    return

    def _bare_kind(self, agent: Argument) -> bool:
        """ "militants fired on a bus": a bare plural of a kind of fighter refers back to
        no group named before ("Al Shabaab militants", "the militants" still may)."""
        token = self.doc[agent.token_i]
        return (
            token.tag_ == "NNS"
            and token.lower_ in _UNNAMED_PERPETRATORS
            and not any(
                c.dep_ in ("det", "poss", "amod", "compound", "nmod", "prep")
                for c in token.children
            )
        )

    def _group_of_members(self, agent: Argument) -> Argument:
        """ "Members of the Wharf Jeremie gang killed ...": the group, not its members."""
        token = self.doc[agent.token_i]
        if token.lemma_.lower() not in _MEMBERS and token.lower_ not in _MEMBERS:
            return agent  # (a capital "Members" opening a sentence is tagged a name)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = actors_at(obj, self.resolver, f"{agent.path}>of")
                        if found:
                            return found[0]
        return agent

    def _interceptor_attacked(self, candidate: Candidate) -> None:
        """ "Israel said it intercepted a missile fired by the Houthis": the state that
        intercepted what a reduced relative fires is the one attacked."""
        token = candidate.trigger
        if candidate.targets or token.dep_ != "acl":
            return
        head, steps = token.head, 0
        while head.dep_ in ("dobj", "pobj", "prep", "nsubjpass") and steps < 4:
            head, steps = head.head, steps + 1
        if head.lemma_.lower() not in ("intercept", "shoot", "down", "destroy", "repel"):
            return
        states = country_names()
        for subject in head.children:
            if subject.dep_ != "nsubj":
                continue
            speakers = [subject]
            if head.dep_ == "ccomp" and subject.pos_ == "PRON":
                speakers = [s for s in head.head.children if s.dep_ == "nsubj"]
            for speaker in speakers:
                for found in actors_at(speaker, self.resolver, "interceptor of the fired"):
                    if found.actor.name in states and found.actor.name not in candidate.agent_names:
                        candidate.targets.append(found)
                        return

    def _launched_weapon_owner(self, candidate: Candidate) -> None:
        """ "23 Ukrainian drones launched at Russian regions": the owner named before a
        weapon that a reduced relative launches or fires is the perpetrator."""
        token = candidate.trigger
        if candidate.agents or token.dep_ != "acl" or token.lemma_.lower() not in _WEAPON_USES:
            return
        for word in token.head.children:
            if word.dep_ in ("amod", "compound", "poss") and word.i < token.head.i:
                actor = self.resolver.resolve_token(word)
                if actor is not None and actor.kind != "person":
                    candidate.agents.append(Argument(actor, "acl^weapon>modifier", word.i))
                    return

    def _weapon_owners(self, verb: Token, weapon: Token) -> list[Argument]:
        """Who fired intercepted weapons: "Houthi drones", "drones launched by Ukraine",
        "48 drones Russia launched"."""
        owners = actors_at(weapon, self.resolver, "intercepted weapon", phrase=False)
        for child in weapon.children:
            if child.dep_ == "appos":  # "48 drones Russia launched", misparsed
                owners += actors_at(child, self.resolver, "intercepted weapon>appos", phrase=False)
            if child.dep_ in ("acl", "relcl"):
                for who in child.children:
                    if who.dep_ in ("nsubj", "agent"):
                        obj = next((g for g in who.children if g.dep_ == "pobj"), who)
                        owners += actors_at(obj, self.resolver, "launched by", phrase=False)
        for child in verb.children:
            if child.dep_ == "advcl" and child.lemma_.lower() in ("launch", "fire"):
                for who in child.children:
                    if who.dep_ == "nsubj":
                        owners += actors_at(who, self.resolver, "launched", phrase=False)
        return owners

    def _weapon_agents(self, candidate: Candidate) -> None:
        """ "a missile fired by the Houthis struck", "a car bomb it set off killed": who
        fired or set off the weapon that is the subject."""
        if candidate.agents:
            return
        for subject in candidate.trigger.children:
            if subject.dep_ != "nsubj":
                continue
            for clause in subject.children:
                if clause.dep_ == "acl" and clause.tag_ == "VBN":
                    for agent in clause.children:
                        if agent.dep_ == "agent":
                            for obj in agent.children:
                                if obj.dep_ == "pobj":
                                    candidate.agents += actors_at(
                                        obj, self.resolver, "nsubj>acl>agent"
                                    )
                elif clause.dep_ == "relcl" and clause.lemma_.lower() in _WEAPON_USES:
                    for who in clause.children:
                        if who.dep_ == "nsubj" and who.lower_ not in ("that", "which", "who"):
                            candidate.agents += actors_at(who, self.resolver, "nsubj>relcl>nsubj")
                    if candidate.date is None:
                        # "a car bomb it set off in 2019 killed 22": when it was set off
                        candidate.date, _clause = self._date(clause, None, False)

    def _reported_agents(self, candidate: Candidate) -> None:
        """ "Islamic Jihad said it had fired rockets", "the army said its jets struck": a
        pronoun subject of a reported attack is the group that reports it."""
        verb = candidate.trigger
        if candidate.nominal:  # "the military said its aircraft had carried out a strike"
            verb = light_verb(verb) or verb
        while verb.dep_ in ("conj", "advcl") and verb.head.i in self.found:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ("say", "claim", "announce"):
            return
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        pronoun = any(
            s.lower_ in ("it", "they", "we")
            or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in s.children)
            for s in subjects
        )
        if not pronoun:
            return
        for speaker in verb.head.children:
            if speaker.dep_ == "nsubj":
                found = actors_at(speaker, self.resolver, "ccomp^nsubj (speaker)")
                if found and all(a.actor.kind != "person" for a in found):
                    candidate.agents = [
                        Argument(a.actor, "reported>speaker", a.token_i) for a in found
                    ]

    def _gerund_agents(self, candidate: Candidate) -> None:
        """ "killed in Pakistani artillery shelling": a gerund the parser reads as a verb
        names its perpetrator in the modifiers before it."""
        token = candidate.trigger
        if (
            candidate.agents
            or token.tag_ != "VBG"
            or any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "NUM" for c in token.children)
        ):
            return
        for word in reversed(self.doc[max(token.sent.start, token.i - 4) : token.i]):
            if word.pos_ not in ("ADJ", "NOUN", "PROPN"):
                return
            actor = self.resolver.resolve_token(word)
            if actor is not None:
                candidate.agents.append(Argument(actor, "gerund<modifier", word.i))
                return

    def _targets_in_place(self, candidate: Candidate) -> None:
        """ "strikes on nine sites in Pakistan": the state where the objects attacked are."""
        token = candidate.trigger
        if not candidate.nominal or candidate.targets:
            return
        states = country_names()
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "against"):
                continue
            for obj in prep.children:
                for inner in obj.children:
                    if inner.dep_ != "prep" or inner.lower_ not in _IN_PLACE:
                        continue
                    for place in (t for g in inner.children for t in g.subtree):
                        actor = (
                            self.resolver.resolve_token(place)
                            if place.pos_ in ("PROPN", "ADJ")
                            else None
                        )
                        if actor is not None and actor.name in states:
                            candidate.targets.append(Argument(actor, "prep(on)>in>place", place.i))
                            return

    def _targets_fired_into(self, candidate: Candidate) -> None:
        """ "fired about 100 rockets into northern Israel": the state fired into."""
        token = candidate.trigger
        if candidate.nominal or candidate.targets:
            return
        states = country_names()
        objects = [c for c in token.children if c.dep_ == "dobj"]
        for prep in [*token.children, *(c for o in objects for c in o.children)]:
            if prep.dep_ != "prep" or prep.lower_ not in ("into", "across", "toward", "towards"):
                continue
            for place in prep.subtree:
                actor = self.resolver.resolve_token(place) if place.pos_ == "PROPN" else None
                if actor is not None and actor.name in states:
                    candidate.targets.append(Argument(actor, f"prep({prep.lower_})", place.i))
                    return

    def _warship_attacked(self, candidate: Candidate) -> None:
        """ "fired missiles at the destroyer USS Carney": a navy's ship prefix names its
        state."""
        token = candidate.trigger
        if candidate.targets:
            return
        for child in token.children:
            objects = [child] if child.dep_ == "dobj" else []
            if child.dep_ == "prep" and child.lower_ in ("at", "on", "against"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
            for word in (w for obj in objects for w in obj.subtree):
                state = _SHIP_PREFIXES.get(word.text)
                actor = _state_actor(state) if state else None
                if actor is not None and actor.name not in candidate.agent_names:
                    candidate.targets.append(Argument(actor, "warship", word.i))
                    return

    def _hit_objects_of(self, candidate: Candidate) -> None:
        """ "struck Huthi radar sites", "hit Russian oil refineries": the owner named
        inside the object's modifiers is attacked; so is the holder of "the Houthi-held
        port" struck."""
        for word in candidate.trigger.subtree:
            if (
                word.lemma_.lower() in ("hold", "control", "run", "occupy")
                and word.dep_ == "amod"
                and word.i > 1
                and self.doc[word.i - 1].text == "-"
                and not any(a.token_i in (word.i - 2,) for a in candidate.agents)
            ):
                actor = self.resolver.resolve_token(self.doc[word.i - 2])
                if actor is not None and actor.name not in candidate.agent_names:
                    candidate.targets.append(Argument(actor, "object>held by", word.i - 2))
        verb = candidate.trigger
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            # "struck Huthi radar sites near Hodeidah, the rebels' television reported": the
            # parser makes the object the subject of the reporting verb after it
            objects = [
                s
                for c in verb.children
                if c.dep_ in ("ccomp", "parataxis", "conj")
                and c.lemma_.lower() in ("say", "report", "tell")
                for s in c.children
                if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1
            ]
        if not objects and verb.i + 1 < len(self.doc):
            # "had struck Ukrainian energy facilities hours after the call": the parser hangs
            # the object on the time phrase after it
            head = self.doc[verb.i + 1]
            while head.dep_ in ("amod", "compound") and head.head.i > head.i:
                head = head.head
            on_verb = head.head == verb or (head.head.dep_ == "prep" and head.head.head == verb)
            if head.dep_ == "npadvmod" and on_verb and head.i > verb.i + 1:
                objects = [head]
        for obj in objects:
            for word in obj.subtree:
                if word.i >= obj.i:
                    break
                if word.dep_ in ("compound", "amod") and word.head.i <= obj.i:
                    actor = self.resolver.resolve_token(word)
                    if actor is not None and actor.kind != "person":
                        candidate.targets.append(Argument(actor, "dobj>modifier", word.i))
                        return

    def _victim_groups(self, candidate: Candidate) -> None:
        """ "killed a senior commander of the militia Kataib Hezbollah": the group whose
        member was the victim is attacked."""
        token = candidate.trigger
        verbs = [token] if not candidate.nominal else []
        governor = self._governor(token) if candidate.nominal else None
        if governor is not None and governor.lemma_.lower() in _HARM_VERBS:
            verbs.append(governor)
        for verb in verbs:
            for victim in verb.children:
                if victim.dep_ not in ("dobj", "nsubjpass"):
                    continue
                for prep in victim.children:
                    if prep.dep_ != "prep" or prep.lower_ != "of":
                        continue
                    for obj in prep.children:
                        if obj.dep_ != "pobj":
                            continue
                        for found in actors_at(obj, self.resolver, "victim>of", phrase=False):
                            if found.actor.kind != "person":
                                candidate.targets.append(found)

    def _state_forces_killed(self, candidate: Candidate) -> None:
        """ "Five Indian Army soldiers were killed and as many injured when militants
        ambushed ...": a state's forces harmed in a passive clause name the state attacked."""
        if candidate.targets or candidate.nominal:
            return
        verb = candidate.trigger
        verbs = [verb, verb.head] if verb.dep_ in ("conj", "advcl") else [verb]
        verbs += [c for v in list(verbs) for c in v.children if c.dep_ in ("conj", "advcl")]
        states = country_names()
        for harm in verbs:
            if harm.lemma_.lower() not in _HARM_VERBS:
                continue
            for victim in harm.children:
                if victim.dep_ != "nsubjpass" or victim.lemma_.lower() not in _STATE_FORCES:
                    continue
                for word in victim.subtree:
                    if word.i >= victim.i or word.dep_ not in ("amod", "compound", "poss"):
                        continue
                    actor = self.resolver.resolve_token(word)
                    if (
                        actor is not None
                        and actor.name in states
                        and actor.name not in candidate.agent_names
                    ):
                        candidate.targets.append(Argument(actor, "nsubjpass>forces", word.i))
                        return

    def _named_as_cause(self, token: Token) -> bool:
        """ "in retaliation for a rocket attack", "a response to a drone attack": an
        attack named as the cause of another event."""
        head = token
        while head.dep_ == "conj":
            head = head.head
        prep = head.head
        return (
            head.dep_ == "pobj"
            and prep.lower_ in ("for", "to")
            and prep.head.lemma_.lower() in ("retaliation", "response", "revenge", "reprisal")
        )

    def _is_location_of_agent(self, target: Argument, candidate: Candidate) -> bool:
        return target.actor.name in candidate.agent_names

    def _meeting(self, candidate: Candidate) -> None:
        """Separate occasions with one verb: "spoke with A and, separately, with B",
        "met A in Moscow and B in Beijing"."""
        # an actor named by punctuation alone ("Kim Jong Un." read as a phrase) is no party
        candidate.targets = [t for t in candidate.targets if any(c.isalpha() for c in t.actor.name)]
        if candidate.type == "meeting" and candidate.nominal:
            self._drop_convenors(candidate)
            self._acting_at(candidate)
        if not candidate.nominal and not candidate.agents:
            self._members_of(candidate)
        if candidate.nominal and candidate.targets and not candidate.agents:
            self._speaker_after(candidate)
        if candidate.trigger.lemma_.lower() == "visit":
            self._visit_with_talks(candidate)
        self._conjoined_parties(candidate)  # "X and Y held talks": both
        gapped = not candidate.nominal and self._gapped_partners(candidate)
        if not candidate.nominal and not candidate.targets:
            self._partner_after_time(candidate)
        if len(candidate.targets) < 2:
            return
        verb = light_verb(candidate.trigger) or candidate.trigger
        if any(t.lower_ == "separately" for t in verb.subtree) or any(
            c.dep_ == "amod" and c.lower_ == "separate" for c in candidate.trigger.children
        ):
            candidate.split = True  # "held separate calls with A and B"
            return
        located = [
            a
            for a in candidate.targets
            if any(
                c.dep_ == "prep" and c.lower_ in ("in", "at") for c in self.doc[a.token_i].children
            )
        ]
        if len(located) >= 2 or gapped:
            candidate.split = True

    def _gapped_partners(self, candidate: Candidate) -> bool:
        """ "met Sisi in Cairo and Netanyahu in Jerusalem": the parser hangs the second
        person on the verb or on the first place; each person met in a place of their own
        is a meeting of its own."""
        verb = candidate.trigger
        places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
        loose = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
        loose += [
            conj
            for place in places
            for obj in place.children
            if obj.dep_ == "pobj"
            for conj in obj.children
            if conj.dep_ == "conj"
        ]
        # "met Putin in Moscow and Xi in Beijing": the second place may hang on Xi
        places += [c for x in loose for c in x.children if c.dep_ == "prep" and c.lower_ == "in"]
        if len(places) < 2:
            return False
        known = candidate.participant_names
        found = False
        for token in loose:
            for arg in actors_at(token, self.resolver, "conj (gapped)", phrase=False):
                if arg.actor.kind == "person" and arg.actor.name not in known:
                    candidate.targets.append(arg)
                    known.add(arg.actor.name)
                    found = True
        return found and len(candidate.targets) >= 2

    def _acting_at(self, candidate: Candidate) -> None:
        """ "BRICS leaders agreed at a summit hosted by Ramaphosa": the group acting at a
        summit is its agent, with or without a host."""
        noun = candidate.trigger
        if noun.lemma_.lower() not in ("summit", "conference") or noun.head.lower_ not in (
            "at",
            "during",
        ):
            return
        governor = self._governor(noun)
        if governor is None or governor.i in self.found:
            return
        for subject in subjects_of(governor)[0]:
            for arg in actors_at(subject, self.resolver, "acting at the summit"):
                if arg.actor.kind != "person" and arg.actor.name not in candidate.agent_names:
                    candidate.agents.insert(0, arg)

    def _members_of(self, candidate: Candidate) -> None:
        """ "Foreign ministers from the Group of Seven met": the group their members came
        from, when the members themselves name no one."""
        for subject in subjects_of(candidate.trigger)[0]:
            for prep in subject.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            candidate.agents += actors_at(obj, self.resolver, "nsubj>members of")

    def _speaker_after(self, candidate: Candidate) -> None:
        """ "Zelensky, speaking after talks with Erdogan, said": the speaker took part."""
        noun = candidate.trigger
        if noun.head.dep_ != "prep" or noun.head.lower_ not in ("after", "following"):
            return
        clause = noun.head.head
        if clause.tag_ != "VBG" or clause.lemma_.lower() not in ("speak", "talk"):
            return
        for subject in subjects_of(clause)[0]:
            candidate.agents += actors_at(subject, self.resolver, "speaker after the talks")

    def _visit_with_talks(self, candidate: Candidate) -> None:
        """ "visited Kyiv and held talks with Zelensky", "arrived for a visit to North Korea
        and held talks with Kim": the visit is those talks, so its host is the person met."""
        verb = candidate.trigger if not candidate.nominal else self._governor(candidate.trigger)
        if verb is None:
            return
        talks = [
            noun
            for conj in verb.children
            if conj.dep_ == "conj"
            for noun in (conj, *(c for c in conj.children if c.dep_ == "dobj"))
            if noun.i in self.found and self.found[noun.i].type == "meeting"
        ]
        if talks and candidate.nominal and not candidate.agents:
            # "Putin arrived for a visit to North Korea and held talks": the visitor
            for subject in subjects_of(verb)[0]:
                candidate.agents += actors_at(subject, self.resolver, "visitor", phrase=False)
        for conj in verb.children:
            if conj.dep_ != "conj":
                continue
            for noun in (conj, *(c for c in conj.children if c.dep_ == "dobj")):
                if noun.i not in self.found or self.found[noun.i].type != "meeting":
                    continue
                for holder in (noun, conj):
                    for prep in holder.children:
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            for obj in prep.children:
                                candidate.targets += actors_at(
                                    obj, self.resolver, "conj>with", phrase=False
                                )

    def _conjoined_parties(self, candidate: Candidate) -> None:
        """ "Xi Jinping and U.S. President Joe Biden spoke": every conjoined subject takes
        part, however long its title."""
        known = candidate.participant_names
        verb = light_verb(candidate.trigger) if candidate.nominal else candidate.trigger
        if verb is None:
            return
        for subject in subjects_of(verb)[0]:
            conjuncts = [
                t
                for t in subject.subtree
                if t.dep_ == "conj" and t.pos_ == "PROPN" and not _in_clause_below(t, subject)
            ]  # not "Orban, who met Putin and Xi": the relative clause is the meeting's own
            for conj in conjuncts:
                for arg in actors_at(conj, self.resolver, "nsubj>conj", phrase=False):
                    if arg.actor.name not in known:
                        candidate.agents.append(arg)
                        known.add(arg.actor.name)

    def _partner_after_time(self, candidate: Candidate) -> None:
        """ "spoke by phone on Thursday with Blinken": the parser may hang the partner
        on the time or the medium before it, or read "with Blinken to brief him" as a
        clause of its own."""
        for child in candidate.trigger.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "with" for m in child.children
            ):
                for partner in child.children:
                    if partner.dep_ == "nsubj":
                        candidate.targets += actors_at(partner, self.resolver, "advcl(with)>nsubj")
            if child.dep_ != "prep" or child.lower_ not in ("on", "by", "in", "over"):
                continue
            for obj in child.children:
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                        for partner in prep.children:
                            if partner.dep_ == "pobj":
                                candidate.targets += actors_at(
                                    partner, self.resolver, f"prep({child.lower_})>prep(with)"
                                )

    def _drop_convenors(self, candidate: Candidate) -> None:
        """ "talks convened by Kazakhstan", "a meeting brokered by Qatar": whoever convenes
        or brokers talks between others is no participant."""
        trigger = candidate.trigger
        # "met in Jeddah for talks hosted by Saudi Arabia": the host of others' talks
        hosting = trigger.head.lower_ == "for" and trigger.head.dep_ == "prep"
        convening = {
            c.i
            for c in trigger.children
            if c.dep_ in ("acl", "relcl")
            and (c.lemma_.lower() in _CONVENING or (hosting and c.lemma_.lower() == "host"))
        }
        # "talks overshadowed by the prospect of war": only a host or chair takes part
        convening |= {
            c.i
            for c in trigger.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in _TAKING_PART
        }
        if not convening:
            return
        candidate.agents = [
            a
            for a in candidate.agents
            if not any(t.i in convening for t in self.doc[a.token_i].ancestors)
        ]

    def _responsibility(self) -> None:
        """ "ISIS-K claimed responsibility for the bombing", "attributed to Israel": the
        perpetrator of the attack referred to."""
        for candidate in list(self.candidates.values()):
            token = candidate.trigger
            if token.lemma_.lower() == "claim" and not candidate.agents:
                self._claiming_group(candidate)
            if token.lemma_.lower() in ("claim", "accept", "admit") and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in token.children
            ):
                for prep in (
                    c for obj in token.children if obj.dep_ == "dobj" for c in obj.children
                ):
                    self._set_perpetrator(prep, candidate.agents, "claimed responsibility")
                for prep in (c for c in token.children if c.dep_ == "prep"):
                    self._set_perpetrator(prep, candidate.agents, "claimed responsibility")
                self._claimed_without_for(token, candidate.agents)
            if token.lemma_.lower() == "claim":
                # "Islamic State claimed the bombing"
                for obj in token.children:
                    attack = self.candidates.get(obj.i) if obj.dep_ == "dobj" else None
                    if attack is not None and attack.type == "attack" and not attack.agents:
                        attack.agents = [
                            Argument(a.actor, "claimed", a.token_i) for a in candidate.agents
                        ]
        # "the group was behind the bombings"
        for token in self.doc:
            if token.lower_ == "behind" and token.dep_ == "prep" and token.head.lemma_ == "be":
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
                for obj in token.children:
                    attack = self.candidates.get(obj.i)
                    if attack is not None and attack.type == "attack" and not attack.agents:
                        attack.agents = [
                            a
                            for s in subjects
                            for a in actors_at(s, self.resolver, "was behind", phrase=False)
                        ]
        # "was widely attributed to Israel", "the attack, blamed on Hamas,", "Kyiv blamed
        # the strike on Russia"
        blame = {"attribute": "to", "blame": "on", "pin": "on"}
        for token in self.doc:
            word = blame.get(token.lemma_.lower())
            if word is not None and (word == "on" or token.i not in self.found):
                patients = [
                    c
                    for c in token.children
                    if c.dep_ in ("nsubjpass", "dobj") and c.i in self.candidates
                ]
                if token.dep_ == "acl" and token.head.i in self.candidates:
                    patients.append(token.head)
                preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == word]
                if not preps and word == "on":
                    # "blamed the strike on Russia", read as a strike on Russia
                    preps = [
                        c
                        for p in patients
                        for c in p.children
                        if c.dep_ == "prep" and c.lower_ == "on" and p.dep_ == "dobj"
                    ]
                for prep in preps:
                    for obj in prep.children:
                        agents = actors_at(obj, self.resolver, f"{token.lemma_} {word}")
                        agents = [a for a in agents if not a.path.endswith(">phrase")]
                        for patient in patients:
                            target = self.candidates[patient.i]
                            if target.type == "attack" and not target.agents and agents:
                                target.agents = agents
                                names = {a.actor.name for a in agents}
                                target.targets = [
                                    t for t in target.targets if t.actor.name not in names
                                ]

    def _claiming_group(self, candidate: Candidate) -> None:
        """ "The al Qaeda-linked group claimed the attack": "the group" that claims is the
        perpetrator of the last attack told before, when a group or state did it."""
        token = candidate.trigger
        generic = [
            s
            for s in token.children
            if s.dep_ == "nsubj"
            and s.lemma_.lower() in _CLAIMING_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children)
        ]
        if not generic:
            return
        before = [
            c
            for i, c in sorted(self.candidates.items())
            if c.type == "attack" and i < token.i and c.agents
        ]
        if before and all(a.actor.kind in ("group", "country") for a in before[-1].agents):
            candidate.agents = [
                Argument(a.actor, "claim^the group", a.token_i) for a in before[-1].agents
            ]

    def _casualties_after(self) -> None:
        """ "... shot them all down, and no casualties were reported": counts in a
        sentence without an attack of its own belong to the attack just before; "a
        bodyguard was also killed" adds to its dead, and a later death toll ("the
        toll rose to 37") updates the latest attack."""
        attacks = [c for i, c in sorted(self.candidates.items()) if c.type == "attack"]
        with_attack = {c.trigger.sent.start for c in attacks}
        previous = latest = None
        for sent in self.doc.sents:
            if sent.start in with_attack:
                previous = latest = [c for c in attacks if c.trigger.sent.start == sent.start][-1]
                continue
            counts = casualties_in(sent)
            adjacent = previous is not None and previous.trigger.sent.end == sent.start
            if counts is not None and adjacent and previous is not None:
                old = previous.casualties
                if (
                    old is not None
                    and old.killed is not None
                    and counts.killed
                    and any(
                        t.lower_ == "also" and t.head.lemma_.lower() in ("kill", "die")
                        for t in sent
                    )
                ):
                    counts = Casualties(old.killed + counts.killed, counts.injured)
                previous.casualties = merge_casualties(old, counts)
                previous.notes.append(f'casualties from the next sentence: "{sent.text[:50]}"')
            elif counts is not None and latest is not None and death_toll(sent.text):
                latest.casualties = merge_casualties(latest.casualties, counts)
                latest.notes.append(f'death toll from a later sentence: "{sent.text[:50]}"')
            previous = None

    def _claimed_without_for(self, claim: Token, agents: list[Argument]) -> None:
        """ "The group claimed responsibility within hours of the blast": with no "for",
        the claim is of the attack in its sentence, else of the last attack before it."""
        if any(
            g.dep_ == "prep" and g.lower_ == "for"
            for c in (claim, *claim.children)
            for g in c.children
        ):
            return
        attacks = [
            c
            for i, c in sorted(self.candidates.items())
            if c.type == "attack" and (i < claim.i or c.trigger.sent.start == claim.sent.start)
        ]
        if attacks and not attacks[-1].agents and agents:
            attacks[-1].agents = [
                Argument(a.actor, "claimed responsibility", a.token_i) for a in agents
            ]

    def _set_perpetrator(self, prep: Token, agents: list[Argument], how: str) -> None:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            return
        for obj in prep.children:
            target = self.candidates.get(obj.i)
            if target is not None and target.type == "attack" and not target.agents:
                target.agents = [Argument(a.actor, how, a.token_i) for a in agents]

    # ------------------------------------------------------------ records
    def _details(self, candidate: Candidate) -> list[str]:
        details = [
            f"trigger {candidate.entry.lemma}/{candidate.entry.pos} cameo={candidate.entry.cameo} plover={candidate.entry.plover}"
        ]
        details += [f"agent {a.actor.name} <- {a.path}" for a in candidate.agents]
        details += [f"target {a.actor.name} <- {a.path}" for a in candidate.targets]
        details += [f"ballot {b.actor.name}={b.position} <- {b.path}" for b in candidate.ballots]
        if candidate.date:
            details.append(f'date {candidate.date.value} <- "{candidate.date.text}"')
        if candidate.tallies:
            details.append(f"tally {candidate.tallies}")
        if candidate.casualties:
            details.append(f"casualties {candidate.casualties}")
        return details

    def _to_events(self, members: list[Candidate], borrowed: object) -> list[Event | None]:
        first = members[0]
        kind = first.type
        agents = _unique(a.actor for m in members for a in m.agents)
        if kind == "statement" and any("spokes" in (a.role or "").lower() for a in agents):
            # a named spokesperson is the agent; the office is their alias
            agents = [a for a in agents if a.kind == "person"]
        targets = [
            t
            for t in _unique(
                # a city attacked stands for its state, once coreference has used the city
                (self._state_of_city(a) if kind == "attack" else a).actor
                for m in members
                for a in m.targets
            )
            if t.name not in {a.name for a in agents}
        ]
        if kind in ("call", "meeting") and not agents and targets:
            agents, targets = targets[:1], targets[1:]
        dates = [m.date for m in members if m.date is not None]
        if not dates and borrowed is None:
            dates = [m.clause_date for m in members[:1] if m.clause_date]
        rank = {"day": 0, "month": 1, "year": 2}
        date = min(dates, key=lambda d: rank.get(d.precision, 3)) if dates else borrowed
        why = None
        if kind in ("statement",) and not agents:
            why = "no speaker"
        elif kind in ("call", "meeting") and len(agents) + len(targets) < 1:
            why = "no participants"
        elif kind == "call" and len(agents) + len(targets) < 2 and all(m.nominal for m in members):
            why = "a call mentioned without its parties"
        elif kind == "vote" and not agents and not any(m.ballots or m.tallies for m in members):
            why = "no voting body"
        elif (
            kind == "attack"
            and not agents
            and not targets
            and date is None
            and not any(m.casualties for m in members)
        ):
            why = "attack with no perpetrator, target, date or casualties"
        elif all(m.nominal for m in members) and kind not in ("attack", "meeting") and not agents:
            why = "nominal mention without participants"
        if why:
            self._explain(first.trigger, kind, f"dropped: {why}", [])
            return []
        mentions = tuple(
            Mention(
                self.document.id,
                m.trigger.idx,
                m.trigger.idx + len(m.trigger),
                m.trigger.text,
                m.trigger.sent.start_char,
                m.trigger.sent.end_char,
            )
            for m in members
        )
        subtype = None
        if kind == "statement":
            verb = [m.verb_subtype for m in members if m.verb_subtype]
            # the first verb with a subtype of its own is the headline act: "condemned the
            # bombing and vowed that those behind it would pay" is criticism, "urged both
            # sides to step back, warning that ..." an appeal
            subtype = verb[0] if verb else dominant([m.content_subtype for m in members])
        tallies: list[Tally | None] = [None]
        split = next((m.tallies for m in members if len(m.tallies) > 1), None)
        if split:
            tallies = list(split)
        else:
            merged = None
            for m in members:
                for t in m.tallies:
                    merged = merge_tally(merged, t)
            tallies = [merged]
        ballots = _unique_ballots(b for m in members for b in m.ballots)
        outcome = _outcome(m.outcome for m in members)
        casualties = None
        for m in members:
            casualties = merge_casualties(casualties, m.casualties)
        confidence = _confidence(members, bool(agents), date is not None)
        attribution = tuple(dict.fromkeys(s for m in members for s in m.attribution))
        evidence = " ... ".join(dict.fromkeys(m.trigger.sent.text.strip() for m in members))[:600]
        events: list[Event | None] = []
        split_agents: list[Actor] = []
        split_targets: list[Actor] = []
        if kind in ("call", "meeting") and any(m.split for m in members):
            # "met Sisi and Netanyahu" split by the parties of the split trigger; a later
            # "their meeting" (Sisi and Blinken) adds no agent to each half.
            split_agents = _unique(a.actor for m in members if m.split for a in m.agents)
            names = {a.name for a in split_agents}
            split_targets = [
                t
                for t in _unique(a.actor for m in members if m.split for a in m.targets)
                if t.name not in names
            ]

        def event(n: int, who: Sequence[Actor], whom: Sequence[Actor], **extras: Any) -> Event:
            """The cluster's event number ``n``, with agents ``who`` and targets ``whom``."""
            return Event(
                id=event_id(self.document.id, kind, first.trigger.idx + n),
                doc=self.document.id,
                type=kind,
                agents=tuple(who),
                targets=tuple(whom),
                date=date,  # type: ignore[arg-type]
                attribution=attribution,
                confidence=confidence,
                mentions=mentions,
                evidence=evidence,
                trigger=first.entry.lemma,
                cameo=first.entry.cameo,
                plover=first.entry.plover,
                **extras,
            )

        if kind == "statement" and len(agents) > 1 and any(m.split for m in members):
            # parallel announcements: one statement per speaker
            quote = next((m.quote for m in members if m.quote), None)
            events.extend(
                event(n, (agent,), targets, quote=quote, subtype=subtype)
                for n, agent in enumerate(agents)
            )
            return events
        if len(split_targets) > 1:
            events.extend(
                event(n, split_agents or agents, (target,))
                for n, target in enumerate(split_targets)
            )
            return events
        abstentions = sum(1 for b in ballots if b.position == "abstain")
        for n, tally in enumerate(tallies):
            if kind == "vote" and tally is not None and ballots:
                tally = Tally(
                    tally.yes,
                    tally.no,
                    tally.abstain if tally.abstain is not None else (abstentions or None),
                )
            elif kind == "vote" and tally is None and ballots and abstentions:
                tally = Tally(None, None, abstentions)
            vote_outcome = outcome
            if (
                kind == "vote"
                and vote_outcome is None
                and tally
                and tally.yes is not None
                and tally.no is not None
            ):
                vote_outcome = "adopted" if tally.yes > tally.no else "rejected"
            events.append(
                event(
                    n,
                    agents,
                    targets if kind != "vote" else (),
                    quote=next((m.quote for m in members if m.quote), None)
                    if kind == "statement"
                    else None,
                    subtype=subtype,
                    motion=next((m.motion for m in members if m.motion), None),
                    outcome=vote_outcome if kind == "vote" else None,
                    tally=tally if kind == "vote" else None,
                    ballots=tuple(Ballot(b.actor, b.position) for b in ballots)
                    if len(tallies) == 1
                    else (),
                    sponsors=tuple(_unique(s for m in members for s in m.sponsors)),
                    casualties=casualties if kind == "attack" else None,
                )
            )
        return events


def _offset_days(prep: Token) -> int | None:
    """Signed days in "two days before", "a week after"; None when no offset is stated."""
    for child in prep.children:
        if child.dep_ == "npadvmod" and child.lemma_.lower() in ("day", "week"):
            counts = [number_value(c.text) for c in child.children if c.dep_ == "nummod"]
            if not counts and child.tag_ == "NNS":
                return None  # "days before the vote": no stated offset
            count = counts[0] if counts and counts[0] is not None else 1
            days = count * (7 if child.lemma_.lower() == "week" else 1)
            return -days if prep.lower_ in ("before", "ahead") else days
    return None


def _light_object(verb: Token, found: dict[int, TriggerEntry]) -> int | None:
    """The trigger noun a light verb carries ("lodged a protest"), if any."""
    for child in verb.children:
        if child.i in found and (light := light_verb(child)) is not None and light.i == verb.i:
            return child.i
    return None


def _authors_a_motion(verb: Token) -> bool:
    """ "The draft, written by Britain", "France wrote the resolution": authorship of a
    motion, not a public communication; nor is what a motion says ("a Left motion
    calling for the withdrawal", "a resolution condemning the strikes")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in MOTION_WORDS:
        return True
    if verb.lemma_.lower() not in ("write", "draft", "pen", "author"):
        return False
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in MOTION_WORDS:
        return True
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MOTION_WORDS for c in verb.children
    )


def _in_other_clause(noun: Token, timex: Timex) -> bool:
    """Whether a date inside a noun's phrase belongs to a clause of its own that does not
    describe the noun ("the summit in Lima, their first since talks broke down in July"),
    or starts a count ("the first call since January")."""
    span = noun.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    while token.i != noun.i and token.head.i != token.i:
        if token.pos_ in ("VERB", "AUX") and not (
            token.dep_ in ("relcl", "acl") and token.head.i == noun.i
        ):
            return True
        if token.lower_ in ("since", "until", "till"):
            return True  # "the first call since January": the start of a count
        token = token.head
    return False


def _measure_days(measure: Token, prep: Token) -> int | None:
    """Signed days of "two days" heading "after the vote"; 0 for "hours before the
    meeting" (the same day, like "hours later"); None for other measures."""
    if measure.lemma_.lower() in ("hour", "minute", "moment", "second"):
        return 0
    if measure.lemma_.lower() not in ("day", "week"):
        return None
    counts = [number_value(c.text) for c in measure.children if c.dep_ == "nummod"]
    if not counts and measure.tag_ == "NNS":
        return None  # "weeks after the United States vetoed": no stated offset
    count = counts[0] if counts and counts[0] is not None else 1
    days = count * (7 if measure.lemma_.lower() == "week" else 1)
    return -days if prep.lower_ in ("before", "ahead") else days


def _rejects_it(verb: Token) -> bool:
    """ "Rejected it": a voter's ballot against the motion just told."""
    return verb.lemma_.lower() == "reject" and any(
        c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children
    )


#: Verbs of a government brought down ("ousted ... in a no-confidence vote").
_OUSTING = frozenset(["oust", "topple", "remove", "dismiss", "unseat", "bring", "force"])


def _confidence_outcome(vote: Token) -> str | None:
    """The outcome of a confidence vote a government "won", "survived" or "lost": a
    no-confidence motion survived is rejected, a confidence vote lost is rejected."""
    words = {t.lower_ for t in vote.subtree if t.i < vote.i}
    if not words & {"confidence", "no-confidence"}:
        return None
    against = "no-confidence" in words or "no" in words
    if vote.dep_ == "pobj" and vote.head.lower_ in ("in", "by", "through"):
        # "ousted the government in a no-confidence vote"
        ousting = vote.head.head.lemma_.lower() in _OUSTING
        return "adopted" if ousting and against else None
    if vote.dep_ != "dobj":
        return None
    verb = vote.head.lemma_.lower()
    if verb in ("survive", "defeat", "beat") or (verb == "win" and against):
        return "rejected"
    if verb in ("lose", "fail"):
        return "rejected" if not against else "adopted"
    if verb == "win":
        return "adopted"
    return None


def _subject_count(subject: Token) -> int | None:
    """The number of voters a subject states ("Five countries", "35", "143 of its
    193 members"); None for a part of a group ("Three Republicans")."""
    if subject.like_num:
        return number_value(subject.text)
    if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.like_num:
        return number_value(subject.head.head.text)
    if subject.lemma_.lower() not in _MEMBER_NOUNS:
        return None
    for child in subject.children:
        if child.dep_ == "nummod":
            return number_value(child.text)
    return None


def _in_clause_below(token: Token, top: Token) -> bool:
    """Whether a token hangs on ``top`` through a clause of its own (a relative clause)."""
    while token.i != top.i and token.head.i != token.i:
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def _internal_session(noun: Token) -> bool:
    """ "a cabinet meeting", "a meeting of the security cabinet": one government's session.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Lee told a cabinet meeting that the economy was weak.")
    >>> _internal_session(doc[4])
    True
    """
    words = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "amod") or (c.dep_ == "prep" and c.lower_ == "of")
    ]
    words += [o for c in words if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(w.lemma_.lower() in _INTERNAL_BODIES for w in words)


#: Bodies of one government whose sessions are no meeting between parties.
_INTERNAL_BODIES = frozenset(["cabinet"])


def _clauses_of_medium(verb: Token) -> list[Token]:
    """ "said in a post on X that Washington stood with its ally": the that-clause the
    parser hangs on the medium ("post") instead of the speech verb."""
    return [
        clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via")
        for medium in prep.subtree
        if medium.dep_ == "pobj"
        for clause in medium.children
        if clause.dep_ in ("relcl", "acl")
        and any(c.lower_ == "that" and c.dep_ in ("mark", "dobj") for c in clause.children)
    ]


def _without_naming(verb: Token) -> bool:
    """ "criticised Orban without naming him", "Tusk, without naming Scholz, said": the
    guidelines give criticism without naming anyone no target.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("She criticised Orban without naming him.")
    >>> _without_naming(doc[1])
    True
    """
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "without"
        and any(c.lemma_.lower() in _NAMING for c in prep.children)
        for prep in (
            *verb.children,
            *(c for c in verb.children if c.dep_ == "nsubj" for c in c.children),
        )
    )


#: Verbs of naming an actor ("without naming him", "without mentioning Israel by name").
_NAMING = frozenset(["name", "mention", "identify", "single"])


def _group_mention(noun: Token) -> bool:
    """ "The two leaders", "both ministers", "the three sides": the parties told before.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("The two ministers met. Both leaders spoke. Officials spoke.")
    >>> [_group_mention(doc[i]) for i in (2, 6, 9)]
    [True, True, False]
    """
    if noun.dep_ in ("nsubj", "nsubjpass") and (
        noun.lower_ == "both" or (noun.lower_ in ("two", "three") and noun.pos_ == "NUM")
    ):
        return True  # "both said", "the two had last met in Bali"
    if noun.lemma_.lower() not in _GROUP_NOUNS or noun.tag_ != "NNS":
        return False
    return any(
        c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "three", "four", "both")
        for c in noun.children
    )


def _quoting_verb(token: Token) -> Token | None:
    """ "quoted" in "PTI quoted Guterres as saying"."""
    for head in (token.head, token.head.head):
        if head != token and head.lemma_.lower() in ("quote", "cite"):
            return head
    return None


def _is_body(name: str) -> bool:
    return bool(set(name.lower().replace("-", " ").split()) & BODY_WORDS)


def _unique(actors: object) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:  # type: ignore[attr-defined]
        seen.setdefault(actor.name, actor)
    return list(seen.values())


def _unique_ballots(ballots: object) -> list[BallotFound]:
    seen: dict[str, BallotFound] = {}
    for ballot in ballots:  # type: ignore[attr-defined]
        if ballot.position == "veto" or ballot.actor.name not in seen:
            seen[ballot.actor.name] = ballot
    return list(seen.values())


def _outcome(outcomes: object) -> str | None:
    found = [o for o in outcomes if o]  # type: ignore[attr-defined]
    for outcome in ("vetoed", "rejected", "adopted"):
        if outcome in found:
            return outcome
    return None


def _confidence(members: list[Candidate], has_agents: bool, has_date: bool) -> float:
    """Confidence from the evidence: a verb trigger, arguments found, a date, repeated mentions."""
    score = 0.45 if all(m.nominal for m in members) else 0.6
    score += 0.15 if has_agents else -0.15
    score += 0.1 if has_date else 0.0
    score += min(0.15, 0.05 * (len(members) - 1))
    return max(0.05, min(0.95, score))
