import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.dates import find_dates
from kg.model import DateValue

from .strategies import HOSTILE_TEXT


def _dates(text: str, published: DateValue | None = None) -> list[str]:
    return [f.value.iso for f in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("pada Rabu, 14 Mei 2025, dalam rangka", None, ["2025-05-14"]),
        ("KTT di Jakarta, Kamis (7/9/2023).", None, ["2023-09-07"]),
        ("on June 26, 2025 in Moscow", None, ["2025-06-26"]),
        ("digelar pada Oktober 2025", None, ["2025-10"]),
        ("Pada tahun 2019, volume perdagangan", None, ["2019"]),
        ("Tahun lalu, forum bisnis", DateValue(2025), ["2024"]),
        ("Tahun ini, pertemuan pertama", DateValue(2025), ["2025"]),
        ("November lalu, pusat itu", DateValue(2025, 12, 13), ["2025-11"]),
        ("Juni lalu, angkatan pertama", DateValue(2025, 5), ["2024-06"]),
        ("bulan depan di Kazan", DateValue(2025, 12, 3), ["2026-01"]),
        ("pada Rabu di Moskow", DateValue(2025, 5, 15), ["2025-05-14"]),
        ("kemarin di Beijing", DateValue(2025, 3, 1), ["2025-02-28"]),
    ],
)
def test_dates_resolve_at_the_precision_the_text_supports(text, published, expected) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("November lalu, pusat itu", DateValue(2025)),  # the month is unknown: no date
        ("pada Rabu di Moskow", DateValue(2025, 5)),  # the day is unknown: no date
        ("Demikian dilaporkan pada Senin (8/3).", None),  # no year anywhere
        ("Sekitar 20 tahun lalu", DateValue(2025)),  # a span, not a year
        ("program untuk 2005-2015", None),  # a range, not a date
        ("Tahun lalu, forum bisnis", None),  # nothing to resolve against
    ],
)
def test_dates_unresolvable_gives_no_date(text, published) -> None:
    assert _dates(text, published) == []


def test_dates_invalid_calendar_day_is_ignored() -> None:
    assert _dates("pada 31 Februari 2025") == []


@settings(max_examples=150, deadline=5000)
@given(
    st.one_of(st.text(max_size=200), HOSTILE_TEXT),
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2090, 12, 31)),
)
def test_dates_never_crash_and_stay_in_range(text: str, day) -> None:
    for found in find_dates(text, DateValue(day.year, day.month, day.day)):
        assert 0 <= found.start < found.end <= len(text)
        assert 1900 <= found.value.year <= 2100


ID_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS = st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2035, 12, 31))


@given(DAYS)
def test_dates_every_absolute_form_reads_back_the_same_day(day: datetime.date) -> None:
    forms = [
        f"pada {day.day} {ID_MONTHS[day.month - 1]} {day.year}, kedua",
        f"on {EN_MONTHS[day.month - 1]} {day.day}, {day.year} in",
        f"di Jakarta, {ID_DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year}).",
    ]
    for text in forms:
        assert _dates(text) == [day.isoformat()], text


@given(DAYS, st.integers(min_value=0, max_value=6))
def test_dates_a_weekday_resolves_to_the_last_such_day_up_to_publication(published: datetime.date, wd: int) -> None:
    found = _dates(f"pada {ID_DAYS[wd]} di Moskow", DateValue(published.year, published.month, published.day))
    assert len(found) == 1
    day = datetime.date.fromisoformat(found[0])
    assert day.weekday() == wd
    assert datetime.timedelta(0) <= published - day < datetime.timedelta(days=7)


@given(DAYS)
def test_dates_relative_years_and_months_keep_their_precision(published: datetime.date) -> None:
    pub = DateValue(published.year, published.month, published.day)
    assert _dates("Tahun lalu, forum bisnis", pub) == [str(published.year - 1)]
    month = _dates("bulan depan di Kazan", pub)
    nxt = (published.year + (published.month == 12), published.month % 12 + 1)
    assert month == [f"{nxt[0]:04d}-{nxt[1]:02d}"]
