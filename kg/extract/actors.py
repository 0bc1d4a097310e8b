"""Actors: gazetteer mentions, titled names ("Duta Besar Rusia Evgeny Zagaynov"), organization
names by their head word ("Badan Energi Rusia"), and within-article coreference (surnames,
"Ia", "katanya")."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from kg.extract import SET_ITEMS_REACH, Doc
from kg.extract.dates import LEAD_DATELINE_SHAPE
from kg.extract.document_lists import counts_documents
from kg.extract.titles import TitledName, full_office, titled_names
from kg.ids import mint
from kg.lang import (
    country_office_words,
    english_name_fields,
    english_organization,
    english_variants,
    government_of_a_place,
    ministry_portfolios,
    office_short_forms,
    organization_words,
    region_government,
    titles,
)
from kg.lexicon import normalize_tokens
from kg.model import Actor, Mention
from kg.patterns import cues, family_name_first, org_words, publishers

ACTOR_KINDS = ("Person", "Country", "Organization")
DKG = "https://w3id.org/dkg/ontology#"
# "di Lima, Peru": the country after a place introduced by a locative is part of the address
_LOCATIVE_CHAIN = re.compile(r"\b(?:di|ke|dari|in|at|to)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*$")
_CONNECTOR = re.compile(r"^(?:\s+(?:di|untuk|dan|for|of|on|and|at)\s+|\s+|\s*-\s*|\s*–\s*)$")


def find_actors(doc: Doc) -> None:
    """Fill ``doc.actors`` and ``doc.sentence_actors``."""
    offices: list[tuple[str, str, int]] = []  # (office, person, sentence) of each titled introduction
    idle: list[tuple[int, int, str]] = []  # organizations named where they did not act: (sentence, start, name)
    for i in range(len(doc.sentences)):
        offices.extend(_titled_persons(doc, i))
        _named_after_copula(doc, i)
        _named_before_office(doc, i)
        idle.extend(_pattern_organizations(doc, i))
    _short_forms_that_act(doc, idle)
    _gazetteer_actors(doc)
    for i in range(len(doc.sentences)):
        _firms_between(doc, i)
        _partners_after_a_set(doc, i)
        _firms_listed(doc, i)
        _short_named_signer(doc, i)
        _described_bodies(doc, i)
        _english_ministries_of_both(doc, i)
    _surname_mentions(doc)
    _nickname_mentions(doc)
    _office_mentions(doc, offices)
    _country_office_mentions(doc, offices)
    _resolve_pronouns(doc)


def _add(doc: Doc, i: int, offset: int, actor: Actor) -> None:
    known = doc.actors.get(actor.iri)
    if known is None or (not known.represents and actor.represents):
        doc.actors[actor.iri] = actor
    row = doc.sentence_actors[i] if i < len(doc.sentence_actors) else None
    while len(doc.sentence_actors) <= i:
        doc.sentence_actors.append([])
    row = doc.sentence_actors[i]
    if (offset, actor.iri) not in row:
        row.append((offset, actor.iri))
        row.sort()


def _gazetteer_actor(doc: Doc, m: Mention) -> Actor:
    represents = tuple(doc.lexicon.related(m.concept, DKG + "represents"))
    return Actor(m.concept, m.kind, doc.lexicon.label(m.concept), represents, sentence=m.sentence)


def _gazetteer_actors(doc: Doc) -> None:
    """Gazetteer persons, countries and organizations; a country named only after "di"/"ke"
    is a place, not an actor."""
    locative, currency = cues()["locative"], cues()["currency_before"]
    for i, mentions in enumerate(doc.mentions):
        sentence = doc.sentences[i]
        for m in mentions:
            if m.kind not in ACTOR_KINDS or _inside_known(doc, i, m):
                continue
            before = sentence.text[: m.start - sentence.start]
            after = sentence.text[m.end - sentence.start : m.end - sentence.start + 1]
            place = locative.search(before) and not cues()["visit_destination"].search(before)
            chain = _LOCATIVE_CHAIN.search(before)
            # "kunjungan ke Kota A, Negara B": the country of a city visited is the visit's host
            address = chain is not None and not cues()["visit_destination"].search(before[: chain.start() + 3])
            if m.kind == "Country" and (place or currency.search(before) or address or after == "$"):
                continue  # "di Moskow" is a place; "dolar AS" and "US$" are a currency
            if _agency_of_another_country(doc, i, m):
                continue
            _add(doc, i, m.start, _own_namesake(doc, i, m) or _gazetteer_actor(doc, m))
    while len(doc.sentence_actors) < len(doc.sentences):
        doc.sentence_actors.append([])


def _own_namesake(doc: Doc, i: int, m: Mention) -> Actor | None:
    """ "Gubernur Anwar", "Anwar Hafid" in a story that introduced Governor Anwar Hafid: a one-word
    name the gazetteer gives a famous person is the story's own person of that name, unless the
    story names the famous one in full."""
    if m.kind != "Person" or len(m.text.split()) > 1:
        return None
    if any(n.concept == m.concept and len(n.text.split()) > 1 for row in doc.mentions for n in row):
        return None
    own = [
        a
        for a in doc.actors.values()
        if a.minted and a.kind == "Person" and a.sentence <= i and m.text in a.label.split()
    ]
    return own[0] if len(own) == 1 else None


def _agency_of_another_country(doc: Doc, i: int, m: Mention) -> bool:
    """ "Ketua DPR Thailand": one country's body named with another country after it is that other
    country's counterpart, not the body the gazetteer knows."""
    if m.kind != "Organization":
        return False
    home = doc.lexicon.related(m.concept, DKG + "agencyOf") or _country_in_its_name(doc, m.concept)
    if not home:
        return False
    sentence = doc.sentences[i]
    return any(
        n.kind == "Country"
        and n.concept not in home
        and n.start >= m.end
        and not sentence.text[m.end - sentence.start : n.start - sentence.start].strip(" )")  # "(KADIN) Uzbekistan"
        for n in doc.mentions[i]
    )


def _country_in_its_name(doc: Doc, body: str) -> list[str]:
    """ "Kamar Dagang dan Industri Indonesia": the country a body's own name says it is of ("KADIN
    Uzbekistan" is then another country's chamber)."""
    found = []
    for label in doc.lexicon.labels.get(body, {}).values():
        tokens = normalize_tokens(label)
        for n in range(len(tokens)):
            for size in (3, 2, 1):
                entries = doc.lexicon.entries.get(tokens[n : n + size], [])
                found += [e.concept for e in entries if e.kind == "Country" and e.concept not in found]
    return found


def _inside_known(doc: Doc, i: int, m: Mention) -> bool:
    """A gazetteer mention inside a longer pattern-found name ("Pusat Energi ASEAN")."""
    if i >= len(doc.sentence_actors):
        return False
    for offset, iri in doc.sentence_actors[i]:
        actor = doc.actors[iri]
        if actor.iri != m.concept and offset <= m.start and m.end <= offset + len(actor.label) + 2:
            # "Pusat Energi ASEAN" holds ASEAN; "Najib Mikati" holds the first name of another Najib
            first_word_differs = actor.label.split()[0] != m.text.split()[0]
            return actor.minted and (actor.kind == "Person" or m.kind == "Country" or first_word_differs)
    return False


