"""Meetings: kind, name, participants, place, date and status, and which sentences speak of
each (its scope), so sectors and agreements can be attached to the right meeting."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.extract import Doc
from kg.extract.dates import (
    MONTHS,
    FoundDate,
    day_shift,
    day_span,
    event_day,
    event_length,
    find_dates,
    since_before,
    time_counted_on,
)
from kg.extract.document_lists import document_kind_at
from kg.extract.places import containers
from kg.lang import event_day_words, titles
from kg.model import DateValue, Link, Mention, Summit
from kg.patterns import cues, meeting_words, name_key_forms

DKG = "https://w3id.org/dkg/ontology#"
GENERIC = DKG + "Summit"
VISIT = DKG + "OfficialVisit"
VISITS = frozenset({VISIT, DKG + "StateVisit"})  # a state visit is an official visit with full honours
BILATERAL = DKG + "BilateralMeeting"
FORUM = DKG + "Forum"
_GATHERINGS = (DKG + "MultilateralSummit", FORUM, DKG + "Conference")  # meetings of many
PLACE_KINDS = ("Place", "Country")
# words that may continue a meeting's name after its trigger ("KTT pertama ASEAN-Rusia")
_NAME_WORD = re.compile(
    r"^\s*(?:St\.(?=\s*[A-Z])|[A-Z0-9][\w’'\-]*|-[A-Z][\w’']*|ke-\d+|perdana|pertama|kedua|ketiga|tahunan|luar biasa|"
    r"tentang|mengenai|untuk|on|of|"
    r"antara|between|dan|and|the|di bidang|tingkat tinggi|bisnis|internasional|besar|[“\"][^”\"]{2,200}[”\"]|"
    r"\([A-Z][\w\-/ ]{0,20}\))",  # an abbreviation in brackets: "Konferensi Tingkat Tinggi (KTT) ASEAN"
)


@dataclass(slots=True)
class SummitDraft:
    kind: str
    name: str
    first: int
    status: str = "held"
    date: DateValue | None = None
    location: str | None = None
    participants: dict[str, int] = field(default_factory=dict)
    sectors: dict[str, int] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # name spans (absolute offsets)
    named: bool = False
    past: bool = False
    one_of_several: bool = False  # met with others one by one: what follows speaks of none alone
    tour: bool = False  # a trip to several countries or a region: its stops are the meetings, not it
    multi_day: bool = False  # dated by a span of days ("9-11 Mei"): its month, not one of its days
    told_day: DateValue | None = None  # a multi-day meeting's day the text named ("ditutup Kamis (11/5)")
    dated_here: bool = False  # its date was written in its own sentence, not taken from the story told
    host: SummitDraft | None = None  # the meeting this one was held on the sidelines of
    # persons named with a summit as the host of a side meeting: they attend it, but join it only
    # once the article is read, so that the summit is not taken for the side meeting meanwhile
    attendees: dict[str, int] = field(default_factory=dict)

    def add_participant(self, iri: str, sentence: int) -> None:
        self.participants.setdefault(iri, sentence)

    def freeze(self, key: str = "") -> Summit:
        return Summit(
            key=key,
            kind=self.kind,
            name=self.name,
            status=self.status,
            date=self.date,
            location=self.location,
            participants=tuple(Link(t, s) for t, s in sorted(self.participants.items())),
            sectors=tuple(Link(t, s) for t, s in sorted(self.sectors.items())),
            sentences=tuple(sorted(set(self.sentences))),
            named=self.named,
        )


@dataclass(slots=True)
class Meetings:
    summits: list[SummitDraft]
    scope: list[int | None]  # per sentence: the summit it speaks of, if any


@dataclass(slots=True)
class _Trigger:
    start: int
    end: int
    kind: str
    anaphor: bool = False
    verb: bool = False  # a verb of meeting or visiting ("bertemu"), not a meeting's name
    host: bool = False  # named after "di sela" or in a relative clause: the meeting another one is held beside
    beside: bool = False  # named after "di sela", "on the sidelines of"
    landmark: bool = False  # named after "seusai", "before": the time of another event, not its report
    topical: bool = False  # "Bersama X, ia membahas target 2028": the sentence's dates are its topics'
    # "invited him to visit Thailand": where the invitation starts; a visit still to come, whatever the
    # sentence's date, and its place is named after the invitation
    invited_at: int | None = None
    signers: tuple[str, ...] = ()  # "yang ditandatangani A dan B": the two who met to sign, and only they


def find_summits(doc: Doc) -> Meetings:
    summits: list[SummitDraft] = []
    scope: list[int | None] = []
    focus: int | None = None
    alive = False
    acronyms: dict[str, int] = {}  # "(G20 Foreign Ministers' Meeting/FMM)": FMM → that meeting
    told_before: list[int] = []  # the meetings the sentence before created
    remarks: int | None = None  # a transcript's meeting whose participant has the floor
    for i in range(len(doc.sentences)):
        remarks = _remarks_of(doc, i, summits, remarks)
        triggers = _triggers(doc, i)  # read once: both steps below look at the sentence's meeting words
        if not summits:  # "KTT yang dipimpin Modi itu digelar ...": "itu" with no meeting told names the first
            for trigger in triggers:
                trigger.anaphor = trigger.anaphor and (trigger.kind in VISITS or trigger.kind == GENERIC)
        antecedent = _antecedent(doc, i, triggers, summits, focus if alive else None)
        if antecedent is None:
            antecedent = _by_acronym(doc, i, acronyms)
        if antecedent is None:
            antecedent = _meeting_of_the_place_opening(doc, i, summits)
        if antecedent is None and doc.cue("session_of_summit", i):
            antecedent = _summit_in_session(doc, summits)  # "Dalam sesi pleno, ...": the summit's, not a side meeting's
        if antecedent is None and told_before and cues()["then_anaphor"].search(doc.sentences[i].text):
            antecedent = told_before[-1]  # "Kala itu keduanya ...": the meeting the sentence before told
        if antecedent is None and told_before and doc.cue("meeting_opening", i):
            antecedent = told_before[-1]  # "Sehari sebelumnya, A bertemu B. Pertemuan membahas ...": that one
        if antecedent is None and told_before and doc.cue("pair_pronoun", i):
            antecedent = _pair_told_last(doc, summits, told_before, focus)  # "April 2003 — A bertemu B. Keduanya"
        if antecedent is not None:
            focus, alive = antecedent, True
        elif (
            focus is not None
            and _new_paragraph(doc, i)
            and focus != _main(doc, summits)
            and _refers_back(doc, i)
            and not _two_of_focus(doc, i, summits, focus)
            and not _another_meeting_of_the_day(doc, summits, focus)
        ):
            # "kedua pemimpin" opening a new paragraph after a flashback is the story's own pair
            focus = _main(doc, summits)
        elif focus is not None and not alive and doc.cue("both_of_them", i):
            alive = True  # "Usai bertemu, kedua pemimpin ..." after an aside: the two persons of the meeting told
        if focus is not None and doc.cue("both_of_them", i):
            focus = _meeting_of_two(doc, i, summits, focus)
        if focus is not None and summits[focus].status == "planned" and doc.cue("occasion_anaphor", i):
            focus = _last_held(summits, focus)
        created, referred, again = _read_sentence(doc, i, triggers, summits, focus if alive else None, last=focus)
        # "SKB meninjau kerja sama yang disepakati sejak kunjungan X": the meeting named as the subject,
        # not the one recalled after it
        if again is not None and not created and not referred and not _opened_by_acronym(doc, i, acronyms):
            focus, alive = again, True  # "Pembicaraannya dengan Mohammed bin Salman ...": that meeting, told again
        if created:
            # a meeting recalled from the past takes the story's focus only where the focus is a recalled one
            # too ("• Juni 2022 — A menemui B ..." in a list of past meetings)
            recalling = focus is not None and (summits[focus].past or earlier_than_story(doc, summits[focus]))
            major = [
                k
                for k in created
                if (recalling or (not summits[k].past and not earlier_than_story(doc, summits[k])))
                and not summits[k].one_of_several
                and not _next_of_a_series(doc, summits[k])  # "KTT berikutnya di X": an aside on the one told
            ]
            # "The two diplomats discussed the preparations for X's visit, expected this autumn": a plan
            # the pair of the meeting told spoke of is not where the story goes
            told_pair = referred or bool(doc.cue("both_of_them", i))  # "Keduanya ... membahas rencana kunjungan"
            conveyed = (
                focus is not None
                and alive
                and all(_invitation_conveyed(doc, i, summits[k], summits[focus]) for k in major)
            )
            if major and not conveyed and not (told_pair and all(_plan_discussed(doc, i, summits[k]) for k in major)):
                focus, alive = major[-1], True
        elif referred or antecedent is not None:  # "Di sela KTT, Selasa (15/11), ...": named back, whatever the day
            alive = True
        elif focus is not None:
            alive = _continues(doc, i, summits[focus], alive)
            main = _main(doc, summits)
            if not alive and not triggers and main is not None and _participant_speaks(doc, i, summits[main]):
                focus, alive = main, True  # "Menurut Sugiono, prioritas BRICS ... ketahanan pangan": at the summit
        for k in created:
            acronyms.update(dict.fromkeys(_acronyms_defined(doc, summits[k]), k))
        told_before = created
        speaks = remarks is not None and not created and not referred and _no_other_time(doc, i, summits[remarks])
        told = remarks if speaks else focus if alive else None  # "Putin: ... we have good prospects in energy"
        if created and told not in created and _flashback_told_here(doc, i, summits[created[-1]], created):
            told = created[-1]  # "Sehari sebelumnya, Rabu (1/3), A dan B menyaksikan penandatanganan ...": that day's
        elif not created and not referred and _documents_go_on(doc, i, scope, told):
            # "Salah satunya ...", "Dokumen lain ...": documents of the meeting the sentence before told
            told = scope[-1]
        scope.append(told)
        if told is not None:
            summits[told].sentences.append(i)
    _outcome_told_first(doc, summits, scope)
    _editions_of_the_series(doc, summits)
    # a summit a kept meeting was held beside is kept with it: its attendees are that meeting's
    hosts = {id(s.host) for s in summits if s.host is not None and _worth_keeping(s)}
    kept = [
        s
        for s in summits
        if (_worth_keeping(s) or (id(s) in hosts and s.date is not None))
        and not _called_off(doc, s)
        and not _domestic(doc, s)
        and not s.tour
    ]
    for s in kept:
        _attend_host(doc, s)
        for iri, n in s.attendees.items():
            s.add_participant(iri, n)
    for s in kept:
        _refine_kind(doc, s)
    remap = {id(s): n for n, s in enumerate(kept)}
    new_scope = [remap.get(id(summits[k])) if k is not None else None for k in scope]
    return Meetings(kept, new_scope)


def _remarks_of(doc: Doc, i: int, summits: list[SummitDraft], remarks: int | None) -> int | None:
    """The meeting whose remarks sentence i is in: set by a speaker turn of one of the story's
    participants ("Prabowo Subianto (retranslated): Thank you ..."), ended by another speaker's turn or
    a separator line ("* * *")."""
    text = doc.sentences[i].text
    if not re.search(r"\w", text):
        return None
    turn = doc.cue("speaker_turn", i)
    if turn is None:
        return remarks
    main = _main(doc, summits)
    end = doc.sentences[i].start + turn.end()
    speakers = {iri for offset, iri in doc.sentence_actors[i] if offset < end and _is_person(doc, iri)}
    if main is None or not speakers or not speakers <= set(summits[main].participants):
        return None
    return main


def _participant_speaks(doc: Doc, i: int, meeting: SummitDraft) -> bool:
    """Sentence i gives the words of a person of the story's meeting, at no other time."""
    text = doc.sentences[i].text
    if not doc.cue("speaks", i) or cues()["description"].search(text):
        return False
    persons = [iri for _, iri in doc.sentence_actors[i] if _is_person(doc, iri)]
    return bool(persons) and persons[0] in meeting.participants and _no_other_time(doc, i, meeting)


def _no_other_time(doc: Doc, i: int, meeting: SummitDraft) -> bool:
    """No date in sentence i that disagrees with the meeting's ("Our last meeting took place last July")."""
    text = doc.sentences[i].text
    if cues()["temporal_shift"].search(text):
        return False
    return all(
        meeting.date is None or found.value.agrees(meeting.date) or since_before(text, found.start)
        for found in find_dates(text, doc.article.published)
    )


_OUTCOME_REACH = 2  # sentences before the story's meeting is named that may tell its outcome


def _outcome_told_first(doc: Doc, summits: list[SummitDraft], scope: list[int | None]) -> None:
    """ "China agreed to list Malaysia as a priority country for its vaccine. [...] The commitment was
    reached in the bilateral meeting with Wang Yi ...": a lead that tells the outcome before naming
    the meeting speaks of that meeting, when it names one of its parties."""
    first = next((j for j, k in enumerate(scope) if k is not None), None)
    if first is None:
        return
    main = scope[first]
    story = summits[main]  # type: ignore[index]
    if story.status != "held" or story.past or earlier_than_story(doc, story):
        return
    parties = doc.roll_up(list(story.participants))
    for j in range(first - 1, max(first - _OUTCOME_REACH, 0) - 1, -1):
        told = doc.sentences[j]
        if scope[j] is not None or doc.sentences[first].block - told.block > 1:
            return
        if not any(iri in parties for _, iri in doc.sentence_actors[j]):
            return
        scope[j] = main
        story.sentences.append(j)


def _plan_discussed(doc: Doc, i: int, s: SummitDraft) -> bool:
    """A planned meeting named after a verb of discussing: a topic of the talks told."""
    sentence = doc.sentences[i]
    first_span = min((start for start, _ in s.spans), default=sentence.start)
    return s.status == "planned" and bool(cues()["discuss"].search(sentence.text[: first_span - sentence.start]))


def _invitation_conveyed(doc: Doc, i: int, s: SummitDraft, told: SummitDraft) -> bool:
    """ "Sugiono juga menyampaikan kembali undangan Presiden Prabowo kepada Putin untuk berkunjung": one
    of the talks' persons passes on an invitation; the talks go on, the visit is a topic of theirs."""
    sentence = doc.sentences[i]
    first_span = min((start for start, _ in s.spans), default=sentence.start)
    invitation = cues()["invited_to"].search(sentence.text[: first_span - sentence.start])
    if s.status != "planned" or invitation is None:
        return False
    # who is invited, or who invites ("A ... mengundang pimpinan MPR berkunjung ke X")
    inviter = {iri for off, iri in doc.sentence_actors[i] if off < sentence.start + invitation.start()}
    guests = _persons(doc, set(s.participants) | inviter)
    return told.status == "held" and bool(guests & _persons(doc, set(told.participants)))


_STORY_DAYS = 45  # a meeting this long before publication is background: the story does not move to it


def _documents_go_on(doc: Doc, i: int, scope: list[int | None], told: int | None) -> bool:
    """The sentence names one of the documents just told, at another meeting than the one in focus."""
    return bool(scope) and scope[-1] not in (None, told) and doc.one_of_the_documents_told(i)


