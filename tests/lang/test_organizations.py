"""English names of organizations read in Indonesian, from the language layer's word lists."""

from __future__ import annotations

import pytest

from kg.lang import english_organization, english_variants


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
        ("Institut Teknologi Bandung", None, "Bandung Institute of Technology"),
        ("Politeknik Negeri Bandung", None, "Bandung State Polytechnic"),
        ("Universitas Islam Negeri Syarif Hidayatullah", None, "Syarif Hidayatullah State Islamic University"),
        ("Universitas Pertahanan", None, "University of Defence"),
        # only words of kind after the head: they all go before it
        ("Universitas Nasional", None, "National University"),
        ("Universitas Islam Negeri", None, "State Islamic University"),
        # the state's form before the country's name is the country's, not the ministry's
        ("Kementerian Luar Negeri Republik", "Tajikistan", "Ministry of Foreign Affairs of Tajikistan"),
        # English puts the modifiers of a head noun before it, Indonesian and Malay after it
        ("Badan Promosi Pariwisata", None, "Tourism Promotion Agency"),
        ("Perbadanan Pembangunan Industri Halal", None, "Halal Industry Development Corporation"),
        ("Agensi Pembangunan Pelaburan", "Tatarstan", "Investment Development Agency of Tatarstan"),
    ],
)
def test_organizations_are_named_in_english(name: str, country: str | None, english: str) -> None:
    assert english_organization(name, country) == english


def test_organizations_an_unknown_word_gives_no_guess() -> None:
    assert english_organization("Dewan Kerja Sama Strategis Tingkat Tinggi", None) is None


def test_organizations_other_english_names_of_a_portfolio_are_alternatives() -> None:
    assert english_variants("Ministry of Home Affairs of Thailand") == ("Ministry of Interior of Thailand",)
    assert english_variants("Ministry of Trade of China") == ("Ministry of Commerce of China",)
    assert english_variants("Badan Standardisasi Nasional") == ()


def test_organizations_a_body_of_a_place_is_also_named_place_first() -> None:
    assert english_variants("Investment Development Agency of Tatarstan") == (
        "Tatarstan Investment Development Agency",
    )
    assert english_variants("Ministry of Health of Vietnam") == ()  # "of" already in its own name
