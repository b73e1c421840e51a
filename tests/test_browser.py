"""The generated pages in a real browser: headless Chromium driven by Playwright.

Checks that each kind of page draws (a screenshot that is not blank) soon
after load, that no request leaves the machine, and that document text with
markup and script in it stays text. Skipped when Chromium or Playwright is
missing (``.ci/run`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import datetime as dt
import io
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from eventgraph.analysis import actor_centrality, actor_event_graph, actor_graph, events_from_store
from eventgraph.records import Actor, Document, Event, EventDate
from eventgraph.viz import render

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_TITLE = "Talks <script>alert(3)</script><img src=x onerror=alert(4)>"
#: The target: a page of the sample's size draws this soon after navigation starts.
DRAW_BUDGET_MS = 2000


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("headless Chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield launched
        launched.close()


@dataclass
class Opened:
    page: object
    drawn_ms: int
    remote: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _open(browser, path: Path, *, timeout_ms: int = 15000) -> Opened:
    """Load a page with every non-local request blocked and recorded; wait for the first frame."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page_url = path.resolve().as_uri()
    remote: list[str] = []

    def guard(route):
        # Only the page itself may load: no CDN, and no local file beside it either.
        url = route.request.url
        if url == page_url or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            remote.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_url)
    page.wait_for_function(
        "document.body && document.body.hasAttribute('data-drawn-ms')", timeout=timeout_ms
    )
    drawn = int(page.evaluate("document.body.getAttribute('data-drawn-ms')"))
    return Opened(page, drawn, remote, dialogs, errors)


