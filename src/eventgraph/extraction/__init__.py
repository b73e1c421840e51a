"""Event extraction: from a parsed spaCy ``Doc`` to :class:`~eventgraph.records.Event` records.

The stages live in their own modules (see :mod:`.pipeline` for the order);
:func:`extract_events` runs them all, :func:`explain_events` also returns
the decision taken on every trigger.
"""

from __future__ import annotations

from .candidates import Explanation
from .pipeline import explain_events, extract_events

__all__ = ["Explanation", "explain_events", "extract_events"]
