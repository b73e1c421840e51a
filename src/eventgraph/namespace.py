"""The RDF vocabularies of eventgraph: its own ontology and the standard ones it reuses.

``ontology/eventgraph.ttl`` is the source of truth for :class:`EG`; a test
checks that the two list the same terms. ``_fail = True`` makes a misspelt
term an error instead of a silently minted IRI.

Examples
--------
>>> EG.Call
rdflib.term.URIRef('https://w3id.org/eventgraph/ontology#Call')
>>> EG.Cal
Traceback (most recent call last):
...
AttributeError: term 'Cal' not in namespace 'https://w3id.org/eventgraph/ontology#'
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

__all__ = ["EG", "SEM", "GAF", "NIF", "SCHEMA", "WD", "PREFIXES", "ontology_file"]


class EG(DefinedNamespace):
    """The eventgraph ontology (https://w3id.org/eventgraph/ontology#)."""

    _fail = True
    _NS = Namespace("https://w3id.org/eventgraph/ontology#")

    # annotation properties
    cameoCounterpart: URIRef
    ploverCounterpart: URIRef
    # classes
    Document: URIRef
    Call: URIRef
    Meeting: URIRef
    Vote: URIRef
    Statement: URIRef
    Attack: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Group: URIRef
    Ballot: URIRef
    Mention: URIRef
    # actors
    role: URIRef
    affiliation: URIRef
    # roles of actors in events
    hasAgent: URIRef
    hasTarget: URIRef
    hasVoter: URIRef
    hasSponsor: URIRef
    # votes
    hasBallot: URIRef
    voter: URIRef
    position: URIRef
    motion: URIRef
    outcome: URIRef
    yesVotes: URIRef
    noVotes: URIRef
    abstentions: URIRef
    BallotPositionScheme: URIRef
    Yes: URIRef
    No: URIRef
    Abstain: URIRef
    Veto: URIRef
    VoteOutcomeScheme: URIRef
    Adopted: URIRef
    Rejected: URIRef
    Vetoed: URIRef
    # statements
    statementType: URIRef
    quote: URIRef
    StatementTypeScheme: URIRef
    Criticism: URIRef
    Appeal: URIRef
    Support: URIRef
    Denial: URIRef
    Threat: URIRef
    Claim: URIRef
    # attacks
    killed: URIRef
    injured: URIRef
    # dates
    datePrecision: URIRef
    dateText: URIRef
    dateInferred: URIRef
    dateMention: URIRef
    # mentions and provenance
    inDocument: URIRef
    sentence: URIRef
    argumentMention: URIRef
    evidence: URIRef
    trigger: URIRef
    attribution: URIRef
    confidence: URIRef
    cameoCode: URIRef
    ploverCode: URIRef
    # denormalised, for fast reading
    timelineEntry: URIRef


class SEM(DefinedNamespace):
    """The Simple Event Model terms eventgraph uses."""

    _fail = True
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef
    hasEarliestBeginTimeStamp: URIRef
    hasLatestEndTimeStamp: URIRef


class GAF(DefinedNamespace):
    """The Grounded Annotation Framework: instances and the mentions that denote them."""

    _fail = True
    _NS = Namespace("http://groundedannotationframework.org/gaf#")

    denotedBy: URIRef
    denotes: URIRef


class NIF(DefinedNamespace):
    """The NIF 2.0 core terms for text offsets."""

    _fail = True
    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef


#: schema.org, for a document's URL.
SCHEMA = Namespace("https://schema.org/")
#: Wikidata entities, the targets of ``owl:sameAs``.
WD = Namespace("http://www.wikidata.org/entity/")

#: Prefixes for serialisations and queries.
PREFIXES: dict[str, str] = {
    "eg": str(EG._NS),
    "sem": str(SEM._NS),
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "nif": str(NIF._NS),
    "gaf": str(GAF._NS),
    "schema": str(SCHEMA),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": str(WD),
    "egid": "https://w3id.org/eventgraph/id/",
}


def ontology_file(name: str) -> Path:
    """A file of ``ontology/`` (shipped in the package): the ontology, shapes or JSON-LD context.

    Examples
    --------
    >>> ontology_file("eventgraph.ttl").name
    'eventgraph.ttl'
    >>> ontology_file("missing.ttl")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no ontology file 'missing.ttl' (have: context.jsonld, eventgraph.ttl, shapes.ttl)
    """
    folder = Path(__file__).resolve().parent / "ontology"
    path = folder / name
    if not path.is_file():
        have = ", ".join(sorted(p.name for p in folder.glob("*") if p.is_file()))
        raise FileNotFoundError(f"no ontology file {name!r} (have: {have})")
    return path