def _titled_persons(doc: Doc, i: int) -> list[tuple[str, str, int]]:
    """Office + portfolio + country + name → a person who represents that country."""
    offices = []
    for found in titled_names(doc, i):
        represents = list(found.serves[:1])
        if found.person is None:
            found = dataclasses.replace(found, person=_known_by_a_fuller_name(doc, i, found))
        own = _own_namesake(doc, i, found.person) if found.person is not None else None
        if own is not None:
            actor = own
        elif found.person is not None:
            actor = _with_represents(_gazetteer_actor(doc, found.person), represents)
        else:  # "Denis V. Manturov": the known "Denis Manturov"
            known = _same_name_shorter(doc, i, found.name.split())
            actor = _with_represents(known, represents) if known else _minted_person(found.name, represents, i)
        _add(doc, i, found.start, actor)
        offices.append((found.office, actor.iri, i))
    return offices


def _known_by_a_fuller_name(doc: Doc, i: int, found: TitledName) -> Mention | None:
    """ "President Tayyip Erdogan": a name of two words or more that ends a known person's longer
    name, whose surname the lexicon found inside it, is that person."""
    words = normalize_tokens(found.name)
    if len(words) < 2:
        return None
    end = found.start + len(found.name)
    for m in doc.kinds(i, "Person"):
        if found.start <= m.start and m.end <= end:
            full = normalize_tokens(doc.lexicon.label(m.concept))
            if len(full) > len(words) and full[-len(words) :] == words:
                return m
    return None


def _office_mentions(doc: Doc, offices: list[tuple[str, str, int]]) -> None:
    """ "Wamentan menegaskan ...", "ujar Menteri Besar": an office named alone, after one person was
    introduced by it, is that person."""
    holders: dict[str, set[str]] = {}
    for office, iri, _ in offices:
        # "Emir", "Sheikh", "Minister" alone name no one office; "Presiden" alone is the story's president
        if len(office.split()) >= 2 or cues()["lone_office"].fullmatch(office):
            holders.setdefault(office, set()).add(iri)
    if not holders:
        return
    forms = sorted(
        {*(f for f, long in office_short_forms().items() if long in holders), *holders}, key=len, reverse=True
    )
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
    introduced = {iri: min(k for _, p, k in offices if p == iri) for _, iri, _ in offices}
    for i, sentence in enumerate(doc.sentences):
        for m in pattern.finditer(sentence.text):
            if re.match(r"\s+(?-i:[A-Z])", sentence.text[m.end() :]):
                continue  # "Menlu Sugiono", "Menlu Rusia ...": an office introducing a name, or another's
            if cues()["name_in_apposition"].match(sentence.text, m.end()):
                continue  # "Presiden Vietnam saat itu, Vo Van Thuong": the office of the name that follows
            if _ANOTHER_OFFICE_BEFORE.search(sentence.text, 0, m.start()):
                continue  # "Timbalan Perdana Menteri", "mantan Presiden": another office, not the holder's
            if cues()["office_as_predicate"].search(sentence.text, 0, m.start()):
                continue  # "Prabowo, yang masih menjabat Menteri Pertahanan": what the one named was, no one else
            person = _the_holder(doc, holders.get(full_office(m.group()), set()))
            if person is None:
                continue  # an office two persons of the article held names neither
            if introduced[person] < i:
                _add(doc, i, sentence.start + m.start(), doc.actors[person])
    _office_epithets(doc, offices, holders)


_ANOTHER_OFFICE_BEFORE = re.compile(r"\b(?:timbalan|wakil|deputy|vice|mantan|bekas|former)[\s-]+$", re.I)


# "perdana menteri termuda dalam sejarah negaranya itu": an office written in lower case, a few words
# and a demonstrative; the words between may not name another person or start a clause
_EPITHET = (
    r"(?<![\w-])(?:{offices})(?:\s+[a-z][\w-]*|\s+(?-i:[A-Z])[\w-]*){{0,5}}?\s+(?:itu|tersebut)\b"
    r"|(?<=\bthe\s)(?:{offices})\b(?!\s+(?-i:[A-Z]))"  # "the crown prince made his own visit": the one so titled
)


def _without_country(doc: Doc, office: str) -> str:
    """The office without the country written after it: "Perdana Menteri Vietnam" → "Perdana Menteri"."""
    words = office.split()
    for n in range(len(words) - 1, 0, -1):
        tail = normalize_tokens(" ".join(words[n:]))
        if any(e.kind == "Country" for e in doc.lexicon.entries.get(tail, ())):
            return " ".join(words[:n])
    return office


def _office_epithets(doc: Doc, offices: list[tuple[str, str, int]], holders: dict[str, set[str]]) -> None:
    """ "Pada Kamis, perdana menteri termuda ... itu diterima Presiden A": an office in lower case
    followed by "itu" points back to the one person introduced by that office before."""
    lower: dict[str, set[str]] = {}  # "perdana menteri" → the persons of "Perdana Menteri (Vietnam)"
    for office, persons in holders.items():
        if office[:1].isupper():
            lower.setdefault(_without_country(doc, office).casefold(), set()).update(persons)
    if not lower:
        return
    pattern = re.compile(_EPITHET.format(offices="|".join(map(re.escape, sorted(lower, key=len, reverse=True)))))
    for i, sentence in enumerate(doc.sentences):
        for m in pattern.finditer(sentence.text):
            written = next((o for o in lower if m.group().startswith(o)), None)
            if written is None:
                continue
            before = {iri for _, iri, k in offices if k < i and iri in lower[written]}
            person = _the_holder(doc, before)
            if person is not None:
                _add(doc, i, sentence.start + m.start(), doc.actors[person])


def _the_holder(doc: Doc, persons: set[str]) -> str | None:
    """The one person of an office, or, of several, the one the article names at least twice as often
    as each other ("Presiden" in a press release of the president's office who receives others)."""
    if len(persons) == 1:
        return next(iter(persons))
    named = [p for row in doc.sentence_actors for _, p in row]
    counts = sorted(((named.count(iri), iri) for iri in persons), reverse=True)
    if len(counts) >= 2 and counts[0][0] >= 2 * counts[1][0]:
        return counts[0][1]
    return None


def _country_office_mentions(doc: Doc, offices: list[tuple[str, str, int]]) -> None:
    """ "The Indonesian president", "the Uzbek leader": the one person of that country introduced
    before whose office the words name (a leader: any head of state or government; one of no title
    told, when the article names no other person of that country)."""
    words = country_office_words()
    held = {iri: office.casefold() for office, iri, _ in offices}
    for i, sentence in enumerate(doc.sentences):
        for m in doc.kinds(i, "Country"):
            before = sentence.text[: m.start - sentence.start]
            after = words.pattern.match(sentence.text, m.end - sentence.start)
            if after is None or not re.search(r"\bthe\s+$", before, re.I):
                continue
            heads = words.offices[after["office"].casefold()]
            countrymen = [
                iri
                for iri, actor in doc.actors.items()
                if actor.kind == "Person" and m.concept in actor.represents and _told_before(doc, iri, i)
            ]
            fitting = [p for p in countrymen if any(held.get(p, "").startswith(h) for h in heads)]
            if not fitting and after["office"].casefold() in words.any_holder and len(countrymen) == 1:
                fitting = countrymen  # "The Russian leader" of an article naming Putin alone of Russia
            if len(fitting) == 1:
                _add(doc, i, m.start, doc.actors[fitting[0]])


