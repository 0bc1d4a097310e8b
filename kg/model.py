"""Plain data passed between the pipeline's stages. Frozen, so no stage edits another's."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date at the precision the text supports: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def coarsen(self, precision: str) -> DateValue:
        """The same date cut to a coarser precision ("year" or "month")."""
        if precision == "year":
            return DateValue(self.year)
        if precision == "month" and self.month:
            return DateValue(self.year, self.month)
        return self

    def after(self, other: DateValue) -> bool:
        """Strictly later than ``other`` at the precision both dates have."""
        return self._common(other)[0] > self._common(other)[1]

    def _common(self, other: DateValue) -> tuple[tuple[int, ...], tuple[int, ...]]:
        a = tuple(x for x in (self.year, self.month, self.day) if x is not None)
        b = tuple(x for x in (other.year, other.month, other.day) if x is not None)
        n = min(len(a), len(b))
        return a[:n], b[:n]

    def plus_days(self, days: int) -> DateValue:
        """The day ``days`` after this one (a day-precision date; others are returned as they are)."""
        if self.day is None or self.month is None:
            return self
        import datetime as dt

        day = dt.date(self.year, self.month, self.day) + dt.timedelta(days=days)
        return DateValue(day.year, day.month, day.day)

    def days_since(self, other: DateValue) -> int:
        """Days from ``other`` to this date, both read as their first possible day."""
        import datetime as dt

        a = dt.date(self.year, self.month or 1, self.day or 1)
        b = dt.date(other.year, other.month or 1, other.day or 1)
        return (a - b).days

    def agrees(self, other: DateValue) -> bool:
        """True when neither date contradicts the other at their common precision."""
        a, b = (self.year, self.month, self.day), (other.year, other.month, other.day)
        return all(x == y for x, y in zip(a, b, strict=True) if x is not None and y is not None)


@dataclass(frozen=True, slots=True)
class Article:
    """One source article as read from disk."""

    id: str  # from the content (kg.ingest.identify), never the file name; the article IRI ends with it
    path: str
    filename: str
    text: str  # readable text: the decoded file, or the text extracted from HTML
    sha256: str  # SHA-256 of the normalized file text
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: DateValue | None = None
    language: str = "id"
    dateline: str | None = None  # place word of a dateline such as "Moskow, MINA -"
    key: str = ""  # the canonical URL or the content hash: schema:identifier


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (or list item) of body text, with offsets into Article.text."""

    text: str
    start: int
    end: int
    index: int
    kind: str = "body"  # body | list | lead


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int
    block: int
    kind: str = "body"


@dataclass(frozen=True, slots=True)
class Mention:
    """A lexicon entry found in a sentence. Offsets are into Article.text."""

    start: int
    end: int
    text: str
    concept: str  # IRI of the concept (actor, place, sector, class of summit/agreement/position)
    kind: str  # Person | Country | Organization | Place | Sector | Summit | Agreement | Position
    sentence: int


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor of the extraction; ``minted`` when not in the gazetteer."""

    iri: str
    kind: str  # Person | Country | Organization
    label: str
    represents: tuple[str, ...] = ()
    minted: bool = False
    sentence: int = -1
    surface: str | None = None  # the name as the article writes it, when the label is a translation
    aliases: tuple[str, ...] = ()  # other names the article gives it ("Inalum" in brackets)


@dataclass(frozen=True, slots=True)
class Link:
    """A link to another resource with the sentence it was read from."""

    target: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Summit:
    key: str
    kind: str  # class IRI
    name: str
    status: str  # held | planned
    date: DateValue | None
    location: str | None
    participants: tuple[Link, ...]
    sectors: tuple[Link, ...]
    sentences: tuple[int, ...]
    named: bool = False  # the text gives it a proper name ("KTT ASEAN-Rusia"), not just a verb


@dataclass(frozen=True, slots=True)
class Agreement:
    key: str
    kind: str
    name: str
    date: DateValue | None
    parties: tuple[Link, ...]
    sectors: tuple[Link, ...]
    sentences: tuple[int, ...]
    adopted_at: str | None = None  # key of a Summit
    signatories: tuple[Link, ...] = ()  # persons who signed for the parties


@dataclass(frozen=True, slots=True)
class Membership:
    member: str
    organization: str
    status: str  # member | applicant
    sentence: int


@dataclass(frozen=True, slots=True)
class Figure:
    measure: str
    value: float
    unit: str
    year: DateValue | None
    between: tuple[str, ...]
    sentence: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    actors: tuple[Actor, ...] = ()
    summits: tuple[Summit, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    memberships: tuple[Membership, ...] = ()
    figures: tuple[Figure, ...] = ()
    notes: tuple[str, ...] = field(default=())
