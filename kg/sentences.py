"""Blocks → sentences with character offsets into the article text."""

from __future__ import annotations

import re

from kg.model import Block, Sentence
from kg.patterns import abbreviations

# a sentence ends at . ! ? (plus closing quotes or brackets) followed by space and a capital,
# a digit or an opening quote
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*\s+(?=[A-Z0-9\"“‘(\[])")


def split_sentences(blocks: list[Block]) -> list[Sentence]:
    """Split each block into sentences; offsets always slice back to the original text.

    >>> from kg.model import Block
    >>> [s.text for s in split_sentences([Block("Dr. Ali tiba. Ia bertemu Prof. Budi.", 0, 36, 0)])]
    ['Dr. Ali tiba.', 'Ia bertemu Prof. Budi.']
    """
    out: list[Sentence] = []
    for block in blocks:
        for start, end in _spans(block.text):
            out.append(
                Sentence(
                    text=block.text[start:end],
                    start=block.start + start,
                    end=block.start + end,
                    index=len(out),
                    block=block.index,
                    kind=block.kind,
                )
            )
    return out


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, m.start()):
            continue
        spans.append(_strip(text, start, m.end()))
        start = m.end()
    spans.append(_strip(text, start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_abbreviation(text: str, dot: int) -> bool:
    """The word before a period is a known abbreviation or a single initial ("A.")."""
    if text[dot] != ".":
        return False
    m = re.search(r"([\w.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1).casefold()
    return word in abbreviations() or (len(word) == 1 and word.isalpha())
