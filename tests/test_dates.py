import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.dates import day_span, event_day, event_length, find_dates, parse_dateline, time_counted_on
from kg.model import DateValue

from .strategies import HOSTILE_TEXT


def _dates(text: str, published: DateValue | None = None) -> list[str]:
    return [f.value.iso for f in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("pada Rabu, 14 Mei 2025, dalam rangka", None, ["2025-05-14"]),
        ("KTT di Jakarta, Kamis (7/9/2023).", None, ["2023-09-07"]),
        ("Ankara, 10.04.2025 - nilai Rp 12.600.2025 juta", None, ["2025-04-10"]),
        ("di Kuala Lumpur, pada Senin (27/1/25).", None, ["2025-01-27"]),
        ("ruang pleno pada Ahad pagi, 26 Oktober lalu.", DateValue(2025, 11, 3), ["2025-10-26"]),
        ("on June 26, 2025 in Moscow", None, ["2025-06-26"]),
        ("digelar pada Oktober 2025", None, ["2025-10"]),
        ("Pada tahun 2019, volume perdagangan", None, ["2019"]),
        ("Tahun lalu, forum bisnis", DateValue(2025), ["2024"]),
        ("Tahun ini, pertemuan pertama", DateValue(2025), ["2025"]),
        # a day past in a sentence told in the past is the one before the article, not the next
        ("After talks in Kyiv on Oct. 6, the two leaders adopted a statement", DateValue(2024, 5, 27), ["2023-10-06"]),
        # a day of a month the sentence gave a year to before is of that year
        (
            "Pada Oktober 2023 ia ke Beijing dan diterima Xi pada 19 Oktober",
            DateValue(2025, 2, 10),
            ["2023-10", "2023-10-19"],
        ),
        ("talks on Oct. 6, when the leaders will sign a statement", DateValue(2024, 5, 27), ["2024-10-06"]),
        ("visit started on May 13 and will last until May 16", DateValue(2025, 5, 14), ["2025-05-13", "2025-05-16"]),
        ("November lalu, pusat itu", DateValue(2025, 12, 13), ["2025-11"]),
        ("Juni lalu, angkatan pertama", DateValue(2025, 5), ["2024-06"]),
        ("bulan depan di Kazan", DateValue(2025, 12, 3), ["2026-01"]),
        ("pada Rabu di Moskow", DateValue(2025, 5, 15), ["2025-05-14"]),
        ("kemarin di Beijing", DateValue(2025, 3, 1), ["2025-02-28"]),
        # "Minggu" is "week" too: between commas after an event it is Sunday
        ("Pada penutupan sidang, Minggu, para menteri", DateValue(2026, 4, 27), ["2026-04-26"]),
        ("dalam satu minggu, dua kali", DateValue(2026, 4, 27), []),
        ("ke Moskow pada Maret 2021, ke Kairo pada Juli tahun yang sama", DateValue(2025, 5), ["2021-03", "2021-07"]),
        ("in March 2019 and again in October that year", DateValue(2025, 5), ["2019-03", "2019-10"]),
        # a season: of the year told, not the next ("in the autumn", "musim gugur mendatang")
        ("expected to take place in Moscow in the autumn", DateValue(2026, 4, 22), ["2026"]),
        ("KTT digelar pada musim gugur mendatang", DateValue(2026, 4, 22), ["2026"]),
        ("bertemu pada musim panas lalu", DateValue(2026, 4, 22), ["2025"]),
        # Malay: "tahun lepas", "semalam", "petang ini", its spellings of months
        ("di Istanbul pada Jun tahun lepas", DateValue(2026, 5, 13), ["2025-06"]),
        ("tiba di Putrajaya semalam", DateValue(2026, 5, 13), ["2026-05-12"]),
        ("mengunjungi hormat Anwar petang ini", DateValue(2026, 5, 13), ["2026-05-13"]),
        ("berlepas ke Jakarta esok", DateValue(2026, 5, 13), ["2026-05-14"]),
        ("pada 3 Ogos 2025 di Kuala Lumpur", None, ["2025-08-03"]),
        ("berlangsung pada paruh kedua tahun ini", DateValue(2026, 2, 12), ["2026"]),  # an ordinal, no count
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
        ("rasio 3/4/25 dari anggaran", None),  # a two-digit year only in a bracketed day
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


@pytest.mark.parametrize(
    "head, expected",
    [
        ("Judul berita\n\nRabu, 10 Jul 2024 07:12 WIB\n", "2024-07-10"),
        ("Tim Redaksi | Kamis, 04 Jul 2024 19:30 WIB\n", "2024-07-04"),
        ("Redaksi Contoh, Jumat, 18/04/2025 10:05 WIB\n", "2025-04-18"),
        ("Edisi 20-26 Mei 2024\n\nSenin, 20 Mei 2024\n", "2024-05-20"),
        ("September 4, 2023 6:52 PM GMT+3 | Updated 2 hours ago\n", "2023-09-04"),
        ("Riyadh, 12 November 2023\n", "2023-11-12"),
        ("Nusa Dua, Bali, 8 Juli 2022 - Di sela pertemuan para menteri itu.\n", "2022-07-08"),
        ("Source: Kantor Berita | Editor: Lim Wei | 2026-03-10 08:31:12\n", "2026-03-10"),
        # a day written with dots, as agencies of Turkey and Europe do
        ("Penulis Contoh  |10.04.2025 - Update : 11.04.2025\n", "2025-04-10"),
        ("Dipublikasikan: Kamis, 4 September 2025 | Biro Humas | Dilihat 1.284 kali\n", "2025-09-04"),
        ("MAJALAH CONTOH\nEdisi 2 - 8 Februari 2026 | Rubrik: Internasional\n", "2026-02-02"),
        # the byline's date, before the edition's week, dates the article
        ("MAJALAH CONTOH\nEdisi 2-8 Juni 2025\n\nJudul\n\nOleh: Penulis\nSabtu, 31 Mei 2025\n", "2025-05-31"),
    ],
)
def test_dates_publication_line_in_the_head_gives_the_day(head: str, expected: str) -> None:
    dateline = parse_dateline(head)
    assert dateline is not None and dateline.date is not None and dateline.date.iso == expected


def test_dates_a_date_inside_a_caption_or_the_body_is_not_the_publication_day() -> None:
    head = (
        "Foto: Presiden Joko Widodo dan Perdana Menteri Singapura berjabat tangan usai penandatanganan "
        "perjanjian di Bintan, Kepulauan Riau, Selasa (25/1/2022). Dok. Istana\n"
        "Presiden bertemu perdana menteri pada 14 Mei 2025 di Moskow untuk membahas kerja sama.\n"
    )
    dateline = parse_dateline(head)
    assert dateline is None or dateline.date is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Upacara digelar Kamis pagi, 16 Mei.", "2024-05-16"),
        ("The talks were held on May 16 in Beijing.", "2024-05-16"),
        ("Pertemuan berlangsung pada 7-8 Juli 2022 di Bali.", "2022-07"),
        ("KTT digelar pada 6-7 Juli di Rio.", "2024-07"),
        ("The meeting ran from July 7-8, 2022.", "2022-07"),
        ("Forum itu digelar 3 Desember.", "2023-12-03"),
    ],
)
def test_dates_day_and_month_without_year_and_day_spans(text: str, expected: str) -> None:
    found = find_dates(text, DateValue(2024, 5, 20))
    assert expected in [f.value.iso for f in found]


