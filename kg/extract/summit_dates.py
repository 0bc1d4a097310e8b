"""Summit dates: the day, month or year of a meeting told in a sentence (``_date_for``) and whether it
was held or is planned (``_status``): the date written after the meeting word, else before it; a day
counted from another meeting ("sehari setelah", "pada hari kedua kunjungan": ``counted_day``) or from
the day the sentence before moved to; a plan's date ahead of publication or put off; a meeting prepared
for on a day long past."""

from __future__ import annotations

import bisect
import re

from kg.extract import Doc
from kg.extract.dates import (
    FoundDate,
    day_shift,
    day_span,
    event_day,
    event_length,
    find_dates,
    since_before,
    time_counted_on,
)
from kg.extract.summit_drafts import BILATERAL, VISIT_DAYS, SummitDraft, _Trigger, months_before
from kg.model import DateValue
from kg.patterns import cues

_TIME_BACK = 3  # sentences back to the time a "Setahun kemudian" counts from


def _sentence_dates(doc: Doc, i: int) -> list[FoundDate]:
    """The sentence's dates, and a time counted from the one told before ("Setahun kemudian, ...")
    when the sentence names none of its own."""
    dates = find_dates(doc.sentences[i].text, doc.article.published)
    if any(d.absolute for d in dates):
        return dates
    anchor = next(
        (
            told[-1].value
            for k in range(i - 1, max(i - _TIME_BACK, 0) - 1, -1)
            if (told := find_dates(doc.sentences[k].text, doc.article.published))
        ),
        None,
    )
    later = time_counted_on(doc.sentences[i].text, anchor) if anchor is not None else []
    kept = [d for d in dates if not any(d.start < x.end and x.start < d.end for x in later)]
    return sorted(kept + later, key=lambda d: d.start)


def _another_time(dates: list[FoundDate], meeting: SummitDraft, text: str = "") -> bool:
    """The sentence is dated, and in none of the meeting's months (another day of a summit is
    still the summit)."""
    told = meeting.date
    if not dates or told is None:
        return False
    earlier = day_shift(text) == -1 and not meeting.multi_day and told.day is not None
    if earlier and all(d.value.day is not None and d.value.days_since(told) < 0 for d in dates):
        return True  # "Sehari sebelumnya, Rabu (19/6), ia dan Kim menandatangani ...": before the talks began
    return not any(d.value.year == told.year and d.value.month in (told.month, None) for d in dates)


_NAME_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?![-–/]\d)")


# a meeting dated years before publication is background, unless it is the first the article
# reports: then it is what a retrospective is about
_BACKGROUND_YEARS = 1


def _ahead_if_planned(doc: Doc, i: int, draft: SummitDraft) -> DateValue | None:
    """ "expected to attend the summit in October", "scheduled for Friday": a planned meeting's month
    without a year, or its weekday, is ahead."""
    date, published = draft.date, doc.article.published
    if draft.status != "planned" or date is None or date.month is None or published is None:
        return date
    if str(date.year) in doc.sentences[i].text or not published.after(date):
        return date
    if date.day is not None and published.day is not None and 0 < published.days_since(date) < 7:
        told = find_dates(doc.sentences[i].text, published)
        if _lasts_until_after(doc.sentences[i].text, told, date, published):
            return date  # "tiba pada Rabu untuk memulai kunjungannya, yang akan berlangsung hingga 20 Juni": under way
        if any(f.value == date and not f.absolute for f in told):
            return date.plus_days(7)  # "scheduled for Friday": the coming Friday, not the one just past
        if any(f.value == date and f.absolute for f in told):
            return date  # "the visit started on May 13 and will last until May 16": under way, not next year's
    return DateValue(date.year + 1, date.month, date.day)


def _under_way(doc: Doc, i: int, draft: SummitDraft) -> bool:
    """A planned meeting whose day, written out in the sentence, is days before publication has begun."""
    date, published = draft.date, doc.article.published
    if draft.status != "planned" or date is None or date.day is None or published is None or published.day is None:
        return False
    told = find_dates(doc.sentences[i].text, published)
    written = any(f.absolute and f.value == date for f in told)
    lasting = _lasts_until_after(doc.sentences[i].text, told, date, published)
    return (written or lasting) and 0 < published.days_since(date) < 7


