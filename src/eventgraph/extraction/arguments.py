"""Who did it and to whom: arguments of a trigger from dependency paths.

Each argument comes with the path that produced it (``nsubj``,
``agent(by)``, ``prep(with)``, ``poss``, ``conj``, ``appos`` ...), so that
``eventgraph extract --explain`` can show why an actor was chosen. The
paths covered: active and passive subjects, objects and datives, "with" and
"to" complements, subjects inherited by relative clauses, participles and
conjoined verbs, conjunctions ("the US and Britain"), appositions ("five
countries - Russia, Belarus ..."), "including" lists, compound and adjective
modifiers ("a U.S. drone strike"), possessives ("Russia's bombardment"), and
the subject of a light verb governing a nominal trigger ("held talks").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..actors import is_title
from .lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Actor
    from .participants import ActorLookup

__all__ = [
    "LIGHT_VERBS",
    "Argument",
    "Arguments",
    "actors_at",
    "find_arguments",
    "light_verb",
    "subjects_of",
]

#: Verbs whose object names the event ("held talks", "carried out strikes").
LIGHT_VERBS = frozenset(
    [
        "hold",
        "have",
        "conduct",
        "carry",
        "launch",
        "make",
        "stage",
        "mount",
        "unleash",
        "begin",
        "host",
        "attend",
        "issue",
        "release",
        "deliver",
        "give",
        "send",
        "write",
        "place",
        "join",
        "chair",
        "lodge",
        "file",
        "register",
        "wrap",
        "conclude",
    ]
)
_SUBJECT_DEPS = ("nsubj", "csubj")
_INHERIT_DEPS = ("xcomp", "advcl", "conj", "pcomp", "ccomp")
#: Nouns of a diplomatic protest, lodged with or against the protested party.
_PROTESTS = frozenset(["protest", "complaint", "objection", "demarche"])
#: Verbs whose to-infinitive says what the subject did it for: "summoned the envoy to
#: protest" (the summoner protests), unlike "urged Kyiv to open talks".
_PURPOSE_GOVERNORS = frozenset(["summon", "convene", "host", "receive", "recall"])
_RELATIVE_PRONOUNS = frozenset(["who", "which", "that", "whom"])


@dataclass(frozen=True)
class Argument:
    """An actor and the dependency path that produced it."""

    actor: Actor
    path: str
    token_i: int


@dataclass
class Arguments:
    """Agents and targets found for one trigger."""

    agents: list[Argument] = field(default_factory=list)
    targets: list[Argument] = field(default_factory=list)
    patients: list[Token] = field(default_factory=list)

    def add(self, role: str, found: list[Argument]) -> None:
        """Add arguments to ``agents`` or ``targets``, skipping actors already there."""
        bucket = self.agents if role == "agent" else self.targets
        names = {a.actor.name for a in bucket}
        for arg in found:
            if arg.actor.name not in names:
                bucket.append(arg)
                names.add(arg.actor.name)


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(child))
    return out


#: Plural nouns for the members of a group named before them ("White Army militiamen").
_MEMBER_NOUNS = frozenset(
    ["militiamen", "fighters", "militants", "members", "supporters", "loyalists", "rebels"]
    + ["insurgents", "gunmen", "guerrillas", "militias", "cadres", "activists"]
)


#: Entity labels of times: a proper noun with one ("Sunday", "May") names no actor.
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _noun_phrase_name(token: Token) -> str | None:
    """A proper-noun phrase headed by ``token`` ("Leaders of the Group of Seven")."""
    words = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")]
    left = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")]
    # "White Army militiamen": the modifiers of a modifier belong to the name too
    left += [t for mod in left for t in mod.lefts if t.dep_ in ("compound", "nmod")]
    if token.lower_ in _MEMBER_NOUNS and any(t.pos_ == "PROPN" for t in left):
        keep = left  # "White Army militiamen" are the White Army's
    else:
        keep = [*left, token]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            keep.extend(t for t in prep.subtree)
    keep = sorted({t.i: t for t in keep if t in words}.values(), key=lambda t: t.i)
    while keep and keep[0].dep_ == "amod" and keep[0].text.islower():
        keep = keep[1:]  # "the outlawed Balochistan Liberation Army": a description, no name
    if not any(t.pos_ == "PROPN" and t.ent_type_ not in _TIME_ENTITIES for t in keep):
        return None  # "on Sunday, which the governor said ...": a day, no name
    text = " ".join(t.text for t in keep).replace(" 's", "'s").replace(" - ", "-")
    return text.removeprefix("the ").removeprefix("The ") or None


def _parenthetical_name(item: Token, resolver: ActorLookup) -> Actor | None:
    """The actor an acronym in brackets inside a name names: "the Group to Support
    Islam and Muslims (JNIM)"."""
    doc = item.doc
    for token in item.subtree:
        if (
            0 < token.i < len(doc) - 1
            and doc[token.i - 1].text == "("
            and doc[token.i + 1].text == ")"
            and token.text.isupper()
            and (actor := resolver.resolve_token(token)) is not None
        ):
            return actor
    return None


