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
