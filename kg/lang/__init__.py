"""The language layer: word lists of each language the extractor reads, one data file each.

Extraction stages ask this package for the words of a language (titles and offices, the words
of a ministry's portfolio, name particles) instead of keeping their own lists, so supporting
another language means adding a data file here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

_HERE = Path(__file__).resolve().parent
LANGUAGES = ("id", "en")


@dataclass(frozen=True, slots=True)
class Titles:
    """Words that introduce a person by office: "Menteri Perdagangan Indonesia Budi Santoso"."""

    head: re.Pattern[str]  # an office word at the start of a title ("Menteri", "Prime Minister")
    portfolio: frozenset[str]  # folded words that may stand between the office and the name
    particles: frozenset[str]  # lower-case words inside names ("bin", "da")
    not_names: frozenset[str]  # capitalised words that never start a person's name
    honorific: re.Pattern[str]  # honorifics before a name, not part of it ("Datuk Seri", "Tan Sri")
    portfolio_shape: re.Pattern[str]  # a word shaped like a portfolio noun ("Perindustrian", "Kelautan")
    owner_nouns: frozenset[str]  # folded nouns whose own name follows them ("Wilayah X", "Dewan X")
    firm_heads: frozenset[str]  # folded offices of a firm, whose name may come before the person's ("CEO Baykar A B")


@cache
def _data(lang: str) -> dict:
    with open(_HERE / f"{lang}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@cache
def titles() -> Titles:
    """The title words of every language together: articles mix them ("PM", "Chairman")."""
    heads: list[str] = []
    portfolio: set[str] = set()
    particles: set[str] = set()
    not_names: set[str] = set()
    honorifics: set[str] = set()
    shapes: list[str] = []
    owners: set[str] = set()
    firm_heads: set[str] = set()
    for lang in LANGUAGES:
        data = _data(lang)["titles"]
        heads.extend(data["head"])
        heads.extend(map(re.escape, _data(lang).get("office_short_forms", {})))
        portfolio.update(w.casefold() for w in data["portfolio"])
        particles.update(data["particles"])
        not_names.update(w.casefold() for w in data.get("not_names", []))
        honorifics.update(data.get("honorifics", []))
        shapes.extend(data.get("portfolio_shapes", []))
        owners.update(w.casefold() for w in data.get("owner_nouns", []))
        firm_heads.update(w.casefold() for w in data.get("firm_heads", []))
    ordered = sorted(set(heads), key=len, reverse=True)  # longest office first: "Wakil Perdana Menteri"
    # "then-President A": a hyphen after "then" joins no word to the office
    head = re.compile(r"(?:(?<![\w-])|(?<=\bthen-))(?:" + "|".join(ordered) + r")(?![\w-])")
    longest_first = sorted(honorifics, key=len, reverse=True)
    honorific = re.compile(r"(?:(?:" + "|".join(map(re.escape, longest_first)) + r")\s+)+")
    shape = re.compile("|".join(f"(?:{x})" for x in shapes) or r"(?!)")
    return Titles(
        head,
        frozenset(portfolio),
        frozenset(particles),
        frozenset(not_names),
        honorific,
        shape,
        frozenset(owners),
        frozenset(firm_heads),
    )


@dataclass(frozen=True, slots=True)
class CountryOfficeWords:
    """ "the Indonesian president", "the Uzbek leader": an office after a country's adjective."""

    pattern: re.Pattern[str]  # matched right after the country's word, with the group ``office``
    offices: dict[str, tuple[str, ...]]  # folded office word → folded heads of the offices it names
    any_holder: frozenset[str]  # office words that fit a person of no title told ("leader")


@cache
def country_office_words() -> CountryOfficeWords:
    table = {
        k.casefold(): tuple(h.casefold() for h in v)
        for lang in LANGUAGES
        for k, v in _data(lang).get("country_offices", {}).items()
    }
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True)) or "(?!)"
    loose = frozenset(w.casefold() for lang in LANGUAGES for w in _data(lang).get("country_office_any_holder", []))
    return CountryOfficeWords(re.compile(rf"\s+(?P<office>{words})\b", re.I), table, loose)


@cache
def ministry_portfolios() -> dict[str, str]:
    """English adjectives of a ministry and its portfolio: "foreign ministries" → "Foreign Affairs"."""
    return {k.casefold(): v for lang in LANGUAGES for k, v in _data(lang).get("ministry_portfolios", {}).items()}


@cache
def english_name_fields() -> tuple[str, ...]:
    """Field words an English body's name joins with "and": "Research and Development Institute"."""
    return tuple(_data("en")["name_fields"])


