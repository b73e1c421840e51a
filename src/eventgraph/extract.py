"""Running extraction over a stream of documents with spaCy's batching."""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import multiprocessing
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from .errors import InputError
from .extraction import Explanation, explain_events, extract_events
from .extraction.participants import dateline_end
from .limits import DEFAULT_TIME_LIMIT, check_length, document_source, within_time
from .loaders import parse_date
from .nlp import load_nlp
from .records import Document, Event

if TYPE_CHECKING:
    from concurrent.futures import Future

    from spacy.language import Language

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "UNUSED_COMPONENTS",
    "explain",
    "extract",
    "extract_text",
    "extraction_nlp",
    "parse_text",
    "resolve_jobs",
]

#: Pipeline components the extractor never reads, left out for speed. The
#: extractor reads lemmas and POS (tagger, attribute_ruler, lemmatizer),
#: dependencies and sentences (parser) and entities (ner), so nothing of
#: ``en_core_web_sm`` can go yet; ``senter`` is off by default anyway.
UNUSED_COMPONENTS: tuple[str, ...] = ()
#: Documents per spaCy batch: news articles of a few hundred words parse at
#: full speed from 16 on; larger batches only cost memory (see benchmarks/).
DEFAULT_BATCH_SIZE = 32
#: Below this many documents per worker, starting workers costs more than it saves.
_MIN_DOCS_PER_PROCESS = 8


def parse_text(text: str) -> str:
    """The text the parser reads: the body with its dateline blanked.

    A dateline ("KABUL (CPA) - ") is no part of the first sentence; left in,
    the parser makes it the sentence's root. Blanking keeps every character
    offset of the body.

    Examples
    --------
    >>> parse_text("KABUL (CPA) - A bomb went off.")
    '              A bomb went off.'
    """
    end = dateline_end(text)
    return " " * end + text[end:] if end else text


def extraction_nlp() -> Language:
    """The spaCy pipeline extraction runs: ``en_core_web_sm`` less :data:`UNUSED_COMPONENTS`.

    Examples
    --------
    >>> "ner" in extraction_nlp().pipe_names
    True
    """
    return load_nlp(disable=UNUSED_COMPONENTS)


def resolve_jobs(jobs: int | None) -> int:
    """Number of parser processes for ``jobs``: ``None`` or ``0`` means every core.

    Examples
    --------
    >>> resolve_jobs(2)
    2
    >>> resolve_jobs(None) == (os.cpu_count() or 1)
    True
    """
    if not jobs or jobs < 1:
        return os.cpu_count() or 1
    return jobs


