"""Precision, recall and F1 of what the store holds against an analyst's gold annotations.

The gold format is one YAML file per article (``article: NAME.txt``, ``actors``, ``summits``,
``agreements``), described with the matching rules in the gold README of the shared evaluation.
The figures are those of the client's scorer run on an export of the same store; how records
are matched is told in :mod:`kg.evaluate.scoring`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.evaluate.gold import Gold, load_gold
from kg.evaluate.graph import GraphView
from kg.evaluate.metrics import Score
from kg.evaluate.scoring import Scorer

if TYPE_CHECKING:
    from kg.store import Store

__all__ = ["CATEGORIES", "Evaluation", "Score", "evaluate", "load_gold"]

CATEGORIES = ("actors", "summits", "participants", "sectors", "agreements")


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores per category, and the gold articles (file names) the store does not hold."""

    scores: dict[str, Score]
    missing: list[str]
    _expected: frozenset[str]  # categories the gold has something in

    def f1(self, category: str) -> float:
        """The category's F1; with nothing extracted nor expected, 0 if the gold has any, else 1."""
        f1 = self.scores[category].f1
        if f1 is not None:
            return f1
        return 0.0 if category in self._expected else 1.0

    @property
    def overall(self) -> float:
        """The mean F1 of the five categories."""
        return sum(self.f1(c) for c in CATEGORIES) / len(CATEGORIES)


def evaluate(db: Store, gold_dir: Path, *, sector_files: list[Path] | None = None) -> Evaluation:
    """Score the store against the gold annotations of a folder.

    Args:
        db: the store (its article graphs and its ontology graph are read).
        gold_dir: the folder of gold YAML files.
        sector_files: sector vocabularies for the canonical sector names (default: the
            folder's ``sectors.yaml``, if any).

    Raises:
        InputError: a gold file or sector vocabulary cannot be read, or there is no gold file.
    """
    gold = load_gold(gold_dir, sector_files)
    view = GraphView(db)
    present = view.article_stems(gold.files)
    scorer = Scorer(gold, view, present)
    scores = {"actors": scorer.actors(), **scorer.summits(), "agreements": scorer.agreements()}
    missing = [gold.files[stem] for stem in gold.files if stem not in present]
    return Evaluation({c: scores[c] for c in CATEGORIES}, missing, _expected_categories(gold))


def _expected_categories(gold: Gold) -> frozenset[str]:
    has = {
        "actors": bool(gold.actors),
        "summits": bool(gold.summits),
        "participants": any(g.members for g in gold.summits),
        "sectors": any(g.sectors for g in gold.summits),
        "agreements": bool(gold.agreements),
    }
    return frozenset(c for c, present in has.items() if present)
