"""Practice sets: articles written for one kind of hard case, each with its own gold.

Each directory under ``tests/practice`` holds articles (``*.txt``) and a
``gold.jsonl`` annotated from ``../shared/eval/GUIDELINES.md`` alone, before
extraction was run on them. They were written to find and fix general error
classes (unfamiliar vote wording, attacks, meetings, actor resolution), so the
rules were tuned on them: their figures are not an estimate for unseen text.
The test is a regression floor per set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventgraph.evaluate import format_report, load_gold, score
from eventgraph.extract import extract
from eventgraph.loaders import iter_documents
from eventgraph.records import Document

PRACTICE = Path(__file__).resolve().parent / "practice"
SETS = sorted(path.parent for path in PRACTICE.glob("*/gold.jsonl"))
#: Loose F1 below this means extraction regressed badly on a practice set.
LOOSE_F1_FLOOR = 0.6


@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_practice_set_gold_matches_its_articles(folder: Path) -> None:
    gold = load_gold(folder / "gold.jsonl")
    articles = [item for item in iter_documents([folder]) if isinstance(item, Document)]
    assert {record["doc"]: record["published"] for record in gold} == {
        document.id: str(document.published) for document in articles
    }
    for record in gold:
        for event in record["events"]:
            ballots = [ballot["actor"] for ballot in event.get("ballots", [])]
            for name in [*event["agents"], *event["targets"], *ballots]:
                assert name in record["entities"], (record["doc"], event["id"], name)


@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_practice_set_extraction_stays_above_the_loose_f1_floor(nlp: Any, folder: Path) -> None:
    articles = [item for item in iter_documents([folder]) if isinstance(item, Document)]
    predictions = [
        event.to_json() for _document, events in extract(articles, jobs=1) for event in events
    ]
    report, _problems = score(load_gold(folder / "gold.jsonl"), predictions)
    figures = format_report(report)
    print(f"\npractice set {folder.name}:\n{figures}")
    assert report.documents == len(articles)
    assert report.loose.f1 >= LOOSE_F1_FLOOR, figures
