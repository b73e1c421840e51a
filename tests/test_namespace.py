"""The Python namespace, the Turtle ontology and the JSON-LD context agree."""

from __future__ import annotations

import json

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from eventgraph.namespace import EG, PREFIXES, SEM, ontology_file
from eventgraph.records import EVENT_TYPES, OUTCOMES, POSITIONS, SUBTYPES


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("eventgraph.ttl"))


def _defined_in_turtle(ontology: Graph) -> set[str]:
    namespace = str(EG._NS)
    return {
        str(s)[len(namespace) :]
        for s in ontology.subjects()
        if isinstance(s, URIRef) and str(s).startswith(namespace) and str(s) != namespace
    }


def test_namespace_matches_ontology(ontology: Graph) -> None:
    assert _defined_in_turtle(ontology) == set(EG.__annotations__)


def test_namespace_every_term_has_label_and_comment(ontology: Graph) -> None:
    missing = [
        name
        for name in EG.__annotations__
        if (EG[name], RDFS.label, None) not in ontology
        or (EG[name], RDFS.comment, None) not in ontology
    ]
    assert missing == []


@pytest.mark.parametrize("name", ["Cal", "hasagent", "Events", "timestamp"])
def test_namespace_misspelt_term_fails(name: str) -> None:
    with pytest.raises(AttributeError, match="not in namespace"):
        getattr(EG, name)


@pytest.mark.parametrize("term", [EG.Call, EG.Meeting, EG.Vote, EG.Statement, EG.Attack])
def test_namespace_event_classes_are_sem_events_with_cameo_and_plover(
    ontology: Graph, term: URIRef
) -> None:
    assert (term, RDFS.subClassOf, SEM.Event) in ontology
    assert (term, EG.cameoCounterpart, None) in ontology
    assert (term, EG.ploverCounterpart, None) in ontology


@pytest.mark.parametrize("term", [EG.hasAgent, EG.hasTarget, EG.hasVoter, EG.hasSponsor])
def test_namespace_roles_are_sub_properties_of_has_actor(ontology: Graph, term: URIRef) -> None:
    assert (term, RDFS.subPropertyOf, SEM.hasActor) in ontology


@pytest.mark.parametrize(
    ("scheme", "values"),
    [
        (EG.StatementTypeScheme, SUBTYPES),
        (EG.BallotPositionScheme, POSITIONS),
        (EG.VoteOutcomeScheme, OUTCOMES),
    ],
)
def test_namespace_concept_schemes_cover_the_record_values(
    ontology: Graph, scheme: URIRef, values: tuple[str, ...]
) -> None:
    concepts = set(ontology.subjects(SKOS.inScheme, scheme))
    labels = {str(ontology.value(c, SKOS.prefLabel)) for c in concepts}
    assert labels == set(values)
    assert all((c, RDF.type, SKOS.Concept) in ontology for c in concepts)


def test_namespace_has_one_class_per_event_type(ontology: Graph) -> None:
    classes = {str(c) for c in ontology.subjects(RDFS.subClassOf, SEM.Event)}
    assert classes == {str(EG[t.capitalize()]) for t in EVENT_TYPES}
    assert all((URIRef(c), RDF.type, OWL.Class) in ontology for c in classes)


def test_namespace_context_prefixes_match() -> None:
    context = json.loads(ontology_file("context.jsonld").read_text())["@context"]
    for prefix, namespace in PREFIXES.items():
        if prefix in context and isinstance(context[prefix], str):
            assert context[prefix] == namespace, prefix
    assert context["eg"] == str(EG._NS)
