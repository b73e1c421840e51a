"""Make the README's screenshots of `eventgraph viz` from the sample corpus.

Ingests ``data/`` into a temporary store with ``eventgraph ingest``, writes
both kinds of page with ``eventgraph viz``, opens each in headless Chromium
(Playwright driving Debian's ``chromium``; nothing is fetched from the
network), waits for the first frame and saves ``docs/network.png`` and
``docs/timeline.png``. Prints how long each page took to draw.

Usage::

    .venv/bin/python scripts/screenshots.py [--data data] [--out docs] [--store PATH]

``--store`` reuses a store that already holds the sample (skips the ingest).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
KINDS = ("network", "timeline")


def eventgraph(*args: str) -> None:
    """Run the eventgraph CLI of this checkout, as a user would."""
    subprocess.run([sys.executable, "-m", "eventgraph.cli", *args], check=True)


def screenshot(pages: dict[str, Path], out: Path) -> dict[str, int]:
    """Save a PNG of each page once it has drawn; return milliseconds to the first frame."""
    from playwright.sync_api import sync_playwright

    drawn: dict[str, int] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        for kind, page_path in pages.items():
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            context.route(
                "**/*",
                lambda route: (
                    route.continue_() if route.request.url.startswith("file:") else route.abort()
                ),
            )
            page = context.new_page()
            page.goto(page_path.resolve().as_uri())
            page.wait_for_function(
                "document.body && document.body.hasAttribute('data-drawn-ms')", timeout=30000
            )
            drawn[kind] = int(page.evaluate("document.body.getAttribute('data-drawn-ms')"))
            page.wait_for_timeout(300)  # let vis-network finish its zoom-to-fit frame
            page.screenshot(path=str(out / f"{kind}.png"))
            context.close()
        browser.close()
    return drawn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="The sample corpus.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="Where the PNGs go.")
    parser.add_argument("--store", type=Path, help="A store already holding the sample.")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print("headless Chromium is missing: apt-get install chromium", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "sample.db"
        if args.store is None:
            eventgraph("ingest", str(args.data), "--store", str(store))
        pages = {}
        for kind in KINDS:
            pages[kind] = Path(tmp) / f"{kind}.html"
            eventgraph("viz", "--kind", kind, "--store", str(store), "--out", str(pages[kind]))
        drawn = screenshot(pages, args.out)
    for kind in KINDS:
        print(f"{args.out / kind}.png: first frame {drawn[kind]} ms after navigation started")
    return 0


if __name__ == "__main__":
    sys.exit(main())
