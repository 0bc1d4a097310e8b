"""Meetings: kind, name, participants, place, date and status, and which sentences speak of
each (its scope), so sectors and agreements can be attached to the right meeting.

``find_summits`` reads an article sentence by sentence and follows the meeting the story is about.
The drafts and what the stage's modules share are in ``summit_drafts``; a sentence's meeting words in
``summit_words``; dates and status in ``summit_dates``; participants and places in
``summit_participants``; a meeting mentioned again in ``summit_coref``.
"""

from __future__ import annotations

import re

from kg.extract import Doc
from kg.extract.dates import FoundDate, find_dates, since_before
from kg.extract.places import containers
from kg.extract.summit_coref import (
    _EDITION,
    _acronyms_defined,
    _antecedent,
    _by_acronym,
    _meeting_of_the_place_opening,
    _named_in_full_before,
    _opened_by_acronym,
    _same_as_existing,
    _same_occasion,
    _sidelines_host,
    _summit_in_session,
    _visit_it_is_part_of,
    merge_into,
)
from kg.extract.summit_dates import (
    _ahead_if_planned,
    _another_time,
    _date_for,
    _dated,
    _long_ago,
    _moved_to,
    _prepared_for,
    _prepared_for_long_ago,
    _sentence_dates,
    _status,
    _under_way,
    _written_or_ahead,
    _year_in_name,
)
from kg.extract.summit_drafts import (
    BILATERAL,
    DKG,
    GENERIC,
    VISITS,
    Meetings,
    SummitDraft,
    _copy_with_place,
    _dates_agree,
    _is_person,
    _last_told,
    _main,
    _next_of_a_series,
    _persons,
    _plan_discussed,
    _Trigger,
    _worth_keeping,
    earlier_than_story,
)
from kg.extract.summit_participants import (
    _add_sentence_participants,
    _body_named_as_host,
    _city_level,
    _dateline_place,
    _inner_place,
    _lead_pair,
    _locations,
    _most_specific,
    _next_of_the_series,
    _one_per_counterpart,
    _pair_of_focus,
    _participants,
    _state_of,
    _two_named_in_one,
)
from kg.extract.summit_words import (
    _after_a_document,
    _bare_time,
    _held_regularly,
    _is_proper_name,
    _name_end,
    _of_the_pair,
    _time_after,
    _title_before,
    _triggers,
    _with_complement,
)
from kg.lang import event_day_words
from kg.patterns import cues, meeting_words


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
            and not _recalled_pair_then(doc, i, summits[focus])
            and not _two_of_focus(doc, i, summits, focus)
            and not _another_meeting_of_the_day(doc, summits, focus)
        ):
            # "kedua pemimpin" opening a new paragraph after a flashback is the story's own pair
            focus = _main(doc, summits)
        elif focus is not None and not alive and (doc.cue("both_of_them", i) or doc.cue("topic_then_pair", i)):
            # "Usai bertemu, kedua pemimpin ..." or "On security, both sides ..." after an aside: the pair who met
            alive = True
        if focus is not None and doc.cue("both_of_them", i):
            focus = _meeting_of_two(doc, i, summits, focus)
        if focus is not None and summits[focus].status == "planned" and doc.cue("occasion_anaphor", i):
            focus = _last_held(summits, focus)
        created, referred, again = _read_sentence(doc, i, triggers, summits, focus if alive else None, last=focus)
        if focus is not None and doc.cue("round_ordinal", i):
            for k in created:
                _one_of_the_round(doc, i, summits[k], summits, summits[focus])
        if focus is not None and not created and not referred:
            earlier = _the_first_of_them(doc, i, summits[focus])
            if earlier is not None:  # "Kunjungan Desember itu adalah kali kedua ... Yang pertama terjadi pada ..."
                summits.append(earlier)
                created = [len(summits) - 1]
        # "JCBC meninjau kerja sama yang disepakati sejak kunjungan X": the meeting named as the subject,
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
        and not s.told_one_by_one
        and not s.absorbed
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


def _stop_of_the_tour(doc: Doc, i: int, trigger: _Trigger) -> str | None:
    """The country or city a sentence names as a stop of the tour it tells, before "menjadi persinggahan
    pertama" ("was the first stop of")."""
    sentence = doc.sentences[i]
    stop = cues()["tour_stop"].search(sentence.text, 0, trigger.start - sentence.start)
    if stop is None:
        return None
    places = [m for m in doc.mentions[i] if m.kind in ("Country", "Place") and m.end - sentence.start <= stop.start()]
    return places[-1].concept if places else None


def _owner_told_before(doc: Doc, i: int, trigger: _Trigger) -> str | None:
    """ "Prabowo sudah beberapa kali ke Abu Dhabi. Pada 9 April 2025, UEA menjadi persinggahan pertama
    lawatannya": the "-nya" of a visit word is the person the sentence before spoke of last."""
    sentence = doc.sentences[i]
    if not sentence.text[trigger.start - sentence.start : trigger.end - sentence.start].endswith("nya") or i == 0:
        return None
    persons = [iri for _, iri in doc.sentence_actors[i - 1] if _is_person(doc, iri)]
    return persons[-1] if persons else None


