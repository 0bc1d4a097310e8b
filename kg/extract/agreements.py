"""Agreements: documents adopted or signed, with parties, date and the meeting they came from.

A draft, or a plan still being negotiated, is not an agreement; nor is a document word
without a signing or adoption cue nearby.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from kg.extract import DOCUMENT_SET_REACH, SET_ITEMS_REACH, Doc
from kg.extract.coref import last_days
from kg.extract.dates import WEEKDAYS, day_shift, find_dates
from kg.extract.document_lists import (
    DocumentList,
    counts_documents,
    document_kind_at,
    document_list,
    item_head,
    qualified_head,
    without_determiner,
)
from kg.extract.summit_dates import NEW_CLAUSE, counted_day
from kg.extract.summit_drafts import VISIT_DAYS, VISITS, Meetings, SummitDraft, earlier_than_story, months_before
from kg.lang import (
    anywhere,
    count_value,
    counted,
    document_list_words,
    document_name_stop,
    names_its_country,
    titles,
    vague_count,
)
from kg.lexicon import Lexicon
from kg.model import Actor, Agreement, DateValue, Link, Mention, Sentence
from kg.patterns import cues

DKG = "https://w3id.org/dkg/ontology#"
# document words that are too common to count without a signing cue in the same sentence
_WEAK = {DKG + "JointStatement", DKG + "Treaty", DKG + "Agreement", DKG + "DocumentPackage"}
_NAME_WORD = re.compile(
    r"^\s*(?:(?:No|Nomor|Bil)\.\s*\d+|[A-Z0-9][\w’'\-–]*|tentang|mengenai|untuk|on|of|antara|dan|the|di bidang|"
    r"kerja ?sama|"
    r"bilateral|multilateral|[“\"][^”\"]{2,200}[”\"]|\([A-Z][\w&\-]{1,15}\))"
)


@dataclass(slots=True)
class AgreementDraft:
    kind: str
    name: str
    first: int
    date: DateValue | None = None
    parties: dict[str, int] = field(default_factory=dict)
    sectors: dict[str, int] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    adopted_at: int | None = None  # index into Meetings.summits
    adopted_key: str | None = None
    topic: frozenset[str] = frozenset()  # the words after its kind word: what this one is about
    count: str | None = None  # a package's exact count ("sembilan", "12"); None when vague or not a package
    bodies: frozenset[str] = frozenset()  # its parties, when all are organizations: firms, agencies
    signatories: dict[str, int] = field(default_factory=dict)  # persons who signed for the parties

    def freeze(self, key: str = "") -> Agreement:
        return Agreement(
            key=key,
            kind=self.kind,
            name=self.name,
            date=self.date,
            parties=tuple(Link(t, s) for t, s in sorted(self.parties.items())),
            sectors=tuple(Link(t, s) for t, s in sorted(self.sectors.items())),
            sentences=tuple(sorted(set(self.sentences))),
            adopted_at=self.adopted_key,
            signatories=tuple(Link(t, s) for t, s in sorted(self.signatories.items())),
        )


_NAMED_BACK_REACH = 2  # sentences after a document within which another name given is that document's


def find_agreements(doc: Doc, meetings: Meetings) -> list[AgreementDraft]:
    found: list[AgreementDraft] = []
    last: AgreementDraft | None = None
    told_again: tuple[int, AgreementDraft] | None = None  # the sentence that last referred to a document, and it
    for i, sentence in enumerate(doc.sentences):
        if cues()["not_agreement"].search(sentence.text):
            # "Namun dokumen itu belum ditandatangani hari ini": the document just told is not signed
            if last is not None and last in found and _unsigned_told_back(doc, i, last):
                found.remove(last)
                last = found[-1] if found else None
            continue
        triggers = _triggers(doc, i)
        package = _package_near(found, i)
        # "Other documents deal with ...": the rest of a set told before, though none is named here
        rest = document_list_words().rest_of_the_set.match(sentence.text) is not None
        listed = document_list(doc, i) if triggers or package or rest or _set_was_signed(doc, i) else None
        if listed is not None:  # the set is a package of its own only when the list names some of it
            triggers = [t for t in triggers if t.end <= listed.set_start or _the_set_named_in_part(t, listed)]
        if last is not None and i - last.first <= _NAMED_BACK_REACH and cues()["named_back"].search(sentence.text):
            triggers = []  # "Sejumlah delegasi menyebut dokumen itu 'Resolusi Riyadh'": another name of the one told
            last.sentences.append(i)
        told = _document_referred(sentence.text) if last is not None else None
        referred = told[0] if told is not None else None
        if told is not None and told[1] and all(t.text.casefold() == referred for t in triggers):
            triggers = []  # "Other documents covered ...": the word refers back, it names no new document
        elif told is not None and all(_bare_back_reference(sentence, t, referred) for t in triggers):
            triggers = []  # "The documents were exchanged at the palace yesterday": those told before
        elif triggers:
            referred = None
        if referred is None and not triggers and last is not None and last.first == i - 1 and last.date is None:
            _signed_on(doc, i, last)  # "... akhirnya ditandatangani. A dan B membubuhkan tanda tangan ..., Selasa"
        if referred is None and not triggers and told_again is not None and told_again[0] == i - 1:
            if cues()["cooperation_content"].search(sentence.text):  # "Kerja sama antarpemerintah mencakup ..."
                told_again[1].sentences.append(i)
        if referred is not None and last is not None:
            target = _latest_of_kind(found, referred) or last  # "Pernyataan itu" after a framework: the statement
            told_again = (i, target)
            target.sentences.append(i)
            _signed_on(doc, i, target)
            if target.adopted_at is None and _tells_signing(sentence.text):
                target.adopted_at = meetings.scope[i]  # "Penandatanganan dilakukan di sela CIIE ke-9, Kamis (5/11)"
        elif not triggers and found and cues()["documents_anaphor"].search(sentence.text):
            for draft in found[-_anaphor_count(sentence.text) :]:  # "Kedua dokumen memuat ...": the last two
                draft.sentences.append(i)
        if not triggers and last is None and _tells_signing(sentence.text):
            named = _named_before_it_was_signed(doc, i, meetings, found)
            if named is not None:  # "resmi memiliki perjanjian ... Perjanjian itu ditandatangani ... Jumat (13/12)"
                found.append(named)
                last = named
        absorbed = 0
        # "menandatangani", and "bertukar MoU ... dengan": those named sign or exchange a document of their own
        signing = bool(
            cues()["active_signing"].search(sentence.text) or cues()["active_exchange"].search(sentence.text)
        )
        for n, trigger in enumerate(triggers):
            if n < absorbed:
                continue  # a kind the package before named: "11 kontrak dagang dan nota kesepahaman"
            draft = _draft(doc, i, trigger, triggers[n + 1 :], meetings, found)
            unsigned_here = draft.date is None and not _tells_signing(sentence.text)
            if unsigned_here and _described_after_a_signed_set(doc, i, trigger):
                _one_of_the_set_told(doc, i, draft, _last_package(found))
            rank_name = _rank_alone_names(doc, i, trigger)
            if rank_name:  # "the second, between A and B": named after its kind and those it is between
                draft.name = rank_name
            one_of_the_set = (
                cues()["ordinal_opening"].match(sentence.text)
                or doc.one_of_the_documents_told(i)
                or _ranked_in_a_set(doc, i, trigger)
                or bool(rank_name)
            )
            # "Three other MoUs — between ...": more of the set, however far back it was told
            other = cues()["other_documents"].search(sentence.text)
            ranked = bool(rank_name) or other is not None or _ranked_in_a_set(doc, i, trigger, reach=None)
            the_set = package or (_last_package(found) if ranked else None)
            if ranked and the_set is not None and the_set.date is not None:
                # "The first MoU ...", "The sixth, between ...", paragraphs after "six MoUs were exchanged":
                # one of that set, signed when and where it was, whatever the sentences between told
                draft.date, draft.adopted_at = the_set.date, the_set.adopted_at
            elif package is not None and one_of_the_set:
                _signed_with(draft, package)  # "Kedua, MoU ... antara Unand dan Universitas Yunnan."
            count = _counted(sentence.text[: trigger.start - sentence.start])
            if count is not None:
                absorbed = _as_package(doc, i, draft, count, triggers, n)
            if (draft.kind != DKG + "DocumentPackage" or count is None) and not draft.topic and _opens_a_list(doc, i):
                # "Berikut sebagian MoU yang diteken:", "the following documents were signed:": the
                # documents are the lines that follow; a counted set ("11 dokumen berikut:") is a package too
                continue
            per_topic = _split_in_listed_pairs(doc, i, draft, trigger)
            if len(per_topic) < 2:
                per_topic = (
                    _split_by_topic(doc, i, draft) if draft.kind == DKG + "WorkPlan" else _split_in_pairs(doc, i, draft)
                )
            if len(per_topic) > 1:
                found.extend(per_topic)
                last = per_topic[-1]
                continue
            if other is not None and trigger.start - sentence.start < other.end():
                continue  # "Three other MoUs cover ...", not told one by one: a part of the set told
            same = None if rank_name else _same_as_existing(draft, found, signing=signing)
            if same is None:
                found.append(draft)
                last = draft
            else:
                same.sentences.append(i)
                same.spans.extend(draft.spans)
                _refine_date(same, draft.date)  # "signed the pact ... on Aug. 29"
                _signed_as_told_later(doc, i, same, draft)
                last = same
        if listed is not None:
            items = _listed_drafts(doc, i, listed, package, meetings, found)
            _drop_the_set_listed_in_full(found, listed, items[0].date)
            found.extend(items)
            last = items[-1]
        elif not triggers and referred is None:
            partnership = _partnership_of_the_set(doc, i, found, meetings)
            if partnership is not None:  # "Kesepakatan kedua ... Koperasi A menggandeng B untuk membangun ..."
                found.append(partnership)
                last = partnership
    for draft in found:
        _signed_for_their_countries(doc, draft)
        _the_other_side_of_its_meeting(doc, draft, meetings)
    return found


def _the_other_side_of_its_meeting(doc: Doc, draft: AgreementDraft, meetings: Meetings) -> None:
    """ "Higher Education Minister A exchanged an MoU on higher education" at talks of two countries:
    the one side's signer names one party; the meeting's other country is the other. A joint
    statement is both sides' by its kind, whoever the text names with it."""
    joint = draft.kind.endswith("#JointStatement")
    if not (draft.signatories or joint) or len(draft.parties) != 1 or draft.adopted_at is None:
        return
    (party,) = draft.parties
    sides = _countries_of(doc, meetings.summits[draft.adopted_at])
    if len(sides) == 2 and party in sides:
        other = sides[1 - sides.index(party)]
        draft.parties.setdefault(other, next(iter(draft.parties.values())))


