"""Counts in the text: vote tallies and attack casualties.

Numbers are read as stated: "over 1,200" is 1200, "at least 38" is 38,
"Thirteen" is 13, "nobody was killed" is 0; vague amounts ("thousands",
"dozens") are not numbers. Tallies are read from the usual forms ("voted
224-194", "by 107 votes to 13", "Thirteen members voted in favour", "with 39
abstentions", "none against").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Casualties, Tally

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "casualties_in",
    "death_toll",
    "merge_casualties",
    "merge_tally",
    "number_value",
    "tallies_in",
]

_WORDS = {
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_VAGUE = frozenset(
    ["dozens", "hundreds", "thousands", "scores", "millions", "several", "many", "some"]
)


def number_value(text: str) -> int | None:
    """The integer a number word or numeral states, or None.

    Examples
    --------
    >>> number_value("1,200"), number_value("Thirteen"), number_value("dozens")
    (1200, 13, None)
    """
    word = text.lower().strip()
    if word in _WORDS:
        return _WORDS[word]
    digits = word.replace(",", "")
    if digits.isdigit():
        return int(digits)
    if "-" in word:
        parts = [_WORDS.get(p) for p in word.split("-")]
        if all(p is not None for p in parts):
            return sum(p for p in parts if p is not None)
    return None


def _normalise(text: str) -> str:
    """Lower-case with number words as digits and thousands separators removed."""
    text = text.lower().replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return re.sub(
        r"\b[a-z]+(?:-[a-z]+)?\b",
        lambda m: (
            str(_WORDS[m.group()]) if m.group() in _WORDS and m.group() != "none" else m.group()
        ),
        text,
    )


_N = r"(?<![\d.-])(\d+)"
#: Words between a count and its verb: "204 lawmakers in the 300-member assembly voted";
#: no other count or clause ("10 countries backed it and 12 abstained").
_WHO = r"((?: (?!(?:and|with|while|but|to|as)\b|\d+(?: |$))[a-z0-9-]+){0,6}?)"
_YES = [
    rf"{_N}(?: of (?:its|the|their) \d+)?{_WHO} (?:voted|voting|votes?) (?:in favou?r|for)\b",
    rf"{_N}((?: (?!(?:and|with|while|but|to|as)\b)[a-z-]+){{0,2}}) (?:votes? )?in favou?r",
    rf"{_N}{_WHO} (?:backed|supported|endorsed)\b",
    rf"(?:backed|supported|endorsed|approved) by {_N}()",
    rf"(?:with|by|winning|won|received|receiving) {_N} votes\b(?! to)()",
]
_NO = [
    rf"{_N}{_WHO} (?:voted|voting|votes?) against",
    rf"(?:and|with|,) {_N} (?:votes? )?against()",
    r"(none) against()",
    r"\b(no) (?:objections?|votes? against|one against)()",
]
_ABSTAIN = [
    rf"{_N}{_WHO} abstained",
    rf"{_N} abstentions?()",
    rf"{_N}{_WHO} abstaining",
]
#: Words that say a count of votes decided against the motion.
_REJECTING = re.compile(
    r"\b(?:rejected|rejecting|rejects|voted down|voting down|threw out|throwing out"
    r"|(?:was|were|been|being) defeated"
    r"|defeated (?:the |a |an |its |their )?(?:[a-z-]+ ){0,3}?(?:bill|motion|resolution|"
    r"amendment|measure|proposal|text|draft|budget))\b"
)
#: "a to b" after a comma or a vote: "rejected the bill, 38 to 31", "voted 55 to 40".
_N_TO_M = re.compile(
    r"(?:, |\bvote of |\bmargin of |\bvot(?:ed|ing|es?) )(\d{1,3}) to (\d{1,3})\b"
    # "won 221 votes in the runoff against 160 for Noda"
    r"|\b(\d+) votes?(?: [a-z-]+){0,4} against (\d+)\b"
)
#: Words that make a bare "a-b" pair a vote count.
_VOTE_WORDS = re.compile(
    r"\bvot|\bballot|\bbill|\bpass|\bapprov|\badopt|\bclear|\breject|\bdefeat|\belect"
    r"|\bconfirm|\bratif|\bmotion|\bresolution|\bunanimous"
)


def tallies_in(sentence: Span, *, exclude: frozenset[int] = frozenset()) -> list[Tally]:
    """The vote tallies a sentence states; several "a-b" pairs give several tallies.

    Tokens in ``exclude`` (another vote's clause) are not read. A count of a
    part of a group ("Fifteen Republicans voted against") is no tally.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> tallies_in(nlp("The House voted 224-194 for the resolution.")[:])
    [Tally(yes=224, no=194, abstain=None)]
    >>> tallies_in(nlp("The assembly rejected by 107 votes to 13, with 39 abstentions, the demand.")[:])
    [Tally(yes=13, no=107, abstain=39)]
    >>> tallies_in(nlp("Eleven members voted in favour and none against.")[:])
    [Tally(yes=11, no=0, abstain=None)]
    >>> tallies_in(nlp("Fifteen Republicans voted against the bill.")[:])
    []
    """
    tokens = [t for t in sentence if t.i not in exclude]
    text = _normalise("".join(t.text_with_ws for t in tokens))
    # "Fifteen Republicans", "two Democrats": members of a party, not the body's count
    partial = {t.lower_ for t in tokens if t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS")}
    rejected = bool(_REJECTING.search(text))
    pairs: list[tuple[int, int]] = []
    for match in re.finditer(r"\bby (\d+) votes? to (\d+|none|nil)", text):
        pairs.append((int(match.group(1)), int(match.group(2)) if match.group(2).isdigit() else 0))
    if not pairs and _VOTE_WORDS.search(text):
        # "rejected the bill, 38 to 31", "by a vote of 52 to 48"
        for match in _N_TO_M.finditer(text):
            a, b = match.group(1) or match.group(3), match.group(2) or match.group(4)
            pairs.append((int(a), int(b)))
    if not pairs and _VOTE_WORDS.search(text):
        for match in re.finditer(r"(?<![\d.:/$-])(\d{1,3})-(\d{1,3})(?![\d:/%-]|\.\d)", text):
            pairs.append((int(match.group(1)), int(match.group(2))))
    abstain = _first(_ABSTAIN, text, partial)
    if pairs:
        out = []
        for a, b in pairs:
            yes, no = (b, a) if rejected and a > b else (a, b)
            out.append(Tally(yes, no, abstain if len(pairs) == 1 else None))
        return out
    in_favour, against = _first(_YES, text, partial), _first(_NO, text, partial)
    if in_favour is None and against is None and abstain is None:
        return []
    return [Tally(in_favour, against, abstain)]


def _first(patterns: list[str], text: str, partial: set[str]) -> int | None:
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            if set(match.group(2).split()) & partial:
                continue
            return 0 if match.group(1) in ("none", "no") else int(match.group(1))
    return None


def merge_tally(old: Tally | None, new: Tally | None) -> Tally | None:
    """Fill the counts one tally lacks from another.

    Examples
    --------
    >>> merge_tally(Tally(13, None, None), Tally(None, None, 1))
    Tally(yes=13, no=None, abstain=1)
    """
    if old is None or new is None:
        return old or new
    return Tally(
        old.yes if old.yes is not None else new.yes,
        old.no if old.no is not None else new.no,
        old.abstain if old.abstain is not None else new.abstain,
    )


# ---------------------------------------------------------------- casualties

_KILL = frozenset(["kill", "die", "dead", "slay", "murder", "execute", "behead"])
_WOUND = frozenset(["wound", "injure", "hurt", "maim"])
_NOBODY = frozenset(["nobody", "no-one", "none"])


def _count_of(noun: Token) -> int | None:
    """The number a noun phrase states ("at least 38 people", "five of the fighters")."""
    if noun.lower_ in _NOBODY or (
        noun.lower_ == "one" and any(c.lower_ == "no" for c in noun.children)
    ):
        return 0
    if noun.lower_ in _VAGUE:
        return None
    value = number_value(noun.text) if noun.like_num or noun.lower_ in _WORDS else None
    if value is not None:
        return value
    total = None
    for child in noun.children:
        if child.dep_ in ("nummod", "quantmod") and (v := number_value(child.text)) is not None:
            total = v
            doc = child.doc
            if child.i > 1 and doc[child.i - 1].text == "-":
                # "Twenty-one soldiers", tokenised as "Twenty", "-", "one"
                joined = number_value(f"{doc[child.i - 2].text}-{child.text}")
                total = joined if joined is not None else total
            break
        if child.dep_ == "det" and child.lower_ in ("a", "an") and noun.tag_ in ("NN", "NNP"):
            total = 1
        # "the commander and nine other people": one named by role, plus the others
        if (
            child.dep_ == "det"
            and child.lower_ == "the"
            and noun.tag_ == "NN"
            and any(c.dep_ == "conj" for c in noun.children)
        ):
            total = 1
    if total is None and noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON":
        total = 1
    if total is None:
        return None
    # "Soleimani and nine other people"
    for conj in noun.children:
        if conj.dep_ == "conj" and (extra := _count_of(conj)) is not None:
            total += extra
    return total


def _victim_count(verb: Token) -> int | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            count = _count_of(child)
            if count is None and _one_victim(child):
                count = 1  # "killing the driver", "killed its commander"
            if count is not None:
                # "killing a police chief and nine of his men", parsed with "nine" on the verb
                return (
                    count
                    + sum(
                        number_value(c.text) or 0
                        for c in verb.children
                        if c.dep_ == "conj" and c.like_num and c.i > child.i
                    )
                    + _others_within(child)
                    + sum(
                        _count_of(obj) or 0
                        for along in verb.children
                        if along.dep_ == "prep" and along.lower_ in ("along", "together")
                        for with_ in along.children
                        if with_.lower_ == "with"
                        for obj in with_.children
                        if obj.dep_ == "pobj"
                    )
                )
    if verb.lemma_.lower() in ("dead", "die"):
        for child in verb.children:
            if child.dep_ == "nsubj" and (count := _count_of(child)) is not None:
                return count
        if verb.head.pos_ in ("NOUN", "NUM") and (count := _count_of(verb.head)) is not None:
            return count
    return None


#: Singular nouns that name a group, not one victim ("killed the crew").
_COLLECTIVE = frozenset(
    ["crew", "family", "team", "staff", "group", "unit", "patrol", "convoy", "population"]
    + ["community", "public", "army", "police", "force", "battalion", "platoon", "squad"]
    + ["people", "village", "town", "city", "household", "passengers", "rest"]
)


def _one_victim(noun: Token) -> bool:
    """A definite singular person noun: "the driver", "its commander" (one victim)."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() not in _COLLECTIVE
        and any(
            (c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "its", "their"))
            or (c.dep_ == "poss" and c.pos_ == "PROPN")  # "Hezbollah's top commander"
            for c in noun.children
        )
        and not any(c.dep_ == "conj" for c in noun.children)
    )