def _flashback_told_here(doc: Doc, i: int, summit: SummitDraft, created: list[int]) -> bool:
    """ "Sehari sebelumnya, Rabu (1/3), A dan B menyaksikan penandatanganan ...": a meeting told in
    passing, dated in its own sentence, is what that sentence speaks of, though the story goes on
    with its own meeting. A meeting months before is only recalled."""
    if len(created) != 1 or not summit.past or summit.status != "held" or summit.date is None:
        return False
    if earlier_than_story(doc, summit):
        return False  # "Recalling his state visit in November 2017, Xi said ...": a remark at the story's meeting
    return any(d.value.agrees(summit.date) for d in find_dates(doc.sentences[i].text, doc.article.published))


def earlier_than_story(doc: Doc, s: SummitDraft) -> bool:
    """ "tindak lanjut kunjungan ... pada 24 Juli 2019": a meeting months before the article's day
    is recalled, and what follows still speaks of the story's own meeting."""
    return s.date is not None and s.status == "held" and months_before(doc, s.date)


def _new_paragraph(doc: Doc, i: int) -> bool:
    return i > 0 and doc.sentences[i].block != doc.sentences[i - 1].block


def _refers_back(doc: Doc, i: int) -> bool:
    return bool(doc.cue("pair_anaphor", i) or doc.cue("summit_anaphor", i))


def _two_of_focus(doc: Doc, i: int, summits: list[SummitDraft], focus: int) -> bool:
    """ "Keduanya ..." while a meeting of two is told, in a story whose own meeting is of many:
    the two of the meeting told, not the story's."""
    main = _main(doc, summits)
    two = len(_persons(doc, set(summits[focus].participants))) == 2
    many = main is not None and len(_persons(doc, set(summits[main].participants))) != 2
    return two and many and bool(doc.cue("both_of_them", i))


def _another_meeting_of_the_day(doc: Doc, summits: list[SummitDraft], focus: int) -> bool:
    """ "Earlier on Thursday, Wang held talks with Retno. [...] The two ministers agreed ...": the meeting
    in focus is another one held on the story's day, or on a later one, not a flashback, and "the two"
    are its own."""
    main = _main(doc, summits)
    if main is None:
        return False
    s, day = summits[focus], summits[main].date
    if s.status != "held" or s.past or s.date is None or s.date.day is None or day is None:
        return False
    if day.day is None:  # "kunjungan kerja ke Jakarta pada 10-11 Februari": a day of the visit told
        return summits[main].multi_day and s.date.agrees(day)
    # "Sehari kemudian, Rabu (11/2), A bertemu C": a later day of the story is no flashback either
    return s.date == day or s.date.days_since(day) > 0


def _pair_told_last(doc: Doc, summits: list[SummitDraft], told_before: list[int], focus: int | None) -> int | None:
    """ "Keduanya" right after a sentence that told a meeting of two: those two, even when the
    meeting is recalled and the story's own is another (of the same two, the story's goes on)."""
    story = _persons(doc, set(summits[focus].participants)) if focus is not None else set()
    pairs = [
        k for k in told_before if len(pair := _persons(doc, set(summits[k].participants))) == 2 and not pair <= story
    ]
    return pairs[-1] if pairs else None


def _meeting_of_two(doc: Doc, i: int, summits: list[SummitDraft], focus: int) -> int:
    """ "kedua presiden" while a summit is in focus: the two who met on its sidelines; while a plan is,
    the two who met last, unless the sentence names them ("Budi dan Laziz ..., saat keduanya ...")."""
    if len(_persons(doc, set(summits[focus].participants))) == 2:
        return focus
    for n in range(len(summits) - 1, -1, -1):
        s = summits[n]
        if s.host is summits[focus] and len(_persons(doc, set(s.participants))) == 2:
            return n
    named = _persons(doc, {iri for _, iri in doc.sentence_actors[i]})
    if summits[focus].status == "planned" and len(named) < 2:
        # "Waktu kunjungan itu belum ditetapkan. ... Keduanya terakhir bertatap muka ...": the two who met,
        # not those of the plan they spoke of
        held = [
            n
            for n, s in enumerate(summits)
            if s.status == "held"
            and not s.past
            and not earlier_than_story(doc, s)
            and len(_persons(doc, set(s.participants))) == 2
        ]
        return max(held, key=lambda n: _last_told(summits[n]), default=focus)
    return focus


def _main(doc: Doc, summits: list[SummitDraft]) -> int | None:
    """The article's own meeting: the first held one that is not background, and not the summit on
    whose sidelines the meeting told in the same sentence was held."""
    hosts = {id(s.host) for s in summits if s.host is not None and s.first == s.host.first}
    return next(
        (
            n
            for n, s in enumerate(summits)
            if s.status == "held" and not s.past and not earlier_than_story(doc, s) and id(s) not in hosts
        ),
        None,
    )


def _last_held(summits: list[SummitDraft], focus: int) -> int:
    """The latest meeting told as held before a planned one in focus ("Pada kesempatan itu ..."
    after "X juga merencanakan kunjungan ..."); the planned one when there is none."""
    return next((n for n in range(focus - 1, -1, -1) if summits[n].status == "held" and not summits[n].past), focus)


def _antecedent(
    doc: Doc, i: int, triggers: list[_Trigger], summits: list[SummitDraft], focus: int | None = None
) -> int | None:
    """ "Dalam pertemuan yang sama", "KTT tersebut": the meeting in focus if its head word is the
    same, else the last meeting named with that head word."""
    sentence = doc.sentences[i]
    for t in triggers:
        if not t.anaphor or cues()["venue_of"].search(sentence.text, 0, t.start - sentence.start):
            continue  # "di Gostiny Dvor, lokasi forum tersebut": the place, not what the sentence tells of
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
        if today:
            return _main(doc, summits)  # "Pertemuan hari ini" after a recalled visit: the story's meeting
        if t.kind == GENERIC and not proximal:
            return _meeting_of_two_told_last(summits, recent)
    return None


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


_SINCE = re.compile(r"\b(?:sejak|semenjak|since)\s+$", re.I)
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


def place_of_the_day(doc: Doc, s: SummitDraft, summits: list[SummitDraft]) -> None:
    """ "Pada hari yang sama, Jokowi bertemu PM Kamboja ...": a meeting told with no place, on a day
    another meeting of the story was held somewhere, was held there."""
    if s.location is not None or s.date is None or s.date.day is None or s.status != "held" or s.past:
        return
    mine = doc.roll_up(list(s.participants))
    for other in summits:
        if other is not s and other.location is not None and other.date == s.date and not other.past:
            # the same persons, or the same kind of meeting told twice; not where others met (the G7's city)
            if mine & doc.roll_up(list(other.participants)) or other.kind == s.kind != BILATERAL:
                s.location = other.location
                return


def place_of_the_story(doc: Doc, s: SummitDraft, main: SummitDraft) -> None:
    """ "Sehari sebelum KTT, Jokowi menggelar empat pertemuan bilateral": a meeting told with no
    place, by one who was at the story's meeting, within its days or a day from them, was held
    where the story's meeting was; the leaders who met there bilaterally attended the summit."""
    if s is main or s.location is not None or s.date is None or s.status != "held" or s.past:
        return
    if main.location is None or main.date is None or main.past or not _persons(doc, set(s.participants)):
        return
    if not _persons(doc, set(s.participants)) & _persons(doc, set(main.participants)):
        return
    if main.date.day is None:  # a meeting of several days, told by its month
        near = s.date.year == main.date.year and s.date.month == main.date.month
    else:
        near = s.date.day is not None and abs(s.date.days_since(main.date)) <= 1
    if near:
        s.location = main.location
        if main.kind == DKG + "MultilateralSummit" and s.kind == BILATERAL:  # the two came for the summit
            for iri in _persons(doc, set(s.participants)):
                main.add_participant(iri, s.participants[iri])


def _attend_host(doc: Doc, s: SummitDraft) -> None:
    """Those who met on the sidelines of a summit attended it."""
    if s.host is None:
        return
    for iri, sentence in s.participants.items():
        if _is_person(doc, iri):
            s.host.add_participant(iri, sentence)


def _refine_kind(doc: Doc, s: SummitDraft) -> None:
    """A plain "pertemuan" between two parties is a bilateral meeting; among more, a summit."""
    if s.kind != GENERIC:
        return
    parties = {
        iri
        for iri in doc.roll_up(list(s.participants))
        if doc.actors.get(iri) is None or doc.actors[iri].kind != "Person"
    }
    if len(parties) == 2:
        s.kind = BILATERAL
    elif len(parties) > 2:
        s.kind = DKG + "MultilateralSummit"


def _called_off(doc: Doc, s: SummitDraft) -> bool:
    """ "A meeting ..., which had been listed for Wednesday, was called off", "Sedianya Bahlil bertemu
    Likhachev ... Rencana itu batal": a meeting that did not and will not take place."""
    i = s.first
    sentence = doc.sentences[i]
    told = min((start for start, _ in s.spans if sentence.start <= start < sentence.end), default=sentence.start)
    if cues()["called_off"].search(sentence.text[told - sentence.start :]):
        return True  # said of the meeting after it is named, not "yang sempat batal" of another time
    following = doc.sentences[i + 1].text if i + 1 < len(doc.sentences) else ""
    return bool(cues()["plan_anaphor"].search(following) and cues()["called_off"].search(following))


def _editions_of_the_series(doc: Doc, summits: list[SummitDraft]) -> None:
    """ "Kazan akan menjadi KTT ASEAN-Rusia kelima. KTT pertama digelar di Kuala Lumpur pada 2005 ...
    KTT ketiga di Singapura pada 2018 ...": a bare summit word of another year, told just after a
    series was named, is an edition of that series, between the same parties."""
    series: SummitDraft | None = None
    base = ""
    for s in summits:
        if (s.named or _bare_edition(s.name)) and any(
            doc.kind_of(iri) in ("Organization", "Country") for iri in s.participants
        ):
            series, base = s, _series_name(doc, s)  # "KTT ASEAN-Rusia", "KTT kedua mereka" of ASEAN and GCC
            continue
        if series is None or s.participants or s.attendees or s.date is None or not _bare_edition(s.name):
            continue
        words = s.name.casefold().split()
        if not set(words) & set(series.name.casefold().split()) & meeting_words():
            continue  # "KTT ketiga" after "KTT ASEAN-Rusia", not "pertemuan dengan China" after "KTT ASEAN"
        published = doc.article.published
        if len(words) == 1 and published is not None and s.date.year == published.year:
            continue  # a bare "KTT" of this year is the story's, not an edition told in passing
        if s.first - series.first > _SERIES_REACH or (series.date is not None and _dates_agree(s.date, series.date)):
            continue
        for iri, _ in series.participants.items():
            if doc.kind_of(iri) in ("Organization", "Country"):
                s.add_participant(iri, s.first)
        rank = " ".join(w for w in s.name.split() if w.casefold() not in meeting_words())
        s.name = f"{base} {rank}, {s.date.iso}" if rank else f"{base}, {s.date.iso}"
        series = s if s.participants else series  # the next edition may follow this one


_SERIES_REACH = 6  # sentences from the series' name to the editions that follow it


def _series_name(doc: Doc, s: SummitDraft) -> str:
    """The name of a meeting without its edition: "KTT ASEAN-Rusia" of "KTT ASEAN-Rusia kelima"; the
    meeting word and its parties where the name says no more ("KTT kedua" of ASEAN and GCC: "KTT ASEAN-GCC")."""
    ordinals = event_day_words().ordinals
    words = [w for w in s.name.split() if w.casefold() not in ordinals and not _EDITION.fullmatch(w.casefold())]
    if all(w.casefold() in meeting_words() for w in words):
        parties = [doc.actors[iri].label for iri in s.participants if doc.kind_of(iri) in ("Organization", "Country")]
        words.append("-".join(parties))
    return " ".join(words)


def _bare_edition(name: str) -> bool:
    """A meeting word alone or with an ordinal: "KTT", "KTT pertama", "the third summit"."""
    words = [w for w in name.casefold().split() if w not in ("the", "a")]
    ordinals = event_day_words().ordinals
    return (
        bool(words)
        and any(w in meeting_words() for w in words)
        and all(w in meeting_words() or w in ordinals or _EDITION.fullmatch(w) for w in words)
    )


def _worth_keeping(s: SummitDraft) -> bool:
    """A bare "dialog yang bermakna" with no name, date, place or person is not a meeting; nor is
    an unnamed one nobody is said to attend."""
    if s.named:
        return True
    if s.date is not None or s.location is not None:
        return bool(s.participants or s.attendees)
    # with neither name, date nor place, only a meeting between two parties is specific enough
    return len(s.participants) + len(s.attendees) >= 2


def _domestic(doc: Doc, s: SummitDraft) -> bool:
    """Only persons of one country, at home ("Kedatangan Presiden di Jakarta disambut oleh Wakil
    Presiden ..."): no diplomacy between actors."""
    if not s.participants or s.status != "held":
        return False
    countries: list[str] = []
    for iri in s.participants:
        actor = doc.actors.get(iri)
        if actor is None or actor.kind != "Person":
            return False
        # "Sekretaris Dewan Keamanan Rusia": the council's country is his
        own = [_state_of(doc, r) for r in actor.represents]
        own = [c for c in own if doc.lexicon.kinds.get(c) == "Country"]
        if not own:
            return False  # one whose country the text does not tell may be the foreign guest
        countries += own
    if len(set(countries)) != 1 or len(countries) < 2:
        return False
    home = countries[0]
    return s.location is not None and (s.location == home or home in containers(doc, s.location))


# a date inside what someone is congratulated on or thanked for: "on the smooth holding of its general
# election in February", "atas suksesnya penyelenggaraan pemilu pada Februari"; or in a relative clause
# about a thing named: "the railway, which started commercial operation last October"
_EVENT_OF_TOPIC = re.compile(
    r"\b(?:congratulat\w+|thank\w*|mengucapkan selamat|memberi selamat|berterima kasih)\b[^.;]{0,80}"
    r"\b(?:on|for|atas|kepada)\b[^.;]{0,80}\b(?:in|on|pada|di)\s+$"
    r"|,\s*(?:which|yang)\s+[^,;.]{0,80}$",
    re.I,
)


def _continues(doc: Doc, i: int, focus: SummitDraft, alive: bool) -> bool:
    """Does sentence i still speak of the meeting in focus?"""
    if not alive:
        return False
    sentence = doc.sentences[i]
    text = sentence.text.lstrip("“\"'*) ")
    if cues()["temporal_shift"].search(text):
        return False
    for found in find_dates(sentence.text, doc.article.published):
        if since_before(sentence.text, found.start):
            continue  # "terjalin sejak 1990": the start of a relation, not another time
        if _EVENT_OF_TOPIC.search(sentence.text, 0, found.start):
            continue  # "congratulated Indonesia on the holding of its election in February": a topic's date
        if focus.date is not None and not found.value.agrees(focus.date):
            return False
    if doc.cue("pair_anaphor", i) or doc.cue("summit_anaphor", i) or doc.cue("attending", i):
        return True
    if cues()["plural_subject"].search(text) and cues()["discuss"].search(text):
        return True  # "Mereka juga membahas ...": what the meeting's persons discussed
    if cues()["those_who_met_said"].search(text):
        return True  # "Energy remained a pillar of the partnership, the leaders said"
    if cues()["both_of_them"].search(text) and len(_persons(doc, set(focus.participants))) == 2:
        return True  # "Keduanya menegaskan ...": the two who met
    actors = [iri for _, iri in doc.sentence_actors[i]]
    if sentence.kind == "list":
        return True
    if cues()["description"].search(text):
        return False  # "Malaysia merupakan salah satu investor asing terbesar ...": background
    if actors:
        return actors[0] in doc.roll_up(list(focus.participants))
    previous = doc.sentences[i - 1] if i else None
    return previous is not None and previous.block == sentence.block


