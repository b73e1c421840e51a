"""Score eventgraph's temporal tagger on TempEval-3 platinum, the TempEval-3 Task A way.

Usage::

    .venv/bin/python benchmarks/tempeval3.py [--no-parse] [--errors]

Reads ``../shared/benchmarks/tempeval3-platinum`` (gold ``*.tml`` and the
system input ``*.TE3input``, matched by DOCID), tags each input TEXT with
its DCT and prints strict and relaxed extraction P/R/F1, type and value
accuracy over relaxed matches, and type/value F1 (= relaxed F1 x accuracy).

TempEval-3 platinum is a test set: rules are tuned on MEANTIME
(``benchmarks/meantime_timex.py``), never on these documents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TE3 = ROOT.parent / "shared" / "benchmarks" / "tempeval3-platinum"


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldDoc:
    id: str
    dct: dt.date | None
    text: str
    timexes: tuple[GoldTimex, ...]


_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def strip_inline(xml: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text of inline-annotated TimeML TEXT, with the TIMEX3 spans in it."""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    spans = []
    position = 0
    for match in _TAG.finditer(xml):
        chunk = html.unescape(xml[position : match.start()])
        out.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name, attrs, selfclosing = match.groups()
        if name != "TIMEX3" or selfclosing:
            continue
        if closing:
            start, attributes = open_timex.pop()
            spans.append((start, length, attributes))
        else:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
    out.append(html.unescape(xml[position:]))
    return "".join(out), spans


def _dct(xml: str) -> dt.date | None:
    match = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", xml, re.S)
    return dt.date.fromisoformat(match[1]) if match else None


def load_tempeval(folder: Path = TE3) -> list[GoldDoc]:
    """Gold documents of TempEval-3 platinum, text taken from the system input."""
    inputs = {}
    for path in sorted((folder / "input").glob("*.TE3input")):
        xml = path.read_text(encoding="utf-8")
        docid = re.search(r"<DOCID>(.*?)</DOCID>", xml, re.S)[1].strip()  # type: ignore[index]
        inputs[docid] = xml
    docs = []
    for path in sorted((folder / "gold").glob("*.tml")):
        xml = path.read_text(encoding="utf-8")
        docid = re.search(r"<DOCID>(.*?)</DOCID>", xml, re.S)[1].strip()  # type: ignore[index]
        body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)[1]  # type: ignore[index]
        text, spans = strip_inline(body)
        input_body = re.search(r"<TEXT>(.*?)</TEXT>", inputs[docid], re.S)[1]  # type: ignore[index]
        input_text, _ = strip_inline(input_body)
        if input_text != text:
            raise SystemExit(f"{docid}: input TEXT differs from gold TEXT")
        timexes = tuple(
            GoldTimex(s, e, text[s:e], a.get("type", ""), a.get("value", "")) for s, e, a in spans
        )
        docs.append(GoldDoc(docid, _dct(xml), text, timexes))
    return docs


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict_gold: int = 0
    strict_system: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    type_correct: int = 0
    value_correct: int = 0
    seconds: float = 0.0

    def prf(self, kind: str) -> tuple[float, float, float]:
        tp_system = getattr(self, f"{kind}_system")
        tp_gold = getattr(self, f"{kind}_gold")
        p = tp_system / self.system if self.system else 0.0
        r = tp_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed_gold if self.relaxed_gold else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed_gold if self.relaxed_gold else 0.0


def score_document(
    gold: Iterable[GoldTimex], system: Iterable, scores: Scores, errors: list | None = None
) -> None:
    """Add one document's counts to ``scores`` (TE3: relaxed = any character overlap)."""
    gold = list(gold)
    system = list(system)
    scores.gold += len(gold)
    scores.system += len(system)
    scores.strict_gold += sum(
        any(s.start == g.start and s.end == g.end for s in system) for g in gold
    )
    scores.strict_system += sum(
        any(s.start == g.start and s.end == g.end for g in gold) for s in system
    )
    scores.relaxed_system += sum(
        any(s.start < g.end and g.start < s.end for g in gold) for s in system
    )
    for g in gold:
        overlapping = [s for s in system if s.start < g.end and g.start < s.end]
        if not overlapping:
            if errors is not None:
                errors.append(("missed", g.text, g.type, g.value, "", "", ""))
            continue
        scores.relaxed_gold += 1
        best = max(overlapping, key=lambda s: min(s.end, g.end) - max(s.start, g.start))
        scores.type_correct += best.type == g.type
        scores.value_correct += best.value == g.value
        if errors is not None and (best.value != g.value or best.type != g.type):
            errors.append(("wrong", g.text, g.type, g.value, best.text, best.type, best.value))
    if errors is not None:
        for s in system:
            if not any(s.start < g.end and g.start < s.end for g in gold):
                errors.append(("spurious", "", "", "", s.text, s.type, s.value))


def table(name: str, scores: Scores) -> str:
    """The TE3 Task A table as Markdown."""
    sp, sr, sf = scores.prf("strict")
    rp, rr, rf = scores.prf("relaxed")
    rows = [
        f"| {name} | P | R | F1 |",
        "|---|---|---|---|",
        f"| strict extent | {sp:.4f} | {sr:.4f} | {sf:.4f} |",
        f"| relaxed extent | {rp:.4f} | {rr:.4f} | {rf:.4f} |",
        "",
        "| normalisation | accuracy | F1 (= relaxed F1 x accuracy) |",
        "|---|---|---|",
        f"| type | {scores.type_accuracy:.4f} | {rf * scores.type_accuracy:.4f} |",
        f"| value | {scores.value_accuracy:.4f} | {rf * scores.value_accuracy:.4f} |",
        "",
        f"gold {scores.gold}, system {scores.system}, tagging time {scores.seconds:.2f} s",
    ]
    return "\n".join(rows)


def make_tagger(parse: bool) -> Callable[[str, dt.date | None], list]:
    """The tagger under test: ``tag_doc`` over the spaCy parse, or text-only ``tag``."""
    from eventgraph.timex import tag, tag_doc

    if not parse:
        return tag
    from eventgraph.nlp import load_nlp

    nlp = load_nlp()
    return lambda text, published: tag_doc(nlp(text), published)


def evaluate(docs: list[GoldDoc], tagger: Callable, errors: list | None = None) -> Scores:
    scores = Scores()
    for doc in docs:
        began = time.perf_counter()
        system = tagger(doc.text, doc.dct)
        scores.seconds += time.perf_counter() - began
        score_document(doc.timexes, system, scores, errors)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--no-parse", action="store_true", help="tag text only (tense guessed from words)"
    )
    args = parser.parse_args(argv)
    if not TE3.exists():
        print(f"{TE3} not found", file=sys.stderr)
        return 1
    from eventgraph import __version__

    docs = load_tempeval()
    scores = evaluate(docs, make_tagger(not args.no_parse))
    mode = "tag" if args.no_parse else "tag_doc"
    print(
        f"TempEval-3 platinum, {len(docs)} documents, eventgraph {__version__} ({mode}), {dt.date.today()}"
    )
    print()
    print(table("TempEval-3 Task A", scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
