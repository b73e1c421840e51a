"""eventgraph: news articles to an event timeline knowledge graph.

The package namespace stays light: spaCy loads only when extraction is used.
The stages live in submodules (``eventgraph.loaders``, ``eventgraph.extract``,
``eventgraph.rdf``, ``eventgraph.store``, ``eventgraph.analysis``,
``eventgraph.viz``); the two most used functions are re-exported here.

Examples
--------
>>> import eventgraph
>>> events = eventgraph.extract_text("Putin met Erdogan in Sochi on Monday.", published="2024-03-06")
>>> events[0].type, events[0].date.value
('meeting', '2024-03-04')
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract_text", "iter_documents"]

_LAZY = {"extract_text": "eventgraph.extract", "iter_documents": "eventgraph.loaders"}


def __getattr__(name: str) -> Any:
    # importlib, not `from . import`, which would look the name up here again and recurse
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'eventgraph' has no attribute {name!r}")
