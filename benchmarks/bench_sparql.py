"""SPARQL latency at scale: the project's on-disk store against rdflib in memory.

Builds (or reuses) an on-disk store of synthetic events through the project's
own mapping and store (:meth:`eventgraph.store.Store.ingest`: 100k events,
5k actors, 20k documents by default, several million triples), and loads the
same records into an in-memory rdflib :class:`~rdflib.Dataset` through the
same mapping (:func:`eventgraph.rdf.to_dataset`, union default graph). Then
runs the same SPARQL texts, the project's canned queries, on both in the same
run, and reports the median latency of each (results fully read) and the ratio:

* ``timeline``: one actor's events, for an actor with about 1,000 events, as
  :func:`eventgraph.query.timeline` queries them: two canned queries
  (``find_actors`` by exact name, then ``actor_timeline`` with the actor
  bound, which reads each event's ``eg:timelineEntry``); ``timeline_api`` is
  that function itself on the store, which also decodes the entries into
  records and sorts them by date (what ``eventgraph timeline --actor`` shows);
* ``event_counts``: the number of events of each type in each month;
* ``co_participants``: the actors who share events with that actor, with the
  number of shared events.

rdflib queries are stopped after ``--rdflib-timeout`` seconds and then
reported as taking at least that long.

Usage::

    python benchmarks/bench_sparql.py                          # 100k events, ~6M triples
    python benchmarks/bench_sparql.py --events 5000 --actors 500 --documents 1000   # quick
    python benchmarks/bench_sparql.py --no-rdflib              # the project's store only
"""

from __future__ import annotations

import argparse
import collections
import gc
import resource
import shutil
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph as ox  # noqa: E402
from _common import OUT, machine, table, write_json  # noqa: E402
from synthetic import synthetic_results  # noqa: E402

from eventgraph.query import bind_parameters, load_query, timeline  # noqa: E402
from eventgraph.rdf import actor_iri, to_dataset  # noqa: E402
from eventgraph.store import Store  # noqa: E402


def load_rows(result: Any) -> list[dict[str, str]]:
    """Rows of a pyoxigraph or rdflib SELECT result as dictionaries of strings."""
    rows = []
    for row in result:
        if hasattr(row, "asdict"):
            rows.append({k: str(v) for k, v in row.asdict().items()})
        else:
            rows.append({v.value: row[v].value for v in result.variables if row[v] is not None})
    return rows


def actor_timeline(run: Callable[[str, dict[str, Any]], list[dict[str, str]]], name: str) -> int:
    """One actor's timeline as :func:`eventgraph.query.timeline` runs it: two canned queries.

    ``find_actors`` (the exact name, an index lookup) gives the actor's IRIs,
    then ``actor_timeline`` with them bound; returns the number of rows.
    """
    actors = [ox.NamedNode(row["actor"]) for row in run("find_actors", {"label": name})]
    return len(run("actor_timeline", {"actor": actors}))


def store_folder(events: int, actors: int, documents: int, seed: int) -> Path:
    return OUT / f"sparql-store-{events}-{actors}-{documents}-{seed}"


def build_store(path: Path, records: dict[str, int], *, reuse: bool) -> dict[str, Any]:
    """Ingest the synthetic records into a fresh on-disk store (or reuse a finished one)."""
    done = path / "BUILT"
    if reuse and done.exists():
        return {"reused": True}
    shutil.rmtree(path, ignore_errors=True)
    start = time.perf_counter()
    with Store(path) as store:
        report = store.ingest(synthetic_results(**records))
    seconds = time.perf_counter() - start
    Store(path).close()  # the next open deletes RocksDB's write-ahead log
    done.write_text(f"{report}\n")
    return {
        "reused": False,
        "build_seconds": round(seconds, 1),
        "build_documents_per_s": round(records["documents"] / seconds, 1),
        "build_events_per_s": round(records["events"] / seconds),
    }


def actor_near(records: dict[str, int], wanted: int = 1000) -> tuple[Any, int]:
    """The actor whose number of events is closest to ``wanted``."""
    counts: collections.Counter[Any] = collections.Counter()
    for _document, events in synthetic_results(**records):
        for event in events:
            counts.update(event.actors)
    actor, count = min(counts.items(), key=lambda item: (abs(item[1] - wanted), item[0].key))
    return actor, count