def _told_before(doc: Doc, iri: str, i: int) -> bool:
    return any(a == iri for k in range(min(i, len(doc.sentence_actors))) for _, a in doc.sentence_actors[k])


def _following(doc: Doc, i: int, offset: int, kinds: tuple[str, ...]) -> list[Mention]:
    """Mentions of the given kinds chained right after ``offset`` ("Rusia untuk ASEAN")."""
    text, base = doc.sentences[i].text, doc.sentences[i].start
    out: list[Mention] = []
    pos = offset
    for m in sorted(doc.kinds(i, *kinds), key=lambda m: m.start):
        if m.start < pos:
            continue
        if not _CONNECTOR.match(text[pos - base : m.start - base]):
            break
        out.append(m)
        pos = m.end
    return out


def _with_represents(actor: Actor, represents: list[str]) -> Actor:
    """The country the text's title names ("Presiden Rusia X") over the gazetteer's: the text
    tells whom the person speaks for on the day, a gazetteer may be out of date."""
    if not represents or tuple(represents) == actor.represents:
        return actor
    return Actor(actor.iri, actor.kind, actor.label, tuple(represents), actor.minted, actor.sentence)


def _minted_person(name: str, represents: list[str], i: int) -> Actor:
    aliases = _without_initials(name) + _without_patronymics(name)
    return Actor(mint("person", name), "Person", name, tuple(represents), minted=True, sentence=i, aliases=aliases)


_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")


def _without_initials(name: str) -> tuple[str, ...]:
    """ "Yasonna H. Laoly" is also written "Yasonna Laoly": the name without its middle initials."""
    words = name.split()
    kept = [w for n, w in enumerate(words) if not (0 < n < len(words) - 1 and _INITIAL.match(w))]
    return (" ".join(kept),) if len(kept) >= 2 and len(kept) < len(words) else ()


_PATRONYMIC = re.compile(r"\s+(?:bin|binti|ibn)\s+[A-Z][\w'’-]*")


def _without_patronymics(name: str) -> tuple[str, ...]:
    """ "Qais bin Mohammed Al Yousef" is also written "Qais Al Yousef": the name without "bin X"."""
    short = _PATRONYMIC.sub("", name)
    return (short,) if short != name and len(short.split()) >= 2 else ()


def _is_new_name(doc: Doc, i: int, name: str) -> bool:
    """At least two words, and not itself a lexicon term (a country, a sector, a title)."""
    words = name.split()
    if len(words) < 2:
        return False
    return normalize_tokens(name) not in doc.lexicon.entries


def _named_after_copula(doc: Doc, i: int) -> None:
    """ "Evgeny Zagaynov adalah Duta Besar Rusia untuk ASEAN": name, copula, title, country."""
    sentence = doc.sentences[i]
    copula = cues()["copula"]
    for p in doc.kinds(i, "Position"):
        before = sentence.text[: p.start - sentence.start]
        m = re.search(r"((?:[A-Z][a-zA-Z'’\-]+\s+){1,3}[A-Z][a-zA-Z'’\-]+)(\s*,?\s*\w+(?:\s+\w+)?\s+)$", before)
        if not m or not copula.match(m.group(2)) or not _is_new_name(doc, i, m.group(1)):
            continue
        represents = [c.concept for c in _following(doc, i, p.end, ("Country", "Organization"))]
        if represents:
            _add(doc, i, sentence.start + m.start(1), _minted_person(m.group(1), represents[:1], i))


# a name of two to five capitalised words (particles such as "bin" inside), a comma, then an office
_NAME_THEN_COMMA = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+(?:(?:bin|binti|al|el|de|da|van)\s+)*){1,4}[A-Z][\w'’-]*),\s+(?:the\s+)?$"
)


def _named_before_office(doc: Doc, i: int) -> None:
    """ "meet Saqr Ghobash, Speaker of the UAE's Federal National Council": a new name set off before
    an office is a person, who represents the country the office names."""
    sentence = doc.sentences[i]
    for head in titles().head.finditer(sentence.text):
        if not head.group()[:1].isupper():
            continue
        m = _NAME_THEN_COMMA.search(sentence.text, 0, head.start())
        if m is None or _introduces_a_name(doc, i, sentence.start + head.end()):
            continue  # "salah satu Wali Songo, Syekh Maulana Malik Ibrahim": the office of the name after it
        honorific = titles().honorific.match(m.group(1))  # "Sayyid Badr ...": the name after it
        name = m.group(1)[honorific.end() :] if honorific else m.group(1)
        start = sentence.start + m.end(1) - len(name)
        end = sentence.start + m.end(1)
        words = name.split()
        if not _is_new_name(doc, i, name) or any(w.casefold() in titles().not_names for w in words):
            continue  # "In February, ...", "Menurut A, ..."
        if any(x.start < end and start < x.end for x in doc.mentions[i]) or titles().head.search(name):
            continue  # a known name, place or office: "Istana Merdeka, Presiden ...", "Presiden A, Ketua ..."
        office_end = re.search(r"[,;]|\s(?:and|dan)\s|$", sentence.text[head.end() :])
        stop = sentence.start + head.end() + (office_end.start() if office_end else 0)
        represents = [c.concept for c in doc.kinds(i, "Country") if sentence.start + head.end() <= c.start < stop]
        known = _same_name_shorter(doc, i, words)  # "Qais bin Mohammed Al Yousef" after "Qais Al Yousef"
        _add(doc, i, start, known or _minted_person(name, represents[:1], i))


def _introduces_a_name(doc: Doc, i: int, offset: int) -> bool:
    """A capitalised word right after the office that is no portfolio, body or place: a name."""
    sentence = doc.sentences[i]
    word = re.match(r"\s+((?-i:[A-Z])[\w'’-]*)", sentence.text[offset - sentence.start :])
    if word is None or word.group(1).casefold() in titles().portfolio:
        return False
    at = offset + word.start(1)
    return not any(m.start <= at < m.end for m in doc.mentions[i])


def _same_name_shorter(doc: Doc, i: int, words: list[str]) -> Actor | None:
    """A person of the article, or of the gazetteer, whose name is this one's first and last word(s):
    "Badr bin Hamad bin Hamood Albusaidi" is "Badr Albusaidi", "Qais bin Mohammed Al Yousef" "Qais Al Yousef"."""
    if len(words) < 3:
        return None
    for actor in doc.actors.values():
        label = actor.label.split()
        if actor.kind == "Person" and 2 <= len(label) < len(words) and (label[0], label[-1]) == (words[0], words[-1]):
            return actor
    for short in ([words[0], words[-1]], [words[0], *words[-2:]]):
        for entry in doc.lexicon.entries.get(normalize_tokens(" ".join(short)), ()):
            if entry.kind == "Person":
                represents = tuple(doc.lexicon.related(entry.concept, DKG + "represents"))
                return Actor(entry.concept, "Person", doc.lexicon.label(entry.concept), represents, sentence=i)
    return None


