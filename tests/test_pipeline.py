"""Building: idempotent, stable IRIs, byte-identical exports, bad input isolated."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg import pipeline
from kg import store as kgstore
from kg.ingest import identify_file
from kg.pipeline import build
from kg.rdf import article_iri, with_references
from kg.settings import Settings
from kg.validate import validate
from kg.vocab import DKG

from .conftest import EXAMPLES, export_bytes


def test_pipeline_building_twice_changes_nothing(tmp_path: Path) -> None:
    settings = replace(Settings(), store_dir=tmp_path / "s")
    first = build([EXAMPLES], settings)
    before = export_bytes(settings.store_dir, "nquads")
    second = build([EXAMPLES], settings)
    assert second.unchanged == first.articles and second.articles == 0
    assert second.store_articles == first.store_articles == first.articles
    assert export_bytes(settings.store_dir, "nquads") == before


def test_pipeline_forced_rebuild_gives_byte_identical_exports(tmp_path: Path, example_store: Path) -> None:
    """A second build of the examples, then forced again, exports what the session's build exports."""
    b = replace(Settings(), store_dir=tmp_path / "b")
    build([EXAMPLES], b)
    build([EXAMPLES], b, force=True)
    for fmt in ("turtle", "trig", "nquads"):
        assert export_bytes(example_store, fmt) == export_bytes(b.store_dir, fmt)