def _lasts_until_after(text: str, told: list[FoundDate], date: DateValue, published: DateValue) -> bool:
    """The sentence says the event lasts until a day after ``date`` that is not yet past."""
    return any(
        f.value.after(date) and not published.after(f.value) and cues()["span_end"].search(text, 0, f.start)
        for f in told
    )


def _year_in_name(name: str) -> DateValue | None:
    """ "Konferensi Asia-Afrika 1955", "KTT ASEAN 2023": the year a meeting's name carries."""
    m = _NAME_YEAR.search(name)
    return DateValue(int(m.group(1))) if m else None


def _dated(name_year: DateValue | None, found: DateValue | None) -> DateValue | None:
    """The year in a meeting's name wins over another year, not over a day of that same year."""
    if name_year is None or (found is not None and found.year == name_year.year):
        return found
    return name_year


def _long_ago(doc: Doc, date: DateValue | None) -> bool:
    """A meeting from years before the article is background: it takes no sentences in focus."""
    published = doc.article.published
    return date is not None and published is not None and published.year - date.year > _BACKGROUND_YEARS


def _date_for(
    doc: Doc,
    trigger: _Trigger,
    triggers: list[_Trigger],
    dates: list[FoundDate],
    summits: list[SummitDraft],
    focus: int | None,
) -> DateValue | None:
    """The closest date after the trigger (before the next trigger), else the closest before it."""
    if trigger.topical:
        return None  # the story's day, from coreference
    apart = _days_from_the_meeting_told(doc, trigger, triggers, summits, focus) or _days_from_the_verb_before(
        doc, trigger, triggers, dates
    )
    if apart is not None:
        return apart
    base = doc.sentences[trigger_sentence(doc, trigger)].start
    real = [t for t in triggers if not t.anaphor]
    # "his first since taking office in 2022": a date after "since" starts a span, it dates no meeting
    dates = [
        d
        for d in dates
        if not since_before(doc.sentences[trigger_sentence(doc, trigger)].text, d.start, trigger.start - base)
    ]
    after_next = min((t.start for t in real if t.start > trigger.start), default=10**9)
    text = doc.sentences[trigger_sentence(doc, trigger)].text
    clause_end = next((base + m.start() for m in NEW_CLAUSE.finditer(text) if base + m.start() > trigger.end), 10**9)
    # "dengan PM Laos A, yang tahun depan memegang keketuaan ASEAN": the time of what the person does
    # (unless the meeting is told in that clause: "A, who is due to meet B on June 19")
    about_a_person = [
        (a, b) for a, b in _person_clauses(doc, trigger_sentence(doc, trigger)) if not a <= trigger.start < b
    ]
    dates = [d for d in dates if not any(a <= base + d.start < b for a, b in about_a_person)]
    # "Kunjungan X digelar untuk memperingati 76 tahun hubungan diplomatik, yang dibuka pada 13 April 1950":
    # the time of what the clause is said of, far from the meeting's word
    told_of_another = _far_relative_clauses(text, trigger.end - base)
    dates = [d for d in dates if not any(a <= d.start < b for a, b in told_of_another)]
    after = [d for d in dates if trigger.end <= base + d.start < min(after_next, clause_end)]
    # "tiba pada Rabu untuk memulai kunjungannya, yang akan berlangsung hingga 20 Juni": the last day
    # dates the event only when no other day does
    ends = [d for d in after if cues()["span_end"].search(text, 0, d.start)]
    if ends and len(ends) == len(after) and _named_before(doc, trigger, triggers, dates):
        after = []
    if after:  # "KTT SCO tahun ini ... pada akhir bulan ini": the month, not only the year
        finer = [
            d for d in after[1:] if d.value.year == after[0].value.year and d.value.month and not after[0].value.month
        ]
        return (finer or after)[0].value
    later = _a_day_later(doc, trigger, dates, min(after_next, clause_end))
    if later is not None:
        return later
    host = next((t for t in real if t.start == after_next and t.host), None)
    if host is not None:  # "pertemuan kedua pemimpin di sela Sidang Majelis Umum PBB, September tahun lalu"
        of_host = [d for d in dates if host.end <= base + d.start < clause_end]
        if of_host:
            return of_host[0].value
    # "Selasa (5/3), di sela KTT X": the day before a host is the side meeting's, not the host's; a month
    # is both's ("met him in May last year, on the sidelines of the ASEAN-GCC Summit")
    # "menandatangani perjanjian pada 21 Desember 2025, di sela sidang X": a day written out, with no
    # meeting before the host, is the host's ("Pada hari ini pula, di sela AMM" is only the story's day)
    side = any(t.start < trigger.start for t in real)
    before = [
        d
        for d in dates
        if base + d.end <= trigger.start and not (trigger.host and d.value.day is not None and (side or not d.absolute))
    ]
    # "Pada Kamis pagi, sebelum temu bisnis, Faisol bertemu ...": a landmark tells the time, it reports no meeting
    previous_trigger = max((t.end for t in real if t.start < trigger.start and not t.landmark), default=-1)
    before = [d for d in before if base + d.start > previous_trigger]
    # "Dubes dalam keterangan tertulis pada Selasa (12/11) mengatakan bahwa pertemuan ...": the day it was told
    before = [d for d in before if not cues()["tells_of"].search(text[d.end : trigger.start - base])]
    if before:
        return before[-1].value
    shared = _date_of_the_clause_joined(text, base, trigger, previous_trigger, dates)
    if shared is not None:
        return shared
    sentence = doc.sentences[trigger_sentence(doc, trigger)]
    after_landmark = _after_landmark(doc, trigger, triggers, summits)
    if after_landmark is not None:
        return after_landmark
    same_time = re.search(r"\b(pada saat yang sama|hari itu|at the same time)\b", sentence.text, re.I)
    same_day = re.search(r"\b(pada hari yang sama|on the same day)\b", sentence.text[trigger.end - base :], re.I)
    told_before = [d for d in dates if base + d.end <= trigger.start]
    if same_day and told_before:  # "pada Juli 2024 ia diterima A sebelum bertemu B pada hari yang sama"
        return told_before[-1].value
    shift = day_shift(sentence.text)
    if focus is not None and (same_time or cues()["then_anaphor"].search(sentence.text)):
        told = summits[focus].date  # "Kala itu Mualem bertemu ...": at the time of the meeting just told
        if shift and told is not None and told.day is not None:
            return told.plus_days(shift)  # "Saat itu ia datang pada konferensi X keesokan harinya"
        return told
    if shift:  # "keesokan harinya", "sehari sebelumnya": from the day the text named last
        named = _last_day_before(doc, sentence.index)
        return named.plus_days(shift) if named is not None else None
    if shift == 0 and sentence.index > 0:  # "Pada 9 November 2024 ... Di hari yang sama ia juga bertemu Li"
        days = [f.value for f in find_dates(doc.sentences[sentence.index - 1].text, doc.article.published)]
        if days and days[-1].day is not None:
            return days[-1]
    if _names_the_counted_event(sentence.text, trigger.start - sentence.start):
        return None  # "pada hari kedua kunjungan": the visit itself, not a meeting of that day
    counted = counted_day(doc, sentence.index, summits)
    if counted is not None:
        return counted
    if cues()["earlier_same_day"].match(sentence.text):
        from kg.extract.coref import story_dates  # coref reads meetings built here

        day = story_dates(doc)[sentence.index] or doc.article.published
        if day is not None and day.day is not None:
            return day  # "Earlier, Anwar also held a bilateral meeting with ...": earlier that day
    return _day_the_sentence_before_moved_to(doc, sentence.index, summits)


