"""Summit coreference within the stage: which meeting already read a new mention is
(``_same_as_existing``, ``_bare_reference``), which meeting a word referring back names (``_antecedent``,
a short name, the summit a session or a side meeting is part of), and how a mention told again adds
its persons, date and place to that meeting (``merge_into``). The article-wide merging of the meetings
this stage returns is ``kg.extract.coref``'s."""

from __future__ import annotations

import re

from kg.extract import Doc
from kg.extract.dates import find_dates
from kg.extract.places import containers
from kg.extract.summit_drafts import (
    _GATHERINGS,
    BILATERAL,
    GENERIC,
    PLACE_KINDS,
    VISIT_DAYS,
    VISITS,
    SummitDraft,
    _dates_agree,
    _last_told,
    _main,
    _name_key,
    _next_of_a_series,
    _persons,
    _Trigger,
    _worth_keeping,
    earlier_than_story,
    places_agree,
)
from kg.extract.summit_participants import _city_level
from kg.extract.summit_words import _host_lead
from kg.model import DateValue
from kg.patterns import cues, meeting_words


def _antecedent(
    doc: Doc, i: int, triggers: list[_Trigger], summits: list[SummitDraft], focus: int | None = None
) -> int | None:
    """ "Dalam pertemuan yang sama", "KTT tersebut": the meeting in focus if its head word is the
    same, else the last meeting named with that head word."""
    sentence = doc.sentences[i]
    for t in triggers:
        if not t.anaphor or cues()["venue_of"].search(sentence.text, 0, t.start - sentence.start):
            continue  # "di Gostiny Dvor, lokasi forum tersebut": the place, not what the sentence tells of
        dated = _dated_back(doc, i, t, summits)
        if dated is not None:
            return dated
        # "Pertemuan hari ini": the day's words belong to the meeting word
        words = sentence.text[t.start - sentence.start : t.end - sentence.start + 6]
        today = _TODAY.match(sentence.text, t.end - sentence.start) is not None
        words += " ini" if today else ""
        head = words.split()[0].casefold()
        # "KTT ini", and a bare "Dalam pertemuan bilateral,": the story's own meeting, not one recalled
        proximal = bool(_PROXIMAL.search(words)) or not _DISTAL.search(sentence.text, t.start - sentence.start)
        # the meeting in focus, then the others from the one told last ("Pertemuan Menlu ASEAN-Rusia
        # digelar Jumat ... di sela-sela pertemuan tersebut": the one named last, though told first)
        recent = sorted(range(len(summits)), key=lambda n: _last_told(summits[n]))
        # "... berbicara di Forum Bisnis X. Forum dihadiri ...": the one the sentence before told comes first
        just_before = [n for n in recent[::-1] if _last_told(summits[n]) == i - 1 and summits[n].first == i - 1]
        order = just_before + ([focus] if focus is not None else []) + recent[::-1]
        # "... sebelum diterima Presiden di ruang kerja. Turut hadir ... . Dalam pertemuan tersebut ...": a
        # bare word names back the meeting the sentences just told, whatever word told it
        if (
            not just_before
            and focus is not None
            and t.kind == GENERIC
            and not re.match(r"\s+(?:with|dengan|bersama)\b", sentence.text[t.end - sentence.start :], re.I)
            and summits[focus].first >= i - 2
            and summits[focus].first == max(s.first for s in summits)
            and not summits[focus].named
            and _worth_keeping(summits[focus])
            and not summits[focus].past
        ):
            return focus
        for n in order:
            if not _worth_keeping(summits[n]):
                continue  # "menjadi tuan rumah KTT berikutnya" names no meeting to refer back to
            told_just_before = _last_told(summits[n]) == i - 1 and not _PROXIMAL.search(words)
            if proximal and (summits[n].past or earlier_than_story(doc, summits[n])) and not told_just_before:
                continue  # "KTT ini" is the story's summit, not the one recalled ("setelah KTT Rio tahun lalu")
            name = summits[n].name.casefold()
            specific = t.kind in VISITS or t.kind == BILATERAL  # "pertemuan bilateral itu" is no bare word
            named_alike = (summits[n].named or specific) and _kinds_agree(t.kind, summits[n].kind)
            if name.split()[:1] == [head] or name.startswith(head + " ") or named_alike:
                return n
        # "Kunjungan ini ..." after "Menlu Malaysia bertemu Presiden ... di Istana Bogor", no visit told:
        # the visit is the meeting in focus, which the guest came for
        if focus is not None and t.kind in VISITS and summits[focus].kind == BILATERAL:
            return focus
        # "... the 13th meeting of the commission in April. X was received by Y during that trip": the one just told
        before = sentence.text[: t.start - sentence.start]
        if t.kind in VISITS and just_before and re.search(r"\b(?:that|those)\s+$", before, re.I):
            return just_before[0]
        if today:
            return _main(doc, summits)  # "Pertemuan hari ini" after a recalled visit: the story's meeting
        if t.kind == GENERIC and not proximal:
            return _meeting_of_two_told_last(summits, recent)
    return None


