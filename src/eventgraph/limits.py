"""Bounds on what one document may cost: its length, and the time its extraction takes.

A batch of news articles must not stall on one pathological input. Two
bounds keep every document's cost finite:

- a document longer than :data:`MAX_DOCUMENT_CHARS` characters is refused
  before parsing (spaCy's memory grows with the length of a text, and a
  5 MB "article" is a data dump, not news);
- the extraction rules that run over a parsed document stop after
  :data:`DEFAULT_TIME_LIMIT` seconds (:func:`within_time`).

Either way the document becomes an :class:`~eventgraph.errors.InputError`
naming it, and the rest of the batch goes on.

Examples
--------
>>> from eventgraph.records import Document
>>> print(check_length(Document("big", "word " * 30_000)))
big: document is 150,000 characters long, more than the 100,000 extraction reads per document; split it into shorter documents
>>> check_length(Document("small", "Text.")) is None
True
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import InputError
from .records import Document

__all__ = [
    "DEFAULT_TIME_LIMIT",
    "MAX_DOCUMENT_CHARS",
    "check_length",
    "document_source",
    "within_time",
]

#: Longest document (in characters) extraction reads: about 15,000 words,
#: several times the longest news feature, and a few seconds of parsing.
MAX_DOCUMENT_CHARS = 100_000
#: Seconds the extraction rules may spend on one document.
DEFAULT_TIME_LIMIT = 60.0


class _Overtime(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` swallows it."""


def document_source(document: Document) -> str:
    """How errors name a document: its id, and the file it came from when known.

    Examples
    --------
    >>> document_source(Document("a1", "Text.", path="news/a1.txt"))
    'news/a1.txt (a1)'
    >>> document_source(Document("a1", "Text."))
    'a1'
    """
    if document.path and document.path != document.id:
        return f"{document.path} ({document.id})"
    return document.id


def check_length(document: Document, *, limit: int = MAX_DOCUMENT_CHARS) -> InputError | None:
    """The error refusing a document longer than ``limit`` characters, or None.

    Examples
    --------
    >>> check_length(Document("d", "Twelve chars"), limit=10).reason
    'document is 12 characters long, more than the 10 extraction reads per document; split it into shorter documents'
    """
    if len(document.text) <= limit:
        return None
    return InputError(
        document_source(document),
        f"document is {len(document.text):,} characters long, more than the {limit:,} "
        "extraction reads per document; split it into shorter documents",
    )


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def within_time(seconds: float | None, *, source: str) -> Iterator[None]:
    """Stop the body after ``seconds`` with an :class:`InputError` naming ``source``.

    The bound uses ``SIGALRM``, so it holds in the main thread of a POSIX
    process; elsewhere (other threads, Windows), and when ``seconds`` is
    None or 0, the body runs unbounded. A body blocked inside C code stops
    when that call returns.

    Raises
    ------
    InputError
        The body ran longer than ``seconds``.

    Examples
    --------
    >>> import time
    >>> with within_time(0.05, source="slow.txt"):
    ...     time.sleep(1)
    Traceback (most recent call last):
    ...
    eventgraph.errors.InputError: slow.txt: extraction stopped after 0.05 s (the limit per document) and the document was skipped; split it into shorter documents or raise the limit (--time-limit)
    >>> with within_time(5, source="fast.txt"):
    ...     pass
    """
    if not seconds or seconds <= 0 or not _can_alarm():
        yield
        return

    def _alarm(signum: int, frame: FrameType | None) -> None:
        raise _Overtime

    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        try:
            # Armed inside the try: an alarm due before the body starts (a
            # tiny limit on a busy machine) is then the same InputError.
            signal.setitimer(signal.ITIMER_REAL, seconds)
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Overtime:
        raise InputError(
            source,
            f"extraction stopped after {seconds:g} s (the limit per document) and the document "
            "was skipped; split it into shorter documents or raise the limit (--time-limit)",
        ) from None
    finally:
        signal.signal(signal.SIGALRM, previous)
