"""Extraction quality on the sample articles, scored by the shared scorer against the gold.

The floors in quality_floors.json are the figures reached so far; a change that lowers any of
them fails here. Raise a floor when quality improves; never lower one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import store as kgstore
from kg.export import export

from .conftest import ROOT, SHARED, shared_dir

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))
CATEGORIES = ("summits", "participants", "sectors", "agreements", "actors", "overall")


@pytest.fixture(scope="module")
def scores(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    gold = shared_dir("gold")
    out = tmp_path_factory.mktemp("quality") / "graph.trig"
    with open(out, "wb") as f:
        export(kgstore.open_store(sample_store, read_only=True), "trig", f)
    result = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--graph",
            str(out),
            "--ontology",
            str(ROOT / "ontology"),
            "--gold",
            str(gold),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(result.stdout.rsplit("\nscore:", 1)[0])["summary"]


@pytest.mark.slow
@pytest.mark.parametrize("category", CATEGORIES)
def test_quality_f1_is_at_least_the_pinned_floor(scores: dict, category: str) -> None:
    assert scores[category] + 1e-9 >= FLOORS[category], (
        f"{category} F1 {scores[category]:.3f} fell below the floor {FLOORS[category]:.3f}"
    )


def test_quality_floors_cover_every_category() -> None:
    assert set(CATEGORIES) <= set(FLOORS)
    assert all(0.0 <= FLOORS[c] <= 1.0 for c in CATEGORIES)
