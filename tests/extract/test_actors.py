"""Organizations read by their head word: kept where they act, their country where they do not."""

from __future__ import annotations

from tests.extract.conftest import Reader, labels


def test_actors_an_acting_ministry_is_an_actor(read: Reader) -> None:
    found = read("Badan Pengawas Obat Laos mengumumkan aturan baru pada Selasa.")
    assert "Badan Pengawas Obat Laos" in labels(found, "Organization")


def test_actors_a_ministry_named_in_passing_is_its_country(read: Reader) -> None:
    found = read("Perjanjian itu diteken pejabat Badan Pengawas Obat Laos dan mitranya dari Thailand.")
    assert not labels(found, "Organization")
    assert {"Laos", "Thailand"} <= labels(found, "Country")
