"""Peak memory of ``eventgraph extract`` and ``eventgraph ingest`` on growing batches.

Each command runs as a subprocess on a folder of N synthetic articles
(``corpus.py``); the resident memory of the command and all its worker
processes is summed and sampled every 50 ms. Streaming means the peak does not
grow with N: the table shows the peak at each N and its growth from the
smallest batch.

Memory is not affected by other processes' CPU load, so this benchmark can run
while the machine is busy.

Usage::

    python benchmarks/bench_memory.py                       # 500, 2000, 5000 articles
    python benchmarks/bench_memory.py --sizes 50,200 --jobs 1   # quick
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import eventgraph_command, machine, run_measured, table, write_json  # noqa: E402
from corpus import iter_corpus, write_corpus  # noqa: E402


def _has_command(name: str) -> bool:
    result = subprocess.run(
        [*eventgraph_command(), name, "--help"], capture_output=True, text=True, check=False
    )
    return result.returncode == 0


def measure(
    sizes: list[int], *, jobs: int, seed: int, work: Path, commands: list[str]
) -> list[dict[str, Any]]:
    """Peak RSS and wall time of extract and ingest at each batch size."""
    rows = []
    commands = [c for c in commands if _has_command(c)]
    for size in sizes:
        folder = write_corpus(list(iter_corpus(size, seed=seed)), work / f"corpus-{size}")
        for command in commands:
            if command == "extract":
                argv = [*eventgraph_command(), "extract", str(folder), "--format", "jsonl"]
            else:
                store = work / f"store-{size}"
                shutil.rmtree(store, ignore_errors=True)
                argv = [*eventgraph_command(), "ingest", str(folder), "--store", str(store)]
            argv += ["--jobs", str(jobs)]
            with open(work / f"{command}-{size}.out", "wb") as out:
                figures = run_measured(argv, stdout=out, stderr=subprocess.DEVNULL)
            rows.append(
                {
                    "command": f"eventgraph {command}",
                    "jobs": jobs,
                    "documents": size,
                    "seconds": figures["seconds"],
                    "documents_per_s": round(size / figures["seconds"], 1),
                    "peak_rss_mb": figures["peak_rss_mb"],
                    "peak_pss_mb": figures["peak_pss_mb"],
                    "largest_process_rss_mb": figures["peak_single_rss_mb"],
                }
            )
        shutil.rmtree(folder, ignore_errors=True)
    for command in commands:
        own = [r for r in rows if r["command"] == f"eventgraph {command}"]
        for row in own:
            row["pss_growth_vs_smallest"] = round(row["peak_pss_mb"] / own[0]["peak_pss_mb"], 3)
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description="Peak RSS of extract and ingest on growing batches."
    )
    parser.add_argument("--sizes", default="500,2000,5000", help="articles per batch")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--commands", default="extract,ingest")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="eventgraph-bench-") as tmp:
        rows = measure(
            sizes, jobs=args.jobs, seed=args.seed, work=Path(tmp), commands=args.commands.split(",")
        )
    print(
        "## Peak RSS on growing batches (process tree: RSS summed, PSS summed, largest process)\n"
    )
    print(table(rows))
    result = {"machine": machine(), "memory": rows}
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
