"""Event coreference: the mentions of one meeting across an article become one meeting.

News reports one visit as "kunjungan kenegaraan", "pembicaraan", "pertemuan bilateral": the
mentions without a date of their own are the dated meeting they agree with (same parties,
no conflicting place or status), nearest in the text, earlier ones first.
"""

from __future__ import annotations

import re

from kg.extract import Doc
from kg.extract.dates import FoundDate, day_shift, find_dates, since_before
from kg.extract.places import containers
from kg.extract.summit_coref import merge_into
from kg.extract.summit_drafts import (
    BILATERAL,
    DKG,
    GENERIC,
    VISIT_DAYS,
    VISITS,
    Meetings,
    SummitDraft,
    earlier_than_story,
    places_agree,
)
from kg.extract.summit_participants import place_of_the_day, place_of_the_story
from kg.lexicon import normalize_tokens
from kg.model import DateValue
from kg.patterns import cues, meeting_words


def merge_mentions(doc: Doc, meetings: Meetings) -> Meetings:
    """Fold each undated meeting mention into the dated meeting it is part of."""
    summits = list(meetings.summits)
    _same_or_next_day(doc, summits)
    target_of: dict[int, int] = {}
    for n, draft in enumerate(summits):
        if draft.date is not None or draft.past or draft.status != "held":
            continue  # a planned visit without a date is its own plan, not an alternative's
        target = _dated_match(doc, n, summits, target_of)
        if target is not None:
            merge_into(doc, summits[target], draft)
            target_of[n] = target
    _one_plan_told_twice(doc, summits, target_of)
    _same_plan_dated_twice(doc, summits, target_of)
    _named_again(doc, summits, target_of)
    _date_from_the_narrative(doc, [s for n, s in enumerate(summits) if n not in target_of])
    _summit_named_by_its_place(doc, summits, target_of)
    _short_name_without_persons(doc, summits, target_of)
    _one_meeting_of_a_pair_a_day(doc, summits, target_of)
    _bodies_met_at_their_named_summit(doc, summits, target_of)
    _visits_into_their_talks(doc, summits, target_of)
    _talks_into_their_summit(doc, summits, target_of)
    kept = [n for n in range(len(summits)) if n not in target_of]
    for n in kept:
        _ahead_is_planned(doc, summits[n])
    for n in kept:
        _persons_stand_for_parties(doc, summits[n])
    for n in kept:  # once dated: "Pada hari yang sama" is known to be the day of the meeting told
        place_of_the_day(doc, summits[n], [summits[k] for k in kept])
    main = next((summits[n] for n in kept if summits[n].status == "held" and not summits[n].past), None)
    for n in kept if main is not None else ():
        place_of_the_story(doc, summits[n], main)  # type: ignore[arg-type]
    index = {old: new for new, old in enumerate(kept)}
    scope = [None if k is None else index[_final(target_of, k)] for k in meetings.scope]
    return Meetings([summits[n] for n in kept], scope)


_ORDINAL = re.compile(r"\b(ke-?\s?\d+|\d+(st|nd|rd|th)|pertama|first|\d{4})\b", re.I)
_NUMBERED = re.compile(r"\b(?:ke-?\s?\d+|\d+(?:st|nd|rd|th))\b", re.I)  # "ke-14", "14th": which edition
_SUMMIT_WORDS = re.compile(r"\b(konferensi tingkat tinggi|pertemuan puncak|summit)\b", re.I)


def _name_words(name: str) -> set[str]:
    """The words of a meeting's name without its ordinal or year, "KTT" for every word for summit."""
    return set(re.findall(r"\w+", _ORDINAL.sub(" ", _SUMMIT_WORDS.sub("KTT", name)).casefold()))


def _ordinals(name: str) -> set[str]:
    return {re.sub(r"\D", "", m.group()) or m.group().casefold() for m in _ORDINAL.finditer(name)}