def _pattern_organizations(doc: Doc, i: int) -> list[tuple[int, int, str]]:
    """Names led by "Badan", "Pusat", "Universitas" ... or ended by "Fund", "Agency" ...; returns
    those named where they do not act, which their short form may do later."""
    idle: list[tuple[int, int, str]] = []
    sentence = doc.sentences[i]
    outlets = publishers()
    pattern = _organization_pattern()
    persons = _person_starts(doc, i)
    for m in pattern.finditer(sentence.text):
        start = sentence.start + m.start()
        cut = min((p for p in persons + _bodies_joined(doc, i) if p > start), default=sentence.start + m.end())
        raw = m.group()[: cut - start]
        lead = cues()["org_lead"].match(raw)
        if lead is not None and raw[lead.end() :][:1].isupper():  # "The Halal ...", "PT Pertamina"
            start, raw = start + lead.end(), raw[lead.end() :]
        office = titles().head.match(raw)
        if office is not None and raw[office.end() :].startswith(" "):  # "Ketua China Communications ... Company"
            start, raw = start + office.end() + 1, raw[office.end() + 1 :]
        name = _trim_name(raw)
        if len(name.split()) < 2 or any(w.casefold() in outlets for w in re.findall(r"\w+", name)):
            continue
        if cues()["government_body"].match(name) and not _has_country(doc, i, start, name):
            if cues()["of_both_countries"].match(sentence.text[start - sentence.start + len(name) :]):
                _of_both_countries(doc, i, start, _two_countries(doc), functools.partial(english_organization, name))
            home = _other_side_of_a_signing(doc, i, start, name)
            if home is not None:
                _of_countries(doc, i, start, [home], functools.partial(english_organization, name), surface=name)
            continue  # "Kementerian Luar Negeri" of no country said is no one body
        known = _gazetteer_org_at(doc, i, start, start + len(name)) or _known_short_form(doc, i, start + len(name))
        offset = start - sentence.start
        if known is not None:
            continue
        organizes = cues()["organizer_lead"].search(sentence.text, 0, offset) is not None  # "co-hosted by X"
        if not (_acts(sentence.text, offset, len(name)) or _signs(doc, i, offset, len(name)) or organizes):
            idle.append((i, start, name))
            continue  # a ministry or agency that does not act is its country at work
        _add(doc, i, start, _minted_organization(doc, i, start, name))
    return idle


def _short_forms_that_act(doc: Doc, idle: list[tuple[int, int, str]]) -> None:
    """ "bertolak ke Universitas Hasanuddin (Unhas)", then "Unhas menandatangani MoU dengan ...": the
    body acts under the short form it was given in brackets."""
    for i, start, name in idle:
        sentence = doc.sentences[i]
        aliases = _bracketed_alias(sentence.text, start + len(name) - sentence.start)
        if not aliases or len(aliases[0]) < 3 or normalize_tokens(aliases[0]) in doc.lexicon.entries:
            continue  # not "... Republik Rakyat Tiongkok (RRT)": the country's short form, not the body's
        pattern = re.compile(rf"(?<![\w-]){re.escape(aliases[0])}(?![\w-])")
        for k in range(i + 1, len(doc.sentences)):
            text = doc.sentences[k].text
            for m in pattern.finditer(text):
                if _acts(text, m.start(), len(m.group())) or _signs(doc, k, m.start(), len(m.group())):
                    _add(doc, k, doc.sentences[k].start + m.start(), _minted_organization(doc, i, start, name))


@functools.cache
def _organization_pattern() -> re.Pattern[str]:
    """Built once: escaping and joining the word lists for every sentence cost more than matching."""
    heads, tails = org_words()
    head = "|".join(map(re.escape, heads))
    tail = "|".join(map(re.escape, tails))
    # "dan" joins a name's words, not two bodies: "Universitas X dan National University of Laos" is two
    # nor before a firm's capitals: "PT Kawasan Industri Terpadu Batang dan SAIC-GM-Wuling" is two
    # nor before a brand of one word: "Bank Sumut dan Maybank meneken ..." ("dan Industri" is the name's)
    fields = "|".join(map(re.escape, english_name_fields()))  # "Research and Development Institute"
    words = organization_words()
    field = "|".join(map(re.escape, sorted({*words.words, *words.adjectives}, key=len, reverse=True)))
    brand = rf"(?!\s+(?!(?i:{field})\b)[A-Z][\w\-]*\s+[a-z])"
    joined = rf"dan(?!\s+(?:{head})\b)(?!(?:\s+[A-Z][\w\-]*){{0,4}}\s+(?:{tail})\b)(?!\s+[A-Z]{{2,}}(?:\b|-)){brand}"
    # "Universitas Islam Negeri (UIN) Sunan Kalijaga": a short form in brackets inside the name
    inner = r"\s+\([A-Z]{2,8}\)(?=\s+[A-Z])"
    return re.compile(
        rf"\b(?:{head})\b(?:\s+(?:untuk|{joined}|-)?\s*[A-Z“\"][\w’'\-”\"]*|{inner})+"
        + rf"|(?:(?:{fields})\s+(?:and|&)\s+(?=[A-Z])|[A-Z][\w\-]*\s+){{0,5}}"
        + r"(?:{})\b{}".format("|".join(map(re.escape, tails)), _ENGLISH_OF)
    )


# the rest of an English name after its head: "Ministry of Science, Higher Education and Innovation",
# "Centre for Standardisation and Metrology", but not "... and Russia's" (another party)
_CAPS = r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*"
_ENGLISH_OF = (
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPS}"
    rf"(?:(?:,\s+{_CAPS})*,?\s+(?:and|&)\s+(?![A-Z][\w\-]*['’]s\b){_CAPS})?"
    rf"(?:\s+of\s+(?:the\s+)?{_CAPS}){{0,2}})?"  # "... of the Republic of Kazakhstan"
)


_INNER_SHORT_FORM = re.compile(r"\(([A-Z]{2,8})\)")


