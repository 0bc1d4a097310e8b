"""Reference data stored once: article graphs link to gazetteer and sector concepts without
copying their types, labels or Wikidata links; the store keeps those once."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox

from kg import store as kgstore
from kg.ingest import identify_file
from kg.lexicon import Lexicon
from kg.pipeline import Context, build
from kg.rdf import REFERENCE_KINDS, article_iri
from kg.settings import Settings
from kg.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

from .conftest import EXAMPLES

_DESCRIBING = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://www.w3.org/2002/07/owl#sameAs",
}


def _copies(db: ox.Store, graph: str, lexicon: Lexicon) -> list[ox.Quad]:
    """The graph's triples that describe a gazetteer or sector concept: a type, label or sameAs."""
    return [
        q
        for q in db.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        if isinstance(q.subject, ox.NamedNode)
        and lexicon.kinds.get(q.subject.value) in REFERENCE_KINDS
        and q.predicate.value in _DESCRIBING
    ]


def _sizes(db: ox.Store) -> Counter[str]:
    return Counter(q.graph_name.value for q in db if isinstance(q.graph_name, ox.NamedNode))


def test_article_graphs_hold_no_reference_triples(example_store: Path, context: Context) -> None:
    db = kgstore.open_store(example_store, read_only=True)
    articles = [g for g in kgstore.graph_names(db) if "/id/article/" in g]
    assert len(articles) == len(list(EXAMPLES.iterdir()))
    for graph in articles:
        assert _copies(db, graph, context.lexicon) == [], graph
    # the concepts the articles link to are described once, in the reference graph
    described = {q.subject.value for q in _copies(db, str(REFERENCE_GRAPH), context.lexicon)}
    assert "https://w3id.org/dkg/id/country/indonesia" in described
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    indonesia = ox.NamedNode("https://w3id.org/dkg/id/country/indonesia")
    assert len(list(db.quads_for_pattern(indonesia, label, None, ox.NamedNode(str(REFERENCE_GRAPH))))) == 2


def test_store_grows_with_the_articles_facts_only(tmp_path: Path, context: Context) -> None:
    first = EXAMPLES / "prabowo-putin-st-petersburg.txt"
    folder = tmp_path / "in"
    folder.mkdir()
    # a second article naming the same countries, people and sectors, with a line of its own
    second = folder / "prabowo-putin-st-petersburg-update.txt"
    second.write_text(first.read_text(encoding="utf-8") + "\nThis report was updated.\n", encoding="utf-8")
    settings = replace(Settings(), store_dir=tmp_path / "s")

    one = build([first], settings)
    db = kgstore.open_store(settings.store_dir, read_only=True)
    before, total = _sizes(db), len(db)
    del db
    two = build([first, second], settings)
    assert (one.articles, two.articles, two.unchanged) == (1, 1, 1)

    db = kgstore.open_store(settings.store_dir, read_only=True)
    after = _sizes(db)
    graph = article_iri(identify_file(second).id)
    assert after[str(ONTOLOGY_GRAPH)] == before[str(ONTOLOGY_GRAPH)]
    assert after[str(REFERENCE_GRAPH)] == before[str(REFERENCE_GRAPH)] > 0
    assert _copies(db, graph, context.lexicon) == []
    assert len(db) == total + after[graph]
    assert two.store_articles == 2


def _reference(store: Path) -> set[ox.Triple]:
    db = kgstore.open_store(store, read_only=True)
    return {q.triple for q in db.quads_for_pattern(None, None, None, ox.NamedNode(str(REFERENCE_GRAPH)))}


def test_reference_graph_of_articles_added_later_is_that_of_one_build(tmp_path: Path) -> None:
    """A build that only adds articles grows the reference graph by what they name: the same graph
    (and the same export) as one build of them all."""
    from .conftest import export_bytes

    files = sorted(EXAMPLES.glob("*.txt"))[:12]
    once, twice = replace(Settings(), store_dir=tmp_path / "once"), replace(Settings(), store_dir=tmp_path / "twice")
    build(files, once)
    build(files[:4], twice)
    assert _reference(twice.store_dir) < _reference(once.store_dir)  # the first four name fewer concepts
    assert build(files, twice).articles == 8
    assert _reference(twice.store_dir) == _reference(once.store_dir)
    assert export_bytes(twice.store_dir, "nquads") == export_bytes(once.store_dir, "nquads")


def test_reference_graph_forgets_what_only_a_replaced_article_named(tmp_path: Path) -> None:
    """An article whose text changed is replaced: the concepts only its old text named leave the
    reference graph, as after a build of the new text alone."""
    source = EXAMPLES / "prabowo-putin-st-petersburg.txt"
    article = tmp_path / "in" / "article.txt"
    article.parent.mkdir()
    article.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    settings = replace(Settings(), store_dir=tmp_path / "s")
    build([article], settings)
    full = _reference(settings.store_dir)
    article.write_text("Jakarta (ANTARA) - Indonesia dan Malaysia membahas perdagangan.\n", encoding="utf-8")
    assert build([article], settings).articles == 1
    fresh = replace(Settings(), store_dir=tmp_path / "fresh")
    build([article], fresh)
    assert _reference(settings.store_dir) == _reference(fresh.store_dir) != full
