"""A read-only view of the store for scoring: what the article graphs say, read with the ontology.

The ontology supplies subclasses, subproperties, inverses and labels; owl:sameAs (and
skos:exactMatch, schema:sameAs) make one resource of several IRIs; only types stated in the
article graphs make a resource count as extracted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import BNode, Literal, Node, URIRef

from kg.evaluate.names import Date, key, parse_date, wikidata_id
from kg.store import Store, graph_names, graph_triples
from kg.vocab import DKG, ONTOLOGY_GRAPH

_SAME_AS = (OWL.sameAs, SKOS.exactMatch, URIRef("https://schema.org/sameAs"), URIRef("http://schema.org/sameAs"))
_LABELS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
_MIN_TAIL = 8  # "000_423e0a95" is traced by "423e0a95..." too: IRIs often change the '_'


class GraphView:
    """The store's triples indexed by predicate, with the closures scoring needs."""

    def __init__(self, db: Store) -> None:
        self._pairs: dict[Node, set[tuple[Node, Node]]] = defaultdict(set)
        self._literals: dict[Node, set[Literal]] = defaultdict(set)
        self._data_types: set[tuple[Node, Node]] = set()
        self._graphs: dict[Node, set[URIRef]] = defaultdict(set)  # subject → article graphs it is in
        for name in graph_names(db):
            self._add(graph_triples(db, name), None if name == str(ONTOLOGY_GRAPH) else URIRef(name))
        self._rep = _same_as_representatives(self.pairs(*_SAME_AS))
        self._members: dict[Node, set[Node]] = defaultdict(set)
        for node, rep in self._rep.items():
            self._members[rep].add(node)
        self._sub_classes = _closure_index(self.pairs(RDFS.subClassOf), self.pairs(OWL.equivalentClass))
        for kind in (DKG.Person, DKG.Country, DKG.Organization):
            self._sub_classes[DKG.Actor].add(kind)
        self._sub_props = _closure_index(self.pairs(RDFS.subPropertyOf), self.pairs(OWL.equivalentProperty))
        self._inverses: dict[Node, set[Node]] = defaultdict(set, {SKOS.broader: {SKOS.narrower}})
        for p, q in self.pairs(OWL.inverseOf):
            self._inverses[p].add(q)
            self._inverses[q].add(p)
        self._rel_cache: dict[Node, dict[Node, set[Node]]] = {}
        self.labels: dict[Node, list[tuple[Node, Literal]]] = defaultdict(list)
        for prop in set().union(*(self.sub_props(p) for p in _LABELS)):
            for s, o in self._pairs.get(prop, ()):
                if isinstance(o, Literal):
                    self.labels[self.rep(s)].append((prop, o))

    def _add(self, triples: Iterable[tuple[Node, Node, Node]], graph: URIRef | None) -> None:
        for s, p, o in triples:
            self._pairs[p].add((s, o))
            if isinstance(o, Literal):
                self._literals[s].add(o)
            if graph is not None:
                self._graphs[s].add(graph)
                if p == RDF.type:
                    self._data_types.add((s, o))

    # -- terms -------------------------------------------------------------------------
    def pairs(self, *props: Node) -> list[tuple[Node, Node]]:
        return [pair for p in props for pair in self._pairs.get(p, ())]

    def rep(self, node: Node) -> Node:
        """The one resource standing for all the IRIs owl:sameAs makes equal to ``node``."""
        return self._rep.get(node, node)

    def members(self, node: Node) -> set[Node]:
        return self._members.get(node) or {node}

    def sub_classes(self, cls: Node) -> set[Node]:
        return _reachable(self._sub_classes, cls)

    def sub_props(self, prop: Node) -> set[Node]:
        return _reachable(self._sub_props, prop)

    def instances(self, cls: Node) -> list[Node]:
        """Resources the article graphs type as ``cls`` or a subclass, in IRI order."""
        classes = self.sub_classes(cls)
        return sorted({self.rep(s) for s, t in self._data_types if t in classes}, key=str)

    def rel(self, prop: Node) -> dict[Node, set[Node]]:
        """{subject: objects} for ``prop``, its subproperties and the inverse of its inverses."""
        if prop not in self._rel_cache:
            out: dict[Node, set[Node]] = defaultdict(set)
            props = self.sub_props(prop)
            for s, o in self.pairs(*props):
                out[self.rep(s)].add(self.rep(o))
            inverse = set().union(*(self.sub_props(i) for q in props for i in self._inverses.get(q, ())))
            for s, o in self.pairs(*inverse):
                if not isinstance(o, Literal):
                    out[self.rep(o)].add(self.rep(s))
            self._rel_cache[prop] = out
        return self._rel_cache[prop]

    def values(self, node: Node, prop: Node) -> list[Node]:
        return sorted(self.rel(prop).get(node, ()), key=str)

    # -- what a resource is called, when and where it was said -----------------------------
    def keys(self, node: Node) -> set[str]:
        """Matching keys of every label of the resource, and ``wd:Q..`` for its Wikidata ids."""
        if isinstance(node, Literal):
            found = {key(node)}
        else:
            found = {key(label) for _, label in self.labels.get(node, ())}
            found |= {f"wd:{q}" for m in self.members(node) if (q := wikidata_id(str(m)))}
        found.discard("")
        return found

    def display(self, node: Node) -> str:
        """The resource's English name if it has one, else another label, else its IRI's tail."""
        if isinstance(node, Literal):
            return str(node)
        labels = self.labels.get(node)
        if labels:
            return str(min(labels, key=_label_preference)[1])
        iri = str(node)
        return "<" + (iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri) + ">"

    def dates(self, node: Node) -> list[Date]:
        out: list[Date] = []
        for value in self.values(node, DKG.date):
            date = parse_date(value) if isinstance(value, Literal) else None
            if date and date not in out:
                out.append(date)
        return out

    def articles_of(self, node: Node, stems: Iterable[str]) -> set[str]:
        """The gold articles (by stem) a resource is traced to: by dkg:mentionedIn or by the
        article graphs it is described in, whose name or literals carry the article's file name."""
        mentioned = self.rel(DKG.mentionedIn)
        sources = set(mentioned.get(node, ()))
        for graph in set().union(*(self._graphs.get(m, set()) for m in self.members(node))):
            sources.add(self.rep(graph))
            sources |= mentioned.get(self.rep(graph), set())
        return {s for s in stems if any(_traces(s, self._text(x)) for x in sources)}

    def article_stems(self, stems: Iterable[str]) -> set[str]:
        """The gold articles (by stem) the store holds: named by an article or an article graph."""
        wanted = list(stems)
        found: set[str] = set()
        for node in self.instances(DKG.Article) + [URIRef(g) for g in {g for gs in self._graphs.values() for g in gs}]:
            text = self._text(node)
            found |= {s for s in wanted if _traces(s, text)}
        return found

    def _text(self, node: Node) -> str:
        if isinstance(node, Literal):
            return str(node)
        members = self.members(node)
        return "\n".join([str(m) for m in members] + [str(o) for m in members for o in self._literals.get(m, ())])