def _minted_organization(doc: Doc, i: int, start: int, name: str) -> Actor:
    """A new organization, labelled in English where the language layer can say it."""
    inside = [m for m in doc.kinds(i, "Country") if start <= m.start and m.end <= start + len(name)]
    short = tuple(_INNER_SHORT_FORM.findall(name))
    own = _INNER_SHORT_FORM.sub(" ", name)
    for m in inside:
        own = own.replace(m.text, " ")
    country = doc.lexicon.label(inside[0].concept) if inside else _possessor(doc, i, start, name)
    english = english_organization(" ".join(own.split()), country)
    if english is None and not inside:
        english = _body_of_a_region(doc, i, start, name) or government_of_a_place(name)
    if english is None and country is not None and not inside:
        english = f"{name} of {country}"  # "Kyrgyzstan's Ministry of Science" is Kyrgyzstan's
    owner = None if english is not None or inside else _possessive_country(doc, i, start)
    if owner is not None:
        english = f"{owner} {name}"  # "Turkmenistan's Standardisation Centre": the Turkmenistan Standardisation Centre
    if english is None and inside:
        english = _of_the_country(name, inside[-1].text, doc.lexicon.label(inside[-1].concept)) or (
            _country_adjective_first(name, inside[0].text, doc.lexicon.label(inside[0].concept))
        )
    end = start + len(name) - doc.sentences[i].start
    # not "... Republik Rakyat Tiongkok (RRT)": a short form the lexicon knows names that, not the body
    bracketed = [
        a for a in _bracketed_alias(doc.sentences[i].text, end) if normalize_tokens(a) not in doc.lexicon.entries
    ]
    aliases = short + tuple(bracketed)
    given = _bracketed_english(doc.sentences[i].text, end)
    if given is not None:  # "Federasi Kamar Dagang X (Federation of X Chambers/FXC)": the body's own English name
        aliases += given if english else given[1:]
        english = english or given[0]
    spelled = _spelled_out(doc, name) if _SHORT_FORM.fullmatch(name) else None
    if spelled is not None and english is None:  # "MRL" signs, told before as "Malaysia Rail Link (MRL)"
        english = english_organization(spelled, None) or spelled
    aliases += english_variants(english) if english else ()
    field = _FIELD_MINISTRY.match(english or name)
    if field is not None:  # "Trade and Industry Ministry" is the Ministry of Trade and Industry
        aliases += (f"Ministry of {field.group(1).strip()}",)
    return Actor(
        mint("org", name), "Organization", english or name, minted=True, sentence=i, surface=name, aliases=aliases
    )


def _body_of_a_region(doc: Doc, i: int, start: int, name: str) -> str | None:
    """The English name of a body whose name ends on a region the gazetteer knows: a region's government
    ("Pemprov Jatim" → "East Java Provincial Government"; "Pemerintah Provinsi Hainan", the gazetteer
    knowing "Provinsi Hainan") or a described body ("Agensi Pembangunan Pelaburan Tatarstan"), not a
    name ("Bank Sumut")."""
    end = start + len(name)
    for region in doc.kinds(i, "Region"):
        if region.end != end:
            continue
        rest, place = name[: region.start - start].strip(), doc.lexicon.label(region.concept)
        kind_word = region.text.split()[0] if len(region.text.split()) > 1 else ""
        government = region_government(rest, place) or region_government(f"{rest} {kind_word}", place)
        if government is not None:
            return government
        if len(rest.split()) > 2:
            return english_organization(rest, place)
    return None


_STATE_FORM = (
    r"(?:(?:(?:Islamic|People's|Federal|Democratic|Socialist)\s+)?(?:Republic|Kingdom|Sultanate|State)\s+of\s+)?"
)


def _country_adjective_first(name: str, country_text: str, label: str) -> str | None:
    """ "the Russian Education Ministry" → "Ministry of Education of Russia": the name a ministry has
    where the country's adjective comes first."""
    m = re.fullmatch(rf"{re.escape(country_text)}\s+((?:[A-Z][\w-]*\s+)+?)Ministry", name)
    return f"Ministry of {m.group(1).strip()} of {label}" if m else None


def _of_the_country(name: str, country_text: str, label: str) -> str | None:
    """ "Ministry of Education of the Republic of Kazakhstan" → "Ministry of Education of Kazakhstan":
    an English name ending on its country's long name is labelled with the country's own."""
    m = re.fullmatch(rf"(.+?)\s+of\s+(?:the\s+)?{_STATE_FORM}{re.escape(country_text)}", name)
    return f"{m.group(1)} of {label}" if m else None


_FIRM = r"(?:PT\s+)?((?-i:[A-Z])[\w&.’'\-]*(?:\s+(?-i:[A-Z0-9])[\w&.’'\-]*){0,5})(?:\s+\((?:Persero|Tbk)\))?"
_BETWEEN_FIRMS = re.compile(rf"\b(?:antara|between)\s+(?:the\s+)?{_FIRM}\s+(?:dan|and)\s+(?:the\s+)?{_FIRM}", re.I)


def _firms_between(doc: Doc, i: int) -> None:
    """ "kontrak ... antara PT Perkebunan Nusantara III (Persero) dan COFCO International": the two
    named between which a document is made are its parties, firms the gazetteer may not know."""
    if not doc.kinds(i, "Agreement"):
        return
    sentence = doc.sentences[i]
    taken = [(m.start, m.end) for m in doc.mentions[i]] + [
        (off, off + len(doc.actors[iri].surface or doc.actors[iri].label)) for off, iri in doc.sentence_actors[i]
    ]
    for m in _BETWEEN_FIRMS.finditer(sentence.text):
        names = [m.group(group).rstrip(".,;:") for group in (1, 2)]  # the sentence's full stop is not the name's
        for group, name in zip((1, 2), names, strict=True):
            start = sentence.start + m.start(group)
            end = start + len(name)
            # one plain word is a brand when the other is a firm: "antara Mayora dan Panda Retail"
            other = names[2 - group]
            if any(s < end and start < e for s, e in taken) or not (_firm_like(name) or _firm_like(other)):
                continue
            if titles().head.match(name):
                continue  # "talks between President Putin and Chairman of the State Administration Council": an office
            if re.match(r"\s+of\s", sentence.text[end - sentence.start :]):
                continue  # "between the Russian Federation and the Republic of Kazakhstan": a name cut short
            _add(doc, i, start, _minted_organization(doc, i, start, name))


def _partners_after_a_set(doc: Doc, i: int) -> None:
    """ "Empat MoU diteken ... Koperasi A menggandeng B untuk membangun ...": the two bodies that go into
    business together after a counted set of documents are its parties, firms the gazetteer may not know."""
    if not any(counts_documents(doc, k) for k in range(max(0, i - SET_ITEMS_REACH), i + 1)):
        return
    sentence = doc.sentences[i]
    pairs = []
    verb = doc.cue("partners_with", i)
    if verb is not None:
        before = _FIRM_BEFORE.search(sentence.text[: verb.start()])
        after = re.match(rf"\s*(?:the\s+)?{_FIRM}", sentence.text[verb.end() :])
        if before is not None and after is not None:
            pairs.append(((before.start(1), before.group(1)), (verb.end() + after.start(1), after.group(1))))
    # "kerja sama PT A (A') dengan B": one cooperation of the set between two bodies
    for m in _COOPERATION_WITH.finditer(sentence.text):
        pairs.append(((m.start(1), m.group(1)), (m.start(2), m.group(2))))
    # a country opening a firm's name ("Vietnam Rare Earth Minerals") leaves the name to the firm
    taken = {off for off, iri in doc.sentence_actors[i] if doc.actors[iri].kind != "Country"}
    sides = (side for pair in pairs for side in pair)
    named = [(sentence.start + start, name) for start, name in sides if _firm_like(name) or len(name.split()) >= 2]
    _mint_bodies(doc, i, named, taken, offices_too=True)


_FIRM_BEFORE = re.compile(rf"{_FIRM}\s+$")
_LISTED_NAME = re.compile(
    r"\s*(?:,\s*)?(?:(?:dan|and|serta)\s+)?((?-i:[A-Z])[\w&.’'\-]*(?:\s+(?-i:[A-Z])[\w&.’'\-]*){0,3})"
)


