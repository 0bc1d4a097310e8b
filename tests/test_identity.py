"""An article is who its text (or canonical URL) says, never its file name; files are provenance."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from kg import store as kgstore
from kg.cli import main
from kg.ingest import identify
from kg.pipeline import build
from kg.settings import Settings

from .conftest import EXAMPLES

SOURCE = "https://w3id.org/dkg/ontology#sourceFile"
PUTIN = EXAMPLES / "prabowo-putin-st-petersburg.txt"
XI = EXAMPLES / "jokowi-xi-chengdu.txt"


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _articles(store: Path) -> dict[str, set[str]]:
    """Each stored article graph with its source files."""
    db = kgstore.open_store(store, read_only=True)
    found = kgstore.own_value_sets(db, SOURCE)
    return {g: found.get(g, set()) for g in kgstore.graph_names(db) if "/id/article/" in g}


def _subjects(store: Path) -> set[str]:
    db = kgstore.open_store(store, read_only=True)
    return {q.subject.value for q in db if isinstance(q.subject, ox.NamedNode) and "/id/" in q.subject.value}


def _copy(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    return dst


def test_identity_two_articles_with_one_file_name_are_two_articles(tmp_path: Path) -> None:
    a = _copy(PUTIN, tmp_path / "x" / "one.txt")
    b = _copy(XI, tmp_path / "y" / "one.txt")
    result = _run("build", "--quiet", "--store", str(tmp_path / "s"), str(a), str(b))
    assert result.exit_code == 0, result.output
    stored = _articles(tmp_path / "s")
    assert len(stored) == 2
    assert sorted(p for paths in stored.values() for p in paths) == sorted([str(a), str(b)])


def test_identity_renamed_article_keeps_every_iri(tmp_path: Path) -> None:
    before = replace(Settings(), store_dir=tmp_path / "before")
    after = replace(Settings(), store_dir=tmp_path / "after")
    build([_copy(PUTIN, tmp_path / "a" / "putin.txt")], before)
    build([_copy(PUTIN, tmp_path / "b" / "renamed.txt")], after)
    assert _subjects(before.store_dir) == _subjects(after.store_dir)
    assert any("/id/evidence/" in s for s in _subjects(after.store_dir))


def test_identity_same_text_under_two_names_is_one_article_with_two_sources(tmp_path: Path) -> None:
    a = _copy(PUTIN, tmp_path / "a.txt")
    b = tmp_path / "b.txt"
    b.write_text(PUTIN.read_text(encoding="utf-8").replace("\n", "\r\n") + "\n\n", encoding="utf-8")
    report = build([a, b], replace(Settings(), store_dir=tmp_path / "s"))
    assert report.ok and report.articles == 1
    assert list(_articles(tmp_path / "s").values()) == [{str(a), str(b)}]
    again = build([a, b], replace(Settings(), store_dir=tmp_path / "s"))
    assert (again.articles, again.unchanged) == (0, 1)


def test_identity_adding_an_article_changes_no_other_iri(tmp_path: Path) -> None:
    one = replace(Settings(), store_dir=tmp_path / "one")
    build([PUTIN], one)
    first = _subjects(one.store_dir)
    build([XI], one)
    assert first <= _subjects(one.store_dir)


def test_identity_edited_file_replaces_its_old_article(tmp_path: Path) -> None:
    path = _copy(PUTIN, tmp_path / "in" / "putin.txt")
    settings = replace(Settings(), store_dir=tmp_path / "s")
    build([path], settings)
    old = set(_articles(settings.store_dir))
    path.write_text(path.read_text(encoding="utf-8") + "\nSatu kalimat lagi.\n", encoding="utf-8")
    report = build([path], settings)
    now = _articles(settings.store_dir)
    assert len(now) == 1 and not old & set(now)
    assert [r.article for r in report.removed] == sorted(old)


def test_identity_ignores_whitespace_and_unicode_form() -> None:
    composed, decomposed = "Kerja sama ekonomi \u00e9", "Kerja  sama\nekonomi e\u0301"
    assert identify(Path("a.txt"), composed).id == identify(Path("b.txt"), decomposed).id
    assert identify(Path("a.txt"), composed).id != identify(Path("a.txt"), composed + " lagi").id


def test_identity_html_canonical_url_names_the_article() -> None:
    page = '<html><head><link rel="canonical" href="https://news.example/a/1"></head><body>{}</body></html>'
    one, two = identify(Path("x.html"), page.format("v1")), identify(Path("y.html"), page.format("v2"))
    assert one.id == two.id and one.key == "https://news.example/a/1"
    assert one.content_hash != two.content_hash