@cache
def office_short_forms() -> dict[str, str]:
    """Short forms of offices and what they stand for: "Wamentan" → "Wakil Menteri Pertanian"."""
    return {k: v for lang in LANGUAGES for k, v in _data(lang).get("office_short_forms", {}).items()}


@dataclass(frozen=True, slots=True)
class DocumentListWords:
    """The words of a list of documents: "ketiga kesepakatan itu ialah ..., ..., serta ..."."""

    set_noun: re.Pattern[str]  # a noun naming a set of documents
    opener: re.Pattern[str]  # what stands between the set and its first item (":" or "yaitu")
    joiner: re.Pattern[str]  # the words that join the last item ("serta", "and")
    item_head: re.Pattern[str]  # a word that opens an item though it names no kind ("persetujuan ...")
    partial: re.Pattern[str]  # an opener that names only some of the set ("antara lain", "including")
    topic_opener: re.Pattern[str]  # what opens a list of the set's topics ("masing-masing tentang")
    fields_of_the_set: re.Pattern[str]  # a sentence listing the fields of the set told before ("Bidangnya meliputi")
    rest_of_the_set: re.Pattern[str]  # the rest of a set counted earlier, by topic ("Other documents deal with")


@cache
def document_list_words() -> DocumentListWords:
    def words(key: str) -> str:
        found = [w for lang in LANGUAGES for w in _data(lang)["document_lists"][key]]
        return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))

    return DocumentListWords(
        set_noun=re.compile(rf"\b(?:{words('set_nouns')})\b", re.I),
        opener=re.compile(rf"^\s*(?::|,?\s*\b(?:{words('openers')})\b\s*:?)\s*", re.I),
        joiner=re.compile(rf"^\s*,?\s*\b(?:{words('joiners')})\b\s*", re.I),
        item_head=re.compile(rf"^(?:{words('item_heads')})\b", re.I),
        partial=re.compile(rf"\b(?:{words('partial_openers')})\b", re.I),
        topic_opener=re.compile(rf",?\s*\b(?:{words('topic_openers')})\b\s*:?\s*", re.I),
        fields_of_the_set=re.compile(rf"^\W*(?:{words('fields_of_the_set')})\s*:?\s+", re.I),
        rest_of_the_set=re.compile(rf"^\W*(?:{words('rest_of_the_set')})\s*:?\s+", re.I),
    )


@cache
def counted() -> re.Pattern[str]:
    """A count that ends right before a noun: "sembilan", "lebih dari 30", "several"."""
    counts = [w for lang in LANGUAGES for w in _data(lang)["counts"]]
    leads = [w for lang in LANGUAGES for w in _data(lang)["count_lead"]]
    number = r"(?<![\d.,])\d{1,3}(?![\d.,])"
    return re.compile(
        rf"(?:\b(?:{'|'.join(leads)})\s+)?\b(?P<count>{number}|{'|'.join(counts)})"
        r"(?:\s+(?:buah|lembar|naskah|new|bilateral|cooperation))?\s*$",
        re.I,
    )


def count_value(count: str) -> int | None:
    """The number a count says: "12" → 12, "tiga" → 3, "lebih dari 30" → None (not exact)."""
    words = count.casefold().split()
    if len(words) != 1:
        return None
    return int(words[0]) if words[0].isdigit() else event_day_words().numbers.get(words[0])


@cache
def vague_count() -> re.Pattern[str]:
    """A count that gives no number: "sejumlah", "beberapa", "several"."""
    words = [w for lang in LANGUAGES for w in _data(lang)["vague_counts"]]
    leads = [w for lang in LANGUAGES for w in _data(lang)["count_lead"]]
    return re.compile(rf"(?:(?:{'|'.join(leads)})\s+)?(?:{'|'.join(words)})", re.I)


