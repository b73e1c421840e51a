"""The one exception hierarchy of eventgraph.

Every error a user can cause derives from :class:`EventGraphError`; the CLI
prints its message on one line (no traceback unless ``--debug``).
"""

from __future__ import annotations

__all__ = [
    "EventGraphError",
    "InputError",
    "ModelNotFoundError",
    "StoreError",
    "StoreLockedError",
    "QueryError",
]


class EventGraphError(Exception):
    """Base class of every error eventgraph raises on purpose."""


class InputError(EventGraphError):
    """A document could not be read or parsed.

    Parameters
    ----------
    source : str
        The file (and line, for JSON Lines) that failed.
    reason : str
        What was wrong, in words a user can act on.

    Examples
    --------
    >>> str(InputError("a.txt", "front matter is not closed"))
    'a.txt: front matter is not closed'
    >>> import pickle
    >>> pickle.loads(pickle.dumps(InputError("a.txt", "too long"))).reason
    'too long'
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Extraction workers send these back to the parent process by pickling.
        return InputError, (self.source, self.reason)


class ModelNotFoundError(EventGraphError):
    """No English spaCy pipeline is installed."""


class StoreError(EventGraphError):
    """The store could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process is writing to the store."""


class QueryError(EventGraphError):
    """A SPARQL query is malformed or failed."""
