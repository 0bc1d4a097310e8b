"""Exports are deterministic, parse in their own format, and come back unchanged through kg import."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg import store as kgstore
from kg.cli import main
from kg.export import EXTENSIONS, RDF_FORMATS, describe, export

from .conftest import EXAMPLES, ROOT, shared_dir

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


@pytest.fixture(scope="module")
def exports(example_store: Path) -> dict[str, bytes]:
    """The example store's export in each format, made once for the tests that only read it
    (test_export_is_byte_identical_across_runs checks that another run gives the same bytes)."""
    return {fmt: _export(example_store, fmt) for fmt in RDF_FORMATS}


@pytest.fixture(scope="module")
def parsed(exports: dict[str, bytes]) -> dict[str, Graph]:
    """Each export's triples, parsed once: rdflib takes seconds over some formats."""
    return {fmt: _triples(data, fmt) for fmt, data in exports.items()}


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_is_byte_identical_across_runs(example_store: Path, exports: dict[str, bytes], fmt: str) -> None:
    assert _export(example_store, fmt) == exports[fmt]


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_every_format_holds_the_same_graph(parsed: dict[str, Graph], fmt: str) -> None:
    reference = parsed["nquads"]
    assert len(reference) > 500
    assert isomorphic(parsed[fmt], reference)


def test_export_trig_keeps_one_named_graph_per_article_with_its_provenance(exports: dict[str, bytes]) -> None:
    ds = Dataset()
    ds.parse(data=exports["trig"].decode("utf-8"), format="trig")
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
def test_import_of_an_export_gives_back_an_isomorphic_graph(
    exports: dict[str, bytes], parsed: dict[str, Graph], tmp_path: Path, fmt: str
) -> None:
    exported = tmp_path / f"graph{EXTENSIONS[fmt]}"
    exported.write_bytes(exports[fmt])
    copy = tmp_path / "copy"
    result = CliRunner().invoke(main, ["import", str(exported), "--store", str(copy)])
    assert result.exit_code == 0, result.output
    again = _export(copy, "nquads" if fmt in ("trig", "nquads") else "nt")
    assert isomorphic(_triples(again, "nquads" if fmt in ("trig", "nquads") else "nt"), parsed[fmt])
    if fmt == "trig":
        assert _export(copy, "trig") == exported.read_bytes()


def test_import_of_a_broken_file_names_it_and_changes_nothing(exports: dict[str, bytes], tmp_path: Path) -> None:
    good = tmp_path / "good.trig"
    good.write_bytes(exports["trig"])
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    copy = tmp_path / "copy"
    result = CliRunner().invoke(main, ["import", str(bad), str(good), "--store", str(copy)])
    assert result.exit_code == 1
    assert "bad.ttl" in result.output and "not valid" in result.output
    assert _export(copy, "trig") == good.read_bytes()


def _data_triples(store: Path) -> set[tuple[object, object, object]]:
    """The distinct triples of the data graphs, read straight from the store."""
    db = kgstore.open_store(store, read_only=True)
    onto = "https://w3id.org/dkg/ontology"
    return {(q.subject, q.predicate, q.object) for q in db if str(q.graph_name) != f"<{onto}>"}