def test_pipeline_each_article_in_its_own_named_graph(example_store: Path) -> None:
    db = kgstore.open_store(example_store, read_only=True)
    graphs = [g for g in kgstore.graph_names(db) if "/id/article/" in g]
    articles = [p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")]
    assert sorted(graphs) == sorted(article_iri(identify_file(p).id) for p in articles)
    sources = kgstore.own_value_sets(db, str(DKG.sourceFile))
    assert sorted(Path(p).name for g in graphs for p in sources[g]) == sorted(p.name for p in articles)


def test_pipeline_changed_article_replaces_only_its_graph(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in EXAMPLES.glob("*.txt"):
        (folder / p.name).write_bytes(p.read_bytes())
    settings = replace(Settings(), store_dir=tmp_path / "s")
    build([folder], settings)
    target = folder / "lavrov-asean-kuala-lumpur.txt"
    old = identify_file(target)
    target.write_text(target.read_text(encoding="utf-8").replace("pariwisata", "perikanan"), encoding="utf-8")
    report = build([folder], settings)
    assert (report.articles, report.unchanged) == (1, len(list(folder.glob("*.txt"))) - 1)
    text = export_bytes(settings.store_dir, "nquads").decode()
    assert "fisheries" in text.lower()
    assert f"sector/tourism> <{article_iri(old.id)}" not in text


def test_pipeline_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((EXAMPLES / "jokowi-xi-chengdu.txt").read_bytes())
    (folder / "b.txt").write_bytes(b"\x00\x01\x02")
    report = build([folder], replace(Settings(), store_dir=tmp_path / "s"))
    assert report.articles == 1
    assert len(report.failures) == 1 and report.failures[0].startswith(str(folder / "b.txt"))


def test_pipeline_a_fault_of_the_extractor_fails_that_article_only(tmp_path: Path, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An exception inside extraction is reported against its article, in one line, as a failure."""
    import kg.pipeline as pipeline

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyError(0)

    monkeypatch.setattr(pipeline, "assemble", broken)
    path = tmp_path / "a.txt"
    path.write_bytes((EXAMPLES / "jokowi-xi-chengdu.txt").read_bytes())
    outcome = pipeline.process_for_store(path, context)
    assert outcome.error is not None and outcome.error.startswith(str(path))
    assert "KeyError" in outcome.error and "\n" not in outcome.error
    assert outcome.body == ""


def test_pipeline_a_large_build_leaves_the_store_compacted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import pipeline

    compacted: list[str] = []  # not the store itself, which would stay open
    monkeypatch.setattr(pipeline, "COMPACT_ARTICLES", 2)
    monkeypatch.setattr(kgstore, "compact", lambda db: compacted.append(type(db).__name__))
    settings = replace(Settings(), store_dir=tmp_path / "s")
    report = build([EXAMPLES], settings, workers=1)
    assert report.articles >= 2 and len(compacted) == 1  # as many written as the store held, and more
    build([EXAMPLES], settings, workers=1)
    assert len(compacted) == 1  # nothing written: nothing to compact


def test_pipeline_compacting_the_store_keeps_its_content(tmp_path: Path, example_store: Path) -> None:
    store = tmp_path / "s"
    shutil.copytree(example_store, store)  # a copy: the session's store stays as built
    before = export_bytes(store, "nquads")
    db = kgstore.open_store(store)
    kgstore.compact(db)
    del db
    assert export_bytes(store, "nquads") == before


def _breaking(real):  # type: ignore[no-untyped-def]
    """``article_triples`` made to write a graph that breaks three shapes: a meeting's status
    outside its list, a sector among its participants, an evidence node without its quote."""

    def article_triples(extraction, lexicon):  # type: ignore[no-untyped-def]
        triples = real(extraction, lexicon)
        summit = next(s for s, p, o in triples if p == RDF.type and o == DKG.Summit)
        evidence = next(s for s, p, o in triples if p == RDF.type and o == DKG.Evidence)
        kept = [t for t in triples if t[:2] not in {(summit, DKG.status), (evidence, DKG.quote)}]
        energy = URIRef("https://w3id.org/dkg/id/sector/energy")
        return [*kept, (summit, DKG.status, Literal("maybe")), (summit, DKG.participant, energy)]

    return article_triples


def test_pipeline_a_broken_article_fails_with_the_violations_pyshacl_finds(
    tmp_path: Path, context, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The build's own check of an article's triples finds what pySHACL finds on the same graph,
    and the build reports the article as not conforming, naming its first violation."""
    broken = _breaking(pipeline.article_triples)
    monkeypatch.setattr(pipeline, "article_triples", broken)
    path = tmp_path / "in" / "a.txt"
    path.parent.mkdir()
    path.write_bytes((EXAMPLES / "lavrov-asean-kuala-lumpur.txt").read_bytes())
    outcome = pipeline.process_for_store(path, context)
    data = Graph()
    for triple in with_references(broken(pipeline._graph(path, context)[1], context.lexicon), context.lexicon):
        data.add(triple)
    expected = sorted(validate(data, context.shapes).findings, key=lambda f: (f.focus, f.path, f.message, f.value))
    assert sorted(outcome.findings, key=lambda f: (f.focus, f.path, f.message, f.value)) == expected
    violations = [f for f in outcome.findings if f.severity == "Violation"]
    assert {f.path.rsplit("#", 1)[-1] for f in violations} >= {"status", "participant", "quote"}
    report = build([path.parent], replace(Settings(), store_dir=tmp_path / "s"), workers=1)
    assert report.violations == len(violations) and report.articles == 0
    assert report.failures == [f"{path}: does not conform to the shapes ({violations[0].line()})"]


def test_pipeline_an_article_another_run_wrote_is_built_again(tmp_path: Path) -> None:
    """An article is unchanged only when this extraction run (extractor and ontology) wrote it."""
    settings = replace(Settings(), store_dir=tmp_path / "s")
    article = EXAMPLES / "prabowo-putin-st-petersburg.txt"
    assert build([article], settings).articles == 1
    db = kgstore.open_store(settings.store_dir)
    graph = article_iri(identify_file(article).id)
    prov = "http://www.w3.org/ns/prov#wasGeneratedBy"
    db.update(
        f"DELETE {{ GRAPH <{graph}> {{ <{graph}> <{prov}> ?run }} }} "
        f"INSERT {{ GRAPH <{graph}> {{ <{graph}> <{prov}> <https://w3id.org/dkg/id/run/an-older-one> }} }} "
        f"WHERE {{ GRAPH <{graph}> {{ <{graph}> <{prov}> ?run }} }}"
    )
    del db
    again = build([article], settings)
    assert (again.articles, again.unchanged) == (1, 0)
    assert build([article], settings).unchanged == 1
