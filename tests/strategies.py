"""Hypothesis strategies for hostile text and bytes, shared by the ingest, clean, sentence and date tests."""

from __future__ import annotations

import codecs

from hypothesis import strategies as st

# C0 and C1 controls, line and paragraph separators, BOM and noncharacters
CONTROLS = st.characters(max_codepoint=0x1F) | st.sampled_from("\x7f\x85\u2028\u2029\ufeff\ufffe\uffff")
# words and pieces from several scripts, and the punctuation sentence splitting looks at
PIECES = st.sampled_from(
    [
        "Presiden",
        "Rusia",
        "Путин",
        "习近平",
        "مصر",
        "ประยุทธ์",
        "Ñandú",
        "🇮🇩",
        "KTT ASEAN",
        "Rabu, 14 Mei 2025",
        "(7/9/2023)",
        "Dr.",
        ". ",
        "? ",
        "\n\n",
        "...",
        "“Kami siap,” katanya.",
        "-nya",
        "Baca Juga:",
        "Copyright © ANTARA 2025",
        "\u0301",
        "\u200b",
    ]
)
# long runs of one character or pair: spaces, full stops, digits, a letter, an Arabic tatweel
RUNS = st.builds(
    lambda piece, n: piece * n,
    st.sampled_from(["a", ".", " ", "\n", "!", "x.", "1", "-", "ـ", "A. ", "\t"]),
    st.integers(min_value=1, max_value=20_000),
)
HOSTILE_TEXT = st.lists(st.one_of(st.text(max_size=40), CONTROLS, PIECES, RUNS), max_size=25).map("".join)

BOMS = [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, b""]
# byte strings a decoder must survive: random bytes behind a byte order mark, text in several
# encodings (lone surrogates written as bytes), and invalid UTF-8 sequences
HOSTILE_BYTES = st.one_of(
    st.builds(lambda bom, rest: bom + rest, st.sampled_from(BOMS), st.binary(max_size=600)),
    st.builds(
        lambda text, enc: text.encode(enc, errors="surrogatepass" if enc.startswith("utf") else "replace"),
        HOSTILE_TEXT,
        st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"]),
    ),
    st.builds(
        lambda text, junk: text.encode("utf-8", errors="replace") + junk,
        HOSTILE_TEXT,
        st.sampled_from([b"\xed\xa0\x80", b"\xff\xfe\x00\xd8", b"\x00", b"\xc3", b"\xf4\x90\x80\x80"]),
    ),
)
