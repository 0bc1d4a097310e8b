"""Date expressions in Indonesian and English, resolved to the precision the text supports.

Relative dates ("tahun lalu", "November lalu", "Rabu") are resolved against the article's
publication date, and only as far as that date's own precision allows: a weekday needs a
known day, "November lalu" a known month. When a date cannot be resolved, none is given.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.lang import anywhere, event_day_words, opening, time_later
from kg.model import DateValue

MONTHS = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "february": 2,
    "feb": 2,
    "pebruari": 2,
    "maret": 3,
    "mac": 3,  # Malay
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "julai": 7,
    "july": 7,
    "jul": 7,
    "agustus": 8,
    "ogos": 8,
    "august": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "disember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
WEEKDAYS = {
    "senin": 0,
    "isnin": 0,  # Malay
    "monday": 0,
    "selasa": 1,
    "tuesday": 1,
    "rabu": 2,
    "wednesday": 2,
    "kamis": 3,
    "khamis": 3,  # Malay
    "thursday": 3,
    "jumat": 4,
    "jum'at": 4,
    "jumaat": 4,  # Malay
    "friday": 4,
    "sabtu": 5,
    "saturday": 5,
    "minggu": 6,
    "ahad": 6,
    "sunday": 6,
}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_ABSOLUTE = [
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}\b", re.I),  # 14 Mei 2025
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+{_YEAR}\b", re.I),  # June 26, 2025
    re.compile(r"\b(?P<day>\d{1,2})/(?P<num_month>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),  # 7/9/2023
    # 10.04.2025, as agencies of Turkey and Europe write a page's date (not inside a longer figure)
    re.compile(r"(?<![\d.,])(?P<day>\d{1,2})\.(?P<num_month>\d{2})\.(?P<year>(?:19|20)\d\d)(?![\d.,]\d)"),
    re.compile(rf"\b{_MONTH}\s+(?:tahun\s+|of\s+)?{_YEAR}\b", re.I),  # Oktober 2025
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<num_month>\d{2})-(?P<day>\d{2})\b"),  # 2026-03-10
    # a two-digit year only in the bracketed day after a weekday: "Senin (27/1/25)"
    re.compile(r"\((?P<day>\d{1,2})/(?P<num_month>\d{1,2})/(?P<short_year>\d\d)\)"),
]
_DAY_MONTH = re.compile(r"\((?P<day>\d{1,2})/(?P<num_month>\d{1,2})\)")  # Senin (8/3)
# a span of days is the month it falls in: "7-8 Juli 2022", "6-7 Juli", "July 7-8, 2022"
_DAY_RANGES = [
    re.compile(rf"\b\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}},?(?:\s+{_YEAR})?\b", re.I),
]
# a day and month without the year: "Kamis, 16 Mei", "on May 16"
_DAYS_OF_MONTH = [
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}(?![\w.]*\s+\d)", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!\s*[-–,]?\s*\d)", re.I),
]
_YEAR_ONLY = re.compile(
    rf"\b(?:tahun|pada|sejak|hingga|sampai|in|since|by|during|of|year)\s+{_YEAR}\b(?![-–/]\d)", re.I
)

_RELATIVE_YEAR = re.compile(
    r"\b(?P<word>tahun lalu|tahun lepas|tahun ini|tahun depan|tahun mendatang|last year|this year|next year"
    r"|(?:last|this|next|in the) (?:spring|summer|autumn|fall|winter)"
    r"|musim (?:semi|panas|gugur|dingin|bunga|luruh|sejuk)(?: (?:ini|lalu|mendatang|nanti|depan))?)\b",
    re.I,
)
_RELATIVE_MONTH = re.compile(
    r"\b(?P<word>bulan lalu|bulan lepas|bulan ini|bulan depan|last month|this month|next month)\b", re.I
)
_NAMED_MONTH = re.compile(
    rf"(?:\b(?P<pre>last|next|this)\s+)?\b{_MONTH}(?!\s+(?:\d|tahun))"
    r"(?:\s+(?P<post>lalu|mendatang|depan|kemarin|ini|nanti))?\b",
    re.I,
)
_SUNDAY_BETWEEN_COMMAS = re.compile(r"(?<=,\s)Minggu\s*[,(]")
_WEEKDAY_RE = re.compile(
    rf"\b(?:(?P<pre>last|next|on|pada|hari)\s+)?{_WEEKDAY}\b"
    r"(?!\s*(?:pagi|siang|sore|malam|morning|afternoon|evening|night)?\s*[,(]?\s*\d)"  # "Ahad pagi, 26 Oktober"
    r"(?:\s+(?:pagi|siang|sore|malam)(?=\s+(?:pekan|minggu|lalu|depan|mendatang)\b))?"  # "Ahad pagi pekan lalu"
    r"(?P<post>\s+(?:pekan|minggu)\s+(?:lalu|kemarin|depan|mendatang)|\s+(?:lalu|depan|mendatang)\b"
    r"|\s+(?:last|next)\s+week\b)?",
    re.I,
)
# "diadakan di Kuala Lumpur 20 tahun lepas", "held 20 years ago": the year that many years before
_YEARS_AGO = re.compile(
    r"\b(?P<n>\d{1,3}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+(?:tahun\s+(?:yang\s+)?(?:lalu|lepas|silam)|years?\s+ago)\b",
    re.I,
)
# "selama 20 tahun lalu" (a span), "sekitar 20 tahun lalu", "more than 20 years ago" (no exact year)
_OVER_THE_PAST = re.compile(
    r"\b(?:selama|dalam|sejak|kurun|over|for|during|throughout|sekitar|hampir|lebih dari|kurang dari|about|around"
    r"|nearly|almost|some|more than|over)\s+(?:the\s+)?(?:past\s+|last\s+)?$",
    re.I,
)
_COUNTED = re.compile(
    r"\b(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|puluhan|puluh|belas|ratus|"
    r"belasan|ratusan|sekitar|few|several|many|two|three|four|five|ten|\w+teen|\w+ty)\s+$",
    re.I,
)
_DAY_WORDS = re.compile(
    r"\b(?P<word>kemarin|semalam|hari ini|(?:pagi|siang|petang|sore|malam) ini|besok|esok|yesterday|today|tomorrow"
    r"|(?:earlier |later )?this (?:morning|afternoon|evening)|tonight|last night)\b",
    re.I,
)
_WEEK_AGO = re.compile(r"\b(?P<word>pekan lalu|minggu lalu|minggu lepas|last week)\b", re.I)
_WEEK_AHEAD = re.compile(r"\b(?P<word>pekan depan|minggu depan|pekan mendatang|next week)\b", re.I)


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    value: DateValue
    absolute: bool
    span: bool = False  # "9-11 Mei": several days, reported as their month


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    date: DateValue | None


def _valid(year: int, month: int, day: int | None) -> DateValue | None:
    if not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return DateValue(year, month, day)


def _from_match(m: re.Match[str]) -> DateValue | None:
    groups = m.groupdict()
    year = 2000 + int(groups["short_year"]) if groups.get("short_year") else int(groups["year"])
    if groups.get("num_month"):
        month = int(groups["num_month"])
    else:
        month = MONTHS[groups["month"].lower().rstrip(".")]
    day = int(groups["day"]) if groups.get("day") else None
    return _valid(year, month, day)


def find_absolute_dates(text: str, published: DateValue | None) -> list[FoundDate]:
    """Dates written out in full, plus year-only and day/month forms."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: DateValue | None, absolute: bool = True, span: bool = False) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))  # an impossible date still hides the shorter forms inside it
        if value is not None:
            found.append(FoundDate(start, end, value, absolute, span))

    for pattern in _DAY_RANGES:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), _range_month(m, published), span=True)
    for pattern in _ABSOLUTE:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), _from_match(m))
    for m in _DAY_MONTH.finditer(text):
        if published is not None:
            add(m.start(), m.end(), _valid(published.year, int(m["num_month"]), int(m["day"])))
    for pattern in _DAYS_OF_MONTH:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), _of_the_year_told(text, found, m.start(), _day_month(m, published)))
    for m in _YEAR_ONLY.finditer(text):
        add(m.start("year"), m.end(), DateValue(int(m["year"])))
    return sorted(found, key=lambda f: f.start)


