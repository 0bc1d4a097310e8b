"""Summit words: the meeting words and verbs of a sentence (``_triggers``, ``_verbs``) and the name each
begins (``_name_end``, ``_title_before``). A kind word is no meeting of its own where it names a field
of cooperation, a negotiation, a room, a standing relation or part of a document's title, tells a time
("usai pertemuan") or a habit, or is an item of another meeting's programme; a verb of meeting,
visiting or signing together is a meeting where the sentence names whom it was with."""

from __future__ import annotations

import re

from kg.extract import Doc
from kg.extract.dates import MONTHS, find_dates
from kg.extract.document_lists import document_kind_at
from kg.extract.summit_dates import _names_the_counted_event, _sentence_dates
from kg.extract.summit_drafts import (
    BILATERAL,
    FORUM,
    GENERIC,
    PLACE_KINDS,
    VISIT,
    VISITS,
    _is_person,
    _persons,
    _Trigger,
    months_before,
)
from kg.extract.titles import titled_names
from kg.lang import titles
from kg.model import Mention
from kg.patterns import cues

# words that may continue a meeting's name after its trigger ("KTT pertama ASEAN-Rusia")
_NAME_WORD = re.compile(
    r"^\s*(?:St\.(?=\s*[A-Z])|[A-Z0-9][\w’'\-]*(?:\+\d+)*|-[A-Z][\w’']*|"  # "Dialog 2+2", "ASEAN+3"
    r"ke-\d+|perdana|pertama|kedua|ketiga|tahunan|luar biasa|"
    r"tentang|mengenai|untuk|on|of|"
    r"antara|between|dan|and|the|di bidang|tingkat tinggi|bisnis|internasional|besar|[“\"][^”\"]{2,200}[”\"]|"
    r"\([A-Z][\w\-/ ]{0,20}\))",  # an abbreviation in brackets: "Konferensi Tingkat Tinggi (KTT) ASEAN"
)


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
        if not _with_someone_new(doc, i, sentence.start + m.end()) and not _on_a_day_of_its_own(doc, i, m.end())
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
    titled = _office_spans(doc, i) if doc.kinds(i, "Summit") else []  # read only where a meeting word is
    for m in doc.kinds(i, "Summit"):
        if any(a <= m.start < b for a, b in titled):
            continue  # "Ketua Komite Nasional Konferensi Permusyawaratan ... Wang Huning": a body in an office
        beside = any(
            h <= m.start and _host_lead(sentence.text[h - sentence.start : m.start - sentence.start]) for h in hosts
        )
        host = beside or _in_relative_clause(sentence, m)
        # "before meeting separately with A": a gerund, the next meeting told, not a time landmark
        gerund = m.text.casefold() == "meeting" and bool(_GERUND_WITH.match(sentence.text, m.end - sentence.start))
        landmark = not gerund and bool(cues()["time_landmark"].search(sentence.text[: m.start - sentence.start]))
        # a bare host ("di sela pertemuan") is the meeting already told; a named one is read as any name
        is_anaphor = (
            any(s <= m.start < e for s, e in anaphors)
            or (host and _bare(sentence, m) and not _named_lead(sentence, hosts, m))
            or _names_the_counted_event(sentence.text, m.start - sentence.start)  # "pada hari kedua kunjungan"
            # "kata Sugiono usai pertemuan" after "Pertemuan ... itu": the meeting told, by its word
            or (_bare_time(sentence, m) and _word_told_before(doc, i, m) and not gerund)
            # "dokumen yang ditandatangani selama kunjungan": the visit the story is of, not another
            or (_DURING.search(sentence.text[: m.start - sentence.start]) is not None and _bare(sentence, m))
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
            or _invitation_given_at(v, found)
        ]
        # a visit word already read as the meeting it names is not also a verb of its own
        found.extend(v for v in verbs if _meets_whom(doc, i, v) and not any(t.start <= v.start < t.end for t in found))
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
        and not _reduplicated(sentence, t)
        and not _supposed(sentence, t)
    ]
    return _outside_titles(sentence, sorted(found, key=lambda t: t.start))


