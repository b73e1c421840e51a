"""Helpers of the extraction tests: run the pipeline on one sentence and summarise it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventgraph.extract import parse_text
from eventgraph.extraction import extract_events
from eventgraph.records import Document, Event


def extracted(nlp: Any, text: str, published: dt.date) -> list[Event]:
    """The events of ``text`` read as one article published on ``published``."""
    return extract_events(nlp(parse_text(text)), Document("t", text, published=published))


def attack_rows(events: list[Event]) -> list[tuple[list[str], list[str], str | None]]:
    """Agents, targets and date of each attack, in order."""
    return [
        (
            sorted(a.name for a in e.agents),
            sorted(a.name for a in e.targets),
            e.date.value if e.date else None,
        )
        for e in events
        if e.type == "attack"
    ]


def participant_rows(events: list[Event], *, subtype: bool = False) -> list[tuple[Any, ...]]:
    """Type, agents and targets (and subtype) of each event, sorted."""
    rows = []
    for e in events:
        row = (e.type, sorted(a.name for a in e.agents), sorted(a.name for a in e.targets))
        rows.append((*row, e.subtype) if subtype else row)
    return sorted(rows)