def test_dates_a_month_of_last_or_next_year() -> None:
    published = DateValue(2022, 1, 25)
    assert [f.value.iso for f in find_dates("di Roma, Oktober tahun lalu.", published)] == ["2021-10"]
    assert [f.value.iso for f in find_dates("in March next year", published)] == ["2023-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past event's month is the last one before the story; a plan's is the next one
        (
            "To Lam held talks with Putin in Moscow in May, while Mishustin paid a visit in January.",
            ["2025-05", "2025-01"],
        ),
        ("He said Putin will visit Hanoi in May.", ["2026-05"]),
        ("Menlu telah berkunjung ke Moskow pada Januari.", ["2025-01"]),
        ("Presiden akan berkunjung ke Moskow pada Januari.", ["2026-01"]),
        # with no tense told, the month nearest the story
        ("Presiden berkunjung ke Moskow pada Agustus.", ["2025-08"]),
        # "may" the verb is no month; "Jun" the name is none either, but "ke Jun" is June
        ("Putin may visit in January.", ["2026-01"]),
        ("Presiden bertemu Jun Ho.", []),
        ("Lawatan itu ditangguhkan ke Jun.", ["2026-06"]),
    ],
)
def test_dates_a_month_without_its_year_by_the_tense_of_its_clause(text: str, expected: list[str]) -> None:
    assert _dates(text, DateValue(2025, 12, 12)) == expected