def _supposed(sentence, t: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "Kalau nanti Lavrov datang ke pertemuan para menlu ASEAN, bukan tidak mungkin ada pertemuan
    bilateral lagi": the coming to a meeting that an if-clause supposes, and a meeting the sentence says
    would follow, are only supposed (the ASEAN meeting itself is held whoever comes)."""
    opening = cues()["supposition"].match(sentence.text)
    for m in cues()["supposition_word"].finditer(sentence.text, 0, t.start - sentence.start):
        inside = "," not in sentence.text[m.end() : t.start - sentence.start]
        would_follow = not inside and opening is not None and m.start() == opening.start(1) and _bare(sentence, t)
        if (inside and t.verb) or would_follow:
            return True  # in the clause a verb of coming or meeting; after it, an unnamed meeting that would follow
    return False


def _reduplicated(sentence, t: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "di forum-forum internasional", "pertemuan-pertemuan": a plural of the word, no one meeting."""
    word = sentence.text[t.start - sentence.start : t.end - sentence.start]
    if re.fullmatch(r"(\w+)-\1", word, re.I):
        return True
    after = sentence.text[t.end - sentence.start :]
    return bool(word) and after.casefold().startswith("-" + word.casefold())


def _told_as_a_habit(doc: Doc, i: int, t: _Trigger) -> bool:
    """ "Hasil JCBC lazimnya dibawa ke Rundingan Tahunan ...", "usually ends with a summit": what is
    done as a rule, no one meeting, unless the sentence dates it."""
    sentence = doc.sentences[i]
    habit = cues()["habitual"].search(sentence.text, 0, t.start - sentence.start)
    # "jadwal lawatan luar negeri Presiden Rusia biasanya diputuskan ...": the habit said of it just after
    after = sentence.text[t.end - sentence.start : t.end - sentence.start + _HABIT_AFTER]
    habit = habit or cues()["habitual"].search(re.split(r"[,;:]", after)[0])
    return habit is not None and not _sentence_dates(doc, i)


_HABIT_AFTER = 50  # how far after a meeting word a word of habit says it of that meeting


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


def _in_relative_clause(sentence, m: Mention) -> bool:  # type: ignore[no-untyped-def]
    """ "Rudenko, who heads the delegation at the ASEAN ministerial events, met with ...": the
    occasion a clause about the subject names is where the meeting the sentence tells was held."""
    before = sentence.text[: m.start - sentence.start]
    clause_to_here = any(c.end() == len(before) for c in cues()["relative_clause"].finditer(before))
    return clause_to_here and "," in sentence.text[m.end - sentence.start :]


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


def _invitation_given_at(verb: _Trigger, found: list[_Trigger]) -> bool:
    """ "In February, when he received Minister A in Putrajaya, B invited C to visit X in 2024": the
    meeting where an invitation was given is a meeting of its own, before the visit invited to."""
    return bool(found) and all(t.invited_at is not None and verb.end <= t.invited_at for t in found)


def _and_met(doc: Doc, i: int, verb: _Trigger, found: list[_Trigger]) -> bool:
    """ "held talks with President Putin at the Kremlin and met Prime Minister Mishustin": after a
    meeting word and the person it was with, "and met" someone else is one more meeting."""
    sentence = doc.sentences[i]
    for t in found:
        if t.anaphor or t.host or t.end > verb.start:
            continue
        between = sentence.text[t.end - sentence.start : verb.start - sentence.start]
        # "menghadiri Forum X di Kota Y dan diterima Presiden A": an event attended, then a meeting of one's own
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


# "his meeting with", "pertemuan bilateral dengan", "talks one-on-one with": whom the meeting word was with
_WITH_WHOM = re.compile(r"\s*(?:(?-i:[a-z][\w-]*)\s+){0,2}(?:with|dengan)\s+(?:\S+\s+){0,6}?$", re.I)


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


def _on_a_day_of_its_own(doc: Doc, i: int, end: int) -> bool:
    """ "After their talks in Islamabad on Oct 3, 2024, ...": "their talks" dated right after, on a
    written-out day that is not the story's, are talks of their own, told again."""
    sentence = doc.sentences[i]
    published = doc.article.published
    for d in find_dates(sentence.text, published):
        if d.start >= end:
            gap = sentence.text[end : d.start]
            return (
                bool(_PLACE_THEN_ON.fullmatch(gap))
                and d.absolute
                and d.value.day is not None
                and (published is None or d.value != published)
            )
    return False


_PLACE_THEN_ON = re.compile(
    r"(?:\s+(?:in|at|di)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s*,?)?\s+(?:on|pada|tanggal)\s+", re.I
)


def _office_spans(doc: Doc, i: int) -> list[tuple[int, int]]:
    """From each office word to the name it introduces: the words between are the office's body."""
    sentence = doc.sentences[i]
    heads = [sentence.start + h.start() for h in titles().head.finditer(sentence.text)]
    spans = []
    for found in titled_names(doc, i):
        head = max((h for h in heads if h < found.start), default=None)
        if head is not None:
            spans.append((head, found.start))
    return spans


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
            if name == "meet" and _HAVING_MET_ALL.match(sentence.text, max(0, cue.start() - len("having "))):
                continue  # "having met all four of Singapore's prime ministers": a record, no one meeting
            if cues()["not_met"].search(sentence.text[: cue.start()]):
                continue  # "tak sempat bertemu Presiden A, yang sedang berada di luar negeri": no meeting
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


_HAVING_MET_ALL = re.compile(r"having met (?:all|every|each|both)\b", re.I)
_GERUND_WITH = re.compile(r"\s+(?:(?:separately|also|later|briefly|privately)\s+)?with\b", re.I)
_JOINED = re.compile(r"\b(?:dan|and|serta)\b", re.I)


def _joint_signing(doc: Doc, i: int) -> list[_Trigger]:
    """ "Presiden A dan Presiden B telah menandatangani Deklarasi ... di St. Petersburg pada Juni tahun
    lalu": leaders of two countries recalled signing together months before the story met then."""
    sentence = doc.sentences[i]
    active = cues()["active_signing"].search(sentence.text)
    passive = cues()["signed_by"].search(sentence.text)
    if active is not None and passive is not None and passive.start() <= active.start() < passive.end():
        active = None  # "signed by A and B": the passive, its signers after it
    row = doc.sentence_actors[i]
    if active is not None and passive is not None:
        before = [iri for o, iri in row if o < sentence.start + active.start() and _is_person(doc, iri)]
        # "Kedua pemerintah menandatangani MoU. Penandatanganan dilakukan oleh A dan B": the signers after
        active = active if len(before) >= 2 else None
    sign = active or passive
    if sign is None:
        return []
    start = sentence.start + sign.start()
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
    # "Penandatanganan dilakukan oleh Menteri A dan Menteri B di Jeddah": where no meeting was told, the
    # signing of the story is the two signers' meeting
    done_by = sign.group().casefold().startswith(("penandatanganan", "penekenan", "the signing"))
    first_told = done_by and not _meeting_told_before(doc, i)
    return (
        [_Trigger(start, sentence.start + sign.end(), BILATERAL, verb=True, signers=signers)]
        if joined and clause_free and (recalled or first_told)
        else []
    )


_RELATIVE_WORD = re.compile(r"\b(?:yang|which|that|who)\b", re.I)


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
# topic, none a word of time or place that would set the meeting apart ("an MoU on trade before the summit"),
# nor one that opens a relative clause ("MoU tentang X yang ditandatangani A dan B di Y")
_TOPIC_WORD = (
    r"(?!(?:before|after|during|at|in|ahead|following|sebelum|setelah|sesudah|usai|seusai|saat|ketika|selama"
    r"|di|pada|dalam|menjelang|was|were|is|are|will|akan|yang|which|that)\b)[\w-]+\s+"
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
    """Two kind words inside one name: "pertemuan pertama Pejabat Tinggi"; or a second name in apposition
    ("the emergency Arab-Islamic summit, the joint session of the Arab League and the OIC")."""
    gap = sentence.text[previous.end - sentence.start : m.start - sentence.start]
    if cues()["apposition"].fullmatch(gap):
        return True
    # a means or a time ends a name: "Sidang Komisi Bersama pertama melalui konferensi video",
    # "pertemuan bilateral di sela Sidang ke-52" are two things
    return len(gap.split()) <= 2 and not re.search(
        r"[,.;]|\b(dan|atau|and|or|melalui|lewat|via|through|dengan|with|sela|sidelines|usai|seusai|setelah|sebelum|"
        r"jelang|menjelang|after|before)\b",
        gap,
    )


def _site_visit(sentence, t: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "to visit the ECRL worksite", "mengunjungi Masjid Istiqlal": a place seen, no one met."""
    return t.kind in VISITS and bool(cues()["site_visit"].match(sentence.text[t.end - sentence.start :]))


def _time_after(sentence, trigger: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    return not trigger.verb and bool(cues()["time_after"].search(sentence.text[: trigger.start - sentence.start]))


_DESTINATION = re.compile(r"\s*(?:ke|to|di|in)\s+(?-i:[A-Z])")


def _with_complement(sentence, trigger: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """A meeting word with a name or a place of its own: "kunjungan ke Beijing", "KTT G20"."""
    return not _bare(sentence, trigger) or bool(_DESTINATION.match(sentence.text, trigger.end - sentence.start))


# "selama kunjungan", "during the two-day visit": the visit the story is of
_DURING = re.compile(
    r"\b(?:selama|semasa|sepanjang|during)\s+(?:that\s+|this\s+|the\s+same\s+|the\s+)?(?:\w+-day\s+)?$", re.I
)


def _bare_time(sentence, trigger: Mention | _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "yang dirilis usai pertemuan": a bare meeting word after "after" tells a time, not a meeting."""
    before = sentence.text[: trigger.start - sentence.start]
    return bool(cues()["time_landmark"].search(before)) and _bare(sentence, trigger)


def _of_the_pair(sentence, trigger: _Trigger) -> bool:  # type: ignore[no-untyped-def]
    """ "seusai pertemuan bilateral kedua pemimpin": after "after", a meeting of the two just named."""
    return bool(cues()["of_the_pair"].match(sentence.text[trigger.end - sentence.start :]))


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
    # "the A meeting and the East Asia Summit ...": two names; not "Forum Sabuk dan Jalan ... dan diterima Presiden A"
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
