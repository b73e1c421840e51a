"""eventgraph: news articles to an event timeline knowledge graph.

Examples
--------
>>> import eventgraph
>>> events = eventgraph.extract_text("Putin met Erdogan in Sochi on Monday.", published="2024-03-06")
>>> events[0].type
'meeting'
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "extract_text", "iter_documents"]


def __getattr__(name: str) -> Any:
    # Keep `import eventgraph` cheap: spaCy loads only when extraction is used.
    if name in ("extract", "extract_text"):
        from . import extract as _extract

        return getattr(_extract, name)
    if name == "iter_documents":
        from .loaders import iter_documents

        return iter_documents
    raise AttributeError(f"module 'eventgraph' has no attribute {name!r}")