_DATE_THEN_DEMONSTRATIVE = re.compile(r"\s*(?:pada\s+)?$", re.I)  # matched from the word's end
_DEMONSTRATIVE_AFTER = re.compile(r"\s+(?:itu|tersebut)\b", re.I)


def _dated_back(doc: Doc, i: int, t: _Trigger, summits: list[SummitDraft]) -> int | None:
    """ "Pertemuan 8 Juni 2023 itu", "Kunjungan Desember itu": the last meeting told whose date agrees with
    the day or month written with the word that names it back; a day is its own when it knew only the month."""
    sentence = doc.sentences[i]
    written = [f for f in find_dates(sentence.text, doc.article.published) if f.value.month is not None and not f.span]
    day = next(
        (
            f.value
            for f in written
            if _DATE_THEN_DEMONSTRATIVE.match(sentence.text, t.end - sentence.start, f.start)
            and _DEMONSTRATIVE_AFTER.match(sentence.text, f.end)
        ),
        None,
    )
    if day is None:
        return None
    told = [n for n, s in enumerate(summits) if s.date is not None and s.date.agrees(day)]
    if not told:
        return None
    n = max(told, key=lambda k: _last_told(summits[k]))
    if day.day is not None:
        summits[n].date = day
    return n


def _meeting_of_two_told_last(summits: list[SummitDraft], recent: list[int]) -> int | None:
    """ "A bertemu B di Sochi, menjelang KTT ... . Dalam pertemuan itu ...": a bare "pertemuan itu"
    is the one meeting of two told last, not the summit named beside it."""
    if not recent:
        return None
    last = _last_told(summits[recent[-1]])
    told = [n for n in recent if _last_told(summits[n]) == last]
    two = [n for n in told if (summits[n].kind == BILATERAL or summits[n].kind in VISITS) and not summits[n].named]
    # a visit's talks are what "pembicaraan itu" names back, though nothing was told beside the visit
    return two[0] if len(two) == 1 and (len(told) > 1 or summits[two[0]].kind in VISITS) else None


_PROXIMAL = re.compile(r"\b(?:ini|this)\b", re.I)


_TODAY = re.compile(r"\s+(?:hari|pagi|siang|sore|malam) ini\b", re.I)


# what points back to a meeting told, however long ago: "pertemuan itu", "that meeting", "kala itu"
_DISTAL = re.compile(
    r"\b(?:itu|tersebut|that|those|yang sama|the same|previous|last|terakhir|sebelumnya|earlier)\b", re.I
)


def _kinds_agree(anaphor: str, told: str) -> bool:
    """ "kunjungan tersebut" after "berkunjung ke Jakarta", "KTT" after "Konferensi Tingkat Tinggi G20",
    "pertemuan bilateral itu" after "kunjungan kenegaraan": the word refers back to a meeting of its
    kind however that was worded."""
    if anaphor in VISITS:
        return told in VISITS
    if anaphor == BILATERAL:  # a visit is a meeting of two
        return told == BILATERAL or told in VISITS
    return anaphor != GENERIC and told == anaphor


_ACRONYM = re.compile(r"\((?:[^()]{3,150}?/)?\s*([A-Z][A-Za-z0-9-]*[A-Z0-9])\s*\)")