def workload(
    run: Callable[[str, dict[str, Any]], list[dict[str, str]]], actor: Any
) -> dict[str, Callable[[], int]]:
    """The three measured queries, each a callable returning its number of rows."""
    iri = [ox.NamedNode(str(actor_iri(actor)))]
    return {
        "timeline": lambda: actor_timeline(run, actor.name),
        "event_counts": lambda: len(run("event_counts", {})),
        "co_participants": lambda: len(run("co_participants", {"actor": iri})),
    }


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def time_queries(
    specs: dict[str, Callable[[], int]],
    *,
    repeat: int,
    budget: float,
    timeout: float | None = None,
) -> dict[str, Any]:
    """Median latency in ms of each query (after one warm-up run), and its row count.

    A query whose first run takes longer than ``budget`` seconds is timed on
    that one run only; one that does not finish within ``timeout`` seconds
    (pure-Python engines only: the alarm interrupts Python code) is reported
    as taking at least ``timeout``.
    """
    result = {}
    for name, function in specs.items():
        if timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        start = time.perf_counter()
        try:
            rows = function()
        except _Timeout:
            result[name] = {"median_ms": timeout * 1000, "rows": None, "timed_out": True}
            _progress(f"{name}: more than {timeout} s, stopped")
            continue
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
        first = time.perf_counter() - start
        times = [first * 1000]
        if first < budget:
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                rows = function()
                times.append((time.perf_counter() - start) * 1000)
        result[name] = {"median_ms": round(statistics.median(times), 2), "rows": rows}
        _progress(f"{name}: {result[name]['median_ms']} ms, {rows} rows")
    return result


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description="SPARQL latency: project store vs rdflib.")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="reuse a store built by a former run")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    parser.add_argument(
        "--rdflib-timeout",
        type=float,
        default=300,
        help="seconds before an rdflib query is stopped",
    )
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    records = {
        "events": args.events,
        "actors": args.actors,
        "documents": args.documents,
        "seed": args.seed,
    }

    path = store_folder(**records)
    build = build_store(path, records, reuse=args.reuse)
    _progress(f"store: {build}")
    actor, actor_events = actor_near(records)

    with Store(path, read_only=True) as store:
        quads = len(store)
        disk_mb = round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)

        def run_store(name: str, bindings: dict[str, Any]) -> list[dict[str, str]]:
            return load_rows(store.query(bind_parameters(load_query(name), bindings)))

        open_start = time.perf_counter()
        Store(path, read_only=True).close()
        open_ms = round((time.perf_counter() - open_start) * 1000, 1)
        specs = workload(run_store, actor)
        specs["timeline_api"] = lambda: len(timeline(store, actor=actor.name))
        ours = time_queries(specs, repeat=args.repeat, budget=5)

    theirs: dict[str, Any] = {}
    rdflib_load: dict[str, Any] = {}
    if not args.no_rdflib:
        gc.collect()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        dataset = to_dataset(synthetic_results(**records))
        dataset.default_union = True
        _progress("rdflib dataset loaded")
        rdflib_load = {
            "load_seconds": round(time.perf_counter() - start, 1),
            "rss_growth_mb": round(
                (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
            ),
        }

        def run_rdflib(name: str, bindings: dict[str, Any]) -> list[dict[str, str]]:
            return load_rows(dataset.query(bind_parameters(load_query(name), bindings)))

        theirs = time_queries(
            workload(run_rdflib, actor),
            repeat=min(args.repeat, 5),
            budget=5,
            timeout=args.rdflib_timeout,
        )

    rows = []
    for name in specs:
        row: dict[str, Any] = {
            "query": name,
            "rows": ours[name]["rows"],
            "store_median_ms": ours[name]["median_ms"],
        }
        if name in theirs:
            row["rdflib_median_ms"] = theirs[name]["median_ms"]
            row["rdflib_rows"] = theirs[name]["rows"]
            speedup = round(theirs[name]["median_ms"] / ours[name]["median_ms"], 1)
            row["speedup"] = f">= {speedup}" if theirs[name].get("timed_out") else speedup
        rows.append(row)
    info = {
        **records,
        "quads": quads,
        "disk_mb": disk_mb,
        "open_read_only_ms": open_ms,
        "actor": actor.name,
        "actor_events": actor_events,
        **build,
        **{f"rdflib_{k}": v for k, v in rdflib_load.items()},
    }
    print(f"## SPARQL on {quads:,} quads ({args.events:,} events), actor {actor.name!r}\n")
    print(table([info]))
    print()
    print(table(rows))
    result = {"machine": machine(), "store": info, "queries": rows}
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
