"""How long `eventgraph viz` and the graph commands take on a 10,000-event store.

Builds an on-disk store from :func:`synthetic.synthetic_results` (Zipf-like
actor popularity, so a few actors take part in hundreds of events), then
times, through the CLI as a user runs it, ``viz`` (both kinds), ``central``
(each metric), ``communities`` and ``path``, and opens each page in headless
Chromium (Playwright driving Debian's ``chromium``) to measure the time from
navigation to the first drawn frame.

Usage::

    .venv/bin/python benchmarks/bench_viz.py [--events 10000] [--actors 2000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import eventgraph_command, table  # noqa: E402
from synthetic import synthetic_results  # noqa: E402

from eventgraph.store import Store  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def timed(*args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [*eventgraph_command(), *args], check=True, capture_output=True, text=True
    )
    return time.perf_counter() - start, done.stderr.strip()


def first_frame(pages: list[Path]) -> list[int]:
    from playwright.sync_api import sync_playwright

    drawn = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        for page_path in pages:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(page_path.resolve().as_uri())
            page.wait_for_function(
                "document.body && document.body.hasAttribute('data-drawn-ms')", timeout=60000
            )
            drawn.append(int(page.evaluate("document.body.getAttribute('data-drawn-ms')")))
            page.close()
        browser.close()
    return drawn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--actors", type=int, default=2_000)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "viz.db"
        with Store(store) as opened:
            opened.ingest(
                synthetic_results(
                    events=args.events, actors=args.actors, documents=args.events // 10, days=365
                )
            )
        where = ["--store", str(store)]
        pages = []
        for kind in ("network", "timeline"):
            page = Path(tmp) / f"{kind}.html"
            seconds, note = timed("viz", "--kind", kind, "--out", str(page), *where)
            pages.append(page)
            rows.append(
                {
                    "command": f"eventgraph viz --kind {kind}",
                    "seconds": seconds,
                    "page MB": page.stat().st_size / 1e6,
                    "note": note.splitlines()[0][:90],
                }
            )
        for metric in ("degree", "pagerank", "betweenness", "eigenvector"):
            seconds, _ = timed("central", "--metric", metric, *where)
            rows.append({"command": f"eventgraph central --metric {metric}", "seconds": seconds})
        seconds, _ = timed("communities", *where)
        rows.append({"command": "eventgraph communities", "seconds": seconds})
        seconds, _ = timed("path", "Actor 00000", "Actor 01999", *where)
        rows.append({"command": "eventgraph path 'Actor 00000' 'Actor 01999'", "seconds": seconds})
        if Path(CHROMIUM).exists():
            for kind, drawn in zip(("network", "timeline"), first_frame(pages), strict=True):
                rows.append(
                    {"command": f"first frame in Chromium ({kind})", "seconds": drawn / 1000}
                )
    print(f"{args.events:,} events, {args.actors:,} actors, {args.events // 10:,} documents")
    print(table(rows, ["command", "seconds", "page MB", "note"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