def _acronyms_defined(doc: Doc, summit: SummitDraft) -> list[str]:
    """Short names a text gives a meeting in brackets right after naming it: "Pertemuan Menteri
    Luar Negeri G20 (G20 Foreign Ministers' Meeting/FMM)", "Forum Ekonomi Timur (EEF)"."""
    out = []
    for start, end in summit.spans:
        sentence = doc.sentences[doc.sentence_at(start)]
        m = _ACRONYM.search(sentence.text[start - sentence.start : end - sentence.start + 160])
        if m and m.start() <= end - start + 2 and 2 <= len(m.group(1)) <= 10:
            out.append(m.group(1))
    return out + _aliases(doc, summit) + _initials(summit.name)


def _aliases(doc: Doc, summit: SummitDraft) -> list[str]:
    """ "Pertemuan Menteri Pertahanan ASEAN atau ADMM ke-20": the short name given after "atau", "or"."""
    out = []
    for start, end in summit.spans:
        sentence = doc.sentences[doc.sentence_at(start)]
        alias = _OR_ACRONYM.match(sentence.text, end - sentence.start)
        if alias:
            out.append(alias.group(1))
    return out


_OR_ACRONYM = re.compile(r"\s+(?:atau|or|alias)\s+((?-i:[A-Z])[A-Za-z0-9-]*(?-i:[A-Z0-9]))\b")


