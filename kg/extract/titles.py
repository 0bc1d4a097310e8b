"""Persons introduced by their office: "Menteri Perdagangan Indonesia Budi Santoso",
"Sekjen Partai Komunis Vietnam To Lam", "Indian Prime Minister Narendra Modi".

The office (from the language layer) is followed by words of its portfolio or body, the
country or organization it serves, and then the name. The country named in the title is
whom the person represents; a name in no gazetteer becomes a new person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract import Doc
from kg.lang import office_short_forms, titles
from kg.lexicon import normalize_tokens
from kg.model import Mention
from kg.patterns import org_words

_TOKEN = re.compile(r"[A-Za-zÀ-ÿĀ-ž][\w’'\-]*\.?|\d+|[(),;:“”\"]|\S")
_MAX_TITLE_WORDS = 12  # an office, its portfolio and its country never run longer
_MAX_NAME_WORDS = 5  # not counting particles: "Dyah Roro Esti Widya Putri", "Khalifa bin Jassim Al Thani"
_SERVES = ("Country", "Organization")
_ORDINAL = re.compile(r"ke-?\d{1,3}|\d{1,3}(?:st|nd|rd|th)")
_PLACES = ("Place", "Region")
_SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}
_LOCATED_IN = "https://w3id.org/dkg/ontology#locatedIn"


@dataclass(frozen=True, slots=True)
class TitledName:
    """A name read after an office: either a gazetteer person or a new name."""

    start: int  # absolute offset of the name
    name: str
    person: Mention | None  # the gazetteer person, when the name is one
    serves: tuple[str, ...]  # countries first, then organizations, named in the title
    office: str = ""  # the title in full words, as read before the name ("Wakil Menteri Pertanian")


def titled_names(doc: Doc, i: int) -> list[TitledName]:
    """Every office-introduced name of sentence i."""
    sentence = doc.sentences[i]
    found = []
    persons = [m for m in doc.mentions[i] if m.kind == "Person"]
    for head in titles().head.finditer(sentence.text):
        at = sentence.start + head.start()
        if any(m.start <= at < m.end for m in persons):
            continue  # "Sheikh Mohamed bin Zayed": the honorific is part of a known name
        if _MEETING_OF_OFFICES.search(sentence.text, 0, head.start()):
            continue  # "Pertemuan Menlu East Asia Summit": the ministers' meeting of a body, no person
        if _PLACE_NAMED_AFTER.search(sentence.text, 0, head.start()):
            continue  # "Bandara King Abdul Aziz", "Jalan Sultan Agung": a place named after a person
        read = _read_after_office(
            doc, i, sentence.start + head.end(), _served_before(doc, i, sentence.start + head.start())
        )
        if read is not None and read.person is None and titles().head.match(sentence.text, read.start - sentence.start):
            continue  # "Crown Prince and Prime Minister A": the next office's name, read from that office
        if read is not None:
            read = _known_within(read, persons)
            office = sentence.text[head.start() : read.start - sentence.start]
            # not "National Assembly Chairman Tran Thanh Man": a body's office, before a name of three words
            body_before = re.search(r"(?-i:[A-Z])[\w-]*\s+$", sentence.text[: head.start()])
            if office.strip(" ,").casefold() in titles().firm_heads and not body_before:
                read = _after_the_firm(read)
            found.append(replace(read, office=full_office(titles().honorific.sub("", office).strip(" ,"))))
    return found


def _after_the_firm(read: TitledName) -> TitledName:
    """ "CEO Baykar Haluk Bayraktar", "Chairman Republikorp Norman Joesoef": after a firm's office, a
    new name of three words or more starts with the firm's one-word name; the person is the rest."""
    words = read.name.split()
    if read.person is not None or len([w for w in words if w not in titles().particles]) < 3:
        return read
    firm = words[0]
    return replace(read, start=read.start + len(firm) + 1, name=read.name[len(firm) :].strip())


_MEETING_OF_OFFICES = re.compile(
    r"\b(?:[Pp]ertemuan|[Rr]apat|[Ss]idang|[Kk]onferensi|KTT|[Mm]esyuarat|Meeting|Conference)\s+$"
)


_PLACE_NAMED_AFTER = re.compile(
    r"\b(?:[Bb]andara|[Bb]andar [Uu]dara|Airport|[Jj]alan|Jl\.|[Mm]asjid|[Ss]tadion|[Pp]elabuhan|[Gg]edung"
    r"|[Tt]aman)\s+$"
)


