"""Two processes on one store: the second is told "store is in use"; nothing is corrupted."""

from __future__ import annotations

import fcntl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventgraph.extract import extract
from eventgraph.loaders import iter_documents
from eventgraph.records import Document
from eventgraph.store import Store

pytestmark = pytest.mark.slow  # four CLI subprocesses, each loading spaCy: ~15 s

_PAIRS = [
    ("Vladimir Putin", "Recep Tayyip Erdogan"), ("Joe Biden", "Xi Jinping"),
    ("Emmanuel Macron", "Olaf Scholz"), ("Antonio Guterres", "Narendra Modi"),
]


def _corpus(folder: Path, prefix: str, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        a, b = _PAIRS[n % 4]
        (folder / f"{prefix}-{n:03d}.txt").write_text(
            f"---\nid: {prefix}-{n:03d}\npublished: 2024-05-{n % 28 + 1:02d}\n---\n"
            f"{a} met {b} in Geneva on Monday. {b} called {a} on Friday, officials said.",
            encoding="utf-8",
        )
    return folder


def _cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "eventgraph.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _locked(db: Path) -> bool:
    """Whether another process holds the store's lock."""
    try:
        with open(db / "eventgraph.lock", "ab") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle, fcntl.LOCK_UN)
            return False
    except FileNotFoundError:
        return False


def _wait_for_lock(process: subprocess.Popen[bytes], db: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not _locked(db):
        assert process.poll() is None, process.communicate()[1].decode()
        assert time.monotonic() < deadline, "the first ingest never locked the store"
        time.sleep(0.01)


def _clean_graphs(folders: list[Path]) -> dict[str, set[tuple[str, str, str]]]:
    documents = [d for d in iter_documents(folders) if isinstance(d, Document)]
    with Store(None) as store:
        store.ingest(extract(documents, jobs=1))
        return _graphs(store)


def _ids(folder: Path) -> list[str]:
    return [f"/doc/{path.stem}>" for path in folder.iterdir()]


def _graphs(store: Store) -> dict[str, set[tuple[str, str, str]]]:
    graphs: dict[str, set[tuple[str, str, str]]] = {}
    for quad in store.quads():
        graphs.setdefault(str(quad.graph_name), set()).add(
            (str(quad.subject), str(quad.predicate), str(quad.object))
        )
    return graphs


def test_concurrency_second_ingest_and_reader_are_told_store_in_use(tmp_path: Path) -> None:
    first = _corpus(tmp_path / "first", "a", 80)
    second = _corpus(tmp_path / "second", "b", 5)
    db = tmp_path / "db"

    writer = _cli("ingest", str(first), "--store", str(db), "--jobs", "1")
    _wait_for_lock(writer, db)
    intruder = _cli("ingest", str(second), "--store", str(db), "--jobs", "1")
    reader = _cli("timeline", "--store", str(db))
    _, intruder_err = intruder.communicate(timeout=120)
    _, reader_err = reader.communicate(timeout=120)
    assert writer.poll() is None, "the first ingest ended before the others tried: use more documents"

    for process, stderr in ((intruder, intruder_err), (reader, reader_err)):
        message = stderr.decode()
        assert process.returncode == 1, message
        assert "store is in use" in message
        assert "Traceback" not in message
        assert len(message.strip().splitlines()) == 1  # one clear line

    _, writer_err = writer.communicate(timeout=300)
    assert writer.returncode == 0, writer_err.decode()
    clean = _clean_graphs([first, second])
    with Store(db, read_only=True) as store:  # the refused processes changed nothing
        assert _graphs(store) == {g: t for g, t in clean.items() if g.endswith(tuple(_ids(first)))}

    again = _cli("ingest", str(second), "--store", str(db), "--jobs", "1")
    _, again_err = again.communicate(timeout=120)
    assert again.returncode == 0, again_err.decode()
    with Store(db, read_only=True) as store:
        assert _graphs(store) == clean


def test_concurrency_two_ingests_started_together_corrupt_nothing(tmp_path: Path) -> None:
    first = _corpus(tmp_path / "first", "a", 8)
    second = _corpus(tmp_path / "second", "b", 8)
    db = tmp_path / "db"
    db.mkdir()  # both race for the lock of one existing folder

    runs = [_cli("ingest", str(folder), "--store", str(db), "--jobs", "1") for folder in (first, second)]
    outcomes = [(run.communicate(timeout=120)[1].decode(), run.returncode) for run in runs]

    won = [folder for folder, (_, code) in zip((first, second), outcomes, strict=True) if code == 0]
    assert won, outcomes
    for message, code in outcomes:
        assert code == 0 or "store is in use" in message, message
    with Store(db, read_only=True) as store:
        assert _graphs(store) == _clean_graphs(won)
