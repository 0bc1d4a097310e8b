"""The embedded store: a persistent pyoxigraph database, one named graph per article.

The only module that imports pyoxigraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import QueryError, StoreError

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
}
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX|BASE)\s[^\n]*\n\s*|#[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.I,
)

Term = ox.NamedNode | ox.BlankNode | ox.Literal


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """Open (and on first write, create) the on-disk store.

    Raises:
        StoreError: the directory is not a store, is locked by another process, or is absent
            when opened read-only.
    """
    try:
        if read_only:
            if not path.is_dir():
                raise StoreError(path, "no store here; run `kg build` first or pass --store")
            return ox.Store.read_only(str(path))
        return ox.Store(str(path))
    except OSError as e:
        raise StoreError(path, f"cannot open store ({_first_line(e)})") from None


def memory_store(files: Iterable[Path], graph: str | None = None) -> ox.Store:
    """An in-memory store holding the given Turtle files (in one named graph if given)."""
    store = ox.Store()
    for path in files:
        load_file(store, path, graph)
    return store


def load_file(store: ox.Store, path: Path, graph: str | None = None) -> None:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    target = ox.NamedNode(graph) if graph else None
    try:
        store.load(path=str(path), format=fmt, to_graph=target)
    except SyntaxError as e:
        raise StoreError(path, f"not valid RDF ({_first_line(e)})") from None


def replace_graph(store: ox.Store, graph: str, triples: Iterable[tuple[Node, Node, Node]]) -> None:
    """Replace one named graph's content in a single update: all or nothing."""
    body = "\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in triples)
    request = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"
    try:
        store.update(request)
    except (OSError, SyntaxError) as e:
        raise StoreError(graph, f"write failed, previous version kept ({_first_line(e)})") from None


def remove_graph(store: ox.Store, graph: str) -> None:
    store.update(f"DROP SILENT GRAPH <{graph}>")


def graph_names(store: ox.Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def graph_value(store: ox.Store, graph: str, subject: str, predicate: str) -> str | None:
    """One literal value from one graph, e.g. an article's stored content hash."""
    quads = store.quads_for_pattern(
        ox.NamedNode(subject), ox.NamedNode(predicate), None, ox.NamedNode(graph)
    )
    for quad in quads:
        return str(quad.object.value)
    return None


def triple_count(store: ox.Store) -> int:
    return len(store)


@dataclass(frozen=True, slots=True)
class Rows:
    """SELECT results: variable names and rows of pyoxigraph terms (None when unbound)."""

    columns: list[str]
    rows: list[list[Term | None]]


def select(
    store: ox.Store,
    sparql: str,
    substitutions: dict[str, Term] | None = None,
    *,
    source: str = "query",
) -> Rows:
    """Run a read-only SELECT over the union of all graphs.

    Raises:
        QueryError: the text is an update, not a SELECT, or not valid SPARQL.
    """
    if _UPDATE.match(sparql):
        raise QueryError(source, "updates are refused: kg query is read-only")
    subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
    try:
        result = store.query(sparql, use_default_graph_as_union=True, substitutions=subs)
    except SyntaxError as e:
        raise QueryError(source, f"invalid SPARQL ({_first_line(e)})") from None
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(source, "only SELECT queries can be shown as rows")
    columns = [v.value for v in result.variables]
    rows = [[solution[c] for c in columns] for solution in result]
    return Rows(columns, rows)


def dump(
    store: ox.Store, out: IO[bytes], fmt: str, *, graphs: list[str] | None = None,
    prefixes: dict[str, str] | None = None,
) -> None:
    """Write quads (trig, nquads) or the union of the given graphs as triples."""
    rdf_format = FORMATS[fmt]
    if rdf_format.supports_datasets:
        quads = sorted(_quads(store, graphs), key=_quad_key)
        ox.serialize(quads, out, rdf_format, prefixes=prefixes)
    else:
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in _quads(store, graphs)}, key=_triple_key)
        ox.serialize(triples, out, rdf_format, prefixes=prefixes)


def _quads(store: ox.Store, graphs: list[str] | None) -> Iterator[ox.Quad]:
    if graphs is None:
        yield from store
        return
    for g in graphs:
        yield from store.quads_for_pattern(None, None, None, ox.NamedNode(g))


def _quad_key(q: ox.Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


def _triple_key(t: ox.Triple) -> tuple[str, str, str]:
    return (str(t.subject), str(t.predicate), str(t.object))


def to_rdflib(term: Term) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def from_rdflib(term: Node) -> Term:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def graph_to_rdflib(store: ox.Store, graphs: list[str]) -> Graph:
    """The union of some named graphs as one rdflib Graph (for pySHACL and owlready2)."""
    g = Graph()
    for quad in _quads(store, graphs):
        g.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return g


def _nt(term: Node) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    return term.n3()


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