# "Selangor Aviation & Technology Innovation (Selati), meneken MoU dengan ...": a body named with its short
# form, then a verb of signing
_NAMED_SIGNER = re.compile(
    r"((?-i:[A-Z])[\w’'\-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w’'\-]*){1,7})\s*\(((?-i:[A-Z])[\w&\-]{1,11})\),?"
    r"\s+(?:juga\s+|also\s+)?(?:meneken|menandatangani|signed|inked)\b"
)


def _short_named_signer(doc: Doc, i: int) -> None:
    """A body the gazetteer lacks, named with its short form in brackets right before it signs, is an
    organization: a firm or an agency that signs acts on its own."""
    sentence = doc.sentences[i]
    known = {off for off, _ in doc.sentence_actors[i]} | {m.start for m in doc.kinds(i, "Person", "Organization")}
    named = [(sentence.start + m.start(1), m.group(1)) for m in _NAMED_SIGNER.finditer(sentence.text)]
    # not "Badan Riset Inovasi Nasional (BRIN)": the body the lexicon knows by that short form
    _mint_bodies(doc, i, [(at, n) for at, n in named if _known_short_form(doc, i, at + len(n)) is None], known)


def _described_bodies(doc: Doc, i: int) -> None:
    """ "kantor berita Antara meneken kerja sama dengan Xinhua": a name a word of its kind comes before
    ("kantor berita", "maskapai", "news agency") is an organization, where the sentence tells of a
    document or a partnership it takes part in."""
    if not (doc.cue("sign", i) or doc.cue("partners_with", i)):
        return
    sentence = doc.sentences[i]
    known = {off for off, _ in doc.sentence_actors[i]} | {
        m.start for m in doc.kinds(i, "Person", "Organization", "Country")
    }
    names = (_LISTED_NAME.match(sentence.text, m.end()) for m in doc.cue_matches("body_descriptor", i))
    _mint_bodies(doc, i, [(sentence.start + n.start(1), n.group(1)) for n in names if n is not None], known)


def _firms_listed(doc: Doc, i: int) -> None:
    """ "executives of Chinese firms, including CITIC, CRRC, Xiaomi and Alibaba": firms named one by
    one after the sentence says they are firms are organizations, though the gazetteer lacks them."""
    opener = doc.cue("firms_listed", i)
    if opener is None:
        return
    sentence = doc.sentences[i]
    known = {off for off, _ in doc.sentence_actors[i]} | {m.start for m in doc.mentions[i]}  # countries too
    named, pos = [], opener.end()
    while (m := _LISTED_NAME.match(sentence.text, pos)) is not None:
        named.append((sentence.start + m.start(1), m.group(1)))
        pos = m.end()
    _mint_bodies(doc, i, named, known)


def _mint_bodies(doc: Doc, i: int, named: list[tuple[int, str]], known: set[int], offices_too: bool = False) -> None:
    """An organization for each (offset, name) found by a reader of firms and bodies, unless an actor
    or mention the caller knows stands there, or (unless ``offices_too``) the name opens with an office."""
    for start, name in named:
        name = name.rstrip(".")
        if start in known or (not offices_too and titles().head.match(name)):
            continue
        _add(doc, i, start, _minted_organization(doc, i, start, name))
        known.add(start)


_NAMED = r"(?-i:[A-Z])[\w&.’'\-]*(?:\s+(?-i:[A-Z0-9])[\w&.’'\-]*){0,5}"
_COOPERATION_WITH = re.compile(
    rf"\bkerja\s*sama\s+(?:PT\s+)?({_NAMED})(?:\s+\([^()]{{1,15}}\))?\s+dengan\s+(?:PT\s+)?({_NAMED})", re.I
)


def _firm_like(name: str) -> bool:
    """A firm's name: several capitalised words, or one written with capitals inside ("COFCO")."""
    words = name.split()
    return len(words) >= 2 or sum(c.isupper() for c in name) >= 2


_MINISTRIES_OF_BOTH = re.compile(
    r"\b(?P<field>[a-z]+)\s+ministries\s+of\s+(?:(?:both|the\s+two)\s+countries\b|\S+\s+and\s+\S+)", re.I
)


def _english_ministries_of_both(doc: Doc, i: int) -> None:
    """ "between the foreign ministries of both countries", "... of Russia and Laos": the ministry of
    each of the two."""
    sentence = doc.sentences[i]
    for m in _MINISTRIES_OF_BOTH.finditer(sentence.text):
        portfolio = ministry_portfolios().get(m["field"].casefold())
        start, end = sentence.start + m.start(), sentence.start + m.end()
        named = [c.concept for c in doc.kinds(i, "Country") if start <= c.start < end]
        if portfolio is not None and len(named) in (0, 2):
            two = named or _two_countries(doc)
            _of_both_countries(doc, i, start, two, f"Ministry of {portfolio} of {{}}".format)
            # the countries named there are the ministries' own, not parties beside them
            doc.sentence_actors[i] = [(o, a) for o, a in doc.sentence_actors[i] if not (start < o < end and a in named)]


def _of_both_countries(doc: Doc, i: int, start: int, two: list[str], english_of: Callable[[str], str | None]) -> None:
    """ "Kementerian Luar Negeri kedua negara": that ministry of each of the two countries (named, or
    the two the article speaks of most), by its English name."""
    if len(two) >= 2:
        _of_countries(doc, i, start, two, english_of)


def _of_countries(
    doc: Doc,
    i: int,
    start: int,
    countries: list[str],
    english_of: Callable[[str], str | None],
    surface: str | None = None,  # the name as written, where it names one body
) -> None:
    """The body of that name of each country, by its English name (the gazetteer's where it has it)."""
    for country in countries:
        english = english_of(doc.lexicon.label(country))
        if english is None:
            continue
        known = _gazetteer_organization(doc, english)
        iri = known or mint("org", english)
        label = doc.lexicon.label(known) if known else english
        _add(doc, i, start, Actor(iri, "Organization", label, minted=known is None, sentence=i, surface=surface))


def _other_side_of_a_signing(doc: Doc, i: int, start: int, name: str) -> str | None:
    """ "MoU ... antara Kementerian ESDM dan Korporasi Rosatom", "Kementerian Pariwisata dengan Komite
    Pariwisata Uzbekistan": a ministry of no country said, signing with a body of one of the article's
    two countries, is the other country's."""
    sentence = doc.sentences[i]
    if not doc.kinds(i, "Agreement") and not doc.one_of_the_documents_told(i):
        return None
    end = start - sentence.start + len(name)
    joined = cues()["pair_joiner"].match(sentence.text, end)
    if joined is None:
        return None
    stop = re.search(r"[,;]|\s(?:serta|dan|and)\s", sentence.text[joined.end() :])
    limit = sentence.start + joined.end() + (stop.start() if stop else len(sentence.text))
    partner = [
        m.concept
        for m in (*doc.kinds(i, "Country"), *doc.kinds(i, "Organization"))
        if sentence.start + joined.end() <= m.start < limit
    ]
    sides = [(doc.lexicon.related(c, DKG + "agencyOf") or [c])[0] for c in partner]  # Rosatom is Russia's
    two = _two_countries(doc)
    if len(two) < 2 or not sides or sides[0] not in two:
        return None
    return two[1] if sides[0] == two[0] else two[0]


