"""Attach each sector mention to the agreement or meeting whose scope it falls in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kg.extract import Doc
from kg.extract.agreements import DKG, AgreementDraft, clause_of
from kg.extract.summit_drafts import Meetings, SummitDraft, earlier_than_story
from kg.lang import titles
from kg.lexicon import Lexicon
from kg.model import Mention
from kg.patterns import cues, umbrella_members, umbrella_sectors


def attach_sectors(doc: Doc, meetings: Meetings, agreements: list[AgreementDraft]) -> None:
    list_owner = _list_owners(doc, agreements)
    topics_of = _discussed(doc, meetings)
    in_agreement, in_summit = _SpanIndex(agreements), _SpanIndex(meetings.summits)
    by_sentence: dict[int, list[AgreementDraft]] = {}
    referred: dict[int, list[AgreementDraft]] = {}  # sentences that speak of documents told before
    for a in agreements:
        by_sentence.setdefault(a.first, []).append(a)
        for k in set(a.sentences) - {a.first}:
            referred.setdefault(k, []).append(a)
    left_out: list[tuple[int, str]] = []  # (sentence, sector) said not to have been discussed
    for i in range(len(doc.sentences)):
        if cues()["not_discussed"].search(doc.sentences[i].text):
            left_out += [(i, r.concept) for m in doc.kinds(i, "Sector") if (r := _reported(doc, m)) is not None]
            continue  # "energi nuklir tidak masuk agenda pembicaraan": a topic left out
        for m in doc.kinds(i, "Sector"):
            if _in_a_title(doc, i, m) or _in_a_name(doc, i, m):
                continue  # "Menteri Perhubungan", "Trade Minister", "Mohamad Sabu": an office or a name, not a topic
            reported = _reported(doc, m)
            if reported is None:
                continue  # a sector the reporting scheme leaves out, with no broader sector in it
            m = reported
            signed_here = _signed_here(doc, i, m.start, by_sentence.get(i, []))
            owner = in_agreement.at(m.start) or list_owner.get(i) or signed_here
            if owner is not None:
                owner.sectors.setdefault(m.concept, i)
                continue
            if referred.get(i):  # "Kedua dokumen memuat kerja sama perdagangan ...": the documents' topics
                for a in referred[i]:
                    a.sectors.setdefault(m.concept, i)
                continue
            summit = in_summit.at(m.start)
            if summit is None and meetings.scope[i] is not None:
                summit = meetings.summits[meetings.scope[i]]  # type: ignore[index]
            summit = summit or topics_of.get(i)
            if summit is not None:
                summit.sectors.setdefault(m.concept, i)
    _packages_cover_their_documents(agreements)
    # documents signed at a meeting cover what was discussed there
    for a in agreements:
        if a.adopted_at is not None:
            summit = meetings.summits[a.adopted_at]
            for concept, i in a.sectors.items():
                summit.sectors.setdefault(concept, i)
    _drop_left_out(doc, meetings, left_out)


_PACKAGE = DKG + "DocumentPackage"
_NOT_IN_PACKAGES = {DKG + k for k in ("DocumentPackage", "JointStatement", "Declaration")}


def _packages_cover_their_documents(agreements: list[AgreementDraft]) -> None:
    """ "enam dokumen kerja sama. Di antaranya nota kesepahaman di bidang pendidikan ...": a package
    covers the sectors of the documents told after it as signed at the same meeting on the same day
    (a joint statement or declaration issued there stands beside the package, not in it)."""
    for package in agreements:
        if package.kind != _PACKAGE or package.adopted_at is None:
            continue
        for a in agreements:
            if (
                a.kind not in _NOT_IN_PACKAGES
                and a.adopted_at == package.adopted_at
                and a.date == package.date
                and a.first >= package.first
            ):
                for concept, i in a.sectors.items():
                    package.sectors.setdefault(concept, i)


_LEFT_OUT_REACH = 2  # "Isu energi ... Namun, energi tidak dibahas": the topic told just before


def _drop_left_out(doc: Doc, meetings: Meetings, left_out: list[tuple[int, str]]) -> None:
    """ "Isu energi sempat ramai dibicarakan menjelang kunjungan. Namun, energi tidak menjadi pokok
    bahasan dalam pertemuan": a sector said to be left out of the meeting in scope is none of its
    topics, unless a sentence of the meeting says it was discussed."""
    for i, denied in left_out:
        for k, summit in enumerate(meetings.summits):
            for concept, told in list(summit.sectors.items()):
                if not _within(doc.lexicon, concept, denied):
                    continue  # "energi" denies LNG's Oil and Gas too
                just_before = i - _LEFT_OUT_REACH <= told < i  # the topic the denial takes up
                in_scope = k == meetings.scope[i] and not cues()["discuss"].search(doc.sentences[told].text)
                if just_before or (in_scope and concept == denied):
                    del summit.sectors[concept]


def _within(lexicon: Lexicon, concept: str, ancestor: str) -> bool:
    """The concept is the ancestor or narrower than it."""
    seen, todo = set(), [concept]
    while todo:
        c = todo.pop()
        if c == ancestor:
            return True
        if c not in seen:
            seen.add(c)
            todo.extend(lexicon.related(c, SKOS + "broader"))
    return False


_TITLE_GLUE = {"dan", "and", "of", "for", "the", "&", ","}


def _in_a_name(doc: Doc, i: int, m: Mention) -> bool:
    for offset, iri in doc.sentence_actors[i] if i < len(doc.sentence_actors) else ():
        actor = doc.actors[iri]
        if actor.kind == "Person" and offset <= m.start < offset + len(actor.surface or actor.label):
            return True
    return False


def _in_a_title(doc: Doc, i: int, m: Mention) -> bool:
    """A sector word that is the portfolio of an office named next to it: "Menteri Perhubungan",
    "Menteri Koordinator Bidang Perekonomian", "Minister of Trade", "Energy Minister"."""
    text, base = doc.sentences[i].text, doc.sentences[i].start
    portfolio = titles().portfolio
    for p in doc.kinds(i, "Position"):
        gap = text[p.end - base : m.start - base] if p.end <= m.start else text[m.end - base : p.start - base]
        if len(gap) > 60:
            continue
        words = gap.replace(",", " , ").split()
        if all(w.casefold() in portfolio or w.casefold() in _TITLE_GLUE for w in words):
            return True
    return False


def _discussed(doc: Doc, meetings: Meetings) -> dict[int, SummitDraft]:
    """Sentences outside any meeting's scope that say what was discussed ("Jokowi menyampaikan
    empat hal. Pertama, perdagangan ...") speak of the last held meeting the story told."""
    owners: dict[int, SummitDraft] = {}
    last: SummitDraft | None = None
    by_first = {
        s.first: s
        for s in meetings.summits
        if s.status == "held" and not s.past and not earlier_than_story(doc, s)  # a recalled meeting is no topic's
    }
    for i, sentence in enumerate(doc.sentences):
        if i in by_first:
            last = by_first[i]
        if last is None or meetings.scope[i] is not None:
            continue
        goes_on = i - 1 in owners and cues()["list_continues"].search(sentence.text)
        main = last is by_first[min(by_first)]  # the article's own meeting is spoken of throughout
        if (cues()["discuss"].search(sentence.text) or goes_on) and (main or _near(doc, i, last, owners)):
            owners[i] = last
    return owners