def _signed_for_their_countries(doc: Doc, draft: AgreementDraft) -> None:
    """A person signs for the country or body they represent: that is the party, the person its
    signatory ("Menlu A dan Menlu B menandatangani ...": the two countries)."""
    for iri, sentence in list(draft.parties.items()):
        actor = doc.actors.get(iri)
        if actor is None or actor.kind != "Person":
            continue
        draft.signatories[iri] = sentence
        if actor.represents:  # one whose country the text does not tell stays the party it can be
            del draft.parties[iri]
        for body in actor.represents:
            draft.parties.setdefault(body, sentence)


_ARTICLE = re.compile(r"^(?:the|these|this)\s+", re.I)
_BACK = re.compile(r"\s*(?:-\w+)?\s*(?:tersebut|ini|itu)\b", re.I)
_NAMED_REACH = 3  # sentences back to where the document signed was first named


def _named_before_it_was_signed(
    doc: Doc, i: int, meetings: Meetings, found: list[AgreementDraft]
) -> AgreementDraft | None:
    """ "Indonesia dan Rusia kini resmi memiliki perjanjian bantuan hukum ... Perjanjian itu ditandatangani
    ... di Moskow, Jumat (13/12)": a document named before any signing was told is the one "itu" signed
    here, with the name it was given and the day, place and signers told here."""
    sentence = doc.sentences[i]
    back = [m for m in documents_told(doc, i) if _BACK.match(sentence.text, m.end - sentence.start)]
    if not back:
        return None
    for k in range(i - 1, max(-1, i - 1 - _NAMED_REACH), -1):
        named = [m for m in documents_told(doc, k) if m.concept == back[0].concept]
        if named:
            draft = _draft(doc, i, back[0], [], meetings, found)
            draft.name = _draft(doc, k, named[0], [], meetings, found).name
            return draft
    return None


def _document_referred(text: str) -> tuple[str, bool] | None:
    """The kind word of a document the sentence refers back to ("pernyataan itu", "the declaration")
    or that opens it as the subject of what it says ("Deklarasi menekankan ..."), and whether the
    sentence has such a subject; None when none."""
    content = cues()["document_content"].search(text)
    m = cues()["agreement_anaphor"].search(text) or content
    if m is None:
        return None
    words = _ARTICLE.sub("", m.group("kind") if "kind" in m.groupdict() and m.group("kind") else m.group()).split()
    return (words[0].casefold() if words else ""), content is not None


_SEVERAL = {"documents", "agreements", "memoranda", "mous"}


def _bare_back_reference(sentence: Sentence, trigger: Mention, referred: str | None) -> bool:
    """The trigger is the kind word of "the documents", "dokumen tersebut", naming nothing after it."""
    if trigger.text.casefold() != referred:
        return False
    start, end = trigger.start - sentence.start, trigger.end - sentence.start
    back = next((m for m in cues()["agreement_anaphor"].finditer(sentence.text) if m.start() <= start < m.end()), None)
    return back is not None and not cues()["document_named_after"].match(sentence.text, end)


def _latest_of_kind(found: list[AgreementDraft], word: str) -> AgreementDraft | None:
    """The last document told whose name opens with that kind word ("pernyataan bersama"); for
    several documents ("other documents covered ..."), the first package told on the last package's day."""
    if word in _SEVERAL:  # "Other documents covered ...": the whole set told that day, not a part of it
        packages = [a for a in found if a.kind == DKG + "DocumentPackage"]
        return next((a for a in packages if a.date == packages[-1].date), None) if packages else None
    if not word:
        return None
    return next((a for a in reversed(found) if a.name.casefold().split()[:1] == [word]), None)


def _unsigned_told_back(doc: Doc, i: int, last: AgreementDraft) -> bool:
    """Sentence i refers back to the document told in the sentence before and says it is unsigned."""
    text = doc.sentences[i].text
    if last.count is not None or not last.sentences or max(last.sentences) != i - 1:
        return False
    return bool(cues()["agreement_anaphor"].search(text))


def _signed_as_told_later(doc: Doc, i: int, same: AgreementDraft, later: AgreementDraft) -> None:
    """ "RI-Tiongkok menandatangani sembilan MoU, sehari setelah dialog ..." then "Penandatanganan
    sembilan MoU dilakukan dalam Forum Bisnis, Jumat (22/5)": the package's day and meeting are the
    ones told with it."""
    if same.count is None or later.date is None or later.date.day is None or same.date == later.date:
        return
    if any(f.value == later.date for f in find_dates(doc.sentences[i].text, doc.article.published)):
        same.date, same.adopted_at = later.date, later.adopted_at


def _signed_on(doc: Doc, i: int, draft: AgreementDraft) -> None:
    """ "Prabowo and Marles signed the pact ... on Aug. 29": the day a sentence referring back tells
    the document signed, when it refines the date known."""
    text = doc.sentences[i].text
    if not _tells_signing(text):
        return
    days = [f.value for f in find_dates(text, doc.article.published) if f.value.day is not None]
    _refine_date(draft, days[0] if days else None, doc.article.published)


def _refine_date(draft: AgreementDraft, day: DateValue | None, published: DateValue | None = None) -> None:
    """A day that falls in the month or year known of a document, or the first date known of it."""
    if day is None or day.day is None:
        return
    known = draft.date
    if known is None or (known.day is None and known.agrees(day)):
        draft.date = day
    elif published is not None and known == published and 0 < abs(known.days_since(day)) <= VISIT_DAYS:
        draft.date = day  # "exchanged four MoUs as X concluded his visit today", then "exchanged ... yesterday"
    elif known.day is None and known.month == day.month and known.year != day.year:
        draft.date = DateValue(known.year, day.month, day.day)  # "on Aug. 29" of the August told: that year


def _anaphor_count(text: str) -> int:
    """How many documents "kedua dokumen", "ketiga perjanjian itu", "the three agreements" refer to."""
    m = cues()["documents_anaphor"].search(text)
    word = m.group(1).casefold() if m else ""
    return next((n for n, words in _COLLECTIVE.items() if word in words), 2)


_COLLECTIVE = {
    2: {"kedua", "both", "the two"},
    3: {"ketiga", "the three"},
    4: {"keempat", "the four"},
    5: {"kelima", "the five"},
}


@functools.lru_cache(maxsize=4096)
def _tells_signing(text: str) -> bool:
    """A verb of signing in the text (remembered: each sentence is asked several times)."""
    return bool(cues()["sign"].search(text))


def _set_was_signed(doc: Doc, i: int) -> bool:
    """ "Ketiga kesepakatan itu ialah ...": a list of the set the sentence before reported signed."""
    return _tells_signing(doc.sentences[i].text) or (i > 0 and _tells_signing(doc.sentences[i - 1].text))


def _package_near(found: list[AgreementDraft], i: int) -> AgreementDraft | None:
    """The package of documents told in the last few sentences, that a list may go on to name."""
    return next(
        (d for d in reversed(found) if d.kind == DKG + "DocumentPackage" and max(d.sentences) >= i - _NAMED_REACH),
        None,
    )


def _partnership_of_the_set(doc: Doc, i: int, found: list[AgreementDraft], meetings: Meetings) -> AgreementDraft | None:
    """ "Empat MoU diteken ... Kesepakatan kedua menyentuh sektor energi. Koperasi A menggandeng B untuk
    membangun ...": two bodies going into business together after a counted set of documents, while
    the set has room, make one of its documents, between the two."""
    sentence = doc.sentences[i]
    verb = doc.cue("partners_with", i)
    the_set = _last_package(found)
    if verb is None or the_set is None or the_set.first < i - SET_ITEMS_REACH or the_set.date is None:
        return None
    total = count_value(the_set.count) if the_set.count else None
    told = [a for a in found if a is not the_set and a.first >= the_set.first and a.date == the_set.date]
    if total is None or len(told) >= total:
        return None
    bodies = [(off, iri) for off, iri in doc.sentence_actors[i] if doc.actors[iri].kind == "Organization"]
    first = [iri for off, iri in bodies if off < sentence.start + verb.start()][-1:]
    second = [iri for off, iri in bodies if off >= sentence.start + verb.end()][:1]
    if not first or not second:
        return None
    kind = _kind_of_the_set(doc, the_set)
    trigger = Mention(sentence.start + verb.start(), sentence.start + verb.end(), verb.group(), kind, "Agreement", i)
    draft = _draft(doc, i, trigger, [], meetings, found)
    names = " – ".join(doc.actors[iri].label for iri in (*first, *second))
    draft.name = f"{doc.lexicon.label(kind)}: {names}"
    draft.parties = {first[0]: i, second[0]: i}
    draft.date, draft.adopted_at = the_set.date, the_set.adopted_at
    return draft


def _kind_of_the_set(doc: Doc, the_set: AgreementDraft) -> str:
    """The kind of document a counted set is made of ("empat nota kesepahaman"), else any agreement."""
    if not the_set.spans:
        return DKG + "Agreement"
    start, end = the_set.spans[0]
    kinds = [m.concept for m in doc.kinds(the_set.first, "Agreement") if start <= m.start < end]
    return next((k for k in kinds if k != DKG + "DocumentPackage"), DKG + "Agreement")


def _signed_with(draft: AgreementDraft, package: AgreementDraft) -> None:
    """A document of a package told without a time of its own was signed when and where the package was."""
    if draft.date is None and draft.adopted_at is None:
        draft.date, draft.adopted_at = package.date, package.adopted_at


