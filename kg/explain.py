"""Plain-words reasons why the ontology and the data are inconsistent.

HermiT (through owlready2) only says *that* a knowledge base is inconsistent. This module finds
*why*, for the clashes our ontology can produce: an individual in two disjoint classes (its
types asserted, or implied by the domain and range of the properties it is used with, or
shared through owl:sameAs), two values of a functional data property, and a literal outside
its property's range (an enumeration such as dkg:status, or an OWL 2 datatype such as
xsd:nonNegativeInteger). Dates (xsd:date, xsd:gYearMonth, xsd:gYear) are left out, as HermiT
runs with unsupported datatypes ignored.

>>> from rdflib import Graph
>>> onto = Graph().parse(data='''@prefix owl: <http://www.w3.org/2002/07/owl#> .
... @prefix ex: <http://example.org/> . ex:A a owl:Class ; owl:disjointWith ex:B . ex:B a owl:Class .''')
>>> data = Graph().parse(data='@prefix ex: <http://example.org/> . ex:x a ex:A , ex:B .')
>>> explain(onto, data)[0].startswith("http://example.org/x is both an A and a B, which are disjoint")
True
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from kg.vocab import DKG, PREFIXES

_SCHEMA_NAMESPACES = (str(OWL), str(RDF), str(RDFS), str(XSD))
_INTEGERS = {
    XSD.integer: (None, None),
    XSD.nonNegativeInteger: (0, None),
    XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0),
    XSD.negativeInteger: (None, -1),
    XSD.long: (None, None),
    XSD.int: (None, None),
    XSD.short: (None, None),
    XSD.byte: (None, None),
    XSD.unsignedLong: (0, None),
    XSD.unsignedInt: (0, None),
    XSD.unsignedShort: (0, None),
    XSD.unsignedByte: (0, None),
}
_STRINGS = {XSD.string, XSD.normalizedString, XSD.token, XSD.language, XSD.Name, XSD.NCName, XSD.NMTOKEN}
_NUMBERS = {XSD.decimal, *_INTEGERS}


@dataclass(frozen=True, slots=True)
class Why:
    """One class an individual belongs to, and the fact that puts it there."""

    cls: URIRef
    because: str


def explain(ontology: Graph, data: Graph) -> list[str]:
    """Sentences naming the individuals and axioms behind an inconsistency (empty if none found).

    Args:
        ontology: the TBox and reference individuals (all ontology modules merged).
        data: the article graphs (or a file) being reasoned over.
    """
    kb = _Kb(ontology + data)
    return sorted(set(kb.disjointness_clashes()) | set(kb.functional_clashes()) | set(kb.range_clashes()))


def short(term: Node) -> str:
    """A prefixed name (dkg:Person) for ontology terms; a full IRI for individuals."""
    text = str(term)
    for prefix, ns in PREFIXES.items():
        if prefix != "dkgr" and text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


class _Kb:
    """The merged graph with the told hierarchy precomputed."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.classes = {c for c in graph.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
        self.data_properties = set(graph.subjects(RDF.type, OWL.DatatypeProperty))
        self.schema_subjects = self.classes | self._properties()
        self.mentioned: dict[Node, list[Node]] = defaultdict(list)
        for s, o in graph.subject_objects(DKG.mentionedIn):
            self.mentioned[s].append(o)

    def _properties(self) -> set[Node]:
        kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
        return {p for kind in kinds for p in self.g.subjects(RDF.type, kind)}

    # -- the told hierarchy ---------------------------------------------------------------
    def closure(self, start: Node, *links: URIRef, both: tuple[URIRef, ...] = ()) -> list[Node]:
        """start and everything reachable through the links (named nodes only), in BFS order."""
        seen, queue = [start], [start]
        while queue:
            node = queue.pop(0)
            nxt = [o for link in links + both for o in self.g.objects(node, link)]
            nxt += [s for link in both for s in self.g.subjects(link, node)]
            for other in nxt:
                if isinstance(other, URIRef) and other not in seen:
                    seen.append(other)
                    queue.append(other)
        return seen

    def superclasses(self, cls: Node) -> list[Node]:
        return self.closure(cls, RDFS.subClassOf, both=(OWL.equivalentClass,))

    def superproperties(self, prop: Node) -> list[Node]:
        return self.closure(prop, RDFS.subPropertyOf, both=(OWL.equivalentProperty,))

    def inverses(self, prop: Node) -> list[Node]:
        return list(self.g.objects(prop, OWL.inverseOf)) + list(self.g.subjects(OWL.inverseOf, prop))

    # -- what each individual is, and why ------------------------------------------------
    def abox(self) -> Iterator[tuple[Node, Node, Node]]:
        """Assertions about named individuals (not about classes, properties or axiom nodes)."""
        for s, p, o in self.g:
            if not isinstance(s, BNode) and s not in self.schema_subjects:
                yield s, p, o

    def reasons(self) -> dict[Node, list[Why]]:
        """Every individual's direct classes with the fact behind each."""
        out: dict[Node, list[Why]] = defaultdict(list)
        for s, p, o in self.abox():
            if p == RDF.type:
                if o in self.classes and not str(o).startswith(_SCHEMA_NAMESPACES):
                    out[s].append(Why(o, f"it is typed {short(o)}"))  # type: ignore[arg-type]
                continue
            if p == OWL.sameAs or str(p).startswith(_SCHEMA_NAMESPACES):
                continue
            for why_s, why_o in self._implied(s, p, o):
                if why_s is not None:
                    out[s].append(why_s)
                if why_o is not None:
                    out[o].append(why_o)
        return out

    def _implied(self, s: Node, p: Node, o: Node) -> Iterator[tuple[Why | None, Why | None]]:
        """Classes implied for subject and object by the domains and ranges of p's super-properties."""
        for q in self.superproperties(p):
            via = short(p) if q == p else f"{short(p)} (a sub-property of {short(q)})"
            for d in self.g.objects(q, RDFS.domain):
                if isinstance(d, URIRef):
                    yield Why(d, f"it has a {via}, whose domain is {short(d)}"), None
            if isinstance(o, Literal):
                continue
            for r in self.g.objects(q, RDFS.range):
                if isinstance(r, URIRef) and r in self.classes:
                    yield None, Why(r, f"it is the {via} of {short(s)}, whose range is {short(r)}")
            for inv in self.inverses(q):
                for d in self.g.objects(inv, RDFS.domain):
                    if isinstance(d, URIRef):
                        yield (
                            None,
                            Why(
                                d, f"{short(s)} has it as {via}, the inverse of {short(inv)} whose domain is {short(d)}"
                            ),
                        )

    def aliases(self) -> dict[Node, set[Node]]:
        """owl:sameAs clusters: each individual → every individual it is the same as (itself included)."""
        parent: dict[Node, Node] = {}

        def find(x: Node) -> Node:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        pairs = [(s, o) for s, o in self.g.subject_objects(OWL.sameAs) if not isinstance(o, Literal)]
        for s, o in pairs:
            if find(s) != find(o):
                parent[find(s)] = find(o)
        groups: dict[Node, set[Node]] = defaultdict(set)
        for x in {n for pair in pairs for n in pair}:
            groups[find(x)].add(x)
        return {x: group for group in groups.values() for x in group}

    # -- the clashes ------------------------------------------------------------------------
    def disjoint_pairs(self) -> list[tuple[Node, Node]]:
        """Pairs of disjoint named classes, in the order the axioms give them."""
        pairs: list[tuple[Node, Node]] = list(self.g.subject_objects(OWL.disjointWith))
        lists = [self.g.value(axiom, OWL.members) for axiom in self.g.subjects(RDF.type, OWL.AllDisjointClasses)]
        lists += [union for _, union in self.g.subject_objects(OWL.disjointUnionOf)]
        for head in lists:
            members = list(Collection(self.g, head)) if head is not None else []  # type: ignore[arg-type]
            pairs += [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
        seen: set[frozenset[Node]] = set()
        out: list[tuple[Node, Node]] = []
        for a, b in pairs:
            if isinstance(a, URIRef) and isinstance(b, URIRef) and a != b and frozenset((a, b)) not in seen:
                seen.add(frozenset((a, b)))
                out.append((a, b))
        return out

    def disjointness_clashes(self) -> Iterator[str]:
        reasons, aliases, pairs = self.reasons(), self.aliases(), self.disjoint_pairs()
        for x in sorted(set(reasons) | set(aliases), key=str):
            if isinstance(x, BNode):
                continue
            memberships = self._memberships(x, reasons, aliases.get(x, {x}))
            clashes = [(a, b) for a, b in pairs if a in memberships and b in memberships]
            for a, b in self._most_specific(clashes):
                yield self._disjoint_sentence(x, a, b, memberships[a], memberships[b])

    def _most_specific(self, clashes: list[tuple[Node, Node]]) -> list[tuple[Node, Node]]:
        """Drop a clash another one implies: Person/Place goes when Person/Country (Country ⊑ Place) is there."""

        def implies(narrow: tuple[Node, Node], broad: tuple[Node, Node]) -> bool:
            (a, b), (c, d) = narrow, broad
            return narrow != broad and (
                (c in self.superclasses(a) and d in self.superclasses(b))
                or (d in self.superclasses(a) and c in self.superclasses(b))
            )

        return [pair for pair in clashes if not any(implies(other, pair) for other in clashes)]

    def _memberships(self, x: Node, reasons: dict[Node, list[Why]], same: Iterable[Node]) -> dict[Node, str]:
        """Each class x belongs to (superclasses included) → the first fact that puts it there."""
        out: dict[Node, str] = {}
        for member in sorted(same, key=lambda m: (m != x, str(m))):
            for why in reasons.get(member, []):
                because = why.because if member == x else _through_alias(member, why.because)
                for cls in self.superclasses(why.cls):
                    out.setdefault(cls, because if cls == why.cls else f"{because}, a subclass of {short(cls)}")
        return out

    def _disjoint_sentence(self, x: Node, a: Node, b: Node, why_a: str, why_b: str) -> str:
        return (
            f"{x} is both {self.a_label(a)} and {self.a_label(b)}, which are disjoint ({short(a)}, {short(b)}): "
            f"{self.label(a)} because {why_a}; {self.label(b)} because {why_b}.{self.where(x)}"
        )

    def functional_clashes(self) -> Iterator[str]:
        for prop in sorted(self.g.subjects(RDF.type, OWL.FunctionalProperty), key=str):
            by_subject: dict[Node, set[Literal]] = defaultdict(set)
            for s, o in self.g.subject_objects(prop):
                if isinstance(o, Literal):
                    by_subject[s].add(_normal(o))
            for s, values in sorted(by_subject.items(), key=lambda kv: str(kv[0])):
                if len(values) > 1:
                    shown = ", ".join(sorted(f'"{v}"' for v in values))
                    yield (
                        f"{s} has {len(values)} values of {short(prop)} ({shown}), but {short(prop)} is "
                        f"functional: it takes at most one value.{self.where(s)}"
                    )

    def range_clashes(self) -> Iterator[str]:
        for prop in sorted(self.data_properties, key=str):
            ranges = [r for q in self.superproperties(prop) for r in self.g.objects(q, RDFS.range)]
            for s, o in sorted(self.g.subject_objects(prop), key=lambda so: (str(so[0]), str(so[1]))):
                if not isinstance(o, Literal):
                    continue
                for r in ranges:
                    problem = self._outside(o, r)
                    if problem:
                        yield f'{s} has {short(prop)} "{o}", {problem}.{self.where(s)}'

    def _outside(self, value: Literal, rng: Node) -> str | None:
        """Why the literal is outside the data range, or None if it fits (or HermiT ignores it)."""
        allowed = self.g.value(rng, OWL.oneOf) if isinstance(rng, BNode) else None
        if allowed is not None:
            options = list(Collection(self.g, allowed))  # type: ignore[arg-type]
            if _normal(value) not in {_normal(v) for v in options if isinstance(v, Literal)}:
                return "which is not one of the values its range allows (" + ", ".join(f'"{v}"' for v in options) + ")"
            return None
        if isinstance(rng, URIRef) and not _fits_datatype(value, rng):
            return f"outside the range {short(rng)}"
        return None

    # -- wording ------------------------------------------------------------------------------
    def label(self, cls: Node) -> str:
        labels = [lab for lab in self.g.objects(cls, RDFS.label) if isinstance(lab, Literal)]
        english = [lab for lab in labels if lab.language == "en"] or labels
        return str(english[0]) if english else re.split(r"[#/:]", short(cls))[-1]

    def a_label(self, cls: Node) -> str:
        text = self.label(cls)
        return ("an " if text[:1].lower() in "aeiou" else "a ") + text

    def where(self, x: Node) -> str:
        articles = sorted(str(a) for a in self.mentioned.get(x, []))
        return f" Mentioned in {', '.join(articles)}." if articles else ""


def _through_alias(member: Node, because: str) -> str:
    """Reword a reason given for an owl:sameAs alias so that it names the alias."""
    told = f"{member}{because[2:]}" if because.startswith("it ") else because.replace(" it as ", f" {member} as ")
    return f"it is owl:sameAs {member}, and {told}"


def _normal(value: Literal) -> Literal:
    """A plain literal and an xsd:string literal are the same value."""
    if value.language is None and value.datatype is None:
        return Literal(str(value), datatype=XSD.string)
    return value


def _fits_datatype(value: Literal, rng: URIRef) -> bool:
    """Whether a literal is in an OWL 2 datatype's value space; True for datatypes we don't check."""
    datatype = value.datatype or (RDF.langString if value.language else XSD.string)
    if rng in _STRINGS:
        return datatype in _STRINGS
    if rng == XSD.decimal:
        return datatype in _NUMBERS and not value.ill_typed
    if rng in _INTEGERS:
        if datatype not in _INTEGERS or value.ill_typed:
            return False
        low, high = _INTEGERS[rng]
        number = int(str(value))
        return (low is None or number >= low) and (high is None or number <= high)
    return True
