"""Score the temporal tagger on MEANTIME (English), the development set for its rules.

Usage::

    .venv/bin/python benchmarks/meantime_timex.py [--no-parse] [--errors]

MEANTIME is tokenised CAT XML; the text is rebuilt from the tokens (spaces
between tokens, none before closing punctuation) and each TIMEX3 is mapped
to the characters of its anchor tokens. Documents without a valid DCT are
skipped. Scoring is the TempEval-3 Task A scoring of ``tempeval3.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tempeval3 import ROOT, GoldDoc, GoldTimex, evaluate, make_tagger, table  # noqa: E402

MEANTIME = ROOT.parent / "shared" / "benchmarks" / "meantime-en" / "intra_cross-doc_annotation"
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "'s", "n't", "'", "%", "''"}
_NO_SPACE_AFTER = {"(", "$", "``", "#"}


def load_meantime(folder: Path = MEANTIME) -> list[GoldDoc]:
    docs = []
    for path in sorted(folder.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        pieces: list[str] = []
        offsets: dict[str, tuple[int, int]] = {}
        length = 0
        previous = ""
        last_sentence = None
        for token in root.iter("token"):
            word = token.text or ""
            sentence = token.get("sentence")
            if pieces:
                if sentence != last_sentence:
                    sep = "\n"
                elif word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
                    sep = ""
                else:
                    sep = " "
                pieces.append(sep)
                length += len(sep)
            offsets[token.get("t_id", "")] = (length, length + len(word))
            pieces.append(word)
            length += len(word)
            previous, last_sentence = word, sentence
        text = "".join(pieces)
        dct = None
        timexes = []
        for timex in root.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME":
                try:
                    dct = dt.date.fromisoformat(timex.get("value", "")[:10])
                except ValueError:
                    dct = None
                continue
            ids = [a.get("t_id", "") for a in timex.findall("token_anchor")]
            if not ids:
                continue
            start, end = offsets[ids[0]][0], offsets[ids[-1]][1]
            timexes.append(
                GoldTimex(
                    start, end, text[start:end], timex.get("type", ""), timex.get("value", "")
                )
            )
        if dct is None:
            continue
        docs.append(GoldDoc(path.stem, dct, text, tuple(timexes)))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-parse", action="store_true", help="tag text only")
    parser.add_argument("--errors", action="store_true", help="list misses and wrong values")
    args = parser.parse_args(argv)
    from eventgraph import __version__

    docs = load_meantime()
    errors: list = []
    scores = evaluate(docs, make_tagger(not args.no_parse), errors if args.errors else None)
    mode = "tag" if args.no_parse else "tag_doc"
    print(
        f"MEANTIME English, {len(docs)} documents with a DCT, eventgraph {__version__} ({mode}), {dt.date.today()}"
    )
    print()
    print(table("MEANTIME timex", scores))
    if args.errors:
        print()
        for row in errors:
            print(" | ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
