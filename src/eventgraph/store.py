"""The embedded on-disk store: Oxigraph (pyoxigraph) behind one small class.

The store is a folder (``--store PATH``, else ``$EVENTGRAPH_STORE``, else
``./eventgraph.db``) holding one named graph per document. Ingesting a
document replaces its graph: the drop and the insert are one SPARQL Update
request, which Oxigraph runs as one transaction, so an interrupted ingest
leaves whole documents only and a rerun completes it.

Writers take an exclusive lock and readers a shared one (``flock`` on a file
inside the store folder), so ``ingest`` fails with
:class:`~eventgraph.errors.StoreLockedError` while another process reads or
writes, and readers fail while a writer works, instead of meeting Oxigraph's
undefined behaviour. Readers open Oxigraph read-only, so several can share a
store (the SPARQL server is one).

Queries see the union of the document graphs as their default graph.

Examples
--------
>>> import tempfile
>>> from eventgraph.records import Document
>>> with tempfile.TemporaryDirectory() as tmp, Store(f"{tmp}/db") as store:
...     report = store.ingest([(Document("d1", "Text."), [])])
...     report.documents, store.documents()
(1, ['d1'])
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError, StoreLockedError
from .rdf import document_iri, document_triples
from .records import Document, Event

__all__ = [
    "DEFAULT_STORE",
    "STORE_ENV",
    "EXPORT_FORMATS",
    "IngestReport",
    "Store",
    "store_path",
    "to_ntriples",
]

#: Where the store lives when neither ``--store`` nor ``$EVENTGRAPH_STORE`` says.
DEFAULT_STORE = "eventgraph.db"
#: The environment variable naming the store.
STORE_ENV = "EVENTGRAPH_STORE"
#: Export formats and their Oxigraph formats (JSON-LD goes through rdflib for its context).
EXPORT_FORMATS: dict[str, ox.RdfFormat | None] = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": None,
}
_LOCK_FILE = "eventgraph.lock"
# The start of a SPARQL Update request (after prologue and comments), to name the refusal.
_UPDATE = re.compile(
    r"^(?:\s|#[^\n]*\n|(?:PREFIX|BASE)\b[^>]*>)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)
# The file Oxigraph's RocksDB writes first in a new store folder.
_OXIGRAPH_MARK = "CURRENT"
# Documents per transaction: large enough to amortise a commit, small enough
# that an interrupted ingest loses little work.
_BATCH_DOCUMENTS = 64
_BATCH_TRIPLES = 50_000
# Triples written between two flushes of Oxigraph's in-memory tables to disk.
_FLUSH_TRIPLES = 200_000


def store_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The store location: *path*, else ``$EVENTGRAPH_STORE``, else ``./eventgraph.db``.

    Examples
    --------
    >>> store_path("/tmp/x.db")
    PosixPath('/tmp/x.db')
    """
    if path:
        return Path(path)
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


_BAD_IRI = re.compile(r'[<>"{}|^`\\\s]')


@functools.lru_cache(maxsize=65536)
def _iri(node: URIRef) -> str:
    # IRIs repeat (predicates, classes, actors): cached, they cost one lookup each.
    if _BAD_IRI.search(node):
        raise StoreError(f"cannot store the malformed IRI {str(node)!r}")
    return f"<{node}>"


def _term(node: Node) -> str:
    if isinstance(node, URIRef):
        return _iri(node)
    if isinstance(node, Literal):
        lexical = f'"{_escape(str(node))}"'
        if node.language:
            return f"{lexical}@{node.language}"
        if node.datatype:
            return f"{lexical}^^{_iri(node.datatype)}"
        return lexical
    if isinstance(node, BNode):
        return f"_:{node}"
    raise StoreError(f"cannot store the RDF term {node!r}")


