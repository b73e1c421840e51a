"""Running extraction over a stream of documents with spaCy's batching."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .extraction import extract_events
from .nlp import load_nlp
from .records import Document, Event

__all__ = ["extract", "extract_text"]


def extract(
    documents: Iterable[Document], *, jobs: int | None = 1, batch_size: int = 32
) -> Iterator[tuple[Document, list[Event]]]:
    """Parse documents with spaCy and extract their events, streaming.

    Parameters
    ----------
    documents : iterable of Document
    jobs : int, optional
        Worker processes for parsing; ``None`` uses every core.
    batch_size : int
        Documents per spaCy batch.

    Yields
    ------
    (Document, list of Event)

    Examples
    --------
    >>> docs = [Document("d1", "Putin met Erdogan in Sochi.")]
    >>> [(d.id, len(events)) for d, events in extract(docs)]
    [('d1', 1)]
    """
    nlp = load_nlp()
    n_process = jobs or os.cpu_count() or 1
    stream = ((document.text, document) for document in documents)
    for doc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield document, extract_events(doc, document)


def extract_text(text: str, *, doc_id: str = "text", published=None) -> list[Event]:
    """Extract the events of one text.

    Examples
    --------
    >>> [e.type for e in extract_text("Putin met Erdogan in Sochi.")]
    ['meeting']
    """
    document = Document(doc_id, text, published=published)
    return next(extract([document]))[1]
