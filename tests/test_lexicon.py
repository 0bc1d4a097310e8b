"""The Protégé promise: a label an ontologist adds to the ontology drives the next build."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg import lexicon, lexicon_cache
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


# -- the lexicon kept in the store folder between builds (kg/lexicon_cache.py) -----------------
def _load_fresh(settings: Settings, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> lexicon.Lexicon:
    """lexicon.load as a new process runs it: nothing remembered in this one."""
    monkeypatch.setattr(lexicon, "_LOADED", {})
    return lexicon.load(settings.ontology_files(), settings.queries_dir, cache_dir=cache_dir)


def test_lexicon_a_build_keeps_it_in_the_store_folder_and_the_next_load_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    store.mkdir()
    monkeypatch.setattr(lexicon, "_LOADED", {})
    report = build([ROOT / "examples" / "articles" / "anwar-xi-beijing.txt"], replace(Settings(), store_dir=store))
    assert report.ok, report.failures
    cache = store / lexicon_cache.CACHE_NAME
    data = json.loads(cache.read_text(encoding="utf-8"))
    assert data["lexicon"]["digest"] == lexicon.ontology_digest(Settings().ontology_files())
    # what the cache says is what the next load gives: edit a display label there
    concept = next(c for c, label in data["lexicon"]["display"].items() if label == "Tourism")
    data["lexicon"]["display"][concept] = "Tourism, as cached"
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert _load_fresh(Settings(), store, monkeypatch).label(concept) == "Tourism, as cached"


def test_lexicon_cache_of_other_ontology_files_is_read_again_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    store.mkdir()
    original = _load_fresh(Settings(), store, monkeypatch)
    assert normalize_tokens(WORD) not in original.entries
    copy, concept = _copy_with_alt_label(tmp_path)
    edited = _load_fresh(replace(Settings(), ontology_dir=copy), store, monkeypatch)
    assert {e.concept for e in edited.entries[normalize_tokens(WORD)]} == {str(concept)}
    assert edited.digest != original.digest
    # the cache now holds the edited ontology's lexicon; the original one is read again in turn
    again = _load_fresh(replace(Settings(), ontology_dir=copy), store, monkeypatch)
    assert again == edited
    assert _load_fresh(Settings(), store, monkeypatch) == original


@pytest.mark.parametrize("text", ["not json", '{"key": 1}', "[]", '{"key": "%s", "lexicon": {"entries": 3}}'])
def test_lexicon_unreadable_cache_is_ignored_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    settings = Settings()
    expected = lexicon.load(settings.ontology_files(), settings.queries_dir)
    queries = [settings.queries_dir / "lexicon.rq", settings.queries_dir / "lexicon-relations.rq"]
    key = lexicon_cache.cache_key(settings.ontology_files(), queries, [Path(lexicon.__file__)])
    cache = tmp_path / lexicon_cache.CACHE_NAME
    cache.write_text(text.replace("%s", key), encoding="utf-8")
    assert _load_fresh(settings, tmp_path, monkeypatch) == expected
    assert json.loads(cache.read_text(encoding="utf-8"))["key"] == key


def test_lexicon_a_body_named_with_its_country_is_read_with_any_of_the_countrys_names(tmp_path: Path) -> None:
    """Outlets write China as "China", "Cina" or "Tiongkok": a body the ontologist labels with one
    of them is found under each."""
    copy = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", copy)
    body = "https://w3id.org/dkg/id/org/zorblatan-authority"
    with open(copy / "gazetteer.ttl", "a", encoding="utf-8") as f:
        f.write(
            f"\n<{body}> a <http://www.w3.org/2002/07/owl#NamedIndividual> ,"
            " <https://w3id.org/dkg/ontology#Organization> ;"
            ' <http://www.w3.org/2000/01/rdf-schema#label> "Badan Zorblatan China"@id .\n'
        )
    settings = replace(Settings(), ontology_dir=copy)
    entries = lexicon.load(settings.ontology_files(), settings.queries_dir).entries
    for name in ("Badan Zorblatan China", "Badan Zorblatan Cina", "Badan Zorblatan Tiongkok"):
        assert body in {e.concept for e in entries.get(normalize_tokens(name), [])}, name
    assert normalize_tokens("Badan Zorblatan Rusia") not in entries
