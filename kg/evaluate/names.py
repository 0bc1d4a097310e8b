"""How names and dates are compared when scoring: normalized keys, aliases, token overlap.

These are the client's documented rules (shared/eval/score.py and the gold README), so that
`kg eval` and the client's scorer agree on what "the same name" and "the same date" mean.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_DASHES = re.compile("[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_/]")
_DROPPED = re.compile("[.,;:!?\"'`\u00ad\u00b4\u02bc\u2018\u2019\u201a\u201b\u201c\u201d()\\[\\]{}]")
_SPACES = re.compile(r"\s+")
_STOPWORDS = frozenset({"the", "of", "on", "and", "for", "in", "at", "to", "a", "an", "between", "with", "by"})
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_WIKIDATA = re.compile(r"wikidata\.org/(?:entity|wiki)/(Q\d+)")

# One entity per tuple, canonical spelling first. Deliberately short: a graph is expected to
# carry its variants as skos:altLabel; these are the fallbacks the client's scorer also uses.
ALIASES = (
    ("China", "People's Republic of China", "PRC"),
    ("Russia", "Russian Federation"),
    ("United States", "United States of America", "USA", "US"),
    ("United Kingdom", "UK"),
    ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"),
    ("Eurasian Economic Union", "EAEU"),
    ("United Nations", "UN"),
    ("ASEAN", "Association of Southeast Asian Nations"),
    ("European Union", "EU"),
    ("Commonwealth of Independent States", "CIS"),
    ("Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"),
    ("South Korea", "Republic of Korea"),
    ("North Korea", "Democratic People's Republic of Korea", "DPRK"),
    ("Turkey", "Türkiye"),
    ("Vietnam", "Viet Nam"),
    ("United Arab Emirates", "UAE"),
)

Date = tuple[int, ...]  # (year,), (year, month) or (year, month, day)


def norm(text: object) -> str:
    """Casefolded, accents stripped, '&' as 'and', dashes as spaces, punctuation dropped,
    whitespace collapsed, a leading 'the' dropped.

    >>> norm("The Shanghai Co-operation Organisation")
    'shanghai co operation organisation'
    """
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _DASHES.sub(" ", s.casefold().replace("&", " and "))
    s = _SPACES.sub(" ", _DROPPED.sub("", s)).strip()
    return s[4:] if s.startswith("the ") else s


_CANONICAL = {norm(alias): norm(group[0]) for group in ALIASES for alias in group}


def key(text: object) -> str:
    """The name-matching key: the normalized name, folded through the alias table.

    >>> key("Russian Federation") == key("russia")
    True
    """
    n = norm(text)
    return _CANONICAL.get(n, n)


def tokens(text: object) -> frozenset[str]:
    """The content words of a name (stopwords left out), for comparing titles."""
    return frozenset(t for t in norm(text).split() if t not in _STOPWORDS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def wikidata_id(iri: str) -> str | None:
    m = _WIKIDATA.search(iri)
    return m.group(1) if m else None


def parse_date(value: object) -> Date | None:
    """A date at the precision it is written with: 2025, 2025-05 or 2025-05-14.

    >>> parse_date("2025-05"), parse_date(2025), parse_date("soon")
    ((2025, 5), (2025,), None)
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return (value.year, value.month, value.day)
    if isinstance(value, int):
        return (value,) if 1000 <= value <= 9999 else None
    m = _DATE.match(str(value))
    return tuple(int(part) for part in m.groups() if part is not None) if m else None


def date_agrees(gold: Date, extracted: Date) -> bool:
    """The extracted date agrees with the gold at the gold's precision; a vaguer one never does."""
    return len(extracted) >= len(gold) and extracted[: len(gold)] == gold


def format_date(date: Date | None) -> str:
    if not date:
        return "?"
    return "-".join(f"{part:04d}" if i == 0 else f"{part:02d}" for i, part in enumerate(date))