def _known_within(read: TitledName, persons: list[Mention]) -> TitledName:
    """ "Kay Rala Xanana Gusmao": a new name that ends on a known person's name is that person, named
    in full."""
    if read.person is not None:
        return read
    end = read.start + len(read.name)
    inside = next((m for m in persons if read.start < m.start and m.end == end and " " in m.text), None)
    return read if inside is None else replace(read, person=inside)


def full_office(office: str) -> str:
    """The office with its short form spelled out: "Wamentan" → "Wakil Menteri Pertanian"."""
    first, _, rest = office.partition(" ")
    long = office_short_forms().get(first)
    return f"{long} {rest}".strip() if long else office


def _served_before(doc: Doc, i: int, offset: int) -> list[str]:
    """ "Indian Prime Minister", "Malaysia's Prime Minister", "Pakistan's Information and Broadcasting
    Minister": the country right before the office and its portfolio."""
    text, base = doc.sentences[i].text, doc.sentences[i].start
    for m in doc.kinds(i, "Country"):
        gap = text[m.end - base : offset - base]
        if m.end <= offset and re.fullmatch(r"(?:['’]s)?\s*", gap):
            return [m.concept]
        portfolio = re.fullmatch(r"['’]s\s+([\w\s,&-]+?)\s*", gap)
        if m.end <= offset and portfolio and all(map(_portfolio_word, re.findall(r"\w+", portfolio[1]))):
            return [m.concept]
    return []


_AT_THE_TIME = re.compile(r"(?:ketika|saat|kala|waktu|semasa) itu(?=\s*,)", re.I)


def _read_after_office(doc: Doc, i: int, offset: int, serves: list[str]) -> TitledName | None:
    sentence = doc.sentences[i]
    by_start: dict[int, Mention] = {}
    for m in doc.mentions[i]:  # the longest mention at each offset: the firm "China Communications ...", not "China"
        if m.kind in (*_SERVES, "Person", *_PLACES) and (m.start not in by_start or m.end > by_start[m.start].end):
            by_start[m.start] = m
    words = titles()
    depth = 0  # inside parentheses: "(PM)", "(HLSCC)"
    inside_place = 0  # "Putra Mahkota Abu Dhabi ...": the place an office is of belongs to the title
    owner = False  # the word before named a body or land whose own name comes next
    for n, tok in enumerate(_TOKEN.finditer(sentence.text, offset - sentence.start)):
        if n > _MAX_TITLE_WORDS:
            return None
        start, word = sentence.start + tok.start(), tok.group()
        if start < inside_place:
            continue
        owned, owner = owner, False
        then = _AT_THE_TIME.match(sentence.text, tok.start())
        if then is not None:  # "Menteri Luar Negeri ketika itu, A": the office held then, the name after the comma
            inside_place = sentence.start + then.end()
            continue
        if start in by_start and by_start[start].kind in _PLACES:
            inside_place = by_start[start].end
            serves.extend(_country_of_place(doc, by_start[start].concept))
            continue
        if words.head.fullmatch(word):
            return None  # another office follows ("Putra Mahkota Abu Dhabi Sheikh ..."): it is read on its own
        if word in "()":
            depth += 1 if word == "(" else -1
            continue
        if depth > 0:
            continue
        if word == ",":  # "Direktur Jenderal Kerja Sama Multilateral, Hendra Wiratama, ...", "his counterpart, X"
            following = _TOKEN.match(sentence.text, tok.end() + 1)
            if following is not None and _portfolio_word(following.group()) and following.group()[:1].isupper():
                continue  # "Minister of Science, Technology and Innovation Chang Li Kang": the portfolio goes on
            if _PORTFOLIO_ITEM.match(sentence.text, tok.end()):
                continue  # "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nadiem Makarim"
            return _name_in_apposition(doc, i, start, sentence.text[start - sentence.start :], serves)
        mention = by_start.get(start)
        if mention is not None and mention.kind == "Person":
            if _name_goes_on(doc, i, mention):  # "Najib Mikati" is not the "Najib" a gazetteer knows
                return _name_at(doc, i, start, serves)
            return TitledName(start, mention.text, mention, _ordered(doc, serves))
        if mention is not None:
            serves.append(mention.concept)
            return _name_after(doc, i, mention.end, serves)
        if _portfolio_word(word) or _acronym(word) or _ORDINAL.fullmatch(word) or word in doc.once(_short_forms):
            owner = owned or word.casefold() in words.owner_nouns
            continue  # "Ketua MPR", "Menteri Luar Negeri", "Departemen Asia ke-3": the office's body or portfolio
        if owned and _OWNER_THEN_NAME.match(sentence.text, tok.start()):
            continue  # "Gubernur Wilayah X A B": X is the region's name
        if word in org_words()[0]:  # "Ketua Komisi XI DPR, Mukhamad Misbakhun": a body, then the name
            return _name_after_body(doc, i, start + len(word), serves, by_start)
        if _starts_name(word) or titles().honorific.match(sentence.text, tok.start()):  # "Yang Amat Berhormat"
            body = _body_then_name(sentence.text, tok.start())
            if body is not None:  # "Dewan Kerja Sama Negara-Negara Teluk (GCC) Jasem ...": the body, then the name
                inside = range(start, sentence.start + body)  # "Badan Karantina Indonesia (Barantin)": Indonesia's
                serves += [m.concept for m in doc.kinds(i, "Country") if m.start in inside]
                # "... (Parlemen) Turki, Serkan Bayram": the body's country, then the name set off
                return _name_after(doc, i, sentence.start + body, serves)
            return _unless_apposed(doc, i, _name_at(doc, i, start, serves), serves)
        return None
    return None