@cache
def opening(name: str) -> re.Pattern[str]:
    """A sentence opening of every language: ``same_day`` ("Sore harinya"), ``next_day``."""
    words = [w for lang in LANGUAGES for w in _data(lang)[name]]
    return re.compile(r"^\W*(?:" + "|".join(words) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class OrganizationWords:
    heads: dict[str, str]  # folded head words → English head ("kementerian" → "Ministry")
    of_heads: frozenset[str]  # English heads named "<Head> of <portfolio>"
    adjectives: dict[str, str]
    words: dict[str, str]
    proper_heads: dict[str, str]  # heads before a proper name: "Universitas Gadjah Mada" → "... University"
    state_forms: frozenset[str]  # "Republik" before a country's name: the country's, not the body's
    place_heads: dict[str, str]  # a region's government, the region after it: "pemprov" → "Provincial Government"


@cache
def organization_words() -> OrganizationWords:
    data = _data("id")["organizations"]
    fold = {k.casefold(): v for k, v in data["words"].items()}
    return OrganizationWords(
        {k.casefold(): v for k, v in data["heads"].items()},
        frozenset(data["of_heads"]),
        {k.casefold(): v for k, v in data["adjectives"].items()},
        fold,
        {k.casefold(): v for k, v in data["proper_heads"].items()},
        frozenset(data.get("state_forms", [])),
        {k.casefold(): v for k, v in data.get("place_heads", {}).items()},
    )


def english_organization(name: str, country: str | None) -> str | None:
    """ "Kementerian Pertahanan Nasional" of Vietnam → "Ministry of National Defence of Vietnam";
    None when a word of the name is not in the word list (no guessing)."""
    words = organization_words()
    tokens = name.split()
    while country and tokens and tokens[-1] in words.state_forms:
        tokens.pop()  # "Kementerian Luar Negeri Republik" (of Tajikistan): the state's form is the country's
    named, proper = _longest(tokens, words.proper_heads)
    if named is not None and proper and all(w[:1].isupper() for w in proper):
        english = _proper_head_name(named, proper, words)
        # "Universitas Nasional" of Tajikistan: a name of common words only is known by its country
        common = all(w.casefold() in words.adjectives or w.casefold() in words.words for w in proper)
        return f"{english} of {country}" if country and common else english
    head, rest = _longest(tokens, words.heads)
    if head is None:
        return None
    parts: list[tuple[str, bool]] = []  # (English, is adjective)
    while rest:
        adjective, after = _longest(rest, words.adjectives)
        noun, after_noun = _longest(rest, words.words)
        if noun is not None and (adjective is None or len(after_noun) <= len(after)):
            parts.append((noun, False))
            rest = after_noun
        elif adjective is not None:
            parts.append((adjective, True))
            rest = after
        else:
            return None
    if head not in words.of_heads:
        parts = _modifiers_first(parts)
    body = " ".join(_adjectives_first(parts))
    if body.startswith("and "):  # "Kamar Dagang dan Industri": the head holds the first noun
        english = f"{head} {body}"
    else:
        english = f"{head} of {body}" if head in words.of_heads and body else f"{body} {head}".strip()
    return f"{english} of {country}" if country else english


def names_its_country(body: str, country: str) -> bool:
    """ "Ministry of Education of Tajikistan", "Turkmenistan Standardisation Centre": an English body
    name that gives the country the body belongs to."""
    return body.endswith(" of " + country) or body.startswith(country + " ")


def region_government(head: str, region: str) -> str | None:
    """ "Pemprov" of East Java → "East Java Provincial Government"; None for a head of no region's government."""
    english = organization_words().place_heads.get(" ".join(head.split()).casefold())
    return f"{region} {english}" if english else None


def government_of_a_place(name: str) -> str | None:
    """ "Pemerintah Provinsi Fujian" → "Fujian Provincial Government": a region's government named by a
    head and a proper name of one to three words the gazetteer may not know."""
    words = name.split()
    for n in (2, 1):
        rest = words[n:]
        if 1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest):
            english = region_government(" ".join(words[:n]), " ".join(rest))
            if english is not None:
                return english
    return None


def english_variants(english: str) -> tuple[str, ...]:
    """The other English names of an organization named by ``english_organization``: "Ministry of
    Home Affairs of Thailand" is also "Ministry of Interior of Thailand"."""
    words = _data("id")["organizations"]
    out: list[str] = []
    for word, others in words.get("variants", {}).items():
        if re.search(rf"\b{re.escape(word)}\b", english):
            out.extend(re.sub(rf"\b{re.escape(word)}\b", other, english) for other in others)
    for country in words.get("countries_with_the", []):
        if english.endswith(f" of {country}"):  # "... of the United Arab Emirates", as English writes it
            out.extend(f"{name[: -len(country)]}the {country}" for name in (english, *out))
    named = _BODY_OF_PLACE.fullmatch(english)
    if named is not None:  # "Investment Development Agency of Tatarstan" is the "Tatarstan Investment ..."
        out.append(f"{named['place']} {named['body']}")
    return tuple(out)


# "<body> of <place>" where the body's own name has no "of" ("Investment Development Agency of Tatarstan")
_BODY_OF_PLACE = re.compile(r"(?P<body>(?:(?! of ).)+) of (?P<place>[A-Z](?:(?! of )[\w' ])+)")