def _others_within(noun: Token) -> int:
    """ "a commander of the militia X and two other people": the others the parser
    joined to a word inside the phrase, not to its head."""
    extra = 0
    for token in noun.subtree:
        if (
            token.dep_ == "conj"
            and token.head != noun
            and any(c.lower_ in ("other", "others") for c in token.children)
        ):
            extra += _count_of(token) or 0
        elif (
            token.dep_ == "pobj"
            and token.head.lower_ == "with"
            and token.head.i > 0
            and token.doc[token.head.i - 1].lower_ in ("along", "together")
        ):
            extra += _count_of(token) or 0  # "the commander, along with two children"
    return extra


def death_toll(text: str) -> int | None:
    """A death toll a sentence states: "bringing the death toll to five", "the death
    toll rose to 37", "put the number of dead at 77".

    Examples
    --------
    >>> death_toll("The death toll from the siege rose to 37 on Sunday.")
    37
    >>> death_toll("Rescuers pulled out two more bodies, bringing the death toll to five.")
    5
    >>> death_toll("The toll is expected to rise.") is None
    True
    """
    match = re.search(
        r"\b(?:death toll|toll|number of (?:dead|deaths|people killed|fatalities))"
        r"\b[^.;]{0,80}?\b(?:to|at|reached|reaches|stood at|stands at|hit)"
        r" (?:at least |more than |over |nearly |almost )?(\d+)\b",
        _normalise(text),
    )
    return int(match.group(1)) if match else None


