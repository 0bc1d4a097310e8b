"""Precision and recall of what the store holds against an analyst's gold annotations.

The gold format is one YAML file per article (``article: NAME.txt``, ``actors``, ``summits``,
``agreements``). Matching, per article: actors by any of their labels; a summit when its date
agrees at the gold's precision and one participant is shared (a person also stands for whom
they represent); an agreement when a party is shared and the date agrees. Participants and
sectors are then scored as pairs of a matched summit.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import yaml

from kg.errors import InputError
from kg.store import Term, select

CATEGORIES = ("actors", "summits", "participants", "sectors", "agreements")

_ARTICLE_QUERY = """
PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?article WHERE { ?article a dkg:Article ; schema:identifier ?file }"""
_LABELS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?x ?label WHERE { VALUES ?p { rdfs:label skos:prefLabel skos:altLabel } ?x ?p ?label }"""
_ACTORS_QUERY = """
PREFIX dkg: <https://w3id.org/dkg/ontology#>
SELECT DISTINCT ?actor ?represents WHERE {
  ?actor a dkg:Actor ; dkg:mentionedIn ?article .
  OPTIONAL { ?actor dkg:represents ?represents }
}"""
_RECORDS_QUERY = """
PREFIX dkg: <https://w3id.org/dkg/ontology#>
SELECT ?record ?date ?member ?sector WHERE {
  ?record a ?class ; dkg:mentionedIn ?article .
  OPTIONAL { ?record dkg:date ?date }
  OPTIONAL { ?record ?memberProperty ?member }
  OPTIONAL { ?record ?sectorProperty ?sector }
}"""


@dataclass
class Score:
    """Counts behind precision, recall and F1 of one category."""

    true_extracted: int = 0
    extracted: int = 0
    true_gold: int = 0
    gold: int = 0

    def add(self, true_extracted: int, extracted: int, true_gold: int, gold: int) -> None:
        self.true_extracted += true_extracted
        self.extracted += extracted
        self.true_gold += true_gold
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.true_extracted / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.true_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class _Record:
    date: str | None
    members: set[str] = field(default_factory=set)  # actor IRIs
    sectors: set[str] = field(default_factory=set)  # sector IRIs


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", str(text).casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(folded.replace("-", " ").replace("–", " ").split())


def load_gold(gold_dir: Path) -> list[dict]:
    """Gold documents of a folder (files without an ``article`` key, like sectors.yaml, are skipped).

    Raises:
        InputError: a YAML file cannot be parsed, or the folder has no gold file.
    """
    docs = []
    for path in sorted(gold_dir.glob("*.y*ml")):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise InputError(path, f"not valid YAML ({str(e).splitlines()[0]})") from None
        if isinstance(doc, dict) and doc.get("article"):
            docs.append(doc)
    if not docs:
        raise InputError(gold_dir, "no gold annotation files (YAML with an 'article' key)")
    return docs


def evaluate(db: ox.Store, gold_dir: Path) -> dict[str, Score]:
    """Scores per category over every gold article found in the store."""
    labels = _labels(db)
    scores = {c: Score() for c in CATEGORIES}
    for doc in load_gold(gold_dir):
        article = _article_iri(db, str(doc["article"]))
        if article is None:
            continue
        _score_article(db, article, doc, labels, scores)
    return scores


def _labels(db: ox.Store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for x, label in select(db, _LABELS_QUERY).rows:
        if x is not None and label is not None:
            out[x.value].add(_norm(label.value))
    return out


def _article_iri(db: ox.Store, filename: str) -> str | None:
    rows = select(db, _ARTICLE_QUERY, {"file": ox.Literal(filename)}).rows
    return rows[0][0].value if rows and rows[0][0] is not None else None


def _score_article(
    db: ox.Store, article: str, doc: dict, labels: dict[str, set[str]], scores: dict[str, Score]
) -> None:
    subs: dict[str, Term] = {"article": ox.NamedNode(article)}
    names: dict[str, set[str]] = defaultdict(set)  # actor IRI → its labels and those it represents
    for actor, rep in select(db, _ACTORS_QUERY, subs).rows:
        assert actor is not None
        names[actor.value] |= labels.get(actor.value, set())
        if rep is not None:
            names[actor.value] |= labels.get(rep.value, set())
    own = {a: labels.get(a, set()) for a in names}
    gold_actors = {_norm(a["name"] if isinstance(a, dict) else a) for a in doc.get("actors") or []}
    _pairs(scores["actors"], set(own), gold_actors, own)
    summits = _records(db, subs, "Summit", "participant", "discussedSector")
    _score_records(doc.get("summits") or [], summits, "participants", scores, "summits", names, labels)
    agreements = _records(db, subs, "Agreement", "party", "coversSector")
    _score_records(doc.get("agreements") or [], agreements, "parties", scores, "agreements", names, labels)


def _pairs(
    score: Score,
    extracted: set[str],
    gold: set[str],
    names: dict[str, set[str]],
    optional: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Count extracted IRIs that name a gold item, and gold items some extracted IRI names."""
    kept = {e for e in extracted if names.get(e, set()) & gold or not names.get(e, set()) & optional}
    true_extracted = sum(1 for e in kept if names.get(e, set()) & gold)
    true_gold = sum(1 for g in gold if any(g in names.get(e, set()) for e in kept))
    score.add(true_extracted, len(kept), true_gold, len(gold))


def _records(db: ox.Store, subs: dict[str, Term], cls: str, member_prop: str, sector_prop: str) -> dict[str, _Record]:
    dkg = "https://w3id.org/dkg/ontology#"
    bound = dict(
        subs,
        **{
            "class": ox.NamedNode(dkg + cls),
            "memberProperty": ox.NamedNode(dkg + member_prop),
            "sectorProperty": ox.NamedNode(dkg + sector_prop),
        },
    )
    records: dict[str, _Record] = {}
    for record, date, member, sector in select(db, _RECORDS_QUERY, bound).rows:  # type: ignore[arg-type]
        assert record is not None
        r = records.setdefault(record.value, _Record(date.value if date is not None else None))
        if member is not None:
            r.members.add(member.value)
        if sector is not None:
            r.sectors.add(sector.value)
    return records


def _date_agrees(gold: object, extracted: str | None) -> bool:
    if gold in (None, ""):
        return True
    return extracted is not None and extracted.startswith(str(gold))


def _score_records(
    gold: list[dict],
    extracted: dict[str, _Record],
    member_key: str,
    scores: dict[str, Score],
    category: str,
    names: dict[str, set[str]],
    labels: dict[str, set[str]],
) -> None:
    used: set[str] = set()
    matched = 0
    for g in gold:
        members = {_norm(m) for m in g.get(member_key) or []}
        for iri, r in sorted(extracted.items()):
            covered = set().union(*(names.get(m, labels.get(m, set())) for m in r.members)) if r.members else set()
            if iri in used or not _date_agrees(g.get("date"), r.date) or (members and not members & covered):
                continue
            used.add(iri)
            matched += 1
            if category == "summits":
                _pairs(scores["participants"], r.members, members, names)
                optional = {_norm(s) for s in g.get("sectors_optional") or []}
                _pairs(scores["sectors"], r.sectors, {_norm(s) for s in g.get("sectors") or []}, labels, optional)
            break
    scores[category].add(matched, len(extracted), matched, len(gold))
