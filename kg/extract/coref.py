"""Event coreference: the mentions of one meeting across an article become one meeting.

News reports one visit as "kunjungan kenegaraan", "pembicaraan", "pertemuan bilateral": the
mentions without a date of their own are the dated meeting they agree with (same parties,
no conflicting place or status), nearest in the text, earlier ones first.
"""

from __future__ import annotations

from kg.extract import Doc
from kg.extract.summits import VISIT, Meetings, SummitDraft, merge_into, places_agree


def merge_mentions(doc: Doc, meetings: Meetings) -> Meetings:
    """Fold each undated meeting mention into the dated meeting it is part of."""
    summits = list(meetings.summits)
    target_of: dict[int, int] = {}
    for n, draft in enumerate(summits):
        if draft.date is not None or draft.past or draft.status != "held":
            continue  # a planned visit without a date is its own plan, not an alternative's
        target = _dated_match(doc, n, summits, target_of)
        if target is not None:
            merge_into(doc, summits[target], draft)
            target_of[n] = target
    kept = [n for n in range(len(summits)) if n not in target_of]
    _date_from_the_narrative(doc, [summits[n] for n in kept])
    for n in kept:
        _persons_stand_for_parties(doc, summits[n])
    index = {old: new for new, old in enumerate(kept)}
    scope = [None if k is None else index[target_of.get(k, k)] for k in meetings.scope]
    return Meetings([summits[n] for n in kept], scope)


def _dated_match(doc: Doc, n: int, summits: list[SummitDraft], merged: dict[int, int]) -> int | None:
    draft = summits[n]
    candidates = [
        k
        for k, s in enumerate(summits)
        if k != n and k not in merged and s.date is not None and not s.past and _agree(doc, draft, s)
    ]
    if not candidates:
        return None
    before = [k for k in candidates if summits[k].first <= draft.first]
    # a later meeting is only the same one when the paragraph goes on to date it
    block = doc.sentences[draft.first].block
    later = [k for k in candidates if summits[k].first > draft.first and doc.sentences[summits[k].first].block == block]
    pool = before or later
    if not pool:
        return None
    return min(pool, key=lambda k: abs(summits[k].first - draft.first))


def _agree(doc: Doc, mention: SummitDraft, meeting: SummitDraft) -> bool:
    """Same status, places that agree, the mention's parties among the meeting's, names that
    do not differ."""
    if mention.status != meeting.status or not places_agree(doc, mention.location, meeting.location):
        return False
    if mention.named and meeting.named and mention.kind != VISIT:
        return False
    own = parties(doc, mention)
    return bool(own) and own <= parties(doc, meeting)


def parties(doc: Doc, s: SummitDraft) -> set[str]:
    """The countries and organizations at a meeting, persons standing for whom they represent."""
    return {iri for iri in doc.roll_up(list(s.participants)) if _kind(doc, iri) != "Person"}


def _kind(doc: Doc, iri: str) -> str:
    actor = doc.actors.get(iri)
    return actor.kind if actor is not None else doc.lexicon.kinds.get(iri, "")


def _persons_stand_for_parties(doc: Doc, s: SummitDraft) -> None:
    """A country whose leader is named at the meeting is there through that person."""
    represented = {r for iri in s.participants if _kind(doc, iri) == "Person" for r in doc.actors[iri].represents}
    for iri in [p for p in s.participants if p in represented]:
        del s.participants[iri]


def _date_from_the_narrative(doc: Doc, summits: list[SummitDraft]) -> None:
    """A held meeting the text does not date took place in the time the story is telling:
    the month of the meeting reported before it (news tells its events in order)."""
    dated: list[SummitDraft] = []
    for s in sorted(summits, key=lambda s: s.first):
        if s.date is not None:
            if s.status == "held" and not s.past:
                dated.append(s)
            continue
        if s.status == "held" and not s.past and dated and dated[-1].date is not None:
            s.date = dated[-1].date.coarsen("month")
