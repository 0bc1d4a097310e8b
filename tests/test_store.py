from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg import store as kgstore
from kg.errors import QueryError, StoreError

G = "https://w3id.org/dkg/id/article/x"
S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")


def _count(db, graph: str) -> int:
    return len(list(db.quads_for_pattern(None, None, None, kgstore.ox.NamedNode(graph))))


def test_store_replace_graph_replaces_old_triples(tmp_path: Path) -> None:
    db = kgstore.open_store(tmp_path / "s")
    kgstore.replace_graph(db, G, [(S, P, Literal(1)), (S, P, Literal(2))])
    kgstore.replace_graph(db, G, [(S, P, Literal(3))])
    assert _count(db, G) == 1


def test_store_replace_is_atomic_a_failure_keeps_the_previous_graph(tmp_path: Path) -> None:
    db = kgstore.open_store(tmp_path / "s")
    kgstore.replace_graph(db, G, [(S, P, Literal("old"))])

    def crashing() -> Iterator[tuple]:
        yield (S, P, Literal("new"))
        raise RuntimeError("crash while producing the graph")

    with pytest.raises(RuntimeError):
        kgstore.replace_graph(db, G, crashing())
    assert [q.object.value for q in db.quads_for_pattern(None, None, None, kgstore.ox.NamedNode(G))] == ["old"]


def test_store_rejected_write_keeps_the_previous_graph(tmp_path: Path) -> None:
    db = kgstore.open_store(tmp_path / "s")
    kgstore.replace_graph(db, G, [(S, P, Literal("old"))])
    with pytest.raises(StoreError, match="previous version kept"):
        kgstore.replace_graph(db, G, [(S, P, Literal("new")), (S, URIRef("relative-iri"), Literal("x"))])
    assert _count(db, G) == 1


def test_store_survives_reopening(tmp_path: Path) -> None:
    db = kgstore.open_store(tmp_path / "s")
    kgstore.replace_graph(db, G, [(S, P, Literal("kept"))])
    db.flush()
    del db
    again = kgstore.open_store(tmp_path / "s", read_only=True)
    assert _count(again, G) == 1


def test_store_read_only_open_of_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        kgstore.open_store(tmp_path / "nothing", read_only=True)


@pytest.mark.parametrize(
    "update", ["INSERT DATA { <a:b> <a:c> <a:d> }", "PREFIX x: <a:>\nDELETE WHERE { ?s ?p ?o }", "# comment\nDROP ALL"]
)
def test_store_select_runs_no_update(tmp_path: Path, update: str) -> None:
    db = kgstore.open_store(tmp_path / "s")
    db.add(kgstore.ox.Quad(kgstore.ox.NamedNode("a:s"), kgstore.ox.NamedNode("a:p"), kgstore.ox.NamedNode("a:o")))
    with pytest.raises(QueryError, match="invalid SPARQL"):
        kgstore.select(db, update)
    assert len(db) == 1


def test_store_replace_graphs_writes_several_graphs_all_or_nothing(tmp_path: Path) -> None:
    db = kgstore.open_store(tmp_path / "s")
    other = G + "-other"
    kgstore.replace_graph(db, G, [(S, P, Literal("old"))])
    good = kgstore.ntriples([(S, P, Literal("new"))])
    bad = kgstore.ntriples([(S, URIRef("relative-iri"), Literal("x"))])
    with pytest.raises(StoreError, match="previous version kept"):
        kgstore.replace_graphs(db, [(G, good), (other, bad)])
    assert [q.object.value for q in db.quads_for_pattern(None, None, None, kgstore.ox.NamedNode(G))] == ["old"]
    kgstore.replace_graphs(db, [(G, good), (other, good)])
    assert _count(db, G) == 1 and _count(db, other) == 1


def test_store_ntriples_refuses_an_iri_that_would_break_the_request() -> None:
    with pytest.raises(StoreError, match="not a valid IRI"):
        kgstore.ntriples([(S, P, URIRef("https://example.org/a> } ; DROP ALL ; INSERT DATA { <b"))])


def test_store_new_graphs_are_written_all_or_nothing(tmp_path: Path) -> None:
    """Graphs not in the store yet go in as one load, which is all or nothing too."""
    db = kgstore.open_store(tmp_path / "s")
    first, second = G + "-1", G + "-2"
    good = kgstore.ntriples([(S, P, Literal("new")), (S, P, Literal("line one\nline two"))])
    bad = kgstore.ntriples([(S, URIRef("relative-iri"), Literal("x"))])
    with pytest.raises(StoreError, match="previous version kept"):
        kgstore.replace_graphs(db, [(first, good), (second, bad)])
    assert len(db) == 0 and not list(db.named_graphs())
    kgstore.replace_graphs(db, [(first, good), (second, good)])
    values = sorted(q.object.value for q in db.quads_for_pattern(None, None, None, kgstore.ox.NamedNode(second)))
    assert _count(db, first) == 2 and values == ["line one\nline two", "new"]


def test_store_select_rows_follow_the_projection_with_none_where_unbound(tmp_path: Path) -> None:
    db = kgstore.open_store(tmp_path / "s")
    kgstore.replace_graph(db, G, [(S, P, Literal("x"))])
    query = (
        "SELECT ?o ?missing ?s WHERE { ?s <https://example.org/p> ?o OPTIONAL { ?s <https://example.org/q> ?missing } }"
    )
    rows = kgstore.select(db, query)
    assert rows.columns == ["o", "missing", "s"]
    assert [[t.value if t is not None else None for t in row] for row in rows.rows] == [["x", None, str(S)]]


def test_store_own_values_read_only_what_a_graph_says_of_its_own_name(tmp_path: Path) -> None:
    db = kgstore.open_store(tmp_path / "s")
    other = "https://w3id.org/dkg/id/article/y"
    kgstore.replace_graph(db, G, [(URIRef(G), P, Literal("a")), (URIRef(G), P, Literal("b")), (S, P, Literal("c"))])
    kgstore.replace_graph(
        db, other, [(URIRef(G), P, Literal("d")), (URIRef(other), URIRef(str(P) + "2"), Literal("e"))]
    )
    assert kgstore.own_value_sets(db, str(P)) == {G: {"a", "b"}}
    assert kgstore.own_values(db, str(P))[G] in {"a", "b"} and other not in kgstore.own_values(db, str(P))