def _listed_drafts(
    doc: Doc,
    i: int,
    listed: DocumentList,
    package: AgreementDraft | None,
    meetings: Meetings,
    found: list[AgreementDraft],
) -> list[AgreementDraft]:
    """One document per item of the list, each with the item as its name and its own span (so
    the sectors an item names are that document's), dated and placed as the sentence is."""
    drafts = []
    for item in listed.items:
        trigger = Mention(item.start, item.end, item.text, item.kind, "Agreement", i)
        draft = _draft(doc, i, trigger, [], meetings, found)
        draft.name = without_determiner(item.text.strip(" ,."))
        draft.spans = [(item.start, item.end)]
        the_set = package or _last_package(found)  # "Enam dokumen berbentuk MoU, ...": more of the set told
        if the_set is not None:
            _signed_with(draft, the_set)  # "The five MoUs were exchanged ... They comprise ..."
        # the signers are the meeting's, joined by any body the item itself names
        own = _bodies_named(doc, i, item.start, item.end)
        meeting = [] if draft.adopted_at is None else list(meetings.summits[draft.adopted_at].participants)
        if len(own) >= 2:  # "an MoU between Petronas and Turkmengaz": the two it is between, not the leaders
            draft.parties = dict.fromkeys(own, i)
        elif meeting:
            draft.parties = {iri: i for iri in [*own, *_sides_of(doc, meeting)]}
        drafts.append(draft)
    return drafts


def _drop_the_set_listed_in_full(found: list[AgreementDraft], listed: DocumentList, day: DateValue | None) -> None:
    """ "Tiga nota kesepahaman diteken" in the deck or "disusul penandatanganan dokumen kerja sama", then
    "Ada tiga dokumen yang diteken: A; B; C": the set told first, undated or uncounted, is the one now
    listed document by document, no package of its own."""
    if listed.partial:
        return
    for draft in list(found):
        if draft.kind != DKG + "DocumentPackage":
            continue
        told = count_value(draft.count) if draft.count else None
        if (draft.date is None and told == len(listed.items)) or (told is None and day and draft.date == day):
            found.remove(draft)


def _sides_of(doc: Doc, participants: list[str]) -> list[str]:
    """Those at a meeting as the sides of a document they did not sign by name, without the
    officials of an agency whose country another of them stands for ("Kepala BRIN ..." beside the
    president): the agency is no side of its own."""
    countries = {c for iri in participants for c in _stands_for(doc, iri)}
    return [iri for iri in participants if not _official_of_a_side(doc, iri, countries)]


def _stands_for(doc: Doc, iri: str) -> list[str]:
    actor = doc.actors.get(iri)
    if actor is None:
        return []
    return [iri] if actor.kind == "Country" else list(actor.represents) if actor.kind == "Person" else []


def _official_of_a_side(doc: Doc, iri: str, countries: set[str]) -> bool:
    actor = doc.actors.get(iri)
    if actor is None or actor.kind != "Person" or not actor.represents:
        return False
    homes = [doc.lexicon.related(body, DKG + "agencyOf") for body in actor.represents]
    return all(home and home[0] in countries for home in homes)


def _counted(before: str) -> str | None:
    """ "sembilan nota kesepahaman", "lebih dari 30 dokumen": the count before a document word."""
    m = counted().search(before)
    return m.group().strip() if m else None


def _as_package(doc: Doc, i: int, draft: AgreementDraft, count: str, triggers: list[Mention], n: int) -> int:
    """A counted set of documents is one package, named with the kinds it lists ("sembilan nota
    kesepahaman dan perjanjian"); returns the index of the first trigger after those kinds."""
    sentence = doc.sentences[i]
    end = triggers[n].end
    last = n
    for k in range(n + 1, len(triggers)):
        gap = sentence.text[end - sentence.start : triggers[k].start - sentence.start]
        if not re.fullmatch(r"\s*(?:[a-z]+\s+)?(?:,|dan|serta|and|or|atau)\s*", gap):  # "11 kontrak dagang dan MoU"
            break
        end, last = triggers[k].end, k
    draft.kind = DKG + "DocumentPackage"
    draft.name = f"{count} {sentence.text[triggers[n].start - sentence.start : end - sentence.start]}"
    draft.count = None if vague_count().fullmatch(count) else count.casefold()
    return last + 1


def documents_told(doc: Doc, i: int) -> list[Mention]:
    """The document words of a sentence, without a bracketed short form of the one before
    ("nota kesepahaman (MoU)")."""
    titled = [
        Mention(m.start, m.end, m.text, DKG + "Agreement", "Agreement", i)
        for m in doc.kinds(i, "Sector")
        if cues()["titled_document"].match(m.text)  # "Comprehensive Economic Partnership Agreement"
    ]
    inside = [m for m in doc.kinds(i, "Agreement") if not any(t.start <= m.start < t.end for t in titled)]
    mentions = sorted(inside + titled, key=lambda m: m.start)
    text, base = doc.sentences[i].text, doc.sentences[i].start
    return [
        m
        for n, m in enumerate(mentions)
        if not (n and _BRACKETED_OTHER_NAME.fullmatch(text[mentions[n - 1].end - base : m.start - base]))
    ]


# "nota kesepahaman (MoU)", "Persetujuan Perdagangan Preferensial (Preferential Trade Agreement/PTA)":
# a document word in brackets right after a document's name is that document named again
_BRACKETED_OTHER_NAME = re.compile(r"[^,;.()]{0,60}\(\s*[^,;.()]{0,60}")


def _told_to_the_press(doc: Doc, i: int, m: Mention) -> bool:
    """A statement word naming how something was told ("in a statement", "pernyataan pers"), not a document."""
    if not cues()["press_word"].fullmatch(m.text):
        return False
    sentence = doc.sentences[i]
    before, after = sentence.text[: m.start - sentence.start], sentence.text[m.end - sentence.start :]
    return bool(
        cues()["press_statement"].search(before)
        or cues()["press_briefing_before"].search(before)
        or cues()["press_briefing_after"].match(after)
    )


_COOPERATION_PLANNED = re.compile(r"rencana kerja\s*sama\b")  # lower case: no title


def _triggers(doc: Doc, i: int) -> list[Mention]:
    text = doc.sentences[i].text
    signed = _tells_signing(text) or _one_of_those_signed(doc, i) or _item_of_signed_list(doc, i)
    out: list[Mention] = []
    one_of = cues()["one_of_them"].search(text)
    for m in documents_told(doc, i):
        if _BACK.match(text, m.end - doc.sentences[i].start):
            continue  # "dokumen tersebut" refers back
        if one_of is not None and m.end - doc.sentences[i].start <= one_of.end():
            continue  # "Among the documents was an MoU ...": the set told, then one of it
        if cues()["aside"].search(text[: m.start - doc.sentences[i].start]):
            continue  # "Selain tiga perjanjian utama, ...": the documents already told
        if _COOPERATION_PLANNED.match(text, m.start - doc.sentences[i].start):
            continue  # "membahas rencana kerja sama sister province": a plan to work together, no work plan
        if cues()["document_under_work"].search(text[: m.start - doc.sentences[i].start]):
            continue  # "kajian semula Perjanjian Lintas Sempadan", "negotiations on a free trade agreement"
        if _told_to_the_press(doc, i, m):
            continue  # "he said in a statement issued to Bernama", "pernyataan pers bersama": how it was told
        if out and cues()["topic_lead"].search(text[: m.start - doc.sentences[i].start]):
            continue  # "Nota Kesepahaman ... tentang Kerangka Kerja Sama ...": the topic of the one before
        if out and cues()["amended_document"].search(text[: m.start - doc.sentences[i].start]):
            continue  # "Protokol Perubahan Kedua atas Memorandum ...": what the one before amends
        if m.concept in _WEAK and not signed:
            continue
        if _joins_a_body(doc, i, m):
            continue  # "welcomed Indonesia's accession to BRICS": a membership, not a document
        if not signed and _ranked_in_a_set(doc, i, m):
            signed = True  # "Under the first MoU, A and B will ...": one of the set told signed just before
        if (
            not signed
            and not doc.cue("summit_anaphor", i)
            and not _titled(doc.sentences[i], m)
            and not _described_after_a_signed_set(doc, i, m)
        ):
            continue  # a bare kind word told unsigned names no document; a title does ("Deklarasi Moskow")
        out.append(m)
    ordinal = _ordinal_item(doc, i)
    if ordinal:  # the item the ordinal opens, then documents told after it ("... memperbarui perjanjian 1997")
        return ordinal + [m for m in out if m.start >= ordinal[0].end]
    out = sorted(out + _ranked_without_kind(doc, i), key=lambda m: m.start)
    if not out:
        out.extend(_titled_object(doc, i))
    if not out and doc.one_of_the_documents_told(i):
        out.extend(_cooperation_items(doc, i))
    if not out and signed:
        out.extend(_other_documents_counted(doc, i))
    if _item_of_signed_list(doc, i):
        out = _with_qualifiers(doc, i, out) if out else _headed_item(doc, i)
    return out


def _other_documents_counted(doc: Doc, i: int) -> list[Mention]:
    """ "Tiga dokumen lain ditandatangani A dengan B, ...": the other documents of the set told, by a
    word the lexicon leaves out alone ("dokumen"); what they are is told by their pairs."""
    sentence = doc.sentences[i]
    m = cues()["other_documents"].search(sentence.text)
    group = next((g for g in ("noun", "kata") if m is not None and m.group(g)), None)  # English, Indonesian
    if m is None or group is None or _counted(sentence.text[: m.start(group)]) is None:
        return []
    start, end = sentence.start + m.start(group), sentence.start + m.end(group)
    return [Mention(start, end, m.group(group), DKG + "Agreement", "Agreement", i)]


def _titled(sentence: Sentence, m: Mention) -> bool:
    """A kind word written as a title, the next word too: "Deklarasi Pyongyang", "Perjanjian Persahabatan"."""
    after = sentence.text[m.end - sentence.start :]
    return m.text[:1].isupper() and m.start > sentence.start + 1 and bool(cues()["title_goes_on"].match(after))