#: "the Sahel branch of al-Qaeda" is another group than al-Qaeda.
_OFFSHOOTS = frozenset(["branch", "affiliate", "offshoot", "franchise", "splinter", "proxy"])


def actors_at(
    token: Token, resolver: ActorLookup, path: str, *, modifiers: bool = True, phrase: bool = True
) -> list[Argument]:
    """The actors a noun phrase headed by ``token`` names, with the path to each.

    Follows conjunctions, appositions, "including"/"among them" lists and,
    when ``modifiers`` is set and the head names no actor, the possessive,
    adjective and compound modifiers of the head ("Russian missiles" ->
    Russia).

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> from eventgraph.actors import ActorResolver
    >>> doc = load_nlp()("The United States and Britain struck.")
    >>> resolver = ActorResolver(doc, Document("d", doc.text))
    >>> [(a.actor.name, a.path) for a in actors_at(doc[2], resolver, "nsubj")]
    [('United States', 'nsubj'), ('United Kingdom', 'nsubj>conj')]
    """
    from ..records import Actor

    found: list[Argument] = []
    for i, item in enumerate(_conjuncts(token)):
        here = path if i == 0 else f"{path}>conj"
        actor = resolver.resolve_token(item)
        if item.pos_ == "PROPN" and (actor is None or actor.kind != "person"):
            # "the Group to ... (JNIM)"; not "Kim Jong Un, president of the ... (DPRK)"
            actor = _parenthetical_name(item, resolver) or actor
        if item.tag_ == "NN":
            # "his Russian counterpart Sergei Lavrov": the name in apposition says who
            appositive = [
                a
                for c in item.children
                if c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and not any(g.dep_ == "conj" for g in c.children)
                for a in [resolver.resolve_token(c)]
                if a is not None
            ]
            if not appositive:
                # "the chairperson of the Commission, Ali Saleh,": the parser hangs the
                # name on the organisation; a person there is the holder of the title
                appositive = [
                    a
                    for prep in item.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for obj in prep.children
                    if obj.dep_ == "pobj"
                    for c in obj.children
                    if c.dep_ == "appos" and c.pos_ == "PROPN"
                    for a in [resolver.resolve_token(c)]
                    if a is not None and a.kind == "person"
                ]
            if appositive:
                actor = appositive[0]
        counted = any(c.dep_ == "nummod" for c in item.children)
        if actor is not None and counted:
            # "Nine Republicans, including Susan Collins": the named members, not the party
            named = [
                arg
                for child in item.children
                if child.dep_ == "prep" and child.lower_ in ("including", "among")
                for obj in child.children
                if obj.dep_ == "pobj"
                for arg in actors_at(obj, resolver, f"{here}>{child.lower_}", modifiers=False)
            ]
            if named:
                found.extend(named)
                continue
        if actor is not None:
            found.append(Argument(actor, here, item.i))
            # "Russian and Ukrainian delegations": each conjoined modifier names a party
            for child in item.children:
                if child.dep_ in ("amod", "compound", "nmod"):  # "US and British warplanes"
                    for other in child.children:
                        more = resolver.resolve_token(other) if other.dep_ == "conj" else None
                        if more is not None and more.name != actor.name:
                            found.append(Argument(more, f"{here}>{child.dep_}>conj", other.i))
            # a list the parser reads as apposition: "the BJD, the AIADMK and the YSR Congress"
            for child in item.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    for member in actors_at(
                        child, resolver, f"{here}>appos", modifiers=False, phrase=False
                    ):
                        if (
                            member.actor.name != actor.name
                            and member.actor.kind == actor.kind != "person"
                        ):
                            found.append(member)
            continue
        listed: list[Argument] = []
        for child in item.children:
            if child.dep_ == "appos":
                described = actors_at(child, resolver, f"{here}>appos", modifiers=False)
                if item.pos_ == "PROPN":
                    # "The SPLM-IO, the party of Riek Machar,": the party, not its leader
                    described = [a for a in described if not a.path.endswith(">of")]
                listed += described
            elif child.dep_ == "prep" and child.lower_ in ("including", "among"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        listed += actors_at(
                            obj, resolver, f"{here}>{child.lower_}", modifiers=False
                        )
        if listed:
            found.extend(listed)
            continue
        for prep in item.children:
            # "leaders of the G7", "a session of the House": the group stands for its people
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "of"
                and item.pos_ == "NOUN"
                and (item.lemma_.lower(), "NOUN") not in load_lexicon()
                and item.lemma_.lower() not in _OFFSHOOTS
            ):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (of_actor := resolver.resolve_token(obj)):
                        listed.append(Argument(of_actor, f"{here}>of", obj.i))
        if listed:
            found.extend(listed)
            continue
        if modifiers and item.pos_ in ("NOUN", "PROPN"):
            for child in item.children:
                if child.dep_ in ("poss", "amod", "compound", "nmod"):
                    mod = resolver.resolve_token(child)
                    if mod is not None:
                        found.append(Argument(mod, f"{here}>{child.dep_}", child.i))
                        # "Russian and Ukrainian delegations"
                        for other in child.children:
                            if other.dep_ == "conj" and (more := resolver.resolve_token(other)):
                                found.append(Argument(more, f"{here}>{child.dep_}>conj", other.i))
                        break
            else:
                event_noun = (item.lemma_.lower(), "NOUN") in load_lexicon()
                # the members of a named group name it wherever they stand ("blamed White
                # Army militiamen"); other phrases only where the caller reads them
                as_name = phrase or item.lower_ in _MEMBER_NOUNS
                name = _noun_phrase_name(item) if as_name and not event_noun else None
                if name and not is_title(item.text):  # "Foreign Minister": a title, no actor
                    found.append(Argument(Actor(name, "group"), f"{here}>phrase", item.i))
    return found