def extract(
    documents: Iterable[Document],
    *,
    jobs: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Parse documents with spaCy and extract their events, streaming.

    Documents are read lazily and results yielded as they come, so memory
    does not grow with the number of documents.

    Parameters
    ----------
    documents : iterable of Document
    jobs : int, optional
        Worker processes, each parsing and extracting whole batches; ``None``
        or ``0`` uses every core. Small inputs (fewer than 8 documents per
        process) are done in this process, where starting workers would cost
        more than it saves.
    batch_size : int
        Documents per spaCy batch.
    time_limit : float or None
        Seconds the extraction rules may spend on one document
        (:func:`eventgraph.limits.within_time`); ``None`` or 0: no bound.
    on_error : callable, optional
        Called with an :class:`~eventgraph.errors.InputError` naming each
        document that is skipped: longer than
        :data:`eventgraph.limits.MAX_DOCUMENT_CHARS`, or over the time limit.
        The batch goes on. Without it, the first such error is raised.

    Yields
    ------
    (Document, list of Event)

    Examples
    --------
    >>> docs = [Document("d1", "Putin met Erdogan in Sochi.")]
    >>> [(d.id, len(events)) for d, events in extract(docs)]
    [('d1', 1)]
    """
    n_process = resolve_jobs(jobs)
    report = on_error or _raise
    documents = _within_length(documents, report)
    if n_process > 1:
        head = list(itertools.islice(documents, _MIN_DOCS_PER_PROCESS * n_process))
        if len(head) < _MIN_DOCS_PER_PROCESS * n_process:
            n_process = 1
        documents = itertools.chain(head, documents)
    if n_process == 1:
        results = _extract_here(documents, batch_size=batch_size, time_limit=time_limit)
    else:
        results = _extract_in_workers(
            documents, n_process=n_process, batch_size=batch_size, time_limit=time_limit
        )
    try:
        for result in results:
            if isinstance(result, InputError):
                report(result)
                continue
            yield result
    finally:
        results.close()


_Result = tuple[Document, list[Event]] | InputError


def _extract_here(
    documents: Iterable[Document], *, batch_size: int, time_limit: float | None
) -> Generator[_Result, None, None]:
    """Parse and extract in this process; a document over the time limit gives its error."""
    nlp = extraction_nlp()
    stream = ((parse_text(document.text), document) for document in documents)
    for doc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        try:
            with within_time(time_limit, source=document_source(document)):
                events = extract_events(doc, document)
        except InputError as error:
            yield error
            continue
        yield document, events


def _extract_batch(
    documents: list[Document], batch_size: int, time_limit: float | None
) -> list[_Result]:
    """One worker's task: a batch of documents parsed and extracted."""
    return list(_extract_here(documents, batch_size=batch_size, time_limit=time_limit))


def _extract_in_workers(
    documents: Iterable[Document], *, n_process: int, batch_size: int, time_limit: float | None
) -> Generator[_Result, None, None]:
    """Parse and extract batches in ``n_process`` worker processes, results in input order.

    Each worker runs the whole extraction on its batch (not only the parser,
    as spaCy's ``nlp.pipe(n_process=...)`` would, leaving the extraction
    rules to this process), and sends back event records, not parsed
    documents. At most two batches per worker are in flight, so memory does
    not grow with the input. Leaving early (an error, Ctrl-C, a closed pipe)
    cancels the batches not started and waits for the running ones, where
    spaCy's own pool would wait for ever on a worker blocked sending parsed
    documents nobody reads.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    extraction_nlp()  # loaded once here; forked workers share it
    batches = iter(lambda: list(itertools.islice(documents, batch_size)), [])
    pending: collections.deque[Future[list[_Result]]] = collections.deque()
    # A worker that dies fails its batch with BrokenProcessPool (a multiprocessing
    # Pool would wait for it for ever).
    executor = ProcessPoolExecutor(n_process, mp_context=context)
    try:
        for batch in batches:
            pending.append(executor.submit(_extract_batch, batch, batch_size, time_limit))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # Leaving early: drop the batches not started, let the running ones end.
        executor.shutdown(wait=True, cancel_futures=True)


def _raise(error: InputError) -> None:
    raise error


def _within_length(
    documents: Iterable[Document], report: Callable[[InputError], None]
) -> Iterator[Document]:
    for document in documents:
        error = check_length(document)
        if error is None:
            yield document
        else:
            report(error)


def explain(
    documents: Iterable[Document],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[tuple[Document, list[Event], list[Explanation]]]:
    """Extract events and the decision taken on every trigger, in this process.

    Documents longer than :data:`eventgraph.limits.MAX_DOCUMENT_CHARS` are
    passed to ``on_error`` (raised without it), as in :func:`extract`.

    Yields
    ------
    (Document, list of Event, list of Explanation)

    Examples
    --------
    >>> docs = [Document("d1", "Putin will meet Erdogan.")]
    >>> [(d.id, len(events), why[0].decision) for d, events, why in explain(docs)]
    [('d1', 0, 'dropped: modal "will"')]
    """
    nlp = extraction_nlp()
    documents = _within_length(documents, on_error or _raise)
    stream = ((parse_text(document.text), document) for document in documents)
    for doc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        events, explanations = explain_events(doc, document)
        yield document, events, explanations


def extract_text(
    text: str, *, doc_id: str = "text", published: dt.date | str | None = None
) -> list[Event]:
    """Extract the events of one text.

    Parameters
    ----------
    text : str
        The article body.
    doc_id : str
        The document id the events carry.
    published : date or str, optional
        Publication date (``YYYY-MM-DD``) that relative dates resolve against.

    Examples
    --------
    >>> [e.type for e in extract_text("Putin met Erdogan in Sochi.")]
    ['meeting']
    >>> extract_text("Putin met Erdogan on Monday.", published="2024-03-06")[0].date.value
    '2024-03-04'
    """
    document = Document(doc_id, text, published=parse_date(published))
    return next(extract([document], jobs=1))[1]
