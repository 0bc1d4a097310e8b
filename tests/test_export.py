"""Exports are deterministic, parse in their own format, and come back unchanged through kg import."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg import store as kgstore
from kg.cli import main
from kg.export import EXTENSIONS, RDF_FORMATS, describe, export

from .conftest import EXAMPLES

RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}


def _export(store: Path, fmt: str) -> bytes:
    out = io.BytesIO()
    export(kgstore.open_store(store, read_only=True), fmt, out)
    return out.getvalue()


def _triples(data: bytes, fmt: str) -> Graph:
    """The union of all graphs of an export, as one rdflib graph."""
    if fmt in ("nquads", "trig", "jsonld"):
        ds = Dataset()
        ds.parse(data=data.decode("utf-8"), format=RDFLIB_FORMATS[fmt])
        union = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return Graph().parse(data=data.decode("utf-8"), format=RDFLIB_FORMATS[fmt])


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_is_byte_identical_across_runs(example_store: Path, fmt: str) -> None:
    assert _export(example_store, fmt) == _export(example_store, fmt)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_every_format_holds_the_same_graph(example_store: Path, fmt: str) -> None:
    reference = _triples(_export(example_store, "nquads"), "nquads")
    assert len(reference) > 500
    assert isomorphic(_triples(_export(example_store, fmt), fmt), reference)


def test_export_trig_keeps_one_named_graph_per_article_with_its_provenance(example_store: Path) -> None:
    ds = Dataset()
    ds.parse(data=_export(example_store, "trig").decode("utf-8"), format="trig")
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    articles = [g for g in graphs if "/graph/article/" in g or "/article/" in g]
    assert len(articles) == len([p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")])
    prov = "http://www.w3.org/ns/prov#wasGeneratedBy"
    for g in ds.graphs():
        if str(g.identifier) in articles:
            assert any(str(p) == prov for _, p, _ in g)


def test_export_jsonld_uses_the_shipped_context(example_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonld"
    result = CliRunner().invoke(
        main, ["export", "--store", str(example_store), "--format", "jsonld", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"]["participant"]["@id"] == "dkg:participant"


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_import_of_an_export_gives_back_an_isomorphic_graph(example_store: Path, tmp_path: Path, fmt: str) -> None:
    exported = tmp_path / f"graph{EXTENSIONS[fmt]}"
    exported.write_bytes(_export(example_store, fmt))
    copy = tmp_path / "copy"
    result = CliRunner().invoke(main, ["import", str(exported), "--store", str(copy)])
    assert result.exit_code == 0, result.output
    again = _export(copy, "nquads" if fmt in ("trig", "nquads") else "nt")
    assert isomorphic(
        _triples(again, "nquads" if fmt in ("trig", "nquads") else "nt"), _triples(exported.read_bytes(), fmt)
    )
    if fmt == "trig":
        assert _export(copy, "trig") == exported.read_bytes()


def test_import_of_a_broken_file_names_it_and_changes_nothing(example_store: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.trig"
    good.write_bytes(_export(example_store, "trig"))
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    copy = tmp_path / "copy"
    result = CliRunner().invoke(main, ["import", str(bad), str(good), "--store", str(copy)])
    assert result.exit_code == 1
    assert "bad.ttl" in result.output and "not valid" in result.output
    assert _export(copy, "trig") == good.read_bytes()


def test_describe_gives_a_void_dcat_card_that_counts_the_export(example_store: Path) -> None:
    card = Graph().parse(data=describe(kgstore.open_store(example_store, read_only=True)), format="turtle")
    void = "http://rdfs.org/ns/void#"
    triples = int(next(o for s, p, o in card if str(p) == void + "triples" and "dataset" in str(s)))
    assert triples == _export(example_store, "nquads").count(b"\n")
    assert describe(kgstore.open_store(example_store, read_only=True)) == describe(
        kgstore.open_store(example_store, read_only=True)
    )
