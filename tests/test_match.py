from kg.lexicon import Entry, Lexicon
from kg.match import find_mentions
from kg.model import Sentence


def _lexicon() -> Lexicon:
    lx = Lexicon()
    for label, concept, kind in [
        ("Rusia", "ex:russia", "Country"),
        ("Amerika Serikat", "ex:us", "Country"),
        ("AS", "ex:us", "Country"),
        ("ASEAN", "ex:asean", "Organization"),
        ("energi", "ex:energy", "Sector"),
        ("energi nuklir", "ex:nuclear", "Sector"),
        ("pertemuan", "ex:Summit", "Summit"),
    ]:
        exact = tuple(label.split()) if label.isupper() and len(label) <= 4 else None
        lx.add(label, Entry(concept, kind, "id", exact))
    return lx


def _concepts(text: str) -> list[str]:
    return [m.concept for m in find_mentions(_lexicon(), Sentence(text, 0, len(text), 0, 0))]


def test_match_longest_label_wins() -> None:
    assert _concepts("kerja sama energi nuklir") == ["ex:nuclear"]


def test_match_indonesian_country_name() -> None:
    assert _concepts("Presiden Rusia tiba") == ["ex:russia"]


def test_match_no_match_inside_a_longer_word() -> None:
    assert _concepts("sinergi Rusiana") == []


def test_match_hyphenated_pair_gives_both() -> None:
    assert _concepts("hubungan Rusia-ASEAN") == ["ex:russia", "ex:asean"]


def test_match_glued_suffix_is_stripped() -> None:
    assert _concepts("dalam pertemuannya") == ["ex:Summit"]


def test_match_capital_abbreviation_only_in_capitals() -> None:
    assert _concepts("sekutu AS di Asia") == ["ex:us"]
    assert _concepts("as well as energy") == []


def test_match_offsets_point_into_the_text() -> None:
    text = "Hubungan dengan Amerika Serikat"
    (m,) = find_mentions(_lexicon(), Sentence(text, 100, 100 + len(text), 0, 0))
    assert (m.start, m.end, m.text) == (116, 131, "Amerika Serikat")


def test_match_capitalized_name_needs_a_capital_in_the_text() -> None:
    """ "lima dokumen" is five documents, "Lima" the city of Peru."""
    lx = Lexicon()
    lx.add("Lima", Entry("ex:lima", "Place", "id", None, capitalized=True))
    found = find_mentions(lx, Sentence("lima dokumen diteken di Lima", 0, 28, 0, 0))
    assert [(m.text, m.start) for m in found] == [("Lima", 24)]


def test_match_a_sector_reaching_further_wins_the_shared_words() -> None:
    """ "kerja sama ekonomi digital" is digital economy, not economy followed by a stray word."""
    lx = Lexicon()
    lx.add("kerja sama ekonomi", Entry("ex:economy", "Sector", "id", None))
    lx.add("ekonomi digital", Entry("ex:digital", "Sector", "id", None))
    text = "peningkatan kerja sama ekonomi digital"
    assert [m.concept for m in find_mentions(lx, Sentence(text, 0, len(text), 0, 0))] == ["ex:digital"]
    text = "kerja sama ekonomi yang erat"
    assert [m.concept for m in find_mentions(lx, Sentence(text, 0, len(text), 0, 0))] == ["ex:economy"]


def test_match_a_currency_sign_is_no_country() -> None:
    assert _concepts("senilai AS$200 juta dari Rusia") == ["ex:russia"]
