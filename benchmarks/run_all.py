"""Run every speed benchmark (what ``make bench`` runs) and collect the figures.

Each benchmark runs in its own process, one after the other (so one's memory
does not weigh on the next), writes its figures as JSON under ``out/bench/``,
and prints a Markdown table; this script prints them all and writes them to
``out/bench/results.md``. ``benchmarks/RESULTS.md`` records a full run by hand,
with the machine and how it was run.

Usage::

    python benchmarks/run_all.py            # full sizes: about an hour on 2 cores
    python benchmarks/run_all.py --quick    # small sizes: a few minutes
    python benchmarks/run_all.py --only extract,sparql
    make bench                              # the full run
    make bench BENCH_ARGS=--quick
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
OUT = BENCH.parent / "out" / "bench"

#: Script and arguments of each benchmark: full sizes, then quick sizes.
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "extract": (
        "bench_extract.py",
        ["--n", "500", "--jobs", "1,2", "--repeat", "1", "--scales", "1,4,16", "--scale-n", "100"],
        ["--n", "40", "--jobs", "1,2", "--repeat", "1", "--scales", "1,2"],
    ),
    "ingest": (
        "bench_ingest.py",
        ["--n", "500", "--repeat", "2"],
        ["--n", "60", "--repeat", "1"],
    ),
    "memory": (
        "bench_memory.py",
        ["--sizes", "500,2000,5000", "--jobs", "2"],
        ["--sizes", "40,160", "--jobs", "2"],
    ),
    # The project's store at 100k events (about 6M quads), alone: rdflib holds
    # that much in 7 GB of memory and takes minutes per query.
    "sparql": (
        "bench_sparql.py",
        ["--reuse", "--no-rdflib", "--repeat", "15"],
        [
            "--reuse",
            "--no-rdflib",
            "--events",
            "5000",
            "--actors",
            "500",
            "--documents",
            "1000",
            "--repeat",
            "5",
        ],
    ),
    # The ratio to rdflib in memory, same run, at 20k events (about 1.2M quads).
    "sparql_rdflib": (
        "bench_sparql.py",
        [
            "--reuse",
            "--events",
            "20000",
            "--actors",
            "1000",
            "--documents",
            "4000",
            "--repeat",
            "9",
            "--rdflib-timeout",
            "120",
        ],
        [
            "--reuse",
            "--events",
            "5000",
            "--actors",
            "500",
            "--documents",
            "1000",
            "--repeat",
            "5",
            "--rdflib-timeout",
            "30",
        ],
    ),
    "analysis": (
        "bench_analysis.py",
        [],
        [
            "--events",
            "5000",
            "--actors",
            "500",
            "--documents",
            "1000",
            "--viz-sizes",
            "500",
            "--no-exact",
        ],
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every speed benchmark.")
    parser.add_argument("--quick", action="store_true", help="small sizes, a few minutes")
    parser.add_argument(
        "--only", default="", help=f"comma-separated subset of {','.join(BENCHMARKS)}"
    )
    args = parser.parse_args(argv)
    chosen = [name for name in args.only.split(",") if name] or list(BENCHMARKS)
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    OUT.mkdir(parents=True, exist_ok=True)
    report = [f"# eventgraph benchmarks ({'quick' if args.quick else 'full'} run)\n"]
    failed = []
    for name in chosen:
        script, full, quick = BENCHMARKS[name]
        command = [sys.executable, str(BENCH / script), *(quick if args.quick else full)]
        command += ["--json", str(OUT / f"{name}.json")]
        print(f"\n$ {' '.join(command[1:])}", flush=True)
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
        seconds = time.perf_counter() - start
        print(done.stdout, flush=True)
        report.append(
            f"\n`{' '.join(Path(c).name if c.endswith('.py') else c for c in command[1:])}`"
            f" ({seconds:.0f} s)\n\n{done.stdout}"
        )
        if done.returncode != 0:
            failed.append(name)
            print(f"{name} failed with status {done.returncode}", file=sys.stderr)
    name = "results.md" if not args.only else f"results-{'-'.join(chosen)}.md"
    (OUT / name).write_text("\n".join(report), encoding="utf-8")
    print(f"\nwrote {OUT / name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
