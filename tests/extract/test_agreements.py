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
