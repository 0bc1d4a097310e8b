"""The name-swap check: does the extractor read the text, or recognise the names it was built on?

For every annotated article, the gold's people are replaced in the text by other people (half by
real leaders of the gazetteer, half by invented names that no gazetteer holds), the gold's
countries by other countries (English, Indonesian and adjective forms alike), and every date is
moved by a whole number of weeks, which keeps weekdays true. The extractor runs on the original and on
the swapped text; the original extraction, mapped through the same substitution, is what the
swapped extraction should be. Compared: summits (count, date, participants, sectors), agreements
(count, parties), actors and memberships.

    python bench/nameswap.py                                   # examples/
    python bench/nameswap.py --articles ../shared/dev/articles --gold ../shared/dev/gold --json out.json

Figures per article and in total: `reproduced` (original facts found again after the swap),
`unexplained` (facts of the swapped run that the original does not explain) and `agreement`
(facts in both runs over facts in either). The substitution is deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.evaluate.gold import gold_documents  # noqa: E402
from kg.ingest import decode, read_article  # noqa: E402
from kg.lexicon import Lexicon, fold, normalize_tokens  # noqa: E402
from kg.model import Agreement, DateValue, Extraction  # noqa: E402

DATA = Path(__file__).with_name("nameswap.yaml")
EXAMPLES = (ROOT / "examples" / "articles", ROOT / "examples" / "gold")
_WORD = re.compile(r"\w+")
_JOIN = re.compile(r"[ \t'’\-‐.]{1,3}")  # what may stand between two words of one name

Extract = Callable[[Path], Extraction]


# -- data ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CountryNames:
    en: str
    id: str
    adj: str
    other: tuple[str, ...] = ()  # other names the articles write ("Cina" beside "Tiongkok")


@dataclass(frozen=True, slots=True)
class SwapData:
    """The contents of nameswap.yaml."""

    seed: int
    weeks: int
    years: int
    months: tuple[tuple[str, ...], ...]
    real_people: tuple[str, ...]
    given: tuple[str, ...]
    family: tuple[str, ...]
    double_barrelled: float
    not_short_forms: frozenset[str]
    given_name_honorifics: frozenset[str]
    countries: tuple[CountryNames, ...]

    def country(self, name: str) -> CountryNames | None:
        return next((c for c in self.countries if c.en == name), None)


def load_data(path: Path = DATA) -> SwapData:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if abs(raw["weeks"] * 7 - raw["years"] * 365.2425) > 7:
        raise ValueError(f"{path.name}: 'weeks' and 'years' must be the same span to within a week")
    invented = raw["invented"]
    return SwapData(
        seed=int(raw["seed"]),
        weeks=int(raw["weeks"]),
        years=int(raw["years"]),
        months=tuple(tuple(row) for row in raw["months"]),
        real_people=tuple(raw["real_people"]),
        given=tuple(invented["given"]),
        family=tuple(invented["family"]),
        double_barrelled=float(invented["double_barrelled"]),
        not_short_forms=frozenset(fold(w) for w in raw["not_short_forms"]),
        given_name_honorifics=frozenset(fold(w) for w in raw["given_name_honorifics"]),
        countries=tuple(CountryNames(**{**c, "other": tuple(c.get("other", ()))}) for c in raw["countries"]),
    )


# -- the substitution of one article ---------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Person:
    full: str
    real: bool  # a real leader of the gazetteer, or an invented name

    @property
    def short(self) -> str:
        return self.full.split()[-1]


@dataclass(frozen=True, slots=True)
class Form:
    """A word sequence of the text to replace, and the case it must have to count."""

    replacement: str
    exact: str | None = None  # short capital forms ("RI") match in exactly this spelling
    titled: int = 0  # words of an office kept as written before the name ("sultan haitham" in a tag line)
    honorific: bool = False  # the kept word is an honorific the given name needs ("Sheikh Mohammed")


@dataclass
class Plan:
    """One article's substitution: who and what replaces whom, and how the text forms map."""

    language: str
    dates: Dates
    people: dict[str, Person] = field(default_factory=dict)  # original canonical name → replacement
    countries: dict[str, CountryNames] = field(default_factory=dict)  # original English name → new
    forms: dict[tuple[str, ...], Form] = field(default_factory=dict)  # folded words → replacement
    label_forms: dict[tuple[str, ...], Form] = field(default_factory=dict)  # the same, in English

    @property
    def canonical(self) -> dict[str, str]:
        names = {old: new.full for old, new in self.people.items()}
        return names | {old: new.en for old, new in self.countries.items()}

    def label(self, name: str) -> str:
        """A canonical name (or a name read from the text) after the swap."""
        return self.canonical.get(name) or swap_text(name, self, self.label_forms)

    def original(self, name: str) -> str | None:
        return next((old for old, new in self.canonical.items() if new == name), None)

    def shift(self, date: DateValue | None) -> DateValue | None:
        return self.dates.value(date)