def subjects_of(verb: Token) -> tuple[list[Token], str]:
    """The subject tokens of a verb and the path to them.

    A verb without a subject takes the subject of the verb it depends on
    (participles, conjoined verbs, infinitives); a relative clause takes the
    noun it modifies.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Xi warned Biden, telling him to stay out.")
    >>> [(t.text, path) for t in [doc[4]] for s, path in [subjects_of(t)]]
    [('telling', 'advcl^nsubj')]
    >>> [t.text for t in subjects_of(doc[4])[0]]
    ['Xi']
    """
    path = ""
    for _ in range(4):
        subj = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if not subj and (misparsed := _misparsed_subject(verb)) is not None:
            return misparsed[0], path + misparsed[1]
        if subj:
            if subj[0].lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return [verb.head], f"{path}relcl^head"
            return subj, f"{path}nsubj"
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return [], path + "passive"
        if verb.dep_ == "relcl":
            return [verb.head], f"{path}relcl^head"
        if (
            verb.dep_ == "xcomp"
            and any(c.dep_ == "dobj" for c in verb.head.children)
            and verb.head.lemma_.lower() not in _PURPOSE_GOVERNORS
        ):
            # "prompting Israel to declare", "urged Kyiv to open talks": the object acts
            return [c for c in verb.head.children if c.dep_ == "dobj"], f"{path}xcomp^dobj"
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            governor = verb.head.head
            objects = [c for c in governor.children if c.dep_ == "dobj"]
            if objects and verb.head.lower_ in ("for", "of"):
                # "thanked Valmora for hosting", "accused Kyiv of shelling": the object acts
                return objects, f"{path}pcomp^prep({verb.head.lower_})^dobj"
            # "joined 15 Republicans in voting no": the subject acts
            path += "pcomp^prep^"
            verb = governor
            continue
        if verb.dep_ in _INHERIT_DEPS and verb.head != verb:
            path += f"{verb.dep_}^"
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and verb.head.dep_ == "ccomp"
                and verb.head.head.i < verb.head.i
            ):
                # "X warned that Y should stay out, telling him ...": the participle
                # belongs to the speech act, not to the reported clause
                path += "ccomp^"
                verb = verb.head.head
                continue
            if verb.dep_ == "conj" and _tense_breaks_from_report(verb):
                # "Zelensky said Russian forces had struck ... and accused Putin": a simple
                # past after a pluperfect or modal clause goes on with the speaker
                path += "ccomp^"
                verb = verb.head.head
                continue
            verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return [verb.head], f"{path}acl^head"
        break
    return [], path