def _joins_a_body(doc: Doc, i: int, m: Mention) -> bool:
    """A word of joining ("accession", "aksesi") followed by the organization joined."""
    sentence = doc.sentences[i]
    after = cues()["joining_of"].match(m.text) and cues()["joined_into"].match(sentence.text[m.end - sentence.start :])
    if not after:
        return False
    at = m.end + after.end()
    return any(o.start == at for o in doc.kinds(i, "Organization"))


def _cooperation_items(doc: Doc, i: int) -> list[Mention]:
    """ "Di antaranya kerja sama pengembangan kilang antara PT Pertamina dengan ADNOC, kerja sama PT
    Inalum dengan EGA, ...": after a set told signed, each cooperation between named bodies is one of
    its documents."""
    sentence = doc.sentences[i]
    starts = [m for m in cues()["cooperation_word"].finditer(sentence.text)]
    bodies = [off - sentence.start for off, iri in doc.sentence_actors[i] if doc.actors[iri].kind == "Organization"]
    out = []
    for n, m in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(sentence.text)
        between = cues()["between_bodies"].search(sentence.text, m.end(), end)
        if between is not None and any(between.end() <= b < end for b in bodies):
            stop = cues()["item_tail"].search(sentence.text, m.end(), end)
            end = stop.start() if stop is not None else end
            text = sentence.text[m.start() : end]
            out.append(
                Mention(sentence.start + m.start(), sentence.start + end, text, DKG + "Agreement", "Agreement", i)
            )
    return out


def _with_qualifiers(doc: Doc, i: int, out: list[Mention]) -> list[Mention]:
    """ "- Joint action plan between ...": a line's document begins at the words that qualify its kind."""
    sentence = doc.sentences[i]
    start = _marker_end(sentence.text)
    head = qualified_head(doc.lexicon, sentence.text, start) if start else None  # after a marker only
    first = out[0]
    if head is None or sentence.start + head[0] != first.start:
        return out
    begin = sentence.start + start
    return [
        Mention(begin, first.end, sentence.text[start : first.end - sentence.start], first.concept, first.kind, i),
        *out[1:],
    ]


def _headed_item(doc: Doc, i: int) -> list[Mention]:
    """ "2. Persetujuan tentang Pembebasan Visa ...": a line of a signed list that opens on a word
    that opens a document names one, whatever its kind."""
    sentence = doc.sentences[i]
    start = _marker_end(sentence.text)
    head = item_head(sentence.text, start) and (start, None) or qualified_head(doc.lexicon, sentence.text, start)
    if not head:
        return []
    end = head[0] + len(sentence.text[head[0] :].split()[0])  # "Comprehensive Programme": up to the head word
    begin = sentence.start + start
    return [
        Mention(begin, sentence.start + end, sentence.text[start:end], head[1] or DKG + "Agreement", "Agreement", i)
    ]


_ORDINAL_REACH = 3  # "Pertama, ... Keempat, ...": items follow their set within a few sentences


def _ranked_without_kind(doc: Doc, i: int) -> list[Mention]:
    """ "The first MoU was signed between A and B, while the second, between C and D, covers ...": a
    document of the set by its rank alone, of the kind the set's documents were told with."""
    sentence = doc.sentences[i]
    first = i
    while first > 0 and cues()["ordinal_ellipsis"].match(doc.sentences[first - 1].text):
        first -= 1  # "Pertama, antara A dan B ... Kedua, antara C dan D ...": the items go on
    reach = range(max(first - _ORDINAL_REACH, 0), i + 1)
    if not any(_tells_signing(doc.sentences[k].text) for k in reach):
        return []
    kinds = [m.concept for k in reach for m in doc.kinds(k, "Agreement") if m.concept != DKG + "DocumentPackage"]
    kind = kinds[-1] if kinds else DKG + "Agreement"
    out = []
    for m in cues()["ordinal_ellipsis"].finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end(1)
        out.append(Mention(start, end, sentence.text[m.start() : m.end(1)], kind, "Agreement", i))
    return out


def _rank_alone_names(doc: Doc, i: int, trigger: Mention) -> str | None:
    """The name of a document told as "the second, between A and B" (another one of the set than those
    told): "memorandum of understanding between A and B", or its rank when no bodies follow; None
    for a document told by its kind word."""
    sentence = doc.sentences[i]
    ranked = cues()["ordinal_ellipsis"].match(sentence.text, trigger.start - sentence.start)
    if ranked is None:
        return None
    between = _BETWEEN_CLAUSE.match(sentence.text, ranked.end())
    if between is None:
        return trigger.text
    return f"{doc.lexicon.label(trigger.concept).casefold()} {between.group(0).strip().rstrip('.')}"


_BETWEEN_CLAUSE = re.compile(r"(?:between|antara)\b[^,;]{3,200}")


def _ranked_in_a_set(doc: Doc, i: int, m: Mention, reach: int | None = _ORDINAL_REACH) -> bool:
    """ "Under the first MoU, ...", "MoU kedua, antara ...": a document named by its rank in the set
    told signed in the sentences just before (or anywhere before, with no reach)."""
    text, base = doc.sentences[i].text, doc.sentences[i].start
    before, after = cues()["ordinal_before_document"], cues()["ordinal_after_document"]
    ranked = before.search(text[: m.start - base]) or after.match(text[m.end - base :])
    since = 0 if reach is None else max(i - reach, 0)
    return bool(ranked) and any(_tells_signing(doc.sentences[k].text) for k in range(since, i))


def _last_package(found: list[AgreementDraft]) -> AgreementDraft | None:
    return next((a for a in reversed(found) if a.kind == DKG + "DocumentPackage"), None)


def _ordinal_item(doc: Doc, i: int) -> list[Mention]:
    """ "Empat dokumen ... Pertama, Rencana Aksi ... Kedua, persetujuan kegiatan ...": a sentence
    opening on an ordinal and a document names one of the set told signed just before."""
    sentence = doc.sentences[i]
    m = cues()["ordinal_opening"].match(sentence.text)
    if m is None or not any(_tells_signing(doc.sentences[k].text) for k in range(max(i - _ORDINAL_REACH, 0), i)):
        return []
    kind = document_kind_at(doc.lexicon, sentence.text, m.end()) or (
        DKG + "Agreement" if item_head(sentence.text, m.end()) else None
    )
    if kind is None:
        return []
    start = sentence.start + m.end() + len(sentence.text[m.end() :]) - len(sentence.text[m.end() :].lstrip())
    phrase = _DESCRIPTION_END.search(sentence.text, start - sentence.start)
    end = sentence.start + (phrase.start() if phrase else len(sentence.text.rstrip(" .")))
    return [Mention(start, end, sentence.text[start - sentence.start : end - sentence.start], kind, "Agreement", i)]


# where a described document's name ends: a clause, a signer or the sentence
_DESCRIPTION_END = re.compile(
    r",|;|\.(?:\s|$)|\s(?:yang|juga|diteken|ditandatangani|oleh|antara|between|signed|which|by)\b"
)


def _titled_object(doc: Doc, i: int) -> list[Mention]:
    """ "kedua Menlu menandatangani Rencana Konsultasi antara ...": a title in capitals right after
    an active verb of signing is a document, whatever its kind word."""
    sentence = doc.sentences[i]
    m = cues()["signed_title"].search(sentence.text) or cues()["signed_title_passive"].search(sentence.text)
    if m is None:
        return []
    start = sentence.start + m.start("title")
    if any(a.start <= start < a.end for a in doc.mentions[i] if a.kind != "Summit"):
        return []  # "meneken Indonesia-..." begins with a party or a place, not a title
    return [Mention(start, start + len(m.group("title")), m.group("title"), DKG + "Agreement", "Agreement", i)]


def _described_after_a_signed_set(doc: Doc, i: int, m: Mention) -> bool:
    """ "... witnessed the exchange of 29 documents. ... There is an MoU on cooperation under the Belt
    and Road Initiative": a document described by what it is about, told after a counted set of documents
    was signed, is one of that set; not one told as planned."""
    sentence = doc.sentences[i]
    if not _DESCRIBED.match(sentence.text, m.end - sentence.start):
        return False
    if cues()["planned"].search(sentence.text) or cues()["document_under_work"].search(
        sentence.text[: m.start - sentence.start]
    ):
        return False
    return any(_tells_signing(doc.sentences[k].text) and counts_documents(doc, k) for k in range(i))


_DESCRIBED = re.compile(r"\s+(?:on|tentang|mengenai|between|antara|linking|for|untuk|di bidang)\b", re.I)


def _one_of_the_set_told(doc: Doc, i: int, draft: AgreementDraft, the_set: AgreementDraft | None) -> None:
    """Signed when and where the set was, between its parties unless the sentence names its own."""
    if the_set is None:
        return
    _signed_with(draft, the_set)
    if not doc.sentence_actors[i]:
        draft.parties = dict.fromkeys(the_set.parties, i)


def _one_of_those_signed(doc: Doc, i: int) -> bool:
    """ "Salah satunya program kerja sama ...": a sentence that names one of the documents the
    sentence before it reported signed."""
    text = doc.sentences[i].text
    return bool(cues()["one_of_them"].search(text) or cues()["other_documents"].search(text)) and any(
        _tells_signing(doc.sentences[k].text) for k in range(max(0, i - DOCUMENT_SET_REACH), i)
    )


_MARKER = r"(?:\d{1,2}[.)]|[a-z][.)]|[-•*–])"  # "1.", "2)", "a.", "-", "•": what opens a list's line
_LIST_MARKER = re.compile(rf"^\s*{_MARKER}\s*$")
_BULLET = re.compile(rf"^\s*{_MARKER}\s+(?-i:[A-Z])")
_MARKER_LEAD = re.compile(rf"\s*(?:{_MARKER}\s*)?")
_SHORT_OPENER = 6  # "Beberapa di antaranya, yaitu:" opens a list without telling it
_SET_BACK = 12  # sentences back to the set a list's opener names back
_LIST_REACH = 24  # sentences back to the line that opens a list: its items and their markers, one each