def _recalled_pair_then(doc: Doc, i: int, focus: SummitDraft) -> bool:
    """ "The two countries then adopted ..." after a meeting recalled from years before: still that meeting
    (after one of the story's own days, "then" is only what came next)."""
    return bool(doc.cue("pair_then", i)) and (focus.past or earlier_than_story(doc, focus))


def _the_first_of_them(doc: Doc, i: int, told: SummitDraft) -> SummitDraft | None:
    """ "Kunjungan Desember itu adalah kali kedua Prabowo ke Moskow. Yang pertama terjadi pada 31 Juli 2024":
    the earlier one of the meetings counted, by the same persons at the same place, on the day written."""
    cue = doc.cue("first_of_them", i)
    if cue is None or told.date is None:
        return None
    days = [d.value for d in _sentence_dates(doc, i) if d.absolute]
    persons = {p: i for p in told.participants if _is_person(doc, p)}
    if not days or not persons or not told.date.after(days[0]):
        return None
    return SummitDraft(
        told.kind,
        cue.group().strip(),
        i,
        date=days[0],
        location=told.location,
        participants=persons,
        sentences=[i],
        past=told.past,
    )


def _one_of_the_round(doc: Doc, i: int, draft: SummitDraft, summits: list[SummitDraft], told: SummitDraft) -> None:
    """ "Tiga pertemuan bilateral ... Pertemuan ketiga berlangsung dengan Erdogan": a meeting counted in a
    round is held by the one the round's other meetings share, on the day and at the place of the last."""
    if draft.named or draft is told:
        return
    others = [s for s in summits if s is not draft and s.status == "held" and not s.past]
    times = {p: sum(p in s.participants for s in others) for p in told.participants if _is_person(doc, p)}
    most = sorted(times, key=lambda p: -times[p])
    if most and times[most[0]] >= 2 and (len(most) == 1 or times[most[1]] < times[most[0]]):
        draft.add_participant(most[0], i)
        draft.date = draft.date or told.date
        draft.location = draft.location or told.location


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


def _new_paragraph(doc: Doc, i: int) -> bool:
    return i > 0 and doc.sentences[i].block != doc.sentences[i - 1].block


def _refers_back(doc: Doc, i: int) -> bool:
    return bool(doc.cue("pair_anaphor", i) or doc.cue("summit_anaphor", i) or doc.cue("topic_counted", i))


def _two_of_focus(doc: Doc, i: int, summits: list[SummitDraft], focus: int) -> bool:
    """ "Keduanya ..." while a meeting of two is told, in a story whose own meeting is of many:
    the two of the meeting told, not the story's."""
    main = _main(doc, summits)
    two = len(_persons(doc, set(summits[focus].participants))) == 2
    many = main is not None and len(_persons(doc, set(summits[main].participants))) != 2
    return two and many and bool(doc.cue("both_of_them", i))


_DAYS_OF_A_VISIT = 3  # days before the story's meeting that are still the same trip


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
    # "Sehari kemudian, Rabu (11/2), A bertemu C": a later day of the story is no flashback either, nor
    # "A day earlier, ... the two leaders held talks": an earlier day of the same visit
    return s.date == day or s.date.days_since(day) >= -_DAYS_OF_A_VISIT


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


def _last_held(summits: list[SummitDraft], focus: int) -> int:
    """The latest meeting told as held before a planned one in focus ("Pada kesempatan itu ..."
    after "X juga merencanakan kunjungan ..."); the planned one when there is none."""
    return next((n for n in range(focus - 1, -1, -1) if summits[n].status == "held" and not summits[n].past), focus)


_SINCE = re.compile(r"\b(?:sejak|semenjak|since)\s+$", re.I)


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
    if cues()["also_discussed"].search(text):
        return True  # "Isu perlindungan pekerja migran turut dibangkitkan": one more topic of the meeting
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
    visit_told: int | None = None  # the visit the sentence tells again
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
                visit_told = target if trigger.kind in VISITS else visit_told
                referred = referred or target == focus
                named_other = named_other or target != focus
                again = target if target != focus else again
    if focus is not None and visit_told is None and any(t.anaphor and t.kind in VISITS for t in triggers):
        visit_told = focus
    if visit_told is not None and created and doc.cue("during_the_visit", i):
        _talks_into_the_visit(doc, summits, created, summits[visit_told])
    for k in created:
        _one_of_the_times(doc, summits, summits[k], i)
    if visit_told is not None:
        for k in created:  # "Lawatan kerja itu bermula dengan pertemuan dua hala bersama A": the guest met A
            _guest_of_the_visit_joins(doc, summits[visit_told], summits[k], i)
    if focus is not None and not created and (referred or doc.cue("present", i)):
        # "pernah ditandatangani pada April 2007, disaksikan ...", "KTT dihadiri ...": not those of the focus
        target = _meeting_of_the_accompanied(doc, i, summits, focus)
        if not _another_time(dates, summits[target], sentence.text) and not (named_other and not referred):
            _add_sentence_participants(doc, i, summits[target])
    return created, referred, again