def _of_the_year_told(text: str, found: list[FoundDate], at: int, day: DateValue | None) -> DateValue | None:
    """ "Pada Oktober 2023 ia menghadiri forum ... dan diterima Presiden A pada 19 Oktober": a day of a month
    the sentence named with its year before is of that year."""
    if day is None:
        return None
    told = [
        f.value
        for f in found
        if f.end <= at and f.value.month == day.month and _A_YEAR.search(text, f.start, f.end) is not None
    ]
    if not told or told[-1].year == day.year:
        return day
    return _valid(told[-1].year, day.month or 1, day.day or 1)


def _nearest_year(month: int, published: DateValue | None) -> int | None:
    """The year that puts a month without a year nearest the publication."""
    if published is None or published.month is None:
        return None
    if month - published.month > 6:
        return published.year - 1
    if published.month - month > 6:
        return published.year + 1
    return published.year


def _range_month(m: re.Match[str], published: DateValue | None) -> DateValue | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    year = int(m["year"]) if m["year"] else _nearest_year(month, published)
    return None if year is None else DateValue(year, month)


def day_span(text: str, published: DateValue | None) -> tuple[DateValue, int] | None:
    """The first span of days a text names, as its first day and its number of days: "26-28
    Oktober 2025" → (2025-10-26, 3)."""
    for pattern in _DAY_RANGES:
        m = pattern.search(text)
        month = _range_month(m, published) if m else None
        if m is None or month is None:
            continue
        first, last = map(int, re.findall(r"\d{1,2}", re.sub(_YEAR, "", m.group()))[:2])
        start = _valid(month.year, month.month or 1, first)
        if start is not None and last > first:
            return start, last - first + 1
    return None