# what may stand between "on the sidelines" and the meeting's kind word: "of the second ASEAN-GCC"
# the words between "on the sidelines of" and the meeting word of the host's name: "of the 46th ASEAN",
# "of Association of Southeast Asian Nations (ASEAN) foreign ministers"
# one character or one bracketed group at a time: the same strings as words and groups with spaces
# between, but a word can be matched only one way, so a lead that fails (a comma) fails at once
# (written as words within spaces, a 12-word lead that failed backtracked for seconds)
_HOST_NAME_LEAD = re.compile(r"(?:[\s\w\-–'’]|\([^()]{1,40}\))*")
_HOST_LEAD_WORDS = 12


def _host_lead(text: str) -> bool:
    """Only words of a name (no clause, no other meeting) stand between "di sela" and the meeting word."""
    return len(text.split()) <= _HOST_LEAD_WORDS and _HOST_NAME_LEAD.fullmatch(text) is not None


def _named_lead(sentence, hosts: list[int], m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """ "on the sidelines of Association of Southeast Asian Nations (ASEAN) foreign ministers talks":
    the host's meeting word is named by the words before it."""
    return any(
        h <= m.start and re.search(r"(?-i:[A-Z])", sentence.text[h - sentence.start : m.start - sentence.start])
        for h in hosts
    )


def _triggers(doc: Doc, i: int) -> list[_Trigger]:
    sentence = doc.sentences[i]
    anaphors = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in doc.cue_matches("summit_anaphor", i)
        if not _with_someone_new(doc, i, sentence.start + m.end())
    ]
    # "at the narrow-format session", "Dalam sesi pleno": a part of the summit told, no meeting of its own
    sessions = doc.cue_matches("session_of_summit", i)
    anaphors += [(sentence.start + m.start(), sentence.start + m.end()) for m in sessions]
    # "Pertemuan dihadiri para Menlu ...": a bare meeting word as the subject, once a meeting is told
    subject = doc.cue_matches("subject_anaphor", i)
    if subject and _meeting_told_before(doc, i):
        anaphors += [(sentence.start + m.start(), sentence.start + m.end()) for m in subject]
    # "di sela pertemuan": the meeting after "on the sidelines of" hosts the one the sentence reports
    hosts = [sentence.start + m.end() for m in doc.cue_matches("sidelines", i)]
    found: list[_Trigger] = []
    for m in doc.kinds(i, "Summit"):
        beside = any(
            h <= m.start and _host_lead(sentence.text[h - sentence.start : m.start - sentence.start]) for h in hosts
        )
        host = beside or _in_relative_clause(sentence, m)
        landmark = bool(cues()["time_landmark"].search(sentence.text[: m.start - sentence.start]))
        # a bare host ("di sela pertemuan") is the meeting already told; a named one is read as any name
        is_anaphor = (
            any(s <= m.start < e for s, e in anaphors)
            or (host and _bare(sentence, m) and not _named_lead(sentence, hosts, m))
            or _names_the_counted_event(sentence.text, m.start - sentence.start)  # "pada hari kedua kunjungan"
            # "kata Sugiono usai pertemuan" after "Pertemuan ... itu": the meeting told, by its word
            or (_bare_time(sentence, m) and _word_told_before(doc, i, m))
        )
        if found and not is_anaphor and _same_name(sentence, found[-1], m):
            found[-1].end = m.end
            if m.concept != GENERIC:
                found[-1].kind = m.concept
            continue
        invitation = cues()["invited_to"].search(sentence.text[: m.start - sentence.start])
        invited_at = sentence.start + invitation.start() if invitation else None
        found.append(
            _Trigger(
                m.start,
                m.end,
                m.concept,
                is_anaphor,
                host=host,
                beside=beside,
                landmark=landmark,
                invited_at=invited_at,
            )
        )
    found += _unnamed_hosts(doc, i, hosts, found)
    # "melalui konferensi video": how one met, not a meeting of its own; alone, it is the meeting
    video = [t for t in found if _video_conference(sentence, t)]
    found = [t for t in found if not _names_something_else(sentence, t) and not _summary_of_several(doc, i, t)]
    # a landmark only when the sentence names the other meeting: "Seusai penutupan KTT, Jokowi menerima
    # Xi dalam pertemuan bilateral"; in "diumumkan ... usai pertemuan" the persons are the meeting's
    by_phone = cues()["phone_call"].search(sentence.text)  # "berbicara melalui telepon": no meeting verb
    if by_phone and any(sentence.start + by_phone.start() > h for h in hosts):
        by_phone = None  # "last met on the sidelines of the summit ..., and spoke by phone in December"
    if not by_phone and not any(not t.anaphor and not t.host and not t.landmark for t in found):
        verbs = _verbs(doc, i, anaphors)
        if found:  # "Following the talks, ... witnessed the exchange": what those at the meeting told did
            verbs = [v for v in verbs if not _witnessing(sentence, v)]
        if any(not t.anaphor and not t.host for t in found):  # "Sehari sebelum KTT, Jokowi bertemu PM ..."
            # "A bertemu B di X, menjelang KTT ...": a meeting before the landmark too
            verbs = [
                v
                for v in verbs
                if any(t.landmark and (v.start > t.end or v.end < t.start) for t in found) and _meets_whom(doc, i, v)
            ]
        found.extend(verbs)
    elif not by_phone:  # "dijadwalkan bertemu Presiden A serta menghadiri Forum B": a meeting, then the forum
        verbs = [
            v
            for v in _verbs(doc, i, anaphors)
            if _then_attends(sentence, v, found)
            or _before_anothers(doc, i, v, found)
            or _and_met(doc, i, v, found)
            or _visit_marked_by(sentence, v, found)
        ]
        found.extend(v for v in verbs if _meets_whom(doc, i, v))
    if not found and video and len(_persons(doc, {iri for _, iri in doc.sentence_actors[i]})) >= 2:
        found = [_Trigger(video[0].start, video[0].end, BILATERAL, verb=True)]
    for t in found:
        t.landmark = t.landmark and any(o.start > t.end and not o.anaphor for o in found)
    found = [
        t
        for t in found
        if not _topic_phrase(doc, i, t)
        and not _lone_witness(doc, i, t)
        and not _in_signed_title(sentence, t)
        and not _in_document_title(doc, i, t)
        and not _in_brackets_after_a_name(sentence, t, found)
        and not _attending(sentence, t, found)
        and not _in_programme(sentence, t, found)
        and not _site_visit(sentence, t)
        and not _told_as_a_habit(doc, i, t)
    ]
    return _outside_titles(sentence, sorted(found, key=lambda t: t.start))


def _told_as_a_habit(doc: Doc, i: int, t: _Trigger) -> bool:
    """ "Hasil JCBC lazimnya dibawa ke Rundingan Tahunan ...", "usually ends with a summit": what is
    done as a rule, no one meeting, unless the sentence dates it."""
    sentence = doc.sentences[i]
    habit = cues()["habitual"].search(sentence.text, 0, t.start - sentence.start)
    return habit is not None and not _sentence_dates(doc, i)


# a capitalised name right after "di sela", "on the sidelines of (the)": an event whatever its head word
_HOST_NAME = re.compile(r"\s+(?:the\s+)?((?-i:[A-Z])[\w\-–’']*(?:\s+(?-i:[A-Z])[\w\-–’']*)+|(?-i:[A-Z]{3,})\b)")
_HOST_NOT_EVENT = ("Person", "Country", "Organization", "Place", "Region", "Position")


def _unnamed_hosts(doc: Doc, i: int, hosts: list[int], found: list[_Trigger]) -> list[_Trigger]:
    """ "di sela Pekan Energi Rusia 2026", "on the sidelines of the CIIE": the event hosting the
    meeting told, named by words the ontology has no meeting label for."""
    sentence = doc.sentences[i]
    out = []
    for h in hosts:
        m = _HOST_NAME.match(sentence.text, h - sentence.start)
        if m is None or any(t.host and t.start >= h for t in found):
            continue
        start = sentence.start + m.start(1)
        if any(x.start <= start < x.end for x in doc.mentions[i] if x.kind in _HOST_NOT_EVENT):
            continue  # "di sela-sela G20", "di sela kunjungan ke Jakarta": no event named here
        first_word = re.match(r"\S+", m.group(1))
        out.append(_Trigger(start, start + (first_word.end() if first_word else 0), FORUM, host=True, beside=True))
    return out


_THEN = re.compile(r"\b(?:serta|dan|lalu|kemudian|and|then|as well as|before)\s+(?:(?:akan|juga|to|will)\s+)?", re.I)


def _word_told_before(doc: Doc, i: int, m: Mention) -> bool:
    """A meeting word an earlier sentence used for a meeting (looked for only when needed: a long
    article has many sentences)."""
    word = m.text.split()[0].casefold()
    return any(t.text.split()[0].casefold() == word for k in range(i - 1, -1, -1) for t in doc.kinds(k, "Summit"))


def _then_attends(sentence, verb: _Trigger, found: list[_Trigger]) -> bool:  # type: ignore[no-untyped-def]
    """ "bertemu Presiden Tokayev serta menghadiri Forum Bisnis": the meeting verb and the event
    attended after it are two meetings."""
    for t in found:
        between = sentence.text[verb.end - sentence.start : t.start - sentence.start]
        if t.start > verb.end and not t.anaphor and not t.host:
            then = list(_THEN.finditer(between))
            if then and cues()["attend"].match(between, then[-1].end()):
                return True
    return False


_AT_THE_MEETING = re.compile(r"^[^,.;]{0,80}\b(di|ke|dalam|pada|at|to|in)\s+(the\s+)?$", re.I)


def _attending(sentence, t: _Trigger, found: list[_Trigger]) -> bool:  # type: ignore[no-untyped-def]
    """ "kehadiran Presiden Xi di KTT Kazan", "Modi's trip to the summit": going to a meeting named
    right after is attending it, not a visit of its own."""
    if t.kind not in VISITS:
        return False
    return any(
        o.start > t.end
        and o.kind not in VISITS
        and _AT_THE_MEETING.match(sentence.text[t.end - sentence.start : o.start - sentence.start])
        for o in found
    )


_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|yang)\b[^,;]*$")


