"""Retraction: kg remove and kg build --prune take an article and what only it said out of the store."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from kg import store as kgstore
from kg.cli import main
from kg.ingest import identify_file
from kg.rdf import article_iri

from .conftest import EXAMPLES

PUTIN = EXAMPLES / "prabowo-putin-st-petersburg.txt"
XI = EXAMPLES / "jokowi-xi-chengdu.txt"
SUMMIT = "https://w3id.org/dkg/ontology#Summit"


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _articles(store: Path) -> list[str]:
    return [g for g in kgstore.graph_names(kgstore.open_store(store, read_only=True)) if "/id/article/" in g]


def _summits(store: Path) -> set[str]:
    rows = kgstore.select(
        kgstore.open_store(store, read_only=True), f"SELECT DISTINCT ?s WHERE {{ ?s a <{SUMMIT}> }}"
    ).rows
    return {r[0].value for r in rows if r[0] is not None}


def _folder(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The Putin article, a near-copy of it (one line added), and the Xi article."""
    folder = tmp_path / "in"
    folder.mkdir()
    original = folder / "putin.txt"
    shutil.copyfile(PUTIN, original)
    copy = folder / "putin-copy.txt"
    copy.write_text(PUTIN.read_text(encoding="utf-8") + "\nBaca juga berita lainnya.\n", encoding="utf-8")
    other = folder / "xi.txt"
    shutil.copyfile(XI, other)
    return original, copy, other


def test_sources_remove_by_path_keeps_what_another_article_also_says(tmp_path: Path) -> None:
    original, copy, other = _folder(tmp_path)
    store = tmp_path / "s"
    assert _run("build", "-q", "--store", str(store), str(original.parent)).exit_code == 0
    only_xi = _summits(store)
    assert _run("remove", "--store", str(store), str(other)).exit_code == 0
    shared = _summits(store)
    assert shared and shared < only_xi  # the Xi meetings went; the Putin meetings stay
    result = _run("remove", "--store", str(store), str(copy))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"removed {article_iri(identify_file(copy).id)} ({copy})"
    assert _summits(store) == shared  # still reported by the original
    assert _run("remove", "--store", str(store), article_iri(identify_file(original).id)).exit_code == 0
    assert _summits(store) == set() and _articles(store) == []


def test_sources_remove_unknown_name_removes_nothing_and_exits_2(tmp_path: Path) -> None:
    original, _, _ = _folder(tmp_path)
    store = tmp_path / "s"
    _run("build", "-q", "--store", str(store), str(original))
    result = _run("remove", "--store", str(store), str(original), str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 2
    assert (
        result.stderr.strip() == f"Error: {tmp_path / 'nowhere.txt'}: no article in the store was read from this file"
    )
    assert len(_articles(store)) == 1


def test_sources_build_prune_removes_articles_whose_files_are_gone(tmp_path: Path) -> None:
    original, copy, other = _folder(tmp_path)
    store = tmp_path / "s"
    _run("build", "-q", "--store", str(store), str(original.parent))
    gone = article_iri(identify_file(other).id)
    other.unlink()
    kept = _run("build", "-q", "--store", str(store), str(original.parent))
    assert kept.exit_code == 0 and len(_articles(store)) == 3  # without --prune nothing is removed
    result = _run("build", "-q", "--prune", "--store", str(store), str(original.parent))
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if line.startswith("removed")] == [f"removed {gone} ({other})"]
    assert sorted(_articles(store)) == sorted(article_iri(identify_file(p).id) for p in (original, copy))