_PERSON_CLAUSE = re.compile(r"\s*,\s*(?:yang|who|whose)\b[^,;]*", re.I)


def _far_relative_clauses(text: str, after: int) -> list[tuple[int, int]]:
    """The relative clauses set off after the meeting's own predicate ("Kunjungan X digelar untuk
    memperingati ... hubungan diplomatik, yang dibuka pada 1950"): said of a noun the predicate named,
    not of the meeting ("Summer Davos, which runs from June 24 to 26" is the meeting's)."""
    return [
        (m.start(), m.end())
        for m in cues()["relative_clause"].finditer(text, after)
        if cues()["meeting_predicate"].search(text, after, m.start())
    ]


def _person_clauses(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The spans of relative clauses set off after a person's name ("A, yang tahun depan ...")."""
    sentence = doc.sentences[i]
    spans = []
    for offset, iri in doc.sentence_actors[i] if i < len(doc.sentence_actors) else ():
        actor = doc.actors.get(iri)
        if actor is None or actor.kind != "Person":
            continue
        name_end = next((m.end for m in doc.mentions[i] if m.start == offset), None)
        if name_end is None:
            known = re.match(r"[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]*)*", sentence.text[offset - sentence.start :])
            name_end = offset + (known.end() if known else 0)
        clause = _PERSON_CLAUSE.match(sentence.text, name_end - sentence.start)
        if clause is not None:
            spans.append((sentence.start + clause.start(), sentence.start + clause.end()))
    return spans


_DAYS_WAY = (
    r"\b(?P<n>sehari|dua hari|tiga hari|seminggu|sepekan|a day|one day|two days|three days|a week|one week)\s+"
    r"(?P<way>setelah|sesudah|sebelum|after|before)"
)


_DAYS_APART = re.compile(_DAYS_WAY + r"\s+(?:[^\s,;.]+\s+){0,10}$", re.I)


# "..., sehari setelah menemui ...", "..., one day after holding talks with ..."
_DAYS_BEFORE_VERB = re.compile(
    _DAYS_WAY + r"(?:\s+(?:holding|having held|having|melakukan|menggelar|mengadakan))?\s*$", re.I
)


_DAY_COUNTS = {
    **dict.fromkeys(("sehari", "a day", "one day"), 1),
    **dict.fromkeys(("dua hari", "two days"), 2),
    **dict.fromkeys(("tiga hari", "three days"), 3),
    **dict.fromkeys(("seminggu", "sepekan", "a week", "one week"), 7),
}


def _days_from_the_meeting_told(
    doc: Doc, trigger: _Trigger, triggers: list[_Trigger], summits: list[SummitDraft], focus: int | None
) -> DateValue | None:
    """ "Kunjungan ke Riyadh ini dilakukan sehari setelah Prabowo bertemu Raja Bahrain": the meeting
    after "sehari setelah" was the day before the one referred back to."""
    if focus is None or trigger.anaphor:
        return None
    told = summits[focus].date
    sentence = doc.sentences[trigger_sentence(doc, trigger)]
    apart = _DAYS_APART.search(sentence.text, 0, trigger.start - sentence.start)
    if told is None or told.day is None or apart is None:
        return None
    if not any(t.anaphor and t.start < sentence.start + apart.start() for t in triggers):
        return None
    return _days_apart(told, apart)


def _days_apart(day: DateValue, apart: re.Match[str]) -> DateValue:
    """The day a "sehari setelah", "two days before" match puts the event at, counted from ``day``."""
    n = _DAY_COUNTS[" ".join(apart["n"].lower().split())]
    return day.plus_days(-n if apart["way"].lower() in ("setelah", "sesudah", "after") else n)


def _days_from_the_verb_before(
    doc: Doc, trigger: _Trigger, triggers: list[_Trigger], dates: list[FoundDate]
) -> DateValue | None:
    """ "Pada 30 Juni 2022, Jokowi bertemu Putin di Kremlin, sehari setelah menemui Zelensky di Kyiv":
    the meeting after "sehari setelah" was the day before the day of the meeting told before it."""
    sentence = doc.sentences[trigger_sentence(doc, trigger)]
    before = [t for t in triggers if not t.anaphor and t.end <= trigger.start]
    if not before:
        return None
    apart = _DAYS_BEFORE_VERB.search(sentence.text, 0, trigger.start - sentence.start)
    if apart is None or sentence.start + apart.start() < before[-1].end:
        return None
    days = [d.value for d in dates if sentence.start + d.end <= before[-1].start and d.value.day is not None]
    if not days:
        return None
    return _days_apart(days[-1], apart)


def _named_before(doc: Doc, trigger: _Trigger, triggers: list[_Trigger], dates: list[FoundDate]) -> bool:
    """A day is named between the meeting word before this one and this one."""
    base = doc.sentences[trigger_sentence(doc, trigger)].start
    previous = max((t.end for t in triggers if t.start < trigger.start and not t.anaphor), default=-1)
    return any(previous < base + d.start and base + d.end <= trigger.start for d in dates)


_OF_THE_EVENT = re.compile(
    r"^\s*(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}['’]s\s+)?$", re.I
)  # "the final day of Li's visit"


def _names_the_counted_event(text: str, at: int, of_whom: bool = False) -> bool:
    """ "hari kedua kunjungan", "the final day of Li's visit" (``of_whom``: only told as someone's)."""
    counted = event_day(text)
    if counted is None or counted.end > at or not _OF_THE_EVENT.match(text[counted.end : at]):
        return False
    return not of_whom or bool(re.search(r"['’]s\s+$", text[counted.end : at]))


def counted_day(doc: Doc, i: int, summits: list[SummitDraft]) -> DateValue | None:
    """ "Pada hari kedua kunjungan ...", "On the final day of the summit ...": the day counted from the
    first day of the event the story follows; the last day needs the event's length."""
    counted = event_day(doc.sentences[i].text)
    if counted is None:
        return None
    events = (s for s in reversed(summits) if s.first < i and s.kind != BILATERAL and not s.past)
    start, length = next((found for s in events if (found := _first_day_and_length(doc, s))[0]), (None, None))
    if start is None:
        return None
    if counted.n == "last":
        return start.plus_days(length - 1) if length else None
    return start.plus_days(int(counted.n) - 1)


def _first_day_and_length(doc: Doc, event: SummitDraft) -> tuple[DateValue | None, int | None]:
    """An event's first day and its number of days: from its span of days ("26-28 Oktober"), else
    its own day and the length the text gives ("kunjungan selama tiga hari")."""
    text = doc.sentences[event.first].text
    span = day_span(text, doc.article.published)
    if span is not None:
        return span
    day = event.told_day if event.multi_day else event.date
    if day is None or day.day is None:
        return None, None
    # "berakhir Kamis" and, later, "KTT dua hari itu dibuka pada Rabu (15/4)": the earliest day told
    told = [f.value for s in doc.sentences for f in find_dates(s.text, doc.article.published)]
    before = [d for d in told if d.day is not None and 0 < day.days_since(d) <= VISIT_DAYS]
    first = min(before, key=lambda d: d.iso, default=day)
    return first, event_length(" ".join(s.text for s in doc.sentences))


def _a_day_later(doc: Doc, trigger: _Trigger, dates: list[FoundDate], end: int) -> DateValue | None:
    """ "bertemu Presiden A di Tashkent, Kamis (22/10), serta menghadiri Forum B sehari kemudian": the
    day after the one told before the meeting."""
    sentence = doc.sentences[trigger_sentence(doc, trigger)]
    base = sentence.start
    shift = day_shift(sentence.text[trigger.end - base : end - base])  # to the clause's end, or the sentence's
    days = [d.value for d in dates if base + d.end <= trigger.start and d.value.day is not None]
    return days[-1].plus_days(shift) if shift and days else None


def _day_the_sentence_before_moved_to(doc: Doc, i: int, summits: list[SummitDraft]) -> DateValue | None:
    """ "Keesokan harinya, Presiden menyambut Rahmon ... Kedua kepala negara kemudian melakukan
    pertemuan": a sentence with no time of its own goes on in the day the one before moved to."""
    if i == 0 or doc.sentences[i - 1].block != doc.sentences[i].block:
        return None
    before = doc.sentences[i - 1].text
    told = find_dates(before, doc.article.published)
    if told and cues()["there_opening"].match(doc.sentences[i].text):
        return told[-1].value  # "Pekan depan, ia bertolak ke Bishkek. Di sana ia dijadwalkan bertemu ..."
    if told and cues()["said_back_opening"].match(doc.sentences[i].text) and months_before(doc, told[-1].value):
        return told[-1].value  # "A mengesahkan pada 28 Julai lalu ... Kenyataan itu dibuat selepas beliau menerima B"
    if told:
        return None
    shift = day_shift(before)
    if not shift:
        return counted_day(doc, i - 1, summits)
    if shift < 0:  # "X mendarat sehari sebelumnya. Seusai pertemuan ...": a look back; the story stays on its day
        return None
    named = _last_day_before(doc, i - 1)
    return named.plus_days(shift) if named is not None else None


def _after_landmark(
    doc: Doc, trigger: _Trigger, triggers: list[_Trigger], summits: list[SummitDraft]
) -> DateValue | None:
    """ "Seusai penutupan KTT, Jokowi menerima Xi": a meeting right after one the text has dated
    took place on that meeting's day."""
    sentence = doc.sentences[trigger_sentence(doc, trigger)]
    for t in triggers:
        if not t.landmark or t.start >= trigger.start:
            continue
        if not cues()["time_after"].search(sentence.text[: t.start - sentence.start]):
            continue
        word = sentence.text[t.start - sentence.start : t.end - sentence.start].casefold()
        for s in reversed(summits):
            if s.date is None or s.date.day is None or s.status != "held" or s.past:
                continue
            if s.kind == t.kind or s.name.casefold().startswith(word):
                return s.date
    return None


def _last_day_before(doc: Doc, i: int) -> DateValue | None:
    for k in range(i - 1, -1, -1):
        days = [f.value for f in find_dates(doc.sentences[k].text, doc.article.published) if f.value.day]
        if days:
            return days[-1]
    return None


# a reported clause starts another predicate, with dates of its own:
# "... at the 46th ASEAN Summit, and agreed that Timor-Leste will join in October"
# a clause of its own after the meeting's: what was said ("bahwa"), or the time of another event
# ("berlangsung ketika serangan rudal menghantam Kyiv")
NEW_CLAUSE = re.compile(
    r"\bbahwa\b|\b(?:agreed|said|says|announced|stated|noted|added|warned|confirmed)(?:\s+\w+){0,2}\s+that\b|;"
    r"|\b(?:ketika|tatkala|when|while)\b"
)


def trigger_sentence(doc: Doc, trigger: _Trigger) -> int:
    """The sentence holding the trigger (sentences are in text order: a binary search)."""
    at = bisect.bisect_right(doc.sentences, trigger.start, key=lambda s: s.start) - 1
    if at >= 0 and doc.sentences[at].start <= trigger.start < doc.sentences[at].end:
        return doc.sentences[at].index
    return 0


def _status(doc: Doc, i: int, trigger: _Trigger, date: DateValue | None, dates: list[FoundDate]) -> str:
    sentence = doc.sentences[i]
    # the clause of the meeting word, up to its first comma: "A meeting with his counterpart Premier
    # Li Qiang is also set for Saturday, after which ..."
    end = trigger.end - sentence.start
    clause = re.match(r"[^,;]{0,100}", sentence.text[end:])
    before = sentence.text[: end + max(40, clause.end() if clause else 0)]
    published = doc.article.published
    own = [d for d in dates if d.value == date and d.start > trigger.start - sentence.start]
    if own and published is not None and own[0].value.year < published.year:
        return "held"  # "akan menjadi lawatan pertama sejak KTT APEC di Bali pada 2013": a past year is past
    if published is not None and any(d.absolute and d.value == date and _long_past(d.value, published) for d in dates):
        return "held"  # "This will be his second meeting with Putin, after the forum on Sep 4, 2024": written out, past
    plan = cues()["planned"].search(before)
    if plan is not None and _HELD_FIRST.search(before, end, max(end, plan.start())):
        plan = None  # "The Forum opened on Wednesday and is expected to conclude on Thursday": under way
    if (
        plan is not None
        and plan.end() <= trigger.start - sentence.start
        and _REPORTED.search(sentence.text, plan.end(), trigger.start - sentence.start)
    ):
        plan = None  # "Malaysia will facilitate imports, Anwar said today after talks with X": what was said
    if (
        plan is not None
        and plan.end() <= trigger.start - sentence.start
        and cues()["when_clause"].search(sentence.text, plan.end(), trigger.start - sentence.start)
        and date is not None
        and published is not None
        and not date.after(published)
    ):
        plan = None  # "Undangan itu disampaikan A ketika berkunjung ke Jakarta pada April": the visit is past
    # "the next meeting between the two": this meeting word is the next one's
    plan = plan or next(
        (
            m
            for m in cues()["next_occasion"].finditer(sentence.text)
            if m.start() <= trigger.start - sentence.start < m.end()
        ),
        None,
    )
    put_off = cues()["postponed"].search(sentence.text, trigger.end - sentence.start)
    if put_off is not None and _REPORTED.search(sentence.text, trigger.end - sentence.start, put_off.start()):
        put_off = None  # "where he met Xi, the prime minister said Malaysia would put off projects": what was said
    if plan is not None or put_off is not None:
        return "planned"  # "... yang semula dijadwalkan digelar di Kazan akhir bulan ini diundur": not yet held
    if date is not None and published is not None and date.after(published):
        return "planned"
    if _prepared_for(sentence.text, trigger.start - sentence.start, trigger) and (
        date is None or published is None or not published.after(date)
    ):
        return "planned"  # "bagian dari persiapan menyambut kedatangan Presiden X": still to come
    if date is not None and published is not None and _span_begins_after(sentence.text, date, published):
        return "planned"  # "kunjungan ... ke St. Petersburg, 19–20 Juni 2025", told on 18 June
    return "held"


_REPORTED = re.compile(r"\b(?:said|says|told|added|berkata|mengatakan|menyatakan|menegaskan|kata)\b", re.I)


def _moved_to(text: str, after: int, dates: list[FoundDate]) -> DateValue | None:
    """ "... yang sepatutnya pada 14 April ditangguhkan ke pertengahan Jun": the date it was put off to."""
    moved = cues()["postponed"].search(text, after)
    if moved is None:
        return None
    to = _MOVED_TO.match(text, moved.end())
    if to is None:
        return None
    return next((d.value for d in dates if to.end() <= d.start <= to.end() + 20), None)


_MOVED_TO = re.compile(r"(?:nya|kan)?\s+(?:ke|hingga|sampai|menjadi|kepada|to|until)\b", re.I)


def _long_past(date: DateValue, published: DateValue) -> bool:
    """A date a month or more before publication: no plan is dated there."""
    if date.month is None or published.month is None:
        return date.year < published.year
    return (date.year, date.month) < (published.year, published.month - 1) or (
        date.day is not None and published.day is not None and published.days_since(date) > 31
    )


def _written_or_ahead(doc: Doc, date: DateValue | None, dates: list[FoundDate]) -> DateValue | None:
    """A planned meeting's date, unless it is the story's past day it was only told on."""
    published = doc.article.published
    if date is None or published is None or not published.after(date) or any(d.value == date for d in dates):
        return date
    return None


def _prepared_for_long_ago(doc: Doc, dates: list[FoundDate], draft: SummitDraft) -> tuple[DateValue | None, str]:
    """ "Pada 18 Mei 2016, A bertemu B di X, menjelang KTT Y": a meeting
    prepared for on a day long past was held soon after it, in that month as far as the text says."""
    published = doc.article.published
    if draft.date is not None or published is None or not dates:
        return draft.date, draft.status
    if not all(_long_past(d.value, published) for d in dates):
        return draft.date, draft.status
    told = dates[0].value
    return DateValue(told.year, told.month), "held"


def _prepared_for(text: str, start: int, trigger: _Trigger) -> bool:
    """A meeting noun after "persiapan", "menjelang", "ahead of": what is being prepared for."""
    return not trigger.verb and not trigger.anaphor and bool(cues()["ahead_of"].search(text, 0, start))


_HELD_FIRST = re.compile(r"\b(?:opened|began|was held|took place|dibuka|dimulai|berlangsung|digelar)\b", re.I)


_JOINED_CLAUSE = re.compile(
    r",?\s+(?:dan|serta|and)\s+(?:(?:juga|lalu|kemudian|then|also)\s+)?[a-z]+\s+(?:the\s+)?$"
    r"|,\s*(?:when|where|ketika|saat|di mana)\s+(?:[a-z]+\s+){1,3}$"  # "for the X in November, when he held talks"
    r"|,\s+(?:lalu|kemudian|then)\s+(?:[a-z]+\s+)?$"  # "Pada 25 Februari, A datang ke X, diterima B, lalu menemui C"
    r"|(?:,|\s(?:dan|serta|and))\s+(?:(?:antara lain|di antaranya|yakni|yaitu|such as|namely)\s+)?$"
    r"|\b(?:sekaligus|sambil|seraya)\s+(?:[\w-]+\s+){0,4}$"  # "kunjungan ... sekaligus memimpin bersama A pertemuan"
)


def _date_of_the_clause_joined(
    text: str, base: int, trigger: _Trigger, previous_trigger: int, dates: list[FoundDate]
) -> DateValue | None:
    """ "pada Mei 2014, ketika beliau bertemu Presiden X, dan menghadiri Forum Y": a meeting in a clause
    joined to the one before by "dan" shares its date, when the sentence tells one date."""
    if previous_trigger < 0 or len({d.value for d in dates}) != 1 or base + dates[-1].end > previous_trigger:
        return None  # one date, maybe told twice ("esok hari, Kamis (13/7)"), before the meeting joined
    if not _JOINED_CLAUSE.search(text, 0, trigger.start - base):
        return None
    return dates[0].value


def _span_begins_after(text: str, date: DateValue, published: DateValue) -> bool:
    """A span of days, dated by its month, whose first day comes after the day of publication."""
    span = day_span(text, published)
    return span is not None and span[0].coarsen("month") == date and span[0].after(published)