def _traces(stem: str, text: str) -> bool:
    tail = stem.split("_", 1)[1] if "_" in stem else ""
    return stem in text or (len(tail) >= _MIN_TAIL and tail in text)


def _label_preference(item: tuple[Node, Literal]) -> tuple[int, int, str]:
    prop, label = item
    lang = (label.language or "").lower()
    return (
        0 if lang.startswith("en") else 1 if not lang else 2,
        0 if prop in (RDFS.label, SKOS.prefLabel) else 1,
        str(label),
    )


def _same_as_representatives(pairs: list[tuple[Node, Node]]) -> dict[Node, Node]:
    """node → its representative: per group of equal IRIs, the first by (is Wikidata, is blank, IRI)."""
    parent: dict[Node, Node] = {}

    def find(x: Node) -> Node:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def rank(x: Node) -> tuple[bool, bool, str]:
        return (wikidata_id(str(x)) is not None, isinstance(x, BNode), str(x))

    for s, o in pairs:
        if isinstance(o, Literal):
            continue
        a, b = sorted((find(s), find(o)), key=rank)
        if a != b:
            parent[b] = a
    return {x: find(x) for x in list(parent)}


def _closure_index(narrower: list[tuple[Node, Node]], equivalent: list[tuple[Node, Node]]) -> dict[Node, set[Node]]:
    """{term: its direct subterms} from (sub, super) and (equivalent, equivalent) pairs."""
    index: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in narrower:
        index[sup].add(sub)
    for a, b in equivalent:
        index[b].add(a)
        index[a].add(b)
    return index


def _reachable(index: dict[Node, set[Node]], top: Node) -> set[Node]:
    seen, todo = {top}, [top]
    while todo:
        for sub in index.get(todo.pop(), ()):
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return seen
