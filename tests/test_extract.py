"""Running extraction over many documents: worker processes, early stops, errors."""

from __future__ import annotations

import multiprocessing

import pytest

from eventgraph.errors import InputError
from eventgraph.extract import extract, resolve_jobs
from eventgraph.records import Document

_SENTENCES = [
    "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.",
    "Emmanuel Macron spoke by phone with Olaf Scholz on Tuesday.",
    "The Security Council voted on a resolution on Friday.",
    "Hamas attacked Israel on 7 October 2023, killing 1,200 people.",
]


def _documents(n: int) -> list[Document]:
    return [Document(f"d{i:02d}", _SENTENCES[i % len(_SENTENCES)]) for i in range(n)]


def _summary(results) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(d.id, [(e.id, e.type) for e in events]) for d, events in results]


@pytest.mark.parametrize(("jobs", "expected"), [(1, 1), (3, 3), (None, None), (0, None)])
def test_extract_resolve_jobs(jobs: int | None, expected: int | None) -> None:
    assert resolve_jobs(jobs) == (expected or multiprocessing.cpu_count())


def test_extract_workers_give_the_events_of_one_process_in_input_order(nlp) -> None:
    documents = _documents(20)
    alone = _summary(extract(documents, jobs=1, batch_size=4))
    assert [doc_id for doc_id, _ in alone] == [d.id for d in documents]
    assert any(events for _, events in alone)
    assert _summary(extract(documents, jobs=2, batch_size=4)) == alone


def test_extract_stopping_early_leaves_no_worker_behind(nlp) -> None:
    results = extract(_documents(40), jobs=2, batch_size=2)
    next(results)
    results.close()
    assert multiprocessing.active_children() == []


def test_extract_workers_report_documents_over_the_time_limit(nlp) -> None:
    errors: list[InputError] = []
    results = list(
        extract(_documents(20), jobs=2, batch_size=4, time_limit=1e-6, on_error=errors.append)
    )
    assert results == []
    assert sorted(error.source for error in errors) == sorted(d.id for d in _documents(20))
    assert multiprocessing.active_children() == []