_ROMAN = re.compile(r"[IVXL]{1,5}")
# one capitalised word, then a name of at least two capitalised words up to a comma, "dan" or the end
_OWNER_THEN_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){2,}\s*(?:,|\s+(?:dan|and)\b|[.;)]|$)")


def _name_after_body(
    doc: Doc, i: int, offset: int, serves: list[str], by_start: dict[int, Mention]
) -> TitledName | None:
    """The name after the rest of a body's name: its words up to the country or body it belongs to
    or its bracketed short name, and its numerals and initials ("Komisi I DPR Meutya Hafid", "Komisi
    XI DPR, Mukhamad Misbakhun", "Badan Karantina Indonesia (Barantin) Sahat M. Panggabean")."""
    sentence = doc.sentences[i]
    skip_to = offset
    body_named = False  # the body's country, parent body or short name has been read
    for n, tok in enumerate(_TOKEN.finditer(sentence.text, offset - sentence.start)):
        start, word = sentence.start + tok.start(), tok.group()
        if start < skip_to:
            continue
        if n > _MAX_TITLE_WORDS:
            return None
        served = by_start.get(start)
        if served is not None and served.kind in _SERVES:
            serves.append(served.concept)
            skip_to, body_named = served.end, True
            continue
        bracket = re.match(r"\([^()]{1,80}\)", sentence.text[tok.start() :])
        if bracket is not None:
            skip_to, body_named = start + bracket.end(), True
            continue
        if _ROMAN.fullmatch(word) or _acronym(word) or _portfolio_word(word) or _ORDINAL.fullmatch(word):
            continue
        if word == ",":
            return _name_in_apposition(doc, i, start, sentence.text[start - sentence.start :], serves)
        if served is not None and served.kind == "Person":
            return TitledName(start, served.text, served, _ordered(doc, serves))
        if not body_named and word[:1].isupper():
            continue  # "Badan Karantina ...": still the body's words
        return _name_at(doc, i, start, serves) if _starts_name(word) else None
    return None


# one capitalised word, then another comma or "dan"/"and": an item of a portfolio listed
_PORTFOLIO_ITEM = re.compile(r"\s+(?:[A-Z][\w-]*(?:,|\s+(?:dan|and)\s)|(?:dan|and)\s+(?=[A-Z]))")


def _country_of_place(doc: Doc, place: str) -> list[str]:
    """The country a place lies in, up its chain of places: a campus in a city in Russia is Russia's."""
    for _ in range(4):
        up = doc.lexicon.related(place, _LOCATED_IN)[:1]
        if not up:
            return []
        place = up[0]
        if doc.lexicon.kinds.get(place) in _SERVES:
            return [place]
    return []


def _unless_apposed(doc: Doc, i: int, found: TitledName | None, serves: list[str]) -> TitledName | None:
    """ "Direktur Jenderal Vinafood II, Tran Quoc Vinh, ...": words after an office followed by a
    name set off by commas are the office's body, and the name is the person's."""
    if found is None:
        return None
    sentence = doc.sentences[i]
    end = found.start + len(found.name)
    rest = sentence.text[end - sentence.start :]
    if not rest.startswith(","):
        return found
    apposed = _name_in_apposition(doc, i, end, rest, serves)
    if apposed is None or apposed.person is not None or any(_portfolio_word(w) for w in apposed.name.split()):
        return found
    return apposed


