from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.model import Block
from kg.sentences import split_sentences

from .strategies import HOSTILE_TEXT


def _split(text: str) -> list[str]:
    return [s.text for s in split_sentences([Block(text, 0, len(text), 0)])]


def test_sentences_abbreviations_and_numeric_dates_do_not_split() -> None:
    text = "Dr. Ali tiba pada Kamis (7/9/2023). Ia bertemu Prof. Budi pada 3 Jan. 2024 di Jakarta."
    assert _split(text) == ["Dr. Ali tiba pada Kamis (7/9/2023).", "Ia bertemu Prof. Budi pada 3 Jan. 2024 di Jakarta."]


def test_sentences_a_name_closed_by_jr_ends_the_sentence_before_a_new_clause() -> None:
    text = "Dokumen diteken Ferdinand Marcos Jr. Persetujuan ini memperbarui kerja sama. Marcos Jr. tiba kemarin."
    assert _split(text) == [
        "Dokumen diteken Ferdinand Marcos Jr.",
        "Persetujuan ini memperbarui kerja sama.",
        "Marcos Jr. tiba kemarin.",
    ]


def test_sentences_split_after_closing_quote() -> None:
    text = "“Kami siap,” katanya. Rusia mendukung ASEAN."
    assert _split(text) == ["“Kami siap,” katanya.", "Rusia mendukung ASEAN."]


def test_sentences_decimal_numbers_do_not_split() -> None:
    assert len(_split("Nilai perdagangan mencapai 3.2 miliar dolar AS pada 2024. Itu rekor.")) == 2


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400))
def test_sentences_offsets_always_slice_back_to_the_text(text: str) -> None:
    offset = 7
    full = "x" * offset + text
    for s in split_sentences([Block(text, offset, offset + len(text), 0)]):
        assert full[s.start : s.end] == s.text
        assert s.text.strip() == s.text
        assert s.text


def test_sentences_a_run_without_full_stops_is_cut_at_spaces_within_the_limit() -> None:
    from kg.patterns import max_sentence_length

    limit = max_sentence_length()
    text = "Presiden bertemu Perdana Menteri di Jakarta untuk membahas kerja sama energi " * 200
    sentences = split_sentences([Block(text, 0, len(text), 0)])
    assert len(sentences) > 1
    for s in sentences:
        assert len(s.text) <= limit
        assert text[s.start : s.end] == s.text
        assert s.end == len(text.rstrip()) or text[s.end] == " "  # cut at a space, never inside a word


def test_sentences_a_run_of_one_character_is_cut_at_the_limit() -> None:
    from kg.patterns import max_sentence_length

    text = "a" * (max_sentence_length() * 3 + 5)
    pieces = [s.text for s in split_sentences([Block(text, 0, len(text), 0)])]
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) == max_sentence_length()


@settings(max_examples=100, deadline=5000)
@given(HOSTILE_TEXT, st.integers(min_value=0, max_value=50))
@example("a" * 200_000, 0)
@example("!" * 40_000, 0)
@example(". " * 100_000, 3)
@example("Dr. " * 50_000, 0)
@example(" " * 100_000 + "x", 0)
def test_sentences_hostile_text_slices_back_within_the_length_limit(text: str, offset: int) -> None:
    from kg.patterns import max_sentence_length

    full = "x" * offset + text
    previous_end = offset
    for s in split_sentences([Block(text, offset, offset + len(text), 0)]):
        assert full[s.start : s.end] == s.text
        assert 0 < len(s.text) <= max_sentence_length()
        assert s.start >= previous_end  # in order, never overlapping
        previous_end = s.end


def test_sentences_a_run_of_initials_in_a_name_does_not_split() -> None:
    text = "Wakil Presiden saat itu, K.H. Ma'ruf Amin, tiba. Menlu Retno L.P. Marsudi hadir."
    assert _split(text) == ["Wakil Presiden saat itu, K.H. Ma'ruf Amin, tiba.", "Menlu Retno L.P. Marsudi hadir."]
