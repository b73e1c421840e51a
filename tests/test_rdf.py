"""Events to RDF: IRIs, the mapping of every field, mentions, SHACL conformance."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, TIME

from eventgraph.namespace import EG, GAF, NIF, SCHEMA, SEM, WD, ontology_file
from eventgraph.rdf import (
    ID,
    actor_iri,
    date_bounds,
    document_graph,
    document_iri,
    event_iri,
    mint,
    to_dataset,
)
from eventgraph.records import Actor, Document, Event, EventDate, Mention
from kg_samples import NETANYAHU, PUTIN, RUSSIA, extracted, sample_corpus

ROOT = Path(__file__).resolve().parents[1]


def union(pairs) -> Graph:
    rdf = Graph()
    for document, events in pairs:
        rdf += document_graph(document, events)
    return rdf


def conforms(rdf: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    shapes = Graph().parse(ontology_file("shapes.ttl"))
    ok, _, text = validate(rdf, shacl_graph=shapes, inference="none")
    return bool(ok), str(text)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("doc", "seed-001"), "doc/seed-001"),
        (("doc", "a b/c"), "doc/a_b%2Fc"),
        (("doc", "a_b"), "doc/a%5Fb"),
        (("event", "seed-001-call-1"), "event/seed-001-call-1"),
        (("actor", "wd:Q159"), "actor/wd/Q159"),
        (("actor", "person:vladimir putin"), "actor/person/vladimir_putin"),
        (("place", "New Delhi"), "place/new_delhi"),
        (("ballot", "e1", "wd:Q30"), "event/e1/ballot/wd/Q30"),
        (("mention", "d1", 3, 9), "doc/d1#char=3,9"),
    ],
)
def test_rdf_mint(parts: tuple, expected: str) -> None:
    assert mint(*parts) == URIRef(str(ID) + expected)


@pytest.mark.parametrize("kind", ["planet", "", "Doc"])
def test_rdf_mint_unknown_kind(kind: str) -> None:
    with pytest.raises(ValueError, match="unknown kind of IRI"):
        mint(kind, "x")


def test_rdf_mint_distinguishes_underscore_from_space() -> None:
    assert mint("doc", "a b") != mint("doc", "a_b")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (Actor("Hamas", "group"), Actor("HAMAS", "group", aliases=("the group",))),
        (Actor("Russia", "country", wikidata="Q159"), Actor("Moscow", "country", wikidata="Q159")),
        (Actor("Vladimir  Putin", "person"), Actor("vladimir putin", "person")),
    ],
)
def test_rdf_actor_iri_is_stable_across_documents(first: Actor, second: Actor) -> None:
    assert actor_iri(first) == actor_iri(second)


def test_rdf_actor_iri_separates_kinds() -> None:
    assert actor_iri(Actor("Georgia", "country")) != actor_iri(Actor("Georgia", "person"))


def test_rdf_event_iri_comes_from_event_id() -> None:
    (document, events), _ = sample_corpus()
    assert {event_iri(e) for e in events} == {mint("event", e.id) for e in events}
    rdf = document_graph(document, events)
    for event in events:
        assert (event_iri(event), DCTERMS.identifier, Literal(event.id)) in rdf


def test_rdf_same_as_wikidata_only_when_known() -> None:
    rdf = union(sample_corpus())
    assert (actor_iri(PUTIN), OWL.sameAs, WD.Q7747) in rdf
    hamas = mint("actor", "group:hamas")
    assert list(rdf.objects(hamas, OWL.sameAs)) == []


def test_rdf_malformed_wikidata_id_is_not_linked() -> None:
    actor = Actor("X", "person", wikidata="not an id")
    event = Event("d-call-1", "d", "call", agents=(actor,), mentions=(Mention("d", 0, 1, "T"),))
    rdf = document_graph(Document("d", "Text."), [event])
    assert list(rdf.objects(None, OWL.sameAs)) == []


def test_rdf_document_graph_holds_its_metadata() -> None:
    (document, events), _ = sample_corpus()
    rdf = document_graph(document, events)
    node = document_iri(document.id)
    assert rdf.identifier == node
    assert (node, RDF.type, EG.Document) in rdf
    assert (node, DCTERMS.title, Literal(document.title)) in rdf
    assert (node, DCTERMS.publisher, Literal("Example Wire")) in rdf
    assert (node, DCTERMS.issued, Literal("2023-12-11", datatype=XSD.date)) in rdf
    assert (node, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)) in rdf
    assert all((event_iri(e), PROV.wasDerivedFrom, node) in rdf for e in events)


@pytest.mark.parametrize(
    ("value", "datatype", "precision", "first", "last"),
    [
        ("2023-12-10", XSD.date, TIME.unitDay, "2023-12-10", "2023-12-10"),
        ("2024-02", XSD.gYearMonth, TIME.unitMonth, "2024-02-01", "2024-02-29"),
        ("2023-02", XSD.gYearMonth, TIME.unitMonth, "2023-02-01", "2023-02-28"),
        ("2019", XSD.gYear, TIME.unitYear, "2019-01-01", "2019-12-31"),
    ],
)
def test_rdf_date_with_precision_and_bounds(value, datatype, precision, first, last) -> None:
    event = Event(
        "d-call-1", "d", "call", date=EventDate(value), mentions=(Mention("d", 0, 1, "T"),)
    )
    rdf = document_graph(Document("d", "Text."), [event])
    node = event_iri(event)
    assert rdf.value(node, SEM.hasTimeStamp) == Literal(value, datatype=datatype)
    assert rdf.value(node, EG.datePrecision) == precision
    assert rdf.value(node, SEM.hasEarliestBeginTimeStamp) == Literal(first, datatype=XSD.date)
    assert rdf.value(node, SEM.hasLatestEndTimeStamp) == Literal(last, datatype=XSD.date)


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "December", "", "23-12-10"])
def test_rdf_malformed_date_gets_no_timestamp(value: str) -> None:
    assert date_bounds(value) is None
    event = Event(
        "d-call-1",
        "d",
        "call",
        date=EventDate(value, text="then"),
        mentions=(Mention("d", 0, 1, "T"),),
    )
    rdf = document_graph(Document("d", "Text."), [event])
    assert rdf.value(event_iri(event), SEM.hasTimeStamp) is None
    assert rdf.value(event_iri(event), EG.dateText) == Literal("then")


def test_rdf_vote_ballots_tally_outcome_sponsor() -> None:
    (document, events), _ = sample_corpus()
    vote = next(e for e in events if e.type == "vote")
    rdf = document_graph(document, events)
    node = event_iri(vote)
    assert rdf.value(node, EG.outcome) == EG.Vetoed
    assert rdf.value(node, EG.motion) == Literal("a UAE resolution")
    assert rdf.value(node, EG.yesVotes) == Literal(13, datatype=XSD.integer)
    assert rdf.value(node, EG.noVotes) is None
    assert rdf.value(node, EG.abstentions) == Literal(1, datatype=XSD.integer)
    positions = {
        (rdf.value(b, EG.voter), rdf.value(b, EG.position)) for b in rdf.objects(node, EG.hasBallot)
    }
    assert positions == {(mint("actor", "wd:Q30"), EG.Veto), (actor_iri(RUSSIA), EG.Yes)}
    assert (node, EG.hasVoter, actor_iri(RUSSIA)) in rdf
    assert (node, EG.hasSponsor, mint("actor", "country:united arab emirates")) in rdf


def test_rdf_statement_and_attack_extras() -> None:
    rdf = union(sample_corpus())
    statement = mint("event", "kg-001-statement-1")
    assert rdf.value(statement, EG.statementType) == EG.Criticism
    assert rdf.value(statement, EG.quote) == Literal("this is unacceptable")
    assert rdf.value(statement, EG.dateInferred) == Literal(True)
    attack = mint("event", "kg-002-attack-1")
    assert rdf.value(attack, EG.killed) == Literal(1200, datatype=XSD.integer)
    assert rdf.value(attack, EG.injured) is None
    meeting = mint("event", "kg-002-meeting-1")
    assert rdf.value(rdf.value(meeting, SEM.hasPlace), RDFS.label) == Literal("Moscow")


def test_rdf_roles_are_also_sem_has_actor() -> None:
    rdf = union(sample_corpus())
    call = mint("event", "kg-001-call-1")
    assert (call, EG.hasAgent, actor_iri(NETANYAHU)) in rdf
    assert (call, EG.hasTarget, actor_iri(PUTIN)) in rdf
    assert set(rdf.objects(call, SEM.hasActor)) == {actor_iri(NETANYAHU), actor_iri(PUTIN)}


def test_rdf_person_keeps_role_and_affiliation() -> None:
    rdf = union(sample_corpus())
    node = actor_iri(NETANYAHU)
    assert (node, RDF.type, EG.Person) in rdf
    assert rdf.value(node, EG.role) == Literal("Prime Minister")
    assert rdf.value(node, EG.affiliation) == Literal("Israel")


def test_rdf_every_mention_covers_its_text() -> None:
    pairs = sample_corpus()
    texts = {document_iri(d.id): d.text for d, _ in pairs}
    rdf = union(pairs)
    mentions = set(rdf.subjects(RDF.type, EG.Mention))
    assert mentions
    for mention in mentions:
        text = texts[rdf.value(mention, EG.inDocument)]
        begin, end = int(rdf.value(mention, NIF.beginIndex)), int(rdf.value(mention, NIF.endIndex))
        assert str(rdf.value(mention, NIF.anchorOf)) == text[begin:end]
        assert str(mention).endswith(f"#char={begin},{end}")


def test_rdf_every_event_and_argument_points_to_its_text() -> None:
    rdf = union(sample_corpus())
    for event in rdf.subjects(RDF.type, SEM.Event):
        assert list(rdf.objects(event, GAF.denotedBy)), event
        named = {rdf.value(m, GAF.denotes) for m in rdf.objects(event, EG.argumentMention)}
        assert set(rdf.objects(event, SEM.hasActor)) <= named, event


def test_rdf_dataset_has_one_graph_per_document() -> None:
    dataset = to_dataset(sample_corpus())
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {document_iri("kg-001"), document_iri("kg-002")}


def test_rdf_shacl_conforms_for_every_field() -> None:
    ok, text = conforms(union(sample_corpus()))
    assert ok, text


def _break(rdf: Graph, remove=(), add=()) -> Graph:
    broken = Graph()
    broken += rdf
    for triple in remove:
        broken.remove(triple)
    for triple in add:
        broken.add(triple)
    return broken


CALL = mint("event", "kg-001-call-1")
VOTE = mint("event", "kg-001-vote-1")


@pytest.mark.parametrize(
    ("remove", "add"),
    [
        ([(CALL, GAF.denotedBy, None)], []),
        ([(CALL, EG.confidence, None)], [(CALL, EG.confidence, Literal(1.5))]),
        ([], [(CALL, EG.killed, Literal(3, datatype=XSD.integer))]),
        ([], [(VOTE, EG.hasTarget, actor_iri(PUTIN))]),
        ([], [(VOTE, EG.outcome, EG.Yes)]),
        ([(None, EG.position, None)], []),
        ([], [(CALL, SEM.hasTimeStamp, Literal("2023-12-11", datatype=XSD.date))]),
        ([(CALL, EG.datePrecision, None)], []),
        ([], [(actor_iri(PUTIN), OWL.sameAs, URIRef("http://example.org/putin"))]),
        ([], [(actor_iri(PUTIN), RDF.type, EG.Country)]),
        ([(document_iri("kg-001"), DCTERMS.identifier, None)], []),
        ([(CALL, DCTERMS.identifier, None)], []),
        ([(CALL, EG.timelineEntry, None)], []),
        ([(CALL, EG.timelineEntry, None)], [(CALL, EG.timelineEntry, Literal("{}"))]),
        ([], [(CALL, EG.timelineEntry, Literal("{}", datatype=RDF.JSON))]),
    ],
)
def test_rdf_shacl_rejects_broken_data(remove, add) -> None:
    rdf = union(sample_corpus())
    ok, _ = conforms(_break(rdf, remove, add))
    assert not ok


def _entry_from_facts(rdf: Graph, event: URIRef) -> dict:
    """What the event's other facts say its timeline entry holds."""

    def one(subject, predicate):
        value = rdf.value(subject, predicate)
        return None if value is None else value.toPython()

    def names(role):
        return sorted(str(n) for a in rdf.objects(event, role) for n in rdf.objects(a, RDFS.label))

    (cls,) = [c for c in rdf.objects(event, RDF.type) if c != SEM.Event]
    date = rdf.value(event, SEM.hasTimeStamp)
    return {
        "id": one(event, DCTERMS.identifier),
        "doc": one(rdf.value(event, PROV.wasDerivedFrom), DCTERMS.identifier),
        "type": str(cls).rsplit("#", 1)[1].lower(),
        "date": None if date is None else str(date),
        "begin": None if date is None else str(one(event, SEM.hasEarliestBeginTimeStamp)),
        "end": None if date is None else str(one(event, SEM.hasLatestEndTimeStamp)),
        "confidence": one(event, EG.confidence),
        "agents": names(EG.hasAgent),
        "targets": names(EG.hasTarget),
        "evidence": one(event, EG.evidence) or "",
    }


