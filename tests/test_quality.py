"""Extraction quality, scored by the shared scorer against the analysts' gold.

Three corpora: the sample articles, the annotated development corpus (all of it, and the
even-numbered half that is never tuned on), and the project's own example articles. The floors
in quality_floors.json are the figures measured; a change that lowers any of them fails here.
Raise a floor when quality improves; lower one only with the reason in the commit.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kg import store as kgstore
from kg.pipeline import build
from kg.settings import Settings

from .conftest import EXAMPLES, SHARED, shared_dir, shared_score

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))
CATEGORIES = ("summits", "participants", "sectors", "agreements", "actors", "overall")
CORPORA = ("samples", "dev", "dev_even", "examples")


def _score(store: Path, gold: Path, sectors: list[Path], tmp: Path) -> dict:
    """The shared scorer's summary on an export of the store."""
    return shared_score(store, gold, sectors, tmp)["summary"]


def _even_half(tmp: Path) -> tuple[Path, Path]:
    """The even-numbered dev articles and their gold, in folders of their own."""
    articles, gold = tmp / "articles", tmp / "gold"
    articles.mkdir()
    gold.mkdir()
    for path in sorted((SHARED / "dev" / "articles").glob("*")):
        if int(path.name[1:3]) % 2 == 0:
            shutil.copy(path, articles)
            shutil.copy(SHARED / "dev" / "gold" / f"{path.stem}.yaml", gold)
    return articles, gold


def _own_score(store: Path, gold: Path) -> dict:
    """The project's scorer (the same figures as the shared one), for what needs no ../shared."""
    from kg.evaluate import evaluate

    result = evaluate(kgstore.open_store(store, read_only=True), gold)
    return {**{c: result.f1(c) for c in CATEGORIES[:-1]}, "overall": result.overall}


@pytest.fixture(scope="module", params=CORPORA)
def scores(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    if request.param == "examples":  # our own articles: scored without ../shared
        return request.param, _own_score(request.getfixturevalue("example_store"), EXAMPLES.parent / "gold")
    shared_dir("eval")
    tmp = tmp_path_factory.mktemp(request.param)
    both = [SHARED / "gold" / "sectors.yaml", SHARED / "dev" / "extra-sectors.yaml"]
    if request.param == "samples":
        store, gold, sectors = request.getfixturevalue("sample_store"), shared_dir("gold"), []
    elif request.param == "dev":
        store, gold, sectors = request.getfixturevalue("dev_store"), shared_dir("dev") / "gold", both
    else:
        articles, gold = _even_half(tmp)
        store, sectors = tmp / "store", both
        build([articles], replace(Settings(), store_dir=store))
    return request.param, _score(store, gold, sectors, tmp)


@pytest.mark.slow
@pytest.mark.parametrize("category", CATEGORIES)
def test_quality_f1_is_at_least_the_pinned_floor(scores: tuple[str, dict], category: str) -> None:
    corpus, summary = scores
    floor = FLOORS[corpus][category]
    assert summary[category] + 1e-9 >= floor, f"{corpus}: {category} F1 {summary[category]:.3f} fell below {floor:.3f}"


def test_quality_floors_cover_every_corpus_and_category() -> None:
    for corpus in CORPORA:
        assert set(CATEGORIES) <= set(FLOORS[corpus])
        assert all(0.0 <= FLOORS[corpus][c] <= 1.0 for c in CATEGORIES)
