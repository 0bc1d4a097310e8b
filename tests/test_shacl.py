"""The compiled SHACL engine gives pySHACL's results, on article graphs and on broken ones."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from kg import store as kgstore
from kg.pipeline import Context, _graph
from kg.rdf import with_references
from kg.shacl import Data, Unsupported, Validator, check_store
from kg.validate import validate
from kg.vocab import DKG

from .conftest import EXAMPLES


def _key(findings: list) -> list[tuple[str, ...]]:
    return sorted((f.severity, f.focus, f.path, f.message, f.value) for f in findings)


def _break(graph: Graph, seed: int) -> Graph:
    """The graph with a few triples removed and a few wrong ones added."""
    rng = random.Random(seed)
    out = Graph()
    for t in graph:
        out.add(t)
    triples = sorted(out, key=str)
    for _ in range(4):
        s, p, o = rng.choice(triples)
        change = rng.randrange(6)
        if change == 0:
            out.remove((s, p, o))
        elif change == 1:
            out.add((s, DKG.status, Literal(rng.choice(["held", "maybe"]))))
        elif change == 2:
            out.add((s, DKG.date, Literal("2020-13-45", datatype=XSD.date)))
        elif change == 3:
            out.add((s, DKG.beginIndex, Literal(rng.randint(0, 9000), datatype=XSD.nonNegativeInteger)))
        elif change == 4:
            out.add((s, DKG.location, URIRef("https://w3id.org/dkg/id/place/nowhere")))
        else:
            out.add((s, RDF.type, rng.choice([DKG.Summit, DKG.Agreement, DKG.Person, DKG.Evidence])))
    return out


# every third example by name: the whole set takes three and a half minutes of the suite's fifteen;
# KG_SHACL_EVERY=1 compares them all
_EVERY = int(os.environ.get("KG_SHACL_EVERY", "3"))


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt"))[::_EVERY])
def test_shacl_matches_pyshacl_on_an_article_and_a_broken_copy(context: Context, name: str) -> None:
    assert context.validator is not None, "the shapes use a feature kg.shacl does not evaluate"
    graph, _ = _graph(EXAMPLES / name, context)
    for variant in (graph, _break(graph, seed=len(name))):
        # both read the graph with the ontology's description of the concepts it links to
        data = Graph()
        for triple in with_references(variant, context.lexicon):
            data.add(triple)
        expected = _key(validate(data, context.shapes).findings)
        assert _key(context.check(variant)) == expected


def test_shacl_reports_a_violation_pyshacl_reports(context: Context) -> None:
    graph, _ = _graph(EXAMPLES / "lavrov-asean-kuala-lumpur.txt", context)
    summit = next(graph.subjects(RDF.type, DKG.Summit))
    graph.set((summit, DKG.status, Literal("maybe")))
    found = [f for f in context.check(graph) if f.severity == "Violation"]
    assert [f.focus for f in found] == [str(summit)]


def test_shacl_refuses_shapes_it_cannot_evaluate(context: Context) -> None:
    shapes = Graph()
    for t in context.shapes:
        shapes.add(t)
    shape = URIRef("https://example.org/ClosedShape")
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetClass, DKG.Summit))
    shapes.add((shape, SH.closed, Literal(True)))
    with pytest.raises(Unsupported):
        Validator(shapes)


def test_shacl_checks_graphs_in_the_store_as_in_memory(context: Context, example_store: Path) -> None:
    assert context.validator is not None
    db = kgstore.open_store(example_store, read_only=True)
    names = [g for g in kgstore.graph_names(db) if "/id/article/" in g]
    for name, findings in check_store(db, context.validator, names):
        graph = Graph()
        for triple in kgstore.graph_triples(db, name, simple_literals=True):
            graph.add(triple)
        in_memory = context.validator.check(
            Data(graph, kgstore.sparql_runner(kgstore.memory_graph(kgstore.ntriples(graph))))
        )
        assert _key(findings) == _key(in_memory)