def _name_after(doc: Doc, i: int, offset: int, serves: list[str]) -> TitledName | None:
    """After the country of a title: more served bodies ("Rusia untuk ASEAN"), then the name."""
    sentence = doc.sentences[i]
    rest = sentence.text[offset - sentence.start :]
    possessive = re.match(r"['’]s\s+", rest)
    if possessive is not None:  # "Speaker of Malaysia's Dewan Rakyat ...": the body of that country
        return _name_after(doc, i, offset + possessive.end(), serves)
    before = sentence.text[: offset - sentence.start]
    if rest.startswith(")") and before.rfind("(") > before.rfind(")"):
        return _name_after(doc, i, offset + 1, serves)  # "PT X (Persero) A B": the body's name ended inside
    short = re.match(r"\s*\([^()]{1,80}\)", rest)
    if short is not None:  # "China Communications Construction Company (CCCC) Chen Yunfeng", "(... of China/GACC)"
        return _name_after(doc, i, offset + short.end(), serves)
    gap = len(rest) - len(rest.lstrip())
    start = offset + gap
    for m in doc.mentions[i]:
        if m.start == start and m.kind in _PLACES and gap:  # "Konsul Jenderal RI Kuching Jahar Gultom": the post's city
            return _name_after(doc, i, m.end, serves)
    for m in doc.mentions[i]:
        if m.start == start and m.kind == "Person":
            if _name_goes_on(doc, i, m):
                return _name_at(doc, i, start, serves)
            return TitledName(start, m.text, m, _ordered(doc, serves))
    link = re.match(r"\s*(?:untuk|ke|to|for|of|merangkap|concurrently to|serta)\s+", rest)  # Malay "ke"
    after_link = offset + (link.end() if link else gap)
    for m in doc.mentions[i]:
        if m.start == after_link and m.kind in _SERVES:  # "Ketua DPR Thailand", "Rusia untuk ASEAN"
            serves.append(m.concept)
            return _name_after(doc, i, m.end, serves)
    word = _TOKEN.match(rest, gap)
    if word is not None and _portfolio_word(word.group()) and _starts_name(word.group()):
        # "Wakil Ketua Umum Kadin Bidang Hubungan Internasional Rizal Tanjung": the body's portfolio first
        return _name_after(doc, i, offset + word.end(), serves)
    if word is not None and word.group() == ",":
        return _name_in_apposition(doc, i, offset, rest, serves)
    after_organization = bool(serves) and doc.lexicon.kinds.get(serves[-1]) == "Organization"
    comma = _body_words_to_comma(rest, after_organization)
    if comma is not None:  # "PT Pertamina Hulu EP, Dharma Wirawan": the rest of the body, then the name
        apposed = _name_in_apposition(doc, i, offset + comma, rest[comma:], serves)
        if apposed is not None:
            return apposed
    if word is None or not _starts_name(word.group()):
        return None
    acronymed = _BODY_WITH_ACRONYM.match(rest, gap)
    if acronymed is not None:  # "Malaysia Rail Link (MRL) Datuk Zulkarnain": a body the gazetteer lacks, then the name
        return _name_at(doc, i, offset + acronymed.end(), serves)
    return _name_at(doc, i, start, serves)


_BODY_WITH_ACRONYM = re.compile(r"(?:[A-Z][\w\-&]*\s+){1,5}\([A-Z][^()]{1,60}\)\s+")
# the words of a body the gazetteer lacks, its short name in brackets, then a capitalised word: "Badan
# Karantina Indonesia (Barantin) Sahat ...", "House of Representatives (DPR) of Indonesia Puan Maharani"
_BODY_ACRONYM_NAME = re.compile(
    r"(?:[A-Z][\w\-&]*\s+(?:(?:of|and|for|on|the)\s+)*){1,6}\((?:[^()]{2,80}/)?[A-Z][^()]{1,60}\)\s+"
    r"(?:of\s+(?:the\s+)?[A-Z][\w\-]*\s+)?(?=[A-Z][a-z])"
)


def _body_then_name(text: str, at: int) -> int | None:
    """Where the name starts after a body's words and its acronym, if they stand at ``at``."""
    found = _BODY_ACRONYM_NAME.match(text, at)
    return found.end() if found is not None else None


_APPOSITION = re.compile(r"\s*,\s+([^,]{3,60}?)\s*(?:,|\.?$)")
# "my counterpart from Timor Leste, Taur Matan Ruak where ...": a name not closed by a comma ends where
# the words turn lower-case
_OPEN_APPOSITION = re.compile(r"\s*,\s+((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*)(?=\s+[a-z])")