def test_dates_a_wire_date_line_without_its_year_takes_the_year_the_story_names(tmp_path) -> None:
    from kg.ingest import read_article

    page = tmp_path / "wire.txt"
    page.write_text(
        "Russian Politics & Diplomacy\n\nJuly 10, 15:20 UTC+3\n\n"
        "MANILA, July 10. /NEWS/. The deputy minister met his counterpart on Thursday ahead of the "
        "chairmanship in 2026, the ministry said in a statement on its website.\n\n"
        "They signed a plan of consultations for 2026-2028.\n",
        encoding="utf-8",
    )
    assert read_article(page).published == DateValue(2026, 7, 10)
    assert parse_dateline("July 10, 15:20 UTC+3\n") is None  # no year to give it


def test_dates_a_weekday_in_a_yearless_date_line_picks_its_year(tmp_path) -> None:
    """ "Tuesday, September 22": 22 September fell on a Tuesday in 2026, not in 2029, the year of
    the span the story names most."""
    from kg.ingest import read_article

    page = tmp_path / "wire.txt"
    page.write_text(
        "World | Politics\n\nTuesday, September 22 | 21:40 MYT\n\n"
        "MOSCOW, Sept 22 -- The two ministers signed a plan of consultations for 2027-2029, and the "
        "minister recalled the visit in 2029's planning talks of 2027.\n",
        encoding="utf-8",
    )
    assert read_article(page).published == DateValue(2026, 9, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pada hari kedua kunjungan, kedua presiden menyaksikan penandatanganan.", 2),
        ("Pada hari terakhir lawatannya, Prabowo bertolak ke Almaty.", "last"),
        ("On the final day of his visit tomorrow, he will meet the governor.", "last"),
        ("Dalam tiga hari terakhir, harga minyak naik.", None),  # a span, not a day of an event
        ("In the last few days, talks have stalled.", None),
    ],
)
def test_dates_the_day_counted_within_an_event(sentence: str, expected: object) -> None:
    counted = event_day(sentence)
    assert (counted.n if counted else None) == expected


def test_dates_an_event_s_length_and_its_span_of_days() -> None:
    assert event_length("kunjungan kenegaraan selama tiga hari") == 3
    assert event_length("a three-day working visit") == 3
    assert event_length("dalam tiga hari") is None
    assert day_span("KTT ke-47 pada 26-28 Oktober 2025", None) == (DateValue(2025, 10, 26), 3)


def test_dates_next_week_is_its_month() -> None:
    found = find_dates("Pekan depan, Sugiono dijadwalkan bertolak ke Bishkek.", DateValue(2026, 6, 9))
    assert [f.value for f in found] == [DateValue(2026, 6)]


def test_dates_tomorrow_is_the_day_after_publication() -> None:
    found = find_dates("On the final day of his visit tomorrow, he will meet the governor.", DateValue(2026, 9, 22))
    assert [f.value for f in found] == [DateValue(2026, 9, 23)]


def test_dates_next_spring_is_next_year() -> None:
    found = find_dates("His visit is now pencilled in for next spring.", DateValue(2026, 11, 24))
    assert [f.value for f in found] == [DateValue(2027)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabu pekan depan", DateValue(2026, 9, 23)),  # the Wednesday of the week after
        ("Rabu depan", DateValue(2026, 9, 16)),  # the coming Wednesday
        ("Wednesday next week", DateValue(2026, 9, 23)),
        ("Senin pekan lalu", DateValue(2026, 9, 7)),
        ("Jumat pagi pekan depan", DateValue(2026, 9, 25)),  # a time of day between them
    ],
)
def test_dates_a_weekday_of_the_week_before_or_after(text: str, expected: DateValue) -> None:
    assert [f.value for f in find_dates(text, DateValue(2026, 9, 14))] == [expected]


def test_dates_a_dateline_opening_the_lead_after_many_lines_of_page_furniture() -> None:
    """A regional portal's lead comes after its name, menu, headline, date and byline lines and an
    ad marker: its dateline ("PALU, PORTAL -") is still the story's place; a menu line is none."""
    furniture = ["PORTAL CONTOH", "", "Beranda - Daerah - Pemerintahan", "", "Judul Berita", ""]
    furniture += ["Selasa, 19 Mei 2026 | 20:48 WITA", "Penulis: Contoh | Editor: Contoh", "", "--- IKLAN ---", ""]
    furniture += ["", "", ""]
    lead = "PALU, PORTAL - Gubernur menerima kunjungan kehormatan duta besar di rumah jabatan gubernur, Selasa."
    dateline = parse_dateline("\n".join([*furniture, lead]))
    assert dateline is not None and dateline.place == "PALU"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "PUTRAJAYA: Sultan Hassanal Bolkiah held a bilateral meeting with the Prime Minister today.",
            "PUTRAJAYA",
        ),
        (
            "KUALA LUMPUR (May 10): At the 42nd Asean Summit the Prime Minister held talks with four leaders.",
            "KUALA LUMPUR",
        ),
    ],
)
def test_dates_a_malaysian_dateline_ends_with_a_colon(lead: str, place: str) -> None:
    dateline = parse_dateline(f"Judul\n\n{lead}")
    assert dateline is not None and dateline.place == place


