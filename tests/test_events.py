"""Cross-article events: one meeting reported by N articles is one resource with N evidence sets,
and the saved queries answer it once, at a cost that grows with N, not with a power of N."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import store as kgstore
from kg.cli import main
from kg.pipeline import build
from kg.settings import Settings

from .conftest import EXAMPLES

SOURCE = EXAMPLES / "lavrov-asean-kuala-lumpur.txt"
COPIES = 6
DKG = "https://w3id.org/dkg/ontology#"

# (query, parameters): each answers the same rows whether one copy or many are stored
QUERIES = [
    ("summits-of", ["actor=Russia"]),
    ("counterparts", ["actor=Russia"]),
    ("sectors-discussed", ["a=Russia", "b=ASEAN"]),
    ("agreements-between", ["a=Russia", "b=ASEAN"]),
    ("sector-ranking", ["actor=Russia"]),
    ("sector-activity", ["sector=Trade"]),
    ("members", ["org=ASEAN"]),
    ("figures", ["a=Russia", "b=ASEAN"]),
    ("planned", []),
]


def _near_copies(folder: Path, n: int) -> Path:
    """``n`` articles: the same report, each with one line of its own added (so n articles)."""
    folder.mkdir(parents=True)
    text = SOURCE.read_text(encoding="utf-8")
    for i in range(1, n + 1):
        (folder / f"copy-{i}.txt").write_text(f"{text}\nSalinan nomor {i}.\n", encoding="utf-8")
    return folder


def _store(tmp_path_factory: pytest.TempPathFactory, n: int) -> Path:
    root = tmp_path_factory.mktemp(f"copies{n}")
    report = build([_near_copies(root / "in", n)], replace(Settings(), store_dir=root / "store"))
    assert report.ok and report.articles == n, report.failures
    return root / "store"


@pytest.fixture(scope="module")
def one(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store(tmp_path_factory, 1)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _store(tmp_path_factory, COPIES)


def _rows(store: Path, name: str, params: list[str]) -> list[tuple[str, ...]]:
    """The query's CSV rows; the query runs in a worker process stopped after 60 s (exit 1)."""
    args = ["query", name, "--store", str(store), "--format", "csv", "--timeout", "60"]
    for p in params:
        args += ["-p", p]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [tuple(r) for r in csv.reader(io.StringIO(result.stdout))][1:]


def test_events_one_meeting_reported_n_times_is_one_resource_with_n_evidence_sets(many: Path) -> None:
    db = kgstore.open_store(many, read_only=True)
    query = f"""SELECT ?s (COUNT(DISTINCT ?article) AS ?n) WHERE {{
      ?s a <{DKG}Summit> ; <{DKG}date> ?d ; <{DKG}evidence>/<{DKG}mentionedIn> ?article }} GROUP BY ?s"""
    rows = kgstore.select(db, query).rows
    assert len(rows) == 2  # the ministerial meeting and the bilateral one, each dated to the day
    assert all(int(r[1].value) == COPIES for r in rows if r[1] is not None)


@pytest.mark.parametrize(("name", "params"), QUERIES, ids=[q[0] for q in QUERIES])
def test_events_saved_query_answers_each_row_once_over_near_copies(
    one: Path, many: Path, name: str, params: list[str]
) -> None:
    rows = _rows(many, name, params)
    assert len(rows) == len(set(rows))
    assert sorted(rows) == sorted(_rows(one, name, params))


def test_events_summits_of_over_near_copies_gives_the_two_meetings(many: Path) -> None:
    rows = _rows(many, "summits-of", ["actor=Russia"])
    # the host attended the ministerial meeting he met Lavrov beside, so it names him too
    assert [r[1] for r in rows] == [
        "Mohamad Hasan–Sergey Lavrov bilateral meeting, 2025-07-10",
        "Mohamad Hasan–Sergey Lavrov ministerial meeting, 2025-07-10",
    ]
