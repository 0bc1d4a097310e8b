"""Article → body blocks: page furniture, bylines, captions and related links dropped by shape."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.dates import LEAD_DATELINE_SHAPE
from kg.model import Article, Block
from kg.patterns import boilerplate_rules, cues, publishers

_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+")
_TERMINAL = re.compile(r"[.!?:;…\"”’)]\s*$")
_LEAD_PREFIX = re.compile(r"^(?P<prefix>\s*(?:" + LEAD_DATELINE_SHAPE + r"|[A-Z][\w.]*\s*[-–—])\s+)")


def clean(article: Article) -> list[Block]:
    """The body paragraphs of an article, each with offsets into ``article.text``.

    >>> from kg.model import Article
    >>> text = "Baca Juga: Judul lain\\nPresiden bertemu Menteri di Jakarta."
    >>> [b.text for b in clean(Article("a", "a.txt", "a.txt", text, "0"))]
    ['Presiden bertemu Menteri di Jakarta.']
    """
    rules = boilerplate_rules()
    blocks: list[Block] = []
    seen: set[str] = set()
    if article.title:
        seen.add(_key(article.title))
    lines = list(_lines(article.text))
    lead_pending = True  # until the lead: a dateline may still open a paragraph
    in_links = False  # under a "Baca Juga" heading: its headlines are links, not the story
    for i, (start, end, line) in enumerate(lines):
        if rules.starts_tail(line) and not _story_goes_on(lines, i):
            break
        if rules.opens_related_links(line) or rules.starts_tail(line):
            in_links = True
            continue
        in_links = in_links and (bool(_LIST_ITEM.match(line)) or _is_heading(lines, i))
        if in_links:
            continue
        key = _key(line)
        if key in seen or rules.is_boilerplate(line) or _is_heading(lines, i):
            continue
        seen.add(key)
        opened = start
        start, end = _trim(article.text, start, end, first=lead_pending)
        # "The talks were held on the eve of ... June 19" over "MOSCOW, June 17. /TASS/. ...": after an
        # unpunctuated deck, the dateline still opens the lead
        lead_pending = lead_pending and start == opened and not _TERMINAL.search(line)
        if end > start:
            kind = "list" if _LIST_ITEM.match(line) else "lead" if not blocks else "body"
            blocks.append(Block(article.text[start:end], start, end, len(blocks), kind))
    return blocks


_PROSE_WORDS = 12  # a paragraph of the story, not a teaser's headline


def _story_goes_on(lines: list[tuple[int, int, str]], i: int) -> bool:
    """ "RELATED ARTICLES:" over bulleted headlines, then paragraphs of the story again: the links
    sit inside the article, which does not end there."""
    k = i + 1
    while k < len(lines) and _LIST_ITEM.match(lines[k][2]):
        k += 1
    if k == i + 1 or k == len(lines):
        return False
    line = lines[k][2]
    return len(line.split()) >= _PROSE_WORDS and bool(_TERMINAL.search(line))


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Non-empty lines with their offsets, leading and trailing space excluded."""
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield m.start() + lead, m.start() + lead + len(stripped), stripped


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().casefold()


def _is_heading(lines: list[tuple[int, int, str]], i: int) -> bool:
    """A short line without closing punctuation between blank lines: a title or sub-heading."""
    line = lines[i][2]
    if _LIST_ITEM.match(line) or _TERMINAL.search(line) or len(line.split()) > 16:
        return False
    if line.startswith("*)"):
        return False  # an author's note ("*) X adalah Duta Besar ..."), a statement, not a heading
    if cues()["speaker_turn"].match(line):
        return False  # "President of Russia Vladimir Putin: Mr President, friends,": a transcript's turn
    return True


def _trim(text: str, start: int, end: int, *, first: bool) -> tuple[int, int]:
    """Cut a dateline from the first paragraph and reporter or editor codes from the end."""
    rules = boilerplate_rules()
    if first:
        m = _LEAD_PREFIX.match(text[start:end])
        if m and _is_dateline(m.group("prefix")):
            start += len(m.group("prefix"))
    m2 = rules.inline.search(text[start:end])
    if m2:
        end = start + m2.start()
    return start, end


def _is_dateline(prefix: str) -> bool:
    """ "Moskow, MINA -", "Jakarta (ANTARA) -", "Moskow, -" or an outlet name alone: "Pantau -"."""
    words = re.findall(r"[\w.]+", prefix)
    if not words or len(words) > 7:
        return False
    outlets = publishers()
    return "," in prefix or "(" in prefix or any(w.casefold() in outlets for w in words)
