"""Statement subtypes: criticism, appeal, support, denial, threat or claim.

The speech verb decides first ("condemned" is criticism, "urged" an appeal,
"warned" a threat; see the ``subtype`` column of ``triggers.tsv``). A neutral
verb ("said", "told", "wrote") takes the subtype of the cue words in what
was said (``subtype_cues.tsv``), and ``claim`` when none is there. Mixed
content on one occasion keeps the dominant subtype: :func:`dominant`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

__all__ = ["content_subtype", "dominant", "load_cues"]

#: Modals of obligation: a negated act after them is demanded, not denied.
_OBLIGATION = frozenset(["should", "must", "ought"])
#: Which subtype wins when one occasion mixes several (strongest first).
_PRIORITY = ("threat", "denial", "criticism", "appeal", "support", "claim")


@lru_cache(maxsize=1)
def load_cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Cue lemma sequences and their subtype, longest first.

    Examples
    --------
    >>> (("should",), "appeal") in load_cues()
    True
    """
    text = resources.files(__package__).joinpath("subtype_cues.tsv").read_text(encoding="utf-8")
    cues = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cue, subtype = line.split("\t")
            cues.append((tuple(cue.split()), subtype))
    return tuple(sorted(cues, key=lambda c: -len(c[0])))


def _content_tokens(verb: Token) -> list[Token]:
    """The words a speech verb governs: its complement, object and quote."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in (
            "ccomp",
            "dobj",
            "xcomp",
            "advcl",
            "oprd",
            "prep",
            "parataxis",
            "dative",
            "conj",
            "acomp",
        ):
            if child.dep_ == "conj" and child.pos_ == "VERB":
                continue
            out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def content_subtype(verb: Token, extra: Iterable[Token] = ()) -> str | None:
    """The subtype the content of a speech verb implies, or None for a plain claim.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("She said the move was illegal.")
    >>> content_subtype(doc[1])
    'criticism'
    >>> content_subtype(load_nlp()("He said the talks went on.")[1]) is None
    True
    >>> content_subtype(load_nlp()("He said Israel should not target oil sites.")[1])
    'appeal'
    """
    # quotation marks and commas do not break a cue: 'stood "firmly with Ukraine"'
    tokens = [t for t in _content_tokens(verb) + list(extra) if not (t.is_quote or t.text == ",")]
    words = [t.lemma_.lower() for t in tokens]
    lowers = [t.lower_ for t in tokens]
    # Where each cue first occurs (as lemmas or as words); only the cues that
    # start with the word at hand are tried, not every cue at every word.
    first: dict[tuple[tuple[str, ...], str], int] = {}
    by_word = _cues_by_first_word()
    for i, (word, lower) in enumerate(zip(words, lowers, strict=True)):
        for start in {word, lower}:
            for cue, subtype in by_word.get(start, ()):
                if (cue, subtype) in first:
                    continue
                n = len(cue)
                if tuple(words[i : i + n]) == cue or tuple(lowers[i : i + n]) == cue:
                    first[(cue, subtype)] = i
    found: list[str] = []
    for (_cue, subtype), i in first.items():
        negated = any(w in ("not", "n't", "never", "no") for w in lowers[max(0, i - 2) : i])
        if subtype == "support" and negated:
            continue
        if subtype == "denial" and any(w in _OBLIGATION for w in lowers[max(0, i - 2) : i]):
            continue  # "Israel should not target oil facilities": an appeal, not a denial
        found.append(subtype)
    return dominant(found) if found else None


@lru_cache(maxsize=1)
def _cues_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """:func:`load_cues` indexed by the cue's first word."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for cue, subtype in load_cues():
        index.setdefault(cue[0], []).append((cue, subtype))
    return {word: tuple(cues) for word, cues in index.items()}


def dominant(subtypes: Iterable[str | None]) -> str:
    """The subtype that wins among several said on one occasion.

    Examples
    --------
    >>> dominant(["claim", "appeal", "criticism"])
    'criticism'
    >>> dominant([None])
    'claim'
    """
    present = {s for s in subtypes if s}
    for subtype in _PRIORITY:
        if subtype in present:
            return subtype
    return "claim"