def test_dates_a_russian_wire_dateline_has_the_agency_between_slashes() -> None:
    lead = "MOSCOW, June 17. /TASS/. Russia and Indonesia intend to broaden cooperation in defense, Lavrov said."
    dateline = parse_dateline(f"Judul\n\n{lead}")
    assert dateline is not None and dateline.place == "MOSCOW"


def test_dates_a_label_with_a_colon_is_no_dateline() -> None:
    assert parse_dateline("Editor: Nurhayati\nBaca Juga: Judul lain yang panjang sekali untuk dibaca di sini") is None


def test_a_day_word_then_its_weekday_is_one_day() -> None:
    """ "Besok, Rabu, ..." told on Tuesday 17 November: Wednesday the 18th, not the Wednesday before."""
    from kg.extract.dates import find_dates
    from kg.model import DateValue

    found = find_dates("Besok, Rabu, di tempat yang sama akan digelar ADMM-Plus.", DateValue(2026, 11, 17))
    assert [f.value.iso for f in found] == ["2026-11-18"]


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("Setahun kemudian, para pemimpin bertemu di Bali.", DateValue(2002, 11, 4), ["2003"]),
        ("Tiga bulan setelahnya, kedua menteri bertemu.", DateValue(2002, 11, 4), ["2003-02"]),
        ("Two years later, the leaders met in Hanoi.", DateValue(2018, 6), ["2020"]),
        ("The following year, they met again.", DateValue(2018, 6), ["2019"]),
        ("Three months later, the ministers met.", DateValue(2018), []),  # a month needs the anchor's month
    ],
)
def test_dates_a_time_counted_from_the_one_told_before(text: str, anchor: DateValue, expected: list[str]) -> None:
    assert [f.value.iso for f in time_counted_on(text, anchor)] == expected


def test_dates_years_ago_is_that_year_and_over_the_past_years_is_no_time() -> None:
    pub = DateValue(2025, 7, 11)
    assert [f.value for f in find_dates("Sidang Kemuncak pertama diadakan 20 tahun lepas.", pub)] == [DateValue(2005)]
    assert [f.value for f in find_dates("The first summit was held 20 years ago.", pub)] == [DateValue(2005)]
    assert not find_dates("Kerja sama itu tumbuh selama 20 tahun lalu.", pub)
    assert not find_dates("Hubungan terjalin sejak dua puluh tahun lalu.", pub)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day months ahead with no word of a plan is the one before
        ("Pada 21 April, Menlu Sugiono dan Menlu Wang Yi duduk bersama di Beijing.", ["2025-04-21"]),
        # a plan's day stays ahead
        ("Dialog itu akan digelar pada 21 April di Beijing.", ["2026-04-21"]),
        # a near day ahead stays ahead: "On December 2, ..." told on November 10
        ("Pada 2 Desember, kedua menteri bertemu di Beijing.", ["2025-12-02"]),
        # "this year" names the year
        ("Tahun ini pada 21 April keduanya duduk bersama di Beijing.", ["2025", "2025-04-21"]),
    ],
)
def test_dates_a_day_without_its_year_is_past_unless_near_or_planned(text: str, expected: list[str]) -> None:
    assert _dates(text, DateValue(2025, 11, 10)) == expected


def test_dates_a_wire_dateline_without_its_year_takes_the_year_the_story_names(tmp_path) -> None:
    """ "KAZAN, 14 Mei (Bernama) --": the day and month of the dateline, in the year the body names."""
    from kg.ingest import read_article

    page = tmp_path / "wire.txt"
    page.write_text(
        "Dunia | Ekonomi\n\nMalaysia perkukuh kerjasama halal\n\n"
        "KAZAN, 14 Mei (Bernama) -- Malaysia dan Tatarstan memeterai memorandum persefahaman di sini "
        "semalam, sempena forum ekonomi KazanForum 2026 yang berlangsung minggu ini.\n",
        encoding="utf-8",
    )
    assert read_article(page).published == DateValue(2026, 5, 14)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("This morning, Anwar addressed the business forum.", "2026-02-09"),
        ("Later this evening the two ministers met again.", "2026-02-09"),
        ("Last night the delegation arrived.", "2026-02-08"),
    ],
)
def test_dates_english_times_of_the_day_are_the_day_of_publication(text: str, iso: str) -> None:
    (found,) = find_dates(text, DateValue(2026, 2, 9))
    assert found.value.iso == iso