def _body_words_to_comma(rest: str, after_organization: bool) -> int | None:
    """Where the comma is, when only words of a portfolio or body ("Internasional", "EP") stand
    between a served body and it; after an organization, any capitalised words (a subsidiary's
    name: "Pertamina Hulu EP")."""
    count = 0
    for tok in _TOKEN.finditer(rest):
        word = tok.group()
        if word == ",":
            return tok.start() if count else None
        body_word = _portfolio_word(word) or _acronym(word)
        if count == 4 or not (body_word or (after_organization and word[:1].isupper())):
            return None
        count += 1
    return None


def _name_in_apposition(doc: Doc, i: int, offset: int, rest: str, serves: list[str]) -> TitledName | None:
    """ "Sekretaris Utama Urusan Luar Negeri Kenya, Korir Sing'oei, dari Nairobi": the name set off by
    commas after the office and its country."""
    m = _APPOSITION.match(rest)
    if m is None or re.search(r"\s(?-i:[a-z])", m.group(1)):
        open_name = _OPEN_APPOSITION.match(rest)
        if open_name is not None and not titles().head.match(open_name.group(1)):
            m = open_name  # not ", Prime Minister of Myanmar ...": another office
    if m is None or not _starts_name(m.group(1)) or _STREET.match(m.group(1)):
        return None  # "di Rumah Jabatan Gubernur, Jalan Moh. Yamin, Palu": an address, not the holder
    start = offset + m.start(1)
    served = next((x for x in doc.mentions[i] if x.start == start and x.kind in _SERVES), None)
    if served is not None and served.end == offset + m.end(1) and rest[m.end(1) : m.end()].strip() == ",":
        serves.append(served.concept)  # "Ketua Menteri Penang, Malaysia, Chow Kon Yeow": its country, then the name
        return _name_in_apposition(doc, i, offset + m.end() - 1, rest[m.end() - 1 :], serves)
    for mention in doc.mentions[i]:
        if mention.start == start and mention.kind == "Person":
            return TitledName(start, mention.text, mention, _ordered(doc, serves))
    found = _name_at(doc, i, start, serves)
    apposed = m.group(1).strip()
    honorific = titles().honorific.match(apposed)  # "Dato' Syed Mohamad Hasrin": the name after it
    apposed = apposed[honorific.end() :] if honorific else apposed
    first, _, rest_of_name = apposed.strip().partition(" ")
    if rest_of_name and (_acronym(first) or first in doc.once(_short_forms)):
        apposed = rest_of_name  # "Mayjen TNI Bambang Sutejo": the force before the name
    return found if found is not None and len(found.name) == len(apposed.strip()) else None


_STREET = re.compile(r"(?:Jalan|Jln?\.?|Street|Road|Avenue)\s", re.I)


def _name_goes_on(doc: Doc, i: int, person: Mention) -> bool:
    """A one-word gazetteer name followed by another capitalised word that nothing else claims:
    the text names someone else with the same first name."""
    if len(person.text.split()) > 1:
        return False
    sentence = doc.sentences[i]
    nxt = _TOKEN.match(sentence.text, person.end - sentence.start + 1) if person.end < sentence.end else None
    if nxt is None or sentence.text[person.end - sentence.start : person.end - sentence.start + 1] != " ":
        return False
    claimed = any(m.start == sentence.start + nxt.start() for m in doc.mentions[i])
    initial = "." in nxt.group() and len(nxt.group()) <= 5  # "Retno L.P. Marsudi": the same person
    return _starts_name(nxt.group()) and not claimed and not initial


_SHORT_FORM_GIVEN = re.compile(r"\b[A-Z][\w-]*\s*\(([A-Z][A-Za-z]{2,11})\)")


def _short_forms(doc: Doc) -> frozenset[str]:
    """The short names the article gives bodies in brackets ("Badan Karantina Indonesia (Barantin)"):
    between an office and a name, such a word is the body ("Wakil Kepala Barantin A B")."""
    return frozenset(m.group(1) for m in _SHORT_FORM_GIVEN.finditer(doc.article.text))


def _acronym(word: str) -> bool:
    """ "MPR", "DPR", "ASEAN": a body's initials stand between an office and a name."""
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


def _portfolio_word(word: str) -> bool:
    words = titles()
    return word.casefold().rstrip(".") in words.portfolio or bool(words.portfolio_shape.fullmatch(word))


