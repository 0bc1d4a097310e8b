"""Summit drafts: a meeting as the summit stage reads it (``SummitDraft``), the meetings of an
article with the meeting each sentence speaks of (``Meetings``), a meeting word or verb found in a
sentence (``_Trigger``), the kinds of meeting, and the small helpers the stage's modules share: the
story's own meeting, a meeting recalled from months before it, and whether the persons, places, dates
and names of two meetings agree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import Doc
from kg.extract.places import containers
from kg.model import DateValue, Link, Summit
from kg.patterns import cues, name_key_forms

DKG = "https://w3id.org/dkg/ontology#"


GENERIC = DKG + "Summit"


VISIT = DKG + "OfficialVisit"


VISITS = frozenset({VISIT, DKG + "StateVisit"})  # a state visit is an official visit with full honours


BILATERAL = DKG + "BilateralMeeting"


FORUM = DKG + "Forum"


_GATHERINGS = (DKG + "MultilateralSummit", FORUM, DKG + "Conference")  # meetings of many


PLACE_KINDS = ("Place", "Country")


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
    times: bool = False  # several meetings told as one ("dua kali bertandang ke Indonesia"), each told after
    told_one_by_one: bool = False  # a ``times`` whose meetings the text went on to tell: no meeting itself
    tour: bool = False  # a trip to several countries or a region: its stops are the meetings, not it
    absorbed: bool = False  # told as another meeting and merged into it: no meeting of its own
    multi_day: bool = False  # dated by a span of days ("9-11 Mei"): its month, not one of its days
    told_day: DateValue | None = None  # a multi-day meeting's day the text named ("ditutup Kamis (11/5)")
    dated_here: bool = False  # its date was written in its own sentence, not taken from the story told
    year_of_name: bool = False  # dated only by the year its name carries ("Business Forum 2023")
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


def _plan_discussed(doc: Doc, i: int, s: SummitDraft) -> bool:
    """A planned meeting named after a verb of discussing: a topic of the talks told."""
    sentence = doc.sentences[i]
    first_span = min((start for start, _ in s.spans), default=sentence.start)
    return s.status == "planned" and bool(cues()["discuss"].search(sentence.text[: first_span - sentence.start]))


_STORY_DAYS = 45  # a meeting this long before publication is background: the story does not move to it


def earlier_than_story(doc: Doc, s: SummitDraft) -> bool:
    """ "tindak lanjut kunjungan ... pada 24 Juli 2019": a meeting months before the article's day
    is recalled, and what follows still speaks of the story's own meeting."""
    return s.date is not None and s.status == "held" and months_before(doc, s.date)


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


def _worth_keeping(s: SummitDraft) -> bool:
    """A bare "dialog yang bermakna" with no name, date, place or person is not a meeting; nor is
    an unnamed one nobody is said to attend."""
    if s.named:
        return True
    if s.date is not None or s.location is not None:
        return bool(s.participants or s.attendees)
    # with neither name, date nor place, only a meeting between two parties is specific enough
    return len(s.participants) + len(s.attendees) >= 2


def months_before(doc: Doc, date: DateValue) -> bool:
    """A date told months before the story (a signing recalled, not the story's own)."""
    published = doc.article.published
    if published is None or published.day is None:
        return False
    first = date if date.day is not None else DateValue(date.year, date.month or 12, 28)
    return published.days_since(first) > _STORY_DAYS


def _next_of_a_series(doc: Doc, s: SummitDraft) -> bool:
    return s.status == "planned" and doc.cue("next_occasion", s.first) is not None


def _is_person(doc: Doc, iri: str) -> bool:
    return iri in doc.actors and doc.actors[iri].kind == "Person"


def _last_told(s: SummitDraft) -> int:
    return max(s.sentences, default=s.first)


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


def _persons(doc: Doc, iris: set[str]) -> set[str]:
    """Another person met is another meeting: "Xi juga bertemu Hun Sen" after the talks with Hun Manet."""
    return {iri for iri in iris if iri in doc.actors and doc.actors[iri].kind == "Person"}


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