def _two_countries(doc: Doc) -> list[str]:
    """The two countries the article speaks of most."""
    counts: dict[str, int] = {}
    for row in doc.mentions:
        for m in row:
            if m.kind == "Country":
                counts[m.concept] = counts.get(m.concept, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])[:2]


def _gazetteer_organization(doc: Doc, name: str) -> str | None:
    """The gazetteer's organization of that name, if it has one."""
    return next(
        (e.concept for e in doc.lexicon.entries.get(normalize_tokens(name), ()) if e.kind == "Organization"), None
    )


def _has_country(doc: Doc, i: int, start: int, name: str) -> bool:
    inside = any(start <= m.start and m.end <= start + len(name) for m in doc.kinds(i, "Country"))
    return inside or _possessor(doc, i, start, name) is not None


def _possessor(doc: Doc, i: int, start: int, name: str) -> str | None:
    """The country an English possessive gives a government body: "Kyrgyzstan's Ministry of ..."."""
    if not cues()["government_body"].match(name):
        return None
    return _possessive_country(doc, i, start)


def _possessive_country(doc: Doc, i: int, start: int) -> str | None:
    """The country named with "'s" right before ``start``."""
    for m in doc.kinds(i, "Country"):
        between = doc.sentences[i].text[m.end - doc.sentences[i].start : start - doc.sentences[i].start]
        if re.fullmatch(r"['’]s\s+", between):
            return doc.lexicon.label(m.concept)
    return None


_BRACKET = re.compile(r"\s*\(([A-Z][\w&\-]{1,15})\)")


def _bracketed_alias(text: str, end: int) -> tuple[str, ...]:
    """The short name in brackets right after a name ("Indonesia Asahan Aluminium (Inalum)"),
    not a legal form ("(Persero)")."""
    m = _BRACKET.match(text, end)
    return (m.group(1),) if m and not cues()["legal_form"].match(m.group(1)) else ()


# "(Federation of Saudi Chambers)", "(Islamic Organization for Food Security/IOFS)": an English name in
# brackets after an Indonesian one, perhaps with its short form
_BRACKETED_ENGLISH = re.compile(
    r"\s*\(((?:[A-Z][\w’'\-]*|of|for|and|on|the|&)(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|on|the|&))+)"
    r"(?:\s*[/,;]\s*([A-Z][\w\-]{1,10}))?\)"
)
_SHORT_FORM = re.compile(r"[A-Z][A-Z\d&\-]{1,7}")
_ENGLISH_OF_NAME = re.compile(r"^[A-Z][\w’'\-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z]")  # "Federation of Saudi Chambers"
_FIELD_MINISTRY = re.compile(r"^((?:[A-Z][\w-]*\s+(?:and\s+)?)+)Ministry$")  # "Trade Ministry": "Ministry of Trade"


def _bracketed_english(text: str, end: int) -> tuple[str, ...] | None:
    """The English name (and short form) given in brackets right after a name, when it is an
    organization's name by its English head or tail word."""
    m = _BRACKETED_ENGLISH.match(text, end)
    if m is None or not (_organization_pattern().fullmatch(m.group(1)) or _ENGLISH_OF_NAME.search(m.group(1))):
        return None
    return (m.group(1), m.group(2)) if m.group(2) else (m.group(1),)


def _spelled_out(doc: Doc, short: str) -> str | None:
    """The long name a short form stands for where the article spells it out: "... Malaysia Rail
    Link (MRL)". The run of capitalised words before the bracket is cut to the words whose initials
    make the short form, or to the name an organization's head word opens."""
    pattern = re.compile(rf"((?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|dan|untuk)\s+)?)+)\({re.escape(short)}\)")
    heads = org_words()[0]
    for sentence in doc.sentences:
        m = pattern.search(sentence.text)
        if m is None:
            continue
        words = m.group(1).split()
        for k in range(len(words)):
            tail = words[k:]
            if tail[0] in ("of", "for", "and", "dan", "untuk"):
                continue
            initials = "".join(w[0] for w in tail if w[0].isupper())
            if initials == short or (tail[0] in heads and len(tail) > 1):
                return " ".join(tail)
    return None


_NOT_A_VERB = re.compile(r"(?:dan|di|ke|dari|untuk|yang|serta|atau|dengan|pada|and|of|in|at|to|for|with|or|the)\b")


# the dateline before a lead's first word is not part of its sentence: "YOGYAKARTA - Universitas ..."
_DATELINE_ONLY = re.compile(r"^\s*" + LEAD_DATELINE_SHAPE + r"\s*$")
_DATELINE_LEAD = re.compile(r"^\s*" + LEAD_DATELINE_SHAPE + r"\s*")


def _acts(text: str, start: int, length: int) -> bool:
    """The organization is the subject of its sentence: it opens it (after a dateline) and a verb
    follows its name ("Kementerian Luar Negeri Myanmar mengirim wakil ...")."""
    before = text[:start]
    if before.strip(" “\"'(") not in ("", "Menurut", "According to") and not _DATELINE_ONLY.match(before):
        return False
    rest = text[start + length :].lstrip(" ,")
    return bool(rest[:1].islower()) and not _NOT_A_VERB.match(rest)


def _signs(doc: Doc, i: int, start: int, length: int) -> bool:
    """The organization signs a document: it is the subject of a verb of signing ("HDC and the
    Kyrgyz Centre ... signed an MoU"), or named after "antara"/"between"/"oleh"/"by" in a
    sentence that tells one signed."""
    text = doc.sentences[i].text
    signing = cues()["sign"].search(text[start + length :])
    if signing and _only_subject_words(text[start + length : start + length + signing.start()]):
        # "KUALA LUMPUR, Oct 7 -- USM and UiTM signed ...": the subject begins after the dateline
        # (a wire's "--" read as its dash, at the same length)
        dateline = _DATELINE_LEAD.match(text[:start].replace("--", "- "))
        opening = dateline.end() if dateline else 0
        boundaries = list(cues()["clause_boundary"].finditer(text, opening, start))
        if _only_subject_words(text[boundaries[-1].end() if boundaries else opening : start]):
            return True
    documents = doc.kinds(i, "Agreement")
    # "Di antaranya kerja sama PT A dengan B": one of the documents the sentences before told
    told = bool(cues()["sign"].search(text)) or bool(documents) or doc.one_of_the_documents_told(i)
    base = doc.sentences[i].start
    after_document = any(
        cues()["signer_after_document"].match(text[m.end - base : start]) for m in documents if m.end - base <= start
    )
    return told and (after_document or bool(cues()["signer_lead"].search(text[:start])))


_PARENTHESIS = re.compile(r"\([^()]{0,60}\)")


def _only_subject_words(gap: str) -> bool:
    """Names, their abbreviations in brackets and the words that join them ("(TNB) and
    Kyrgyzstan's state-owned"): nothing that starts a predicate."""
    joiner = cues()["subject_joiner"]
    words = _PARENTHESIS.sub(" ", gap).replace(",", " ").split()
    return len(gap) <= 160 and all(w[:1].isupper() or joiner.match(w) for w in words)


