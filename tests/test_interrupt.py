"""An ingest killed with SIGKILL midway loses nothing that a rerun does not restore.

`eventgraph ingest` of 200 short documents runs in a subprocess and is killed
right after its first transaction reaches the store's write-ahead log. The
store must then open, hold every document whole (its named graph exactly as a
clean ingest of the same document makes it) or not at all, and a rerun of the
same command must finish the rest, ending with the clean run's triple count.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventgraph.errors import StoreError
from eventgraph.extract import extract
from eventgraph.loaders import iter_documents
from eventgraph.records import Document
from eventgraph.store import Store

pytestmark = pytest.mark.slow  # two ingest subprocesses of 200 documents: 10-20 s

DOCUMENTS = 200
_PEOPLE = [
    "Vladimir Putin", "Recep Tayyip Erdogan", "Joe Biden", "Xi Jinping",
    "Emmanuel Macron", "Olaf Scholz", "Antonio Guterres", "Narendra Modi",
]
_PLACES = ["Sochi", "Ankara", "Paris", "Berlin", "Geneva", "Delhi", "Beijing"]


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    for n in range(DOCUMENTS):
        a, b = _PEOPLE[n % 8], _PEOPLE[(n * 3 + 1) % 8]
        if a == b:
            b = _PEOPLE[(n + 1) % 8]
        (folder / f"doc-{n:03d}.txt").write_text(
            f"---\nid: doc-{n:03d}\npublished: 2024-03-{n % 28 + 1:02d}\ntitle: Report {n}\n---\n"
            f"{a} met {b} in {_PLACES[n % 7]} on Monday. {b} later called {a}, the ministry said.",
            encoding="utf-8",
        )


def _graphs(store: Store) -> dict[str, set[tuple[str, str, str]]]:
    """Each named graph of the store as a set of triples."""
    graphs: dict[str, set[tuple[str, str, str]]] = {}
    for quad in store.quads():
        graphs.setdefault(str(quad.graph_name), set()).add(
            (str(quad.subject), str(quad.predicate), str(quad.object))
        )
    return graphs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("interrupt") / "docs"
    _write_corpus(folder)
    return folder


@pytest.fixture(scope="module")
def clean(corpus: Path) -> tuple[dict[str, set[tuple[str, str, str]]], int]:
    """The graphs and quad count of an uninterrupted ingest of the corpus (in memory)."""
    documents = [d for d in iter_documents([corpus]) if isinstance(d, Document)]
    assert len(documents) == DOCUMENTS
    with Store(None) as store:
        store.ingest(extract(documents, jobs=1))
        return _graphs(store), len(store)


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "eventgraph.cli", "ingest", str(corpus), "--store", str(db), "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wal_bytes(db: Path) -> int:
    return sum(path.stat().st_size for path in db.glob("*.log") if path.is_file())


def _kill(process: subprocess.Popen[bytes]) -> None:
    assert process.poll() is None, "the ingest finished before it could be interrupted"
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL


def _kill_when_store_opened(process: subprocess.Popen[bytes], db: Path, timeout: float = 60) -> None:
    """SIGKILL the ingest as soon as it has locked the store, before it writes anything."""
    deadline = time.monotonic() + timeout
    while not (db / "eventgraph.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.002)
    _kill(process)


def _kill_after_first_commit(process: subprocess.Popen[bytes], db: Path, timeout: float = 120) -> None:
    """SIGKILL the ingest once its write-ahead log holds a first batch of documents.

    A batch (64 short documents, about 4 MB of log) is written in one go; the
    next one comes after the next 64 documents are parsed, so killing once
    the log has stopped growing for a moment lands between two transactions.
    """
    deadline = time.monotonic() + timeout
    size, since = 0, time.monotonic()
    while time.monotonic() < deadline and process.poll() is None:
        now = _wal_bytes(db)
        if now != size:
            size, since = now, time.monotonic()
        elif size > 1_000_000 and time.monotonic() - since > 0.1:
            break
        time.sleep(0.005)
    _kill(process)


def test_interrupt_sigkill_leaves_whole_documents_and_rerun_completes(
    corpus: Path, clean: tuple[dict[str, set[tuple[str, str, str]]], int], tmp_path: Path
) -> None:
    clean_graphs, clean_quads = clean
    db = tmp_path / "db"

    # Killed before its first write: the folder is no store yet, and says so.
    _kill_when_store_opened(_ingest(corpus, db), db)
    try:
        with Store(db, read_only=True) as store:
            assert store.documents() == []
    except StoreError as error:
        assert f"no store at {db}" in str(error)

    # Killed between two transactions: whole documents only. On a busy machine the
    # kill can land inside a transaction instead (then nothing of it is kept): try again.
    stored: list[int] = []
    for _attempt in range(3):
        _kill_after_first_commit(_ingest(corpus, db), db)
        with Store(db, read_only=True) as store:  # the store opens after the crash
            stored_ids = store.documents()
            graphs = _graphs(store)
        assert len(graphs) == len(stored_ids)
        for graph, triples in graphs.items():
            # complete: the metadata and every event of the document, as a clean ingest has them
            assert triples == clean_graphs[graph], f"{graph} is incomplete after the kill"
        stored.append(len(stored_ids))
        if 0 < len(stored_ids) < DOCUMENTS:
            break
    assert 0 < stored[-1] < DOCUMENTS, f"no kill landed midway (documents kept: {stored})"

    # The same command again completes the rest.
    rerun = _ingest(corpus, db)
    _, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr.decode()
    assert f"ingested {DOCUMENTS} document(s)" in stderr.decode()
    with Store(db, read_only=True) as store:
        assert len(store.documents()) == DOCUMENTS
        assert len(store) == clean_quads
        assert _graphs(store) == clean_graphs
