"""Score extraction on every annotated set the project has, in one run.

Prints loose and strict F1 for the development corpus and seed (from
``../shared`` when it exists), ``tests/heldout`` and each ``tests/practice/<set>``.
Run it before committing a change to extraction: no line should go down.

    python scripts/scoreboard.py            # one line per set
    python scripts/scoreboard.py --full     # the scorer's full report per set
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventgraph.evaluate import format_report, load_gold, score
from eventgraph.extract import extract
from eventgraph.loaders import iter_documents
from eventgraph.records import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def annotated_sets() -> list[tuple[str, Path]]:
    """Name and folder of every set with a ``gold.jsonl`` next to its articles."""
    sets = [(name, SHARED / name) for name in ("dev", "seed")]
    sets.append(("heldout", ROOT / "tests" / "heldout"))
    sets += [
        (f"practice/{gold.parent.name}", gold.parent)
        for gold in sorted((ROOT / "tests" / "practice").glob("*/gold.jsonl"))
    ]
    return [(name, folder) for name, folder in sets if (folder / "gold.jsonl").exists()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="print the full report per set")
    args = parser.parse_args()
    for name, folder in annotated_sets():
        articles = [item for item in iter_documents([folder]) if isinstance(item, Document)]
        predictions = [
            event.to_json() for _doc, events in extract(articles, jobs=1) for event in events
        ]
        report, _problems = score(load_gold(folder / "gold.jsonl"), predictions)
        if args.full:
            print(f"== {name}\n{format_report(report)}")
        else:
            print(
                f"{name:24} loose F1 {report.loose.f1:.3f}  strict F1 {report.strict.f1:.3f}"
                f"  (gold {report.loose.tp + report.loose.fn}, predicted"
                f" {report.loose.tp + report.loose.fp})"
            )


if __name__ == "__main__":
    main()
