"""Ingest throughput: extracted events to the on-disk store, parsing excluded.

The synthetic articles of ``corpus.py`` are parsed and extracted once (not
timed); then the timed part writes them to a fresh on-disk store with
:meth:`eventgraph.store.Store.ingest`, which maps each document's events to
RDF (:func:`eventgraph.rdf.document_triples`) and stores one named graph per
document. Reported: documents/s of the whole write and of the mapping alone,
triples per document, the store's size on disk per 1,000 documents, and the
peak RSS of this process during the write. The size is taken twice: right
after the store is closed (with RocksDB's write-ahead log) and after one more
open and close (which deletes the log).

Usage::

    python benchmarks/bench_ingest.py             # 1,000 articles
    python benchmarks/bench_ingest.py --n 100     # quick
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import RssSampler, machine, table, write_json  # noqa: E402
from corpus import generate  # noqa: E402

from eventgraph.extract import extract  # noqa: E402
from eventgraph.rdf import document_triples  # noqa: E402
from eventgraph.store import Store, to_ntriples  # noqa: E402


def folder_bytes(path: Path) -> int:
    """Bytes of all files under a folder."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(pairs: list[tuple[Any, list[Any]]], work: Path, *, repeat: int) -> dict[str, Any]:
    """Time the mapping alone and the whole ingest into a fresh store, ``repeat`` times."""
    n = len(pairs)
    n_events = sum(len(events) for _, events in pairs)
    mapping, ingest = [], []
    triples = 0
    for _ in range(repeat):
        start = time.perf_counter()
        triples = sum(to_ntriples(document_triples(d, events)).count("\n") for d, events in pairs)
        mapping.append(time.perf_counter() - start)
    size = reopened = 0
    peak_mb = 0.0
    for i in range(repeat):
        path = work / f"store-{i}"
        shutil.rmtree(path, ignore_errors=True)
        with RssSampler() as sampler:
            start = time.perf_counter()
            with Store(path) as store:
                store.ingest(pairs)
            ingest.append(time.perf_counter() - start)
        peak_mb = max(peak_mb, sampler.peak_mb)
        size = folder_bytes(path)
        # RocksDB deletes the write-ahead log of a closed store on the next open.
        Store(path).close()
        reopened = folder_bytes(path)
        shutil.rmtree(path, ignore_errors=True)
    best_map, best_ingest = min(mapping), min(ingest)
    return {
        "documents": n,
        "events": n_events,
        "triples": triples,
        "triples_per_document": round(triples / n, 1),
        "mapping_documents_per_s": round(n / best_map, 1),
        "ingest_documents_per_s": round(n / best_ingest, 1),
        "ingest_events_per_s": round(n_events / best_ingest),
        "ingest_seconds": [round(s, 2) for s in ingest],
        "disk_mb_per_1000_documents": round(size / 2**20 * 1000 / n, 1),
        "disk_mb_per_1000_documents_reopened": round(reopened / 2**20 * 1000 / n, 1),
        "peak_rss_mb_during_ingest": peak_mb,
        "max_rss_mb_of_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description="Ingest throughput, parsing excluded.")
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=0, help="processes for the untimed extraction")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    documents = generate(args.n, seed=args.seed)
    pairs = [(d, events) for d, events in extract(documents, jobs=args.jobs)]
    with tempfile.TemporaryDirectory(prefix="eventgraph-bench-") as tmp:
        row = measure(pairs, Path(tmp), repeat=args.repeat)
    print("## Ingest: extracted events -> on-disk store, one process, parsing excluded\n")
    print(
        table(
            [row],
            [
                "documents",
                "events",
                "triples_per_document",
                "mapping_documents_per_s",
                "ingest_documents_per_s",
                "ingest_events_per_s",
                "disk_mb_per_1000_documents",
                "disk_mb_per_1000_documents_reopened",
                "peak_rss_mb_during_ingest",
            ],
        )
    )
    result = {"machine": machine(), "ingest": row}
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
