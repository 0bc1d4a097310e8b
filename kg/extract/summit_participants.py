"""Summit participants and places: who took part in a meeting (``_participants``), the persons, bodies
and countries named with its word or verb, not those who tell of it, comment on it or own another
meeting named beside it; one meeting per counterpart met separately; the two "keduanya" refers to;
and where a meeting was held (``_locations``), told at the level of its city."""

from __future__ import annotations

import re

from kg.extract import Doc
from kg.extract.dates import event_day
from kg.extract.places import containers
from kg.extract.summit_dates import NEW_CLAUSE
from kg.extract.summit_drafts import (
    BILATERAL,
    DKG,
    FORUM,
    GENERIC,
    PLACE_KINDS,
    VISITS,
    SummitDraft,
    _copy_with_place,
    _is_person,
    _next_of_a_series,
    _persons,
    _plan_discussed,
    _Trigger,
)
from kg.extract.summit_words import _clause_end, _made_by, _owns_another, _then_attends
from kg.model import Mention
from kg.patterns import cues


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
    if both.end() <= told_at and cues()["tells"].search(sentence.text, both.end(), told_at):
        return False  # "Kedua Menlu mencatat ..., antara lain kunjungan A ke X": the pair tells of it
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
    time_clause = cues()["object_time_clause"].search(sentence.text, trigger.end - sentence.start)
    if time_clause is not None:  # "..., sehari sebelum Presiden A tiba di Rusia": A is when, not whom
        clause_end = min(clause_end, sentence.start + time_clause.start())
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
    aside = _SET_ASIDE.match(sentence.text)
    aside_span = (sentence.start + aside.start(1), sentence.start + aside.end(1)) if aside else None
    main_clause = sentence.start + fronted.end() if fronted and first_verb < sentence.start + fronted.end() else None
    for offset, iri in doc.sentence_actors[i]:
        actor = doc.actors[iri]
        subject = main_clause is not None and main_clause <= offset < trigger.start
        if offset >= own_end or (trigger.verb and first_verb < offset < trigger.start and not subject):
            continue  # the persons of another verb of meeting in the same sentence
        if trigger.verb and noun_before is not None and noun_before <= offset < trigger.start:
            continue
        if not trigger.verb and (
            _item_before(sentence, triggers, offset, trigger) or _item_after(sentence, triggers, offset, trigger)
        ):
            continue  # "pertemuan A dan B di X, serta kunjungan C ke Y": A and B are the item before
        if trigger.verb and any(start <= offset < end for start, end in landmark_clauses):
            continue  # "Sebelum pertemuan ASEAN-Rusia, Lavrov bertemu ...": ASEAN names the time, not whom he met
        if actor.kind == "Organization" and cues()["building_of"].search(sentence.text, 0, offset - sentence.start):
            continue  # "menyambangi Gedung Sekretariat ASEAN": the body's building is where, not who
        if not trigger.verb and next_meeting is not None and _partner_of(sentence, next_meeting, offset):
            continue
        if not trigger.verb and offset < trigger.start and _partner_of_one_before(sentence, triggers, trigger, offset):
            continue  # "after a meeting with Xi, one day after holding talks with Li": Xi is the first one's
        if any(v.end <= offset < name_start for v in met_before):
            continue  # "bertemu Presiden A serta menghadiri Forum B": whom the verb met, not the forum
        if aside_span is not None and aside_span[0] <= offset < aside_span[1] < trigger.start:
            continue  # "Selain Xi, dalam kunjungan ini Sultan juga bertemu A": the one met besides, not here
        if offset < trigger.start and _tells_of_another(doc, i, offset, trigger, name_end):
            continue  # "Kemlu menyebutkan bahwa Hun Manet dijadwalkan bertemu ...": the source
        if offset < trigger.start and _subject_of_a_clause_after(doc, i, offset, trigger):
            continue  # "Mishustin recalled that Chinh and Putin met in Kazan": who recalls, not who met
        if actor.kind == "Person" and cues()["envoy_of"].search(sentence.text, 0, offset - sentence.start):
            continue  # "datang mewakili Presiden X pada konferensi ...": X sent him, is not there
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
        elif actor.kind == "Organization" and _held_by(sentence, trigger, offset):
            before.append(iri)  # "the Thailand-China Investment Forum, co-hosted by the BOI and the CCPIT"
        elif actor.kind in ("Country", "Organization") and _attended_by(sentence, trigger, offset, triggers):
            before.append(iri)  # "Forum Regional ASEAN (ARF), yang juga diikuti Rusia"
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


_NEXT_ITEM = re.compile(r"[,;]\s*(?:(?:serta|dan|and|as well as)\s+)?$", re.I)