def _item_of_signed_list(doc: Doc, i: int) -> bool:
    return _signed_list_opener(doc, i) is not None


def _signed_list_opener(doc: Doc, i: int) -> int | None:
    """ "ditandatangani dua dokumen lain, yaitu:" then "1." "Nota Kesepahaman antara ...": the
    sentence that opened, with a colon, the list whose line sentence i is, when it tells a signing."""
    for k in range(i - 1, max(i - _LIST_REACH, 0) - 1, -1):
        text = doc.sentences[k].text
        if text.rstrip().endswith(":"):
            if _tells_signing(text):
                return k
            # "ditandatangani 11 kontrak ... Beberapa di antaranya, yaitu:": the list of those just told signed
            # "Keempat dokumen itu masing-masing:" on a line of its own refers back across the line break
            joined = k > 0 and (
                doc.sentences[k - 1].block == doc.sentences[k].block or cues()["documents_anaphor"].search(text)
            )
            short = len(text.split()) <= _SHORT_OPENER and joined
            if short and _tells_signing(doc.sentences[k - 1].text):
                return k - 1
            # "Empat dokumen G-to-G itu adalah:": documents named back, of a set a sentence just before told signed
            if cues()["documents_back"].search(text) and any(
                _tells_signing(doc.sentences[j].text) for j in range(max(k - _SET_BACK, 0), k)
            ):
                return k
            return None
        if not doc.once(_list_lines)[k]:
            return None
    return None


def _list_lines(doc: Doc) -> list[bool]:
    """Per sentence: could it be a line of a list of documents (a marker alone, or a document's
    kind or an item's head after its marker)? Read once per article: every sentence of a story
    looks back over the lines before it."""
    return [_list_line(doc.lexicon, s.text) for s in doc.sentences]


def _list_line(lexicon: Lexicon, text: str) -> bool:
    """A line of a list: a marker, alone or before any item ("- Comprehensive Programme of ..."
    names no kind the lexicon knows, but the lines after it are still the list's)."""
    marker_end = _marker_end(text)
    return bool(
        _LIST_MARKER.match(text)
        or _BULLET.match(text)
        or document_kind_at(lexicon, text, marker_end)
        or item_head(text, marker_end)
    )


def _the_set_named_in_part(trigger: Mention, listed: DocumentList) -> bool:
    return listed.partial and trigger.start <= listed.set_start


def _pair_told_before(doc: Doc, i: int, trigger: Mention, found: list[AgreementDraft]) -> list[str]:
    """ "Perjanjian jual beli LPG, juga antara kedua BUMN tersebut": the two parties of the document
    told just before, when this one names none of its own."""
    start, end = clause_of(doc, i, trigger.start, trigger.end)
    sentence = doc.sentences[i]
    if not found or any(start <= off < end for off, _ in doc.sentence_actors[i]):
        return []
    if not cues()["firm_pair_anaphor"].search(sentence.text[start - sentence.start : end - sentence.start]):
        return []
    before = [iri for iri in found[-1].parties if doc.actors[iri].kind == "Organization"]
    return before if len(before) == 2 else []


def _opens_a_list(doc: Doc, i: int) -> bool:
    """Sentence i ends with a colon and a document's kind opens the next line."""
    if not doc.sentences[i].text.rstrip().endswith(":"):
        return False
    for k in range(i + 1, min(i + 3, len(doc.sentences))):
        text = doc.sentences[k].text
        if not _LIST_MARKER.match(text):
            return document_kind_at(doc.lexicon, text, _marker_end(text)) is not None
    return False


_ITEM_TAIL = re.compile(r"\s*(?:[;,.]\s*(?:serta|dan|and)?|;|\.)?\s*$")


def _line_item_end(text: str) -> int:
    """Where a list line's document name ends: before its closing "; serta", ";" or ".", or before
    the signers told after it."""
    end = _ITEM_TAIL.search(text).start()  # type: ignore[union-attr]
    signers = cues()["signers_after"].search(text, 0, end)
    return signers.start() if signers else end


def _marker_end(text: str) -> int:
    m = _MARKER_LEAD.match(text)
    return m.end() if m else 0


def _draft(
    doc: Doc,
    i: int,
    trigger: Mention,
    later: list[Mention],
    meetings: Meetings,
    found: list[AgreementDraft],
) -> AgreementDraft:
    sentence = doc.sentences[i]
    limit = later[0].start if later else sentence.end
    end = _compound_end(sentence.text, sentence.start, trigger.end, limit, doc.article.language)
    end = _name_end(sentence.text, sentence.start, end, limit)
    end = _topic_end(sentence.text, sentence.start, end, limit)
    if not later and trigger.start - sentence.start == _marker_end(sentence.text) and _item_of_signed_list(doc, i):
        end = sentence.start + _line_item_end(sentence.text)  # a list's line is one document's name
    trigger = _with_title_before(sentence.text, sentence.start, trigger)
    name = sentence.text[trigger.start - sentence.start : end - sentence.start].strip(" ,.")
    quoted = _quoted_title(sentence.text, trigger.start - sentence.start)
    if quoted is not None:  # "the “Kuala Lumpur Declaration on ASEAN 2045”": the title is the name
        name, end = quoted[0], max(end, sentence.start + quoted[1])
    draft = AgreementDraft(trigger.concept, name, i, sentences=[i], spans=[(trigger.start, end)])
    draft.topic = _topic(sentence.text[trigger.end - sentence.start : end - sentence.start])
    opener = _signed_list_opener(doc, i) if meetings.scope[i] is None else None
    signed_in = i if opener is None else opener  # a list's line was signed where and when its opener tells
    summit = meetings.scope[signed_in]
    dated = [d.value for d in find_dates(sentence.text, doc.article.published)]
    shifted = None if dated else (_day_told(doc, i) or _time_recalled_before(doc, i) or _signing_day_before(doc, i))
    dated = dated or ([shifted] if shifted else [])
    if shifted is not None:
        summit = _meeting_recalled_on(meetings, i, shifted, summit)
    draft.adopted_at = summit
    taken = _parties_of_the_one_before(doc, i, trigger, found)
    for iri in _pair_told_before(doc, i, trigger, found) or _parties(doc, i, trigger, end, summit, meetings, taken):
        draft.parties.setdefault(iri, i)
    kinds = {doc.actors[p].kind if p in doc.actors else "" for p in draft.parties}
    draft.bodies = frozenset(draft.parties) if kinds == {"Organization"} else frozenset()
    if summit is None and not dated:
        draft.adopted_at = summit = _meeting_of_parties(doc, i, draft, meetings)
    if summit is None and (_tells_signing(doc.sentences[signed_in].text) or _one_of_those_signed(doc, i)):
        draft.adopted_at = summit = _story_meeting(doc, signed_in, meetings, dated[0] if dated else None)
        for iri in [] if draft.parties or summit is None else meetings.summits[summit].participants:
            draft.parties.setdefault(iri, i)
    draft.date = shifted or _date(doc, i, trigger, summit, meetings)
    told = meetings.summits[summit] if summit is not None else None
    if told is not None and told.date is not None and draft.date is not None and not told.date.agrees(draft.date):
        if not _during_the_visit(told, draft.date):
            draft.adopted_at = None  # "IA-CEPA, which was signed in March 2019": not at the meeting told now
    return draft


def _meeting_recalled_on(meetings: Meetings, i: int, day: DateValue, summit: int | None) -> int | None:
    """ "Pada 12 Februari lalu, A berada di Bogor untuk kunjungan kenegaraan. Ketika itu 13 dokumen
    diteken": documents signed in the time the sentence before recalled are the recalled meeting's,
    not the story's."""
    told = meetings.summits[summit] if summit is not None else None
    if told is not None and (told.date is None or told.date.agrees(day)):
        return summit
    recalled = [
        n for n, s in enumerate(meetings.summits) if s.first in (i - 1, i) and s.date is not None and s.date == day
    ]
    return recalled[-1] if recalled else summit


def _during_the_visit(visit: SummitDraft, day: DateValue) -> bool:
    """ "Pada hari kedua kunjungan, ... menandatangani": signed on a later day of the visit it began."""
    if visit.kind not in VISITS or visit.date is None or visit.date.day is None or day.day is None:
        return False
    return 0 < day.days_since(visit.date) <= VISIT_DAYS


_TITLE_WORD_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w’'-]*\s+)$")
_TITLE_WORDS = 6
_NOT_IN_TITLES = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "sebuah", "para"}


def _with_title_before(text: str, base: int, trigger: Mention) -> Mention:
    """ "the Indonesia-Australia Comprehensive Economic Partnership Agreement": the capitalised words
    before a capitalised kind word are the start of its title."""
    if not trigger.text[:1].isupper():
        return trigger
    start = trigger.start
    for _ in range(_TITLE_WORDS):
        m = _TITLE_WORD_BEFORE.search(text[: start - base])
        if m is None or m.group().strip().casefold() in _NOT_IN_TITLES:
            break
        start = base + m.start()
    if start == trigger.start:
        return trigger
    return Mention(
        start, trigger.end, text[start - base : trigger.end - base], trigger.concept, trigger.kind, trigger.sentence
    )


def _time_recalled_before(doc: Doc, i: int) -> DateValue | None:
    """ "Fondasi diletakkan di Phnom Penh pada 4 November 2002. Para menlu ... menandatangani Deklarasi
    ...": a sentence of no time of its own goes on in the past time the sentence before it recalled."""
    if i == 0 or doc.sentences[i - 1].block != doc.sentences[i].block:
        return None
    told = find_dates(doc.sentences[i - 1].text, doc.article.published)
    return told[-1].value if told and months_before(doc, told[-1].value) else None


def _signing_day_before(doc: Doc, i: int) -> DateValue | None:
    """ "The two countries on Monday signed a defence pact. Minister A and Minister B signed the
    Reciprocal Access Agreement at the palace": the signing told again, on the day the lead gave it."""
    signed = doc.cue("active_signing", i - 1) if i > 0 else None
    if signed is None or not _tells_signing(doc.sentences[i].text):
        return None
    days = [d for d in find_dates(doc.sentences[i - 1].text, doc.article.published) if d.value.day is not None]
    # the day nearest the verb, not a dateline's: "Jakarta, 12 Maret - A dan B pada Selasa (10/3) menandatangani"
    return min(days, key=lambda d: abs(d.start - signed.start())).value if days else None