def _named_again(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """ "Debut Prabowo di KTT BRICS" in a headline and "KTT BRICS ke-17 ... 6-7 Juli" in the body:
    an undated mention whose name is part of a dated meeting's name, of the same kind and body,
    is that meeting, wherever the headline seemed to put it."""
    for n, draft in enumerate(summits):
        if n in merged or draft.status != "held" or not draft.named:
            continue
        bodies = {iri for iri in draft.participants if doc.kind_of(iri) == "Organization"}
        words = _name_words(draft.name)
        # an edition's number says which: "Itulah enam poin penting dari Konsultasi Tahunan ke-14 Indonesia-Malaysia"
        told_by_number = bool(_NUMBERED.search(draft.name))
        if draft.date is not None and not told_by_number:
            continue
        same = [
            k
            for k, s in _others(summits, merged, n)
            if s.status == "held"
            and s.date is not None
            and (draft.date is None or draft.date == s.date)
            and not s.past
            and not earlier_than_story(doc, s)
            and s.kind == draft.kind
            and (bodies & set(s.participants) or (told_by_number and parties(doc, draft) & parties(doc, s)))
            and (words <= _name_words(s.name) or (told_by_number and _name_words(s.name) <= words))
            and _ordinals(draft.name) <= _ordinals(s.name)  # "KTT ke-43 ASEAN" is not "KTT ke-24 ASEAN-Korea"
        ]
        if len(same) == 1:  # the one meeting of the story it can be
            target = same[0]
            location = summits[target].location
            merge_into(doc, summits[target], draft)
            summits[target].location = location or summits[target].location
            merged[n] = target


def _short_name_without_persons(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """ "pada akhir mesyuarat HLSCC" after "mesyuarat pertama HLSCC" of the same day: a mention with
    no one named whose name's words the other meeting's name or sentences hold is that meeting (not a
    forum: a business forum beside talks is an event of its own)."""
    for n, draft in enumerate(summits):
        words = _name_words(draft.name) - meeting_words()
        if n in merged or draft.participants or draft.status != "held" or draft.date is None or not words:
            continue
        if draft.kind.endswith("Forum"):
            continue
        same = [
            k
            for k, s in _others(summits, merged, n)
            if s.status == "held"
            and s.date == draft.date
            and s.participants
            and (words <= _name_words(s.name) or words <= _words_told(doc, s))
        ]
        if len(same) == 1:
            merge_into(doc, summits[same[0]], draft)
            merged[n] = same[0]


def _words_told(doc: Doc, s: SummitDraft) -> set[str]:
    return {w for k in s.sentences for w in re.findall(r"\w+", doc.sentences[k].text.casefold())}


def _summit_named_by_its_place(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """ "KTT Kuala Lumpur bukan hanya milik Timor-Leste" after "KTT ASEAN ke-47" held in Kuala Lumpur
    that day: a summit named by nothing but where it met is the one summit held there that day."""
    for n, draft in enumerate(summits):
        if n in merged or not draft.named or draft.date is None or draft.date.day is None:
            continue
        rest = _SUMMIT_WORDS.sub(" ", re.sub(r"\bKTT\b", " ", draft.name)).strip()
        entries = doc.lexicon.entries.get(normalize_tokens(rest), [])
        if not rest or not any(e.kind == "Place" and e.concept == draft.location for e in entries):
            continue
        same = [
            k
            for k, s in _others(summits, merged, n)
            if s.kind == draft.kind
            and s.date == draft.date
            and s.status == "held"
            and places_agree(doc, s.location, draft.location)
        ]
        if len(same) == 1:
            merge_into(doc, summits[same[0]], draft)
            merged[n] = same[0]


def _others(summits: list[SummitDraft], merged: dict[int, int], n: int) -> list[tuple[int, SummitDraft]]:
    """The meetings still standing beside the n-th, which it might be merged into."""
    return [(k, s) for k, s in enumerate(summits) if k != n and k not in merged]


def _nearest(summits: list[SummitDraft], candidates: list[int], draft: SummitDraft) -> int:
    """The candidate told nearest the mention in the text."""
    return min(candidates, key=lambda k: abs(summits[k].first - draft.first))


def _one_plan_told_twice(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """ "KTT BRICS di Kazan, Oktober" and later "KTT Kazan": a planned meeting told again with its
    place and no date of its own is the dated plan of the same kind in that place."""
    for n, draft in enumerate(summits):
        if n in merged or draft.status != "planned" or draft.date is not None or draft.location is None:
            continue
        plans = [
            k
            for k, s in _others(summits, merged, n)
            if s.status == "planned"
            and s.date is not None
            and s.kind == draft.kind
            and s.location is not None
            and places_agree(doc, s.location, draft.location)
        ]
        if plans:
            target = _nearest(summits, plans, draft)
            merge_into(doc, summits[target], draft)
            merged[n] = target


def _same_plan_dated_twice(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """ "rencana kunjungan kenegaraan Mirziyoyev ke Indonesia bulan depan" and later "Mirziyoyev
    dijadwalkan melakukan kunjungan kenegaraan ke Indonesia pada April": one plan of the same kind,
    month and place, told twice with more or fewer of its persons, or by a shorter name ("KTT ke-47
    ASEAN", later "KTT ASEAN Oktober")."""
    for n, draft in enumerate(summits):
        if n in merged or draft.status != "planned" or draft.date is None:
            continue
        own = persons(doc, draft)
        for k, other in _others(summits, merged, n):
            if k < n or other.status != "planned" or other.kind != draft.kind or other.date is None:
                continue
            if not other.date.agrees(draft.date) or not places_agree(doc, other.location, draft.location):
                continue
            theirs = persons(doc, other)
            same_persons = bool(own and theirs and (own <= theirs or theirs <= own))
            if same_persons or (draft.named and other.named and _one_name_in_the_other(draft.name, other.name)):
                merge_into(doc, draft, other)
                merged[k] = n
                own = persons(doc, draft)


def _one_name_in_the_other(a: str, b: str) -> bool:
    """ "KTT ke-47 ASEAN" and "KTT ASEAN Oktober": the words of one name, edition aside, are all in the other."""
    x, y = _name_words(a), _name_words(b)
    return bool(x and y) and (x <= y or y <= x) and len(x | y) > 1


def _final(target_of: dict[int, int], k: int) -> int:
    """The meeting a mention ended in: merges chain when a visit joins talks that joined another."""
    while k in target_of:
        k = target_of[k]
    return k


_SUMMIT_KINDS = frozenset({DKG + "Summit", DKG + "MultilateralSummit"})


def _one_meeting_of_a_pair_a_day(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """ "menggelar pembicaraan tertutup, lalu dilanjutkan dengan pertemuan delegasi": talks of the
    same two leaders on the same day, in the same place, are one meeting told in parts."""
    for n, draft in enumerate(summits):
        if n in merged or not _part_of_talks(draft):
            continue
        own = persons(doc, draft)
        for k, other in _others(summits, merged, n):
            if k < n or not _part_of_talks(other) or other.date != draft.date:
                continue
            # the pair's talks, and the same talks told with the ministers who joined them
            theirs = persons(doc, other)
            pair = min(own, theirs, key=len)
            if len(pair) == 2 and pair <= own & theirs and places_agree(doc, draft.location, other.location):
                merge_into(doc, draft, other)
                merged[k] = n
                own = persons(doc, draft)


def _bodies_met_at_their_named_summit(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """ "Leaders of ASEAN, the GCC and China met for the first time on Tuesday. The inaugural ASEAN-GCC-China
    Summit ...": bodies said to meet, with no person named, on the day and in the place of the one summit
    named with them, are that summit told first by its verb."""
    for n, draft in enumerate(summits):
        if n in merged or draft.named or draft.status != "held" or draft.date is None or persons(doc, draft):
            continue
        bodies = set(draft.participants)
        same = [
            k
            for k, other in _others(summits, merged, n)
            if other.named
            and 0 <= other.first - draft.first <= _NAMED_NEXT
            and other.status == "held"
            and other.date == draft.date
            and bodies
            and bodies <= set(other.participants)
            and places_agree(doc, draft.location, other.location)
        ]
        if len(same) == 1:
            target = same[0]
            merge_into(doc, summits[target], draft)
            merged[n] = target


_NAMED_NEXT = 2  # sentences from the verb to the summit's name: the lead, then its next sentence


def _part_of_talks(s: SummitDraft) -> bool:
    held_on_a_day = s.status == "held" and not s.past and s.date is not None and s.date.day is not None
    return held_on_a_day and s.kind in (BILATERAL, GENERIC) and not s.named and not s.one_of_several


def _visits_into_their_talks(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """A visit and the talks it consists of are one meeting, dated by the talks: "kunjungan resmi"
    on Monday and "bertemu" on Tuesday, same guest, same place."""
    for n, visit in enumerate(summits):
        if n in merged or visit.kind not in VISITS or visit.past or visit.status != "held":
            continue  # a planned visit may be one of several plans, not their talks
        talks = [k for k, s in _others(summits, merged, n) if s.kind not in VISITS and _talks_of(doc, visit, s)]
        if talks:
            target = _nearest(summits, talks, visit)
            date = summits[target].date
            merge_into(doc, summits[target], visit)
            summits[target].date = date or summits[target].date
            merged[n] = target


def _talks_into_their_summit(doc: Doc, summits: list[SummitDraft], merged: dict[int, int]) -> None:
    """ "KTT Tahunan India-Rusia" and "pembicaraan" of Modi and Putin on its day, in its city: a
    summit of two countries told by their names is the talks of their leaders that day."""
    for n, summit in enumerate(summits):
        leaders = persons(doc, summit)  # none yet, or the two whose talks these are
        if n in merged or summit.status != "held" or summit.past or summit.date is None or len(leaders) > 2:
            continue
        if summit.kind not in _SUMMIT_KINDS:
            continue  # a business dialogue or forum of the two countries is not their leaders' talks
        countries = parties(doc, summit)
        if len(countries) != 2:
            continue
        talks = [
            k
            for k, s in _others(summits, merged, n)
            if s.status == "held"
            and s.date is not None
            and s.date.agrees(summit.date)
            and places_agree(doc, s.location, summit.location)
            and len(persons(doc, s)) == 2
            and leaders <= persons(doc, s)
            and parties(doc, s) == countries
            and s.host is not summit  # talks held on the sidelines of a summit are not the summit
        ]
        for k in talks:
            merge_into(doc, summit, summits[k])
            merged[k] = n


def _talks_of(doc: Doc, visit: SummitDraft, talks: SummitDraft) -> bool:
    if talks.status != visit.status or talks.past or not _same_country(doc, visit.location, talks.location):
        return False
    if _visit_elsewhere(doc, visit, talks):
        return False
    if visit.date is not None:
        if talks.date is None:
            return False  # a dated visit is not an undated meeting told elsewhere in time
        if not (visit.date.agrees(talks.date) or abs(talks.date.days_since(visit.date)) <= VISIT_DAYS):
            return False
    own = parties(doc, visit)
    return bool(own) and own <= parties(doc, talks) and persons(doc, visit) <= persons(doc, talks)


def _same_country(doc: Doc, a: str | None, b: str | None) -> bool:
    """A visit is to a country: its talks may be in any of its cities."""
    if a is None or b is None:
        return True
    return places_agree(doc, a, b) or bool(_countries_of(doc, a) & _countries_of(doc, b))


def _countries_of(doc: Doc, place: str) -> set[str]:
    """The country a place is, or the countries that hold it."""
    return {p for p in {place, *containers(doc, place)} if doc.lexicon.kinds.get(p) == "Country"}


def _dated_match(doc: Doc, n: int, summits: list[SummitDraft], merged: dict[int, int]) -> int | None:
    draft = summits[n]
    candidates = [
        k for k, s in _others(summits, merged, n) if s.date is not None and not s.past and _agree(doc, draft, s)
    ]
    if not candidates:
        return None
    before = [k for k in candidates if summits[k].first <= draft.first]
    # a later meeting is only the same one when the paragraph goes on to date it
    block = doc.sentences[draft.first].block
    later = [
        k
        for k in candidates
        if summits[k].first > draft.first
        and doc.sentences[summits[k].first].block == block
        and not earlier_than_story(doc, summits[k])  # "Ketika Ansar berkunjung ... pada Oktober 2025": recalled
    ]
    pool = before or later
    if not pool:
        return None
    return _nearest(summits, pool, draft)


def _agree(doc: Doc, mention: SummitDraft, meeting: SummitDraft) -> bool:
    """Same status, places that agree, the mention's parties among the meeting's, names that
    do not differ."""
    if mention.status != meeting.status or not places_agree(doc, mention.location, meeting.location):
        return False
    if mention.named and meeting.named and mention.kind not in VISITS:
        return False
    if mention.named and mention.kind not in VISITS and mention.kind != meeting.kind:
        return False  # "the Malaysia-Tatarstan Business Dialogue" that afternoon is not the talks of the morning
    if _one_received_another(doc, mention) and len(persons(doc, meeting)) > 2:
        return False  # "menerima PM Pakistan" during the summit is their own talk, not the summit
    if _visit_elsewhere(doc, mention, meeting):
        return False  # "setelah kunjungan ke Kota X" is not the talks held in another country
    own = parties(doc, mention)
    return bool(own) and own <= parties(doc, meeting) and persons(doc, mention) <= persons(doc, meeting)


def _visit_elsewhere(doc: Doc, visit: SummitDraft, meeting: SummitDraft) -> bool:
    """A visit to a country none of the meeting's parties is: another trip, wherever the meeting sat."""
    if visit.kind not in VISITS or meeting.location is not None:
        return False
    if visit.location is None:
        return False
    countries = _countries_of(doc, visit.location)
    return bool(countries) and not countries & parties(doc, meeting)


def _one_received_another(doc: Doc, s: SummitDraft) -> bool:
    return s.kind == BILATERAL and not s.named and len(persons(doc, s)) == 2


def persons(doc: Doc, s: SummitDraft) -> set[str]:
    """The persons at a meeting: another person met is another meeting."""
    return {iri for iri in s.participants if doc.kind_of(iri) == "Person"}


def parties(doc: Doc, s: SummitDraft) -> set[str]:
    """The countries and organizations at a meeting, persons standing for whom they represent."""
    return {iri for iri in doc.roll_up(list(s.participants)) if doc.kind_of(iri) != "Person"}


def _persons_stand_for_parties(doc: Doc, s: SummitDraft) -> None:
    """A country whose leader is named at the meeting is there through that person. An
    organization stays: its secretary-general does not make ASEAN itself less a party."""
    two_persons = s.kind not in _SUMMIT_KINDS and len(persons(doc, s)) == 2
    represented = {
        r
        for iri in s.participants
        if doc.kind_of(iri) == "Person"
        for r in doc.actors[iri].represents
        if doc.kind_of(r) != "Organization" or two_persons  # a talk of two: the SG stands for the SCO
    }
    for iri in [p for p in s.participants if p in represented]:
        del s.participants[iri]


_LEAD_SENTENCES = 2  # the lead of a story: its first sentences


def _day_named_again(doc: Doc, s: SummitDraft, story: list[DateValue | None]) -> DateValue | None:
    """Told first in a lead that names no day ("Dubes mengatakan pertemuan ... berlangsung produktif"):
    the story's day where the text names the meeting again ("Di akhir pertemuan tersebut, ...")."""
    if s.first >= _LEAD_SENTENCES:
        return None
    again = [k for k in sorted(set(s.sentences)) if k > s.first and doc.cue("summit_anaphor", k)]
    return next((story[k] for k in again if story[k] is not None), None)


def _date_from_the_narrative(doc: Doc, summits: list[SummitDraft]) -> None:
    """A held meeting the text does not date took place in the time the story is telling: the
    last recent day or month the text named before it (news tells its events in order, and a
    visit's further meetings fall on its days)."""
    story = story_dates(doc)
    # a headline's or teaser's meeting is the story's own: the first day the story tells
    opening = next((d for k, d in enumerate(story) if d is not None and doc.sentences[k].kind != "lead"), None)
    for s in summits:
        day = story[s.first] or _day_named_again(doc, s, story)
        if day is None and doc.sentences[s.first].kind == "lead" and not s.past:
            day = opening
        # "Malaysia-China Business Forum 2023" told on the story's day of that year: held that day
        of_that_year = s.year_of_name and day is not None and s.date is not None and day.year == s.date.year
        if (s.date is not None and not of_that_year) or s.status != "held" or day is None:
            continue
        # "Sebelumnya ia berkunjung ke Malaysia": before the story's day, within its month
        s.date = day.coarsen("month") if s.past else day


def _same_or_next_day(doc: Doc, summits: list[SummitDraft]) -> None:
    """ "Sore harinya, Xi berunding ...", "Keesokan harinya ...", "Sehari sebelumnya ...": the day
    the text named last, or the day after or before it."""
    story, named = story_dates(doc), last_days(doc)
    for s in summits:
        shift = day_shift(doc.sentences[s.first].text)
        day = named[s.first] if shift else story[s.first]  # the day before or after the one just named
        if s.date is not None or day is None or day.day is None:
            continue
        if shift is not None:
            s.date = day.plus_days(shift)


def last_days(doc: Doc) -> list[DateValue | None]:
    """Per sentence: the last day the text named before it, whatever the story's time."""
    return doc.once(_last_days)


def _last_days(doc: Doc) -> list[DateValue | None]:
    current: DateValue | None = None
    out: list[DateValue | None] = []
    for sentence in doc.sentences:
        out.append(current)
        days = [f.value for f in _told_dates(sentence.text, doc.article.published) if f.value.day is not None]
        current = days[-1] if days else current
    return out


# a quotation, one left open at the sentence's end, or the end of one opened sentences before
_QUOTE = re.compile(
    r"[“\"][^”\"]*[”\"]|[“\"][^”\"]*$"
    r"|^[^“\"]*[”\"](?=\s*,?\s*(?:ujar|kata|tutur|ucap|jelas|tegas|imbuh|lanjut|said|says|added|told)\b)"
)


def _told_dates(text: str, published: DateValue | None) -> list[FoundDate]:
    """The dates a sentence tells in its own voice: "hari ini" inside a quotation is the day the
    speaker spoke, not the day of publication."""
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    return [f for f in find_dates(text, published) if f.absolute or not any(s <= f.start < e for s, e in quoted)]


def story_dates(doc: Doc) -> list[DateValue | None]:
    """Per sentence: the latest recent day or month named before it; years, "sejak 2019" and
    flashbacks to an earlier day move no story (read once per article; callers only read it)."""
    return doc.once(_story_dates)


def _story_dates(doc: Doc) -> list[DateValue | None]:
    current: DateValue | None = None
    out: list[DateValue | None] = []
    for sentence in doc.sentences:
        out.append(current)
        arrival = cues()["arrival_eve"].search(sentence.text) is not None
        flashback = cues()["flashback_opening"].match(sentence.text) is not None
        for found in _told_dates(sentence.text, doc.article.published):
            if cues()["told_on"].match(sentence.text, found.end):
                continue  # "dalam keterangan tertulis pada Selasa (12/11) mengatakan ...": the day it was told
            if found.value.precision != "year" and not since_before(sentence.text, found.start):
                recalled = flashback or cues()["landmark_event"].search(sentence.text[: found.start]) is not None
                if (
                    (arrival or recalled)
                    and current is not None
                    and current.day is not None
                    and current.after(found.value)
                ):
                    # "Prabowo tiba pada Senin malam": the eve of the day told; "Sebelumnya, pada Rabu malam (10/9)",
                    # "tiga hari setelah serangan ... pada Selasa (9/9)": a day recalled; none is where the story goes
                    continue
                if _recent(doc, found.value) and (current is None or _moves_story(found.value, current)):
                    current = found.value
    return out


def _ahead_is_planned(doc: Doc, s: SummitDraft) -> None:
    """A meeting dated after the article was published has not been held yet."""
    published = doc.article.published
    if s.status == "held" and s.date is not None and published is not None and s.date.after(published):
        s.status = "planned"


_RETOLD_DAYS = 3  # a body retells the days of the visit its lead summed up; earlier is a flashback


def _moves_story(date: DateValue, current: DateValue) -> bool:
    """The story moves on to a later day, or back to a day of the same visit, not to weeks before."""
    return date.days_since(current) >= -_RETOLD_DAYS


_RECENT_DAYS = 60  # news tells of its own weeks; an older date is background, not the story's time


def _recent(doc: Doc, date: DateValue) -> bool:
    published = doc.article.published
    if published is None or published.day is None:
        return False  # without the day of publication, no date can be told recent
    if date.month is None:
        return True
    first = date if date.day is not None else DateValue(date.year, date.month, 1)
    gap = published.days_since(first)
    return 0 <= gap <= _RECENT_DAYS