_RENAMED = dataclasses.replace(RUSSIA, name="Russian Federation", aliases=())


@pytest.mark.parametrize(
    "pair",
    [
        *sample_corpus(),
        # The same actor under two names in one document: both names are its labels.
        (
            Document("d9", "Russia met the Russian Federation."),
            [
                Event(
                    "d9-meeting-1",
                    "d9",
                    "meeting",
                    agents=(RUSSIA,),
                    targets=(PUTIN,),
                    mentions=(Mention("d9", 7, 10, "met"),),
                    evidence=" Russia met. ",
                ),
                Event(
                    "d9-call-1",
                    "d9",
                    "call",
                    agents=(_RENAMED,),
                    date=EventDate("2023"),
                    mentions=(Mention("d9", 7, 10, "met"),),
                ),
            ],
        ),
    ],
)
def test_rdf_timeline_entry_repeats_the_event_facts(pair) -> None:
    rdf = document_graph(*pair)
    entries = list(rdf.subject_objects(EG.timelineEntry))
    assert len(entries) == len(pair[1])
    for event, entry in entries:
        assert entry.datatype == RDF.JSON
        assert json.loads(entry) == _entry_from_facts(rdf, event)


def test_rdf_timeline_entry_only_for_the_event_types() -> None:
    odd = Event("d1-rally-1", "d1", "rally", mentions=(Mention("d1", 0, 4, "Text"),))
    assert not list(document_graph(Document("d1", "Text."), [odd]).objects(None, EG.timelineEntry))


def test_rdf_event_without_mentions_breaks_shapes() -> None:
    (document, events), _ = sample_corpus()
    bare = dataclasses.replace(events[0], mentions=())
    ok, _ = conforms(document_graph(document, [bare]))
    assert not ok


def test_rdf_shacl_conforms_for_seed_and_dev(shared_dir: Path, nlp) -> None:
    pairs = extracted(str(shared_dir / "corpus" / "seed"), str(shared_dir / "corpus" / "dev"))
    assert sum(len(events) for _, events in pairs) > 0
    ok, text = conforms(union(pairs))
    assert ok, text


@pytest.mark.slow
def test_rdf_shacl_conforms_for_sample_corpus(nlp) -> None:
    data = ROOT / "data"
    if not any(p.suffix in (".txt", ".md", ".jsonl", ".html") for p in data.rglob("*")):
        pytest.skip("data/ holds no articles yet")
    pairs = extracted(str(data))
    ok, text = conforms(union(pairs))
    assert ok, text
