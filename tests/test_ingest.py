from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_article
from kg.model import DateValue


def test_ingest_id_comes_from_the_text_and_filename_from_the_file(tmp_path: Path) -> None:
    text = "Judul\n\nPresiden bertemu Perdana Menteri di Jakarta pada Senin."
    (tmp_path / "012_abc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "other.txt").write_text(text, encoding="utf-8")
    article = read_article(tmp_path / "012_abc.txt")
    assert article.id == read_article(tmp_path / "other.txt").id != "012_abc"
    assert article.filename == "012_abc.txt"


def test_ingest_reads_cp1252_text(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Menteri bertemu di caf\u00e9 \u201cLa Mer\u201d di Jakarta pada hari Senin.".encode("cp1252"))
    assert "café" in read_article(path).text


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (bytes(range(128, 256)) * 4, "not UTF-8"),
    ],
)
def test_ingest_bad_file_is_one_line_naming_it(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_article(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message


def test_ingest_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.txt: cannot read file"):
        read_article(tmp_path / "missing.txt")


def test_ingest_publication_date_from_a_timestamped_dateline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Judul berita yang cukup panjang untuk judul\n\nJumat, 20 Juni 2025 | 22:15 WIB\n\n"
        "Jakarta - Presiden bertemu Perdana Menteri.",
        encoding="utf-8",
    )
    assert read_article(path).published == DateValue(2025, 6, 20)


def test_ingest_publication_year_from_copyright_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Presiden bertemu Perdana Menteri di Jakarta tahun lalu untuk membahas banyak hal.\n\nCopyright © ANTARA 2025",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.published == DateValue(2025)
    assert article.publisher == "ANTARA"


def test_ingest_reads_html_with_a_real_extractor(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = " ".join(["Presiden Indonesia bertemu Presiden Rusia di Moskow untuk membahas energi."] * 5)
    path.write_text(
        f"<html><head><title>Pertemuan di Moskow</title></head><body><nav>Beranda | Dunia</nav>"
        f"<article><h1>Pertemuan di Moskow</h1><p>{body}</p><p>{body}</p></article>"
        f"<footer>Copyright 2025</footer></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert "Presiden Rusia di Moskow" in article.text
    assert "Beranda | Dunia" not in article.text


def test_ingest_detects_english(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(
        "The president met the prime minister in Jakarta and they discussed the trade deal.", encoding="utf-8"
    )
    assert read_article(path).language == "en"


TEXT = "Presiden Indonesia bertemu Perdana Menteri Malaysia di Jakarta pada hari Senin."


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (TEXT.encode("utf-16"), TEXT),
        (TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]), TEXT),
        (TEXT.encode("utf-32"), TEXT),
        (TEXT.encode("utf-8").replace(b"Senin", b"Sen\x00in\x07"), TEXT),
        (TEXT.encode("utf-8").replace(b" di ", b"\x0cdi "), TEXT.replace(" di ", "\ndi ")),
    ],
    ids=["utf-16 le bom", "utf-16 be bom", "utf-32 bom", "stray controls dropped", "form feed ends a line"],
)
def test_ingest_decodes_byte_order_marks_and_drops_control_characters(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    assert read_article(path).text == expected


@pytest.mark.parametrize("rest", [b"\x01\x00\x02\x00" * 100, b"\x00\x01\x02"], ids=["controls", "odd length"])
def test_ingest_a_utf16_mark_before_binary_bytes_is_still_binary(tmp_path: Path, rest: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xff\xfe" + rest)
    with pytest.raises(InputError, match="binary file"):
        read_article(path)


def test_ingest_refuses_a_file_over_the_limit_before_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT + " kata" * 304, encoding="utf-8")  # 1,599 bytes
    with pytest.raises(InputError) as info:
        read_article(path, max_bytes=1024)
    assert str(info.value) == f"{path}: too large (1.6 KB; the limit is 1 KB; raise it with kg build --max-size)"
    assert read_article(path, max_bytes=1600).text.startswith(TEXT)


def test_ingest_a_folder_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(InputError, match="x.txt: a folder, not an article file"):
        read_article(tmp_path / "x.txt")


# Fuzzing: whatever the bytes, reading gives an article or one line naming the file, and the
# stages after it (cleaning, sentences, dates) keep their invariants.
from hypothesis import HealthCheck, example, given, settings  # noqa: E402

from kg.clean import clean  # noqa: E402
from kg.extract.dates import find_dates  # noqa: E402
from kg.ingest import decode  # noqa: E402
from kg.patterns import max_sentence_length  # noqa: E402
from kg.sentences import split_sentences  # noqa: E402

from .strategies import HOSTILE_BYTES  # noqa: E402

NEVER_IN_TEXT = set(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF]))


@settings(max_examples=150, deadline=5000)
@given(HOSTILE_BYTES)
def test_ingest_decode_gives_text_without_controls_or_one_line(data: bytes) -> None:
    try:
        text = decode(Path("f.txt"), data)
    except InputError as e:
        assert str(e).startswith("f.txt: ") and "\n" not in str(e)
        return
    assert not NEVER_IN_TEXT & set(text)
    text.encode("utf-8", errors="surrogatepass")  # a str the rest of the pipeline can write


@pytest.mark.parametrize(("suffix", "examples"), [(".txt", 80), (".html", 25)])
def test_ingest_any_bytes_read_clean_split_and_date_without_error(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, examples: int
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")

    @settings(max_examples=examples, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])
    @given(HOSTILE_BYTES)
    @example(b"Presiden bertemu Perdana Menteri di Jakarta pada 14 Mei 2025 " * 2_000)
    @example("Menteri bertemu\x00 di Moskow\x0b".encode("utf-16") * 300)
    @example(b"Rusia " + b"." * 50_000 + b" Malaysia")
    def run(data: bytes) -> None:
        path = folder / f"a{suffix}"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except InputError as e:
            assert str(e).startswith(str(path)) and "\n" not in str(e)
            return
        for s in split_sentences(clean(article)):
            assert article.text[s.start : s.end] == s.text
            assert 0 < len(s.text) <= max_sentence_length()
            for found in find_dates(s.text, article.published):
                assert 0 <= found.start < found.end <= len(s.text)

    run()
