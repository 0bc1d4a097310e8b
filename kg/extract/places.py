"""Places: what contains what, and which of several places named alike the story means."""

from __future__ import annotations

from collections import Counter

from kg.extract import Doc
from kg.lexicon import normalize_tokens
from kg.model import Mention

DKG = "https://w3id.org/dkg/ontology#"


def containers(doc: Doc, place: str) -> set[str]:
    """Every place that holds ``place``: its city, region, country."""
    out: set[str] = set()
    todo = [place]
    while todo:
        for up in doc.lexicon.related(todo.pop(), DKG + "locatedIn"):
            if up not in out:
                out.add(up)
                todo.append(up)
    return out


def keep_local_homonyms(doc: Doc) -> None:
    """ "Istana Negara" is a palace in Jakarta and one in Kuala Lumpur: where one name matched
    several places, keep those in the country the story is set in."""
    home = _story_country(doc)
    if home is None:
        return
    for i, row in enumerate(doc.mentions):
        shared = {span for span, n in Counter(_span(m) for m in row if m.kind == "Place").items() if n > 1}
        local = {_span(m) for m in row if _span(m) in shared and home in containers(doc, m.concept)}
        doc.mentions[i] = [
            m for m in row if _span(m) not in local or m.kind != "Place" or home in containers(doc, m.concept)
        ]


def _span(m: Mention) -> tuple[int, int]:
    return m.start, m.end


def _story_country(doc: Doc) -> str | None:
    """The country of the dateline's place, else the one that most of the story's unambiguous
    places lie in."""
    for entry in doc.lexicon.entries.get(normalize_tokens(doc.article.dateline or ""), []):
        if entry.kind == "Place":
            return next(iter(_countries(doc, entry.concept)), None)
    votes: Counter[str] = Counter()
    for row in doc.mentions:
        spans = Counter(_span(m) for m in row if m.kind == "Place")
        for m in row:
            if m.kind == "Place" and spans[_span(m)] == 1:
                votes.update(_countries(doc, m.concept))
    return votes.most_common(1)[0][0] if votes else None


def _countries(doc: Doc, place: str) -> set[str]:
    return {p for p in containers(doc, place) if doc.lexicon.kinds.get(p) == "Country"}