#: Verbs of a speaker's own act, which a reported clause does not go on with.
_SPEAKING = frozenset(
    ["say", "add", "accuse", "warn", "urge", "call", "condemn", "denounce", "blame", "insist"]
    + ["stress", "demand", "vow", "deny", "criticise", "criticize", "praise", "thank", "tell"]
)
_SHIFTING_AUX = frozenset(["had", "'d", "would", "will", "could", "might", "must", "should"])


def _tense_breaks_from_report(conjunct: Token) -> bool:
    """Whether a verb conjoined to a reported clause is in a tense the reported clause
    cannot go on in (a bare simple past after "had struck" or "would"), so it goes on
    with the verb that reports."""
    reported = conjunct.head
    return (
        conjunct.tag_ == "VBD"
        and conjunct.lemma_.lower() in _SPEAKING
        and reported.lemma_.lower() not in _SPEAKING
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conjunct.children)
        and reported.dep_ == "ccomp"
        and reported.head.i < reported.i
        and any(c.dep_ == "aux" and c.lower_ in _SHIFTING_AUX for c in reported.children)
    )


def _misparsed_subject(verb: Token) -> tuple[list[Token], str] | None:
    """Subjects the parser hangs elsewhere: "after Guterres invoked" (on the marker)
    and the absolute "with the Senate approving" (on "with")."""
    for mark in verb.children:
        if mark.dep_ == "mark":
            objects = [c for c in mark.children if c.dep_ == "pobj"]
            if objects:
                return objects, "mark>pobj"
    if verb.tag_ == "VBG":
        for word in verb.doc[max(verb.sent.start, verb.i - 8) : verb.i]:
            if word.lower_ == "with" and word.dep_ == "prep":
                for obj in word.children:
                    between = verb.doc[obj.i + 1 : verb.i]
                    if obj.dep_ == "pobj" and all(
                        t.dep_ in ("npadvmod", "advmod") or t.ent_type_ == "DATE" for t in between
                    ):
                        return [obj], "with>pobj (absolute)"
    return None


def light_verb(noun: Token) -> Token | None:
    """The verb whose object a nominal trigger is ("held *talks*"), if any.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("Modi held talks with Putin.")
    >>> light_verb(doc[2]).text
    'held'
    """
    head = noun
    # "carried out air and missile strikes": the conjunct's head
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in LIGHT_VERBS:
        return head.head
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in ("on", "by", "over")
        and head.head.head.lemma_.lower() in _TALKING
    ):
        return head.head.head  # "spoke on the phone with Carney"
    return None


#: Verbs whose means ("on the phone", "by video link") is the nominal trigger.
_TALKING = frozenset(["speak", "talk", "chat", "confer"])


def _by_agent(verb: Token, resolver: ActorLookup) -> list[Argument]:
    out: list[Argument] = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += actors_at(obj, resolver, "agent(by)")
    return out


def _prep_objects(
    token: Token, words: tuple[str, ...], resolver: ActorLookup, **kw: bool
) -> list[Argument]:
    out: list[Argument] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in words:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += actors_at(obj, resolver, f"prep({child.lower_})", **kw)
        elif child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            out += actors_at(child, resolver, "dative", **kw)
    return out


