"""Memberships: joining, applying, and an organization listing its members."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Reader


def _memberships(found) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(m.member.rsplit("/", 1)[-1], m.organization.rsplit("/", 1)[-1], m.status) for m in found.memberships}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Indonesia resmi bergabung dengan BRICS pada Januari 2025.", ("indonesia", "brics", "member")),
        ("Malaysia telah mengajukan permohonan keanggotaan BRICS.", ("malaysia", "brics", "applicant")),
        ("Thailand applied to join BRICS last year.", ("thailand", "brics", "applicant")),
    ],
)
def test_memberships_joining_and_applying(read: Reader, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _memberships(read(sentence, published="2025-03-01"))


def test_memberships_an_organization_listing_its_members(read: Reader) -> None:
    found = read("GCC beranggotakan enam negara, yaitu Arab Saudi, Bahrain, Kuwait, Oman, Qatar dan Uni Emirat Arab.")
    members = {m for m, org, status in _memberships(found) if status == "member"}
    assert {"saudi-arabia", "bahrain", "kuwait", "oman", "qatar"} <= members


def test_memberships_joining_the_leaders_at_a_summit_is_no_membership(read: Reader) -> None:
    text = (
        "Later in the day, Chinese Premier Li Qiang joined the leaders for the inaugural Asean-GCC-China Summit "
        "in Kuala Lumpur on May 27, 2025."
    )
    assert not read(text, published="2025-05-28").memberships
