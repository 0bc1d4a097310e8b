"""Everything the graph knows about one resource: what it is, its relations, and the sentences it was read from."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.iris import DKG
from kg.store import Store, select

_OUT = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?p ?o (SAMPLE(?l) AS ?label) WHERE {
  GRAPH ?g { ?x ?p ?o }
  # a gazetteer or sector concept's name is in the ontology graph, a minted resource's in its article
  OPTIONAL {
    { GRAPH <https://w3id.org/dkg/ontology> { ?o rdfs:label|skos:prefLabel ?l } }
    UNION { GRAPH ?g { ?o rdfs:label ?l } }
    FILTER (LANGMATCHES(LANG(?l), "en"))
  }
} GROUP BY ?p ?o ORDER BY ?p ?o"""
# Each graph on its own (GRAPH ?g): the union of the article graphs repeats a triple once per
# article holding it, and joins over it would multiply those copies.
_IN = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dkg: <https://w3id.org/dkg/ontology#>
SELECT DISTINCT ?s ?p (SAMPLE(?l) AS ?label) (SAMPLE(STR(?d)) AS ?date) WHERE {
  VALUES ?p { dkg:participant dkg:party dkg:signatory dkg:adoptedAt dkg:location dkg:represents dkg:memberOf
              dkg:seeksMembershipOf dkg:figureBetween }
  GRAPH ?g {
    ?s ?p ?x .
    OPTIONAL { ?s dkg:date ?d }
  }
  OPTIONAL { { GRAPH <https://w3id.org/dkg/ontology> { ?s rdfs:label ?l } } UNION { GRAPH ?g { ?s rdfs:label ?l } } }
} GROUP BY ?s ?p ORDER BY ?date ?s"""
_EVIDENCE = """
PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?quote ?article ?begin WHERE {
  GRAPH ?g {
    { ?ev dkg:supports ?x } UNION { ?ev dkg:supportsValue ?x }
    ?ev dkg:quote ?quote ; dkg:beginIndex ?begin ; dkg:mentionedIn/dkg:sourceFile ?file .
  }
  BIND (REPLACE(STR(?file), "^.*[/\\\\\\\\]", "") AS ?article)
} ORDER BY ?article ?begin"""
_SKIP = {DKG + "evidence", DKG + "participantCountry"}


@dataclass
class Profile:
    iri: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # (property, value as read)
    involved_in: list[tuple[str, str, str]] = field(default_factory=list)  # (role, resource, date)
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (article, quote)

    def as_json(self) -> dict:
        return {
            "iri": self.iri,
            "facts": [{"property": p, "value": v} for p, v in self.facts],
            "involvedIn": [{"role": r, "resource": n, "date": d} for r, n, d in self.involved_in],
            "evidence": [{"article": a, "quote": q} for a, q in self.evidence],
        }


def profile(db: Store, iri: ox.NamedNode) -> Profile:
    """What the store says about ``iri``, its incoming roles and its evidence sentences."""
    out = Profile(iri.value)
    for p, o, label in select(db, _OUT, {"x": iri}).rows:
        assert p is not None and o is not None
        if p.value in _SKIP:
            continue
        out.facts.append((_short(p.value), label.value if label is not None else _short(o.value)))
    for s, p, label, date in select(db, _IN, {"x": iri}).rows:
        assert s is not None and p is not None
        out.involved_in.append(
            (
                _short(p.value),
                label.value if label is not None else _short(s.value),
                date.value if date is not None else "",
            )
        )
    seen: set[str] = set()
    for quote, article, _ in select(db, _EVIDENCE, {"x": iri}).rows:
        assert quote is not None and article is not None
        if quote.value not in seen:
            seen.add(quote.value)
            out.evidence.append((article.value, quote.value))
    return out


def _short(iri: str) -> str:
    from kg.iris import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri
