"""The ``eventgraph`` command line: parse arguments, call the library, format results.

This is the only module that talks to the user. Errors the user can cause
(:class:`~eventgraph.errors.EventGraphError`) print one line on stderr and
exit with status 1; usage errors exit with 2; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .errors import EventGraphError, InputError
from .records import Document

__all__ = ["app", "main"]

app = typer.Typer(
    name="eventgraph",
    help="Turn news articles into an event timeline knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _State:
    debug = False
    failures = 0


_state = _State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks on errors.")] = False,
) -> None:
    """Turn news articles into an event timeline knowledge graph."""
    _state.debug = debug


# ---------------------------------------------------------------- helpers


def err(message: str) -> None:
    """Print one line on stderr."""
    typer.echo(message, err=True)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_text(text: str) -> str:
    """Document text as a terminal may show it: control characters written as
    escapes (``\\x1b``), so a hostile article cannot clear the screen, retitle
    the window or write the clipboard.

    Examples
    --------
    >>> print(terminal_text("Putin\\x1b[2J met Erdogan"))
    Putin\\x1b[2J met Erdogan
    """
    return _CONTROL.sub(lambda found: f"\\x{ord(found[0]):02x}", text)


def new_table(*headers: str, **options: Any) -> Any:
    """A rich Table whose cells are shown as text: never read as rich markup
    ("[/bold]" in a name would raise, "[link=...]" would make a link), with
    control characters escaped (:func:`terminal_text`)."""
    from rich.table import Table

    class _TextTable(Table):
        def add_row(self, *cells: Any, **kwargs: Any) -> None:
            from rich.text import Text

            super().add_row(
                *(Text(terminal_text(c)) if isinstance(c, str) else c for c in cells), **kwargs
            )

    return _TextTable(*headers, **options)


def parse_cli_date(value: str | None, option: str = "--published") -> dt.date | None:
    """Parse a date given on the command line, or exit with a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)", param_hint=option) from None


def _count_inputs(paths: Iterable[Path]) -> int | None:
    from .loaders import count_documents

    return count_documents(paths)


def documents_from(paths: list[Path], published: dt.date | None) -> Iterator[Document]:
    """Load documents, reporting each bad input on stderr and counting failures."""
    from .loaders import iter_documents

    for item in iter_documents(paths, published=published):
        if isinstance(item, InputError):
            report_failure(item)
        else:
            yield item


def report_failure(error: InputError) -> None:
    """Report a document that failed on stderr and count it; the batch goes on."""
    _state.failures += 1
    err(f"error: {error}")


def progress(items: Iterable[Any], *, total: int | None, label: str) -> Iterator[Any]:
    """Wrap an iterable in a progress bar on stderr when stderr is a terminal."""
    if not sys.stderr.isatty() or (total is not None and total <= 5):
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


PathsArg = Annotated[
    list[Path],
    typer.Argument(help="Files (.txt, .md, .jsonl, .html) or folders, read recursively."),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD for documents that have none."),
]
TimeLimitOpt = Annotated[
    float,
    typer.Option(
        "--time-limit",
        min=0,
        help="Seconds extraction may spend on one document before skipping it (0: no limit).",
    ),
]


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


# ---------------------------------------------------------------- extract


@app.command()
def extract(
    paths: PathsArg,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.table,
    published: PublishedOpt = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Parser processes (default 0: all cores).")
    ] = 0,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="Show per sentence the triggers, argument paths and drop reasons."),
    ] = False,
    time_limit: TimeLimitOpt = 60.0,
) -> None:
    """Extract events from articles and print them."""
    from .extract import extract as run_extraction

    date = parse_cli_date(published)
    docs = documents_from(paths, date)
    if explain:
        _print_explanations(docs)
        return
    results = progress(
        run_extraction(docs, jobs=jobs or None, time_limit=time_limit, on_error=report_failure),
        total=_count_inputs(paths),
        label="extracting",
    )
    if format is ExtractFormat.jsonl:
        for _document, events in results:
            for event in events:
                typer.echo(json.dumps(event.to_json(), ensure_ascii=False))
    elif format is ExtractFormat.json:
        typer.echo(
            json.dumps(
                [event.to_json() for _d, events in results for event in events],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        _print_event_table(event for _d, events in results for event in events)


def _print_explanations(docs: Iterable[Document]) -> None:
    from .extract import explain as run_explain

    for document, events, explanations in run_explain(docs, on_error=report_failure):
        typer.echo(terminal_text(f"== {document.id}: {len(events)} events"))
        sentence = None
        for why in explanations:
            if why.sentence != sentence:
                sentence = why.sentence
                typer.echo(terminal_text(f"[{why.sentence}] {why.sentence_text}"))
            typer.echo(f"    {why.trigger!r} {why.type}: {why.decision}")
            for detail in why.details:
                typer.echo(terminal_text(f"        {detail}"))
        for event in events:
            data = event.to_json()
            typer.echo(
                terminal_text(
                    f"  => {data['type']}{'/' + data['subtype'] if data['subtype'] else ''} "
                    f"{data['date'] or '-'} agents={data['agents']} targets={data['targets']}"
                )
            )


def _print_event_table(events: Iterable[Any]) -> None:
    from rich.console import Console

    table = new_table("doc", "date", "type", "agents", "targets", "evidence", show_lines=False)
    for event in events:
        data = event.to_json()
        table.add_row(
            data["doc"],
            data["date"] or "",
            data["type"] + (f"/{data['subtype']}" if data["subtype"] else ""),
            ", ".join(data["agents"]),
            ", ".join(data["targets"]),
            (data["evidence"] or "")[:80],
        )
    Console(soft_wrap=False).print(table)


# ---------------------------------------------------------------- eval


@app.command("eval")
def eval_(
    paths: PathsArg,
    gold: Annotated[
        list[Path],
        typer.Option(
            "--gold",
            help="Gold annotations (JSON Lines, one document a line); repeat for several files.",
            exists=True,
            dir_okay=False,
        ),
    ],
    errors: Annotated[
        bool, typer.Option("--errors", help="List missed, spurious and partial events as JSON Lines.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    published: PublishedOpt = None,
) -> None:
    """Extract events from articles and score them against gold annotations."""
    from .evaluate import format_report, load_gold, score
    from .extract import extract as run_extraction

    gold_docs = [record for path in gold for record in load_gold(path)]
    docs = documents_from(paths, parse_cli_date(published))
    results = progress(
        run_extraction(docs, on_error=report_failure), total=_count_inputs(paths), label="extracting"
    )
    predictions = [event.to_json() for _document, events in results for event in events]
    report, problems = score(gold_docs, predictions)
    if errors:
        for problem in problems:
            typer.echo(json.dumps(problem.to_json(), ensure_ascii=False))
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2))
    else:
        typer.echo(format_report(report))


# ---------------------------------------------------------------- timex


class TimexFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


@app.command()
def timex(
    paths: PathsArg,
    published: PublishedOpt = None,
    format: Annotated[TimexFormat, typer.Option("--format", "-f", help="Output format.")] = TimexFormat.jsonl,
) -> None:
    """Find the temporal expressions of articles, normalised against their publication date."""
    from .nlp import load_nlp
    from .timex import tag_doc

    nlp = load_nlp()
    docs = documents_from(paths, parse_cli_date(published))
    rows = (
        {"doc": document.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        for doc, document in nlp.pipe(((d.text, d) for d in docs), as_tuples=True)
        for t in tag_doc(doc, document.published)
    )
    if format is TimexFormat.jsonl:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    from rich.console import Console

    table = new_table("doc", "start", "end", "text", "type", "value")
    for row in rows:
        table.add_row(row["doc"], str(row["start"]), str(row["end"]), row["text"], row["type"], row["value"])
    Console(soft_wrap=False).print(table)


# ---------------------------------------------------------------- graph analysis

StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="The store folder (default: $EVENTGRAPH_STORE, else ./eventgraph.db)."),
]
FromOpt = Annotated[
    str | None, typer.Option("--from", help="Only events on or after this date (YYYY[-MM[-DD]]).")
]
ToOpt = Annotated[
    str | None, typer.Option("--to", help="Only events on or before this date (YYYY[-MM[-DD]]).")
]
TypeOpt = Annotated[
    list[str] | None,
    typer.Option("--type", "-t", help="Only events of this type (call, meeting, vote, statement, attack); repeatable."),
]


class Metric(StrEnum):
    degree = "degree"
    pagerank = "pagerank"
    betweenness = "betweenness"
    eigenvector = "eigenvector"


class VizKind(StrEnum):
    network = "network"
    timeline = "timeline"


def _period(value: str | None, option: str) -> str | None:
    """Check a YYYY, YYYY-MM or YYYY-MM-DD bound, or exit with a usage error."""
    from .analysis import parse_period

    if value is None:
        return None
    try:
        parse_period(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)", param_hint=option
        ) from None
    return value


def _types(values: list[str] | None) -> list[str] | None:
    from .records import EVENT_TYPES

    for value in values or []:
        if value not in EVENT_TYPES:
            raise typer.BadParameter(
                f"{value!r} is not an event type (choose from {', '.join(EVENT_TYPES)})",
                param_hint="--type",
            )
    return values or None


def _load_events(
    store: Path | None,
    *,
    start: str | None = None,
    end: str | None = None,
    types: list[str] | None = None,
    actors: list[str] | None = None,
    details: bool = False,
) -> list[Any]:
    """The store's events passing the filters; an unknown --actor gets the closest names.

    ``details`` also reads what the pages show (evidence, quotes, sources).
    """
    from .analysis import events_from_store, find_actor_in_store
    from .store import Store, store_path

    with Store(store_path(store), read_only=True) as opened:
        events = events_from_store(
            opened,
            start=_period(start, "--from"),
            end=_period(end, "--to"),
            types=_types(types),
            actors=actors,
            details=details,
        )
        if not events and actors:
            for name in actors:
                find_actor_in_store(opened, name)
    return events


WriteOpt = Annotated[
    bool,
    typer.Option(
        "--write",
        help="Also save the results into the store (schema:additionalProperty of each actor).",
    ),
]


def _write_results(store: Path | None, name: str, values: dict[Any, Any]) -> None:
    from .analysis import results_graph, write_results
    from .store import Store, store_path

    with Store(store_path(store)) as opened:
        count = write_results(opened, name, values)
    err(f"saved {count} {name} values into the store, graph <{results_graph(name)}>")


@app.command()
def path(
    source: Annotated[str, typer.Argument(help="An actor's name.")],
    target: Annotated[str, typer.Argument(help="Another actor's name.")],
    store: StoreOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    type: TypeOpt = None,
) -> None:
    """Print the shortest chain of events linking two actors."""
    from .analysis import actor_graph, event_path

    G = actor_graph(_load_events(store, start=start, end=end, types=type))
    steps = event_path(G, source, target)
    typer.echo(
        terminal_text(
            steps[0].source
            + "".join(f" -{step.type} {step.date or 'undated'}-> {step.target}" for step in steps)
        )
    )


@app.command()
def central(
    metric: Annotated[Metric, typer.Option("--metric", "-m", help="Centrality measure.")] = Metric.pagerank,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many actors to list.")] = 10,
    store: StoreOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    type: TypeOpt = None,
    write: WriteOpt = False,
) -> None:
    """List the most central actors of the actor graph."""
    from rich.console import Console

    from .analysis import actor_centrality, actor_graph

    G = actor_graph(_load_events(store, start=start, end=end, types=type))
    scores = actor_centrality(G, metric=metric.value)
    table = new_table("rank", "actor", "kind", metric.value, "events")
    ranked = sorted(scores, key=lambda node: (-scores[node], G.nodes[node]["name"]))
    for rank, node in enumerate(ranked[:top], start=1):
        data = G.nodes[node]
        table.add_row(str(rank), data["name"], data["kind"], f"{scores[node]:.4f}", str(data["events"]))
    Console(soft_wrap=False).print(table)
    if write:
        _write_results(store, metric.value, scores)


@app.command()
def communities(
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many communities to list.")] = 10,
    store: StoreOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    type: TypeOpt = None,
    write: WriteOpt = False,
) -> None:
    """List communities of actors (Louvain), largest first."""
    from .analysis import actor_communities, actor_graph

    G = actor_graph(_load_events(store, start=start, end=end, types=type))
    found = actor_communities(G)
    if write:
        numbers = {node: number for number, members in enumerate(found, 1) for node in members}
        _write_results(store, "community", numbers)
    for number, members in enumerate(found[:top], start=1):
        names = sorted(members, key=lambda n: (-G.nodes[n]["events"], G.nodes[n]["name"]))
        typer.echo(
            terminal_text(
                f"{number}. {len(members)} actor{'s' if len(members) > 1 else ''}: "
                + ", ".join(G.nodes[n]["name"] for n in names)
            )
        )
    if len(found) > top:
        typer.echo(f"... and {len(found) - top} smaller communities (--top to see more)")


@app.command()
def viz(
    kind: Annotated[VizKind, typer.Option("--kind", "-k", help="network or timeline.")] = VizKind.network,
    actor: Annotated[
        list[str] | None, typer.Option("--actor", "-a", help="Only events involving this actor; repeatable.")
    ] = None,
    type: TypeOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("graph.html"),
    limit: Annotated[
        int, typer.Option("--limit", min=10, help="Most nodes drawn; the least central actors are left out.")
    ] = 500,
    store: StoreOpt = None,
) -> None:
    """Write an interactive HTML view (works offline) of the actors and events."""
    from .analysis import actor_centrality, actor_event_graph, actor_graph
    from .viz import render

    events = _load_events(store, start=start, end=end, types=type, actors=actor, details=True)
    if not events:
        raise EventGraphError(
            "no events match these filters; widen them, or ingest documents with `eventgraph ingest`"
        )
    scores = actor_centrality(actor_graph(events), metric="pagerank")
    filters = [f"actor {', '.join(actor)}" if actor else "", f"type {', '.join(type)}" if type else ""]
    filters += [f"from {start}" if start else "", f"to {end}" if end else ""]
    title = f"eventgraph {kind.value}: {len(events):,} events" + "".join(f"; {f}" for f in filters if f)
    rendering = render(actor_event_graph(events), kind=kind.value, centrality=scores, limit=limit, title=title)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(rendering.html, encoding="utf-8")
    except OSError as error:
        raise EventGraphError(f"cannot write {out}: {error.strerror or error}") from None
    if rendering.note:
        err(f"note: {rendering.note}")
    typer.echo(
        f"wrote {out}: {rendering.actors_shown} actors, {rendering.events_shown} events "
        f"({kind.value}); open it in a browser"
    )


# ---------------------------------------------------------------- knowledge graph


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class TableOrJson(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    ttl = "ttl"
    trig = "trig"
    nq = "nq"
    jsonld = "jsonld"


@app.command()
def ingest(
    paths: PathsArg,
    published: PublishedOpt = None,
    store: StoreOpt = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Parser processes (default 0: all cores).")
    ] = 0,
    time_limit: TimeLimitOpt = 60.0,
) -> None:
    """Extract events from articles and add them to the store.

    Re-ingesting a document replaces everything the store had from it; each
    document is written whole or not at all.
    """
    from .extract import extract as run_extraction
    from .store import Store, store_path

    date = parse_cli_date(published)
    location = store_path(store)
    with Store(location) as opened:  # open first: a locked store fails before parsing
        docs = documents_from(paths, date)
        results = progress(
            run_extraction(
                docs, jobs=jobs or None, time_limit=time_limit, on_error=report_failure
            ),
            total=_count_inputs(paths),
            label="ingesting",
        )
        report = opened.ingest(results)
    err(
        f"ingested {report.documents} document(s) with {report.events} event(s) into {location} "
        f"({report.triples:,} triples)"
    )


@app.command()
def query(
    query: Annotated[
        str,
        typer.Argument(
            help="SPARQL text, a .rq file, or a canned query name "
            "(timeline, interactions, votes, attacks, statements, sources, actors, ...)."
        ),
    ],
    format: Annotated[
        QueryFormat, typer.Option("--format", "-f", help="Output format.")
    ] = QueryFormat.table,
    store: StoreOpt = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="Bind a query variable: NAME=VALUE (a string), NAME=<IRI> or NAME=YYYY-MM-DD; repeatable.",
        ),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor", help="Bind ?actor to the actors of this name (for the canned queries)."
        ),
    ] = None,
) -> None:
    """Run a SPARQL query over the store (the default graph is the union of all documents)."""
    from .query import find_actors, format_result, run_query
    from .store import Store, store_path

    bindings: dict[str, Any] = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        bindings[name.lstrip("?")] = _param_value(value)
    with Store(store_path(store), read_only=True) as opened:
        if actor is not None:
            import pyoxigraph as ox

            bindings["actor"] = [ox.NamedNode(iri) for iri in find_actors(opened, actor)]
        result = run_query(opened, query, bindings)
    if format is QueryFormat.table:
        _print_query_table(result)
    else:
        typer.echo(format_result(result, format.value), nl=False)


def _param_value(value: str) -> Any:
    import pyoxigraph as ox

    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not an IRI", param_hint="--param") from None
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else value
    except ValueError:
        return value


def _print_query_table(result: Any) -> None:
    from rich.console import Console

    if result.boolean is not None:
        typer.echo("true" if result.boolean else "false")
        return
    if result.triples is not None:
        for s, p, o in result.triples:
            typer.echo(f"{s} {p} {o} .")
        return
    table = new_table(*result.variables)
    for row in result.rows:
        table.add_row(*("" if row[name] is None else str(row[name]) for name in result.variables))
    Console(soft_wrap=False).print(table)
    err(f"{len(result.rows)} row(s)")