_PARAGRAPHS = 1  # how far from the meeting's last mention a statement of topics may stand


def _near(doc: Doc, i: int, summit: SummitDraft, owners: dict[int, SummitDraft]) -> bool:
    """Within a few paragraphs of where the story last spoke of the meeting."""
    told = [k for k in summit.sentences if k <= i] + [k for k, s in owners.items() if s is summit]
    return bool(told) and doc.sentences[i].block - doc.sentences[max(told)].block <= _PARAGRAPHS


REPORTING = "https://w3id.org/dkg/id/reporting-sectors"
SKOS = "http://www.w3.org/2004/02/skos/core#"


def _reported(doc: Doc, m: Mention) -> Mention | None:
    """The sector as reported: itself if it is in the reporting scheme (or no scheme is defined),
    else its nearest broader sector that is ("kereta cepat" → Railways → Infrastructure), else
    none: the scheme leaves it out ("bebas visa" → Visa and Consular Affairs)."""
    lexicon = doc.lexicon
    if REPORTING in lexicon.related(m.concept, SKOS + "inScheme") or not _has_reporting_scheme(lexicon):
        return m
    seen, todo = set(), [m.concept]
    stands_for_umbrella = m.concept.rsplit("/", 1)[-1] in umbrella_members()
    while todo:
        concept = todo.pop(0)
        for up in lexicon.related(concept, SKOS + "broader"):
            if REPORTING in lexicon.related(up, SKOS + "inScheme"):
                if up.rsplit("/", 1)[-1] in umbrella_sectors() and not stands_for_umbrella:
                    return None  # "pabrik otomotif" → Automotive → Industry: not "the economy"
                return replace(m, concept=up)
            if up not in seen:
                seen.add(up)
                todo.append(up)
    return None


