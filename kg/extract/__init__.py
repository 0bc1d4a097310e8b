"""Mentions → facts: actors, summits, agreements, sectors, memberships and figures.

``assemble`` runs the extractors in a fixed order over one article; each reads what the
previous ones found from the shared ``Doc`` and adds its own findings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kg.lexicon import Lexicon
from kg.model import Actor, Article, Extraction, Mention, Sentence
from kg.patterns import cues

T = TypeVar("T")

DOCUMENT_SET_REACH = 3  # "... meneken sembilan kesepakatan. Dari sembilan itu, panitia merinci tiga. Yang terbesar ..."
SET_ITEMS_REACH = 12  # sentences after a counted set of documents that may tell its documents one by one


@dataclass(slots=True)
class Doc:
    """One article under extraction: its sentences, mentions and what has been found so far."""

    article: Article
    sentences: list[Sentence]
    mentions: list[list[Mention]]  # per sentence, in text order
    lexicon: Lexicon
    actors: dict[str, Actor] = field(default_factory=dict)
    # per sentence: (offset, actor IRI) of the actors it speaks of, pronouns resolved
    sentence_actors: list[list[tuple[int, str]]] = field(default_factory=list)
    # (cue name, sentence index) → the cue's matches in that sentence: several rules ask each
    # sentence the same question, and the large cue patterns are most of extraction's time
    _cue_matches: dict[tuple[str, int], tuple[re.Match[str], ...]] = field(default_factory=dict)
    _once: dict[Callable[..., Any], Any] = field(default_factory=dict)

    def text(self, i: int) -> str:
        return self.sentences[i].text

    def cue_matches(self, name: str, i: int) -> tuple[re.Match[str], ...]:
        """Every match of the cue pattern ``name`` in sentence i, in text order (searched once)."""
        key = (name, i)
        found = self._cue_matches.get(key)
        if found is None:
            found = self._cue_matches[key] = tuple(cues()[name].finditer(self.sentences[i].text))
        return found

    def once(self, compute: Callable[[Doc], T]) -> T:
        """``compute(self)``, computed at most once per article: for what reads only the article's
        text (its sentences and day of publication), which several extractors ask for."""
        if compute not in self._once:
            self._once[compute] = compute(self)
        return self._once[compute]  # type: ignore[no-any-return]

    def cue(self, name: str, i: int) -> re.Match[str] | None:
        """The first match of the cue pattern ``name`` in sentence i: ``cues()[name].search`` of its text."""
        found = self.cue_matches(name, i)
        return found[0] if found else None

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding an offset into the article's text."""
        return max(bisect.bisect_right([s.start for s in self.sentences], offset) - 1, 0)

    def kinds(self, i: int, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions[i] if m.kind in kinds]

    def one_of_the_documents_told(self, i: int) -> bool:
        """ "Di antaranya ...", "Among them ...", right after sentences that told documents."""
        told = any(self.kinds(k, "Agreement") for k in range(max(0, i - DOCUMENT_SET_REACH), i))
        return told and (self.cue("one_of_them", i) is not None or self.cue("other_documents", i) is not None)

    def kind_of(self, iri: str) -> str:
        """ "Person", "Country", "Organization" ...: of an actor of the article, else of the lexicon's concept."""
        actor = self.actors.get(iri)
        return actor.kind if actor is not None else self.lexicon.kinds.get(iri, "")

    def roll_up(self, iris: list[str]) -> set[str]:
        """The actors and whom the persons among them represent."""
        out = set(iris)
        for iri in iris:
            actor = self.actors.get(iri)
            if actor is not None:
                out.update(actor.represents)
        return out


def assemble(
    article: Article, sentences: list[Sentence], mentions: list[list[Mention]], lexicon: Lexicon
) -> Extraction:
    """Everything the extractors read from one article."""
    from kg.extract import actors, agreements, coref, facts, places, sectors, summits

    doc = Doc(article, sentences, mentions, lexicon)
    places.keep_local_homonyms(doc)
    actors.find_actors(doc)
    meetings = coref.merge_mentions(doc, summits.find_summits(doc))
    documents = agreements.find_agreements(doc, meetings)
    sectors.attach_sectors(doc, meetings, documents)
    for a in documents:
        a.adopted_key = None if a.adopted_at is None else str(a.adopted_at)
    memberships, figures = facts.find_facts(doc, meetings)
    return Extraction(
        article=article,
        sentences=tuple(sentences),
        actors=tuple(sorted(doc.actors.values(), key=lambda a: a.iri)),
        summits=tuple(s.freeze(str(n)) for n, s in enumerate(meetings.summits)),
        agreements=tuple(a.freeze() for a in documents),
        memberships=tuple(memberships),
        figures=tuple(figures),
    )