def plan_swap(
    doc: dict,
    text: str,
    data: SwapData,
    lexicon: Lexicon,
    *,
    countries: bool = True,
    published: DateValue | None = None,
) -> Plan:
    """The substitution of one gold article, drawn from a generator seeded by the seed and its name.

    ``published``: the article's date as the extractor reads it; the year of "(8/7)" and "July 1".
    """
    rng = random.Random(f"{data.seed}:{doc['article']}")
    dates = Dates(data.weeks * 7, data.years, data.months, published)
    plan = Plan(str(doc.get("language") or "id"), dates)
    taken = _words_of(text) | _gold_words(doc)
    people = [a["name"] for a in doc.get("actors") or [] if a.get("type") == "Person"]
    start = rng.randrange(2)
    for i, name in enumerate(people):
        plan.people[name] = _draw_person(rng, data, lexicon, taken, real=(i + start) % 2 == 1)
        taken |= set(normalize_tokens(plan.people[name].full))
    if countries:
        _plan_countries(plan, doc, text, data, rng)
    plan.forms = _forms(plan, plan.language, text, data, lexicon)
    plan.label_forms = _forms(plan, "mixed", text, data, lexicon)  # labels mix English and Indonesian
    return plan


def _words_of(text: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(text)}


def _gold_words(doc: dict) -> set[str]:
    return {w for a in doc.get("actors") or [] for w in normalize_tokens(str(a.get("name", "")))}


def _draw_person(rng: random.Random, data: SwapData, lexicon: Lexicon, taken: set[str], *, real: bool) -> Person:
    if real:
        pool = [n for n in data.real_people if not set(normalize_tokens(n)) & taken]
        if pool:
            return Person(rng.choice(pool), real=True)
    for _ in range(1000):
        name = _invented_name(rng, data)
        words = normalize_tokens(name)
        if not set(words) & taken and not _in_lexicon(lexicon, words):
            return Person(name, real=False)
    raise ValueError("no invented name is left that the article and the gazetteer do not hold")


def _invented_name(rng: random.Random, data: SwapData) -> str:
    family = rng.choice(data.family)
    if rng.random() < data.double_barrelled:
        family = f"{family}-{rng.choice([f for f in data.family if f != family])}"
    return f"{rng.choice(data.given)} {family}"


def _in_lexicon(lexicon: Lexicon, words: tuple[str, ...]) -> bool:
    return words in lexicon.entries or any((w,) in lexicon.entries for w in words)


def _plan_countries(plan: Plan, doc: dict, text: str, data: SwapData, rng: random.Random) -> None:
    named = [a["name"] for a in doc.get("actors") or [] if a.get("type") == "Country" and data.country(a["name"])]
    words = _words_of(text)
    pool = [c for c in data.countries if c.en not in named and not _mentioned(c, words)]
    for name in named:
        if not pool:
            return
        plan.countries[name] = pool.pop(rng.randrange(len(pool)))


def _mentioned(country: CountryNames, words: set[str]) -> bool:
    return any(set(normalize_tokens(n)) <= words for n in (country.en, country.id, country.adj, *country.other))


# -- dates -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Dates:
    """A date with a day moves by ``days`` (whole weeks); a month or a year by ``years``."""

    days: int
    years: int
    months: tuple[tuple[str, ...], ...]
    published: DateValue | None = None

    def value(self, date: DateValue | None) -> DateValue | None:
        if date is None:
            return None
        if date.day and date.month:
            moved = self.day(date.year, date.month, date.day)
            return DateValue(moved.year, moved.month, moved.day)
        return DateValue(self.year(date.year), date.month)

    def day(self, year: int, month: int, day: int) -> dt.date:
        return dt.date(year, month, day) + dt.timedelta(days=self.days)

    def year(self, year: int) -> int:
        return year + self.years

    @property
    def pattern(self) -> re.Pattern[str]:
        return _date_pattern(self.months)


