"""The ontology: OWL 2 DL as the OWL API reads it, documented, and covering every term in use."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.settings import Settings
from kg.vocab import DKG

from .conftest import ROOT, SHARED, shared_dir

ONTOLOGY = ROOT / "ontology"
TOP = ONTOLOGY / "dkg.ttl"
NS = str(DKG._NS)
DECLARED = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDFS.Datatype)
# dkg:Name in Turtle, SPARQL and docs; the full IRI anywhere; DKG.Name in Python
USES = [
    re.compile(r"(?<![\w-])dkg:([A-Za-z_]\w*)"),
    re.compile(re.escape(NS) + r"([A-Za-z_]\w*)"),
    re.compile(r"\bDKG\.([A-Za-z]\w*)"),
]
SOURCES = sorted([*(ROOT / "kg").rglob("*.py"), *(ROOT / "queries").glob("*.rq"), *(ROOT / "shapes").glob("*.ttl")])


def _graph(*paths: Path) -> Graph:
    g = Graph()
    for path in paths:
        g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _graph(*Settings().ontology_files())


@pytest.fixture(scope="module")
def core() -> Graph:
    return _graph(ONTOLOGY / "core.ttl")


def _core_terms() -> list[URIRef]:
    core = _graph(ONTOLOGY / "core.ttl")
    return sorted(
        {
            s
            for kind in DECLARED
            for s in core.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(NS)
        }
    )


@pytest.mark.slow
def test_ontology_owlcheck_top_ontology_is_owl2_dl_with_no_unparsed_triples() -> None:
    tool = shared_dir("tools") / "owlcheck" / "check.sh"
    result = subprocess.run([str(tool), "-q", str(TOP)], capture_output=True, text=True, timeout=120)
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("owlcheck: OK"), result.stdout + result.stderr
    fields = dict(f.split("=", 1) for f in summary.split() if "=" in f)
    assert fields["DL"] == "yes"
    assert fields["unparsed_triples"] == fields["malformed"] == fields["missing_imports"] == "0"
    assert int(fields["individuals"]) > 0, "the imports (sectors, gazetteer) were not read"


def test_ontology_catalog_resolves_every_import_to_a_file_beside_it() -> None:
    catalog = ET.parse(ONTOLOGY / "catalog-v001.xml").getroot()
    mapped = {e.get("name"): e.get("uri") for e in catalog if e.tag.endswith("uri")}
    imports = {str(o) for path in ONTOLOGY.glob("*.ttl") for o in _graph(path).objects(None, OWL.imports)}
    assert imports, "no owl:imports found"
    for iri in sorted(imports):
        assert iri in mapped, f"{iri} is not in catalog-v001.xml"
        assert (ONTOLOGY / mapped[iri]).is_file(), f"{iri} → {mapped[iri]} does not exist"


def test_ontology_top_ontology_has_its_metadata() -> None:
    top = _graph(TOP)
    iri = URIRef("https://w3id.org/dkg/ontology")
    assert (iri, RDF.type, OWL.Ontology) in top
    assert top.value(iri, OWL.versionIRI) is not None
    for prop in (
        DCTERMS.title,
        DCTERMS.description,
        DCTERMS.license,
        DCTERMS.creator,
        DCTERMS.created,
        DCTERMS.modified,
    ):
        assert top.value(iri, prop) is not None, f"the ontology has no {prop}"


@pytest.mark.parametrize("term", _core_terms(), ids=lambda t: str(t).removeprefix(NS))
def test_ontology_term_has_english_and_indonesian_labels_and_a_definition(core: Graph, term: URIRef) -> None:
    labels = {lab.language for lab in core.objects(term, RDFS.label) if isinstance(lab, Literal)}
    assert {"en", "id"} <= labels, f"rdfs:label languages: {sorted(str(x) for x in labels)}"
    definitions = {d.language for d in core.objects(term, SKOS.definition) if isinstance(d, Literal)}
    assert "en" in definitions


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_ontology_every_dkg_term_used_exists(ontology: Graph, source: Path) -> None:
    text = source.read_text(encoding="utf-8")
    used = {name for pattern in USES for name in pattern.findall(text)}
    missing = sorted(n for n in used if (DKG._NS[n], None, None) not in ontology)
    assert missing == [], f"{source.name} uses terms the ontology does not declare"


def test_ontology_term_scan_catches_an_undeclared_term(ontology: Graph) -> None:
    used = {name for pattern in USES for name in pattern.findall("?s dkg:participent ?o . DKG.Summit")}
    assert used == {"participent", "Summit"}
    assert (DKG._NS["participent"], None, None) not in ontology


def test_ontology_vocab_names_are_all_declared(ontology: Graph) -> None:
    names = [n for n in DKG.__annotations__ if not n.startswith("_")]
    assert [n for n in names if (DKG._NS[n], None, None) not in ontology] == []


def _gold_sectors() -> list[str]:
    path = SHARED / "gold" / "sectors.yaml"
    if not path.is_file():
        return []
    return [entry["name"] for entry in yaml.safe_load(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("name", _gold_sectors() or ["(../shared/gold/sectors.yaml missing)"])
def test_ontology_every_gold_sector_has_a_concept(ontology: Graph, name: str) -> None:
    shared_dir("gold")
    concepts = {
        s for s in ontology.subjects(SKOS.prefLabel, Literal(name, lang="en")) if (s, RDF.type, DKG.Sector) in ontology
    }
    assert len(concepts) == 1, f"no dkg:Sector has the English prefLabel {name!r}"


def test_ontology_reference_merges_the_modules_into_one_ontology() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_reference", ROOT / "docs" / "build_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    g = module.merged(Settings().ontology_files())
    assert list(g.subjects(RDF.type, OWL.Ontology)) == [URIRef("https://w3id.org/dkg/ontology")]
    assert (None, OWL.imports, None) not in g
    assert (DKG.Summit, RDF.type, OWL.Class) in g
    assert (SKOS.Concept, RDF.type, OWL.Class) not in g  # declared only for OWL 2 DL, not ours to document