_CAPITALISED_RUN = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+){2,}(?-i:[A-Z])[\w'’-]*")


_SHORTEST_INITIALS = 3


def _initials(name: str) -> list[str]:
    """ "PMC" of "ASEAN-Russia Post Ministerial Conference", "ARF" of "ASEAN Regional Forum": the
    initials of the name's last capitalised words, which a text may use without defining them."""
    out: list[str] = []
    for run in _CAPITALISED_RUN.finditer(name):
        words = run.group().split()
        if not cues()["meeting_head"].fullmatch(words[-1]):
            continue  # "SCO" of "Shanghai Cooperation Organisation" names the body, not one of its meetings
        letters = "".join(word[0] for word in words)
        out.extend(letters[k:] for k in range(len(letters) - _SHORTEST_INITIALS + 1))
    return out


def _summit_in_session(doc: Doc, summits: list[SummitDraft]) -> int | None:
    """The latest summit of many held in the story: the one a plenary or closed session is part of."""
    return next(
        (
            n
            for n in range(len(summits) - 1, -1, -1)
            if summits[n].kind in _GATHERINGS
            and summits[n].status == "held"
            and not summits[n].past
            and not earlier_than_story(doc, summits[n])
            and _worth_keeping(summits[n])
        ),
        None,
    )


def _meeting_of_the_place_opening(doc: Doc, i: int, summits: list[SummitDraft]) -> int | None:
    """ "Di Abu Dhabi, Putin disambut di Istana ...": a sentence opening on a place speaks of the one
    meeting of the story held there."""
    opening = doc.cue("place_opening", i)
    if opening is None:
        return None
    start = doc.sentences[i].start
    places = {_city_level(doc, i, m.concept) for m in doc.kinds(i, *PLACE_KINDS) if m.end - start <= opening.end()}
    found = [n for n, s in enumerate(summits) if not s.past and s.location is not None and s.location in places]
    return found[0] if len(found) == 1 else None


def _opened_by_acronym(doc: Doc, i: int, acronyms: dict[str, int]) -> bool:
    """The sentence opens with a meeting's short name: the meeting is its subject."""
    opening = doc.sentences[i].text.lstrip("“\"' ")
    return any(re.match(rf"{re.escape(a)}\b", opening) for a in acronyms)


def _by_acronym(doc: Doc, i: int, acronyms: dict[str, int]) -> int | None:
    """A later sentence that names the meeting by its short name speaks of it."""
    text = doc.sentences[i].text
    for acronym, n in acronyms.items():
        for m in re.finditer(rf"(?<![\w/]){re.escape(acronym)}(?![\w]|[-+]\w)", text):  # not "ADMM-Plus"
            if not (m.start() > 0 and text[m.start() - 1] == "/"):
                return n
    return None


def _same_occasion(doc: Doc, draft: SummitDraft, story: SummitDraft) -> bool:
    """An unnamed meeting of the story's pair, on no other day and in no other place, is the story's."""
    return (
        not draft.named
        and not draft.past
        and (draft.date is None or _dates_agree(story.date, draft.date))
        and not (story.date is None and (_flashback(doc, draft) or earlier_than_story(doc, draft)))
        and places_agree(doc, story.location, draft.location)
    )


_NEXT_LISTED = re.compile(r"[,;]\s*(?:serta|dan|and|as well as)\s+$", re.I)


def _sidelines_host(doc: Doc, i: int, summits: list[SummitDraft], draft: SummitDraft) -> SummitDraft | None:
    """ "Di sela pertemuan, Lavrov bertemu ...": the meeting held on the sidelines of the one named
    after "di sela" (once it is read), else of the last one."""
    sentence = doc.sentences[i]
    cue = doc.cue("sidelines", i)
    if cue is None:
        return None
    start = draft.spans[0][0] - sentence.start
    if start >= cue.end() and _host_lead(sentence.text[cue.end() : start]):
        return None  # the meeting named right after "di sela" is the host itself
    named_after = [m for m in doc.kinds(i, "Summit") if m.start >= sentence.start + cue.end()]
    if named_after and _NEXT_LISTED.search(sentence.text, named_after[0].end - sentence.start, start):
        return None  # "pertemuan A dan B di sela KTT X, serta kunjungan C ke Y": the list's next meeting
    if named_after and named_after[0].start > draft.spans[0][0]:
        # "pertemuan singkat keduanya di sela KTT APEC": the host named after it, read first
        return next((s for s in summits if any(a <= named_after[0].start < b for a, b in s.spans)), None)
    hosts = [s for s in summits if not s.past and s is not draft]
    if named_after:
        # "Di sela forum, Putin juga bertemu ...": the last meeting of the kind the bare word names
        word = named_after[0]
        head = sentence.text[word.start - sentence.start : word.end - sentence.start].split()[0].casefold()
        # "Di sela forum yang sama": the one told, though it was long ago
        told = _DISTAL.match(sentence.text, word.end - sentence.start + 1) is not None
        pool = [s for s in summits if s is not draft] if told else hosts
        alike = [s for s in pool if s.kind == word.concept or s.name.casefold().split()[:1] == [head]]
        hosts = alike or hosts
    # the one told last, though named first; of two told last, the one that sentence named
    return max(hosts, key=lambda s: (_last_told(s), s.first), default=None)


def _visit_it_is_part_of(
    doc: Doc, i: int, summits: list[SummitDraft], draft: SummitDraft, focus: int | None = None
) -> SummitDraft | None:
    """ "dalam kunjungan ini", "during the visit": the dated visit the article tells of (else its
    first dated meeting, where the visit and its talks are one); "during that trip", "dalam kunjungan
    itu": the meeting just told."""
    within = cues()["within_visit"].search(doc.sentences[i].text)
    if within is None:
        return None
    if focus is not None and _DISTAL.search(within.group()) and summits[focus].date is not None:
        return summits[focus]
    dated = [s for s in summits if not s.past and s is not draft and s.date is not None and s.status == "held"]
    visits = [s for s in dated if s.kind in VISITS]
    first = visits or dated
    if first and first[0].date is not None and first[0].date.month is None:
        # "the first official visit by a foreign leader in 2025": the visit's year; its days are its talks'
        days = [
            s for s in dated if s.date is not None and s.date.month is not None and s.date.year == first[0].date.year
        ]
        first = days or first
    return first[0] if first else None


def _named_in_full_before(draft: SummitDraft, summits: list[SummitDraft]) -> int | None:
    """ "Sebelum pertemuan ASEAN-Rusia, Lavrov bertemu ...": a meeting named as a time is the one told
    before whose fuller name holds its words ("Pertemuan Tingkat Menteri ASEAN-Rusia") on that day."""
    words = set(re.findall(r"\w+", draft.name.casefold())) - meeting_words()
    if not words:
        return None
    for n, s in enumerate(summits):
        if s.named and words <= set(re.findall(r"\w+", s.name.casefold())) and _dates_agree(s.date, draft.date):
            return n
    return None


def _same_as_existing(doc: Doc, draft: SummitDraft, summits: list[SummitDraft], focus: int | None) -> int | None:
    """The summit this mention repeats: same name, or the meeting in focus seen again."""
    key = _name_key(draft.name)
    if not draft.named and doc.cue("errand_before", draft.first):
        return None  # "Sebelum ke istana, Shoigu lebih dulu mendatangi ...": another stop than the meeting told
    if not draft.named and doc.cue("round_ordinal", draft.first):
        return None  # "Pertemuan ketiga berlangsung dengan Erdogan": the next of a round, not one told
    if _next_of_a_series(doc, draft):
        # "KTT berikutnya dijadwalkan di Kazakhstan pada 2025": the next one, not the summit told
        return next((n for n, s in enumerate(summits) if s.status == "planned" and s.kind == draft.kind), None)
    visit = _visit_of_known_meeting(doc, draft, summits)
    if visit is not None:
        return visit
    for n, s in enumerate(summits):
        # "the 46th Asean Summit" is one event whatever other years its sentence names
        numbered = _EDITION.search(draft.name) is not None
        # "the 12th BRICS Parliamentary Forum", then "The BRICS Parliamentary Forum ... opened on Wednesday"
        edition_dropped = _edition_key(s.name) == _edition_key(draft.name) and _days_near(s.date, draft.date)
        if (
            draft.named
            and s.named
            and (edition_dropped or _name_key(s.name) == key and (numbered or _dates_agree(s.date, draft.date)))
            and places_agree(doc, s.location, draft.location)  # "KTT BRICS" in Brasilia is not the one in Rio
        ):
            if numbered and not _dates_agree(s.date, draft.date):
                draft.date = s.date
            return n
    for n, s in enumerate(summits):  # "dialog PMC" after "ASEAN-Russia Post Ministerial Conference"
        short = set(re.findall(r"\b[A-Z]{3,6}\b(?![-+]\w)", draft.name))
        if short and short & set(_initials(s.name) + _aliases(doc, s)) and _dates_agree(s.date, draft.date):
            return n
    bare = _bare_reference(doc, draft, summits)
    if bare is not None:
        return bare
    if focus is not None and _visit_begun_before_its_talks(doc, draft, summits[focus]):
        return focus
    if focus is None or draft.past:
        return _the_one_with_them(doc, draft, summits)
    current = summits[focus]
    if draft.status == "planned" and current.status == "held" and doc.cue("next_occasion", draft.first):
        return None  # "they agreed that the next meeting will be held in Moscow": not the talks told
    if (
        not draft.participants
        and draft.date is None
        and places_agree(doc, current.location, draft.location)
        and not draft.named
    ):
        return focus
    own = set(draft.participants)
    if current.date is None and _flashback(doc, draft):
        return None  # "Ketika Ansar berkunjung ke Johor Bahru pada Oktober 2025, keduanya ...": another time
    if (
        own
        and own <= doc.roll_up(list(current.participants))
        and _persons(doc, own) <= _persons(doc, set(current.participants))
        and (_dates_agree(current.date, draft.date) or _talks_of_the_visit(current, draft))
        and places_agree(doc, current.location, draft.location)
        and not draft.named
        and not (draft.status == "planned" and current.status == "held" and draft.date is not None)
        and not _two_met_at_a_gathering(doc, draft, current)
    ):
        return focus  # not "is scheduled to meet ... on Thursday" after the talks held: a plan of its own
    return _the_one_with_them(doc, draft, summits)


def _visit_begun_before_its_talks(doc: Doc, draft: SummitDraft, talks: SummitDraft) -> bool:
    """ "A menyambut B di Istana, Senin (10/3). B mendarat sehari sebelumnya untuk lawatan tiga hari":
    a visit of the talks' guest that began a day or two before them is the visit the talks were part of."""
    own = _persons(doc, set(draft.participants))
    return (
        bool(own)
        and not draft.named
        and own <= _persons(doc, set(talks.participants))
        and _talks_of_the_visit(draft, talks)
        and places_agree(doc, talks.location, draft.location)
    )


def _two_met_at_a_gathering(doc: Doc, draft: SummitDraft, current: SummitDraft) -> bool:
    """ "Kamis pagi, A bertemu B" in the story of a summit of six leaders: two of them met on
    their own, a meeting of its own beside the summit."""
    two = _persons(doc, set(draft.participants))
    many = len(_persons(doc, set(current.participants))) > 2 or any(
        doc.kind_of(p) == "Organization" for p in current.participants
    )  # a summit of a body (BRICS, ASEAN) is of many, however few of its leaders are named
    return current.kind in _GATHERINGS and len(two) == 2 and many


def _the_one_with_them(doc: Doc, draft: SummitDraft, summits: list[SummitDraft]) -> int | None:
    """ "Dari Abu Dhabi, Putin terbang ke Riyadh. Pembicaraannya dengan Mohammed bin Salman ...": a
    meeting word with a person of one of the story's meetings, and no other, is that meeting again."""
    persons = _persons(doc, set(draft.participants))
    if not persons or draft.named or draft.past:
        return None
    others = set(draft.participants) - persons  # "Li also met Kuwait's crown prince": Kuwait is no side of the talks
    found = [
        n
        for n, s in enumerate(summits)
        if not s.past
        and s.status == draft.status
        and persons <= _persons(doc, set(s.participants))
        and others <= doc.roll_up(list(s.participants))
        and not _two_met_at_a_gathering(doc, draft, s)
        and (draft.date is None or (s.date is not None and _dates_agree(s.date, draft.date)))
        and (draft.location is None or (s.location is not None and places_agree(doc, s.location, draft.location)))
    ]
    return found[0] if len(found) == 1 and not _flashback(doc, draft) else None


def _days_near(a: DateValue | None, b: DateValue | None) -> bool:
    """Dates that agree, or days of one event a few days apart ("opened on Wednesday ... conclude on Thursday")."""
    if _dates_agree(a, b):
        return True
    return a is not None and b is not None and a.day is not None and b.day is not None and abs(a.days_since(b)) <= 3


def _edition_key(name: str) -> str:
    return _name_key(_EDITION.sub(" ", re.sub(r"^(?:the|a)\s+", "", name, flags=re.I)))


_EDITION = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b|\bke-?\d{1,3}\b")


_WHEN_OPENING = re.compile(r"^\W*(?:ketika|saat|sewaktu|tatkala|when|while)\b", re.I)


def _flashback(doc: Doc, draft: SummitDraft) -> bool:
    """A meeting told in a clause of time that opens its sentence, months before the story."""
    return bool(_WHEN_OPENING.match(doc.sentences[draft.first].text)) and earlier_than_story(doc, draft)


def _bare_reference(doc: Doc, draft: SummitDraft, summits: list[SummitDraft]) -> int | None:
    """A bare kind word ("KTT dipimpin oleh ...") after a named meeting of that kind is that meeting:
    Indonesian has no article, so "KTT" alone reads as "the summit"."""
    words = draft.name.split()
    if draft.named or len(words) != 1:
        return None
    main = _main(doc, summits)
    # the article's own summit first ("KTT yang berlangsung 9-11 Mei ini"), then the latest named
    order = ([main] if main is not None else []) + list(range(len(summits) - 1, -1, -1))
    for n in order:
        s = summits[n]
        same_word = s.name.split()[0].casefold() == words[0].casefold()
        same_kind = (
            draft.kind not in VISITS | {GENERIC} and s.kind == draft.kind
        )  # "KTT" after "Konferensi Tingkat Tinggi G20"
        if (
            s.named
            and (same_word or same_kind)
            and s.status == draft.status  # "Rangkaian pertemuan akan ditutup Jumat": not the talks held
            and _dates_agree(s.date, draft.date)
            and not (s.date is None and earlier_than_story(doc, draft))  # "pada KTT di Phnom Penh, November 2022"
            and not _met_with_another(doc, draft, s)
        ):
            return n
    # "Kunjungan ditutup dengan jamuan santap siang": the visit the story tells, named or not
    opens = bool(draft.spans) and draft.spans[0][0] == doc.sentences[draft.first].start  # the subject
    if main is not None and opens and draft.kind in VISITS and summits[main].kind in VISITS:
        story = summits[main]
        own = set(draft.participants) <= set(story.participants)
        return main if own and _dates_agree(story.date, draft.date) else None
    return None


def _met_with_another(doc: Doc, draft: SummitDraft, told: SummitDraft) -> bool:
    """ "Budi mengadakan pertemuan dengan Wakil Menteri ... Zhang": a meeting with someone not at the
    named meeting is a meeting of its own, not that one."""
    start, end = draft.spans[0]
    sentence = doc.sentences[doc.sentence_at(start)]
    if not re.match(r"\s+(?:dengan|with)\b", sentence.text[end - sentence.start :]):
        return False
    return bool(_persons(doc, set(draft.participants)) - set(told.participants))


def _visit_of_known_meeting(doc: Doc, draft: SummitDraft, summits: list[SummitDraft]) -> int | None:
    """ "Kunjungan Xi ke Moskow" after the Xi–Putin meeting in Moscow is that meeting's visit."""
    if draft.kind not in VISITS or draft.named or not draft.participants:
        return None
    for n, s in enumerate(summits):
        if (
            s.status == draft.status
            and not s.past
            and set(draft.participants) <= set(s.participants)
            and (draft.date is None or (s.date is not None and draft.date.agrees(s.date)))
            and s.location is not None
            and places_agree(doc, s.location, draft.location)
        ):
            return n
    return None


def _talks_of_the_visit(visit: SummitDraft, talks: SummitDraft) -> bool:
    """A visit is dated by its talks: "mengakhiri kunjungan ... pada Rabu", then talks "keesokan harinya"
    after an arrival on Monday."""
    if visit.kind not in VISITS or talks.kind in VISITS or visit.date is None or talks.date is None:
        return False
    return visit.status == talks.status == "held" and abs(talks.date.days_since(visit.date)) <= VISIT_DAYS


def _story_day_of_the_talks(doc: Doc, talks: SummitDraft, visit: SummitDraft) -> DateValue | None:
    """ "Putin and X on Wednesday agreed ...", then "X, who arrived on Monday for a four-day visit":
    talks told on the story's day are on that day, not on the day the visit began."""
    from kg.extract.coref import story_dates  # coref reads meetings built here

    if visit.date is None or visit.date.day is None:
        return None
    day = story_dates(doc)[talks.first]
    if day is None or day.day is None or not 0 < day.days_since(visit.date) <= VISIT_DAYS:
        return None
    return day


def _written_over_told(target: SummitDraft, draft: SummitDraft) -> bool:
    """ "Selain memimpin delegasi dalam Pertemuan Menlu ASEAN-Rusia, ..." after "Sabtu (11/7)" tells the
    trip's end, then "Pertemuan Menlu ASEAN-Rusia digelar Jumat pagi": the day written with the name."""
    return draft.dated_here and not target.dated_here and target.named and draft.named


def merge_into(doc: Doc, target: SummitDraft, draft: SummitDraft) -> None:
    for iri, n in draft.attendees.items():
        target.attendees.setdefault(iri, n)
    for iri, s in draft.participants.items():
        target.add_participant(iri, s)
    # talks on one day of a visit told by its span ("kunjungan kenegaraan pada 9-11 Maret") keep their day
    talks_in_visit = draft.kind in VISITS and target.kind not in VISITS
    if (
        draft.multi_day
        and not talks_in_visit
        and target.date is not None
        and draft.date is not None
        and target.date.agrees(draft.date)
    ):
        if target.date.precision == "day":
            target.told_day = target.date
        target.date, target.multi_day = draft.date, True  # "ditutup Kamis (11/5)" then "berlangsung 9-11 Mei"
    elif target.date is None and talks_in_visit and (day := _story_day_of_the_talks(doc, target, draft)):
        target.date = day
    elif (
        draft.date is None
        and target.kind in VISITS
        and draft.kind not in VISITS
        and (day := _story_day_of_the_talks(doc, draft, target))
    ):
        target.date = day  # "X mendarat sehari sebelumnya untuk lawatan ... Seusai pertemuan ...": the talks' day
    elif target.date is None or (
        draft.date is not None
        and draft.date.precision == "day"
        and (target.date.precision != "day" or _talks_of_the_visit(target, draft) or _written_over_told(target, draft))
        and not target.multi_day
    ):
        target.date = draft.date or target.date
    target.dated_here = target.dated_here or draft.dated_here
    if target.location is None or (draft.location is not None and target.location in containers(doc, draft.location)):
        target.location = _city_level(doc, len(doc.sentences), draft.location)  # "St. Petersburg" over "Rusia"
    if target.kind == GENERIC and draft.kind not in VISITS:
        target.kind = draft.kind
    target.sentences.extend(draft.sentences)
    target.first = min(target.first, draft.first)  # the meeting is told from its first mention on
    target.spans.extend(draft.spans)
    target.named = target.named or draft.named
    for concept, i in draft.sectors.items():
        target.sectors.setdefault(concept, i)