def _person_starts(doc: Doc, i: int) -> list[int]:
    """Where persons begin in sentence i: an organization's name ends before its chief's name."""
    row = doc.sentence_actors[i] if i < len(doc.sentence_actors) else []
    found = [offset for offset, iri in row if doc.actors[iri].kind == "Person"]
    return found + [m.start for m in doc.kinds(i, "Person")]


def _bodies_joined(doc: Doc, i: int) -> list[int]:
    """Where a body the lexicon knows follows "dan": "Badan Karantina Indonesia dan Administrasi Umum
    Kepabeanan China" is two bodies, not one name joined by "dan"."""
    sentence = doc.sentences[i]
    return [
        m.start
        for m in doc.kinds(i, "Organization")
        if re.search(r"\b(?:dan|and|serta)\s+$", sentence.text[: m.start - sentence.start])
    ]


def _trim_name(name: str) -> str:
    name = re.sub(r"\s+(?:di|untuk|dan|-)$", "", name.strip())
    return name.strip("“”\"' ")


def _known_short_form(doc: Doc, i: int, end: int) -> Mention | None:
    """ "the Daya Anagata Nusantara Investment Management Agency (Danantara)": a body the lexicon
    knows by the short form in brackets after its name is that body, not a new one."""
    sentence = doc.sentences[i]
    bracket = _BRACKET.match(sentence.text, end - sentence.start)
    if bracket is None:
        return None
    at = sentence.start + bracket.start(1)
    return next((m for m in doc.kinds(i, "Organization") if m.start == at), None)


def _gazetteer_org_at(doc: Doc, i: int, start: int, end: int) -> Mention | None:
    """A lexicon organization (or person, country) covering most of the span found by pattern."""
    for m in doc.kinds(i, "Organization", "Person", "Country"):
        if m.start <= start + 1 and m.end >= end - 1:
            return m
        if m.start == start and m.kind == "Organization" and not _another_countrys_name(doc, i, m, end):
            return m
    return None


def _another_countrys_name(doc: Doc, i: int, m: Mention, end: int) -> bool:
    """ "Kementerian Perhubungan Vietnam", "Kementerian Perindustrian dan Perdagangan Vietnam": a name
    found by pattern that begins with a body the gazetteer knows and ends on another country is
    that country's own body."""
    if _agency_of_another_country(doc, i, m):
        return True
    home = doc.lexicon.related(m.concept, DKG + "agencyOf")
    return bool(home) and any(
        n.kind == "Country" and n.concept not in home and m.end <= n.start and n.end <= end + 1 for n in doc.mentions[i]
    )


def _surname_mentions(doc: Doc) -> None:
    """A person's surname alone later in the article is the same person ("Widodo said"), and so
    is a given name no other person of the article bears ("kata Budi", "Fadillah said"): Indonesian,
    Malay and Arabic names are shortened to it."""
    persons = [a for a in list(doc.actors.values()) if a.kind == "Person"]
    for actor in persons:
        # a family name put first is short and still safe ("Li" of Li Qiang): no word is written so
        shortest = 2 if family_name_first() & set(actor.represents) else 4
        for short in _short_names(actor, persons):
            if len(short) < shortest or not short[0].isupper() or normalize_tokens(short) in doc.lexicon.entries:
                continue  # too short to be safe, or already a label of its own ("Putin")
            # only the sentences that hold the name: a pattern compiled for each name costs more than a search
            later = [i for i in range(actor.sentence + 1, len(doc.sentences)) if short in doc.sentences[i].text]
            if not later:
                continue
            pattern = re.compile(rf"(?<![\w-]){re.escape(short)}\b(?!\s+[A-Z])")  # not "Budi Gunawan"
            for i in later:
                for m in pattern.finditer(doc.sentences[i].text):
                    offset = doc.sentences[i].start + m.start()
                    if not _inside_a_name(doc, i, offset):  # not the "Ibrahim" of "Sultan Ibrahim"
                        _add(doc, i, offset, actor)


def _inside_a_name(doc: Doc, i: int, offset: int) -> bool:
    return any(m.start <= offset < m.end for m in doc.kinds(i, "Person"))


def _nickname_mentions(doc: Doc) -> None:
    """ "Gubernur Aceh Muzakir Manaf atau yang akrab disapa Mualem": the other name, alone later in
    the article, is the same person."""
    for i in range(len(doc.sentences)):
        sentence = doc.sentences[i]
        for offset, iri in list(doc.sentence_actors[i]):
            actor = doc.actors[iri]
            told = cues()["nickname"].match(sentence.text, offset - sentence.start)
            if actor.kind != "Person" or told is None:
                continue
            name = told.group().split()[-1]  # the pattern ends on the other name
            if normalize_tokens(name) in doc.lexicon.entries:
                continue
            pattern = re.compile(rf"(?<![\w-]){re.escape(name)}\b")
            for k in range(i + 1, len(doc.sentences)):
                for m in pattern.finditer(doc.sentences[k].text):
                    _add(doc, k, doc.sentences[k].start + m.start(), actor)


def _short_names(actor: Actor, persons: list[Actor]) -> list[str]:
    """The surname, and the given name when no other person's name holds it."""
    if family_name_first() & set(actor.represents):
        return [actor.label.split()[0]]
    words = titles().honorific.sub("", actor.label).split()
    others = [other.label.split() for other in persons if other.iri != actor.iri]
    # a name two persons of the article bear names neither ("Al-Sabah" of the Emir and of his Prime Minister)
    shorts = [short for short in (_surname(actor.label),) if not any(short in other for other in others)]
    if len(words) > 1 and words[0].casefold() not in titles().particles:
        given = words[0]
        if not any(given in other for other in others):
            shorts.append(given)
    return shorts


_GENERATION = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _surname(name: str) -> str:
    """The family name a later mention uses: "Marcos" of "Ferdinand Marcos Jr."."""
    words = [w for w in name.split() if w.casefold().strip(",") not in _GENERATION]
    return words[-1] if words else name


def _resolve_pronouns(doc: Doc) -> None:
    """ "Ia", "Dia" at the start of a sentence and "katanya" refer to the last person named."""
    pronoun = cues()["person_pronoun"]
    last_person: str | None = None
    for i, sentence in enumerate(doc.sentences):
        row = doc.sentence_actors[i]
        speaks = pronoun.search(sentence.text.lstrip("“\"' ")) or cues()["quoted_first_person"].search(sentence.text)
        if speaks and last_person is not None:
            if last_person not in [iri for _, iri in row]:
                _add(doc, i, sentence.start - 1, doc.actors[last_person])
        persons = [(at, iri) for at, iri in doc.sentence_actors[i] if doc.actors[iri].kind == "Person"]
        if persons:
            last_person = _subject_person(sentence.text, sentence.start, persons)


# "Penerus A, B C, menjadikan ...": one word before a name, then another name in
# apposition; the one in apposition is the subject, the first only the word's complement
_APPOSITION = re.compile(r"^\W*[\w-]+\s+$")


def _subject_person(text: str, base: int, persons: list[tuple[int, str]]) -> str:
    if len(persons) >= 2 and _APPOSITION.match(text[: persons[0][0] - base]):
        between = text[persons[0][0] - base : persons[1][0] - base]
        if between.count(",") == 1 and between.rstrip().endswith(","):
            return persons[1][1]
    return persons[0][1]