def _in_relative_clause(sentence, m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """ "Rudenko, who heads the delegation at the ASEAN ministerial events, met with ...": the
    occasion a clause about the subject names is where the meeting the sentence tells was held."""
    before = sentence.text[: m.start - sentence.start]
    return bool(_RELATIVE_CLAUSE.search(before)) and "," in sentence.text[m.end - sentence.start :]


def _in_programme(sentence, t: _Trigger, found: list[_Trigger]) -> bool:  # type: ignore[no-untyped-def]
    """ "mengakhiri kunjungan kenegaraan ... setelah rangkaian agenda yang mencakup pertemuan dengan ...
    dan forum bisnis": an item of a visit's programme is part of the visit, told on its own later."""
    if t.kind in VISITS:
        return False
    return any(
        v.kind in VISITS
        and v.end <= t.start
        and cues()["programme_items"].search(sentence.text[v.end - sentence.start : t.start - sentence.start])
        for v in found
    )


def _bare(sentence, m: Mention | _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """A meeting word with no name after it (nor, in English, before it): "pertemuan", "the meeting",
    not "the second ASEAN-GCC Summit"."""
    before, word, after = (
        sentence.text[: m.start - sentence.start],
        sentence.text[m.start - sentence.start : m.end - sentence.start],
        sentence.text[m.end - sentence.start :],
    )
    named_after = re.match(r"\s*(?:[A-Z0-9“\"(]|ke-\d)", after)
    named_before = word[:1].isupper() and re.search(r"[A-Z][\w\-–]*\s+$", before)
    owned = re.search(r"(?-i:[A-Z])[\w.\-]*['’]s\s+(?:[\w-]+\s+){0,2}$", before)  # "Xi Jinping's state visit"
    return not (named_after or named_before or owned)


_ATTEND_REACH = 25  # how far before a meeting's name the verb of attending it may stand
_AND_THEN = re.compile(r"[^.;]*\b(?:and|dan|serta)\s+(?:also\s+|juga\s+|then\s+|kemudian\s+)?$", re.I)


def _visit_marked_by(sentence, verb: _Trigger, found: list[_Trigger]) -> bool:  # type: ignore[no-untyped-def]
    """ "Putin menutup kunjungan kenegaraannya ... dengan bertemu Ketua DPR", "wrapped up his visit by
    meeting ...": the meeting that opened or closed a visit is a meeting of its own, on its own day."""
    for t in found:
        if t.kind not in VISITS or t.anaphor or t.end > verb.start:
            continue
        before = sentence.text[: t.start - sentence.start]
        between = sentence.text[t.end - sentence.start : verb.start - sentence.start]
        if cues()["visit_closed"].search(before) and cues()["by_doing"].search(between):
            return True
    return False


def _and_met(doc: Doc, i: int, verb: _Trigger, found: list[_Trigger]) -> bool:
    """ "held talks with President Putin at the Kremlin and met Prime Minister Mishustin": after a
    meeting word and the person it was with, "and met" someone else is one more meeting."""
    sentence = doc.sentences[i]
    for t in found:
        if t.anaphor or t.host or t.end > verb.start:
            continue
        between = sentence.text[t.end - sentence.start : verb.start - sentence.start]
        # "menghadiri Forum X di Beijing dan diterima Xi": an event attended, then a meeting of one's own
        lead = sentence.text[max(0, t.start - sentence.start - _ATTEND_REACH) : t.start - sentence.start]
        attended = cues()["attend"].search(lead)
        if (attended or _person_between(doc, i, t.end, verb.start)) and _AND_THEN.fullmatch(between):
            return _meets_whom(doc, i, verb)
    return False


def _before_anothers(doc: Doc, i: int, verb: _Trigger, found: list[_Trigger]) -> bool:
    """ "Chinh received Chernyshenko, asking ... the statement issued during President Putin's state
    visit", "Receiving Mishustin ..., To Lam recalled the state visit by President Putin": the verb's
    meeting, then in a later clause a meeting someone else owns."""
    sentence = doc.sentences[i]
    nouns = [t for t in found if not t.anaphor and not t.host]
    if (
        not nouns
        or nouns[0].start < verb.end
        or "," not in sentence.text[verb.end - sentence.start : nouns[0].start - sentence.start]
    ):
        return False
    met = {
        iri for o, iri in doc.sentence_actors[i] if verb.end <= o < _clause_end(sentence, verb) and _is_person(doc, iri)
    }
    owners = {
        iri
        for o, iri in doc.sentence_actors[i]
        if o >= verb.end
        and any(_owns_another(doc, i, o, iri, None, [t]) or _made_by(sentence, t, o) for t in nouns)
        and _is_person(doc, iri)  # "Xi's state visit", "the state visit by President Putin"
    }
    return bool(met) and bool(owners) and not owners & met


_BY_TITLES = re.compile(r"\s+(?:by|oleh)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}", re.I)


def _made_by(sentence, trigger: _Trigger, offset: int) -> bool:  # type: ignore[no-untyped-def]
    """ "the state visit by President Vladimir Putin": the person after "by" and titles made the visit."""
    start, end = trigger.end - sentence.start, offset - sentence.start
    return not trigger.verb and 0 <= start <= end and _BY_TITLES.fullmatch(sentence.text, start, end) is not None


def _verbs_before_owned(doc: Doc, i: int, offset: int, trigger: _Trigger, triggers: list[_Trigger]) -> bool:
    """The actor at ``offset`` is in the clause of a verb of meeting, and ``trigger`` is a later
    meeting someone else owns ("received B, ... during C's state visit")."""
    sentence = doc.sentences[i]
    if trigger.verb or not any(t.verb and offset < _clause_end(sentence, t) < trigger.start for t in triggers):
        return False
    return any(
        o > offset and o < trigger.start and _owns_another(doc, i, o, iri, None, [trigger])
        for o, iri in doc.sentence_actors[i]
    )


def _clause_end(sentence, verb: _Trigger) -> int:  # type: ignore[no-untyped-def]
    comma = sentence.text.find(",", verb.end - sentence.start)
    return sentence.start + comma if comma >= 0 else sentence.end


def _witnessing(sentence, verb: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    return bool(cues()["witness"].match(sentence.text[verb.start - sentence.start : verb.end - sentence.start]))


def _lone_witness(doc: Doc, i: int, verb: _Trigger) -> bool:
    """ "Tolchenov menyaksikan penandatanganan nota kesepahaman antara Unsrat dan FEFU": one person
    witnessing others sign meets no one; "Prabowo dan Tokayev menyaksikan ...", "kedua pemimpin
    menyaksikan ..." are a meeting."""
    sentence = doc.sentences[i]
    if not verb.verb or not _witnessing(sentence, verb):
        return False
    before = sentence.text[: verb.start - sentence.start]
    persons = {iri for off, iri in doc.sentence_actors[i] if off < verb.start and _is_person(doc, iri)}
    return len(persons) < 2 and not cues()["pair_anaphor"].search(before) and not cues()["both_of_them"].search(before)


def _meets_whom(doc: Doc, i: int, verb: _Trigger) -> bool:
    """A person named after a verb of meeting: whom the subject met ("witnessed the exchange" is
    what those at the meeting did after it, not another meeting)."""
    if _witnessing(doc.sentences[i], verb):
        return False
    return any(off > verb.start and doc.actors[iri].kind == "Person" for off, iri in doc.sentence_actors[i])


_WITH_WHOM = re.compile(r"\s*(?:with|dengan)\s+(?:\S+\s+){0,6}?$", re.I)


def _with_someone_new(doc: Doc, i: int, end: int) -> bool:
    """ "In his meeting with Chinese Foreign Minister Wang Yi, Anwar said ...": "his meeting" with a
    person the text has not named before is a meeting of its own, not the one told."""
    sentence = doc.sentences[i]
    for offset, iri in doc.sentence_actors[i]:
        if offset >= end and doc.actors[iri].kind == "Person":
            gap = sentence.text[end - sentence.start : offset - sentence.start]
            named_before = any(iri == known for row in doc.sentence_actors[:i] for _, known in row)
            return bool(_WITH_WHOM.match(gap)) and not named_before
    return False


def _meeting_told_before(doc: Doc, i: int) -> bool:
    """A sentence before names a meeting, or tells one by a verb ("menerima ... di Istana")."""
    return any(doc.kinds(k, "Summit") or _verbs(doc, k, []) for k in range(i))


def _verbs(doc: Doc, i: int, anaphors: list[tuple[int, int]]) -> list[_Trigger]:
    """Verbs of meeting and visiting: the first of each kind, and a further verb of meeting with
    persons of its own ("bertemu Menlu X dan diterima Presiden Y": two meetings)."""
    sentence = doc.sentences[i]
    out: list[_Trigger] = []
    for name in ("meet", "visit"):
        kind = VISIT if name == "visit" else BILATERAL
        for cue in cues()[name].finditer(sentence.text):
            start, end = sentence.start + cue.start(), sentence.start + cue.end()
            if any(s <= start < e for s, e in anaphors) or any(t.start <= start < t.end for t in out):
                continue  # "to prepare the visit": the meeting already told
            if _names_the_counted_event(sentence.text, cue.start(), of_whom=True):
                continue  # "the final day of Li's visit": the guest's visit told, not one of its own
            if out and (name == "visit" or not _person_between(doc, i, out[-1].end, start)):
                break
            # "undangan Presiden Prabowo kepada Putin untuk berkunjung ke Indonesia": a visit still to come
            invitation = cues()["invited_to"].search(sentence.text[: cue.start()])
            invited_at = sentence.start + invitation.start() if invitation else None
            out.append(_Trigger(start, end, kind, verb=True, invited_at=invited_at))
    if not out:
        out.extend(_with_whom(doc, i))
    if not out:
        out.extend(_stay_of_an_agreement(doc, i))
    if not out:
        out.extend(_joint_signing(doc, i))
    return out


_JOINED = re.compile(r"\b(?:dan|and|serta)\b", re.I)


def _joint_signing(doc: Doc, i: int) -> list[_Trigger]:
    """ "Presiden A dan Presiden B telah menandatangani Deklarasi ... di St. Petersburg pada Juni tahun
    lalu": leaders of two countries recalled signing together months before the story met then."""
    sentence = doc.sentences[i]
    active = cues()["active_signing"].search(sentence.text)
    sign = active or cues()["signed_by"].search(sentence.text)
    if sign is None:
        return []
    start = sentence.start + sign.start()
    row = doc.sentence_actors[i]
    if active is not None:
        persons = [(o, iri) for o, iri in row if sentence.start <= o < start and _is_person(doc, iri)]
    else:  # "Deklarasi ... yang ditandatangani Presiden A dan Presiden B di St. Petersburg pada Juni 2025"
        persons = [(o, iri) for o, iri in row if o >= sentence.start + sign.end() and _is_person(doc, iri)][:2]
    if len(persons) < 2:
        return []
    (first, a), (second, b) = persons[-2:]
    countries = [set(doc.actors[iri].represents) for iri in (a, b)]
    if not countries[0] or not countries[1] or countries[0] & countries[1]:
        return []
    joined = bool(_JOINED.search(sentence.text, first - sentence.start, second - sentence.start))
    clause_free = active is None or not cues()["clause_boundary"].search(
        sentence.text, second - sentence.start, sign.start()
    )
    recalled = any(
        months_before(doc, d.value) and not _RELATIVE_WORD.search(sentence.text, sign.end(), max(sign.end(), d.start))
        for d in find_dates(sentence.text, doc.article.published)
    )  # not "... mengakhiri konflik yang menewaskan puluhan orang pada Juli lalu": the conflict's time
    signers = (a, b) if active is None else ()
    return (
        [_Trigger(start, sentence.start + sign.end(), BILATERAL, verb=True, signers=signers)]
        if joined and clause_free and recalled
        else []
    )


_RELATIVE_WORD = re.compile(r"\b(?:yang|which|that|who)\b", re.I)


def months_before(doc: Doc, date: DateValue) -> bool:
    """A date told months before the story (a signing recalled, not the story's own)."""
    published = doc.article.published
    if published is None or published.day is None:
        return False
    first = date if date.day is not None else DateValue(date.year, date.month or 12, 28)
    return published.days_since(first) > _STORY_DAYS


def _stay_of_an_agreement(doc: Doc, i: int) -> list[_Trigger]:
    """ "Saat berada di Kuala Lumpur akhir Januari lalu, kedua pemimpin sepakat ...": two who agreed
    during a stay somewhere met there."""
    sentence = doc.sentences[i]
    m = cues()["stay_when"].search(sentence.text)
    if m is None or not cues()["agreed"].search(sentence.text, m.end()):
        return []
    persons = {iri for _, iri in doc.sentence_actors[i] if doc.actors[iri].kind == "Person"}
    if len(persons) < 2 and not doc.cue("pair_anaphor", i):
        return []
    place = next((p for p in doc.kinds(i, *PLACE_KINDS) if p.start == sentence.start + m.end()), None)
    end = place.end if place is not None else sentence.start + m.end(3)
    return [_Trigger(sentence.start + m.start(3), end, BILATERAL)]  # "berada di Kuala Lumpur"


def _with_whom(doc: Doc, i: int) -> list[_Trigger]:
    """ "Bersama PM Vietnam Pham Minh Chinh, ia membahas ...", "Dengan Taur Matan Ruak, Jokowi
    sepakat ...": a person put first with "with", then what they discussed, is a meeting with them."""
    sentence = doc.sentences[i]
    m = cues()["with_whom"].match(sentence.text)
    if m is None or not cues()["discuss"].search(sentence.text):
        return []
    if not any(doc.actors[iri].kind == "Person" for off, iri in doc.sentence_actors[i] if off >= sentence.start):
        return []
    return [_Trigger(sentence.start + m.start(1), sentence.start + m.end(1), BILATERAL, verb=True, topical=True)]


def _person_between(doc: Doc, i: int, start: int, end: int) -> bool:
    return any(start <= offset < end and doc.actors[iri].kind == "Person" for offset, iri in doc.sentence_actors[i])


def _topic_phrase(doc: Doc, i: int, t: _Trigger) -> bool:
    """ "dialog politik dan keamanan", "perundingan deklarasi": a lower-case kind word with a sector
    or a document right after it names a field of cooperation or a negotiation, not a meeting."""
    sentence = doc.sentences[i]
    word = sentence.text[t.start - sentence.start : t.end - sentence.start]
    if not t.anaphor and cues()["cooperation_in"].search(sentence.text[: t.start - sentence.start]):
        return True  # "kerja sama di forum MIKTA": cooperation in a grouping, not a meeting
    if t.anaphor or t.verb or not word[:1].islower():
        return False  # "menyaksikan penandatanganan nota kesepahaman": witnessing a signing is meeting
    gap_end = (
        t.end + len(sentence.text[t.end - sentence.start :]) - len(sentence.text[t.end - sentence.start :].lstrip())
    )
    if any(m.start == gap_end for m in doc.kinds(i, "Sector", "Agreement")):  # "perundingan deklarasi"
        return True
    if cues()["intensify"].search(sentence.text[: t.start - sentence.start]):
        return True  # "agreed to step up dialogue and delegation exchanges": a way of working together
    # "perundingan Indonesia-Korea Comprehensive Economic Partnership Agreement": the negotiation of a document
    if not cues()["negotiation"].fullmatch(word):
        return False
    stops = (sentence.start + m.start() for m in re.finditer(r"[,.;:()]", sentence.text))
    phrase_end = next((at for at in stops if at > t.end), sentence.end)
    phrase = sentence.text[t.end - sentence.start : phrase_end - sentence.start]
    return any(document_kind_at(doc.lexicon, phrase, w.start()) for w in re.finditer(r"\b\w", phrase))


def _in_signed_title(sentence, t: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "menandatangani Rencana Konsultasi ...": a kind word inside the title of a signed document."""
    before = sentence.text[: t.start - sentence.start]
    return bool(
        re.search(
            r"\b(?:menandatangani|meneken|mengadopsi|signed|adopted)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}$", before
        )
    )


_TITLE_GAP = re.compile(r"(?:\s+(?:(?-i:[A-Z])[\w-]*|tentang|mengenai|untuk|on|of|for|the))*\s+")


# "deklarasi bersama tentang penyelesaian perundingan IK-CEPA": what a document is about
# "memorandum of understanding on joint trade fairs and business matching": up to five words of its
# topic, none a word of time or place that would set the meeting apart ("an MoU on trade before the summit")
_TOPIC_WORD = (
    r"(?!(?:before|after|during|at|in|ahead|following|sebelum|setelah|sesudah|usai|seusai|saat|ketika|selama"
    r"|di|pada|dalam|menjelang|was|were|is|are|will|akan)\b)[\w-]+\s+"
)
_ABOUT_GAP = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}(?:tentang|mengenai|on|about|concerning)\s+(?:{_TOPIC_WORD}){{0,5}}", re.I
)


def _in_document_title(doc: Doc, i: int, t: _Trigger) -> bool:
    """ "Nota Kesepahaman tentang Pembentukan Dialog Strategis": a kind word inside a document's
    title, or in what a document is about."""
    sentence = doc.sentences[i]
    capital = sentence.text[t.start - sentence.start : t.start - sentence.start + 1].isupper()
    for m in doc.kinds(i, "Agreement"):
        if m.end > t.start:
            continue
        gap = sentence.text[m.end - sentence.start : t.start - sentence.start]
        if _ABOUT_GAP.fullmatch(gap) or (capital and m.text[:1].isupper() and _TITLE_GAP.fullmatch(gap)):
            return True
    return False


def _in_brackets_after_a_name(sentence, t: _Trigger, found: list[_Trigger]) -> bool:  # type: ignore[no-untyped-def]
    """ "Pertemuan ... Menteri Pertahanan (Dialog 2+2)": the short name in brackets after a meeting's name."""
    before = sentence.text[: t.start - sentence.start]
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    return any(o is not t and not o.anaphor and o.start < sentence.start + opened for o in found)


def _video_conference(sentence, t: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    before = sentence.text[: t.start - sentence.start]
    after = sentence.text[t.end - sentence.start :]
    return bool(re.match(r"\s+video\b", after, re.I) or re.search(r"\bvideo\s+$", before, re.I))


def _summary_of_several(doc: Doc, i: int, t: _Trigger) -> bool:
    """ "menggelar sejumlah pertemuan bilateral dengan mitra dari Vietnam dan China": several meetings
    in one word, each told on its own, unless the sentence names the persons met."""
    sentence = doc.sentences[i]
    if not cues()["several_meetings_before"].search(sentence.text[: t.start - sentence.start]):
        return False
    # not whom another event told in the sentence involved ("..., sehari setelah ia ... dengan Kim Jong Un")
    return not any(
        offset > t.end
        and _is_person(doc, iri)
        and not cues()["landmark_event"].search(sentence.text[t.end - sentence.start : offset - sentence.start])
        for offset, iri in doc.sentence_actors[i]
    )


def _held_regularly(sentence, t: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "sepakat agar JCBC, Komite Konsultasi Bilateral, dan pertemuan pejabat tinggi diselenggarakan
    secara rutin": meetings wished to be held as a habit."""
    before = sentence.text[: t.start - sentence.start]
    return bool(cues()["wish"].search(before) and cues()["held_regularly"].match(sentence.text, t.end - sentence.start))


def _names_something_else(sentence, t: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "kemitraan dialog ASEAN-Australia", "ruang pertemuan": a kind word inside the name of a
    standing relation or of a room, not a meeting."""
    before = sentence.text[: t.start - sentence.start]
    after = sentence.text[t.end - sentence.start :]
    return bool(cues()["not_meeting_before"].search(before) or cues()["not_meeting_after"].search(after))


def _outside_titles(sentence, triggers: list[_Trigger]) -> list[_Trigger]:  # type: ignore[no-untyped-def]
    """A kind word inside a quoted title belongs to the name of the meeting named just before it:
    Forum Ekonomi Internasional “Russia–Islamic World: Kazan Forum” is one forum."""
    quoted = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in re.finditer(r"[“\"][^”\"]{2,200}[”\"]", sentence.text)
    ]
    kept: list[_Trigger] = []
    for t in triggers:
        inside = next(((s, e) for s, e in quoted if s <= t.start < e), None)
        if inside is not None and any(k.start < inside[0] and not k.anaphor for k in kept):
            continue
        kept.append(t)
    return kept


def _same_name(sentence, previous: _Trigger, m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """Two kind words inside one name: "pertemuan pertama Pejabat Tinggi"."""
    gap = sentence.text[previous.end - sentence.start : m.start - sentence.start]
    # a means or a time ends a name: "Sidang Komisi Bersama pertama melalui konferensi video",
    # "pertemuan bilateral di sela Sidang ke-52" are two things
    return len(gap.split()) <= 2 and not re.search(
        r"[,.;]|\b(dan|atau|and|or|melalui|lewat|via|through|dengan|with|sela|sidelines|usai|seusai|setelah|sebelum|"
        r"jelang|menjelang|after|before)\b",
        gap,
    )


def _read_sentence(
    doc: Doc, i: int, triggers: list[_Trigger], summits: list[SummitDraft], focus: int | None, last: int | None = None
) -> tuple[list[int], bool, int | None]:
    """Create or update summits from sentence i; returns (new summit indices, referred to focus, another
    meeting told again).

    ``focus`` is the meeting the previous sentence spoke of; ``last`` the latest major meeting,
    which an explicit anaphor ("pertemuan tersebut", "hari itu", "hasilnya") brings back even
    after a paragraph about something else.
    """
    sentence = doc.sentences[i]
    referred = bool(last is not None and (any(t.anaphor for t in triggers) or doc.cue("summit_anaphor", i)))
    # "The two sides agreed ..." after a sentence on trade figures or an old pact: the pair last told
    referred = referred or bool(focus is not None and doc.cue("pair_anaphor", i))
    if last is not None and not referred and not summits[last].past and not earlier_than_story(doc, summits[last]):
        pair = doc.cue_matches("pair_anaphor", i)
        # "The two sides agreed ...", not "Kedua negara memiliki hubungan ...": the relation, not a meeting
        referred = (
            bool(pair)
            and not sentence.text[: pair[0].start()].strip(" \"“'")
            and not _COUNTRIES.search(pair[0].group())
        )
    focus = focus if focus is not None or not referred else last
    created: list[int] = []
    named_other = False  # the sentence names another meeting told before
    again: int | None = None
    dates = _sentence_dates(doc, i)
    # a host first, so the meeting held beside it can take its day: "pertemuan ... di sela KTT APEC, November lalu"
    for trigger in sorted((t for t in triggers if not t.anaphor), key=lambda t: not t.host):
        for draft in _drafts(doc, i, trigger, triggers, dates, summits, focus):
            # "Keduanya terakhir bertatap muka ...": the pair of the meeting told, even after a flashback
            pair_source = focus if focus is not None else _main(doc, summits)
            told = summits[pair_source] if pair_source is not None else None
            # "tiba di Riyadh setelah kunjungan ke Beijing": a visit the sentence's own event follows
            before_this = _time_after(sentence, trigger) and _with_complement(sentence, trigger)
            paired = (
                told is not None
                and not before_this
                and not trigger.host
                and not trigger.landmark
                and not _bare_time(sentence, trigger)
                and _pair_of_focus(doc, i, draft, told)
            )
            timed = _bare_time(sentence, trigger) and not _of_the_pair(sentence, trigger)
            if not paired and not trigger.verb and not trigger.host and not timed:
                _lead_pair(doc, i, draft, summits)
            target = _named_in_full_before(draft, summits) if trigger.landmark and draft.named else None
            if target is None:
                target = _same_as_existing(doc, draft, summits, None if before_this else focus)
            if target is None and focus is not None and draft.date is None and doc.cue("delegation_anaphor", i):
                target = focus  # "Delegasi dipimpin A dan diterima B": the visit just told, its two sides
            if target is None and told is not None and paired and _same_occasion(doc, draft, told):
                # "Retno mengatakan pembicaraan kedua pemimpin ...": the story's talks; the speaker is no party
                target = pair_source
                draft.participants = {p: i for p in draft.participants if p in told.participants}
            if target is None:
                summits.append(draft)
                created.append(len(summits) - 1)
            else:
                merge_into(doc, summits[target], draft)
                referred = referred or target == focus
                named_other = named_other or target != focus
                again = target if target != focus else again
    if focus is not None and not created and (referred or doc.cue("present", i)):
        # "pernah ditandatangani pada April 2007, disaksikan ...", "KTT dihadiri ...": not those of the focus
        target = _meeting_of_the_accompanied(doc, i, summits, focus)
        if not _another_time(dates, summits[target], sentence.text) and not (named_other and not referred):
            _add_sentence_participants(doc, i, summits[target])
    return created, referred, again


def _meeting_of_the_accompanied(doc: Doc, i: int, summits: list[SummitDraft], focus: int) -> int:
    """ "Di Istana, A didampingi B dan C" after a sentence on another stop of the
    guest: companions join the meeting of the one they accompany, the last one told with him."""
    sentence = doc.sentences[i]
    cue = cues()["accompanied"].search(sentence.text)
    if cue is None:
        return focus
    before = [iri for off, iri in doc.sentence_actors[i] if off < sentence.start + cue.start() and _is_person(doc, iri)]
    if not before or before[-1] in summits[focus].participants:
        return focus
    theirs = [n for n in range(len(summits)) if before[-1] in summits[n].participants and summits[n].status == "held"]
    return max(theirs, key=lambda n: _last_told(summits[n])) if theirs else focus


_COUNTRIES = re.compile(r"\b(?:negara|countries)\b", re.I)


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


def _site_visit(sentence, t: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "to visit the ECRL worksite", "mengunjungi Masjid Istiqlal": a place seen, no one met."""
    return t.kind in VISITS and bool(cues()["site_visit"].match(sentence.text[t.end - sentence.start :]))


def _time_after(sentence, trigger: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    return not trigger.verb and bool(cues()["time_after"].search(sentence.text[: trigger.start - sentence.start]))


_DESTINATION = re.compile(r"\s*(?:ke|to|di|in)\s+(?-i:[A-Z])")


def _with_complement(sentence, trigger: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """A meeting word with a name or a place of its own: "kunjungan ke Beijing", "KTT G20"."""
    return not _bare(sentence, trigger) or bool(_DESTINATION.match(sentence.text, trigger.end - sentence.start))


def _bare_time(sentence, trigger: Mention | _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "yang dirilis usai pertemuan": a bare meeting word after "after" tells a time, not a meeting."""
    before = sentence.text[: trigger.start - sentence.start]
    return bool(cues()["time_landmark"].search(before)) and _bare(sentence, trigger)


def _of_the_pair(sentence, trigger: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "seusai pertemuan bilateral kedua pemimpin": after "after", a meeting of the two just named."""
    return bool(cues()["of_the_pair"].match(sentence.text[trigger.end - sentence.start :]))


def _pair_of_focus(doc: Doc, i: int, draft: SummitDraft, focus: SummitDraft) -> bool:
    """ "pertemuan singkat keduanya": "both of them" are the two leaders of the meeting told, its
    first two persons of different countries, else the two the story opened on."""
    sentence = doc.sentences[i]
    both = doc.cue("both_of_them", i)
    if both is None or _plan_discussed(doc, i, draft):
        return False  # "keduanya membahas rencana kunjungan X": the pair speaks of a plan, not in it
    told_at = draft.spans[-1][0] - sentence.start if draft.spans else len(sentence.text)
    if both.end() <= told_at and cues()["time_clause"].search(sentence.text, both.end(), told_at):
        return False  # "Pertemuan kedua menteri itu berlangsung sehari sebelum X tiba untuk kunjungannya"
    present = _present_only(doc, i)
    own = [set(doc.actors[p].represents) for p in draft.participants if _is_person(doc, p) and p not in present]
    if any(a and b and not a & b for a in own for b in own):
        return False  # the sentence names two sides of its own ("... with their delegations" names one)
    pair = _two_sides(doc, list(focus.participants)) or _two_sides(doc, _named_up_to(doc, i))
    if not pair:
        return False
    for iri in pair:
        draft.add_participant(iri, i)
    return True


_IN_PRESENCE = re.compile(r"\b(in the presence of|disaksikan( oleh)?|witnessed by|di hadapan)\s+[^.;]*$", re.I)


def _present_only(doc: Doc, i: int) -> set[str]:
    """ "a meeting ... held in the presence of Angela Merkel and Francois Hollande": those named as
    present, not as the meeting's sides."""
    sentence = doc.sentences[i]
    return {
        iri for offset, iri in doc.sentence_actors[i] if _IN_PRESENCE.search(sentence.text[: offset - sentence.start])
    }


def _lead_pair(doc: Doc, i: int, draft: SummitDraft, summits: list[SummitDraft]) -> None:
    """ "Pertemuan di Busan, kota kelahiran Moon, digelar di sela KTT ...": a feature's lead tells the
    two leaders first and names their meeting only later, bare and with nobody in it; until a
    meeting of two persons is told, it is the meeting of those two."""
    if draft.named or draft.past or draft.kind in VISITS or draft.status != "held":
        return
    if any(len(_persons(doc, set(s.participants))) >= 2 for s in summits if not s.past):
        return
    own = [p for p in draft.participants if _is_person(doc, p)]
    # named before the meeting word: not "... dialog PMC, Lavrov juga melakukan pertemuan dengan Retno"
    told_end = draft.spans[-1][1] if draft.spans else doc.sentences[i].end
    pair = _two_sides(doc, _named_up_to(doc, i - 1) + _named_in(doc, i, told_end, own))
    if pair and doc.cue("both_of_them", i):
        # "Sugiono mengatakan ... dalam pertemuan bilateral antara kedua pemimpin": the two leaders
        # named before are the meeting's; the one who tells of it is not
        draft.participants = {p: n for p, n in draft.participants.items() if not _is_person(doc, p)}
        own = []
    if pair and len(own) < 2 and set(own) <= set(pair):
        for iri in pair:
            draft.add_participant(iri, i)


def _named_up_to(doc: Doc, i: int) -> list[str]:
    return [iri for row in doc.sentence_actors[: i + 1] for _, iri in row]


def _named_in(doc: Doc, i: int, end: int, own: list[str]) -> list[str]:
    return [iri for offset, iri in doc.sentence_actors[i] if offset < end or iri in own]


def _two_sides(doc: Doc, actors: list[str]) -> list[str]:
    """The first two persons of different countries among ``actors``, or none."""
    pair: list[str] = []
    for iri in dict.fromkeys(actors):
        countries = set(doc.actors[iri].represents) if _is_person(doc, iri) else set()
        if countries and not any(countries & set(doc.actors[p].represents) for p in pair):
            pair.append(iri)
    return pair[:2] if len(pair) >= 2 else []


def _same_occasion(doc: Doc, draft: SummitDraft, story: SummitDraft) -> bool:
    """An unnamed meeting of the story's pair, on no other day and in no other place, is the story's."""
    return (
        not draft.named
        and not draft.past
        and (draft.date is None or _dates_agree(story.date, draft.date))
        and not (story.date is None and (_flashback(doc, draft) or earlier_than_story(doc, draft)))
        and places_agree(doc, story.location, draft.location)
    )


def _drafts(
    doc: Doc,
    i: int,
    trigger: _Trigger,
    triggers: list[_Trigger],
    dates: list[FoundDate],
    summits: list[SummitDraft],
    focus: int | None,
) -> list[SummitDraft]:
    sentence = doc.sentences[i]
    name_end = _name_end(sentence, trigger, triggers)
    title = None if trigger.verb else _title_before(sentence, trigger, triggers)
    title_start = _after_a_document(doc, i, title, trigger)
    name_start = title_start or trigger.start
    name = sentence.text[name_start - sentence.start : name_end - sentence.start].strip(" ,.")
    draft = SummitDraft(kind=trigger.kind, name=name, first=i)
    draft.spans.append((name_start, name_end))
    draft.named = title_start is not None or (
        not trigger.verb and name_end > trigger.end + 1 and _is_proper_name(doc, i, trigger, name_end)
    )
    # "kerja sama yang disepakati sejak kunjungan X": the meeting a span starts from, one told before
    since = _SINCE.search(sentence.text[: trigger.start - sentence.start])
    draft.past = bool(cues()["past_reference"].search(sentence.text)) or since is not None
    draft.date = _dated(_year_in_name(name), _date_for(doc, trigger, triggers, dates, summits, focus))
    draft.multi_day = any(d.span and d.value == draft.date for d in dates)
    draft.dated_here = any(d.value == draft.date for d in dates)
    draft.status = _status(doc, i, trigger, draft.date, dates)
    if trigger.invited_at is not None:  # "met X in October 2023 and invited him to visit Thailand": no date but its own
        own = [d for d in dates if d.start >= trigger.end - sentence.start]
        draft.date = own[0].value if own else None
        draft.status = _status(doc, i, trigger, draft.date, own) if own else "planned"
    if draft.status == "planned" and _prepared_for(sentence.text, trigger.start - sentence.start, trigger):
        draft.date = _written_or_ahead(doc, draft.date, dates)
        draft.date, draft.status = _prepared_for_long_ago(doc, dates, draft)
    draft.date = _ahead_if_planned(doc, i, draft)
    draft.date = _moved_to(sentence.text, trigger.end - sentence.start, dates) or draft.date
    if _under_way(doc, i, draft):
        draft.status = "held"
    if _held_regularly(sentence, trigger):  # a meeting wished to be held as a habit: not where the story goes
        draft.one_of_several = True
    draft.tour = trigger.kind in VISITS and bool(
        cues()["tour_destination"].match(sentence.text[trigger.end - sentence.start :])
    )
    draft.past = draft.past or (bool(summits) and _long_ago(doc, draft.date))
    _participants(doc, i, trigger, name_end, draft, triggers)
    if trigger.signers:
        draft.participants = dict.fromkeys(trigger.signers, i)
    for iri in _body_named_as_host(doc, i):
        draft.participants.pop(iri, None)  # "Di sela-sela ARF, Lavrov bertemu Wang Yi": ARF is where, not who
    places = _locations(doc, i, trigger, triggers)
    near_dateline = i <= 2 or cues()["here"].search(sentence.text)  # "di sini": the dateline's place
    if not places and near_dateline and draft.status == "held" and doc.article.dateline:
        places = _dateline_place(doc)
    cities = list(dict.fromkeys(_city_level(doc, i, p) or p for p in places))
    if len(cities) > 1 and draft.kind in VISITS and not any(c in containers(doc, o) for c in cities for o in cities):
        return [_copy_with_place(draft, p) for p in cities]  # "berkunjung ke Hanoi dan Phnom Penh": one visit each
    draft.location = _city_level(doc, i, _inner_place(doc, i, _most_specific(doc, places), trigger, triggers))
    host = None if trigger.invited_at is not None else _sidelines_host(doc, i, summits, draft)
    if host is not None:
        if host.date is None and draft.date is not None and draft.date.day is not None and host.status == "held":
            host.date = draft.date  # "Selasa (22/9), di sela sidang pleno AEM": the summit sat that day
        draft.date = draft.date or host.date
        draft.location = draft.location or host.location
        draft.status = host.status
        draft.host = host
    elif draft.date is None:
        visit = _visit_it_is_part_of(doc, i, summits, draft)
        if visit is not None:  # "dalam kunjungan ini, ia juga dijadwalkan bertemu ...": on the visit's day
            draft.date = visit.date
            draft.location = draft.location or visit.location
    draft.sentences.append(i)
    _next_of_the_series(doc, i, draft, summits)
    if trigger.signers:
        return [draft]  # the two who signed met each other
    return [two for one in _one_per_counterpart(doc, i, trigger, draft) for two in _two_named_in_one(doc, i, one)]


def _next_of_a_series(doc: Doc, s: SummitDraft) -> bool:
    return s.status == "planned" and doc.cue("next_occasion", s.first) is not None


def _next_of_the_series(doc: Doc, i: int, draft: SummitDraft, summits: list[SummitDraft]) -> None:
    """ "KTT berikutnya dijadwalkan di Kazakhstan pada 2025", "the next summit will be in Kazan": the
    next meeting of the series told, among the bodies that hold it and in the country that hosts it."""
    if draft.participants or not _next_of_a_series(doc, draft):
        return
    told = [s for s in summits if s.kind == draft.kind and s.status == "held"]
    with_bodies = [[p for p in s.participants if doc.kind_of(p) == "Organization"] for s in told]
    bodies = next((b for b in reversed(with_bodies) if b), [])  # the last one told with the bodies holding it
    host = _state_of_place(doc, draft.location)
    for iri in [*bodies, *([host] if host else [])]:
        draft.add_participant(iri, i)


def _state_of_place(doc: Doc, place: str | None) -> str | None:
    """The country a meeting's place is, or is in, when the article names that country."""
    if place is None:
        return None
    if doc.kind_of(place) == "Country":
        return place if place in doc.actors else None
    return next((c for c in containers(doc, place) if doc.kind_of(c) == "Country" and c in doc.actors), None)


def _body_named_as_host(doc: Doc, i: int) -> list[str]:
    """A body named right after "di sela", "on the sidelines of": the forum it holds is the host."""
    cue = doc.cue("sidelines", i)
    if cue is None:
        return []
    sentence = doc.sentences[i]
    return [
        iri
        for off, iri in doc.sentence_actors[i]
        if off >= sentence.start + cue.end()
        and doc.kind_of(iri) == "Organization"
        and re.fullmatch(r"\s*(?:the\s+)?", sentence.text[cue.end() : off - sentence.start], re.I)
    ]


# two names joined, each with its short form: "Pertemuan Menlu KTT Asia Timur (EAS) dan Forum Regional ASEAN (ARF)"
_TWO_NAMED = re.compile(
    r"^(?P<first>.+?\s\((?-i:[A-Z])[A-Za-z0-9-]{1,8}\))\s+(?:dan|and|serta|&)\s+"
    r"(?P<second>(?-i:[A-Z]).+?\s\((?-i:[A-Z])[A-Za-z0-9-]{1,8}\))$",
    re.I,
)


def _two_named_in_one(doc: Doc, i: int, draft: SummitDraft) -> list[SummitDraft]:
    """ "Lavrov menghadiri Pertemuan Menlu KTT Asia Timur (EAS) dan Forum Regional ASEAN (ARF)": two
    meetings, each named with its short form; a body named as one of them is that meeting, no party."""
    m = _TWO_NAMED.match(draft.name)
    if m is None or not draft.named or not draft.spans:
        return [draft]
    start, end = draft.spans[0]
    named = {iri for off, iri in doc.sentence_actors[i] if start <= off < end and doc.kind_of(iri) == "Organization"}
    out = []
    for part in ("first", "second"):
        copy = _copy_with_place(draft, draft.location) if draft.location else _copy_with_place(draft, "")
        copy.location = draft.location
        copy.name = m[part]
        copy.spans = [(start + m.start(part), start + m.end(part))]
        copy.participants = {iri: n for iri, n in draft.participants.items() if iri not in named}
        copy.attendees = dict(draft.attendees)
        copy.sentences = list(draft.sentences)
        copy.multi_day, copy.dated_here, copy.tour = draft.multi_day, draft.dated_here, draft.tour
        out.append(copy)
    return out


# "talks with", "pertemuan (terpisah|berasingan) dengan/bersama"
_WITH_AFTER = re.compile(r"\s+(?:(?:separate|terpisah|berasingan)\s+)?(?:with|dengan|bersama)\s", re.I)
# what may stand between two persons of one list: commas, "and", and their capitalised titles
_LIST_BETWEEN = re.compile(r"(?:\s|,|\band\b|\bdan\b|\bserta\b|(?-i:[A-Z])[\w.'’-]*)*", re.I)


def _listed_run(doc: Doc, i: int, persons: list[str]) -> list[str]:
    """The persons that follow the first one as items of one list."""
    ordered = sorted(persons, key=lambda p: _offset_in(doc, i, p))
    run = ordered[:1]
    for p in ordered[1:]:
        last = run[-1]
        gap_start = _offset_in(doc, i, last) + len(doc.actors[last].surface or doc.actors[last].label)
        gap = doc.sentences[i].text[gap_start - doc.sentences[i].start : _offset_in(doc, i, p) - doc.sentences[i].start]
        if not _LIST_BETWEEN.fullmatch(gap):
            break
        run.append(p)
    return run


def _one_per_counterpart(doc: Doc, i: int, trigger: _Trigger, draft: SummitDraft) -> list[SummitDraft]:
    """ "Jokowi bertemu PM Kamboja Hun Manet dan PM Selandia Baru Christopher Luxon": a verb of
    meeting with persons of different countries (or met "secara terpisah") as its object is one
    meeting with each."""
    sentence = doc.sentences[i]
    # "to hold talks with Erdogan, Modi and Aliyev": a bare word of meeting with whom, as a verb is
    with_whom = draft.kind == GENERIC and _WITH_AFTER.match(sentence.text, trigger.end - sentence.start) is not None
    if draft.named or (draft.kind != BILATERAL and not with_whom) or trigger.topical:
        return [draft]
    if re.match(r"\s*(?:antara|between)\b", sentence.text[trigger.end - sentence.start :]):
        return [draft]  # "pertemuan bilateral antara Prabowo dan Luong Cuong": the two sides of one meeting
    clause = cues()["fronted_clause"].match(sentence.text)
    clause_end = sentence.start + clause.end() if clause and trigger.end <= sentence.start + clause.end() else 10**9
    objects = [
        p for p in draft.participants if trigger.start < _offset_in(doc, i, p) < clause_end and _is_person(doc, p)
    ]
    separately = cues()["separately"].search(sentence.text)
    if with_whom:  # only the list after "with": "meeting with Wang Yi today, Prime Minister Anwar said ..."
        run = _listed_run(doc, i, objects)
        # "held talks with Chinh and was separately received by To Lam, Luong Cuong and ...": each one more
        after = [p for p in objects if separately and _offset_in(doc, i, p) > sentence.start + separately.end()]
        objects = [*run, *(p for p in after if p not in run)]
    # the subject: before the verb, or after a fronted clause
    subjects = [
        p for p in draft.participants if not trigger.start <= _offset_in(doc, i, p) < clause_end and p not in objects
    ]
    countries = {_state_of(doc, c) for p in objects for c in doc.actors[p].represents}
    several = [p for p in subjects if _is_person(doc, p)]
    if separately and objects and len(several) >= 2:
        # "A dan B ... keduanya menggelar pertemuan bilateral terpisah dengan Putin": each of them with Putin
        theirs = {c for p in several for c in doc.actors[p].represents}  # "PM Vietnam A": A's country is A's
        objects, subjects = several, [*objects, *(p for p in subjects if p not in several and p not in theirs)]
    elif len(objects) < 2 or (len(countries) < 2 and not separately):
        return [draft]
    copies = []
    starts = sorted(_offset_in(doc, i, p) for p in objects)
    for other in objects:
        # what follows a person, up to the next one, was discussed with that person:
        # "bertemu Anwar untuk membahas batas laut, lalu Sonexay yang menyoroti BUMN"
        begin = _offset_in(doc, i, other)
        end = next((o for o in starts if o > begin), doc.sentences[i].end)
        copy = _copy_with_place(draft, _place_in(doc, i, begin, end) or draft.location)  # type: ignore[arg-type]
        copy.participants = {p: draft.participants[p] for p in [*subjects, other]}
        copy.sentences = [i]
        copy.one_of_several = True
        copy.spans = [(begin, end)]
        copies.append(copy)
    return copies


def _place_in(doc: Doc, i: int, begin: int, end: int) -> str | None:
    """ "bertemu A di Abu Dhabi dan B di Riyadh": the place told right after one counterpart is where
    the meeting with that one was held."""
    text = doc.sentences[i].text
    for m in doc.kinds(i, *PLACE_KINDS):
        if begin < m.start < end and cues()["at_place"].search(text, 0, m.start - doc.sentences[i].start):
            return _city_level(doc, i, m.concept)
    return None


def _state_of(doc: Doc, body: str) -> str:
    """The country a state body belongs to ("MPR", "DPR" are Indonesia's); the body itself otherwise."""
    return next(iter(sorted(doc.lexicon.related(body, DKG + "agencyOf"))), body)


def _offset_in(doc: Doc, i: int, iri: str) -> int:
    return next((offset for offset, a in doc.sentence_actors[i] if a == iri), -1)


def _is_person(doc: Doc, iri: str) -> bool:
    return iri in doc.actors and doc.actors[iri].kind == "Person"


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


def _city_level(doc: Doc, i: int, place: str | None) -> str | None:
    """Meetings are located by city: a venue gives its city ("Balai Agung Rakyat" → Beijing); a
    country in the lead gives the dateline's city when that lies in it ("at the Kremlin", MOSCOW)."""
    if place is None:
        return None
    up = [p for p in doc.lexicon.related(place, DKG + "locatedIn") if doc.lexicon.kinds.get(p) == "Place"]
    if doc.lexicon.kinds.get(place) == "Place" and up:
        return up[0]
    if doc.lexicon.kinds.get(place) == "Country" and i <= 2:
        dateline = _dateline_place(doc)
        if dateline and place in containers(doc, dateline[0]):
            return dateline[0]
    return place


def _inner_place(doc: Doc, i: int, place: str | None, trigger: _Trigger, triggers: list[_Trigger]) -> str | None:
    """ "met Xi in Beijing ... during an official visit to China": the city inside the country, unless
    another meeting stands between ("lawatan ke Indonesia sejak KTT APEC di Bali": Bali is the summit's)."""
    if place is None:
        return None
    sentence = doc.sentences[i]
    others = [t for t in triggers if t is not trigger and not t.anaphor]
    for m in doc.kinds(i, *PLACE_KINDS):
        low, high = sorted((trigger.start, m.start))
        if (
            m.concept != place
            and not any(low < t.start < high for t in others)
            and place in containers(doc, m.concept)
            and re.search(r"\b(di|ke|in|at|to)\s*$", sentence.text[: m.start - sentence.start], re.I)
        ):
            return m.concept
    return place


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
    return max(hosts, key=_last_told, default=None)  # the one told last, though named first


def _last_told(s: SummitDraft) -> int:
    return max(s.sentences, default=s.first)


def _visit_it_is_part_of(doc: Doc, i: int, summits: list[SummitDraft], draft: SummitDraft) -> SummitDraft | None:
    """ "dalam kunjungan ini", "during the visit": the dated visit the article tells of (else its
    first dated meeting, where the visit and its talks are one)."""
    if not cues()["within_visit"].search(doc.sentences[i].text):
        return None
    dated = [s for s in summits if not s.past and s is not draft and s.date is not None and s.status == "held"]
    visits = [s for s in dated if s.kind in VISITS]
    first = visits or dated
    return first[0] if first else None


_TITLE_BEFORE = re.compile(
    r"(?:(?:\d+(?:st|nd|rd|th)|(?-i:[A-Z][a-z]{0,2})\.|(?-i:[A-Z])[\w\-–'’&]*|\((?-i:[A-Z])[A-Za-z0-9&\-]{1,9}\)"
    r"|(?-i:and|of|for)(?=\s+(?-i:[A-Z])))\s+){1,6}$"  # "Belt and Road Forum", "Forum for ..."
)
_NOT_TITLE_WORDS = {"The", "A", "An", "In", "On", "At", "During", "After", "Before", "This", "That", "and", "of", "for"}


def _title_before(sentence, trigger: _Trigger, triggers: list[_Trigger]) -> int | None:  # type: ignore[no-untyped-def]
    """ "the Malaysia-Tatarstan Business Dialogue": an English name puts its own words before the
    capitalised kind word."""
    word = sentence.text[trigger.start - sentence.start : trigger.end - sentence.start]
    earlier = max((t.end for t in triggers if t.end <= trigger.start), default=sentence.start)
    before = sentence.text[earlier - sentence.start : trigger.start - sentence.start]
    if not word[:1].isupper() and not trigger.anaphor:
        # "the Asean-Russia foreign ministers' meeting": a name, in lower case
        lead = cues()["name_in_lower_case_lead"].search(before)
        return None if lead is None else trigger.start - len(lead.group("name")) - 1
    if not word[:1].isupper() or trigger.anaphor:
        return None
    m = _TITLE_BEFORE.search(before)
    if m is None:
        return None
    words = m.group().split()
    while words and (words[0] in _NOT_TITLE_WORDS or words[0].casefold() in titles().not_names):
        words.pop(0)  # "Setelah KTT", "After the Summit": a time, not a name
    if not words:
        return None
    return trigger.start - len(" ".join(words)) - 1


def _after_a_document(doc: Doc, i: int, title_start: int | None, trigger: _Trigger) -> int | None:
    """ "Rekod Perbincangan (RoD) Mesyuarat Suruhanjaya Bersama ...": the words of a document before a
    meeting's name are the document's, the meeting's name begins after them."""
    if title_start is None:
        return None
    inside = [m for m in doc.kinds(i, "Agreement") if title_start <= m.start and m.end <= trigger.start]
    if not inside:
        return title_start
    sentence = doc.sentences[i]
    rest = re.match(r"\s*(?:\([^()]*\))?\s*", sentence.text[inside[-1].end - sentence.start :])
    start = inside[-1].end + (rest.end() if rest else 0)
    return start if start < trigger.start else None


def _is_proper_name(doc: Doc, i: int, trigger: _Trigger, name_end: int) -> bool:
    """A capitalised word or a quoted title after the trigger, other than a person's name or office:
    "KTT ASEAN-Rusia" is a name, "Kunjungan Xi Jinping", "Pertemuan Presiden Prabowo" are described."""
    sentence = doc.sentences[i]
    chars = list(sentence.text[: name_end - sentence.start])
    spans = [(m.start, m.end) for m in doc.kinds(i, "Person", "Position")]
    for start, end in [*spans, *_countries_in_titles(doc, i, name_end)]:
        for k in range(start - sentence.start, min(end, name_end) - sentence.start):
            chars[k] = " "
    rest = "".join(chars)[trigger.end - sentence.start :]
    if re.match(r"\s*(?:antara|between|dengan|with)\b", rest):
        return False  # "Pertemuan antara Presiden Prabowo dan Wakil Pertama PM Rusia Manturov": described
    return bool(re.search(r"[A-Z“\"]", rest))


_TITLE_WORDS = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'’-]*)*\s+")


def _countries_in_titles(doc: Doc, i: int, name_end: int) -> list[tuple[int, int]]:
    """ "Presiden Republik Islam Iran Seyyed Ebrahim Raisi": a country and the title words after it,
    in the title of a person named next, describe whose visit it is; they name no event."""
    sentence = doc.sentences[i]
    spans = []
    for c in doc.kinds(i, "Country"):
        for p in doc.kinds(i, "Person"):
            gap = _TITLE_WORDS.fullmatch(sentence.text, c.end - sentence.start, p.start - sentence.start)
            if c.end < p.start <= name_end and gap:
                spans.append((c.start, p.start))
    return spans


def _copy_with_place(draft: SummitDraft, place: str) -> SummitDraft:
    copy = SummitDraft(
        draft.kind,
        draft.name,
        draft.first,
        draft.status,
        draft.date,
        place,
        dict(draft.participants),
        {},
        [draft.first],
        list(draft.spans),
        draft.named,
        draft.past,
    )
    copy.host = draft.host
    return copy


_WEEKDAY_IN_NAME = re.compile(
    r"\s+(?:on\s+|pada\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Senin|Selasa|Rabu|Kamis|"
    r"Jumat|Sabtu|Minggu)\b"
    # "encounter on January 20": nor its date
    r"|\s+(?:on|pada)\s+(?:\d{1,2}\s+)?(?=[A-Z])(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
)


def _name_end(sentence, trigger: _Trigger, triggers: list[_Trigger]) -> int:  # type: ignore[no-untyped-def]
    """Extend the trigger over the words of a proper name and a quoted title."""
    following = min((t for t in triggers if t.start > trigger.start), key=lambda t: t.start, default=None)
    limit = following.start if following is not None else sentence.end
    pos = trigger.end
    if sentence.text[pos - sentence.start : pos - sentence.start + 1] == ")":
        pos += 1  # the label ended inside its bracketed abbreviation: "Konferensi Tingkat Tinggi (KTT)"
    while pos < limit:
        m = _NAME_WORD.match(sentence.text[pos - sentence.start : limit - sentence.start])
        if not m:
            break
        pos += m.end()
    joined = cues()["names_joined"].search(sentence.text, trigger.end - sentence.start, pos - sentence.start)
    # "the A meeting and the East Asia Summit ...": two names; not "Forum Sabuk dan Jalan ... dan diterima Xi"
    if joined is not None and following is not None and not following.verb:
        pos = sentence.start + joined.start()
    # do not end on a connector word, nor take in the day it was held ("... Forum on Wednesday")
    text = _WEEKDAY_IN_NAME.split(sentence.text[trigger.start - sentence.start : pos - sentence.start])[0]
    trimmed = re.sub(
        r"(\s+(tentang|mengenai|untuk|on|of|antara|between|dan|and|the|di bidang|bisnis|internasional|besar))+$",
        "",
        text,
    )
    return trigger.start + len(trimmed)


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
    before = [d for d in dates if base + d.end <= trigger.start and not (trigger.host and d.value.day is not None)]
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
    if focus is not None and (same_time or cues()["then_anaphor"].search(sentence.text)):
        return summits[focus].date  # "Kala itu Mualem bertemu ...": at the time of the meeting just told
    shift = day_shift(sentence.text)
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


_DAYS_WAY = (
    r"\b(?P<n>sehari|dua hari|tiga hari|seminggu|sepekan|a day|one day|two days|three days|a week|one week)\s+"
    r"(?P<way>setelah|sesudah|sebelum|after|before)"
)
_DAYS_APART = re.compile(_DAYS_WAY + r"\s+(?:[^\s,;.]+\s+){0,10}$", re.I)
_DAYS_BEFORE_VERB = re.compile(_DAYS_WAY + r"\s*$", re.I)  # "..., sehari setelah menemui ..."
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
    before = [t for t in triggers if t.verb and not t.anaphor and t.end <= trigger.start]
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
    # "the next meeting between the two": this meeting word is the next one's
    plan = plan or next(
        (
            m
            for m in cues()["next_occasion"].finditer(sentence.text)
            if m.start() <= trigger.start - sentence.start < m.end()
        ),
        None,
    )
    if plan is not None or cues()["postponed"].search(sentence.text, trigger.end - sentence.start):
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


_JOINED_CLAUSE = re.compile(r",?\s+(?:dan|serta|and)\s+(?:(?:juga|lalu|kemudian|then|also)\s+)?[a-z]+\s+(?:the\s+)?$")


def _date_of_the_clause_joined(
    text: str, base: int, trigger: _Trigger, previous_trigger: int, dates: list[FoundDate]
) -> DateValue | None:
    """ "pada Mei 2014, ketika beliau bertemu Presiden X, dan menghadiri Forum Y": a meeting in a clause
    joined to the one before by "dan" shares its date, when the sentence tells one date."""
    if previous_trigger < 0 or len(dates) != 1 or base + dates[0].end > previous_trigger:
        return None
    if not _JOINED_CLAUSE.search(text, 0, trigger.start - base):
        return None
    return dates[0].value


def _span_begins_after(text: str, date: DateValue, published: DateValue) -> bool:
    """A span of days, dated by its month, whose first day comes after the day of publication."""
    span = day_span(text, published)
    return span is not None and span[0].coarsen("month") == date and span[0].after(published)


def _participants(
    doc: Doc, i: int, trigger: _Trigger, name_end: int, draft: SummitDraft, triggers: list[_Trigger]
) -> None:
    sentence = doc.sentences[i]
    quoted = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in re.finditer(r"[“\"][^”\"]+[”\"]", sentence.text)
    ]
    in_name: list[str] = []
    in_quotes: list[str] = []
    persons: list[str] = []
    before: list[str] = []
    owner = False  # a person named as the meeting's owner ("Xi Jinping's state visit")
    verbs = sorted(t.start for t in triggers if t.verb)
    held_by_subject = not trigger.verb and bool(cues()["hold"].search(sentence.text[: trigger.start - sentence.start]))
    own_end = min((v for v in verbs if v > trigger.start), default=10**9)
    # "held talks with Putin ... and met Mishustin": Putin is the talks', not the verb's
    # (not a time landmark: "Sebelum pertemuan ASEAN-Rusia, Lavrov bertemu ...": Lavrov is the verb's)
    noun_before = max(
        (t.start for t in triggers if not t.verb and not t.anaphor and not t.landmark and t.end <= trigger.start),
        default=None,
    )
    first_verb = verbs[0] if verbs else -1
    landmark_clauses = [(t.start, _clause_end(sentence, t)) for t in triggers if t.landmark and t.end <= trigger.start]
    name_start = draft.spans[-1][0] if draft.spans else trigger.start
    met_before = [] if trigger.verb else [v for v in triggers if v.verb and _then_attends(sentence, v, [trigger])]
    # "Selain berpartisipasi dalam dialog PMC, Lavrov juga melakukan pertemuan bilateral dengan Retno":
    # whom the next meeting word was with
    next_meeting = min((t.end for t in triggers if t.start > trigger.end and not t.anaphor), default=None)
    # "Usai bertemu Retno, Lavrov menyambangi ...": the subject after a fronted clause is the main verb's
    fronted = cues()["fronted_clause"].match(sentence.text)
    main_clause = sentence.start + fronted.end() if fronted and first_verb < sentence.start + fronted.end() else None
    for offset, iri in doc.sentence_actors[i]:
        actor = doc.actors[iri]
        subject = main_clause is not None and main_clause <= offset < trigger.start
        if offset >= own_end or (trigger.verb and first_verb < offset < trigger.start and not subject):
            continue  # the persons of another verb of meeting in the same sentence
        if trigger.verb and noun_before is not None and noun_before <= offset < trigger.start:
            continue
        if trigger.verb and any(start <= offset < end for start, end in landmark_clauses):
            continue  # "Sebelum pertemuan ASEAN-Rusia, Lavrov bertemu ...": ASEAN names the time, not whom he met
        if actor.kind == "Organization" and cues()["building_of"].search(sentence.text, 0, offset - sentence.start):
            continue  # "menyambangi Gedung Sekretariat ASEAN": the body's building is where, not who
        if not trigger.verb and next_meeting is not None and _partner_of(sentence, next_meeting, offset):
            continue
        if any(v.end <= offset < name_start for v in met_before):
            continue  # "bertemu Presiden A serta menghadiri Forum B": whom the verb met, not the forum
        if offset < trigger.start and _tells_of_another(doc, i, offset, trigger, name_end):
            continue  # "Kemlu menyebutkan bahwa Hun Manet dijadwalkan bertemu ...": the source
        if _owns_another(doc, i, offset, iri, trigger, triggers):
            continue  # "following President Xi Jinping's state visit in April": Xi's visit, not this meeting
        if offset > trigger.end and any(t is not trigger and _made_by(sentence, t, offset) for t in triggers):
            continue  # "recalled the state visit by President Putin": Putin's visit, not this meeting
        if offset < trigger.start and _owns_another(doc, i, offset, iri, None, [trigger]):
            in_name.append(iri)  # Xi, of that visit
            owner = True
            continue
        if _owner_of_another(doc, i, offset, trigger, triggers):
            continue  # "Kunjungan Menlu A ke Moskow ... menyambut kedatangan Presiden B": B's arrival, not A's visit
        if offset < trigger.start and _in_anaphor_clause(doc, i, triggers, trigger, offset):
            continue  # "Pertemuan kedua menteri itu berlangsung sehari sebelum X tiba untuk kunjungannya"
        if offset < trigger.start and _verbs_before_owned(doc, i, offset, trigger, triggers):
            continue  # "A received B, ... during C's state visit": A and B are the verb's
        if _in_another_clause(sentence, offset, trigger, triggers):
            continue  # "A held talks with B in May, while C paid a visit in January": C's visit
        if _aside(doc, i, offset):
            continue  # "Menanggapi kunjungan Prabowo, Ketua Komisi XI ..., mengatakan": who comments
        if offset < trigger.start and _opening_source(doc, i, offset):
            continue  # "Menurut Kepala Biro ..., Rachmat Tarawa, LoI itu ... saat Gubernur Anwar menghadiri"
        if actor.kind == "Organization" and _body_in_title(doc, i, offset, iri):
            continue  # "Ketua MPR Ahmad Muzani": the body names his office; he is the party
        if trigger.start <= offset < name_end:
            (in_quotes if any(s <= offset < e for s, e in quoted) else in_name).append(iri)
        elif actor.kind == "Person":
            # not "menurut Sugiono, ... pembicaraan kemarin": who told of it; but "said after talks with X"
            told_from = trigger.end - sentence.start if offset >= trigger.end else 0
            if offset > trigger.end and cues()["source_after"].match(sentence.text, offset - sentence.start):
                continue  # "..., Kremlin aide Yuri Ushakov told reporters": who told of it
            between = sentence.text[trigger.end - sentence.start : offset - sentence.start]
            if trigger.anaphor and cues()["another_time"].search(between):
                continue  # "Pertemuan itu berlangsung sehari sebelum Prabowo tiba": the time of another event
            if trigger.verb or not cues()["source_before"].search(sentence.text[told_from : offset - sentence.start]):
                persons.append(iri)
        elif offset < trigger.start and actor.kind == "Organization":
            if not cues()["body_tells"].match(sentence.text[offset - sentence.start : trigger.start - sentence.start]):
                before.append(iri)  # not "Kantor pers Dewan Keamanan menyebut lawatan ...": who tells of it
        elif offset < trigger.start and actor.kind == "Country" and held_by_subject:
            before.append(iri)  # "Indonesia dan Kenya menyelenggarakan Sidang ...": its parties
    if trigger.kind == FORUM and persons:  # "Forum Bisnis Indonesia-Tajikistan": the countries name its theme
        in_name = [iri for iri in in_name if doc.actors[iri].kind != "Country"]
    if re.search(r"['’]s\s+$", sentence.text[: trigger.start - sentence.start]) and (persons or owner):
        before = []  # "ICAO's report was an attempt to derail Ibrahim's visit": the visit is Ibrahim's
    # the persons of a meeting on a summit's sidelines attend the summit too, but are the side
    # meeting's to tell (_attend_host): the summit is kept apart from it until the article is read
    if trigger.beside and not trigger.landmark:
        for iri in persons:
            draft.attendees.setdefault(iri, i)
        persons = []
    chosen = in_name if trigger.landmark else in_name + persons + before
    if not chosen:
        chosen = in_quotes
    if not chosen and trigger.verb:
        chosen = _unnamed_officials(doc, i)
    for iri in chosen:
        draft.add_participant(iri, i)


def _body_in_title(doc: Doc, i: int, offset: int, body: str) -> bool:
    """The state body at ``offset`` is in the office of the person named next, whom it is said to
    represent (a chamber of commerce or a firm is a party of its own)."""
    if _state_of(doc, body) == body:
        return False
    after = [(o, a) for o, a in doc.sentence_actors[i] if o > offset]
    if not after:
        return False
    o, iri = min(after)
    person = doc.actors[iri]
    between = doc.sentences[i].text[offset - doc.sentences[i].start : o - doc.sentences[i].start]
    return person.kind == "Person" and body in person.represents and len(between.split()) <= 4


def _partner_of(sentence, meeting_end: int, offset: int) -> bool:  # type: ignore[no-untyped-def]
    """The actor at ``offset`` is whom the meeting word ending at ``meeting_end`` was with."""
    between = sentence.text[meeting_end - sentence.start : offset - sentence.start]
    return offset > meeting_end and bool(re.match(r"\s*(\w+\s+){0,2}(dengan|with|bersama)\b", between))


def _opening_source(doc: Doc, i: int, offset: int) -> bool:
    """The first actor of a sentence that opens on "Menurut", "According to": who tells."""
    sentence = doc.sentences[i]
    first = min((o for o, _ in doc.sentence_actors[i]), default=None)
    if not cues()["source_opening"].match(sentence.text):
        return False
    # "Menurut Misbakhun, yang mengepalai komisi keuangan DPR, kunjungan ...": the teller's clause too
    phrase = _SOURCE_PHRASE.match(sentence.text)
    return offset == first or (phrase is not None and offset < sentence.start + phrase.end())


_SOURCE_PHRASE = re.compile(r"^[^,]*,\s*(?:yang|who|which)\b[^,]*,")


_OWNER = re.compile(r"(?:(?-i:[A-Z])[\w.\-]*\s+){0,4}(?-i:[A-Z])[\w.\-]*['’]s\s+")
_FEW_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}")


def _owns_another(doc: Doc, i: int, offset: int, iri: str, trigger: _Trigger | None, triggers: list[_Trigger]) -> bool:
    """The person at ``offset`` is named as the owner of another meeting word ("Xi's state visit")."""
    if not _is_person(doc, iri):
        return False
    sentence = doc.sentences[i]
    owner = _OWNER.match(sentence.text, offset - sentence.start)
    if owner is None:
        return False
    return any(
        t is not trigger
        and t.start >= sentence.start + owner.end()
        and _FEW_WORDS.fullmatch(sentence.text, owner.end(), t.start - sentence.start) is not None
        for t in triggers
    )


_GAP_WORDS = re.compile(r"(?:\s+[\w.-]+){0,5}\s+")


def _owned_by(sentence, trigger: _Trigger, offset: int) -> bool:  # type: ignore[no-untyped-def]
    """The actor at ``offset`` follows the meeting noun as its owner, after titles only ("kunjungan
    resmi Presiden RI X")."""
    start, end = trigger.end - sentence.start, offset - sentence.start
    if trigger.verb or not 0 <= start <= end:
        return False
    gap = " " + sentence.text[start:end]
    return _GAP_WORDS.fullmatch(gap) is not None and not cues()["not_owner_gap"].search(gap)


def _has_owner(doc: Doc, i: int, trigger: _Trigger) -> bool:
    """The meeting noun is followed by the person whose visit it is ("kedatangan Presiden X")."""
    return any(_is_person(doc, iri) and _owned_by(doc.sentences[i], trigger, o) for o, iri in doc.sentence_actors[i])


def _owner_of_another(doc: Doc, i: int, offset: int, trigger: _Trigger, triggers: list[_Trigger]) -> bool:
    """A visit noun with its own owner ("Kunjungan Menlu A") does not take the owner of another one."""
    sentence = doc.sentences[i]
    persons = [(o, iri) for o, iri in doc.sentence_actors[i] if _is_person(doc, iri)]
    own = {iri for o, iri in persons if _owned_by(sentence, trigger, o)}
    iri = next((r for o, r in persons if o == offset), None)
    if not own or iri is None or iri in own:
        return False
    return any(_owned_by(sentence, t, offset) for t in triggers if t is not trigger and not t.verb)


def _in_anaphor_clause(doc: Doc, i: int, triggers: list[_Trigger], trigger: _Trigger, offset: int) -> bool:
    """The actor at ``offset`` is told with a meeting referred back to, and a clause of time with
    a person of its own sets ``trigger`` apart from it ("... itu berlangsung sehari sebelum X tiba
    untuk kunjungannya"; not "kunjungan kedua Xi, setelah lawatan pada 2016": Xi's too)."""
    if trigger.anaphor or not any(t.anaphor and t.start <= offset for t in triggers):
        return False
    sentence = doc.sentences[i]
    time = cues()["time_clause"].search(sentence.text, offset - sentence.start, trigger.start - sentence.start)
    if time is None:
        return False
    clause = range(sentence.start + time.end(), trigger.start)
    return any(o in clause and _is_person(doc, iri) for o, iri in doc.sentence_actors[i])


def _in_another_clause(sentence, offset: int, trigger: _Trigger, triggers: list[_Trigger]) -> bool:  # type: ignore[no-untyped-def]
    """A clause break ("while", "sementara", ";") stands between the actor and the meeting, and the
    actor's side of it tells a meeting of its own."""
    low, high = sorted((max(offset, sentence.start), trigger.start))
    for b in cues()["clause_break"].finditer(sentence.text, low - sentence.start, high - sentence.start):
        cut = sentence.start + b.start()
        if offset > trigger.start and any(cut < t.start for t in triggers):
            return True
        if offset < trigger.start and any(t.end <= cut and t is not trigger for t in triggers):
            return True
    return False


def _aside(doc: Doc, i: int, offset: int) -> bool:
    """The actor at ``offset`` comments on the meeting, or names the government of the time ("di bawah
    pemerintahan Perdana Menteri X"): no party to it."""
    sentence = doc.sentences[i]
    return _commentator(doc, i, offset) or bool(
        cues()["under_government"].search(sentence.text, 0, offset - sentence.start)
    )


def _commentator(doc: Doc, i: int, offset: int) -> bool:
    """An actor after the opening phrase of a sentence that responds to an event: who comments."""
    sentence = doc.sentences[i]
    opening = cues()["response_opening"].match(sentence.text)
    return opening is not None and offset >= sentence.start + opening.end()


def _tells_of_another(doc: Doc, i: int, offset: int, trigger: _Trigger, name_end: int = 0) -> bool:
    """An actor before a verb of telling whose clause names a person who then meets (or whose
    meeting it names: "Yusuf melanjutkan kunjungan Manturov ..."): the source."""
    sentence = doc.sentences[i]
    start = max(offset, sentence.start)  # a pronoun's person stands just before the sentence
    told = cues()["tells"].search(sentence.text[start - sentence.start : trigger.start - sentence.start])
    if told is None:
        return False
    clause_start = start + told.end()
    persons = [
        o
        for o, iri in doc.sentence_actors[i]
        if clause_start <= o < max(trigger.start, name_end) and doc.actors[iri].kind == "Person"
    ]
    if not persons:
        return False
    # "Anwar said he had accepted Japarov's invitation to visit": the teller is the one who meets
    clause = sentence.text[clause_start - sentence.start : persons[0] - sentence.start]
    return not cues()["subject_pronoun"].search(clause)


def _unnamed_officials(doc: Doc, i: int) -> list[str]:
    """ "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Rusia": officials the text does
    not name meet for their countries, named right after their office."""
    sentence = doc.sentences[i]
    host = doc.cue("sidelines", i)  # not the offices in the name of the summit beside
    limit = sentence.start + host.start() if host else sentence.end
    offices = [m.end for m in doc.kinds(i, "Position") if m.start < limit]
    out = []
    for m in doc.kinds(i, "Country", "Organization"):
        gap = [sentence.text[o - sentence.start : m.start - sentence.start] for o in offices if o <= m.start]
        if any(len(g.split()) <= 3 and not re.search(r"[,.;]", g) for g in gap):
            out.append(m.concept)
    return list(dict.fromkeys(out))


def _countries_of_unnamed(doc: Doc, i: int) -> list[str]:
    """ "..., as did the foreign ministers of Saudi Arabia, Oman and Qatar", "dihadiri para menteri
    luar negeri Arab Saudi, Oman dan Qatar": officials named only by their countries attend for them."""
    sentence = doc.sentences[i]
    heads = [m.end() for m in cues()["unnamed_officials"].finditer(sentence.text)]
    out: list[str] = []
    listed_to = -1  # where the list's last country ends
    for m in doc.kinds(i, "Country"):
        at = m.start - sentence.start
        follows = any(h == at for h in heads) or (
            listed_to >= 0 and _LIST_GLUE.fullmatch(sentence.text[listed_to:at]) is not None
        )
        if follows:
            out.append(m.concept)
            listed_to = m.end - sentence.start
        else:
            listed_to = -1
    return out


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:and|dan|serta))\s*(?:the\s+)?", re.I)


def _add_sentence_participants(doc: Doc, i: int, summit: SummitDraft) -> None:
    """Persons named in a sentence that refers back to the meeting ("dalam pertemuan itu, X ...")
    or names them present there ("didampingi Menteri ...", "diteken Menteri ...", "Di sela KTT, X dan Y
    meluncurkan ...")."""
    if summit.status == "planned":
        return  # "Kunjungan itu ...", said of a visit still to come: who speaks of it is not yet at it
    text = doc.sentences[i].text
    counted = event_day(text) is not None  # "Pada hari kedua kunjungan, Prabowo dan Tokayev ..."
    if not counted and not any(doc.cue(name, i) for name in ("summit_anaphor", "present", "sidelines")):
        return
    for offset, iri in doc.sentence_actors[i]:
        another_time = cues()["another_time"].search(text[: offset - doc.sentences[i].start])
        if doc.actors[iri].kind != "Person" or another_time:  # not "sehari sebelum X tiba"
            continue
        before = text[: offset - doc.sentences[i].start]
        told_by = (
            cues()["source_before"].search(before)
            or cues()["source_after"].match(text, offset - doc.sentences[i].start)  # "..., Minister X said."
            or cues()["invited_by"].search(before)  # "Kunjungan ini dilakukan atas undangan Sekjen X": who invited
            or cues()["envoy_of"].search(before)  # "hadir sebagai Utusan Khusus Presiden X": X sent him, is not there
        )
        if not _opening_source(doc, i, offset) and not told_by and not _aside(doc, i, offset):
            # not "Menurut Seskab X, ...", "..., tulis X", "Menanggapi kunjungan itu, X ..."
            summit.add_participant(iri, i)
    for iri in _countries_of_unnamed(doc, i):  # "..., as did the foreign ministers of Oman and Qatar"
        summit.add_participant(iri, i)


_WHERE_BEFORE = re.compile(r",\s*(?:where|di mana|tempat)\b[^,;.]{0,80}$", re.I)


_VENUE_GOES_ON = re.compile(r"\s+(?-i:[A-Z])[\w'’-]*\s+(?-i:[A-Z])")


def _locations(doc: Doc, i: int, trigger: _Trigger, triggers: list[_Trigger]) -> list[str]:
    """Places introduced by "di", "ke", "in", "at" after the trigger (else before it)."""
    sentence = doc.sentences[i]
    # not "Jalan Medan Merdeka Barat": a street named after a city is no city
    street = cues()["street_before"]
    places = [m for m in doc.kinds(i, *PLACE_KINDS) if not street.search(sentence.text, 0, m.start - sentence.start)]
    where = _WHERE_BEFORE.search(sentence.text, 0, trigger.start - sentence.start)
    if where is not None:  # "arrived in Sochi from Seoul, where he had held talks with ...": Seoul
        named = [m.concept for m in places if 0 <= sentence.start + where.start() - m.end <= 1]
        if named:
            return named
    # "di Moskow", and "di Museum Seni Modern, Rio de Janeiro", "di Rumah Jabatan Gubernur, Jalan Moh. Yamin,
    # Palu": a venue or an address the gazetteer does not know, then its city
    locative = re.compile(
        r"\b(di|ke|in|at|to)(\s+the)?(\s+(ibu\s?kota|kota|capital|city)(\s+of)?)?(\s+(?-i:[A-Z])[\w.'’-]*,?){0,8}\s*,?\s*$",
        re.I,
    )  # "di ibukota Uzbekistan, Tashkent"
    chained = re.compile(r"^\s*(,|dan|and|atau)\s*$", re.I)
    real = [t for t in triggers if not t.anaphor]
    next_start = min((t.start for t in real if t.start > trigger.start), default=10**9)
    groups: list[list[Mention]] = []
    last_end = None
    for m in places:
        before = sentence.text[: m.start - sentence.start]
        if m.kind == "Country" and _VENUE_GOES_ON.match(sentence.text, m.end - sentence.start):
            continue  # "di China World Hotel, Beijing": a country in a venue's name, the city after it
        if (
            groups
            and last_end is not None
            and chained.match(sentence.text[last_end - sentence.start : m.start - sentence.start])
            and not _apart(doc, groups[-1][-1].concept, m.concept)
        ):
            groups[-1].append(m)  # "di Kremlin, Moskow": one address
        elif (
            (loc := locative.search(before)) is not None
            # not "di Forum Bisnis Indonesia-China": a country in the name of the meeting told
            and not (sentence.start + loc.start() < trigger.start and trigger.end <= m.start)
            and not cues()["topic_place"].search(before)
            and not cues()["leaving_for"].search(before)  # "... sebelum kembali ke Moskow": where he goes next
        ):
            groups.append([m])
        else:
            continue
        last_end = m.end
    text = sentence.text
    clause_end = next(
        (sentence.start + m.start() for m in NEW_CLAUSE.finditer(text) if sentence.start + m.start() > trigger.end),
        10**9,
    )
    after = [g for g in groups if trigger.start <= g[0].start < min(next_start, clause_end)]
    # an invited meeting's place comes after the invitation: "mengundang Putin ke India untuk KTT"
    since = sentence.start if trigger.invited_at is None else trigger.invited_at
    before_groups = [g for g in groups if since <= g[0].start < trigger.start]
    if _has_owner(doc, i, trigger):
        before_groups = [g for g in before_groups if not _destination_of_another(sentence, g[0], trigger, real)]
    visited = [
        m
        for m in places
        if m.start == trigger.end + 1 and cues()["visit"].match(sentence.text, trigger.start - sentence.start)
    ]
    if visited and not after:  # "invited him to visit Thailand": the place the visit verb takes
        after = [visited]
    chosen = after[0] if after else (before_groups[-1] if before_groups else [])
    if not after and not trigger.verb:
        # "KTT Kairo", "KTT G20 Bali": a city in the meeting's name is where it met
        in_name = [
            m
            for m in places
            if m.kind == "Place"
            and m.start >= trigger.end
            and _IN_NAME_GAP.fullmatch(sentence.text[trigger.end - sentence.start : m.start - sentence.start])
        ]
        chosen = in_name[:1] or chosen
    if not chosen and i > 0 and cues()["there_opening"].match(sentence.text):
        # "... bertolak ke Bishkek. Di sana ia dijadwalkan bertemu ...": the place the sentence before went to
        return _locations(doc, i - 1, trigger, []) or [m.concept for m in doc.kinds(i - 1, "Place")][-1:]
    return [m.concept for m in chosen]


def _destination_of_another(sentence, place: Mention, trigger: _Trigger, triggers: list[_Trigger]) -> bool:  # type: ignore[no-untyped-def]
    """ "Kunjungan Menlu A ke Moskow merupakan persiapan kunjungan Presiden B": Moscow is where the
    first visit went, not the second."""
    return any(
        t is not trigger
        and not t.verb
        and t.end <= place.start < trigger.start
        and cues()["own_destination"].fullmatch(sentence.text, t.end - sentence.start, place.start - sentence.start)
        is not None
        for t in triggers
    )


def _apart(doc: Doc, a: str, b: str) -> bool:
    """Two places neither of which lies in the other, where the gazetteer knows the country of both
    ("in Laos, Moscow and AFP journalists said"): not one address."""
    up_a, up_b = containers(doc, a), containers(doc, b)
    if not up_a and not up_b:
        return False  # nothing known of either
    return not ({a} | up_a) & ({b} | up_b)


_IN_NAME_GAP = re.compile(r"\s+(?:(?-i:[A-Z0-9])[\w-]*\s+)?")


def _dateline_place(doc: Doc) -> list[str]:
    from kg.lexicon import normalize_tokens

    entries = doc.lexicon.entries.get(normalize_tokens(doc.article.dateline or ""), [])
    return [e.concept for e in entries if e.kind == "Place"][:1]


def _most_specific(doc: Doc, places: list[str]) -> str | None:
    """A city over a venue's city over a country: "di Kremlin, Moskow" is Moscow."""

    def rank(iri: str) -> int:
        return 0 if doc.lexicon.kinds.get(iri) == "Place" else 1

    return sorted(places, key=rank)[0] if places else None


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
    found = [
        n
        for n, s in enumerate(summits)
        if not s.past
        and s.status == draft.status
        and persons <= _persons(doc, set(s.participants))
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


def _persons(doc: Doc, iris: set[str]) -> set[str]:
    """Another person met is another meeting: "Xi juga bertemu Hun Sen" after the talks with Hun Manet."""
    return {iri for iri in iris if iri in doc.actors and doc.actors[iri].kind == "Person"}


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


def places_agree(doc: Doc, a: str | None, b: str | None) -> bool:
    """Unknown, the same, or one inside the other (Moscow in Russia, the Kremlin in Moscow)."""
    return a is None or b is None or a == b or b in containers(doc, a) or a in containers(doc, b)


def _name_key(name: str) -> str:
    """A meeting's name as compared: "sidang KTT China-Asia Tengah" is "Konferensi Tingkat Tinggi
    (KTT) China-Asia Tengah", without a session word, a short form in brackets or the long kind word."""
    key = re.sub(r"\W+", " ", re.sub(r"\([^()]*\)", " ", name)).strip().casefold()
    for pattern, short in name_key_forms():
        key = pattern.sub(short, key)
    return key.strip()


def _dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.agrees(b)


VISIT_DAYS = 3  # a visit's talks fall within a few days of its arrival or its end


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