def _date_pattern(months: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    m = "(?:" + "|".join(sorted({w for row in months for w in row}, key=len, reverse=True)) + r")\.?"
    y = r"(?:19|20)\d\d"
    d = r"\d{1,2}"
    forms = [
        rf"(?P<iso>(?P<iso_y>{y})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d))",  # 2022-07-01
        rf"(?P<dmy>(?P<dmy_d>{d})\s+(?P<dmy_m>{m})\s+(?P<dmy_y>{y}))",  # 9 Juli 2024
        rf"(?P<mdy>(?P<mdy_m>{m})\s+(?P<mdy_d>{d}),?\s+(?P<mdy_y>{y}))",  # July 9, 2024
        rf"(?P<num>(?P<num_d>{d})/(?P<num_m>{d})/(?P<num_y>{y}))",  # 9/7/2024
        rf"(?P<my>(?P<my_m>{m})\s+(?:tahun\s+|of\s+)?(?P<my_y>{y}))",  # Juli 2024
        rf"(?P<dm>\((?P<dm_d>{d})/(?P<dm_m>{d})\))",  # (8/7): the year of publication
        rf"(?P<md>(?P<md_m>{m})\s+(?P<md_d>{d}))",  # July 1
        rf"(?P<dmn>(?P<dmn_d>{d})\s+(?P<dmn_m>{m}))",  # 20 Juni
        rf"(?P<y>{y})",  # 2024
    ]
    return re.compile(r"(?<![\w.,])(?:" + "|".join(forms) + r")(?!\w|[.,]\d)", re.I)


def shift_dates(text: str, dates: Dates) -> str:
    """Every date of the text moved; a date that is no date (31/2/2024) stays as written."""
    return dates.pattern.sub(lambda m: _shifted(m, dates), text)


def _shifted(m: re.Match[str], dates: Dates) -> str:
    kind = m.lastgroup or ""
    if kind == "y":
        return str(dates.year(int(m.group())))
    if kind == "my":
        return _put(m, {"my_y": str(dates.year(int(m["my_y"])))})
    year = int(m[f"{kind}_y"]) if f"{kind}_y" in m.re.groupindex else dates.published and dates.published.year
    month = _month_number(m[f"{kind}_m"], dates.months)
    try:
        moved = dates.day(int(year or 0), month, int(m[f"{kind}_d"]))
    except ValueError:  # no such day, or no year to read a day and month in
        return m.group()
    parts = {
        f"{kind}_d": _like(m[f"{kind}_d"], moved.day),
        f"{kind}_m": _month_like(m[f"{kind}_m"], moved.month, dates),
    }
    if f"{kind}_y" in m.re.groupindex:
        parts[f"{kind}_y"] = str(moved.year)
    return _put(m, parts)


def _put(m: re.Match[str], parts: dict[str, str]) -> str:
    """The match with some of its groups rewritten."""
    out, pos = [], m.start()
    for name in sorted(parts, key=m.start):
        out += [m.string[pos : m.start(name)], parts[name]]
        pos = m.end(name)
    return "".join(out) + m.string[pos : m.end()]


def _month_number(word: str, months: tuple[tuple[str, ...], ...]) -> int:
    if word.isdigit():
        return int(word)
    key = word.rstrip(".").casefold()
    return next(row.index(w) + 1 for row in months for w in row if w.casefold() == key)


def _like(written: str, number: int) -> str:
    """A number with the zero padding of the one it replaces ("09" → "10", "9" → "10", "31" → "1")."""
    return f"{number:0{len(written)}d}" if written.startswith("0") else str(number)


def _month_like(written: str, month: int, dates: Dates) -> str:
    """The new month in the spelling of the old one ("Juli" → "Agustus", "JUL" → "AGU")."""
    if written.isdigit():
        return _like(written, month)
    if _month_number(written, dates.months) == month:
        return written
    key = written.rstrip(".").casefold()
    row = next(row for row in dates.months for w in row if w.casefold() == key)
    word = row[month - 1].upper() if written.rstrip(".").isupper() else row[month - 1]
    return word + ("." if written.endswith(".") else "")


# -- text forms ------------------------------------------------------------------------------
def _forms(plan: Plan, language: str, text: str, data: SwapData, lexicon: Lexicon) -> dict[tuple[str, ...], Form]:
    forms: dict[tuple[str, ...], Form] = {}
    index = _concept_forms(lexicon)
    for old, new in plan.countries.items():
        forms.update(_country_forms(old, new, language, data, lexicon, index))
    for old, new in plan.people.items():
        forms.update(_person_forms(old, new, text, data, lexicon, index))
    return forms


def _concept_forms(lexicon: Lexicon) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """Every concept's labels (as folded words, with the exact spelling of short capital ones)."""
    index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for key, bucket in lexicon.entries.items():
        for entry in bucket:
            index.setdefault(entry.concept, []).append((key, entry.exact_case))
    return index


def _concept(lexicon: Lexicon, name: str, kind: str) -> str | None:
    for entry in lexicon.entries.get(normalize_tokens(name), []):
        if entry.kind == kind:
            return entry.concept
    return None


def _without_title(lexicon: Lexicon, key: tuple[str, ...]) -> tuple[str, ...]:
    """A label without a leading position word ("Presiden Xi" → "Xi")."""
    for n in range(len(key) - 1, 0, -1):
        if any(e.kind == "Position" for e in lexicon.entries.get(key[:n], [])):
            return key[n:]
    return key


def _country_forms(old: str, new: CountryNames, language: str, data: SwapData, lexicon: Lexicon, index: dict) -> dict:
    name = new.id if language == "id" else new.en
    known = data.country(old) or CountryNames(old, old, old)
    own = {w for n in (known.en, known.id, known.adj, *known.other) for w in normalize_tokens(n)}
    forms = {}
    for key, exact in index.get(_concept(lexicon, old, "Country") or "", []):
        if exact or any(w.startswith(tuple(own)) for w in key):  # "Federasi Rusia", "RI"; not "Kremlin"
            forms[key] = Form(name, " ".join(exact) if exact else None)
    forms[normalize_tokens(known.en)] = Form(new.en if language != "id" else name)
    forms[normalize_tokens(known.id)] = Form(new.id if language != "en" else name)
    forms[normalize_tokens(known.adj)] = Form(new.adj)
    return forms


def _person_forms(old: str, new: Person, text: str, data: SwapData, lexicon: Lexicon, index: dict) -> dict:
    full = normalize_tokens(old)
    labels = [key for key, _ in index.get(_concept(lexicon, old, "Person") or "", [])]
    keys = {_without_title(lexicon, key) for key in labels}
    words = _words_of(text)
    # a family name of two letters ("Li") is a short form where the text writes it capitalized alone
    short = {w for w in full if len(w) >= 3 or re.search(rf"\b{re.escape(w.capitalize())}\b", text)}
    keys |= {(w,) for w in short if w not in data.not_short_forms and w in words}
    keys |= _written_longer(text, full)
    forms = {key: Form(new.full if len(key) > 1 or key == full else new.short) for key in keys if key}
    for key in labels:  # "Sultan Haitham", and "sultan haitham" in a tag line: the office stays
        name = _without_title(lexicon, key)
        if name != key and len(name) == 1 and name in forms:
            forms.setdefault(key, Form(forms[name].replacement, titled=len(key) - len(name)))
    for honorific in _honorifics_before(text, full, data.given_name_honorifics):
        forms.setdefault((honorific, full[0]), Form(new.short, titled=1, honorific=True))  # "Sheikh Mohammed"
    forms[full] = Form(new.full)
    return forms


def _honorifics_before(text: str, full: tuple[str, ...], honorifics: frozenset[str]) -> set[str]:
    """The honorifics the text writes right before the given name alone ("Sheikh Mohammed di ...",
    not "Sheikh Mohammed bin Rashid", which the full name covers)."""
    if len(full) < 2:
        return set()
    words = [fold(w) for w in _WORD.findall(text)] + [""]
    return {
        words[k]
        for k in range(len(words) - 2)
        if words[k] in honorifics and words[k + 1] == full[0] and words[k + 2] != full[1]
    }


_MIDDLE_WORDS = 4


def _written_longer(text: str, full: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The name as the text writes it with more middle names than the gold gives ("Mohammed bin
    Abdulaziz bin Saleh Al Khulaifi" for "Mohammed bin Abdulaziz Al Khulaifi")."""
    if len(full) < 2:
        return set()
    words = [fold(w) for w in _WORD.findall(text)]
    found = set()
    for i, w in enumerate(words):
        if w != full[0]:
            continue
        for n in range(len(full) + 1, len(full) + _MIDDLE_WORDS + 1):
            span = tuple(words[i : i + n])
            if len(span) == n and span[-1] == full[-1] and set(full) <= set(span):
                found.add(span)
                break
    return found


# -- applying the substitution ---------------------------------------------------------------
def swap_text(text: str, plan: Plan, forms: dict[tuple[str, ...], Form] | None = None) -> str:
    """The text with every planned name form replaced and every date moved."""
    return shift_dates(_swap_names(text, plan.forms if forms is None else forms), plan.dates)


def _swap_names(text: str, forms: dict[tuple[str, ...], Form]) -> str:
    words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    longest = max((len(k) for k in forms), default=0)
    out, pos, i = [], 0, 0
    while i < len(words):
        hit = _longest_form(text, words, i, longest, forms)
        if hit is None:
            i += 1
            continue
        n, form = hit
        start, end = words[i + form.titled][0], words[i + n - 1][1]
        out += [text[pos:start], _cased(form.replacement, text[start:end])]
        pos, i = end, i + n
    return "".join(out) + text[pos:]


def _longest_form(text: str, words: list, i: int, longest: int, forms: dict) -> tuple[int, Form] | None:
    for n in range(min(longest, len(words) - i), 0, -1):
        span = words[i : i + n]
        form = forms.get(tuple(w[2] for w in span))
        if form is None or not _joined(text, span):
            continue
        written = text[span[0][0] : span[-1][1]]
        # a lower-case single word may be a common word; a full name in lower case ("Tag: prabowo subianto")
        # or a hashtag ("#prabowo") is the name
        hashtag = text[span[0][0] - 1 : span[0][0]] == "#" or _on_tag_line(text, span[0][0])
        if (form.exact and written != form.exact) or (not written[0].isupper() and n < 2 and not hashtag):
            continue
        if form.titled and not form.honorific and written[0].isupper():
            continue  # "Menlu Wang Yi": the name is read on its own, after the office
        return n, form
    return None


_TAG_LINE = re.compile(r"\s*(?:tags?|topik|label|kata kunci|keywords?)\s*:", re.I)


def _on_tag_line(text: str, at: int) -> bool:
    """ "Tag: brics, sugiono, kazan": a page's tag line names people in lower case."""
    return bool(_TAG_LINE.match(text, text.rfind("\n", 0, at) + 1))


def _joined(text: str, span: list) -> bool:
    return all(_JOIN.fullmatch(text[a[1] : b[0]]) for a, b in zip(span, span[1:], strict=False))


def _cased(replacement: str, written: str) -> str:
    return replacement.upper() if written.isupper() and len(written) > 3 else replacement


def swap_gold(doc: dict, plan: Plan) -> dict:
    """The gold annotation of the swapped article: names, dates and titles moved the same way."""
    return _swap_value(doc, plan, key="")


def _swap_value(value: Any, plan: Plan, key: str) -> Any:
    if isinstance(value, dict):
        return {k: _swap_value(v, plan, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_swap_value(v, plan, key) for v in value]
    if isinstance(value, dt.date):
        return plan.dates.day(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool) and key in ("date", "published", "year"):
        return plan.dates.year(value)
    if isinstance(value, str) and key not in ("article", "type", "kind", "status", "id", "adopted_at", "wikidata"):
        return _swap_gold_string(value, plan)
    return value


def _swap_gold_string(value: str, plan: Plan) -> str:
    """Canonical names inside gold strings ("Joko Widodo–Vladimir Putin meeting"), then the text forms."""
    if value in plan.canonical:
        return plan.canonical[value]
    for old, new in sorted(plan.canonical.items(), key=lambda kv: -len(kv[0])):
        value = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, value)
    return swap_text(value, plan)


# -- what an extraction says, by name --------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SummitView:
    name: str
    date: str | None
    participants: frozenset[str]
    sectors: frozenset[str]


@dataclass(frozen=True, slots=True)
class AgreementView:
    name: str
    date: str | None
    parties: frozenset[str]


@dataclass(frozen=True, slots=True)
class View:
    actors: frozenset[tuple[str, str]]  # (kind, name)
    summits: tuple[SummitView, ...]
    agreements: tuple[AgreementView, ...]
    memberships: frozenset[tuple[str, str, str]]  # (member, organization, status)
    # a gazetteer body's name after the swap → its own name: "Kementerian ESDM" names no country, so
    # it stays Indonesia's ministry in an article where Indonesia became another country
    unswapped: dict[str, str] = field(default_factory=dict)


def view(extraction: Extraction, lexicon: Lexicon, plan: Plan | None = None) -> View:
    """The extraction by names; with a plan, the names and dates it should have after the swap."""
    labels = {a.iri: a.label for a in extraction.actors}
    known_bodies = {a.label for a in extraction.actors if a.kind == "Organization" and not a.minted}

    def name(iri: str) -> str:
        label = labels.get(iri) or lexicon.label(iri)
        return plan.label(label) if plan else label

    def text(value: str) -> str:
        return swap_text(value, plan) if plan else value

    def date(value: DateValue | None) -> str | None:
        value = plan.shift(value) if plan else value
        return value.iso if value else None

    return View(
        actors=frozenset((a.kind, name(a.iri)) for a in extraction.actors),
        summits=tuple(
            SummitView(
                text(s.name),
                date(s.date),
                frozenset(name(p.target) for p in s.participants),
                frozenset(lexicon.label(x.target) for x in s.sectors),
            )
            for s in extraction.summits
        ),
        agreements=tuple(
            AgreementView(text(a.name), date(a.date), frozenset(name(p) for p in _signers_and_parties(extraction, a)))
            for a in extraction.agreements
        ),
        memberships=frozenset((name(m.member), name(m.organization), m.status) for m in extraction.memberships),
        unswapped={plan.label(b): b for b in known_bodies if plan.label(b) != b} if plan else {},
    )


def _settled(expected: View, observed: View) -> View:
    """The expected view where a gazetteer body the swapped run still found under its own name
    (not the swapped one) is named so."""
    found = {name for _, name in observed.actors}
    own = {new: old for new, old in expected.unswapped.items() if new not in found and old in found}
    if not own:
        return expected

    def name(n: str) -> str:
        return own.get(n, n)

    return View(
        actors=frozenset((kind, name(n)) for kind, n in expected.actors),
        summits=tuple(
            SummitView(s.name, s.date, frozenset(map(name, s.participants)), s.sectors) for s in expected.summits
        ),
        agreements=tuple(AgreementView(a.name, a.date, frozenset(map(name, a.parties))) for a in expected.agreements),
        memberships=frozenset((name(m), name(o), status) for m, o, status in expected.memberships),
    )


def _signers_and_parties(extraction: Extraction, agreement: Agreement) -> list[str]:
    """The signatories, and the parties none of them stands for: a real leader swapped in stands for
    his own country in the gazetteer, not the swapped one, so the country a signer stands for is
    compared through the signer."""
    actors = {a.iri: a for a in extraction.actors}
    theirs = {c for s in agreement.signatories if s.target in actors for c in actors[s.target].represents}
    return [s.target for s in agreement.signatories] + [p.target for p in agreement.parties if p.target not in theirs]


# -- comparison ------------------------------------------------------------------------------
@dataclass
class Tally:
    """Facts of the original run (mapped through the swap), of the swapped run, and in both."""

    original: int = 0
    swapped: int = 0
    matched: int = 0
    differences: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.original += other.original
        self.swapped += other.swapped
        self.matched += other.matched
        self.differences += other.differences

    @property
    def reproduced(self) -> float:
        return self.matched / self.original if self.original else 1.0

    @property
    def unexplained(self) -> float:
        return (self.swapped - self.matched) / self.swapped if self.swapped else 0.0

    @property
    def agreement(self) -> float:
        union = self.original + self.swapped - self.matched
        return self.matched / union if union else 1.0

    def figures(self) -> dict[str, float | int]:
        return {
            "original_facts": self.original,
            "swapped_facts": self.swapped,
            "matched": self.matched,
            "reproduced": round(self.reproduced, 4),
            "unexplained": round(self.unexplained, 4),
            "agreement": round(self.agreement, 4),
        }


def compare(expected: View, observed: View, plan: Plan) -> Tally:
    """How far the swapped run (observed) is the original run mapped through the swap (expected)."""
    tally = Tally()
    was = plan.original
    expected = _settled(expected, observed)
    tally.add(_compare_sets("actor", expected.actors, observed.actors, lambda a: f"{a[0]} {_q(a[1], was)}"))
    tally.add(_compare_sets("membership", expected.memberships, observed.memberships, lambda m: _membership(m, was)))
    tally.add(_compare_records("summit", expected.summits, observed.summits, _summit_facts, was))
    tally.add(_compare_records("agreement", expected.agreements, observed.agreements, _agreement_facts, was))
    return tally


def _q(name: str, was: Callable[[str], str | None]) -> str:
    old = was(name)
    return f"'{name}'" + (f" (was {old})" if old and old != name else "")


def _membership(m: tuple[str, str, str], was: Callable[[str], str | None]) -> str:
    return f"{_q(m[0], was)} {m[2]} of {_q(m[1], was)}"


def _compare_sets(what: str, expected: Iterable, observed: Iterable, show: Callable[[Any], str]) -> Tally:
    expected, observed = set(expected), set(observed)
    lost = [f"{what} {show(x)} lost" for x in sorted(expected - observed)]
    gained = [f"{what} {show(x)} gained (not in the original)" for x in sorted(observed - expected)]
    return Tally(len(expected), len(observed), len(expected & observed), lost + gained)


def _summit_facts(s: SummitView) -> dict[str, set]:
    return {"date": {s.date} - {None}, "participant": set(s.participants), "sector": set(s.sectors)}


def _agreement_facts(a: AgreementView) -> dict[str, set]:
    return {"party": set(a.parties)}


def _compare_records(what: str, expected: tuple, observed: tuple, facts: Callable, was: Callable) -> Tally:
    """Records paired one to one (most shared facts first); a record counts one fact, plus its own."""
    tally = Tally()
    pairs, lone_expected, lone_observed = _pair(expected, observed, facts)
    for e, o in pairs:
        tally.add(_compare_pair(what, e, o, facts, was))
    for e in lone_expected:
        n = 1 + sum(len(v) for v in facts(e).values())
        tally.add(Tally(original=n, differences=[f"{what} {_title(e)} lost ({_details(facts(e), was)})"]))
    for o in lone_observed:
        n = 1 + sum(len(v) for v in facts(o).values())
        tally.add(Tally(swapped=n, differences=[f"{what} {_title(o)} gained ({_details(facts(o), was)})"]))
    return tally


def _pair(expected: tuple, observed: tuple, facts: Callable) -> tuple[list, list, list]:
    scored = []
    for i, e in enumerate(expected):
        for j, o in enumerate(observed):
            shared = _shared(facts(e), facts(o)) + 2 * (e.name == o.name)
            if shared:
                scored.append((-shared, i, j))
    pairs, used_e, used_o = [], set(), set()
    for _, i, j in sorted(scored):
        if i not in used_e and j not in used_o:
            pairs.append((expected[i], observed[j]))
            used_e.add(i)
            used_o.add(j)
    lone_e = [e for i, e in enumerate(expected) if i not in used_e]
    lone_o = [o for j, o in enumerate(observed) if j not in used_o]
    return pairs, lone_e, lone_o


def _shared(a: dict[str, set], b: dict[str, set]) -> int:
    return sum(len(a[k] & b[k]) for k in a)


def _compare_pair(what: str, e: Any, o: Any, facts: Callable, was: Callable) -> Tally:
    fe, fo = facts(e), facts(o)
    tally = Tally(1, 1, 1)
    for kind in fe:
        lost, gained = sorted(fe[kind] - fo[kind]), sorted(fo[kind] - fe[kind])
        tally.add(Tally(len(fe[kind]), len(fo[kind]), len(fe[kind] & fo[kind])))
        if kind == "date" and (lost or gained):
            tally.differences.append(
                f"{what} {_title(e)} date {lost[0] if lost else 'none'} became {gained[0] if gained else 'none'}"
            )
            continue
        tally.differences += [f"{what} {_title(e)} lost {kind} {_q(x, was)}" for x in lost]
        tally.differences += [f"{what} {_title(e)} gained {kind} {_q(x, was)}" for x in gained]
    return tally


def _title(record: Any) -> str:
    return f"'{record.name}' {record.date or 'undated'}"


def _details(facts: dict[str, set], was: Callable) -> str:
    parts = [f"{kind}s " + ", ".join(_q(x, was) for x in sorted(values)) for kind, values in facts.items() if values]
    return "; ".join(parts) or "no details"


# -- running it ------------------------------------------------------------------------------
@dataclass
class ArticleCheck:
    article: str
    plan: Plan
    tally: Tally
    swapped_text: str = ""


def check_article(
    doc: dict,
    articles: Path,
    workdir: Path,
    extract: Extract,
    lexicon: Lexicon,
    data: SwapData,
    *,
    countries: bool = True,
) -> ArticleCheck:
    """Swap one article, extract both versions, and compare."""
    source = articles / str(doc["article"])
    text = decode(source, source.read_bytes())
    published = read_article(source).published
    plan = plan_swap(doc, text, data, lexicon, countries=countries, published=published)
    swapped = swap_text(text, plan)
    target = workdir / source.name  # the same file name, so the article id is the same
    target.write_text(swapped, encoding="utf-8")
    expected = view(extract(source), lexicon, plan)
    observed = view(extract(target), lexicon)
    return ArticleCheck(source.name, plan, compare(expected, observed, plan), swapped)


def check_corpus(
    articles: Path,
    gold: Path,
    extract: Extract,
    lexicon: Lexicon,
    data: SwapData | None = None,
    *,
    countries: bool = True,
    limit: int | None = None,
) -> list[ArticleCheck]:
    data = data or load_data()
    docs = [d for d in gold_documents(gold) if (articles / str(d["article"])).is_file()][:limit]
    with tempfile.TemporaryDirectory(prefix="nameswap-") as tmp:
        return [check_article(d, articles, Path(tmp), extract, lexicon, data, countries=countries) for d in docs]


def total(checks: list[ArticleCheck]) -> Tally:
    tally = Tally()
    for c in checks:
        tally.add(c.tally)
    return tally


def real_extractor() -> tuple[Extract, Lexicon]:
    """The build's own extraction of one article, in this process."""
    from kg.pipeline import Context, process
    from kg.settings import Settings

    ctx = Context.load(Settings())
    return (lambda path: process(path, ctx).extraction), ctx.lexicon


# -- report ----------------------------------------------------------------------------------
def table(checks: list[ArticleCheck]) -> str:
    head = f"{'article':<40} {'people':>6} {'ctry':>4} {'facts':>5} {'swap':>5} {'reprod':>7} {'unexpl':>7}"
    head += f" {'agree':>6}"
    rows = [head, "-" * len(head)]
    for c in checks:
        rows.append(_row(c.article[:40], c.tally, len(c.plan.people), len(c.plan.countries)))
    rows.append("-" * len(head))
    people = sum(len(c.plan.people) for c in checks)
    rows.append(_row("total", total(checks), people, sum(len(c.plan.countries) for c in checks)))
    return "\n".join(rows)


def _row(name: str, t: Tally, people: int, countries: int) -> str:
    return (
        f"{name:<40} {people:>6} {countries:>4} {t.original:>5} {t.swapped:>5} {t.reproduced:>7.1%} "
        f"{t.unexplained:>7.1%} {t.agreement:>6.3f}"
    )


def differences(checks: list[ArticleCheck], limit: int) -> str:
    lines = []
    for c in checks:
        if c.tally.differences:
            swaps = ", ".join(f"{old} → {new.full}" for old, new in c.plan.people.items())
            swaps += "".join(f", {old} → {new.en}" for old, new in c.plan.countries.items())
            lines.append(f"\n{c.article}  ({swaps})")
            lines += [f"  {d}" for d in c.tally.differences[:limit]]
            if len(c.tally.differences) > limit:
                lines.append(f"  … and {len(c.tally.differences) - limit} more")
    return "\n".join(lines)


def figures(checks: list[ArticleCheck], args: argparse.Namespace) -> dict:
    return {
        "articles": str(args.articles),
        "seed": args.seed,
        "countries": not args.no_countries,
        "total": total(checks).figures(),
        "per_article": {
            c.article: c.tally.figures()
            | {
                "people": {k: v.full for k, v in c.plan.people.items()},
                "countries": {k: v.en for k, v in c.plan.countries.items()},
                "differences": c.tally.differences,
            }
            for c in checks
        },
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=Path, default=EXAMPLES[0], help="folder of articles (default: examples)")
    p.add_argument("--gold", type=Path, default=EXAMPLES[1], help="folder of gold YAML (default: examples)")
    p.add_argument("--seed", type=int, default=None, help="overrides the seed of nameswap.yaml")
    p.add_argument("--no-countries", action="store_true", help="swap people and years only")
    p.add_argument("--differences", type=int, default=8, help="differences listed per article (0: none)")
    p.add_argument("--json", type=Path, help="write the figures to this file ('-': standard output)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    data = load_data()
    if args.seed is not None:
        data = SwapData(**{**{f: getattr(data, f) for f in SwapData.__slots__}, "seed": args.seed})
    args.seed = data.seed
    extract, lexicon = real_extractor()
    checks = check_corpus(args.articles, args.gold, extract, lexicon, data, countries=not args.no_countries)
    if args.json is not None and str(args.json) == "-":
        print(json.dumps(figures(checks, args), indent=2, ensure_ascii=False))
        return 0
    print(f"name swap: {args.articles} (seed {data.seed}, dates {data.weeks:+d} weeks)\n")
    print(table(checks))
    if args.differences:
        print(differences(checks, args.differences))
    if args.json is not None:
        args.json.write_text(json.dumps(figures(checks, args), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
