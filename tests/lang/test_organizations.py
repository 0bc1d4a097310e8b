"""English names of organizations read in Indonesian, from the language layer's word lists."""

from __future__ import annotations

import pytest

from kg.lang import english_organization


@pytest.mark.parametrize(
    "name, country, english",
    [
        ("Kementerian Pertahanan Nasional", "Vietnam", "Ministry of National Defence of Vietnam"),
        ("Kementerian Dalam Negeri", "Malaysia", "Ministry of Home Affairs of Malaysia"),
        ("Partai Komunis", "Vietnam", "Communist Party of Vietnam"),
        ("Badan Standardisasi Nasional", None, "National Standardization Agency"),
        (
            "Kementerian Luar Negeri dan Kerja Sama Internasional",
            "Cambodia",
            "Ministry of Foreign Affairs and International Cooperation of Cambodia",
        ),
    ],
)
def test_organizations_are_named_in_english(name: str, country: str | None, english: str) -> None:
    assert english_organization(name, country) == english


def test_organizations_an_unknown_word_gives_no_guess() -> None:
    assert english_organization("Dewan Kerja Sama Strategis Tingkat Tinggi", None) is None
