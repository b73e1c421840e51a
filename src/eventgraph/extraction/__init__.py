"""Event extraction: from a parsed spaCy ``Doc`` to :class:`~eventgraph.records.Event` records."""

from __future__ import annotations

from .pipeline import extract_events

__all__ = ["extract_events"]