def _talks_into_the_visit(doc: Doc, summits: list[SummitDraft], created: list[int], visit: SummitDraft) -> None:
    """ "During that visit Putin held talks with To Lam and met Nguyen Phu Trong": the first talks the
    sentence tells are the visit's own (its host joins it); later meetings stay meetings of their own."""
    first = summits[created[0]]
    guests = {p for p in visit.participants if _is_person(doc, p)}
    if visit.status != first.status or not guests or not guests <= set(first.participants):
        return
    merge_into(doc, visit, first)
    first.absorbed = True
    del created[0]


# "dua kali bertandang", "twice visited", "met three times"
_TIMES_BEFORE = re.compile(
    r"\b(?:(?:dua|tiga|empat|lima|beberapa)\s+kali|berkali-kali|twice|(?:three|four|five|several)\s+times)"
    r"\s+(?:[\w-]+\s+)?$",
    re.I,
)
# "Kunjungan pertamanya", "Kunjungan kedua", "His first visit", "The second trip"
_ORDINAL_VISIT = re.compile(
    r"^(?:(?:his|her|the)\s+(?:first|second|third|last)\s+(?:visit|trip)"
    r"|(?:kunjungan|lawatan)\s+(?:pertama|kedua|ketiga|keempat|terakhir)(?:nya)?)\b",
    re.I,
)


def _one_of_the_times(doc: Doc, summits: list[SummitDraft], draft: SummitDraft, i: int) -> None:
    """ "A dua kali bertandang ke Indonesia. Kunjungan pertamanya ... pada D1. Kunjungan kedua, D2 ...":
    each visit counted is A's, and the sentence that counted them tells no meeting of its own."""
    if not _ORDINAL_VISIT.match(draft.name):
        return
    counted = next((s for s in reversed(summits) if s.times and s.first < i), None)
    if counted is None:
        return
    for iri in _persons(doc, set(counted.participants)):
        draft.add_participant(iri, i)
    counted.told_one_by_one = True


def _guest_of_the_visit_joins(doc: Doc, visit: SummitDraft, meeting: SummitDraft, i: int) -> None:
    """A meeting told as part of a visit with only the one the guest met: the visit's guest, the
    first person of another country the visit was told with, is the other."""
    met = _persons(doc, set(meeting.participants))
    if meeting.kind != BILATERAL or len(met) != 1:
        return
    countries = {c for p in met for c in doc.actors[p].represents}
    guests = [
        p
        for p in _persons(doc, set(visit.participants)) - met
        if any(doc.kind_of(c) == "Country" for c in doc.actors[p].represents)
        and countries.isdisjoint(doc.actors[p].represents)
    ]
    if guests:
        # the one from away first (the host's country is the place's), then the first told: never
        # the order of a set, which changes from one run to the next
        home = {visit.location, *containers(doc, visit.location)} if visit.location else set()
        meeting.add_participant(
            min(guests, key=lambda p: (bool(home & set(doc.actors[p].represents)), visit.participants[p], p)), i
        )


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
    found = _date_for(doc, trigger, triggers, dates, summits, focus)
    draft.date = _dated(_year_in_name(name), found)
    draft.year_of_name = found is None and draft.date is not None
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
    draft.times = trigger.verb and _TIMES_BEFORE.search(sentence.text, 0, trigger.start - sentence.start) is not None
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
    stop = _stop_of_the_tour(doc, i, trigger) if draft.tour else None
    if stop is not None:  # "UEA menjadi persinggahan pertama lawatannya ke lima negara": a visit to that stop
        draft.tour, draft.location = False, stop
        owner = _owner_told_before(doc, i, trigger) if not draft.participants else None
        if owner is not None:
            draft.add_participant(owner, i)
    host = None if trigger.invited_at is not None else _sidelines_host(doc, i, summits, draft)
    if host is not None:
        if host.date is None and draft.date is not None and draft.date.day is not None and host.status == "held":
            host.date = draft.date  # "Selasa (22/9), di sela sidang pleno AEM": the summit sat that day
        draft.date = draft.date or host.date
        draft.location = draft.location or host.location
        draft.status = host.status
        draft.host = host
    elif draft.date is None or (draft.date.month is None and not draft.dated_here):  # a year told elsewhere
        visit = _visit_it_is_part_of(doc, i, summits, draft, focus)
        if visit is not None:  # "dalam kunjungan ini, ia juga dijadwalkan bertemu ...": on the visit's day
            draft.date = visit.date
            draft.location = draft.location or visit.location
    draft.sentences.append(i)
    _next_of_the_series(doc, i, draft, summits)
    if trigger.signers:
        return [draft]  # the two who signed met each other
    return [two for one in _one_per_counterpart(doc, i, trigger, draft) for two in _two_named_in_one(doc, i, one)]