def _day_told(doc: Doc, i: int) -> DateValue | None:
    """ "Dalam pernyataan bersama yang dirilis pada hari yang sama": the day the text named last,
    or the day after or before it."""
    text = doc.sentences[i].text
    shift = day_shift(text)
    if shift is None and anywhere("same_day").search(text):
        shift = 0
    if shift is None:
        return None
    day = last_days(doc)[i]
    return day.plus_days(shift) if day is not None else None


def _story_meeting(doc: Doc, i: int, meetings: Meetings, date: DateValue | None) -> int | None:
    """ "Para pemimpin mengadopsi Deklarasi Rio": a document adopted in a story about a meeting
    came from the meeting the story last reported, on a day that agrees with its own."""
    if cues()["temporal_shift"].search(doc.sentences[i].text):
        return None
    held = [
        n
        for n, s in enumerate(meetings.summits)
        if s.first <= i
        and s.status == "held"
        and not s.past
        and not earlier_than_story(doc, s)  # "kunjungan ... Agustus 2023": recalled, not signed there
        and not s.one_of_several  # "met X, Y and Z separately": none of them alone issued it
        and (date is None or (s.date and s.date.agrees(date)))
    ]
    if not held:
        return None
    # of two told in one sentence, the session held beside the other: "dalam sesi temu bisnis di sela CAEXPO"
    hosts = {id(meetings.summits[n].host) for n in held if meetings.summits[n].host is not None}
    return max(held, key=lambda n: (meetings.summits[n].first, id(meetings.summits[n]) not in hosts))


_QUOTED = re.compile(r"[“\"]([^”\"]{4,200})[”\"]")


def _quoted_title(text: str, at: int) -> tuple[str, int] | None:
    """The quoted title a document word stands in, and where the quote ends."""
    for m in _QUOTED.finditer(text):
        if m.start() < at < m.end():
            return m.group(1).strip(), m.end()
    return None


def _meeting_of_parties(doc: Doc, i: int, draft: AgreementDraft, meetings: Meetings) -> int | None:
    """ "Para menteri juga mengadopsi Pernyataan Bersama ASEAN-Rusia": a document adopted by the
    parties of a meeting reported earlier in the article, with no time of its own, came from
    the latest such meeting. A shift in time ("baru-baru ini", "terbaru") means another occasion."""
    if cues()["temporal_shift"].search(doc.sentences[i].text) or not _tells_signing(doc.sentences[i].text):
        return None
    parties = {
        p for p in doc.roll_up(list(draft.parties)) if doc.actors.get(p) is None or doc.actors[p].kind != "Person"
    }
    if not parties:
        return None
    for n in range(len(meetings.summits) - 1, -1, -1):
        s = meetings.summits[n]
        if (
            s.first < i
            and s.status == "held"
            and not s.past
            and not earlier_than_story(doc, s)  # a document with no time of its own belongs to the story
            and parties <= doc.roll_up(list(s.participants))
        ):
            return n
    return None


_TOPIC_GAP_FIRST = re.compile(r"^\s*(tentang|mengenai|on|in|di bidang)\s+(\w+\s+){0,2}$", re.I)
_TOPIC_GAP = re.compile(r"^\s*,?\s*(dan|serta|and|or|atau)?\s+(\w+\s+){0,2}$", re.I)


def _split_by_topic(doc: Doc, i: int, draft: AgreementDraft) -> list[AgreementDraft]:
    """ "rencana kerja tentang kejahatan lintas negara, masalah narkoba, serta kerjasama digital":
    work plans are sectoral, so a coordinated list of topics is one work plan per topic."""
    if draft.kind != DKG + "WorkPlan":
        return [draft]
    sentence = doc.sentences[i]
    pos = draft.spans[-1][1]
    lead = cues()["document_topic"].search(draft.name)
    if lead is not None:  # the topics begin where the name's topic does
        pos = draft.spans[-1][0] + lead.start()
    run: list[Mention] = []
    for topic in sorted(doc.kinds(i, "Sector"), key=lambda m: m.start):
        if topic.start < pos:
            continue
        gap = sentence.text[pos - sentence.start : topic.start - sentence.start]
        if not (_TOPIC_GAP if run else _TOPIC_GAP_FIRST).match(gap):
            break
        run.append(topic)
        pos = topic.end
    if len({t.concept for t in run}) < 2:
        return [draft]
    copies = []
    for topic in run:
        copy = AgreementDraft(
            draft.kind,
            f"{draft.name} tentang {topic.text}",
            i,
            draft.date,
            dict(draft.parties),
            {topic.concept: i},
            [i],
            [draft.spans[-1], (topic.start, topic.end)],
            draft.adopted_at,
        )
        copies.append(copy)
    return copies


def _split_in_pairs(doc: Doc, i: int, draft: AgreementDraft) -> list[AgreementDraft]:
    """ "UPM and UMS signed MoUs with the Timiryazev Academy and the Far Eastern State Agrarian
    University, respectively": one document for each pair, the n-th body before the kind word with
    the n-th after it."""
    sentence = doc.sentences[i]
    if not cues()["respectively"].search(sentence.text) or not draft.spans:
        return [draft]
    start, end = draft.spans[0]
    bodies = [
        (offset, iri)
        for offset, iri in doc.sentence_actors[i]
        if iri in draft.parties and doc.actors[iri].kind == "Organization"
    ]
    before = list(dict.fromkeys(iri for offset, iri in sorted(bodies) if offset < start))
    after = list(dict.fromkeys(iri for offset, iri in sorted(bodies) if offset >= end))
    if len(before) < 2 or len(before) != len(after):
        return [draft]
    return [
        replace(
            draft,
            name=f"{draft.name} ({doc.actors[signer].label}–{doc.actors[partner].label})",
            parties={signer: i, partner: i},
            sectors=dict(draft.sectors),
            sentences=[i],
            spans=list(draft.spans),
            bodies=frozenset({signer, partner}),
            count=None,
            signatories={},
        )
        for signer, partner in zip(before, after, strict=True)
    ]


def _split_in_listed_pairs(doc: Doc, i: int, draft: AgreementDraft, trigger: Mention) -> list[AgreementDraft]:
    """ "Dua nota kesepahaman lainnya mengatur kerja sama pertanian dan pariwisata, masing-masing antara A
    dan B, serta antara C dan D", "Three other MoUs — between A and B, C and D, and E and F — cover X, Y
    and Z respectively": one document for each pair, about the listed topic of the same rank."""
    sentence = doc.sentences[i]
    pairs = _listed_pairs(doc, i, trigger)
    if len(pairs) < 2 or (draft.count is not None and count_value(draft.count) != len(pairs)):
        return [draft]
    if draft.count is None and not cues()["respectively"].search(sentence.text):
        return [draft]
    topics = _topics_in_turn(sentence, trigger, pairs)
    kind = trigger.concept if trigger.concept != DKG + "DocumentPackage" else draft.kind
    label = doc.lexicon.label(kind).casefold()
    out = []
    for n, (signer, partner, span) in enumerate(pairs):
        spans = [span] + ([topics[n]] if len(topics) == len(pairs) else [])
        name = f"{label} between {doc.actors[signer].label} and {doc.actors[partner].label}"
        if len(topics) == len(pairs):
            name += f" on {sentence.text[topics[n][0] - sentence.start : topics[n][1] - sentence.start].strip()}"
        out.append(
            replace(
                draft,
                kind=kind,
                name=name,
                parties={signer: i, partner: i},
                sectors={},
                sentences=[i],
                spans=spans,
                bodies=frozenset({signer, partner}),
                count=None,
                signatories={},
            )
        )
    return out


def _listed_pairs(doc: Doc, i: int, trigger: Mention) -> list[tuple[str, str, tuple[int, int]]]:
    """The pairs of bodies listed after "between"/"antara" past a document word: "between A and B, C and
    D, and E and F", "antara A dan B, serta antara C dan D"; with the stretch of each pair."""
    sentence = doc.sentences[i]
    between = _BETWEEN_WORD.search(sentence.text, trigger.end - sentence.start)
    signed_by = cues()["signed_by"].search(sentence.text, trigger.end - sentence.start)
    opener = between or signed_by
    if opener is None:
        return []
    bodies: list[tuple[int, int, str]] = []
    for off, iri in doc.sentence_actors[i]:
        actor = doc.actors[iri]
        if off - sentence.start < opener.end() or actor.kind != "Organization":
            continue
        if bodies and bodies[-1][2] == iri:
            continue  # "(JAKIM)" after its name: the same body
        bodies.append((off, _body_end(doc, i, off, actor), iri))
    pairs: list[tuple[str, str, tuple[int, int]]] = []
    gap_start = sentence.start + opener.end()
    for n in range(0, len(bodies) - 1, 2):
        (a, a_end, first), (b, b_end, second) = bodies[n], bodies[n + 1]
        opening = sentence.text[gap_start - sentence.start : a - sentence.start]
        if not _PAIR_OPENING.fullmatch(opening) or not cues()["pair_joiner"].fullmatch(
            sentence.text[a_end - sentence.start : b - sentence.start]
        ):
            break
        pairs.append((first, second, (a, b_end)))
        gap_start = b_end
    return pairs


# what comes before a pair in a list of pairs: nothing, or a comma, "and", "serta", a repeated "antara"
_PAIR_OPENING = re.compile(r"\s*(?:,\s*)?(?:(?:and|dan|serta)\s+)?(?:(?:antara|between)\s+)?(?:the\s+)?", re.I)


