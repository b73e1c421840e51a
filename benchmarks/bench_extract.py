"""Extraction throughput: the whole extraction against the bare spaCy pipeline.

Measures, on the synthetic corpus of ``corpus.py`` and in the same run:

* words/s of ``nlp.pipe`` alone, with the components and batch size that
  extraction uses, on the texts extraction parses (the body with its dateline
  blanked, :func:`eventgraph.extract.parse_text`): the parser's limit;
* words/s of :func:`eventgraph.extract.extract` (parsing + event extraction,
  what ``eventgraph extract`` runs), loading excluded (model, lexicons and
  gazetteer matchers are loaded by one warm-up document first);
* their ratio, with 1 and 2 processes (``--jobs``);
* extraction words/s at 1x, 4x and 16x the corpus (linearity), with the
  peak memory of this process and its workers (RSS and PSS summed; the
  documents are generated in memory beforehand, a few MB).

The two are run alternately ``--repeat`` times and the median of each is
reported, so that load from other processes on the machine hits both alike.

Usage::

    python benchmarks/bench_extract.py                  # 500 articles, 1 and 2 processes, 1x/4x/16x
    python benchmarks/bench_extract.py --n 60 --scales 1,2 --repeat 1   # quick
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import RssSampler, machine, table, write_json  # noqa: E402
from corpus import generate, words  # noqa: E402

from eventgraph.extract import (  # noqa: E402
    DEFAULT_BATCH_SIZE,
    extract,
    extraction_nlp,
    parse_text,
)
from eventgraph.records import Document  # noqa: E402


def bare_seconds(texts: list[str], *, jobs: int, batch_size: int) -> float:
    """Wall time of the bare ``nlp.pipe`` over the texts (model already loaded)."""
    nlp = extraction_nlp()
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=jobs):
        pass
    return time.perf_counter() - start


def warm_up() -> None:
    """Load the model and the extractor's lexicons and gazetteer matchers (not timed)."""
    document = Document("warm-up", "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.")
    for _ in extract([document], jobs=1):
        pass


def extract_seconds(documents: list[Any], *, jobs: int, batch_size: int) -> tuple[float, int]:
    """Wall time of the whole extraction over the documents, and the events found."""
    warm_up()  # model and lexicon loading excluded
    start = time.perf_counter()
    found = 0
    for _document, events in extract(documents, jobs=jobs, batch_size=batch_size):
        found += len(events)
    return time.perf_counter() - start, found


def compare(documents: list[Any], *, jobs: int, batch_size: int, repeat: int) -> dict[str, Any]:
    """Bare spaCy against extraction on the same documents, alternating runs."""
    texts = [parse_text(d.text) for d in documents]  # what extraction parses
    n_words = words(documents)
    bare, full, found = [], [], 0
    for _ in range(repeat):
        bare.append(bare_seconds(texts, jobs=jobs, batch_size=batch_size))
        seconds, found = extract_seconds(documents, jobs=jobs, batch_size=batch_size)
        full.append(seconds)
    bare_wps = n_words / statistics.median(bare)
    full_wps = n_words / statistics.median(full)
    return {
        "jobs": jobs,
        "batch_size": batch_size,
        "documents": len(documents),
        "words": n_words,
        "events": found,
        "bare_words_per_s": round(bare_wps),
        "extract_words_per_s": round(full_wps),
        "ratio": round(full_wps / bare_wps, 3),
        "bare_seconds": [round(s, 2) for s in bare],
        "extract_seconds": [round(s, 2) for s in full],
    }


def linearity(
    base: int, scales: list[int], *, jobs: int, batch_size: int, seed: int
) -> list[dict[str, Any]]:
    """Extraction words/s at several corpus sizes (one run each)."""
    rows = []
    for scale in scales:
        documents = generate(base * scale, seed=seed)
        with RssSampler() as sampler:
            seconds, found = extract_seconds(documents, jobs=jobs, batch_size=batch_size)
        n_words = words(documents)
        rows.append(
            {
                "scale": f"{scale}x",
                "jobs": jobs,
                "documents": len(documents),
                "words": n_words,
                "events": found,
                "seconds": round(seconds, 2),
                "extract_words_per_s": round(n_words / seconds),
                "peak_rss_mb": sampler.peak_mb,
                "peak_pss_mb": sampler.peak_pss_mb,
            }
        )
    first = rows[0]["extract_words_per_s"] if rows else 0
    for row in rows:
        row["relative_to_1x"] = round(row["extract_words_per_s"] / first, 3)
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description="Extraction throughput against bare spaCy.")
    parser.add_argument("--n", type=int, default=500, help="articles in the 1x corpus")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", default="1,2", help="process counts to compare (default 1,2)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each")
    parser.add_argument("--scales", default="1,4,16", help="corpus multiples for linearity")
    parser.add_argument("--scale-jobs", type=int, default=2, help="processes for linearity runs")
    parser.add_argument(
        "--scale-n", type=int, default=None, help="articles in the 1x corpus of the linearity runs"
    )
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args(argv)

    documents = generate(args.n, seed=args.seed)
    extraction_nlp()
    ratios = [
        compare(documents, jobs=int(jobs), batch_size=args.batch_size, repeat=args.repeat)
        for jobs in args.jobs.split(",")
    ]
    scales = [int(s) for s in args.scales.split(",") if s]
    rows = linearity(
        args.scale_n or args.n,
        scales,
        jobs=args.scale_jobs,
        batch_size=args.batch_size,
        seed=args.seed,
    )
    nlp = extraction_nlp()
    result = {
        "machine": machine(),
        "pipeline": list(nlp.pipe_names),
        "ratio": ratios,
        "linearity": rows,
    }
    print(f"## Extraction throughput (pipeline: {', '.join(nlp.pipe_names)})\n")
    print(
        table(
            ratios,
            [
                "jobs",
                "batch_size",
                "documents",
                "words",
                "events",
                "bare_words_per_s",
                "extract_words_per_s",
                "ratio",
            ],
        )
    )
    print("\n## Linearity\n")
    print(table(rows))
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
