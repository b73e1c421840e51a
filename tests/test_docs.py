"""The README is tested: its command table, its Python examples, its SPARQL and its ontology.

- every registered CLI command is in the README's table of commands, and nothing else is;
- its links to files of the repository (screenshots, notebooks, docs) resolve;
- the ``python`` blocks run as doctests, in order, sharing their names;
- each ``sparql`` block runs on a store of the sample corpus and returns rows;
- the ``eg:`` terms the README names exist in ``ontology/eventgraph.ttl``, and every class
  and property of the ontology is named.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import pytest
import typer

from eventgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
ONTOLOGY = ROOT / "ontology" / "eventgraph.ttl"
EG = "https://w3id.org/eventgraph/ontology#"

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(language: str) -> list[tuple[int, str]]:
    """The README's fenced blocks of one language, with the line each starts on."""
    text = README.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start()) + 1, match.group(2))
        for match in _FENCE.finditer(text)
        if match.group(1) == language
    ]


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


SPARQL = _blocks("sparql")


# ---------------------------------------------------------------- commands


def test_docs_readme_has_a_table_row_for_every_command() -> None:
    registered = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    rows = re.findall(r"^\| `eventgraph ([\w-]+)", _section("Commands"), re.MULTILINE)
    assert len(rows) == len(set(rows)), "a command has two rows"
    assert sorted(registered - set(rows)) == [], "commands missing from the README's table"
    assert sorted(set(rows) - registered) == [], "the README's table lists unknown commands"


def test_docs_readme_links_point_to_files_of_the_repository() -> None:
    targets = re.findall(r"\]\(([^)\s]+)\)", README.read_text(encoding="utf-8"))
    local = [target.split("#")[0] for target in targets if "://" not in target]
    assert local, "the README links no file of the repository"
    assert [target for target in local if not (ROOT / target).exists()] == []


# ---------------------------------------------------------------- Python examples


def test_docs_every_python_block_is_a_doctest() -> None:
    blocks = _blocks("python")
    assert blocks, "the README has no python example"
    plain = [line for line, block in blocks if ">>> " not in block]
    assert plain == [], f"python blocks at README lines {plain} have no >>> examples to test"


def test_docs_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Run where the examples' relative paths hold: data/ of this checkout, files written to tmp.
    (tmp_path / "data").symlink_to(ROOT / "data", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    names: dict[str, Any] = {}
    for line, block in _blocks("python"):
        test = parser.get_doctest(block, names, f"README.md line {line}", str(README), line)
        runner.run(test, out=report.append, clear_globs=False)
        names = test.globs  # the next block sees what this one defined
    store = names.get("store")
    if store is not None:
        store.close()
    assert runner.failures == 0, "".join(report)
    assert runner.tries >= 10


# ---------------------------------------------------------------- SPARQL examples


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The sample corpus in data/, extracted and ingested once for this module."""
    from eventgraph.extract import extract
    from eventgraph.loaders import iter_documents
    from eventgraph.records import Document
    from eventgraph.store import Store

    documents = [d for d in iter_documents([ROOT / "data"]) if isinstance(d, Document)]
    store = Store(tmp_path_factory.mktemp("docs") / "eventgraph.db")
    store.ingest(extract(documents, jobs=1))
    yield store
    store.close()


def test_docs_readme_has_five_sparql_examples() -> None:
    assert len(SPARQL) >= 5


@pytest.mark.parametrize(
    "query", [block for _, block in SPARQL], ids=[block.splitlines()[0] for _, block in SPARQL]
)
def test_docs_sparql_example_returns_rows(sample_store: Any, query: str) -> None:
    from eventgraph.query import run_query

    assert query.startswith("# "), "start each example with a comment saying what it asks"
    result = run_query(sample_store, query)
    assert result.rows, "the example returns no rows on the sample corpus"
    empty = [name for name in result.variables if all(row[name] is None for row in result.rows)]
    assert empty == [], f"columns never bound on the sample corpus: {empty}"


# ---------------------------------------------------------------- ontology


def _ontology_terms() -> set[str]:
    from rdflib import OWL, RDF, Graph

    graph = Graph().parse(ONTOLOGY)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {
        str(term)[len(EG) :]
        for kind in kinds
        for term in graph.subjects(RDF.type, kind)
        if str(term).startswith(EG)
    }


def test_docs_readme_names_every_class_and_property_of_the_ontology() -> None:
    named = set(re.findall(r"\beg:(\w+)", _section("The knowledge graph")))
    assert sorted(_ontology_terms() - named) == []


def test_docs_readme_names_only_terms_the_ontology_defines() -> None:
    from rdflib import Graph, URIRef

    graph = Graph().parse(ONTOLOGY)
    defined = {str(s)[len(EG) :] for s in graph.subjects() if isinstance(s, URIRef)}
    named = set(re.findall(r"\beg:(\w+)", README.read_text(encoding="utf-8")))
    assert sorted(named - defined) == []
