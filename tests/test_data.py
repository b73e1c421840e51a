"""The bundled sample corpus in data/: what the project promises about it."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eventgraph.errors import InputError
from eventgraph.loaders import iter_documents
from eventgraph.records import EVENT_TYPES, Document

DATA = Path(__file__).resolve().parents[1] / "data"

# Actors of the storyline that must connect the graph across documents.
RECURRING = ["Kestria", "Drovnia", "Valmora", "Ilse Marek", "Anton Belic", "Amara Okafor", "Security Council"]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    items = list(iter_documents([DATA]))
    assert not [item for item in items if isinstance(item, InputError)]
    return [item for item in items if isinstance(item, Document)]


def test_data_has_a_readme_saying_the_articles_are_fictional() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert "fictional" in readme.lower()


def test_data_articles_are_news_length(documents: list[Document]) -> None:
    articles = [doc for doc in documents if (doc.path or "").endswith(".txt")]
    assert len(articles) >= 12
    lengths = {doc.id: len(doc.text.split()) for doc in articles}
    assert all(250 <= n <= 400 for n in lengths.values()), lengths


def test_data_front_matter_ids_match_file_names(documents: list[Document]) -> None:
    for doc in documents:
        if (doc.path or "").endswith((".txt", ".html")):
            assert doc.id == Path(doc.path or "").stem


def test_data_publication_dates_span_several_weeks(documents: list[Document]) -> None:
    dates = sorted(doc.published for doc in documents if doc.published)
    assert len(dates) == len(documents)
    assert (dates[-1] - dates[0]).days >= 28


@pytest.mark.parametrize("actor", RECURRING)
def test_data_actors_recur_across_articles(documents: list[Document], actor: str) -> None:
    mentioned = [doc.id for doc in documents if actor in doc.text]
    assert len(mentioned) >= 4, mentioned


def test_data_relative_dates_are_used(documents: list[Document]) -> None:
    weekday = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
    assert sum(bool(weekday.search(doc.text)) for doc in documents) >= 12


def test_data_extraction_finds_every_event_type(documents: list[Document], nlp: Any) -> None:
    from eventgraph.extract import extract

    found = Counter(event.type for _doc, events in extract(documents, jobs=1) for event in events)
    assert set(EVENT_TYPES) <= set(found), found
