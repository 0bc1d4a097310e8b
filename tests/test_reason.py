"""kg reason: HermiT finds the graph consistent or explains in plain words why it is not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg import store as kgstore
from kg.cli import main
from kg.explain import explain
from kg.reason import INFERRED_GRAPH, reason
from kg.settings import Settings
from kg.vocab import DKG

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "reason"
ID = "https://w3id.org/dkg/id/"
PREFIXES = """@prefix dkg: <https://w3id.org/dkg/ontology#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix id: <https://w3id.org/dkg/id/> .
"""
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="no Java runtime (make install provides one)")


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    for path in Settings().ontology_files():
        g.parse(path, format="turtle")
    return g


# -- explanations (no Java) ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            "id:x a dkg:Person , dkg:Country .",
            [
                "https://w3id.org/dkg/id/x is both a Person and a Country, which are disjoint "
                "(dkg:Person, dkg:Country)",
                "Person because it is typed dkg:Person",
            ],
            id="disjoint-types",
        ),
        pytest.param(
            "id:s a dkg:Summit ; dkg:participant id:energy . id:energy a dkg:Sector .",
            [
                "https://w3id.org/dkg/id/energy is both an Actor and a Sector",
                "it is the dkg:participant of https://w3id.org/dkg/id/s, whose range is dkg:Actor",
            ],
            id="range",
        ),
        pytest.param(
            "id:v a dkg:Summit ; dkg:venue id:hall . id:hall a dkg:Person .",
            [
                "https://w3id.org/dkg/id/hall is both a Person and a Place",
                "it is the dkg:venue of https://w3id.org/dkg/id/v, whose range is dkg:Venue, a subclass of dkg:Place",
            ],
            id="range-subclass",
        ),
        pytest.param(
            "id:p a dkg:Person ; owl:sameAs id:q . id:q a dkg:Organization .",
            [
                "https://w3id.org/dkg/id/p is both a Person and an Organization",
                "it is owl:sameAs https://w3id.org/dkg/id/q, and https://w3id.org/dkg/id/q is typed dkg:Organization",
            ],
            id="same-as",
        ),
        pytest.param(
            'id:s a dkg:Summit ; dkg:status "held" , "planned" .',
            ['https://w3id.org/dkg/id/s has 2 values of dkg:status ("held", "planned"), but dkg:status is functional'],
            id="functional",
        ),
        pytest.param(
            'id:s a dkg:Summit ; dkg:status "maybe" .',
            [
                'https://w3id.org/dkg/id/s has dkg:status "maybe", which is not one of the values its range '
                'allows ("held", "planned")'
            ],
            id="one-of",
        ),
        pytest.param(
            'id:e a dkg:Evidence ; dkg:beginIndex "-1"^^xsd:integer .',
            ['https://w3id.org/dkg/id/e has dkg:beginIndex "-1", outside the range xsd:nonNegativeInteger'],
            id="datatype",
        ),
    ],
)
def test_reason_explanation_names_the_individual_and_the_axiom(ontology: Graph, data: str, expected: list[str]) -> None:
    text = "\n".join(explain(ontology, Graph().parse(data=PREFIXES + data, format="turtle")))
    for fragment in expected:
        assert fragment in text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("id:x a dkg:Person , dkg:Actor ; dkg:represents id:c . id:c a dkg:Country .", id="person"),
        pytest.param('id:s a dkg:Summit ; dkg:status "held" ; dkg:date "2025"^^xsd:gYear .', id="summit"),
        pytest.param(
            'id:e a dkg:Evidence ; dkg:beginIndex 3 ; dkg:endIndex "9"^^xsd:nonNegativeInteger .', id="offsets"
        ),
        pytest.param("id:p a dkg:Person ; owl:sameAs <http://www.wikidata.org/entity/Q1> .", id="same-as-wikidata"),
    ],
)
def test_reason_explanation_is_empty_for_consistent_data(ontology: Graph, data: str) -> None:
    assert explain(ontology, Graph().parse(data=PREFIXES + data, format="turtle")) == []


def test_reason_explanation_finds_nothing_in_the_ontology_alone(ontology: Graph) -> None:
    assert explain(ontology, Graph()) == []


# -- the command -------------------------------------------------------------------------------
def test_reason_write_with_file_is_a_usage_error() -> None:
    result = _run("reason", "--file", str(FIXTURES / "consistent.ttl"), "--write")
    assert result.exit_code == 2
    assert "--write" in result.output


def test_reason_without_a_store_exits_2(tmp_path: Path) -> None:
    result = _run("reason", "--store", str(tmp_path / "none"))
    assert result.exit_code == 2
    assert "no store here" in result.output


@pytest.mark.slow
@needs_java
def test_reason_inconsistent_fixture_is_reported_naming_the_individual() -> None:
    result = _run("reason", "--file", str(FIXTURES / "inconsistent.ttl"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2  # Person/Place (Country is a Place) is implied, so not repeated
    assert lines[0].startswith("HermiT: INCONSISTENT: ontology + 1 graphs")
    assert lines[1] == (
        "- https://w3id.org/dkg/id/person/x is both a Person and a Country, which are disjoint (dkg:Person, "
        "dkg:Country): Person because it is typed dkg:Person; Country because it is typed dkg:Country. "
        "Mentioned in https://w3id.org/dkg/id/article/x."
    )


@pytest.mark.slow
@needs_java
def test_reason_consistent_file_infers_types_and_relations() -> None:
    outcome = reason(Settings().ontology_files(), {"f": Graph().parse(FIXTURES / "consistent.ttl")})
    assert outcome.consistent and outcome.explanations == []
    summit, venue = URIRef(ID + "summit/s"), URIRef(ID + "venue/kremlin")
    assert (summit, RDF.type, DKG.Summit) in outcome.inferred  # from dkg:BilateralMeeting
    assert (venue, RDF.type, DKG.Place) in outcome.inferred  # a Venue is a Place
    assert (summit, DKG.location, venue) in outcome.inferred  # dkg:venue is a sub-property of dkg:location
    assert (summit, DKG.participant, URIRef(ID + "person/p")) not in outcome.inferred  # asserted, not inferred


@pytest.mark.slow
@needs_java
def test_reason_unexplained_inconsistency_is_traced_to_its_graph() -> None:
    files = [*Settings().ontology_files(), FIXTURES / "unexplained.ttl"]
    impossible = f"{PREFIXES} id:z a <https://w3id.org/dkg/test#Impossible> ."
    graphs = {
        "urn:a": Graph().parse(FIXTURES / "consistent.ttl"),
        "urn:b": Graph().parse(data=impossible, format="turtle"),
        "urn:c": Graph().parse(data=PREFIXES + "id:y a dkg:Organization .", format="turtle"),
    }
    outcome = reason(files, graphs, infer=False)
    assert not outcome.consistent
    assert len(outcome.explanations) == 1
    assert outcome.explanations[0].endswith(": urn:b.")


@pytest.mark.slow
@needs_java
def test_reason_sample_build_is_consistent_and_write_replaces_the_inferences(
    sample_store: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    shutil.copytree(sample_store, store)
    # what an earlier run wrote: --write must replace it, and reasoning must not read it
    stale = (URIRef(ID + "summit/stale"), RDF.type, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event"))
    db = kgstore.open_store(store)
    kgstore.replace_graph(db, str(INFERRED_GRAPH), [stale])
    del db
    result = _run("reason", "--store", str(store), "--write")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("HermiT: consistent: ontology + 5 graphs")
    assert f"written to graph {INFERRED_GRAPH}" in result.stdout
    db = kgstore.open_store(store, read_only=True)
    inferred = kgstore.graph_to_rdflib(db, [str(INFERRED_GRAPH)])
    del db
    summits = {
        s for s, _, o in inferred.triples((None, RDF.type, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")))
    }
    assert summits, "no summit was inferred to be a sem:Event"
    assert stale not in inferred  # replaced, not added to


def test_reason_explain_docstring_example_runs() -> None:
    import doctest

    import kg.explain

    assert doctest.testmod(kg.explain).failed == 0