def _objects(verb: Token, resolver: ActorLookup, **kw: bool) -> list[Argument]:
    out: list[Argument] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            out += actors_at(child, resolver, child.dep_, **kw)
    return out


def _verb_arguments(verb: Token, type_: str, resolver: ActorLookup, args: Arguments) -> None:
    subjects, path = subjects_of(verb)
    for subject in subjects:
        args.add("agent", actors_at(subject, resolver, path or "nsubj"))
    args.add("agent", _by_agent(verb, resolver))
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    args.patients.extend(passive)
    for patient in passive:
        args.add("target", actors_at(patient, resolver, "nsubjpass", phrase=False))
    if type_ in ("call", "meeting"):
        args.add("target", _objects(verb, resolver, phrase=False))
        args.add("target", _prep_objects(verb, ("with", "to"), resolver))
    elif type_ == "statement":
        args.add("target", _objects(verb, resolver, phrase=False))
        args.add("target", _prep_objects(verb, ("to",), resolver, modifiers=False))
    elif type_ == "attack":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        args.patients.extend(objects)
        args.add("target", _objects(verb, resolver, phrase=False))
        for obj in objects:
            # "struck nine sites in Pakistan": the attacked state
            args.add("target", _prep_objects(obj, ("in",), resolver, phrase=False))
        args.add("target", _prep_objects(verb, ("on", "at", "against"), resolver, phrase=False))


def _noun_arguments(noun: Token, type_: str, resolver: ActorLookup, args: Arguments) -> None:
    for child in noun.children:
        if child.dep_ == "poss" or (
            type_ in ("attack", "meeting", "call", "vote")
            and child.dep_ in ("compound", "amod", "nmod")
        ):
            actor = resolver.resolve_token(child)
            if actor is not None:
                args.add("agent", [Argument(actor, child.dep_, child.i)])
            elif child.dep_ == "compound" and child.pos_ == "PROPN":
                args.add("agent", actors_at(child, resolver, "compound", modifiers=False))
            if child.dep_ == "compound":
                for grand in child.children:
                    if grand.dep_ in ("compound", "amod", "conj") and (
                        a := resolver.resolve_token(grand)
                    ):
                        args.add("agent", [Argument(a, f"compound>{grand.dep_}", grand.i)])
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN":
            args.add("agent", _by_agent(child, resolver))
    args.add("agent", _by_agent(noun, resolver))
    if type_ in ("call", "meeting"):
        args.add("target", _prep_objects(noun, ("with", "between", "to"), resolver))
    elif type_ == "attack":
        args.add(
            "target", _prep_objects(noun, ("on", "against", "at", "of"), resolver, phrase=False)
        )
    elif type_ == "statement":
        # "a letter to X", "a complaint against X", "lodged a protest with X"
        preps = ("to", "against", "with") if noun.lemma_.lower() in _PROTESTS else ("to",)
        args.add("target", _prep_objects(noun, preps, resolver, modifiers=False))
    verb = light_verb(noun)
    if verb is not None:
        _verb_arguments(verb, type_, resolver, args)


def find_arguments(trigger: Token, type_: str, resolver: ActorLookup) -> Arguments:
    """Agents and targets of a trigger by the dependency paths of its type.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> from eventgraph.records import Document
    >>> from eventgraph.actors import ActorResolver
    >>> doc = load_nlp()("The resolution was vetoed by the United States.")
    >>> args = find_arguments(doc[3], "vote", ActorResolver(doc, Document("d", doc.text)))
    >>> [(a.actor.name, a.path) for a in args.agents]
    [('United States', 'agent(by)')]
    """
    args = Arguments()
    if trigger.pos_ in ("VERB", "AUX"):
        _verb_arguments(trigger, type_, resolver, args)
    else:
        _noun_arguments(trigger, type_, resolver, args)
    # an actor is never its own target
    agent_names = {a.actor.name for a in args.agents}
    args.targets = [t for t in args.targets if t.actor.name not in agent_names]
    return args
