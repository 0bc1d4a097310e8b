import pytest

from kg.clean import clean
from kg.model import Article

BODY = "Presiden Rusia Vladimir Putin bertemu Perdana Menteri Malaysia di Moskow pada Rabu."


def _article(text: str) -> Article:
    return Article("a", "a.txt", "a.txt", text, "0" * 64)


@pytest.mark.parametrize(
    "furniture",
    [
        "Baca Juga: Trump Tarik AS dari WHO",
        "MEMBACA  Menteri Indonesia menekankan pentingnya sistem perdagangan karbon",
        "Penulis : Balian Godfrey",
        "Editor : Nancy Junita",
        "Oleh Balian Godfrey",
        "SHARE   :",
        "HOME  ⁄  Internasional",
        "Copyright © ANTARA 2025",
        "Nyaman tanpa iklan. Langganan BisnisPro",
        "Foto: Anwar dan Putin bahas kerja sama (Sumber: ANTARA/Virna).",
        "Cek Berita dan Artikel yang lain di Google News dan WA Channel",
        "(T/RA-1/P2)",
        "*) Pandangan dan opini yang diungkapkan di halaman ini tidak mencerminkan kebijakan redaksi.",
        "President Joko Widodo (R) meets with Foreign Minister Wang Yi in Jakarta, April 18, 2024. (Xinhua/Xu Qin)",
        "Crown Prince Mohammed bin Salman receives President Vladimir Putin in Riyadh on Wednesday. (SPA)",
        'Tonton juga video "Momen Menlu Swafoto dengan Wartawan di Sela Pertemuan ASEAN"',
        "READ MORE: Asean Summit: Kuala Lumpur gears up to receive world leaders",
        "(Bersambung ke halaman 2)",
        "Kunjungan Balasan ke Ankara (sambungan)",
    ],
)
def test_clean_drops_furniture_and_keeps_the_body_beside_it(furniture: str) -> None:
    texts = [b.text for b in clean(_article(f"{furniture}\n\n{BODY}\n\n{furniture}"))]
    assert texts == [BODY]


def test_clean_drops_everything_after_a_related_headlines_section() -> None:
    text = f"{BODY}\n\nArtikel Terkait\n\nPutin bertemu Xi di Beijing pada Senin untuk membahas energi."
    assert [b.text for b in clean(_article(text))] == [BODY]


def test_clean_cuts_a_dateline_and_keeps_offsets() -> None:
    text = f"Moskow, MINA – {BODY}"
    block = clean(_article(text))[0]
    assert block.text == BODY
    assert text[block.start : block.end] == BODY


def test_clean_cuts_the_dateline_of_a_lead_after_an_unpunctuated_deck() -> None:
    deck = "The talks were held on the eve of the visit by the President, who is due in Moscow on June 19"
    texts = [b.text for b in clean(_article(f"{deck}\n\nMOSCOW, June 17. /TASS/. {BODY}"))]
    assert texts == [deck, BODY]


def test_clean_drops_a_repeated_caption() -> None:
    caption = "Menteri Luar Negeri Rusia tiba di Jakarta untuk menghadiri KTT ASEAN, Rabu (6/9/2023)."
    texts = [b.text for b in clean(_article(f"{BODY}\n{caption}\n{caption}"))]
    assert texts.count(caption) == 1


def test_clean_of_boilerplate_only_is_empty() -> None:
    assert clean(_article("Baca Juga: Sesuatu\nPenulis : Seseorang\nCopyright © X 2025")) == []


# Property tests: whatever the page looks like, blocks point into the original text, and
# furniture shuffled between body paragraphs never reaches the body.
from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from .strategies import HOSTILE_TEXT  # noqa: E402

FURNITURE = [
    "Baca Juga: Trump Tarik AS dari WHO",
    "Penulis : Balian Godfrey",
    "Editor : Nancy Junita",
    "Copyright © ANTARA 2025",
    "SHARE   :",
    "Cek Berita dan Artikel yang lain di Google News dan WA Channel",
]
PARAGRAPHS = [
    BODY,
    "Kedua pemimpin membahas kerja sama energi, pendidikan dan pertanian di Kremlin.",
    "Menteri Luar Negeri Sergei Lavrov menandatangani nota kesepahaman dengan mitranya.",
    "Volume perdagangan kedua negara mencapai 3,2 miliar dolar AS pada tahun lalu.",
]


