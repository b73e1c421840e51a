"""Graph analysis and pictures at scale: centrality, paths, ``eventgraph viz``.

Part 1 works on the store of ``bench_sparql.py`` (100k synthetic events, 5k
actors, 20k documents; built by that script, or here when missing): the
events are read back through SPARQL (:func:`eventgraph.analysis.events_from_store`,
what every graph command does), projected to the actor graph
(:func:`~eventgraph.analysis.actor_graph`), and timed through the project's
functions: PageRank, betweenness exact (every source) and sampled (256
sources, the default above 1,000 actors), and the shortest chain of events
between two actors (:func:`~eventgraph.analysis.event_path`).

Part 2 times the ``eventgraph viz`` command, as a user runs it, on stores of
500, 2,000 and 10,000 events, for both kinds of page, and reports the size of
the HTML written. ``viz`` draws at most ``--limit`` nodes (500 by default), so
it is also run with a limit above the graph's size.

Usage::

    python benchmarks/bench_analysis.py                     # full: exact betweenness takes minutes
    python benchmarks/bench_analysis.py --events 5000 --actors 500 --documents 1000 \\
        --viz-sizes 500 --no-exact                          # quick
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import eventgraph_command, machine, table, write_json  # noqa: E402
from bench_sparql import build_store, store_folder  # noqa: E402
from synthetic import synthetic_results  # noqa: E402

from eventgraph.analysis import (  # noqa: E402
    actor_centrality,
    actor_graph,
    event_path,
    events_from_store,
)
from eventgraph.store import Store  # noqa: E402


def _timed(function: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def analysis(path: Path, *, exact: bool) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Read the store's events, project the actor graph, time the algorithms."""
    rows = []
    with Store(path, read_only=True) as store:
        seconds, events = _timed(lambda: events_from_store(store, details=False))
    rows.append({"step": "events_from_store (SPARQL -> records)", "seconds": seconds})
    seconds, G = _timed(lambda: actor_graph(events))
    rows.append({"step": "actor_graph (records -> MultiGraph)", "seconds": seconds})
    seconds, _ = _timed(lambda: actor_centrality(G, metric="pagerank"))
    rows.append({"step": "actor_centrality pagerank", "seconds": seconds})
    seconds, _ = _timed(lambda: actor_centrality(G, metric="betweenness", k=256))
    rows.append({"step": "actor_centrality betweenness, 256 sampled sources", "seconds": seconds})
    if exact:
        n = G.number_of_nodes()
        seconds, _ = _timed(lambda: actor_centrality(G, metric="betweenness", k=n))
        rows.append(
            {"step": f"actor_centrality betweenness, exact ({n:,} sources)", "seconds": seconds}
        )
    names = sorted(G.nodes[node]["name"] for node in G.nodes)
    source, target = names[0], names[-1]
    seconds, steps = _timed(lambda: event_path(G, source, target))
    rows.append(
        {"step": f"event_path {source!r} -> {target!r} ({len(steps)} hops)", "seconds": seconds}
    )
    simple_edges = len({frozenset((u, v)) for u, v in G.edges()})
    info = {
        "events": len(events),
        "actors": G.number_of_nodes(),
        "multigraph_edges": G.number_of_edges(),
        "actor_pairs": simple_edges,
    }
    return info, rows


def viz_pages(sizes: list[int], *, work: Path, seed: int) -> list[dict[str, Any]]:
    """Time ``eventgraph viz`` (both kinds; default and unlimited node limit) per store size."""
    rows = []
    for size in sizes:
        store = work / f"viz-{size}.db"
        shutil.rmtree(store, ignore_errors=True)
        with Store(store) as opened:
            opened.ingest(
                synthetic_results(
                    events=size,
                    actors=max(50, size // 10),
                    documents=max(10, size // 5),
                    seed=seed,
                    days=365,
                )
            )
        for kind in ("network", "timeline"):
            for limit in (None, 10 * size):
                page = work / f"{kind}-{size}-{limit}.html"
                argv = [*eventgraph_command(), "viz", "--kind", kind, "--out", str(page)]
                argv += ["--store", str(store)]
                if limit:
                    argv += ["--limit", str(limit)]
                start = time.perf_counter()
                done = subprocess.run(argv, capture_output=True, text=True, check=False)
                seconds = time.perf_counter() - start
                if done.returncode != 0:
                    raise RuntimeError(f"{' '.join(argv)} failed: {done.stderr.strip()}")
                rows.append(
                    {
                        "events": size,
                        "kind": kind,
                        "limit": limit or "default (500)",
                        "seconds": round(seconds, 2),
                        "html_mb": round(page.stat().st_size / 2**20, 2),
                        "drawn": done.stdout.strip().split(": ", 1)[-1].split(" (")[0],
                    }
                )
        shutil.rmtree(store, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description="Centrality, paths and viz at scale.")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-exact", action="store_true", help="skip exact betweenness")
    parser.add_argument("--viz-sizes", default="500,2000,10000")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    records = {
        "events": args.events,
        "actors": args.actors,
        "documents": args.documents,
        "seed": args.seed,
    }
    path = store_folder(**records)
    build_store(path, records, reuse=True)
    info, steps = analysis(path, exact=not args.no_exact)
    sizes = [int(s) for s in args.viz_sizes.split(",") if s]
    with tempfile.TemporaryDirectory(prefix="eventgraph-bench-") as tmp:
        pages = viz_pages(sizes, work=Path(tmp), seed=args.seed)
    print(f"## Analysis on the actor graph of the {args.events:,}-event store\n")
    print(table([info]))
    print()
    print(table(steps))
    print("\n## eventgraph viz\n")
    print(table(pages))
    result = {"machine": machine(), "graph": info, "analysis": steps, "viz": pages}
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
