"""The held-out set: ten articles the extractor was not tuned on, scored by the project's scorer.

``tests/heldout`` holds ten wire-style articles written for this set and their
gold annotations (``gold.jsonl``, annotated by ``../shared/eval/GUIDELINES.md``
alone, without looking at extractor output). The score test is a regression
floor, not a target: it fails only when extraction falls well below what it
did when the set was made. Run it with ``-s`` to see every figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventgraph.evaluate import format_report, load_gold, score
from eventgraph.extract import extract
from eventgraph.loaders import iter_documents
from eventgraph.records import Document

HELDOUT = Path(__file__).resolve().parent / "heldout"
GOLD = HELDOUT / "gold.jsonl"
#: Loose F1 below this means extraction regressed badly on unseen documents.
LOOSE_F1_FLOOR = 0.5


@pytest.fixture(scope="module")
def gold_docs() -> list[dict[str, Any]]:
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def articles() -> list[Document]:
    documents = [item for item in iter_documents([HELDOUT]) if isinstance(item, Document)]
    assert len(documents) == len(list(HELDOUT.glob("*.txt")))
    return documents


def test_heldout_gold_has_one_record_per_article_with_its_publication_date(
    gold_docs: list[dict[str, Any]], articles: list[Document]
) -> None:
    published = {document.id: str(document.published) for document in articles}
    assert {record["doc"]: record["published"] for record in gold_docs} == published


def _named_actors(event: dict[str, Any]) -> list[str]:
    ballots = [ballot["actor"] for ballot in event.get("ballots", [])]
    return [*event["agents"], *event["targets"], *ballots, *event.get("sponsors", [])]


def test_heldout_gold_names_only_actors_of_its_entities_table(
    gold_docs: list[dict[str, Any]],
) -> None:
    unknown = [
        (record["doc"], event["id"], name)
        for record in gold_docs
        for event in record["events"]
        for name in _named_actors(event)
        if name not in record["entities"]
    ]
    assert unknown == []


def test_heldout_extraction_stays_above_the_loose_f1_floor(
    nlp: Any, gold_docs: list[dict[str, Any]], articles: list[Document]
) -> None:
    predictions = [
        event.to_json() for _document, events in extract(articles, jobs=1) for event in events
    ]
    report, _problems = score(gold_docs, predictions)
    figures = format_report(report)
    print(f"\nheld-out set ({HELDOUT}):\n{figures}")
    assert report.documents == len(articles)
    assert report.stray_pred_events == 0
    assert report.loose.f1 >= LOOSE_F1_FLOOR, figures
