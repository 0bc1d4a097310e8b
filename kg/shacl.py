"""A compiled SHACL engine for small graphs: the shapes are read once, each graph checked in about 1 ms.

pySHACL takes 0.1–0.3 s for one article's graph, most of it fixed cost per call, which caps a
build at a few articles per second. This module reads the same shapes graph (shapes/*.ttl stays
the contract) and evaluates the SHACL Core constraints it uses, giving the results pySHACL gives
with ``inference="none", advanced=True, allow_warnings=True, allow_infos=True``: the same focus
nodes, paths, values, severities and sh:message texts (tests/test_shacl.py compares the two on
generated and mutated graphs). Where pySHACL would generate a message because a shape has no
sh:message, the wording here is close to, not the same as, pySHACL's.

Shapes that use anything else (SHACL rules, custom targets or components, property paths other
than IRI, inverse, sequence and alternative paths, property-pair and closed constraints, ...)
raise ``Unsupported`` at compile time, and the caller falls back to pySHACL.

SPARQL-based constraints run with ``$this`` pre-bound, once per focus node, through a
``Sparql`` callable: on a small in-memory pyoxigraph store of the article, or on the build
store itself with the article's graph as the default graph.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import Node as _Node

from kg.validate import Finding

Node = _Node  # any RDF term
Triple = tuple[Node, Node, Node]
# (query text, $this or None for unbound) → solutions, each a dict of the bound variables
Sparql = Callable[[str, Node | None], list[dict[str, Node]]]

_ALLOWED = {SH.Warning, SH.Info}  # pySHACL's allow_warnings/allow_infos: such shapes still conform
_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
_TARGETS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf}
_NOT_CONSTRAINTS = _TARGETS | {
    SH.path,
    SH.property,
    SH.message,
    SH.severity,
    SH.deactivated,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.defaultValue,
    SH.declare,
    SH.prefixes,
    SH.sparql,
}
_CONSTRAINTS = {
    SH.minCount,
    SH.maxCount,
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH["in"],
    SH.pattern,
    SH.flags,
    SH.minLength,
    SH.maxLength,
    SH.hasValue,
    SH.node,
    SH["or"],
    SH["and"],
    SH["not"],
    SH.xone,
    SH.uniqueLang,
    SH.languageIn,
    SH.lessThan,
    SH.qualifiedValueShape,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint,
}
_NODE_KINDS = {
    SH.IRI: (URIRef,),
    SH.BlankNode: (BNode,),
    SH.Literal: (Literal,),
    SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal),
    SH.IRIOrLiteral: (URIRef, Literal),
}
_PYTHON_TYPES: dict[URIRef, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}
RDF_TYPE, SUBCLASS = RDF.type, RDFS.subClassOf
LANG_STRING, XSD_STRING, RDFS_LITERAL, RDFS_DATATYPE = RDF.langString, XSD.string, RDFS.Literal, RDFS.Datatype
TARGET_NODE, TARGET_CLASS, TARGET_SUBJECTS = SH.targetNode, SH.targetClass, SH.targetSubjectsOf
_PREBOUND = re.compile(r"\$(PATH|currentShape|shapesGraph|value)\b")
# A query whose WHERE starts with a triple pattern on $this, and that has no sub-select and no
# solution modifiers, gives for each focus node exactly the rows it gives with $this pre-bound:
# such a query runs once per graph and its rows are grouped by ?this.
_STARTS_WITH_THIS = re.compile(r"\bSELECT\s+(?:DISTINCT\s+)?[^{}]*\$this\b[^{}]*\bWHERE\s*\{\s*\$this\b", re.I)
_NOT_ONCE = re.compile(r"\b(BIND|VALUES|LIMIT|OFFSET|GROUP|HAVING|SERVICE|ORDER)\b", re.I)


def _runs_once(text: str) -> bool:
    selects = len(re.findall(r"\bSELECT\b", text, re.I))
    return selects == 1 and bool(_STARTS_WITH_THIS.search(text)) and not _NOT_ONCE.search(text)


class Unsupported(Exception):
    """The shapes use a SHACL feature this engine does not evaluate; use pySHACL."""


# -- the data side --------------------------------------------------------------------------
class Data:
    """One graph, indexed for the lookups shapes make."""

    def __init__(
        self, triples: Iterable[Triple], sparql: Sparql | None = None, *, terms: dict[Node, Node] | None = None
    ) -> None:
        """``terms``: the shapes' own term objects (``Validator.terms``). Every term is replaced by
        one object per distinct term, these first, so that the lookups shapes make are found by
        identity: rdflib compares unequal objects of one term in Python, which cost more than
        the checks themselves."""
        self.out: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
        self.instances: dict[Node, set[Node]] = defaultdict(set)
        self._in: dict[Node, dict[Node, list[Node]]] | None = None
        self._by_predicate: dict[Node, list[tuple[Node, Node]]] | None = None
        self._closures: dict[Node, set[Node]] = {}
        self.triples: list[Triple] = []
        same = dict(terms) if terms else {}
        same.setdefault(RDF_TYPE, RDF_TYPE)
        one = same.setdefault
        rdf_type = same[RDF_TYPE]
        for t in triples:
            s, p, o = one(t[0], t[0]), one(t[1], t[1]), one(t[2], t[2])
            self.out[s][p].append(o)
            self.triples.append((s, p, o))
            if p is rdf_type:
                self.instances[o].add(s)
        self.sparql = sparql
        self._grouped: dict[str, dict[Node, list[dict[str, Node]]]] = {}

    def rows(self, query: str, focus: Node, *, once: bool) -> list[dict[str, Node]]:
        """A SPARQL constraint's rows for one focus node."""
        if self.sparql is None:
            raise Unsupported("a SPARQL constraint needs a SPARQL runner")
        if not once:
            return self.sparql(query, focus)
        grouped = self._grouped.get(query)
        if grouped is None:
            grouped = self._grouped[query] = defaultdict(list)
            for row in self.sparql(query, None):
                grouped[row["this"]].append(row)
        return grouped.get(focus, [])

    def objects(self, s: Node, p: Node) -> list[Node]:
        by_p = self.out.get(s)
        return by_p.get(p, []) if by_p is not None else []

    def subjects(self, p: Node, o: Node) -> list[Node]:
        if self._in is None:
            self._in = defaultdict(lambda: defaultdict(list))
            for s, p2, o2 in self.triples:
                self._in[o2][p2].append(s)
        by_p = self._in.get(o)
        return by_p.get(p, []) if by_p is not None else []

    def with_predicate(self, p: Node) -> list[tuple[Node, Node]]:
        """The (subject, object) pairs of the triples whose predicate is ``p``."""
        if self._by_predicate is None:
            self._by_predicate = defaultdict(list)
            for s, p2, o in self.triples:
                self._by_predicate[p2].append((s, o))
        return self._by_predicate.get(p, [])

    def superclasses(self, cls: Node) -> set[Node]:
        """cls and everything it is an rdfs:subClassOf*, in this graph."""
        seen, todo = {cls}, [cls]
        while todo:
            for sup in self.objects(todo.pop(), SUBCLASS):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        return seen

    def subclasses(self, cls: Node) -> set[Node]:
        seen, todo = {cls}, [cls]
        while todo:
            for sub in self.subjects(SUBCLASS, todo.pop()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        return seen

    def has_class(self, node: Node, cls: Node) -> bool:
        if isinstance(node, Literal):
            return False
        return any(cls in self._closure(t) for t in self.objects(node, RDF_TYPE))

    def _closure(self, cls: Node) -> set[Node]:
        """``superclasses``, remembered: the same few classes are asked about for every node."""
        found = self._closures.get(cls)
        if found is None:
            found = self._closures[cls] = self.superclasses(cls)
        return found


# -- the shapes side ------------------------------------------------------------------------
@dataclass(slots=True)
class Result:
    focus: Node
    path: Node | None
    value: Node | None
    severity: Node
    messages: list[Literal]


Check = Callable[["Shape", Data, Node, list[Node]], list[tuple[Any, ...]]]


@dataclass(slots=True)
class Shape:
    node: Node
    severity: Node
    messages: list[Literal]
    path: Callable[[Data, Node], list[Node]] | None = None
    path_node: Node | None = None
    targets: list[tuple[Node, Node]] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    deactivated: bool = False
    # whether a check can fail on a focus node with no values (sh:minCount, a SPARQL
    # constraint ...): a shape without one has nothing to say about such a node
    on_empty: bool = True

    def values(self, data: Data, focus: Node) -> list[Node]:
        if self.path is None:
            return [focus]
        found = self.path(data, focus)
        return list(dict.fromkeys(found)) if len(found) > 1 else list(found)

    def focus_nodes(self, data: Data) -> set[Node]:
        found: set[Node] = set()
        for kind, value in self.targets:
            if kind == TARGET_NODE:
                found.add(value)
            elif kind == TARGET_CLASS:
                for cls in data.subclasses(value):
                    found.update(data.instances.get(cls, ()))
            elif kind == TARGET_SUBJECTS:
                found.update(s for s, _ in data.with_predicate(value))
            else:
                found.update(o for _, o in data.with_predicate(value))
        return found

    def results(self, data: Data, focus: Node, depth: int = 0) -> list[Result]:
        if self.deactivated:
            return []
        values = self.values(data, focus)
        if not values and not self.on_empty:
            return []
        out: list[Result] = []
        for check in self.checks:
            for value, extra, *more in check(self, data, focus, values):
                # more: the inner results of sh:node (pySHACL reports them too, as sh:detail),
                # and a SPARQL constraint's ?path
                details = more[0] if more else []
                path = more[1] if len(more) > 1 and more[1] is not None else self.path_node
                messages = self.messages + [m for m in extra or [] if m not in self.messages]
                if not messages and hasattr(check, "generic"):
                    messages = [Literal(check.generic(focus, value, path))]
                out.append(Result(focus, path, value, self.severity, messages))
                out.extend(details)
        for prop in self.properties:  # a property shape's own sh:property: its values are the focus
            for v in values:
                out.extend(prop.results(data, v, depth + 1))
        return out

    def conforms(self, data: Data, focus: Node, depth: int = 0) -> bool:
        """Conformance as pySHACL sees it inside sh:node, sh:or ...: a Warning or Info shape conforms."""
        if depth > 32:
            raise Unsupported("recursive shapes")
        if self.deactivated or self.severity in _ALLOWED:
            return True
        values = self.values(data, focus)
        if not values and not self.on_empty:
            return True
        if any(check(self, data, focus, values) for check in self.checks):
            return False
        return all(p.conforms(data, v, depth + 1) for p in self.properties for v in values)


class Validator:
    """The compiled shapes graph.

    Raises:
        Unsupported: (at construction) the shapes use a feature this engine does not evaluate.
    """

    def __init__(self, shapes: Graph) -> None:
        self._graph = shapes
        self._shapes: dict[Node, Shape] = {}
        top = {s for p in _TARGETS for s in shapes.subjects(p, None)}
        for cls in (RDFS.Class, OWL.Class):
            top |= {s for s in shapes.subjects(RDF.type, cls) if (s, RDF.type, SH.NodeShape) in shapes}
        self.top = [self.shape(s) for s in sorted(top, key=str)]
        # the shapes' term objects, for ``Data`` to use in place of equal ones (see there)
        self.terms: dict[Node, Node] = {RDF_TYPE: RDF_TYPE, SUBCLASS: SUBCLASS}
        for triple in shapes:
            for term in triple:
                self.terms.setdefault(term, term)

    def data(self, triples: Iterable[Triple], sparql: Sparql | None = None) -> Data:
        """A graph to check, indexed with the shapes' own term objects."""
        return Data(triples, sparql, terms=self.terms)

    def check(self, data: Data) -> list[Finding]:
        """Every result for the graph, as Findings sorted as kg.validate sorts them."""
        findings: list[Finding] = []
        for shape in self.top:
            for focus in shape.focus_nodes(data):
                findings.extend(_finding(r) for r in shape.results(data, focus))
        return sorted(findings, key=lambda f: (f.focus, f.path, f.message))

    def shape(self, node: Node) -> Shape:
        if node not in self._shapes:
            self._shapes[node] = self._compile(node)
        return self._shapes[node]

    def _compile(self, node: Node) -> Shape:
        g = self._graph
        severity = g.value(node, SH.severity) or SH.Violation
        shape = Shape(node, severity, sorted(_literals(g.objects(node, SH.message)), key=str))
        self._shapes[node] = shape  # before the parts, so a recursive reference finds it
        shape.deactivated = bool(getattr(g.value(node, SH.deactivated), "value", False))
        for p in set(g.predicates(node, None)):
            if str(p).startswith(str(SH)) and p not in _NOT_CONSTRAINTS and p not in _CONSTRAINTS:
                raise Unsupported(f"{p} on shape {node}")
        shape.targets = [(p, o) for p in _TARGETS for o in g.objects(node, p)]
        if (node, RDF.type, RDFS.Class) in g or (node, RDF.type, OWL.Class) in g:
            shape.targets.append((SH.targetClass, node))
        path = g.value(node, SH.path)
        if path is not None:
            shape.path_node, shape.path = path, self._path(path)
        shape.checks = self._checks(node)
        shape.on_empty = any(getattr(check, "on_empty", False) for check in shape.checks)
        shape.properties = [self.shape(p) for p in sorted(g.objects(node, SH.property), key=str)]
        return shape

    def _path(self, path: Node) -> Callable[[Data, Node], list[Node]]:
        g = self._graph
        if isinstance(path, URIRef):
            return lambda data, focus: data.objects(focus, path)
        inverse = g.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            return lambda data, focus: data.subjects(inverse, focus)
        if (path, RDF.first, None) in g:
            steps = [self._path(p) for p in Collection(g, path)]
            return lambda data, focus: _sequence(steps, data, focus)
        alternatives = g.value(path, SH.alternativePath)
        if alternatives is not None:
            branches = [self._path(p) for p in Collection(g, alternatives)]
            return lambda data, focus: [v for b in branches for v in b(data, focus)]
        raise Unsupported(f"property path {path}")

    def _checks(self, node: Node) -> list[Check]:
        g = self._graph
        checks: list[Check] = []
        for p, o in sorted(g.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
            make = _FACTORIES.get(p)
            if make is not None:
                checks.append(make(self, node, o))
        checks.extend(self._sparql(s) for s in g.objects(node, SH.sparql))
        return checks

    def _list(self, node: Node) -> list[Node]:
        return list(Collection(self._graph, node))

    def _sparql(self, constraint: Node) -> Check:
        g = self._graph
        if not getattr(g.value(constraint, SH.select), "value", None):
            raise Unsupported(f"SPARQL constraint {constraint} without sh:select")
        text = str(g.value(constraint, SH.select))
        if _PREBOUND.search(text):
            raise Unsupported(f"SPARQL constraint {constraint} uses pre-bound variables other than $this")
        prefixes = ""
        for source in g.objects(constraint, SH.prefixes):
            for decl in g.objects(source, SH.declare):
                prefixes += f"PREFIX {g.value(decl, SH.prefix)}: <{g.value(decl, SH.namespace)}>\n"
        query = f"{prefixes}\n{text}"
        extra = sorted(_literals(g.objects(constraint, SH.message)), key=str)
        deactivated = bool(getattr(g.value(constraint, SH.deactivated), "value", False))
        once = _runs_once(text)

        def check(shape: Shape, data: Data, focus: Node, values: list[Node]) -> list[tuple[Any, ...]]:
            if deactivated:
                return []
            out: list[tuple[Any, ...]] = []
            seen: list[Any] = []
            for row in data.rows(query, focus, once=once):
                key = (
                    row.get("this"),
                    row.get("path"),
                    row.get("value"),
                    {k: v for k, v in row.items() if k not in ("this", "path", "value")},
                )
                if key in seen:
                    continue
                seen.append(key)
                value = row.get("value", focus if shape.path is None else None)
                path = row.get("path")
                bound = {**key[3], "this": row.get("this", focus), "path": path, "value": value}
                out.append((value, [_fill(m, bound) for m in extra] or None, [], path))
            return out

        return _on_empty(check)


def _show(graph: Graph | None, node: Node | None) -> str:
    """A node as pySHACL writes it in a generated message (``graph`` None: the data graph)."""
    from pyshacl.rdfutil.stringify import stringify_node  # only shapes without sh:message need it

    global _DATA_NAMES
    if graph is None:
        _DATA_NAMES = _DATA_NAMES or Graph()  # the prefixes an article graph has: rdflib's defaults
        graph = _DATA_NAMES
    if node is None:
        return "None"
    try:
        return str(stringify_node(graph, node))
    except (LookupError, ValueError):
        return str(node)


_DATA_NAMES: Graph | None = None


def _generic(text: Callable[[Node, Node | None, Node | None], str]) -> Callable[[Check], Check]:
    """Attach the message pySHACL generates for a result of a shape without sh:message."""

    def attach(check: Check) -> Check:
        check.generic = text  # type: ignore[attr-defined]
        return check

    return attach


def _on_empty(check: Check) -> Check:
    """Mark a check that can fail on a focus node without values (see ``Shape.on_empty``)."""
    check.on_empty = True  # type: ignore[attr-defined]
    return check


def _sequence(steps: Sequence[Callable[[Data, Node], list[Node]]], data: Data, focus: Node) -> list[Node]:
    nodes = [focus]
    for step in steps:
        nodes = list(dict.fromkeys(v for n in nodes for v in step(data, n)))
    return nodes


def _fill(message: Literal, bound: dict[str, Node | None]) -> Literal:
    text = str(message.value)
    for var, val in bound.items():
        if val is not None:
            text = re.sub(f"{{[?$]{var}}}", str(val), text)
    return Literal(text)


def _literals(nodes: Iterable[Node]) -> list[Literal]:
    return [n for n in nodes if isinstance(n, Literal)]


def _finding(r: Result) -> Finding:
    # mirrors kg.validate._findings, which reads one value of each with rdflib's Graph.value
    message = r.messages[0] if r.messages else None
    return Finding(
        severity=_SEVERITY.get(r.severity, "Violation") if isinstance(r.severity, URIRef) else "Violation",
        focus=str(r.focus),
        path=str(r.path or ""),
        message=str(message or "constraint not met"),
        value=str(r.value or "") if r.value is not None else "",
    )


# -- constraint components: each returns (value node or None, extra messages) per result ----
def _min_count(v: Validator, node: Node, n: Node) -> Check:
    limit = int(n)  # type: ignore[call-overload]
    check = _generic(lambda f, x, path: _count_message("Less", n, f, path, v._graph))(
        lambda shape, data, focus, values: [(None, None)] if len(values) < limit else []
    )
    return _on_empty(check) if limit > 0 else check


def _max_count(v: Validator, node: Node, n: Node) -> Check:
    limit = int(n)  # type: ignore[call-overload]
    return _generic(lambda f, x, path: _count_message("More", n, f, path, v._graph))(
        lambda shape, data, focus, values: [(None, None)] if len(values) > limit else []
    )


def _count_message(word: str, n: Node, focus: Node, path: Node | None, shapes: Graph) -> str:
    count = str(getattr(n, "value", n))
    if path is None:
        return f"{word} than {count} values on {_show(None, focus)}"
    return f"{word} than {count} values on {_show(None, focus)}->{_show(shapes, path)}"


def _class(v: Validator, node: Node, cls: Node) -> Check:
    return _generic(lambda f, x, p: f"Value does not have class {_show(v._graph, cls)}")(
        lambda shape, data, focus, values: [(x, None) for x in values if not data.has_class(x, cls)]
    )


def _datatype(v: Validator, node: Node, dt: Node) -> Check:
    rule = _DatatypeRule.of(dt)
    return _generic(lambda f, x, p: f"Value is not Literal with datatype {_show(v._graph, dt)}")(
        lambda shape, data, focus, values: [(x, None) for x in values if not _has_datatype(x, rule)]
    )


@dataclass(frozen=True, slots=True)
class _DatatypeRule:
    """An sh:datatype value, with the special cases it may be decided once (not per value)."""

    iri: str
    any_literal: bool  # rdfs:Literal
    any_datatype: bool  # rdfs:Datatype
    string: bool  # xsd:string
    lang_string: bool  # rdf:langString
    expected: type | tuple[type, ...] | None  # the Python type of a well-formed value

    @classmethod
    def of(cls, rule: Node) -> _DatatypeRule:
        return cls(
            str(rule),
            rule == RDFS_LITERAL,
            rule == RDFS_DATATYPE,
            rule == XSD_STRING,
            rule == LANG_STRING,
            _PYTHON_TYPES.get(rule),  # type: ignore[call-overload]
        )

    def python_type_ok(self, value: Literal) -> bool:
        return True if self.expected is None else isinstance(value.value, self.expected)


def _has_datatype(value: Node, rule: _DatatypeRule) -> bool:
    """pySHACL's DatatypeConstraintComponent, check for check."""
    if not isinstance(value, Literal):
        return False
    datatype = value.datatype
    # compared as text: a datatype is always an IRI, and rdflib compares two objects of one IRI in Python
    if datatype is not None and str.__eq__(datatype, rule.iri):
        if getattr(value, "ill_typed", None) is True:
            return False
        return rule.python_type_ok(value)
    if rule.any_literal:
        return True
    if rule.any_datatype and datatype:
        return True
    if datatype is None and value.language is None and rule.string:
        return rule.python_type_ok(value)
    if rule.lang_string and value.language:
        return rule.python_type_ok(value)
    return False


def _node_kind(v: Validator, node: Node, kind: Node) -> Check:
    if kind not in _NODE_KINDS:
        raise Unsupported(f"sh:nodeKind {kind}")
    types = _NODE_KINDS[kind]  # type: ignore[index]
    return lambda shape, data, focus, values: [(x, None) for x in values if not isinstance(x, types)]


def _in(v: Validator, node: Node, members: Node) -> Check:
    allowed = v._list(members)
    members_set = frozenset(allowed)  # found by hash, not by comparing with each member
    return _generic(lambda f, x, p: f"Value {_show(None, x)} not in list {[_show(v._graph, a) for a in allowed]}")(
        lambda shape, data, focus, values: [(x, None) for x in values if x not in members_set]
    )


def _pattern(v: Validator, node: Node, pattern: Node) -> Check:
    flags_text = str(v._graph.value(node, SH.flags) or "")
    flags = 0
    for letter, flag in (("i", re.I), ("m", re.M), ("s", re.S), ("x", re.X)):
        if letter in flags_text:
            flags |= flag
    regex = re.compile(str(pattern), flags)

    def matches(x: Node) -> bool:
        if isinstance(x, BNode):
            return False
        text = _string(x)
        return bool(regex.match(text) or regex.search(text))

    return _generic(lambda f, x, p: f"Value does not match pattern '{getattr(pattern, 'value', pattern)}'")(
        lambda shape, data, focus, values: [(x, None) for x in values if not matches(x)]
    )


def _string(x: Node) -> str:
    if isinstance(x, Literal) and x.value is not None and x.datatype in (None, LANG_STRING, XSD_STRING):
        return str(x.value)
    return str(x)


def _length(v: Validator, node: Node, n: Node, *, longest: bool) -> Check:
    limit = int(n)  # type: ignore[call-overload]

    def ok(x: Node) -> bool:
        if isinstance(x, BNode):
            return False
        size = len(_string(x))
        return size <= limit if longest else size >= limit

    return lambda shape, data, focus, values: [(x, None) for x in values if not ok(x)]


def _has_value(v: Validator, node: Node, wanted: Node) -> Check:
    return _on_empty(lambda shape, data, focus, values: [] if wanted in values else [(None, None)])


def _node(v: Validator, node: Node, other: Node) -> Check:
    def check(shape: Shape, data: Data, focus: Node, values: list[Node]) -> list[tuple[Any, ...]]:
        target = v.shape(other)
        out: list[tuple[Any, ...]] = []
        for x in values:
            # a node with no result conforms (every check passed), so conformance need not be asked
            nested = target.results(data, x)
            if nested:
                out.append((x, None, nested))
        return out

    return _generic(
        lambda f, x, p: f"Value does not conform to Shape {_show(v._graph, other)}. See details for more information."
    )(check)


_LOGICAL_WORDS = {
    "or": "must conform to one or more shapes in",
    "and": "must conform to all shapes in",
    "xone": "must conform to exactly one shape in",
}


def _logical(kind: str) -> Callable[[Validator, Node, Node], Check]:
    def make(v: Validator, node: Node, members: Node) -> Check:
        if kind == "not":

            def check_not(shape: Shape, data: Data, focus: Node, values: list[Node]) -> list[Any]:
                return [(x, None) for x in values if v.shape(members).conforms(data, x)]

            return _generic(
                lambda f, x, p: f"Node {_show(None, x)} must not conform to shape {_show(v._graph, members)}"
            )(check_not)
        listed = v._list(members)

        def check(shape: Shape, data: Data, focus: Node, values: list[Node]) -> list[Any]:
            out = []
            for x in values:
                if not _holds(kind, (v.shape(s).conforms(data, x) for s in listed)):
                    out.append((x, None))
            return out

        def message(f: Node, x: Node | None, p: Node | None) -> str:
            shapes = " , ".join(_show(v._graph, m) for m in v._graph.items(members))
            return f"Node {_show(None, x)} {_LOGICAL_WORDS[kind]} {shapes}"  # type: ignore[arg-type]

        return _generic(message)(check)

    return make


def _holds(kind: str, conforming: Iterator[bool]) -> bool:
    """Whether the members' conformance, asked in turn, satisfies sh:or, sh:and or sh:xone
    (asking no more members than that takes: the first conforming one settles sh:or)."""
    if kind == "or":
        return any(conforming)
    if kind == "and":
        return all(conforming)
    return sum(itertools.islice((c for c in conforming if c), 2)) == 1


def _unique_lang(v: Validator, node: Node, flag: Node) -> Check:
    on = getattr(flag, "value", None) is True

    def check(shape: Shape, data: Data, focus: Node, values: list[Node]) -> list[Any]:
        if not on:
            return []
        seen: set[str] = set()
        duplicated: set[str] = set()
        for x in values:
            if isinstance(x, Literal) and x.language:
                lang = str(x.language).lower()
                (duplicated if lang in seen else seen).add(lang)
        return [(None, None) for _ in duplicated]

    return _generic(lambda f, x, p: "More than one String shares the same Language")(check)


def _language_in(v: Validator, node: Node, members: Node) -> Check:
    wanted = {str(getattr(m, "value", m)).lower() for m in v._list(members)}

    def ok(x: Node) -> bool:
        if not isinstance(x, Literal) or not x.language:
            return False
        lang = str(x.language).lower()
        return "*" in wanted or lang in wanted or lang.split("-")[0] in wanted

    return _generic(lambda f, x, p: f"String language is not in {_show(v._graph, members)}")(
        lambda shape, data, focus, values: [(x, None) for x in values if not ok(x)]
    )


def _less_than(v: Validator, node: Node, other: Node) -> Check:
    if not isinstance(other, URIRef):
        raise Unsupported("sh:lessThan with a path that is not an IRI")

    def as_comparable(x: Node) -> tuple[bool, Any]:
        if isinstance(x, BNode):
            raise Unsupported("sh:lessThan on a blank node")
        if isinstance(x, URIRef):
            return True, str(x)
        if isinstance(x, Literal) and isinstance(x.value, str):
            return True, x.value
        return False, x

    def check(shape: Shape, data: Data, focus: Node, values: list[Node]) -> list[Any]:
        out = []
        compare = list(dict.fromkeys(data.objects(focus, other)))
        for x in values:
            x_str, x_val = as_comparable(x)
            for c in compare:
                c_str, c_val = as_comparable(c)
                if x_str != c_str or not x_val < c_val:
                    out.append((x, None))
        return out

    return _generic(lambda f, x, p: f"Value of {_show(None, f)}->{_show(v._graph, other)} >= {_show(None, x)}")(check)  # type: ignore[arg-type]


def _qualified(v: Validator, node: Node, qualified: Node) -> Check:
    g = v._graph
    if getattr(g.value(node, SH.qualifiedValueShapesDisjoint), "value", False):
        raise Unsupported("sh:qualifiedValueShapesDisjoint")
    low, high = g.value(node, SH.qualifiedMinCount), g.value(node, SH.qualifiedMaxCount)
    low_n = None if low is None else int(low)  # type: ignore[call-overload]
    high_n = None if high is None else int(high)  # type: ignore[call-overload]

    def check(shape: Shape, data: Data, focus: Node, values: list[Node]) -> list[Any]:
        target = v.shape(qualified)
        count = sum(target.conforms(data, x) for x in values)
        out = []
        if high_n is not None and count > high_n:
            out.append((None, None))
        if low_n is not None and count < low_n:
            out.append((None, None))
        return out

    def message(f: Node, x: Node | None, p: Node | None) -> str:
        counts = (f" MinCount {low_n}" if low_n is not None else "") + (
            f" MaxCount {high_n}" if high_n is not None else ""
        )
        return f"Focus node does not conform to shape{counts}: {_show(g, qualified)}"

    checked = _generic(message)(check)
    return _on_empty(checked) if low_n else checked


_FACTORIES: dict[Node, Callable[[Validator, Node, Node], Check]] = {
    SH.uniqueLang: _unique_lang,
    SH.languageIn: _language_in,
    SH.lessThan: _less_than,
    SH.qualifiedValueShape: _qualified,
    SH.minCount: _min_count,
    SH.maxCount: _max_count,
    SH["class"]: _class,
    SH.datatype: _datatype,
    SH.nodeKind: _node_kind,
    SH["in"]: _in,
    SH.pattern: _pattern,
    SH.minLength: lambda v, n, o: _length(v, n, o, longest=False),
    SH.maxLength: lambda v, n, o: _length(v, n, o, longest=True),
    SH.hasValue: _has_value,
    SH.node: _node,
    SH["or"]: _logical("or"),
    SH["and"]: _logical("and"),
    SH["not"]: _logical("not"),
    SH.xone: _logical("xone"),
}


def check_store(
    store: Any,
    validator: Validator,
    graphs: Iterable[str],
    reference: Callable[[list[Triple]], list[Triple]] | None = None,
) -> Iterator[tuple[str, list[Finding]]]:
    """Each named graph of a store checked on its own, as the build checked it.

    ``store`` is an open kg.store store; the graphs are read one at a time, so memory stays flat.
    The SPARQL constraints run on an in-memory copy of the graph, as in the build, so that a
    store on a SPARQL server is read once per graph, not asked once per focus node.
    ``reference``: a graph's triples → those and the reference data the shapes read with them
    (the types and labels of the gazetteer and sector concepts it links to).
    """
    from kg import store as kgstore

    for name in graphs:
        own = kgstore.graph_triples(store, name, simple_literals=True)
        triples = own if reference is None else reference(own)
        runner = kgstore.sparql_runner(kgstore.memory_graph(kgstore.ntriples(own)))
        yield name, validator.check(validator.data(triples, runner))