def _starts_name(word: str) -> bool:
    return word[:1].isupper() and word.casefold().rstrip(".") not in titles().not_names


def _name_at(doc: Doc, i: int, start: int, serves: list[str]) -> TitledName | None:
    """Up to four capitalised words (initials and particles such as "bin" inside) from ``start``,
    after any honorifics ("Datuk Seri", "Tan Sri")."""
    sentence = doc.sentences[i]
    honorific = titles().honorific.match(sentence.text, start - sentence.start)
    if honorific:
        start = sentence.start + honorific.end()
    # a sector word inside a name is the name's ("Mohamad Sabu"), not a stop
    stops = {m.start for m in doc.mentions[i] if m.kind not in ("Person", "Sector") and m.start > start}
    words: list[tuple[str, int]] = []  # (word, absolute end)
    skip_to = start
    for tok in _TOKEN.finditer(sentence.text, start - sentence.start):
        word, at = tok.group(), sentence.start + tok.start()
        if at < skip_to:
            continue
        inner = titles().honorific.match(sentence.text, tok.start())
        if inner and len(inner.group().strip()) <= 2:
            inner = None  # "Yasonna H. Laoly": an initial inside the name, not "H." (Haji) before it
        if words and inner:  # "Pengembangan Prof. Hendra Gunawan": a name starts after its honorific
            words, start = [], sentence.start + inner.end()
            skip_to = start
            continue
        if _brand(word) or word in org_words()[1]:  # "PhosAgro Sergei Pronin", "... University Zhou Ming"
            words, start, skip_to = [], sentence.start + tok.end() + 1, sentence.start + tok.end()
            continue
        if not words and (_acronym(word) or word in doc.once(_short_forms)):  # "Mayjen TNI A B": the force
            start, skip_to = sentence.start + tok.end() + 1, sentence.start + tok.end()
            continue
        named = [w for w, _ in words if w not in titles().particles]
        if at in stops or len(named) == _MAX_NAME_WORDS:
            break
        if not (word[:1].isupper() or (words and word in titles().particles)):
            break
        words.append((word, sentence.start + tok.end()))
        if word in _SUFFIXES:
            break  # "Jose Faustino Jr. Persetujuan ...": a suffix ends the name
    while words and words[-1][0] in titles().particles:
        words.pop()
    end = words[-1][1] if words else start
    name = sentence.text[start - sentence.start : end - sentence.start].rstrip(".,")
    if not _is_new_name(doc, name) and not _single_name(doc, name, sentence.text[end - sentence.start :]):
        return None
    return TitledName(start, name, None, _ordered(doc, serves))


_ACTING_NEXT = re.compile(r"^\s+(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}\b")


def _single_name(doc: Doc, name: str, after: str) -> bool:
    """ "Wakil Menteri Pertanian Sudaryono memimpin ...": one name, as many Indonesians have, when
    the verb it is the subject of follows at once."""
    return (
        re.fullmatch(r"[A-Z][a-z]{4,}", name) is not None
        and bool(_ACTING_NEXT.match(after))
        and not _portfolio_word(name)
        and name.casefold() not in titles().not_names
        and normalize_tokens(name) not in doc.lexicon.entries
        and not any(name in a.label.split() for a in doc.actors.values() if a.kind == "Person")  # "Menlu Thongsavanh"
    )


_BRAND = re.compile(r"^(?!Mc|Mac)[A-Z][a-z]+[A-Z]\w*$")


def _brand(word: str) -> bool:
    """A word with a capital inside ("PhosAgro", "QatarEnergy") names a firm, not a person."""
    return bool(_BRAND.match(word))


def _is_new_name(doc: Doc, name: str) -> bool:
    """Two or more words, none of them an office word, and not itself a lexicon term."""
    tokens = name.split()
    if len(tokens) < 2 or any(t.casefold().rstrip(".") in titles().not_names for t in tokens):
        return False
    if titles().head.fullmatch(tokens[0]):
        return False
    if tokens[-1] in org_words()[1]:
        return False  # "Speaker of the Grand National Assembly": the body the office is of, not a name
    return normalize_tokens(name) not in doc.lexicon.entries


def _ordered(doc: Doc, serves: list[str]) -> tuple[str, ...]:
    """Countries before organizations: a minister of the Communist Party of Vietnam serves Vietnam."""
    kinds = doc.lexicon.kinds
    unique = list(dict.fromkeys(serves))
    return tuple(sorted(unique, key=lambda c: 0 if kinds.get(c) == "Country" else 1))
