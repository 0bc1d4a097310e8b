"""Find lexicon labels in sentences: longest match, whole words, Indonesian suffixes handled."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from kg.lexicon import Entry, Lexicon, fold
from kg.model import Mention, Sentence

_TOKEN = re.compile(r"\w+", re.UNICODE)
# enclitics and particles glued to a word: "pertemuannya", "Rusialah"
_SUFFIXES = ("nya", "lah", "kah", "pun")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    raw: str
    forms: tuple[str, ...]  # the folded word, then the word without a glued suffix


def tokenize(text: str, offset: int = 0, limit: int | None = None) -> list[Token]:
    """The words of text, or its first ``limit`` words."""
    found = itertools.islice(_TOKEN.finditer(text), limit)
    return [Token(offset + m.start(), offset + m.end(), m.group(), _forms(m.group())) for m in found]


@functools.lru_cache(maxsize=1 << 16)
def _forms(raw: str) -> tuple[str, ...]:
    """The folded word, then the word without a glued suffix (remembered: words repeat)."""
    folded = fold(raw)
    forms = [folded]
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix) + 3:
            forms.append(folded[: -len(suffix)])
    if _PLURAL.search(folded):
        forms.append(folded[:-1])  # "ministers": an office named in the plural ("the foreign ministers of ...")
    return tuple(forms)


_PLURAL = re.compile(r"(?:er|ent|or|ary)s$")
_PLURAL_KINDS = frozenset({"Position"})


def find_mentions(lexicon: Lexicon, sentence: Sentence) -> list[Mention]:
    """Every lexicon label in the sentence; overlapping matches resolved to the longest.

    A label made of capitals (AS, RI, KTT) only matches in capitals, so "as" in English
    text is not the United States.
    """
    tokens = tokenize(sentence.text, sentence.start)
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        length, entries = _longest_at(lexicon, tokens, i)
        if not entries:
            i += 1
            continue
        inner = _reaching_further(lexicon, tokens, i, length, entries)
        if inner is not None:  # "kerja sama ekonomi digital": "ekonomi digital" is the sector
            length, entries = _longest_at(lexicon, tokens, i, inner - i)
            if not entries:
                i = inner
                continue
        start, end = tokens[i].start, tokens[i + length - 1].end
        if sentence.text.startswith("$", end - sentence.start):
            i += length  # "US$200 million", "S$5": a currency, not the country
            continue
        text = sentence.text[start - sentence.start : end - sentence.start]
        for entry in _distinct(entries):
            mentions.append(Mention(start, end, text, entry.concept, entry.kind, sentence.index))
        i += length
    return mentions


def _reaching_further(lexicon: Lexicon, tokens: list[Token], i: int, length: int, entries: list[Entry]) -> int | None:
    """Where a sector label begins inside this sector match and ends past it: the later, more
    specific one wins the words they share."""
    if any(e.kind != "Sector" for e in entries):
        return None
    for k in range(i + 1, i + length):
        more, found = _longest_at(lexicon, tokens, k)
        if found and all(e.kind == "Sector" for e in found) and k + more > i + length:
            return k
    return None


def _longest_at(lexicon: Lexicon, tokens: list[Token], i: int, limit: int | None = None) -> tuple[int, list[Entry]]:
    # most words start no label: one lookup each, no generator (this runs for every word)
    longest = 0
    for form in tokens[i].forms:
        longest = max(longest, lexicon.max_len.get(form, 0))
    if not longest:
        return 0, []
    if limit is not None:
        longest = min(longest, limit)
    for length in range(min(longest, len(tokens) - i), 0, -1):
        window = tokens[i : i + length]
        for key in _keys(window):
            found = [e for e in lexicon.entries.get(key, ()) if _case_ok(e, window)]
            if key[-1] != window[-1].forms[0] and key[-1] + "s" == window[-1].forms[0]:
                found = [e for e in found if e.kind in _PLURAL_KINDS]  # only offices take the plural
            if found:
                return length, found
    return 0, []


def _keys(window: list[Token]) -> list[tuple[str, ...]]:
    """The window's folded words; the last word may also drop a glued suffix."""
    head = tuple(t.forms[0] for t in window[:-1])
    return [head + (form,) for form in window[-1].forms]


_ROMAN_NUMERAL = re.compile(r"[IVXLC]{2,6}")


def _case_ok(entry: Entry, window: list[Token]) -> bool:
    if entry.capitalized and not window[0].raw[:1].isupper():
        return False
    if entry.capitalized and entry.exact_case is None and len(window) == 1 and _ROMAN_NUMERAL.fullmatch(window[0].raw):
        return False  # "Komisi XI", "Paus Leo XIV": a numeral, not the name "Xi"
    return entry.exact_case is None or tuple(t.raw for t in window) == entry.exact_case


def _distinct(entries: list[Entry]) -> list[Entry]:
    seen: set[str] = set()
    out = []
    for e in entries:
        if e.concept not in seen:
            seen.add(e.concept)
            out.append(e)
    return out