@settings(max_examples=100, deadline=5000)
@given(st.one_of(st.text(max_size=400), HOSTILE_TEXT))
@example("a" * 200_000)
@example("Baca Juga: " * 20_000)
@example("\n" * 100_000 + "x")
def test_clean_blocks_always_point_into_the_original_text(text: str) -> None:
    for block in clean(_article(text)):
        assert text[block.start : block.end] == block.text
        assert block.text.strip() == block.text and block.text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PARAGRAPHS + FURNITURE), min_size=1, max_size=12))
def test_clean_keeps_body_paragraphs_in_order_and_drops_furniture(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    kept = [b.text for b in clean(_article(text))]
    expected: list[str] = []
    for line in lines:
        if line in PARAGRAPHS and line not in expected:
            expected.append(line)
    assert kept == expected


def test_clean_drops_a_caption_that_ends_with_its_photo_credit() -> None:
    caption = (
        "Menko Perekonomian Airlangga Hartarto dan Wakil Perdana Menteri Tiongkok Ding Xuexiang sebelum "
        "membuka Dialog Ekonomi Tingkat Tinggi di Diaoyutai, Beijing. ANTARA/HO-Kemenko Perekonomian"
    )
    assert [b.text for b in clean(_article(f"{caption}\n\n{BODY}"))] == [BODY]


def test_clean_drops_a_link_to_a_video() -> None:
    link = "[VIDEO] Menlu dan Sekjen SCO Gelar Pertemuan Tertutup di Pejambon (02:14)"
    assert [b.text for b in clean(_article(f"{link}\n\n{BODY}"))] == [BODY]


def test_clean_a_related_stories_heading_with_a_colon_ends_the_body() -> None:
    text = f"{BODY}\n\nBerita terkait:\n- Seminar Nasional Filologi Hadirkan Pakar Manuskrip dari Leiden\n"
    assert [b.text for b in clean(_article(text))] == [BODY]


def test_clean_a_read_also_heading_drops_its_headlines_and_the_story_goes_on() -> None:
    """ "Baca Juga" alone, then "- <headline>" lines: links to other stories, not this one's
    meetings; the paragraph after them is the story again."""
    after = "Kedua pemimpin juga membahas kerja sama energi dan perdagangan."
    text = (
        f"{BODY}\n\nBaca Juga\n- Jokowi Bertemu Zelensky di Sela KTT G7 Hiroshima\n"
        f"- Timnas U-22 Sabet Emas SEA Games 2023\n\n{after}\n"
    )
    assert [b.text for b in clean(_article(text))] == [BODY, after]


def test_clean_drops_the_line_that_says_where_the_article_first_appeared() -> None:
    """ "Artikel ini telah tayang di ... dengan judul <headline>": the headline repeats a meeting the
    story tells, and would be read as one more sentence of it."""
    line = (
        "Artikel ini telah tayang di Contoh.com dengan judul Dubes Turki Temui Gubernur Andi Sudirman, Unhas "
        "Teken MoU Pusat Bahasa dan Budaya Turki. Klik untuk baca: https://contoh.com/berita/123"
    )
    assert [b.text for b in clean(_article(f"{BODY}\n\n{line}"))] == [BODY]


def test_clean_related_links_inside_the_story_do_not_end_it() -> None:
    """ "RELATED ARTICLES:" over bulleted headlines, then the story's next paragraph: the headlines are
    dropped and the story read on."""
    after = "Mirziyoyev is scheduled to meet Chinese Premier Li Qiang and Zhao Leji on Thursday before wrapping up."
    text = (
        f"{BODY}\n\nRELATED ARTICLES:\n- Wang Yi wraps up Africa trip\n- Chinese Premier calls for a stronger "
        f"engine at Davos\n\n{after}\n"
    )
    assert [b.text for b in clean(_article(text))] == [BODY, after]


def test_clean_a_related_links_heading_of_a_press_release_drops_its_links() -> None:
    text = f"{BODY}\n\nTautan terkait:\n- Jadwal Lengkap Pertemuan Menlu (PDF)\n- Galeri Foto Pertemuan Trilateral\n"
    assert [b.text for b in clean(_article(text))] == [BODY]
