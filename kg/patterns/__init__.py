"""Rules that are not ontology terms, read once from the YAML files beside this module."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

_HERE = Path(__file__).resolve().parent
# libyaml's parser when PyYAML was built with it: the same safe constructor, ten times faster
# (cues.yaml took 60 ms in the pure-Python parser, at the start of every build and worker)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _load(name: str) -> dict:
    """The parsed file, read once per process however many rules come from it (callers only read it)."""
    with open(_HERE / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=_LOADER)  # a safe loader: plain data, no objects


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """Line-shape rules: a line matching ``line`` is dropped; ``tail`` starts trailing furniture."""

    line: tuple[re.Pattern[str], ...]
    tail: re.Pattern[str]
    inline: re.Pattern[str]
    related_heading: re.Pattern[str]

    def is_boilerplate(self, line: str) -> bool:
        text = line.strip()
        return any(pattern.search(text) for pattern in self.line)

    def starts_tail(self, line: str) -> bool:
        return bool(self.tail.fullmatch(line.strip()))

    def opens_related_links(self, line: str) -> bool:
        return bool(self.related_heading.fullmatch(line.strip()))


@cache
def boilerplate_rules() -> BoilerplateRules:
    data = _load("boilerplate")
    lines = [p for group in data["line"].values() for p in group]
    # the line rules one by one: a search for one alternation of them all is twice as slow, as
    # it loses the engine's fast scan for each rule's leading text
    line = tuple(re.compile(p, re.IGNORECASE) for p in lines)
    return BoilerplateRules(
        line=line,
        tail=_compile(data["tail"]),
        inline=_compile(data["inline"]),
        related_heading=_compile(data["related_heading"]),
    )


@cache
def publishers() -> dict[str, str]:
    """Outlet names (casefolded) → display name. Outlets are publishers, never actors."""
    return {name.casefold(): name for name in _load("publishers")["outlets"]}


@cache
def abbreviations() -> frozenset[str]:
    """Tokens ending in a period that do not end a sentence (casefolded, without the period)."""
    return frozenset(a.casefold() for a in _load("sentences")["abbreviations"])


@cache
def name_closers() -> frozenset[str]:
    """Abbreviations ending a name, which end a sentence before a capitalised word."""
    return frozenset(a.casefold() for a in _load("sentences").get("name_closers", []))


@cache
def max_sentence_length() -> int:
    """The longest sentence, in characters, before it is split at a space."""
    return int(_load("sentences")["max_length"])


_WORD_LISTS = ("org_head", "org_tail", "family_name_first", "meeting_words", "name_key_forms")


@cache
def cues() -> dict[str, re.Pattern[str]]:
    """Named cue patterns used by the extractors (meeting verbs, signing verbs, future markers)."""
    return {name: _compile(words) for name, words in _load("cues").items() if name not in _WORD_LISTS}


@cache
def family_name_first() -> frozenset[str]:
    """The countries whose persons' names put the family name first ("Wang Yi" is "Wang")."""
    return frozenset("https://w3id.org/dkg/id/country/" + c for c in _load("cues")["family_name_first"])


@cache
def org_words() -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words that begin (Indonesian) or end (English) an organization's name."""
    data = _load("cues")
    return frozenset(data["org_head"]), frozenset(data["org_tail"])


@cache
def name_key_forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """How a meeting's name is written alike for comparing: a pattern and what it becomes."""
    return tuple((re.compile(pattern), short) for pattern, short in _load("cues")["name_key_forms"])


@cache
def meeting_words() -> frozenset[str]:
    """Words that say only that something is a meeting ("pertemuan", "talks"), not which one."""
    return frozenset(_load("cues")["meeting_words"])


@cache
def umbrella_sectors() -> frozenset[str]:
    """Local names of reporting sectors that narrower ones left out of the scheme do not roll up to."""
    return frozenset(_load("sectors")["umbrellas"])


@cache
def umbrella_members() -> frozenset[str]:
    """Local names of narrower sectors that do stand for their umbrella ("transport corridors" are
    connectivity)."""
    return frozenset(_load("sectors").get("umbrella_members", []))
