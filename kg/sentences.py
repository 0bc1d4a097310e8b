"""Blocks → sentences with character offsets into the article text."""

from __future__ import annotations

import re

from kg.model import Block, Sentence
from kg.patterns import abbreviations, max_sentence_length, name_closers

# a sentence ends at . ! ? (plus closing quotes or brackets) followed by space and a capital,
# a digit or an opening quote. A match starts only at the first mark of a run and never gives
# characters back: a long run of marks is then read once, not once per mark.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"”’)\]]*+\s++(?=[A-Z0-9\"“‘(\[])")
# the word before a period, looked for in a short window: a whole-text search per period is quadratic
_WORD_BEFORE = re.compile(r"[\w.]+$")


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
    limit = max_sentence_length()
    return [piece for s, e in spans if e > s for piece in _bounded(text, s, e, limit)]


def _bounded(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """A span cut into pieces of at most ``limit`` characters, at the last space where there is one.

    Keeps the work per sentence bounded: an article without full stops is not one huge sentence.
    """
    pieces = []
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        if cut < 0:  # no space in reach: cut inside the run
            cut = start + limit
        piece = _strip(text, start, cut)
        if piece[1] > piece[0]:
            pieces.append(piece)
        start = _strip(text, cut, end)[0]
    pieces.append((start, end))
    return pieces


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
    m = _WORD_BEFORE.search(text, max(0, dot - 32), dot)
    if not m:
        return False
    word = m.group().casefold()
    if word in name_closers() and _NEXT_OPENS.match(text, dot + 1):
        return False  # "Jose Faustino Jr. Persetujuan ini ...": the name ended, and so did the sentence
    # a single initial ("A.") or a run of them ("K.H. Ma'ruf Amin", "Retno L.P. Marsudi")
    return word in abbreviations() or all(len(part) == 1 and part.isalpha() for part in word.split("."))


# a capitalised word followed by a lower-case one: a new clause, not the rest of a name
_NEXT_OPENS = re.compile(r"\s+[A-Z][a-z]+\s+[a-z]")