_SCHEME_KNOWN: dict[str, bool] = {}  # lexicon digest → does the ontology define the reporting scheme?


def _has_reporting_scheme(lexicon: Lexicon) -> bool:
    if lexicon.digest not in _SCHEME_KNOWN:
        _SCHEME_KNOWN[lexicon.digest] = any(
            rel == SKOS + "inScheme" and REPORTING in targets for (_, rel), targets in lexicon.relations.items()
        )
    return _SCHEME_KNOWN[lexicon.digest]


class _SpanIndex:
    """The first record (in list order) with a name span covering an offset, found by offset bucket.

    Looking through every record for every sector mention is quadratic in a long article.
    """

    BUCKET = 256

    def __init__(self, records: Sequence[Any]) -> None:
        self.records = records
        self.buckets: dict[int, list[tuple[int, int, int]]] = {}
        for order, r in enumerate(records):
            for start, end in r.spans:
                for b in range(start // self.BUCKET, max(start, end - 1) // self.BUCKET + 1):
                    self.buckets.setdefault(b, []).append((order, start, end))

    def at(self, offset: int) -> Any:
        orders = [o for o, start, end in self.buckets.get(offset // self.BUCKET, ()) if start <= offset < end]
        return self.records[min(orders)] if orders else None


def _signed_here(doc: Doc, i: int, offset: int, signed_in_sentence: list[AgreementDraft]) -> AgreementDraft | None:
    """A sector named in the sentence that reports a document's signing: where the sentence
    tells several, the document whose clause it is in ("the ministries of higher education
    exchanged an MoU on ..."), else the first document whose name it follows."""
    if len(signed_in_sentence) > 1:
        for a in signed_in_sentence:
            start, end = clause_of(doc, i, *a.spans[0])
            if start <= offset < end:
                return a
    before = [a for a in signed_in_sentence if any(end <= offset for _, end in a.spans)]
    if not before:
        return None
    sentence = doc.sentences[i]
    between = sentence.text[before[0].spans[0][1] - sentence.start : offset - sentence.start]
    return None if cues()["clause_break"].search(between) else before[0]  # not "..., tetapi nilai perdagangan ..."


def _list_owners(doc: Doc, agreements: list[AgreementDraft]) -> dict[int, AgreementDraft]:
    """List items after "... antara lain:" belong to the document that sentence speaks of."""
    owners: dict[int, AgreementDraft] = {}
    for a in agreements:
        for i in sorted(set(a.sentences)):
            if not cues()["list_intro"].search(doc.sentences[i].text):
                continue
            j = i + 1
            while j < len(doc.sentences) and doc.sentences[j].kind == "list":
                owners[j] = a
                j += 1
    return owners