def _not_blank(png: bytes) -> bool:
    """A drawing: some non-white pixels, in several colours."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    inked = sum(image.convert("L").histogram()[:240])
    colours = image.getcolors(maxcolors=1 << 20) or []
    return inked > 0.002 * image.width * image.height and len(colours) >= 4


def _news_events(n_events: int, *, seed: int = 0) -> list[Event]:
    """Events shaped like a few weeks of news: a dozen actors, five types, real dates."""
    rng = random.Random(seed)
    actors = [
        Actor("Benjamin Netanyahu", "person"),
        Actor("Vladimir Putin", "person"),
        Actor("Recep Tayyip Erdogan", "person"),
        Actor("Emmanuel Macron", "person"),
        Actor("Russia", "country", wikidata="Q159"),
        Actor("United States", "country", wikidata="Q30"),
        Actor("Ukraine", "country", wikidata="Q212"),
        Actor("Hamas", "group"),
        Actor("United Nations Security Council", "organization"),
        Actor("European Union", "organization"),
        Actor("Israel", "country", wikidata="Q801"),
        Actor("Antony Blinken", "person"),
    ]
    start = dt.date(2023, 11, 1)
    events = []
    for i in range(n_events):
        agent, target = rng.sample(actors, 2)
        type_ = rng.choice(["call", "meeting", "vote", "statement", "attack"])
        day = start + dt.timedelta(days=rng.randrange(60))
        events.append(
            Event(
                f"n{i}",
                f"doc{i % 9}",
                type_,
                agents=(agent,),
                targets=(target,),
                date=EventDate(day.isoformat()),
                evidence=f"{agent.name} and {target.name}: a {type_} on {day:%d %B}.",
            )
        )
    return events


def _write(tmp_path: Path, events: list[Event], kind: str, **options) -> Path:
    scores = actor_centrality(actor_graph(events), metric="pagerank")
    rendering = render(actor_event_graph(events), kind=kind, centrality=scores, **options)
    path = tmp_path / f"{kind}.html"
    path.write_text(rendering.html, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_browser_page_draws_offline_and_fast(browser, tmp_path, kind):
    opened = _open(browser, _write(tmp_path, _news_events(80), kind))
    assert opened.remote == []
    assert opened.errors == []
    assert opened.drawn_ms < DRAW_BUDGET_MS, f"first frame after {opened.drawn_ms} ms"
    assert _not_blank(opened.page.locator("#mynetwork").screenshot())
    assert opened.page.evaluate("network.body.data.nodes.length") > 12
    opened.page.context.close()


def _hover_tooltip(opened: Opened, node: str) -> dict:
    """Hover over a node and return the tooltip's text and how many elements it holds."""
    page = opened.page
    x, y = page.evaluate(
        """(id) => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node,
    )
    # Jump straight onto the node (passing over others could show their tooltip),
    # then wait for the tooltip of this node.
    page.mouse.move(1, 1)
    page.mouse.move(x, y)
    page.wait_for_function(
        """(id) => {
            const tip = document.querySelector('.vis-tooltip');
            const flat = (text) => text.replace(/\\s+/g, ' ').trim();
            return tip && tip.style.visibility !== 'hidden'
                && flat(tip.innerText) === flat(network.body.data.nodes.get(id).title);
        }""",
        arg=node,
        timeout=5000,
    )
    return page.evaluate(
        """() => {
            const tip = document.querySelector('.vis-tooltip');
            // innerText turns line breaks into <br>: any other element would be markup
            return {text: tip.innerText, elements: tip.querySelectorAll(':not(br)').length};
        }"""
    )


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_browser_document_markup_stays_text(browser, tmp_path, nlp, kind):
    from eventgraph.extract import extract
    from eventgraph.store import Store

    text = (
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi "
        f'on Monday. Erdogan said: "{HOSTILE_IMG} We want peace <script>alert(2)</script>." '
        "Putin called Benjamin Netanyahu on Tuesday."
    )
    document = Document(
        "hostile", text, published=dt.date(2023, 12, 12), source="Wire", title=HOSTILE_TITLE
    )
    store = Store(None)
    store.ingest(extract([document]))
    events = events_from_store(store)
    hostile = [e for e in events if HOSTILE_IMG in (e.evidence or "") + (e.quote or "")]
    assert hostile, "the extractor no longer keeps the quote: rewrite this document"
    opened = _open(browser, _write(tmp_path, events, kind, title=f"Report {HOSTILE_TITLE}"))
    page = opened.page
    assert opened.dialogs == [] and opened.remote == [] and opened.errors == []
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    scripts = page.evaluate(
        "Array.from(document.scripts).filter(s => s.text.trim().startsWith('alert')).length"
    )
    assert scripts == 0
    assert HOSTILE_TITLE in page.locator("h1").inner_text()  # shown as text
    # the quote's event when this kind draws it (a timeline leaves undated events out)
    shown = [e for e in events if kind == "network" or e.date is not None]
    event = next((e for e in shown if e in hostile), shown[0])
    node = event.id if kind == "network" else f"{event.id}@{event.actors[0].key}"
    tooltip = _hover_tooltip(opened, node)
    assert HOSTILE_TITLE in tooltip["text"]  # the document's title, in the source line
    if event in hostile:
        assert HOSTILE_IMG in tooltip["text"]
    assert tooltip["elements"] == 0
    assert opened.dialogs == []
    page.context.close()


def test_browser_ten_thousand_events_open_with_node_limit(browser, tmp_path):
    events = _news_events(6_000, seed=1)
    rng = random.Random(2)
    extra = [Actor(f"Minor actor {i}", "person") for i in range(2_000)]
    events += [
        Event(
            f"m{i}",
            "docm",
            "statement",
            agents=(rng.choice(extra),),
            targets=(rng.choice(extra),),
            date=EventDate(f"2023-12-{rng.randint(1, 28):02d}"),
        )
        for i in range(4_000)
    ]
    assert len(events) == 10_000
    path = _write(tmp_path, events, "network")
    assert "node limit 500" in path.read_text(encoding="utf-8")
    opened = _open(browser, path, timeout_ms=20000)
    assert opened.remote == [] and opened.errors == []
    assert opened.drawn_ms < 10_000
    assert opened.page.evaluate("network.body.data.nodes.length") <= 500
    assert "left out" in opened.page.locator("#eg-note").inner_text()
    opened.page.context.close()


def test_browser_request_guard_sees_remote_and_local_loads(browser, tmp_path):
    """The check behind 'nothing left the machine' catches what it must catch."""
    path = _write(tmp_path, _news_events(20), "network")
    page = path.read_text(encoding="utf-8").replace(
        "</body>",
        '<img src="https://cdn.example.invalid/x.png"><script src="lib/extra.js"></script></body>',
    )
    path.write_text(page, encoding="utf-8")
    opened = _open(browser, path)
    assert "https://cdn.example.invalid/x.png" in opened.remote
    assert any(url.endswith("/lib/extra.js") for url in opened.remote)
    opened.page.context.close()