def _topics_in_turn(
    sentence: Sentence, trigger: Mention, pairs: list[tuple[str, str, tuple[int, int]]]
) -> list[tuple[int, int]]:
    """The topics listed in the same order as the pairs: after the pairs up to "respectively" ("cover X,
    Y and Z respectively"), or between the document word and the pairs ("mengatur kerja sama pertanian
    dan pariwisata, masing-masing antara ..."); empty when none are listed."""
    text, base = sentence.text, sentence.start
    list_end = pairs[-1][2][1] - base
    after = cues()["respectively"].search(text, list_end)
    if after is not None and not text[list_end : after.start()].strip(" ,—–-"):
        start, end = after.end(), len(text.rstrip(" ."))  # "..., masing-masing di bidang X, Y, dan Z"
    elif after is not None:
        start, end = list_end, after.start()
    else:
        start = trigger.end - base
        told = cues()["respectively"].search(text, start, pairs[0][2][0] - base)
        end = told.start() if told else pairs[0][2][0] - base
    lead = _TOPIC_LIST_LEAD.match(text, start, end)
    start = lead.end() if lead else start
    cuts = [(m.start(), m.end()) for m in _TOPIC_SEPARATOR.finditer(text, start, end)]
    bounds = zip([start] + [b for _, b in cuts], [a for a, _ in cuts] + [end], strict=True)
    return [(base + a, base + b) for a, b in bounds if text[a:b].strip(" ,—–-")]


# what leads a list of topics: the dash closing an aside, a verb of covering, "kerja sama"
_TOPIC_LIST_LEAD = re.compile(
    r"[\s,—–-]*(?:(?:lainnya|lain|other)\s+)?(?:(?:cover(?:s|ing)?|mengatur|mencakup|meliputi|on|tentang|mengenai|"
    r"di bidang)\s+)?(?:(?:kerja ?sama|cooperation)\s+(?:(?:in|di bidang)\s+)?)?",
    re.I,
)
# what parts the topics of a list: a comma, "and"/"dan"/"serta", a dash that closes an aside
_TOPIC_SEPARATOR = re.compile(r"\s*(?:,\s*(?:(?:and|dan|serta)\s+)?|\s(?:and|dan|serta)\s+|[—–])\s*", re.I)


def _topic(after_kind: str) -> frozenset[str]:
    """The words of what a document is about, from what its name says after its kind word:
    "halal certification" of "MoU on halal certification", "pencegahan kejahatan"."""
    lead = cues()["document_topic"].match(after_kind)
    return frozenset(re.findall(r"\w+", after_kind[lead.end() if lead else 0 :].casefold()))


def _topics_differ(a: AgreementDraft, b: AgreementDraft) -> bool:
    """Both documents have a topic, and neither topic is a part of the other ("soal DCA" is a
    part of "mengenai Perjanjian Kerja Sama Pertahanan (DCA) 2007")."""
    return bool(a.topic and b.topic) and not (a.topic <= b.topic or b.topic <= a.topic)


_TOPIC_WORDS = 10  # a topic is a phrase, not the rest of a long sentence
_COMPOUND_WORDS = 5
_LOWER_WORD = re.compile(r"\s+([a-z][a-z-]*)([,.;:]?)")


def _compound_end(text: str, base: int, pos: int, limit: int, language: str | None) -> int:
    """Where the nouns that name a document after its kind word end, in a language that puts
    them there: "perjanjian pencegahan kejahatan dan ..." ends before "dan"."""
    stop = document_name_stop(language or "")
    if stop is None:
        return pos
    for _ in range(_COMPOUND_WORDS):
        m = _LOWER_WORD.match(text, pos - base, limit - base)
        if m is None or stop.fullmatch(m.group(1)):
            break
        pos = base + m.end(1)
        if m.group(2):
            break
    return pos


def _topic_end(text: str, base: int, pos: int, limit: int) -> int:
    """Where the topic that follows a document's name ends ("an MoU on halal certification",
    "nota kesepahaman tentang transit barang"): at a clause, a signer or the next document."""
    rest = text[pos - base : limit - base]
    lead = cues()["document_topic"].match(rest)
    between = _PARTIES_BETWEEN.match(rest)
    if lead is None and between is not None:  # "MoU antara Pertamina dan Sinopec tentang studi kelayakan ..."
        lead = cues()["document_topic"].search(rest, between.end(), between.end() + _PARTY_CHARS)
        lead = None if lead is None or re.search(r"[,;.]", rest[between.end() : lead.start()]) else lead
    if lead is None and (_OPEN_COOPERATION.search(text, 0, pos - base) or _OPEN_TITLE.search(text, 0, pos - base)):
        # "nota kesepahaman tentang kerja sama| energi terbarukan", "an MoU on Islamic| banking products"
        lead = re.match(r"\s+(?=(?-i:[a-z]))", rest)
    if lead is None:
        return pos
    ends = (_DESCRIPTION_END, _TOPIC_STOP, cues()["signing_venue"])
    stops = [m.start() for m in (end.search(rest, lead.end()) for end in ends) if m]
    words = list(re.finditer(r"\S+", rest[lead.end() : min(stops, default=len(rest))]))[:_TOPIC_WORDS]
    return pos + lead.end() + words[-1].end() if words else pos


