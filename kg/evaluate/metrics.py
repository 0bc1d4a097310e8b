"""Precision, recall and F1 counts, and the pairing of a matched record's values with the gold's."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from kg.evaluate.assignment import max_bipartite

E = TypeVar("E")
G = TypeVar("G")


@dataclass(slots=True)
class Score:
    """Counts behind precision (right extracted / extracted) and recall (found gold / gold),
    with the extracted items no gold item matches and the gold items nothing matched."""

    true_extracted: int = 0
    extracted: int = 0
    true_gold: int = 0
    gold: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        """None when nothing was extracted."""
        return self.true_extracted / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        """None when the gold has nothing of this category."""
        return self.true_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """None when there is neither gold nor extracted; a missing side counts as zero.

        >>> Score(1, 2, 1, 1).f1
        0.6666666666666666
        """
        if not self.extracted and not self.gold:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_pairs(
    score: Score,
    extracted: Iterable[E],
    gold_lists: Sequence[Sequence[G]],
    ok: Callable[[E, G], bool],
    *,
    show: tuple[Callable[[E], str], Callable[[G], str]],
    context: str,
    optional: Iterable[G] = (),
) -> None:
    """Count the values of one matched record (participants, sectors) against the gold values
    of the gold record(s) it matched, one to one.

    Precision counts extracted values matching some gold value; recall counts each gold
    record's values found. An extracted value that matches only an optional gold value is
    neither rewarded nor penalised.
    """
    union = list(dict.fromkeys(g for gold in gold_lists for g in gold))
    extra = [o for o in dict.fromkeys(optional) if o not in union]
    values = [e for e in dict.fromkeys(extracted) if any(ok(e, g) for g in union) or not any(ok(e, o) for o in extra)]
    hit = set(max_bipartite(values, union, ok))
    score.extracted += len(values)
    score.true_extracted += len(hit)
    score.false_positives += [f"{context} :: {show[0](e)}" for i, e in enumerate(values) if i not in hit]
    for gold in gold_lists:
        expected = list(dict.fromkeys(gold))
        found = set(max_bipartite(expected, values, lambda g, e: ok(e, g)))
        score.gold += len(expected)
        score.true_gold += len(found)
        score.false_negatives += [f"{context} :: {show[1](g)}" for i, g in enumerate(expected) if i not in found]