def _proper_head_name(head: str, proper: list[str], words: OrganizationWords) -> str:
    """ "Universitas Gadjah Mada" → "Gadjah Mada University"; a field or a kind before the proper name
    goes with the head: "Institut Teknologi Bandung" → "Bandung Institute of Technology", "Politeknik
    Negeri Bandung" → "Bandung State Polytechnic"."""
    adjectives: list[str] = []
    field, rest = _longest(proper, words.words)
    while field is None and rest:
        adjective, after = _longest(rest, words.adjectives)
        if adjective is None:
            break
        adjectives.append(adjective)
        field, rest = _longest(after, words.words)
        rest = rest if field is not None else after
    if not rest and adjectives and not field:
        return " ".join([*reversed(adjectives), head])  # "Universitas Nasional": "National University"
    if not rest:
        return f"{head} of {field}" if field and not adjectives else f"{' '.join(proper)} {head}"
    named = " ".join([*rest, *reversed(adjectives), head])  # "Islam Negeri": "State Islamic"
    return f"{named} of {field}" if field else named


def _longest(tokens: list[str], table: dict[str, str]) -> tuple[str | None, list[str]]:
    for n in range(min(4, len(tokens)), 0, -1):
        key = " ".join(tokens[:n]).casefold()
        if key in table:
            return table[key], tokens[n:]
    return None, tokens


def _modifiers_first(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Indonesian and Malay name the head noun first, English last: "Badan Promosi Pariwisata" is the
    "Tourism Promotion Agency", "Perbadanan Pembangunan Industri Halal" the "Halal Industry Development
    Corporation". Each noun keeps the adjectives after it; a list joined by "and" keeps its order."""
    if any(text == "and" for text, _ in parts):
        return parts
    units: list[list[tuple[str, bool]]] = []
    for part in parts:
        if part[1] and units:
            units[-1].append(part)
        else:
            units.append([part])
    return [part for unit in reversed(units) for part in unit]


def _adjectives_first(parts: list[tuple[str, bool]]) -> list[str]:
    """Indonesian puts the adjective after its noun: "Pertahanan Nasional" is "National Defence"."""
    out: list[str] = []
    for text, adjective in parts:
        if adjective and out and out[-1] not in ("and",):
            out.insert(len(out) - 1, text)
        else:
            out.append(text)
    return out


@cache
def document_name_stop(lang: str) -> re.Pattern[str] | None:
    """The words that end a document's name after its kind word, in a language whose names go on
    after it ("perjanjian pencegahan kejahatan"); None where modifiers come first ("a crime
    prevention agreement")."""
    words = _data(lang).get("document_name_stops") if lang in LANGUAGES else None
    return re.compile(r"(?:" + "|".join(words) + r")", re.I) if words else None


@cache
def anywhere(name: str, end: bool = False) -> re.Pattern[str]:
    """The words of a list wherever they stand in a sentence: ``next_day``, ``previous_day``;
    with ``end``, only as the last word of a text ("in " before "May")."""
    words = [w for lang in LANGUAGES for w in _data(lang)[name]]
    return re.compile(r"\b(?:" + "|".join(words) + (r")\b[\s-]*$" if end else r")\b"), re.I)


@dataclass(frozen=True, slots=True)
class EventDayWords:
    """The words that count a day within a multi-day event ("pada hari kedua kunjungan") and give
    the event's length ("selama tiga hari", "a three-day visit")."""

    day: tuple[re.Pattern[str], ...]  # each with the group ``n``, an ordinal word
    length: tuple[re.Pattern[str], ...]  # each with the group ``n``, a number
    ordinals: dict[str, int | str]  # folded ordinal → its number, or "last"
    numbers: dict[str, int]


@cache
def event_day_words() -> EventDayWords:
    data = [_data(lang) for lang in LANGUAGES]
    return EventDayWords(
        day=tuple(re.compile(d["event_day"], re.I) for d in data),
        length=tuple(re.compile(d["event_length"], re.I) for d in data),
        ordinals={k.casefold(): v for d in data for k, v in d["ordinals"].items()},
        numbers={k.casefold(): v for d in data for k, v in d["numbers"].items()},
    )


@dataclass(frozen=True, slots=True)
class TimeLater:
    """ "Setahun kemudian", "three months later": a count of years or months after the time told before."""

    patterns: tuple[re.Pattern[str], ...]  # groups ``n`` (a count word or digits) and ``unit``/``unit2``
    numbers: dict[str, int]


_ONE = {"se": 1, "satu": 1, "a": 1, "an": 1, "one": 1}  # "setahun", "a year": one, in no list of counts


@cache
def time_later() -> TimeLater:
    data = [_data(lang) for lang in LANGUAGES]
    numbers = {k.casefold(): v for d in data for k, v in d["numbers"].items()}
    return TimeLater(tuple(re.compile(d["time_later"], re.I) for d in data), {**_ONE, **numbers})