@app.command()
def timeline(
    actor: Annotated[
        str | None,
        typer.Option("--actor", help="Only events with this actor (name, alias or Wikidata id)."),
    ] = None,
    type: Annotated[
        str | None,
        typer.Option(
            "--type",
            "-t",
            help="Only events of this type (call, meeting, vote, statement, attack).",
        ),
    ] = None,
    start: FromOpt = None,
    end: ToOpt = None,
    format: Annotated[
        TableOrJson, typer.Option("--format", "-f", help="Output format.")
    ] = TableOrJson.table,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, help="Print at most this many events.")
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Print the stored events in date order (undated events last)."""
    from .query import timeline as stored_timeline
    from .store import Store, store_path

    if type is not None:
        _types([type])
    with Store(store_path(store), read_only=True) as opened:
        rows = stored_timeline(
            opened, actor=actor, type=type, start=_period(start, "--from"), end=_period(end, "--to")
        )
    total = len(rows)
    rows = rows[:limit] if limit else rows
    if format is TableOrJson.json:
        typer.echo(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    table = new_table("date", "type", "agents", "targets", "doc")
    table.add_column("evidence", no_wrap=True, overflow="ellipsis", max_width=70)
    for row in rows:
        table.add_row(
            row.date or "",
            row.type,
            ", ".join(row.agents),
            ", ".join(row.targets),
            row.doc,
            " ".join(row.evidence.split()),
        )
    # a pipe or a file gets the full width a terminal would, not rich's 80 columns
    Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160).print(table)
    err(f"{total} event(s)" + (f", first {len(rows)} shown" if len(rows) < total else ""))


@app.command()
def actors(
    format: Annotated[
        TableOrJson, typer.Option("--format", "-f", help="Output format.")
    ] = TableOrJson.table,
    store: StoreOpt = None,
) -> None:
    """List the store's actors with kind, aliases, Wikidata id and number of events."""
    from .query import actors as stored_actors
    from .store import Store, store_path

    with Store(store_path(store), read_only=True) as opened:
        rows = stored_actors(opened)
    if format is TableOrJson.json:
        typer.echo(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    table = new_table("name", "kind", "events", "wikidata", "aliases")
    for row in rows:
        table.add_row(
            row.name, row.kind or "", str(row.events), row.wikidata or "", ", ".join(row.aliases)
        )
    Console(soft_wrap=False).print(table)


@app.command()
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="RDF format.")
    ] = ExportFormat.trig,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Export the store as Turtle, TriG, N-Quads or JSON-LD (ttl merges the document graphs)."""
    from .store import Store, store_path

    with Store(store_path(store), read_only=True) as opened:
        data = opened.export(format.value)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        output.write_bytes(data)
        err(f"wrote {len(data):,} bytes to {output}")


@app.command()
def serve(
    port: Annotated[int, typer.Option("--port", help="TCP port (0: any free port).")] = 7878,
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on (the default serves this machine only)."),
    ] = "127.0.0.1",
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds before a query is abandoned.")
    ] = 30.0,
    store: StoreOpt = None,
) -> None:
    """Serve the store read-only as a SPARQL 1.1 Protocol endpoint until interrupted."""
    import signal

    from .server import serve as start_server
    from .store import store_path

    server = start_server(store_path(store), host=host, port=port, timeout=timeout)
    # Stop the server on `kill` as on Ctrl-C, rather than leave it running alone.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    typer.echo(f"SPARQL endpoint: {server.url} (read-only; Ctrl-C stops)")
    try:
        status = server.wait()
    except KeyboardInterrupt:
        status = 0
    finally:
        server.stop()
    if status:
        raise EventGraphError(f"the SPARQL server stopped with status {status}")


@app.command()
def push(
    endpoint: Annotated[
        str | None,
        typer.Option("--endpoint", help="SPARQL 1.1 Update endpoint URL of the remote server."),
    ] = None,
    graph_store: Annotated[
        str | None,
        typer.Option(
            "--graph-store",
            help="Graph Store Protocol URL; used instead of --endpoint for the data.",
        ),
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Send every document graph to a remote SPARQL server, replacing it there."""
    from .push import push as send
    from .store import Store, store_path

    if not endpoint and not graph_store:
        raise typer.BadParameter(
            "give --endpoint URL (or --graph-store URL)", param_hint="--endpoint"
        )
    with Store(store_path(store), read_only=True) as opened:
        report = send(opened, endpoint, graph_store=graph_store)
    err(f"replaced {report.graphs} graph(s) ({report.triples:,} triples) at {report.target}")


# ---------------------------------------------------------------- entry point


def _is_usage_error(error: Exception) -> bool:
    """Whether click (or the copy of click that typer vendors) raised a usage error."""
    import click

    # typer >= 0.22 ships its own click, whose exceptions do not derive from click's.
    vendored = type(typer.BadParameter("")).__mro__
    return isinstance(error, click.ClickException) or any(
        isinstance(error, base) for base in vendored if base.__name__ == "ClickException"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit status (1 when any input failed)."""
    _state.failures = 0
    try:
        app(args=argv, prog_name="eventgraph", standalone_mode=False)
    except typer.Exit as exit_:
        return exit_.exit_code
    except typer.Abort:
        err("aborted")
        return 130
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except EventGraphError as error:
        if _state.debug:
            raise
        err(f"error: {error}")
        return 1
    except Exception as error:  # click usage errors and unexpected failures
        if _is_usage_error(error):
            error.show()  # type: ignore[attr-defined]
            return int(error.exit_code)  # type: ignore[attr-defined]
        if _state.debug:
            raise
        err(f"internal error: {type(error).__name__}: {error} (run with --debug for details)")
        return 1
    return 1 if _state.failures else 0


if __name__ == "__main__":
    sys.exit(main())