def to_ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """N-Triples for rdflib triples, without duplicates (also valid inside SPARQL ``INSERT DATA``).

    Examples
    --------
    >>> print(to_ntriples([(URIRef("http://a"), URIRef("http://b"), Literal('say "hi"'))]), end="")
    <http://a> <http://b> "say \\"hi\\"" .
    """
    lines = dict.fromkeys(f"{_term(s)} {_term(p)} {_term(o)} .\n" for s, p, o in triples)
    return "".join(lines)


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did: documents and events written, triples now in the store."""

    documents: int
    events: int
    triples: int


def _open_error(path: Path, error: OSError) -> StoreError:
    text = str(error)
    if "lock" in text.lower():
        return StoreLockedError(
            f"store is in use: another process has {path} open for writing; "
            "wait for it to finish or use another --store"
        )
    return StoreError(f"cannot open the store at {path}: {text}")


class Store:
    """An Oxigraph store on disk (or in memory with ``path=None``), one named graph per document.

    Parameters
    ----------
    path : path-like or None
        The store folder, created when missing (unless ``read_only``).
        ``None`` keeps the store in memory.
    read_only : bool
        Open for reading only: several readers may share the store; no writer may.

    Raises
    ------
    StoreLockedError
        Another process writes the store (or reads it, when opening to write).
    StoreError
        The folder is not an Oxigraph store, or a read-only store does not exist.

    Examples
    --------
    >>> store = Store(None)
    >>> len(store)
    0
    """

    def __init__(self, path: str | os.PathLike[str] | None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._lock: IO[bytes] | None = None
        self._wrote = False
        if self.path is None:
            self._ox = ox.Store()
            return
        if read_only and not self.path.exists():
            raise StoreError(
                f"no store at {self.path}: run `eventgraph ingest PATH... --store {self.path}` first"
            )
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not a store folder; choose another --store")
        if read_only and not (self.path / _OXIGRAPH_MARK).exists():
            # An ingest killed before its first write leaves the folder and the lock file only.
            raise StoreError(
                f"no store at {self.path} (the folder holds no data: an ingest may have stopped "
                f"before writing); run `eventgraph ingest PATH... --store {self.path}` first"
            )
        self.path.mkdir(parents=True, exist_ok=True)
        self._take_lock()
        try:
            self._ox = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as error:
            self._release_lock()
            raise _open_error(self.path, error) from None

    # ------------------------------------------------------------ lifecycle

    def _take_lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # no flock (Windows): Oxigraph's own lock still guards writers
            return
        assert self.path is not None
        handle = open(self.path / _LOCK_FILE, "ab")  # noqa: SIM115 - held until close()
        mode = fcntl.LOCK_SH if self.read_only else fcntl.LOCK_EX
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            doing = "reading" if self.read_only else "writing"
            raise StoreLockedError(
                f"store is in use: another process is using {self.path}, so it cannot be opened "
                f"for {doing}; wait for it to finish (or stop `eventgraph serve`) "
                "or use another --store"
            ) from None
        self._lock = handle

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def close(self) -> None:
        """Flush and release the store; the object is unusable afterwards."""
        if getattr(self, "_ox", None) is not None:
            if self._wrote and self.path is not None:
                # Compacting after a write shrank a 1M-triple store from 1.1 GB to 0.3 GB
                # on disk, in well under a second.
                self._ox.flush()
                self._ox.optimize()
            del self._ox
            self._ox = None  # type: ignore[assignment]
        self._release_lock()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store`, for queries this class does not wrap."""
        return self._ox

    # ------------------------------------------------------------ writing

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("the store was opened read-only; open it without read_only to write")

    def replace_documents(self, graphs: Mapping[str, str]) -> None:
        """Write the named graphs of some documents, each document whole or not at all.

        The documents the store already has are replaced in one transaction
        (their old graphs dropped and the new ones inserted together); new
        documents are loaded one transaction each, through Oxigraph's N-Triples
        parser (2-3x faster than the same triples in a SPARQL update).

        Parameters
        ----------
        graphs : mapping of document id to N-Triples
            The full new content of each document's graph.

        Examples
        --------
        >>> store = Store(None)
        >>> store.replace_documents({"d1": '<http://a> <http://b> "1" .'})
        >>> store.replace_documents({"d1": '<http://a> <http://b> "2" .'})
        >>> len(store)
        1
        """
        self._check_writable()
        if not graphs:
            return
        self._wrote = True
        nodes = {doc: ox.NamedNode(document_iri(doc)) for doc in graphs}
        stored = [doc for doc in graphs if self._ox.contains_named_graph(nodes[doc])]
        try:
            if stored:
                operations = []
                for doc in stored:
                    operations.append(f"DROP SILENT GRAPH {nodes[doc]}")
                    if graphs[doc].strip():
                        operations.append(
                            f"INSERT DATA {{ GRAPH {nodes[doc]} {{\n{graphs[doc]}\n}} }}"
                        )
                self._ox.update(" ;\n".join(operations))
            for doc, ntriples in graphs.items():
                if doc not in stored and ntriples.strip():
                    self._ox.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=nodes[doc])
        except (OSError, RuntimeError, SyntaxError, ValueError) as error:
            raise StoreError(f"writing {len(graphs)} document(s) failed: {error}") from None

    def ingest(
        self,
        results: Iterable[tuple[Document, Iterable[Event]]],
        *,
        batch_documents: int = _BATCH_DOCUMENTS,
    ) -> IngestReport:
        """Write documents and their events, replacing what the store had for them.

        Documents are written in batches, each one transaction, so an
        interrupted ingest leaves whole documents only.

        Parameters
        ----------
        results : iterable of (Document, iterable of Event)
            What :func:`eventgraph.extract.extract` yields.
        batch_documents : int
            Most documents per transaction.

        Examples
        --------
        >>> store = Store(None)
        >>> store.ingest([(Document("d1", "Text."), [])]).triples > 0
        True
        """
        self._check_writable()
        documents = events = 0
        batch: dict[str, str] = {}
        batch_triples = 0
        unflushed = 0
        for document, doc_events in results:
            doc_events = list(doc_events)
            ntriples = to_ntriples(document_triples(document, doc_events))
            batch[document.id] = ntriples
            batch_triples += ntriples.count("\n")
            documents += 1
            events += len(doc_events)
            if len(batch) >= batch_documents or batch_triples >= _BATCH_TRIPLES:
                self.replace_documents(batch)
                unflushed += batch_triples
                batch, batch_triples = {}, 0
                if unflushed >= _FLUSH_TRIPLES and self.path is not None:
                    # Oxigraph keeps every write in memory until a flush: without
                    # one, ingest grew by 0.65 MB per 400-word article.
                    self._ox.flush()
                    unflushed = 0
        self.replace_documents(batch)
        return IngestReport(documents=documents, events=events, triples=len(self))

    def remove_documents(self, docs: Iterable[str]) -> None:
        """Drop the graphs of some documents in one transaction.

        Examples
        --------
        >>> store = Store(None)
        >>> _ = store.ingest([(Document("d1", "Text."), [])])
        >>> store.remove_documents(["d1"]); len(store)
        0
        """
        self.replace_documents(dict.fromkeys(docs, ""))

    # ------------------------------------------------------------ reading

    def __len__(self) -> int:
        """The number of quads in the store."""
        return len(self._ox)

    def documents(self) -> list[str]:
        """The ids of the stored documents, sorted.

        Examples
        --------
        >>> Store(None).documents()
        []
        """
        rows = self.query(
            "SELECT DISTINCT ?id WHERE { GRAPH ?g { ?g <http://purl.org/dc/terms/identifier> ?id } }"
        )
        assert isinstance(rows, ox.QuerySolutions)
        return sorted(row["id"].value for row in rows)

    def graphs(self) -> list[str]:
        """The IRIs of the stored named graphs, sorted."""
        return sorted(
            graph.value for graph in self._ox.named_graphs() if isinstance(graph, ox.NamedNode)
        )

    def query(
        self, sparql: str, *, union: bool = True
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query; by default over the union of the document graphs.

        Raises
        ------
        QueryError
            The query is malformed or fails.

        Examples
        --------
        >>> bool(Store(None).query("ASK { ?s ?p ?o }"))
        False
        """
        try:
            return self._ox.query(sparql, use_default_graph_as_union=union)
        except SyntaxError as error:
            if _UPDATE.search(sparql):
                raise QueryError(
                    "SPARQL Update is not accepted: queries only read the store "
                    "(use `eventgraph ingest` to change it)"
                ) from None
            raise QueryError(f"the query is not valid SPARQL: {error}") from None
        except (OSError, RuntimeError, ValueError) as error:
            raise QueryError(f"the query failed: {error}") from None

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the store."""
        return iter(self._ox)

    def export(self, format: str = "trig") -> bytes:
        """Serialise the store: ``ttl``/``nt`` (the union of the graphs), ``trig``/``nq`` (with
        the named graphs) or ``jsonld`` (named graphs, compacted with ``ontology/context.jsonld``).

        Examples
        --------
        >>> store = Store(None)
        >>> _ = store.ingest([(Document("d1", "Text."), [])])
        >>> b"dcterms:identifier" in store.export("ttl")
        True
        """
        from .namespace import PREFIXES

        if format not in EXPORT_FORMATS:
            raise StoreError(
                f"unknown export format {format!r}: choose one of {', '.join(EXPORT_FORMATS)}"
            )
        if format == "jsonld":
            return _jsonld(self)
        rdf_format = EXPORT_FORMATS[format]
        assert rdf_format is not None
        if rdf_format.supports_datasets:
            return bytes(ox.serialize(self._ox, format=rdf_format, prefixes=PREFIXES) or b"")
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in self._ox)
        # A triple stated in several document graphs is written once.
        unique = dict.fromkeys(triples)
        return bytes(ox.serialize(unique, format=rdf_format, prefixes=PREFIXES) or b"")


def _jsonld(store: Store) -> bytes:
    import json

    from rdflib import Dataset

    from .namespace import ontology_file

    dataset = Dataset()
    dataset.parse(data=store.export("nq").decode(), format="nquads")
    context = json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]
    text = dataset.serialize(format="json-ld", context=context, auto_compact=True)
    return text.encode() if isinstance(text, str) else bytes(text)