_DAY_NAME = re.compile(r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b", re.I)
# a name that ends on its topic's head word, the field still to follow
_OPEN_COOPERATION = re.compile(r"\b(?:tentang|mengenai|on|di bidang)\s+(?:kerja ?sama|cooperation)$", re.I)
# a topic whose first words are capitalised, the name having stopped at them
_OPEN_TITLE = re.compile(r"\b(?:tentang|mengenai|on)\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:[A-Z])[\w-]*$", re.I)
# the two named between whom a document is made, before its topic
_PARTIES_BETWEEN = re.compile(r"\s*(?:antara|between)\s+(?:\S+\s+){1,8}?(?:dan|and)\s+", re.I)
_PARTY_CHARS = 80
# a topic ends before a clause of its own ("..., while the ministries exchanged ...")
_TOPIC_STOP = re.compile(
    r"\s(?:while|sementara|sedangkan|serta|as well as|and (?:the )?[A-Z]|was|were|is|are|has|have|had|will|would)\b"
    # "... on the outcomes of the visit and witnessed the exchange of ...": the next verb of the subject
    r"|\s(?:and|dan)\s+(?:also\s+|juga\s+)?(?:(?-i:[a-z]+ed)|menyaksikan|menandatangani|meneken|melakukan|menggelar)\b",
    re.I,
)


def _name_end(text: str, base: int, pos: int, limit: int) -> int:
    while pos < limit:
        m = _NAME_WORD.match(text[pos - base : limit - base]) or _particle(text[pos - base : limit - base])
        if not m or _DAY_NAME.fullmatch(m.group().split()[-1]):
            break  # "a plan of consultations on Thursday": a day ends the name
        pos += m.end()
    name = text[: pos - base]
    trimmed = re.sub(r"(\s+(tentang|mengenai|untuk|on|of|antara|dan|the|di bidang))+$", "", name)
    return base + len(trimmed)


def _particle(rest: str) -> re.Match[str] | None:
    """ "Deklarasi Rio de Janeiro": a lower-case particle inside a place's or person's name."""
    m = re.match(r"\s*([a-z]+)(?=\s+[A-Z])", rest)
    return m if m and m.group(1) in titles().particles else None


def _date(doc: Doc, i: int, trigger: Mention, summit: int | None, meetings: Meetings) -> DateValue | None:
    text = doc.sentences[i].text
    base = doc.sentences[i].start
    clause_end = next((base + m.start() for m in NEW_CLAUSE.finditer(text) if base + m.start() > trigger.end), 10**9)
    told_from = _source_phrase_end(text)
    dates = [d for d in find_dates(text, doc.article.published) if told_from <= d.start and base + d.start < clause_end]
    if dates:
        after = [d for d in dates if base + d.start >= trigger.end]
        return (after or dates)[0].value
    counted = counted_day(doc, i, meetings.summits)  # "Pada hari kedua kunjungan, ... menandatangani"
    if counted is not None:
        return counted
    if summit is not None:  # a document of a multi-day summit is dated by the day the text told
        told = meetings.summits[summit]
        one_day = told.date is not None and told.date.day is not None and not told.multi_day
        if one_day and doc.cue("summit_anaphor", i):
            return told.date  # "Following the talks, ...": the talks' day, whatever day the visit began
        return _day_in_scope(doc, i, summit, meetings) or told.told_day or told.date
    return None


def _source_phrase_end(text: str) -> int:
    """Where an opening "Menurut kenyataan ... hari ini," ends: its day is the statement's, not the signing's."""
    if not cues()["source_opening"].match(text):
        return 0
    comma = text.find(",")
    return comma + 1 if comma > 0 else 0


def _day_in_scope(doc: Doc, i: int, summit: int, meetings: Meetings) -> DateValue | None:
    """ "Di sela KTT, Selasa (15/11), ... Indonesia dan mitra mengeluarkan pernyataan bersama": the day
    the sentences about the same meeting last named, when it falls in the meeting's month."""
    date = meetings.summits[summit].date
    k = i - 1
    while k >= 0 and meetings.scope[k] == summit:
        days = [f.value for f in find_dates(doc.sentences[k].text, doc.article.published) if f.value.day is not None]
        if days and date is not None and date.after(days[-1]) and cues()["arrival"].search(doc.sentences[k].text):
            days = []  # "X, who arrived on Monday": the day the visit began, before the meeting's own day
        if days:
            agree = date is not None and days[-1].year == date.year and days[-1].month == date.month
            return days[-1] if agree else None
        k -= 1
    return None


def _parties_of_the_one_before(doc: Doc, i: int, trigger: Mention, found: list[AgreementDraft]) -> set[str]:
    """The parties of a document told before in the sentence, named after its kind word: "nota
    kesepahaman ... antara Kementerian ESDM dan Rosatom, serta perjanjian ... di bidang pendidikan"."""
    before = [d for d in found if d.first == i and d.spans and d.spans[0][0] < trigger.start]
    return {
        iri
        for off, iri in doc.sentence_actors[i]
        if off < trigger.start and any(iri in d.parties and d.spans[0][0] <= off for d in before)
    }


def _parties(
    doc: Doc,
    i: int,
    trigger: Mention,
    name_end: int,
    summit: int | None,
    meetings: Meetings,
    taken: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[str]:
    """Actors named in the document's name, else the signers in the sentence, else the
    meeting's participants, else the two actors the article speaks of most."""
    row = [(off, iri) for off, iri in doc.sentence_actors[i] if iri not in taken]
    sentence = doc.sentences[i]
    topic = _topic_span(sentence, trigger.end, name_end)
    in_name = _bodies_named(doc, i, trigger.start, topic[0]) + _bodies_named(doc, i, topic[1], name_end)
    if in_name:
        return in_name
    start, end = clause_of(doc, i, trigger.start, trigger.end)
    # "Kedua negara juga mengeluarkan Pernyataan Bersama yang ... Negara Palestina": the two countries of
    # the meeting, not those the document speaks of
    both = _BOTH_COUNTRIES.search(sentence.text, start - sentence.start, trigger.start - sentence.start)
    if both is not None and summit is not None:
        countries = _countries_of(doc, meetings.summits[summit])
        if len(countries) == 2:
            return countries
    relative = re.compile(r"\s*,?\s*(?:yang|which|that)\b").match(sentence.text, name_end - sentence.start)
    signed_by = cues()["signed_relative"].match(sentence.text, name_end - sentence.start)
    if signed_by is not None:
        # "Deklarasi ... yang ditandatangani Presiden A dan Presiden B di St. Petersburg": those who signed
        clause_end = cues()["signers_end"].search(sentence.text, signed_by.end())
        stop = sentence.start + (clause_end.start() if clause_end else len(sentence.text))
        signers = _bodies_named(doc, i, sentence.start + signed_by.end(), stop)
        if signers:
            return signers
    if relative is not None:
        end = min(end, name_end)  # what the document says is no party to it
    listing = _LIST_OPENS.search(sentence.text, trigger.end - sentence.start, end - sentence.start)
    if listing is not None:  # "tujuh dokumen, antara lain protokol ekspor kelapa Indonesia": the items' words
        end = sentence.start + listing.start()
        row = [(off, iri) for off, iri in row if off < end]
    in_clause = [
        iri
        for iri in _bodies_named(doc, i, start, end)
        if iri not in _bodies_named(doc, i, *topic) and iri not in taken
    ]
    bodies = _bodies_of_the_summit(doc, summit, meetings)
    chairs = {c for iri in in_clause if doc.actors[iri].kind == "Person" for c in (iri, *doc.actors[iri].represents)}
    if bodies and in_clause and set(in_clause) <= chairs:
        # "KTT yang dipimpin Sisi itu ditutup dengan Deklarasi Kairo", "Pertemuan yang digagas Perdana Menteri
        # Malaysia Anwar Ibrahim itu ditutup dengan ... pernyataan bersama": the summit's, not its chair's
        return bodies
    if in_clause:
        return in_clause
    if row and not (relative is not None and summit is not None):
        return [iri for _, iri in row]  # not "resolusi yang mengecam agresi Israel": what it speaks of
    if summit is not None and bodies:
        return bodies
    if summit is not None:
        return _sides_of(doc, list(meetings.summits[summit].participants))
    return _dominant_pair(doc)


_LIST_OPENS = re.compile(r",?\s*\b(?:antara lain|di antaranya|yakni|yaitu|including|among them)\b|:", re.I)


def _topic_span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Where a document's name tells what it is about, the actors there no parties to it: "an MoU to
    set up a Malaysia-Tatarstan halal cluster"; the pair "between A and B" after the topic still signs
    ("nota kesepahaman tentang energi nuklir antara Kementerian ESDM dan Rosatom")."""
    name = sentence.text[start - sentence.start : end - sentence.start]
    lead = cues()["document_topic"].search(name)
    if lead is None:
        return end, end
    between = _BETWEEN_WORD.search(name, lead.end())
    return start + lead.start(), start + (between.start() if between else len(name))


_BETWEEN_WORD = re.compile(r"\b(?:antara|between)\b", re.I)


def _bodies_named(doc: Doc, i: int, start: int, end: int) -> list[str]:
    """The parties named between ``start`` and ``end`` of sentence i (a document's name or clause),
    without a country told only as part of a body's name ("between the Ministry of Transport of the
    Russian Federation and ...", "Kamar Dagang dan Industri (Kadin) Indonesia", "Tajikistan's Ministry
    of Education": the bodies sign)."""
    named = [(off, iri) for off, iri in doc.sentence_actors[i] if start <= off < end]
    bodies = [(off, doc.actors[iri]) for off, iri in named if doc.actors[iri].kind == "Organization"]
    spans = [(off, _body_end(doc, i, off, body)) for off, body in bodies]
    agencies_of = {c for _, b in bodies for c in (*b.represents, *doc.lexicon.related(b.iri, DKG + "agencyOf"))}
    inside = {iri for off, iri in named if any(begin < off <= until for begin, until in spans)}
    of_country = {iri for _, iri in named if any(names_its_country(b.label, doc.actors[iri].label) for _, b in bodies)}
    return [
        iri
        for _, iri in named
        if doc.actors[iri].kind != "Country" or not (iri in inside or iri in agencies_of or iri in of_country)
    ]


_SHORT_FORM_AFTER = re.compile(r"\s*\([^()]{1,15}\)\s*")


def _body_end(doc: Doc, i: int, off: int, body: Actor) -> int:
    """Where a body's name ends in the sentence, with a short form in brackets after it (and the
    space after that: "(Kadin) Indonesia" is the chamber's country, not a party)."""
    told = [m.end for m in doc.kinds(i, "Organization") if m.start == off]
    end = told[0] if told else off + len(body.surface or body.label)
    if body.surface:  # "Kementerian Pertanian Mesir" holds the gazetteer's "Kementerian Pertanian"
        end = max(end, off + len(body.surface))
    sentence = doc.sentences[i]
    bracket = _SHORT_FORM_AFTER.match(sentence.text, end - sentence.start)
    return sentence.start + bracket.end() if bracket else end


_BOTH_COUNTRIES = re.compile(
    r"\b(?:kedua negara|kedua pemerintah|both countries|the two countries|both governments|the two governments)\b", re.I
)


def _bodies_of_the_summit(doc: Doc, summit: int | None, meetings: Meetings) -> list[str]:
    """The organizations at a summit of many: whose document it adopts."""
    if summit is None or meetings.summits[summit].kind != DKG + "MultilateralSummit":
        return []
    if meetings.summits[summit].status != "held":
        return []  # a document is signed at a summit held, not at one still to come
    told = meetings.summits[summit].participants
    # the blocs, and a country that sits beside them as a side of its own ("ASEAN, GCC dan China")
    return [iri for iri in told if iri in doc.actors and doc.actors[iri].kind in ("Organization", "Country")]


def _countries_of(doc: Doc, meeting: SummitDraft) -> list[str]:
    """The countries a meeting's participants are or represent, in order of appearance."""
    out: list[str] = []
    for iri in meeting.participants:
        actor = doc.actors.get(iri)
        if actor is None:
            continue
        for c in [iri] if actor.kind == "Country" else actor.represents:
            if doc.lexicon.kinds.get(c) == "Country" and c not in out:
                out.append(c)
    return out


def clause_of(doc: Doc, i: int, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence that tells this document's signing: from the document word
    before it to the next ("A and B signed an MoU on ..., while C and D exchanged an MoU on ...")."""
    sentence = doc.sentences[i]
    ends = [m.end for m in documents_told(doc, i) if m.end <= start]
    starts = [m.start for m in documents_told(doc, i) if m.start >= end]
    for b in cues()["clause_break"].finditer(sentence.text):
        at = sentence.start + b.start()
        (ends if at < start else starts).append(at)
    return max(ends, default=sentence.start), min(starts, default=sentence.end)


def _dominant_pair(doc: Doc) -> list[str]:
    counts = Counter(iri for row in doc.sentence_actors for _, iri in row if doc.actors[iri].kind != "Person")
    return [iri for iri, _ in counts.most_common(2)]


def _same_as_existing(
    draft: AgreementDraft, found: list[AgreementDraft], signing: bool = False
) -> AgreementDraft | None:
    """A second mention of a package or statement at the same meeting is the same document, and
    so is a package of the same count ("sembilan MoU")."""
    for a in found:
        if a.count is not None and a.kind == draft.kind and a.count == draft.count:
            return a
        if a.kind == draft.kind and a.adopted_at is not None and a.adopted_at == draft.adopted_at:
            if _topics_differ(a, draft):
                continue  # "an MoU on halal certification", "an MoU on student exchanges": two documents
            if _bodies_differ(a, draft):
                continue  # "kerja sama Pertamina dengan ADNOC, kerja sama Inalum dengan EGA": two documents
            if draft.bodies and not a.bodies and not set(a.parties) & set(draft.parties):
                continue  # "Firma A (A') meneken MoU dengan B" after the two governments' MoU: another document
            if signing and draft.topic and not a.topic and a.parties and not set(a.parties) & set(draft.parties):
                continue  # "Pada kesempatan yang sama, BP Batam dan IRDA menandatangani nota kesepahaman tentang ..."
            return a
        if re.sub(r"\W+", " ", a.name).casefold() == re.sub(r"\W+", " ", draft.name).casefold() and len(a.name) > 12:
            return a
        if a.kind == draft.kind and _told_again(a, draft):
            return a
    return None


def _bodies_differ(a: AgreementDraft, b: AgreementDraft) -> bool:
    """Both documents are between organizations, and none of them is a party to both."""
    return bool(a.bodies and b.bodies) and not a.bodies & b.bodies


def _told_again(first: AgreementDraft, later: AgreementDraft) -> bool:
    """ "nota kesepahaman kerja sama ... tersebut" after "nota kesepahaman kerja sama mengenai
    pendidikan": a later mention that names nothing the first did not, on no other day and at no
    other meeting, is the first told again."""
    return (
        first.count is None
        and later.count is None
        and later.topic <= first.topic
        and (later.date is None or later.date == first.date)
        and (first.adopted_at is None or later.adopted_at is None or later.adopted_at == first.adopted_at)
    )