_DAYS_AHEAD_UNTOLD = 90  # a day further ahead than this, with no word of a plan, is the one before


def _day_month(m: re.Match[str], published: DateValue | None) -> DateValue | None:
    month = MONTHS[m["month"].lower().rstrip(".")]
    year = _nearest_year(month, published)
    if published is not None and anywhere("this_year").search(m.string, 0, m.start()):
        year = published.year  # "Tahun ini, ... Pada 21 April, ...": of the year the sentence named
    if year is None or published is None:
        return None
    day = _valid(year, month, int(m["day"]))
    if day is None or published.day is None:
        return day
    # "After talks in Moscow on Oct. 6, the two leaders adopted ..." in May: the October before
    clause = _tense_of_clause(m.string, m.start(), m.end())
    told_past = clause == "past" or (clause is None and anywhere("past_tense").search(m.string) is not None)
    if told_past and day.after(published):
        return _valid(year - 1, month, int(m["day"]))
    # "Pada 21 April, A dan B duduk bersama" told in November: a day months ahead with no plan's word is past
    planned = clause == "future" or anywhere("future_tense").search(m.string) is not None
    if not planned and -published.days_since(day) > _DAYS_AHEAD_UNTOLD:
        return _valid(year - 1, month, int(m["day"]))
    return day  # a plan's day already past stays this year's: "started on May 13 and will last until May 16"


def find_dates(text: str, published: DateValue | None) -> list[FoundDate]:
    """All dates of a sentence, absolute first-class, relative ones resolved when possible."""
    return list(_dates_of(text, published))


@lru_cache(maxsize=4096)  # several extractors ask for the dates of the same sentence
def _dates_of(text: str, published: DateValue | None) -> tuple[FoundDate, ...]:
    found = find_absolute_dates(text, published)
    taken = [(f.start, f.end) for f in found]
    for start, end, value in _relative(text, published):
        if value is not None and not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            found.append(FoundDate(start, end, value, absolute=False))
    return tuple(sorted(found, key=lambda f: f.start))


