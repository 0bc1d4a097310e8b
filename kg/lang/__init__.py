"""The language layer: word lists of each language the extractor reads, one data file each.

Extraction stages ask this package for the words of a language (titles and offices, the words
of a ministry's portfolio, name particles) instead of keeping their own lists, so supporting
another language means adding a data file here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

_HERE = Path(__file__).resolve().parent
LANGUAGES = ("id", "en")


@dataclass(frozen=True, slots=True)
class Titles:
    """Words that introduce a person by office: "Menteri Perdagangan Indonesia Budi Santoso"."""

    head: re.Pattern[str]  # an office word at the start of a title ("Menteri", "Prime Minister")
    portfolio: frozenset[str]  # folded words that may stand between the office and the name
    particles: frozenset[str]  # lower-case words inside names ("bin", "da")
    not_names: frozenset[str]  # capitalised words that never start a person's name


@cache
def _data(lang: str) -> dict:
    with open(_HERE / f"{lang}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@cache
def titles() -> Titles:
    """The title words of every language together: articles mix them ("PM", "Chairman")."""
    heads: list[str] = []
    portfolio: set[str] = set()
    particles: set[str] = set()
    not_names: set[str] = set()
    for lang in LANGUAGES:
        data = _data(lang)["titles"]
        heads.extend(data["head"])
        portfolio.update(w.casefold() for w in data["portfolio"])
        particles.update(data["particles"])
        not_names.update(w.casefold() for w in data.get("not_names", []))
    ordered = sorted(set(heads), key=len, reverse=True)  # longest office first: "Wakil Perdana Menteri"
    head = re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])")
    return Titles(head, frozenset(portfolio), frozenset(particles), frozenset(not_names))


@cache
def counted() -> re.Pattern[str]:
    """A count that ends right before a noun: "sembilan", "lebih dari 30", "several"."""
    counts = [w for lang in LANGUAGES for w in _data(lang)["counts"]]
    leads = [w for lang in LANGUAGES for w in _data(lang)["count_lead"]]
    number = r"(?<![\d.,])\d{1,3}(?![\d.,])"
    return re.compile(
        rf"(?:\b(?:{'|'.join(leads)})\s+)?\b(?P<count>{number}|{'|'.join(counts)})"
        r"(?:\s+(?:buah|lembar|naskah|new|bilateral|cooperation))?\s*$",
        re.I,
    )


@cache
def opening(name: str) -> re.Pattern[str]:
    """A sentence opening of every language: ``same_day`` ("Sore harinya"), ``next_day``."""
    words = [w for lang in LANGUAGES for w in _data(lang)[name]]
    return re.compile(r"^\W*(?:" + "|".join(words) + r")\b", re.I)