def _item_before(sentence, triggers: list[_Trigger], offset: int, trigger: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """The actor at ``offset`` belongs to a meeting named before, a list item the trigger follows."""
    named_before = any(not t.verb and not t.anaphor and t.start <= offset for t in triggers if t.end <= trigger.start)
    return named_before and bool(
        _NEXT_ITEM.search(sentence.text, offset - sentence.start, trigger.start - sentence.start)
    )


def _item_after(sentence, triggers: list[_Trigger], offset: int, trigger: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """The actor at ``offset`` belongs to a meeting named after the trigger, the list's next item."""
    return any(
        not t.verb
        and not t.anaphor
        and trigger.end < t.start <= offset
        and _NEXT_ITEM.search(sentence.text, trigger.end - sentence.start, t.start - sentence.start)
        for t in triggers
    )


def _held_by(sentence, trigger: _Trigger, offset: int) -> bool:  # type: ignore[no-untyped-def]
    """The body at ``offset`` holds the meeting named just before it: "Forum X, co-hosted by A and B",
    "Forum Bisnis X yang digelar Kadin bersama B"."""
    if offset <= trigger.end:
        return False
    gap = sentence.text[trigger.end - sentence.start : offset - sentence.start]
    return len(gap) <= 160 and cues()["organizer_lead"].search(gap) is not None


_LISTED_NEXT = re.compile(r"\s*(?:,|dan|and|serta)?\s*")


def _subject_of_a_clause_after(doc: Doc, i: int, offset: int, trigger: _Trigger) -> bool:
    """The actor at ``offset`` stands before a "that" clause whose own named subject does the meeting."""
    sentence = doc.sentences[i]
    thats = list(cues()["that_clause"].finditer(sentence.text, offset - sentence.start, trigger.start - sentence.start))
    if not thats:
        return False
    clause = range(sentence.start + thats[-1].end(), trigger.start)
    return any(at in clause and doc.actors[iri].kind == "Person" for at, iri in doc.sentence_actors[i])


def _attended_by(sentence, trigger: _Trigger, offset: int, triggers: list[_Trigger]) -> bool:  # type: ignore[no-untyped-def]
    """The country or body at ``offset`` attends the meeting named just before it, or the meetings
    listed with it: "Pertemuan A dan Forum B, yang juga diikuti C"."""
    if offset <= trigger.end:
        return False
    end = trigger.end
    for t in sorted((t for t in triggers if end <= t.start < offset), key=lambda t: t.start):
        if not _LISTED_NEXT.fullmatch(sentence.text, end - sentence.start, t.start - sentence.start):
            return False  # another meeting told in between: "Rangkaian A akan ditutup dengan B, yang diikuti C"
        end = t.end
    gap = sentence.text[end - sentence.start : offset - sentence.start]
    return len(gap) <= 160 and cues()["attended_lead"].search(gap) is not None


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


def _partner_of_one_before(sentence, triggers: list[_Trigger], trigger: _Trigger, offset: int) -> bool:  # type: ignore[no-untyped-def]
    """The actor at ``offset`` is whom an earlier meeting word of the sentence was with (in the same
    clause: not "talks with A in May, while B paid a visit")."""
    for t in triggers:
        if t.end > trigger.start or t.end > offset or t.anaphor:
            continue
        between = sentence.text[t.end - sentence.start : offset - sentence.start]
        # "a meeting with A", "talks held with A"; not "kunjungan sekaligus memimpin bersama A": a co-host
        if (
            cues()["with_next"].search(between)
            and not re.search(r"[,;]", between)
            and not cues()["clause_break"].search(between)
        ):
            return True
    return False


def _opening_source(doc: Doc, i: int, offset: int) -> bool:
    """The first actor of a sentence that opens on "Menurut", "According to": who tells."""
    sentence = doc.sentences[i]
    first = min((o for o, _ in doc.sentence_actors[i]), default=None)
    if not cues()["source_opening"].match(sentence.text):
        return False
    # "Menurut Misbakhun, yang mengepalai komisi keuangan DPR, kunjungan ...": the teller's clause too
    phrase = _SOURCE_PHRASE.match(sentence.text) or cues()["source_title_name"].search(sentence.text)
    # not "According to a press release from the Senate, Hun Sen is due to meet ...": the first actor
    # after the opening's comma is the sentence's subject, the source being no actor
    comma = sentence.text.find(",")
    by_a_document = cues()["document_source"].search(sentence.text) is not None
    past_opening = by_a_document and comma >= 0 and offset > sentence.start + comma and phrase is None
    return (offset == first and not past_opening) or (phrase is not None and offset < sentence.start + phrase.end())


_SOURCE_PHRASE = re.compile(r"^[^,]*,\s*(?:yang|who|which)\b[^,]*,")


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


# "Selain Xi, ...", "Besides Putin, she also met ...": whom the sentence sets aside before its meeting
_SET_ASIDE = re.compile(r"^\W*(?:selain|di samping|besides|apart from|in addition to)\s+([^,]{1,60}),", re.I)
