"""Matching the store's summits, agreements and actors to the gold, and scoring each category.

- Actors match by name: any label of the resource (or its Wikidata id) against the gold's
  names and aliases.
- A summit matches a gold summit when its date agrees at the gold's precision (an undated gold
  summit takes any date) and they share a participant, a person standing also for the country
  or organization it represents; lacking participants, the location decides, then the name.
- An agreement matches when the parties overlap and the date agrees, or the names are close
  (half their content words shared).
- Records pair one to one, preferring pairs that agree on more (participants, place, exact date,
  name, sectors, same article). A gold record still unpaired may then share a record already
  paired with a gold record of another article: the same event annotated in two articles is one
  resource in a graph that merges them.
- Participants and sectors are scored as pairs within matched summits.
- Gold records of articles the store does not hold are never matched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from rdflib.term import Node, URIRef

from kg.evaluate.assignment import max_weight_matching
from kg.evaluate.gold import Gold, GoldRecord
from kg.evaluate.graph import GraphView
from kg.evaluate.metrics import Score, score_pairs
from kg.evaluate.names import date_agrees, format_date, jaccard, key, norm, tokens
from kg.vocab import DKG

_CERTAIN = 10000.0  # added to every weight: more pairs always beat better-agreeing pairs
_CLOSE_NAME = 0.5  # token overlap from which two names are "close"

Weight = Callable[[GoldRecord, "Extracted"], "float | None"]


@dataclass(frozen=True, slots=True)
class Extracted:
    """A summit or agreement of the store, with what matching looks at."""

    node: Node
    label: str
    dates: list[tuple[int, ...]]
    members: list[Node]  # participants or parties
    stands_for: dict[Node, set[int]]  # member → the gold actors it can stand for
    location_keys: set[str]
    names: list[frozenset[str]]  # the content words of each label
    sectors: list[Node]
    sector_keys: set[str]
    articles: set[str]  # gold article stems it is traced to

    @property
    def gold_actors(self) -> set[int]:
        return set().union(*self.stands_for.values()) if self.stands_for else set()

    def title(self) -> str:
        return f"{self.label} [{', '.join(format_date(d) for d in self.dates) or '?'}]"


class Scorer:
    """Scores one store against one gold; ``present`` are the gold articles the store holds."""

    def __init__(self, gold: Gold, view: GraphView, present: set[str]) -> None:
        self.gold, self.view, self.present = gold, view, present
        self._ids: dict[Node, set[int]] = {}

    # -- actors --------------------------------------------------------------------------
    def gold_ids(self, node: Node) -> set[int]:
        """The gold actors the resource names (by label or Wikidata id)."""
        if node not in self._ids:
            self._ids[node] = self.gold.actors_named(self.view.keys(node))
        return self._ids[node]

    def stands_for(self, node: Node) -> set[int]:
        """A participant stands for the actors it names and (a person) for whom it represents."""
        ids = set(self.gold_ids(node))
        for represented in self.view.rel(DKG.represents).get(node, ()):
            ids |= self.gold_ids(represented)
        return ids

    def actors(self) -> Score:
        findable = {i for i, a in enumerate(self.gold.actors) if a.articles & self.present}
        found: set[int] = set()
        unknown: dict[str, str] = {}  # normalized name → display name
        for node in self.view.instances(DKG.Actor):
            ids = self.gold_ids(node) & findable
            found |= ids
            if not ids:
                unknown.setdefault(norm(self.view.display(node)), self.view.display(node))
        score = Score(len(found), len(found) + len(unknown), len(found), len(self.gold.actors))
        score.false_positives = sorted(unknown.values(), key=str.casefold)
        missed = set(range(len(self.gold.actors))) - found
        score.false_negatives = sorted((self.gold.actor_name(i) for i in missed), key=str.casefold)
        return score

    # -- records -------------------------------------------------------------------------
    def extracted(self, node: Node, member_prop: URIRef, sector_prop: URIRef, *, located: bool) -> Extracted:
        view = self.view
        members = view.values(node, member_prop)
        sectors = view.values(node, sector_prop)
        locations = view.values(node, DKG.location) if located else []
        return Extracted(
            node=node,
            label=view.display(node),
            dates=view.dates(node),
            members=members,
            stands_for={m: self.stands_for(m) for m in members},
            location_keys=set().union(*(view.keys(x) for x in locations)),
            names=[tokens(label) for _, label in view.labels.get(node, ())],
            sectors=sectors,
            sector_keys=set().union(*(view.keys(s) for s in sectors)),
            articles=view.articles_of(node, self.gold.files),
        )

    def summits(self) -> dict[str, Score]:
        nodes = self.view.instances(DKG.Summit)
        records = [self.extracted(n, DKG.participant, DKG.discussedSector, located=True) for n in nodes]
        golds = self.gold.summits
        pairs = self.match(golds, records, summit_weight, dated=True)
        scores = {"summits": _record_score(golds, records, pairs), "participants": Score(), "sectors": Score()}
        for xi, matched in _groups(golds, pairs).items():
            self._score_members(scores["participants"], records[xi], matched)
            self._score_sectors(scores["sectors"], records[xi], matched)
        self._count_unheld(scores, golds)
        return scores

    def agreements(self) -> Score:
        nodes = self.view.instances(DKG.Agreement)
        records = [self.extracted(n, DKG.party, DKG.coversSector, located=False) for n in nodes]
        golds = self.gold.agreements
        return _record_score(golds, records, self.match(golds, records, agreement_weight, dated=False))

    def _score_members(self, score: Score, x: Extracted, matched: list[GoldRecord]) -> None:
        score_pairs(
            score,
            x.members,
            [g.members for g in matched],
            lambda e, g: g in x.stands_for.get(e, ()),
            show=(self.view.display, self.gold.actor_name),
            context=matched[0].name,
        )

    def _score_sectors(self, score: Score, x: Extracted, matched: list[GoldRecord]) -> None:
        score_pairs(
            score,
            x.sectors,
            [g.sectors for g in matched],
            lambda e, g: g in self.view.keys(e),
            show=(self.view.display, self.gold.sector_name),
            context=matched[0].name,
            optional=[s for g in matched for s in g.sectors_optional],
        )

    def _count_unheld(self, scores: dict[str, Score], golds: list[GoldRecord]) -> None:
        """The participants and sectors of summits of articles the store lacks: all missed."""
        for g in golds:
            if g.article not in self.present:
                _count_missed(scores["participants"], g.name, [self.gold.actor_name(i) for i in g.members])
                _count_missed(scores["sectors"], g.name, [self.gold.sector_name(s) for s in g.sectors])

    # -- pairing -------------------------------------------------------------------------
    def match(
        self, golds: list[GoldRecord], records: list[Extracted], weight: Weight, *, dated: bool
    ) -> dict[int, int]:
        """{gold index: record index}: first one to one, then per article (see the module doc)."""
        edges = _candidate_edges(golds, records, weight, dated=dated, present=self.present)
        pairs = max_weight_matching(edges)
        taken = {(golds[gi].article, xi) for gi, xi in pairs.items()}
        per_article: dict[str, dict[tuple[int, int], float]] = defaultdict(dict)
        for (gi, xi), w in edges.items():
            g, x = golds[gi], records[xi]
            if gi in pairs or (g.article, xi) in taken or (x.articles and g.article not in x.articles):
                continue
            if not is_weak(g, x):
                per_article[g.article][(gi, xi)] = w
        for article in sorted(per_article):
            pairs.update(max_weight_matching(per_article[article]))
        return pairs


def _count_missed(score: Score, context: str, names: list[str]) -> None:
    score.gold += len(names)
    score.false_negatives += [f"{context} :: {n}" for n in names]


def _candidate_edges(
    golds: list[GoldRecord], records: list[Extracted], weight: Weight, *, dated: bool, present: set[str]
) -> dict[tuple[int, int], float]:
    by_year: dict[int, list[int]] = defaultdict(list)
    for xi, x in enumerate(records):
        for year in {d[0] for d in x.dates}:
            by_year[year].append(xi)
    edges = {}
    for gi, g in enumerate(golds):
        if g.article not in present:
            continue
        pool = by_year.get(g.date[0], []) if dated and g.date else range(len(records))
        for xi in pool:
            w = weight(g, records[xi])
            if w is not None:
                edges[(gi, xi)] = w
    return edges


def _groups(golds: list[GoldRecord], pairs: dict[int, int]) -> dict[int, list[GoldRecord]]:
    """record index → the gold records paired with it, in record order."""
    groups: dict[int, list[GoldRecord]] = defaultdict(list)
    for gi, xi in pairs.items():
        groups[xi].append(golds[gi])
    return dict(sorted(groups.items()))


def _record_score(golds: list[GoldRecord], records: list[Extracted], pairs: dict[int, int]) -> Score:
    used = set(pairs.values())
    score = Score(len(used), len(records), len(pairs), len(golds))
    score.false_positives = [x.title() for xi, x in enumerate(records) if xi not in used]
    score.false_negatives = [g.title() for gi, g in enumerate(golds) if gi not in pairs]
    return score


# -- how well a record agrees with a gold record ---------------------------------------------
def _name_closeness(g: GoldRecord, x: Extracted) -> float:
    return max((jaccard(g.tokens, words) for words in x.names), default=0.0)


def _location_agrees(g: GoldRecord, x: Extracted) -> bool:
    return bool(g.location) and key(g.location) in x.location_keys


def _sector_overlap(g: GoldRecord, x: Extracted) -> float:
    expected = set(g.sectors) | set(g.sectors_optional)
    if not expected or not x.sectors:
        return 0.0
    return len(expected & x.sector_keys) / len(expected)


def _bonus(g: GoldRecord, x: Extracted) -> float:
    exact_date = g.date is not None and g.date in x.dates
    return 0.5 * exact_date + 0.5 * _sector_overlap(g, x) + 3.0 * (g.article in x.articles)


def is_weak(g: GoldRecord, x: Extracted) -> bool:
    """A pair resting only on shared participants: undated gold, neither place nor name agrees."""
    return g.date is None and not _location_agrees(g, x) and _name_closeness(g, x) < _CLOSE_NAME


def summit_weight(g: GoldRecord, x: Extracted) -> float | None:
    """None when the summits cannot be the same, else how well they agree."""
    if g.date is not None and not any(date_agrees(g.date, d) for d in x.dates):
        return None
    located, closeness = _location_agrees(g, x), _name_closeness(g, x)
    if g.members and x.members:
        shared = len(set(g.members) & x.gold_actors)
        if not shared:
            return None
        w = shared / len(set(g.members))
    elif g.location:  # one side lacks participants: the place decides
        if not located:
            return None
        w = 0.0
    elif closeness >= _CLOSE_NAME:
        w = 0.0
    else:
        return None
    return _CERTAIN + w + 0.5 * located + 0.5 * closeness + _bonus(g, x)


def agreement_weight(g: GoldRecord, x: Extracted) -> float | None:
    """None when the agreements cannot be the same, else how well they agree."""
    closeness = _name_closeness(g, x)
    date_ok = g.date is None or any(date_agrees(g.date, d) for d in x.dates)
    shared = len(set(g.members) & x.gold_actors)
    if not ((shared and date_ok) or closeness >= _CLOSE_NAME):
        return None
    return _CERTAIN + shared / max(len(set(g.members)), 1) + closeness + _bonus(g, x)
