"""Per-document bounds: a document over the length or time limit is reported by name, the batch goes on."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from pathlib import Path

import pytest

from eventgraph.cli import main
from eventgraph.errors import InputError
from eventgraph.extract import extract
from eventgraph.limits import MAX_DOCUMENT_CHARS, check_length, document_source, within_time
from eventgraph.records import Document
from eventgraph.store import Store

# About 1,000 characters: tens of milliseconds of extraction rules, far above 1 ms.
REPORT = (
    "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi "
    "on Monday, the Kremlin said. Erdogan later called Putin to discuss the grain deal. "
) * 6


def test_limits_within_time_stops_a_slow_body() -> None:
    started = time.monotonic()
    with pytest.raises(InputError) as caught, within_time(0.1, source="news/slow.txt"):
        time.sleep(5)
    assert time.monotonic() - started < 4  # stopped at 0.1 s, not after the 5 s sleep
    assert caught.value.source == "news/slow.txt"
    assert "extraction stopped after 0.1 s" in caught.value.reason


def test_limits_within_time_is_not_swallowed_by_except_exception() -> None:
    with pytest.raises(InputError), within_time(0.05, source="d"):
        with contextlib.suppress(Exception):  # what a careless stage might do
            time.sleep(5)
        time.sleep(5)


@pytest.mark.parametrize("seconds", [None, 0, 5.0])
def test_limits_within_time_lets_fast_or_unbounded_bodies_finish(seconds: float | None) -> None:
    with within_time(seconds, source="d"):
        time.sleep(0.01)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no alarm left behind


def test_limits_within_time_restores_the_previous_handler() -> None:
    def mine(signum, frame):  # pragma: no cover - never fires
        raise AssertionError

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with within_time(1.0, source="d"):
            pass
        with pytest.raises(InputError), within_time(0.01, source="d"):
            time.sleep(1)
        assert signal.getsignal(signal.SIGALRM) is mine
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_limits_within_time_outside_the_main_thread_runs_unbounded() -> None:
    outcome: list[str] = []

    def body() -> None:
        with within_time(0.01, source="d"):
            time.sleep(0.1)
        outcome.append("finished")

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    assert outcome == ["finished"]


@pytest.mark.parametrize(
    ("document", "source"),
    [
        (Document("a1", "x", path="news/a1.txt"), "news/a1.txt (a1)"),
        (Document("a1", "x", path="a1"), "a1"),
        (Document("feed-3", "x", path="feed.jsonl"), "feed.jsonl (feed-3)"),
        (Document("a1", "x"), "a1"),
    ],
)
def test_limits_document_source(document: Document, source: str) -> None:
    assert document_source(document) == source


@pytest.mark.parametrize(
    ("length", "refused"), [(MAX_DOCUMENT_CHARS - 1, False), (MAX_DOCUMENT_CHARS, False), (MAX_DOCUMENT_CHARS + 1, True)]
)
def test_limits_check_length_boundary(length: int, refused: bool) -> None:
    error = check_length(Document("d", "x" * length))
    assert (error is not None) == refused


def test_limits_extract_time_limit_reports_each_document_and_goes_on() -> None:
    documents = [Document(f"r{n}", REPORT, path=f"news/r{n}.txt") for n in range(3)]
    expected = {d.id: events for d, events in extract(documents, jobs=1)}  # also warms the caches
    assert all(expected.values())

    errors: list[InputError] = []
    results = list(extract(documents, jobs=1, time_limit=0.001, on_error=errors.append))
    assert results == []
    assert [e.source for e in errors] == [f"news/r{n}.txt (r{n})" for n in range(3)]
    assert all("extraction stopped after 0.001 s" in e.reason for e in errors)

    # stopping mid-document leaves no state behind: the same documents give the same events
    assert {d.id: events for d, events in extract(documents, jobs=1)} == expected


def test_limits_cli_extract_and_ingest_time_limit(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(2):
        (folder / f"r{n}.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "db"

    code = main(["ingest", str(folder), "--store", str(db), "--jobs", "1", "--time-limit", "0.001"])
    err = capsys.readouterr().err
    assert code == 1
    for n in range(2):
        assert f"error: {folder}/r{n}.txt (r{n}): extraction stopped after 0.001 s" in err
    assert "ingested 0 document(s)" in err

    code = main(["ingest", str(folder), "--store", str(db), "--jobs", "1"])
    assert code == 0, capsys.readouterr().err
    with Store(db, read_only=True) as store:
        assert store.documents() == ["r0", "r1"]


def test_limits_cli_extract_refuses_long_document(tmp_path: Path, capsys) -> None:
    long = tmp_path / "long.txt"
    long.write_text("word " * (MAX_DOCUMENT_CHARS // 5 + 1), encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("Putin met Erdogan in Sochi on Monday.", encoding="utf-8")
    code = main(["extract", str(long), str(short), "--jobs", "1", "-f", "jsonl"])
    captured = capsys.readouterr()
    assert code == 1
    assert f"error: {long} (long): document is {MAX_DOCUMENT_CHARS + 5:,} characters long" in captured.err
    assert '"doc": "short"' in captured.out


def test_limits_cli_explain_refuses_long_document(tmp_path: Path, capsys) -> None:
    long = tmp_path / "long.txt"
    long.write_text("word " * (MAX_DOCUMENT_CHARS // 5 + 1), encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("Putin met Erdogan in Sochi on Monday.", encoding="utf-8")
    code = main(["extract", str(long), str(short), "--explain"])
    captured = capsys.readouterr()
    assert code == 1
    assert f"error: {long} (long): document is {MAX_DOCUMENT_CHARS + 5:,} characters long" in captured.err
    assert "== short: 1 events" in captured.out
