"""Documents: named, described or counted, with the meeting that adopted them."""

from __future__ import annotations

from tests.extract.conftest import Reader


def test_agreements_a_counted_set_of_documents_is_a_package(read: Reader) -> None:
    text = (
        "Presiden Vietnam Luong Cuong bertemu Presiden Prabowo Subianto di Jakarta pada Senin (10/3/2025). "
        "Usai pertemuan, kedua pemimpin menyaksikan penandatanganan sembilan nota kesepahaman."
    )
    found = read(text, published="2025-03-11")
    kinds = [a.kind.rsplit("#", 1)[-1] for a in found.agreements]
    assert kinds == ["DocumentPackage"]
    assert found.agreements[0].date is not None and found.agreements[0].date.iso == "2025-03-10"


def test_agreements_a_signing_verb_with_a_glued_suffix(read: Reader) -> None:
    text = (
        "Konferensi Tingkat Tinggi G20 di Nusa Dua ditutup Rabu (16/11/2022) dengan disepakatinya "
        "Deklarasi Pemimpin G20 Bali."
    )
    found = read(text, published="2022-11-17")
    assert [a.date.iso for a in found.agreements if a.date] == ["2022-11-16"]