def test_describe_counts_are_those_of_the_store(example_store: Path, parsed: dict[str, Graph]) -> None:
    card = Graph().parse(data=describe(kgstore.open_store(example_store, read_only=True)), format="turtle")
    void = "http://rdfs.org/ns/void#"
    dataset = URIRef("https://w3id.org/dkg/id/dataset")

    def count(prop: str, node: object = dataset) -> int:
        return int(card.value(node, URIRef(void + prop)))  # type: ignore[arg-type]

    triples = _data_triples(example_store)
    rdf_type = next(p for _, p, _ in triples if str(p) == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>")
    assert count("triples") == len(triples) == len(parsed["turtle"]) - 3
    assert count("distinctSubjects") == len({s for s, _, _ in triples})
    assert count("properties") == len({p for _, p, _ in triples})
    classes = {o for _, p, o in triples if p == rdf_type}
    assert count("classes") == len(classes)
    partitions = {
        card.value(b, URIRef(void + "class")): count("entities", b)
        for b in card.objects(dataset, URIRef(void + "classPartition"))
    }
    assert len(partitions) == len(classes)
    summit = URIRef("https://w3id.org/dkg/ontology#Summit")
    summits = {s for s, p, o in triples if p == rdf_type and str(o) == f"<{summit}>"}
    assert partitions[summit] == len(summits) > 0
    by_property = {
        card.value(b, URIRef(void + "property")): count("triples", b)
        for b in card.objects(dataset, URIRef(void + "propertyPartition"))
    }
    assert sum(by_property.values()) == len(triples)


def test_describe_lists_a_downloadable_distribution_per_export_format(example_store: Path) -> None:
    text = describe(kgstore.open_store(example_store, read_only=True), base_url="https://example.org/dkg/")
    card = Graph().parse(data=text, format="turtle")
    dcat = "http://www.w3.org/ns/dcat#"
    urls = {str(u) for u in card.objects(None, URIRef(dcat + "downloadURL"))}
    assert urls == {f"https://example.org/dkg/graph{EXTENSIONS[f]}" for f in RDF_FORMATS}
    assert len(list(card.subjects(RDF.type, URIRef(dcat + "Distribution")))) == len(RDF_FORMATS)
    assert text == describe(kgstore.open_store(example_store, read_only=True), base_url="https://example.org/dkg/")


# -- the OWL header, the ontology and the round trip ------------------------------------------
OWL_ONTOLOGY = URIRef("http://www.w3.org/2002/07/owl#Ontology")
OWL_IMPORTS = URIRef("http://www.w3.org/2002/07/owl#imports")
TOP = URIRef("https://w3id.org/dkg/ontology")


def test_export_data_has_one_owl_header_that_imports_the_ontology(parsed: dict[str, Graph]) -> None:
    g = parsed["turtle"]
    headers = list(g.subjects(RDF.type, OWL_ONTOLOGY))
    assert headers == [URIRef("https://w3id.org/dkg/id/dataset")]
    assert list(g.objects(headers[0], OWL_IMPORTS)) == [TOP]


@pytest.mark.parametrize("fmt", ["turtle", "trig", "jsonld"])
def test_export_with_ontology_has_exactly_one_header_and_no_imports(example_store: Path, fmt: str) -> None:
    out = io.BytesIO()
    export(kgstore.open_store(example_store, read_only=True), fmt, out, with_ontology=True)
    g = _triples(out.getvalue(), fmt)
    assert list(g.subjects(RDF.type, OWL_ONTOLOGY)) == [TOP]
    assert (None, OWL_IMPORTS, None) not in g
    assert (URIRef("https://w3id.org/dkg/ontology#Summit"), RDF.type, None) in g


def _owlcheck(*files: Path) -> dict[str, str]:
    tool = shared_dir("tools") / "owlcheck" / "check.sh"
    result = subprocess.run([str(tool), "-q", *map(str, files)], capture_output=True, text=True, timeout=300)
    summary = result.stdout.strip().splitlines()[-1]
    return dict(f.split("=", 1) for f in summary.split() if "=" in f)


@pytest.mark.slow
def test_export_owlcheck_reads_both_exports_with_no_missing_import(
    example_store: Path, exports: dict[str, bytes], tmp_path: Path
) -> None:
    data, full = tmp_path / "data.ttl", tmp_path / "full.ttl"
    data.write_bytes(exports["turtle"])
    out = io.BytesIO()
    export(kgstore.open_store(example_store, read_only=True), "turtle", out, with_ontology=True)
    full.write_bytes(out.getvalue())
    for fields in (_owlcheck(full), _owlcheck(data, ROOT / "ontology" / "dkg.ttl")):
        assert fields["parse_errors"] == fields["unparsed_triples"] == fields["malformed"] == "0", fields
        assert fields["missing_imports"] == "0", fields
        assert int(fields["individuals"]) > 100 and int(fields["data_props"]) > 10, fields


def test_export_jsonld_is_byte_identical_after_import_and_export(exports: dict[str, bytes], tmp_path: Path) -> None:
    first = tmp_path / "graph.jsonld"
    first.write_bytes(exports["jsonld"])
    copy = tmp_path / "copy"
    result = CliRunner().invoke(main, ["import", str(first), "--store", str(copy)])
    assert result.exit_code == 0, result.output
    assert _export(copy, "jsonld") == first.read_bytes()


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_import_of_an_export_answers_the_saved_queries_like_the_original(
    sample_store: Path, tmp_path: Path, fmt: str
) -> None:
    exported = tmp_path / f"graph{EXTENSIONS[fmt]}"
    exported.write_bytes(_export(sample_store, fmt))
    copy = tmp_path / "copy"
    assert CliRunner().invoke(main, ["import", str(exported), "--store", str(copy)]).exit_code == 0

    def answer(store: Path) -> str:
        args = ["query", "--store", str(store), "sectors-discussed", "-p", "a=Malaysia", "-p", "b=Russia"]
        result = CliRunner().invoke(main, [*args, "--format", "csv"])
        assert result.exit_code == 0, result.output
        return result.stdout

    original = answer(sample_store)
    assert original.count("\n") > 10
    assert answer(copy) == original


# -- kg import of hostile or oddly named files ----------------------------------------------
def _import(store: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["import", "--store", str(store), *args])


def _stored_nquads(store: Path) -> str:
    return _export(store, "nquads").decode("utf-8") if store.exists() else ""


def test_import_rdfxml_with_an_external_entity_does_not_read_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    xxe = tmp_path / "xxe.rdf"
    xxe.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
        '<rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p></rdf:Description></rdf:RDF>\n',
        encoding="utf-8",
    )
    result = _import(tmp_path / "s", str(xxe))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {xxe}: RDF/XML that declares an external entity (xxe) is refused: it could read local files"
    ]
    assert "TOP-SECRET" not in _stored_nquads(tmp_path / "s")


def test_import_rdfxml_billion_laughs_is_refused_with_one_line(tmp_path: Path) -> None:
    from .test_rdfxml import laughs

    lol = tmp_path / "lol.rdf"
    lol.write_text(laughs(6), encoding="utf-8")  # 3 MB once expanded: small, should the guard fail
    result = _import(tmp_path / "s", str(lol))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {lol}: RDF/XML with a nested entity (lol1 refers to other entities) is refused: "
        "it can expand without bound"
    ]
    assert "lollol" not in _stored_nquads(tmp_path / "s")


def test_import_turtle_broken_in_the_middle_changes_nothing_and_the_others_load(tmp_path: Path) -> None:
    def triples(name: str, n: int) -> str:
        return "".join(f'<http://example.org/{name}{i}> <http://example.org/p> "{i}" .\n' for i in range(n))

    store = tmp_path / "s"
    earlier = tmp_path / "earlier.nt"
    earlier.write_text(triples("earlier", 5), encoding="utf-8")
    assert _import(store, str(earlier)).exit_code == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text(triples("broken", 50) + "<http://example.org/x> <oops\n" + triples("after", 50), encoding="utf-8")
    first, last = tmp_path / "first.ttl", tmp_path / "last.nt"
    first.write_text(triples("first", 3), encoding="utf-8")
    last.write_text(triples("last", 3), encoding="utf-8")
    result = _import(store, str(first), str(broken), str(last))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {broken}: not valid Turtle (Parser error between line 51")
    stored = _stored_nquads(store)
    assert "broken" not in stored and "after" not in stored
    assert all(f"example.org/{name}0>" in stored for name in ("earlier", "first", "last"))


@pytest.mark.parametrize(
    ("suffix", "fmt"), [(".xml", "xml"), (".nquads", "nquads"), (".turtle", "turtle"), (".json", "jsonld")]
)
def test_import_reads_an_export_named_after_its_format(
    exports: dict[str, bytes], tmp_path: Path, suffix: str, fmt: str
) -> None:
    exported = tmp_path / f"graph{suffix}"
    exported.write_bytes(exports[fmt])
    result = _import(tmp_path / "copy", str(exported))
    assert result.exit_code == 0, result.output
    assert len(_stored_nquads(tmp_path / "copy").splitlines()) > 500


def test_import_format_option_reads_any_file_name(exports: dict[str, bytes], tmp_path: Path) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_bytes(exports["trig"])
    refused = _import(tmp_path / "a", str(dump))
    assert refused.exit_code == 1 and "pass --format" in refused.stderr
    result = _import(tmp_path / "b", "--format", "trig", str(dump))
    assert result.exit_code == 0, result.output
    assert _export(tmp_path / "b", "trig") == dump.read_bytes()