def casualties_in(tokens: Span, *, exclude: frozenset[int] = frozenset()) -> Casualties | None:
    """Killed and injured counts stated in a sentence or span.

    Tokens in ``exclude`` (another attack's words) are not read.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> casualties_in(nlp("Missiles struck Kyiv, killing at least 19 people and wounding 105.")[:])
    Casualties(killed=19, injured=105)
    >>> casualties_in(nlp("Nobody was killed.")[:])
    Casualties(killed=0, injured=None)
    >>> casualties_in(nlp("No casualties were reported.")[:])
    Casualties(killed=0, injured=0)
    """
    killed = injured = None
    text = tokens.text.lower()
    if re.search(r"\bno (?:casualties|deaths or injuries)\b", text):
        return Casualties(0, 0)
    if re.search(r"\bno (?:injuries|one was (?:injured|wounded|hurt))\b", text):
        injured = 0
    if re.search(r"\bno (?:deaths|fatalities|one was killed)\b", text):
        killed = 0
    lives = re.search(
        r"\b(?:claimed|cost|took) (?:at least |more than |over )?(\d+) lives\b", _normalise(text)
    )
    if lives:
        killed = int(lives.group(1))  # "the blast claimed 30 lives"
    for token in tokens:
        if token.i in exclude:
            continue
        lemma = token.lemma_.lower()
        if lemma == "killing" and token.pos_ == "NOUN" and not killed:
            # "the killing of 12 villagers"
            killed = next(
                (
                    count
                    for prep in token.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for obj in prep.children
                    if obj.dep_ == "pobj" and (count := _count_of(obj)) is not None
                ),
                None,
            )
        elif token.lower_ in ("dead",) or lemma in _KILL:
            count = _victim_count(token)
            if count is None and token.lower_ == "dead":
                # "left 9 dead"
                count = next(
                    (
                        v
                        for c in token.children
                        if c.dep_ == "nummod" and (v := number_value(c.text)) is not None
                    ),
                    None,
                )
            if count is None and token.lower_ == "dead" and token.dep_ in ("amod", "oprd", "acomp"):
                count = (
                    _count_of(token.head)
                    if token.head.pos_ in ("NOUN", "NUM", "PRON", "PROPN")
                    else None
                )
                if count is None and token.head.pos_ == "VERB":
                    # "were found dead", "shot three dead"; not the attack that "left" them
                    deps = (
                        ("nsubjpass", "dobj")
                        if token.head.lemma_ == "leave"
                        else ("nsubjpass", "dobj", "nsubj")
                    )
                    for child in token.head.children:
                        if child.dep_ in deps:
                            count = _count_of(child)
            if count is not None and not killed:
                killed = count
        elif lemma in _WOUND:
            count = _victim_count(token)
            if count is None and token.dep_ == "conj":
                # "31 civilians had been killed and 57 wounded"
                for child in token.children:
                    if (
                        child.dep_ in ("nsubj", "nsubjpass", "dobj")
                        and (v := _count_of(child)) is not None
                    ):
                        count = v
                if count is None and any(
                    c.lower_ == "many"
                    and c.i > 0
                    and c.nbor(-1).lower_ == "as"
                    and (c.i + 1 >= len(c.doc) or c.nbor(1).lower_ != "as")
                    for c in token.children
                ):
                    # "five soldiers were killed and as many injured": the same number
                    count = _victim_count(token.head)
                if count is None:
                    left = token.nbor(-1) if token.i > tokens.start else None
                    if left is not None and (v := number_value(left.text)) is not None:
                        count = v
            if count is not None and not injured:
                injured = count
    toll = death_toll(tokens.text)
    if toll is not None:
        killed = max(killed or 0, toll)
    if killed is None and injured is None:
        return None
    return Casualties(killed, injured)


def merge_casualties(old: Casualties | None, new: Casualties | None) -> Casualties | None:
    """Fill the counts one report lacks from another; of two counts, the larger.

    Tolls rise as bodies are found ("killing at least 32 ... the toll rose to
    37"), and a part ("among them 13 soldiers") is smaller than the whole.

    Examples
    --------
    >>> merge_casualties(Casualties(5, None), Casualties(None, 6))
    Casualties(killed=5, injured=6)
    >>> merge_casualties(Casualties(32, 63), Casualties(37, None))
    Casualties(killed=37, injured=63)
    """
    if old is None or new is None:
        return old or new
    return Casualties(_larger(old.killed, new.killed), _larger(old.injured, new.injured))


def _larger(a: int | None, b: int | None) -> int | None:
    if a is None or b is None:
        return a if b is None else b
    return max(a, b)