def time_counted_on(text: str, anchor: DateValue) -> list[FoundDate]:
    """ "Setahun kemudian", "three months later", "the following year": the year or month that many
    after ``anchor``, the time told before (a month's count needs the anchor's month)."""
    words = time_later()
    found = []
    for pattern in words.patterns:
        for m in pattern.finditer(text):
            unit = (m["unit"] or m.groupdict().get("unit2") or "").casefold()
            count = words.numbers.get((m["n"] or "se").casefold()) if not (m["n"] or "").isdigit() else int(m["n"])
            if count is None:
                continue
            if unit.startswith(("year", "tahun")):
                found.append(FoundDate(m.start(), m.end(), DateValue(anchor.year + count), absolute=False))
            elif anchor.month is not None:
                index = anchor.year * 12 + anchor.month - 1 + count
                found.append(FoundDate(m.start(), m.end(), DateValue(index // 12, index % 12 + 1), absolute=False))
    return sorted(found, key=lambda f: f.start)


# "Oktober tahun lalu", "in March last year": a month of the year before, this or next
_MONTH_OF_YEAR = re.compile(
    rf"\b(?:(?:pada )?bulan\s+)?{_MONTH}\s+"
    r"(?P<which>tahun lalu|tahun lepas|tahun ini|tahun depan|last year|this year|next year)\b",
    re.I,
)


# "pada Maret 2023, ... pada Oktober tahun yang sama": a month of the year the sentence named before
_MONTH_OF_SAME_YEAR = re.compile(rf"\b{_MONTH}\s+(?:tahun yang sama|tahun itu|of the same year|that year)\b", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_WEEKDAY_AFTER = re.compile(
    r"\s*[,(]\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b\)?",
    re.I,
)


def _relative(text: str, pub: DateValue | None) -> list[tuple[int, int, DateValue | None]]:
    out: list[tuple[int, int, DateValue | None]] = []
    if pub is None:
        return out
    for m in _MONTH_OF_YEAR.finditer(text):
        year = _relative_year(m["which"].lower(), pub).year
        out.append((m.start(), m.end(), DateValue(year, MONTHS[m["month"].lower().rstrip(".")])))
    for m in _MONTH_OF_SAME_YEAR.finditer(text):
        years = _A_YEAR.findall(text[: m.start()])
        month = MONTHS[m["month"].lower().rstrip(".")]
        out.append((m.start(), m.end(), DateValue(int(years[-1]), month) if years else None))
    for m in _RELATIVE_YEAR.finditer(text):
        if not _COUNTED.search(text[: m.start()]):  # "20 tahun lalu" is a span, not a year
            out.append((m.start(), m.end(), _relative_year(m["word"].lower(), pub)))
    for m in _YEARS_AGO.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else event_day_words().numbers.get(m["n"].casefold())
        if n and not _OVER_THE_PAST.search(text[: m.start()]):
            out.append((m.start(), m.end(), DateValue(pub.year - n)))
    for m in _RELATIVE_MONTH.finditer(text):
        out.append((m.start(), m.end(), _relative_month(m["word"].lower(), pub)))
    for m in _NAMED_MONTH.finditer(text):
        out.append((m.start(), m.end(), _named_month(m, pub)))
    for m in _DAY_WORDS.finditer(text):
        day = _day_word(" ".join(m["word"].lower().split()), pub)
        named = _WEEKDAY_AFTER.match(text, m.end())
        # "Besok, Rabu, ...", "kemarin (Senin)": the weekday names the same day
        out.append((m.start(), m.end() + (named.end() - m.end() if named else 0), day))
    for m in _WEEKDAY_RE.finditer(text):
        out.append((m.start(), m.end(), _weekday(m, pub)))
    for m in _WEEK_AGO.finditer(text):
        out.append((m.start(), m.end(), _week_ago(pub)))
    for m in _WEEK_AHEAD.finditer(text):
        out.append((m.start(), m.end(), _week_ago(pub, ahead=True)))
    return out


def _is_past(word: str) -> bool:
    return "lalu" in word or "lepas" in word or "last" in word  # Malay "tahun lepas" is "tahun lalu"


def _relative_year(word: str, pub: DateValue) -> DateValue:
    # "in the autumn", "musim gugur mendatang": the season of the year told, not the next year
    this = "ini" in word or "this" in word or word.startswith(("in the", "musim"))
    shift = -1 if _is_past(word) else 0 if this else 1
    return DateValue(pub.year + shift)


def _shift_month(year: int, month: int, delta: int) -> DateValue:
    index = year * 12 + (month - 1) + delta
    return DateValue(index // 12, index % 12 + 1)


def _relative_month(word: str, pub: DateValue) -> DateValue | None:
    if pub.month is None:
        return None
    delta = -1 if _is_past(word) else 0 if ("ini" in word or "this" in word) else 1
    return _shift_month(pub.year, pub.month, delta)


def _named_month(m: re.Match[str], pub: DateValue) -> DateValue | None:
    """'November lalu', 'Oktober mendatang', 'pada bulan Oktober': needs the month of publication."""
    word = m["month"].lower().rstrip(".")
    led = bool(m["post"] or m["pre"] or anywhere("month_lead", end=True).search(m.string[: m.start()]))
    if len(word) <= 3 and not led:
        return None  # "May" the verb, "Jun" the name: short words are a month only after "in", "pada"
    if pub.month is None:
        return None
    month = MONTHS[word]
    direction = (m["post"] or m["pre"] or "").lower()
    tense = _tense_of_clause(m.string, m.start(), m.end()) if not direction else None
    if direction in ("mendatang", "depan", "next", "nanti"):
        year = pub.year if month > pub.month else pub.year + 1
    elif direction in ("lalu", "last", "kemarin"):
        year = pub.year if month < pub.month else pub.year - 1
    elif tense == "future":
        year = pub.year if month >= pub.month else pub.year + 1
    elif tense == "past":
        year = pub.year if month <= pub.month else pub.year - 1
    else:  # a bare month is the one nearest the publication: "in November" in July is ahead
        year = pub.year if month - pub.month <= 6 else pub.year - 1
        year = year + 1 if pub.month - month > 6 else year
    return DateValue(year, month)


_CLAUSE_MARK = re.compile(r"[,;:()]")


def _tense_of_clause(text: str, start: int, end: int) -> str | None:
    """ "past" or "future" when the clause around a date tells which; a plan's words win over
    a past verb ("said the visit will take place in March")."""
    before = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    breaks = [m.end() for m in anywhere("clause_breaks").finditer(text, before, start)]
    after = _CLAUSE_MARK.search(text, end)
    clause = text[max([before, *breaks]) : after.start() if after else len(text)]
    if anywhere("future_tense").search(clause):
        return "future"
    return "past" if anywhere("past_tense").search(clause) else None


def _weekday(m: re.Match[str], pub: DateValue) -> DateValue | None:
    if pub.day is None or pub.month is None:
        return None
    if m["weekday"].lower() == "minggu" and not m["pre"] and not _SUNDAY_BETWEEN_COMMAS.match(m.string, m.start()):
        return None  # "minggu" is also "week"; ", Minggu," after a place or an event is Sunday
    base = dt.date(pub.year, pub.month, pub.day)
    target = WEEKDAYS[m["weekday"].lower()]
    pre, post = (m["pre"] or "").lower(), " ".join((m["post"] or "").lower().split())
    if pre == "next":
        delta = (target - base.weekday()) % 7 or 7
        day = base + dt.timedelta(days=delta)
    elif post in ("pekan lalu", "minggu lalu", "pekan kemarin", "minggu kemarin", "last week"):
        day = base - dt.timedelta(days=base.weekday() + 7 - target)  # "Senin pekan lalu": in the week before
    elif post in ("pekan depan", "minggu depan", "pekan mendatang", "minggu mendatang", "next week"):
        day = base + dt.timedelta(days=7 - base.weekday() + target)  # "Rabu pekan depan": in the week after
    elif post in ("depan", "mendatang"):
        day = base + dt.timedelta(days=(target - base.weekday()) % 7 or 7)  # "Rabu depan": the coming one
    elif pre == "last" or post == "lalu":
        day = base - dt.timedelta(days=(base.weekday() - target) % 7 or 7)  # "Senin lalu": before today
    else:
        day = base - dt.timedelta(days=(base.weekday() - target) % 7)
    return DateValue(day.year, day.month, day.day)


def _day_word(word: str, pub: DateValue) -> DateValue | None:
    if pub.day is None or pub.month is None:
        return None
    day = dt.date(pub.year, pub.month, pub.day)
    if word in ("kemarin", "semalam", "yesterday", "last night"):  # Malay "semalam" is yesterday
        day -= dt.timedelta(days=1)
    elif word in ("besok", "esok", "tomorrow"):
        day += dt.timedelta(days=1)
    return DateValue(day.year, day.month, day.day)


def _week_ago(pub: DateValue, ahead: bool = False) -> DateValue | None:
    """'Last week' is the calendar week (Monday to Sunday) before the one of publication ('next
    week' the one after), and a month only when that week lies in one month."""
    if pub.day is None or pub.month is None:
        return None
    base = dt.date(pub.year, pub.month, pub.day)
    this_monday = base - dt.timedelta(days=base.weekday())
    first = this_monday + dt.timedelta(days=7 if ahead else -7)
    last = first + dt.timedelta(days=6)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return DateValue(last.year, last.month)


DATELINE_SHAPE = (
    r"(?P<place>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})\s*"  # MOSKOW / Kuala Lumpur / St. Petersburg
    r"(?:,\s*(?:[A-Z][\w.]*(?:\s+\d{1,2})?\s*)?)?"  # , MINA / , July 1
    r"(?:\([^()\n]{1,40}\)\s*)?"  # (ANTARA) / (Example Daily)
    r"[-–—]"
)
# "PUTRAJAYA:", "KUALA LUMPUR (May 10):", as Malaysian papers write it: a place in capitals, then a colon
COLON_DATELINE_SHAPE = r"(?P<place>[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){0,2})\s*(?:\([^()\n]{1,40}\)\s*)?:(?=\s)"
# "MOSCOW, June 17. /TASS/.", as Russian wires write it: the place, the day, the agency between slashes
SLASH_DATELINE_SHAPE = (
    r"(?P<place>[A-Z][A-Z.-]+(?: [A-Z][A-Z.-]+){0,2}),\s*[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*/[^/\n]{2,30}/\.?(?=\s)"
)
# any dateline shape, without its named group: what opens a lead before its first sentence
LEAD_DATELINE_SHAPE = (
    "(?:"
    + "|".join(s.replace("(?P<place>", "(?:") for s in (DATELINE_SHAPE, COLON_DATELINE_SHAPE, SLASH_DATELINE_SHAPE))
    + ")"
)
_DATELINE_PLACE = re.compile(r"^\s*(?:" + DATELINE_SHAPE + ")")
_COLON_DATELINE = re.compile(r"^\s*" + COLON_DATELINE_SHAPE)
_SLASH_DATELINE = re.compile(r"^\s*" + SLASH_DATELINE_SHAPE)
_DATELINE_DATE = re.compile(
    rf"^\s*(?:{_WEEKDAY}\s*,\s*)?(?P<day>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}\s*(?:\||,|-|–)\s*\d{{1,2}}[:.]\d\d",
    re.I | re.M,
)


def parse_dateline(head: str, body: str | None = None) -> Dateline | None:
    """A place dateline ("Moskow, MINA -", "Jakarta (ANTARA) -") and the publication date near
    the top of an article: a date line ("Rabu, 10 Jul 2024 07:12 WIB", "Tim X | Kamis, 04/07/2024")
    or a dated dateline opening the lead ("Nusa Dua, Bali, 8 Juli 2022 - ..."). A date line
    without its year ("July 10, 15:20 UTC+3", as wire services write it) is of the year ``body``
    names most, when a body is given."""
    all_lines = head.split("\n")
    lines = all_lines[:20]
    place = _lead_dateline_place(all_lines[:_LEAD_REACH]) or _first_dateline_place(lines[:12])
    # a magazine's edition line ("Edisi 2-8 Juni 2025") dates the issue; a byline date, when the page has
    # one, dates the article
    dated = [(d, _EDITION.search(line) is not None) for line in lines if (d := _date_line(line)) is not None]
    date = next((d for d, edition in dated if not edition), dated[0][0] if dated else None)
    year = _most_named_year(body) if date is None and body is not None else None  # read only when wanted
    if year is not None:
        short = [line for line in lines if 0 < len(line.split()) <= _DATE_LINE_WORDS]
        date = next((d for d in (_yearless_date_line(line, year) for line in short) if d is not None), None)
        lead = (line for line in all_lines[:_LEAD_REACH] if len(line.split()) >= _LEAD_WORDS)
        date = date or next((d for d in (_yearless_lead_dateline(line, year) for line in lead) if d), None)
    if place is None and date is None:
        return None
    return Dateline(place, date)


_EDITION = re.compile(r"\b(?:edisi|edition|issue)\b", re.I)
_LEAD_REACH = 30  # lines of page furniture (menus, bylines, ad markers) a lead may come after
_LEAD_WORDS = 10  # a dateline opens the lead paragraph, a line of many words


def _first_dateline_place(lines: list[str]) -> str | None:
    """The place of the first line shaped like a dateline, however short."""
    return next((m["place"] for m in map(_DATELINE_PLACE.match, lines) if m), None)


def _lead_dateline_place(lines: list[str]) -> str | None:
    """The place of a dateline that opens a long line: the lead, after the page's furniture."""
    for line in lines:
        m = _DATELINE_PLACE.match(line) or _COLON_DATELINE.match(line) or _SLASH_DATELINE.match(line)
        if m and len(line.split()) >= _LEAD_WORDS:
            return m["place"]
    return None


# what else a date line may hold: weekday, clock time, time zone, separators, an edition word
_DATE_LINE_REST = re.compile(
    rf"(?:{_WEEKDAY}|\d{{1,2}}[:.]\d\d|[AP]M|WIB|WITA|WIT|GMT|UTC|MYT|SGT|ICT|JST|[+-]\d+|diperbarui|updated|"
    r"edisi|published|terbit|hours?|jam|ago|yang lalu|lalu|\d+)",
    re.I,
)
_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")


_DATE_LINE_WORDS = 16  # a longer line is prose, not a date line
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")


def _date_line(line: str) -> DateValue | None:
    """The day a short head line gives as its own date, or a dated dateline's day. A line of
    fields ("Source: SinoWire | Editor: Zhang Rui | 2026-03-10 08:31") is read field by field."""
    words = line.split()
    if not words or len(words) > _DATE_LINE_WORDS:
        return _lead_dateline_date(line)
    for field in [line, *_FIELD_SEPARATOR.split(line)]:
        day = _date_field(field)
        if day is not None:
            return day
    return _lead_dateline_date(line)


_FIELD_SEPARATOR = re.compile(r"\s[|•·]\s")
_FIELD_LABEL = re.compile(r"^\s*[A-Za-z]+\s*:\s*")  # "Dipublikasikan:", "Source:"
_FIRST_OF_RANGE = re.compile(r"(\d{1,2})\s*[-–]\s*\d")


def _date_field(field: str) -> DateValue | None:
    for found in find_absolute_dates(field, None):
        value = found.value
        first = _FIRST_OF_RANGE.match(field, found.start) if found.span else None
        if first is not None and value.month is not None:  # "Edisi 2 - 8 Februari 2026": its first day
            value = DateValue(value.year, value.month, int(first.group(1)))
        if value.day is None or _RANGE_BEFORE.search(field[: found.start]):
            continue
        if _only_date_words(field, found.start, found.end):
            return value
    return None


def _only_date_words(field: str, start: int, end: int) -> bool:
    """Beside the date, a line holds only a weekday, a time and a few words (a byline, an outlet, a place)."""
    rest = _FIELD_LABEL.sub(" ", field[:start]) + " " + field[end:]
    leftover = [w for w in re.split(r"[\s|,;·•/()–—-]+", _DATE_LINE_REST.sub(" ", rest)) if w.strip(".:")]
    return len(leftover) <= 4


def _yearless_date_line(line: str, year: int) -> DateValue | None:
    """ "July 10, 15:20 UTC+3": a date line's day and month, in the given year."""
    line = _CLOCK.sub(lambda m: " " * len(m.group()), line)  # "10, 15:20" is no year
    weekday = re.search(_WEEKDAY, line, re.I)
    for pattern in _DAYS_OF_MONTH:
        m = pattern.search(line)
        if m and _only_date_words(line, m.start(), m.end()):
            month, day = MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
            if weekday is not None:  # "Tuesday, September 22": the nearest year where that day is a Tuesday
                year = _year_of_weekday(year, month, day, WEEKDAYS[weekday["weekday"].lower()]) or year
            return _valid(year, month, day)
    return None


# what closes a dateline's date: an outlet in brackets, then a dash ("KAZAN, 14 Mei (Bernama) --")
_DATELINE_CLOSE = re.compile(r"\s*(?:\([\w. ]{2,20}\)\s*)?[-–—]")


def _yearless_lead_dateline(line: str, year: int) -> DateValue | None:
    """ "KAZAN, 14 Mei (Bernama) -- ...": a wire dateline's day and month, in the given year."""
    m = _LEAD_DATELINE.match(line)
    if not m:
        return None
    for pattern in _DAYS_OF_MONTH:
        found = pattern.match(line, m.end())
        if found and _DATELINE_CLOSE.match(line, found.end()):
            return _valid(year, MONTHS[found["month"].lower().rstrip(".")], int(found["day"]))
    return None


_WEEKDAY_YEARS = 6  # a weekday repeats on a date every 5, 6 or 11 years


def _year_of_weekday(near: int, month: int, day: int, weekday: int) -> int | None:
    for distance in range(_WEEKDAY_YEARS + 1):
        for year in (near - distance, near + distance):
            if _valid(year, month, day) is not None and dt.date(year, month, day).weekday() == weekday:
                return year
    return None


def _most_named_year(text: str) -> int | None:
    """The year a text names most often (the latest of equals)."""
    # "2027-2029": a span's end is not a year the story is told in
    years = Counter(int(y) for y in re.findall(r"(?<![\d/.:])(?<!\d[-–])((?:19|20)\d\d)(?![\d/:]|\.\d)", text))
    return max(years, key=lambda y: (years[y], y)) if years else None


_LEAD_DATELINE = re.compile(
    rf"^\s*[A-Z][\w.' ]{{1,30}}(?:,\s*[A-Z][\w.' ]{{1,30}})?,\s*(?:{_WEEKDAY},?\s*)?(?=\d)", re.I
)


def _lead_dateline_date(line: str) -> DateValue | None:
    """ "Nusa Dua, Bali, 8 Juli 2022 - Di sela-sela ...": a place and a full date opening the lead."""
    m = _LEAD_DATELINE.match(line)
    if not m:
        return None
    for found in find_absolute_dates(line[m.end() : m.end() + 40], None):
        if found.start == 0 and found.value.day is not None:
            tail = line[m.end() + found.end : m.end() + found.end + 4]
            if not tail.strip() or re.match(r"\s*[-–—]", tail):
                return found.value
    return None


# "sejak 2019", "sejak dilantik pada Oktober", "since taking office in 2022"
_SINCE = re.compile(r"\b(?:sejak|since)(?:\s+[\w-]+){0,8}\s*$", re.I)


def day_shift(sentence: str) -> int | None:
    """0 for a sentence that opens on the story's day ("Sore harinya"), 1 for the next day, -1 for
    the day before ("Sehari sebelumnya")."""
    if opening("same_day").search(sentence):
        return 0
    if anywhere("next_day").search(sentence):  # "Dalam pembicaraan resmi keesokan harinya, ..."
        return 1
    if anywhere("previous_day").search(sentence):
        return -1
    return None


@dataclass(frozen=True, slots=True)
class CountedDay:
    """ "Pada hari kedua kunjungan": the day ``n`` (a number, or "last") of an event, told in the
    sentence at ``start``–``end``."""

    n: int | str
    start: int
    end: int


def event_day(sentence: str) -> CountedDay | None:
    """The day a sentence counts within a multi-day event: 2 for "Pada hari kedua kunjungan", "last"
    for "on the final day of the summit"; None when it counts none."""
    words = event_day_words()
    for pattern in words.day:
        m = pattern.search(sentence)
        if m and m.group("n").casefold() in words.ordinals:
            return CountedDay(words.ordinals[m.group("n").casefold()], m.start(), m.end())
    return None


def event_length(text: str) -> int | None:
    """How many days an event lasts, as a text tells it: "selama tiga hari", "a three-day visit"."""
    words = event_day_words()
    for pattern in words.length:
        m = pattern.search(text)
        if m:
            n = m.group("n").casefold()
            return int(n) if n.isdigit() else words.numbers.get(n)
    return None


def since_before(text: str, start: int, event: int | None = None) -> bool:
    """ "sejak 2019", "sejak dilantik pada Oktober": a date after "since" starts a span; it dates no
    event told before "since" (the one at ``event``), but dates one told after it ("sejak ia
    menghadiri KTT APEC di Bali pada 2013")."""
    m = _SINCE.search(text[:start])
    return m is not None and (event is None or event < m.start())
