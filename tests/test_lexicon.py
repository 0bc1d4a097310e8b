"""The Protégé promise: a label an ontologist adds to the ontology drives the next build."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg import lexicon
from kg import store as kgstore
from kg.lexicon import normalize_tokens
from kg.pipeline import build
from kg.settings import Settings

from .conftest import ROOT

WORD = "zorblatan"  # made up: in no dictionary and no ontology
ARTICLE = f"""Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Rusia di Moskow pada 14 Mei 2025.

Dalam pertemuan itu, kedua menteri membahas kerja sama perikanan dan {WORD}.
"""
SECTORS_QUERY = """PREFIX dkg: <https://w3id.org/dkg/ontology#>
SELECT DISTINCT ?sector WHERE { ?summit dkg:discussedSector ?sector }"""


def _tourism(ontology_dir: Path) -> URIRef:
    sectors = Graph().parse(ontology_dir / "sectors.ttl", format="turtle")
    found = list(sectors.subjects(SKOS.prefLabel, Literal("Tourism", lang="en")))
    assert len(found) == 1, "the sectors module has no 'Tourism' concept"
    return URIRef(found[0])


def _copy_with_alt_label(tmp_path: Path) -> tuple[Path, URIRef]:
    """ontology/ copied, with WORD added as an Indonesian altLabel of Tourism, as Protégé would save it."""
    copy = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", copy)
    concept = _tourism(copy)
    with open(copy / "sectors.ttl", "a", encoding="utf-8") as f:
        f.write(f'\n<{concept}> <{SKOS.altLabel}> "{WORD}"@id .\n')
    return copy, concept


def _sectors_after_build(tmp_path: Path, ontology_dir: Path) -> set[str]:
    articles = tmp_path / "articles"
    articles.mkdir(exist_ok=True)
    (articles / "zorb.txt").write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / f"store-{ontology_dir.name}"
    report = build([articles], replace(Settings(), ontology_dir=ontology_dir, store_dir=store))
    assert report.ok, report.failures
    db = kgstore.open_store(store, read_only=True)
    return {row[0].value for row in kgstore.select(db, SECTORS_QUERY).rows if row[0] is not None}


def test_lexicon_added_alt_label_is_in_the_next_load(tmp_path: Path) -> None:
    copy, concept = _copy_with_alt_label(tmp_path)
    settings = replace(Settings(), ontology_dir=copy)
    entries = lexicon.load(settings.ontology_files(), settings.queries_dir).entries
    assert {e.concept for e in entries.get(normalize_tokens(WORD), [])} == {str(concept)}
    original = lexicon.load(Settings().ontology_files(), Settings().queries_dir).entries
    assert normalize_tokens(WORD) not in original


def test_lexicon_added_alt_label_drives_the_next_build(tmp_path: Path) -> None:
    copy, concept = _copy_with_alt_label(tmp_path)
    before = _sectors_after_build(tmp_path, ROOT / "ontology")
    after = _sectors_after_build(tmp_path, copy)
    assert str(concept) not in before
    assert str(concept) in after
    assert before <= after  # the edit adds the sector and takes nothing away
