"""The store: one named graph per article, in an embedded pyoxigraph database or on a SPARQL server.

The helpers here take either kind of store: an embedded pyoxigraph ``Store`` (a folder), or a
``kg.remote.RemoteStore`` (a SPARQL 1.1 server's URL), which answers the same calls over HTTP.
Only ``open_store`` tells them apart, and the two writes that a server does better in another
way (whole graphs through the Graph Store Protocol, one query for many IRIs) ask the server so.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeAlias, TypeVar

import pyoxigraph as ox

from kg.endpoints import Endpoints
from kg.errors import QueryError, StoreError

if TYPE_CHECKING:  # rdflib is imported where it is used: `kg query` never loads it
    from rdflib import Graph
    from rdflib.term import Node

    from kg.remote import RemoteStore

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Store: TypeAlias = "ox.Store | RemoteStore"
_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
T = TypeVar("T")


def open_store(path: Path | Endpoints, *, read_only: bool = False) -> Store:
    """Open (and on first write, create) the on-disk store, or connect to a SPARQL server.

    Raises:
        StoreError: the directory is not a store, is locked by another process, or is absent
            when opened read-only; the server does not answer.
    """
    if isinstance(path, Endpoints):
        return _connect(path)
    if path.exists() and not path.is_dir():
        raise StoreError(path, "not a store: a file, not a directory; pass --store DIR")
    try:
        if read_only:
            if not path.is_dir():
                raise StoreError(path, "no store here; run `kg build` first or pass --store")
            return ox.Store.read_only(str(path))
        return ox.Store(str(path))
    except (OSError, RuntimeError) as e:  # RocksDB reports a damaged store as RuntimeError("Corruption: ...")
        if "lock file" in str(e):  # RocksDB's own lock: another process has the store open for writing
            raise StoreError(
                path, f"the store is open for writing in another process; wait for it to finish ({_first_line(e)})"
            ) from None
        raise StoreError(path, f"cannot open store ({_first_line(e)})") from None


def _connect(endpoints: Endpoints) -> RemoteStore:
    from kg import remote

    try:
        return remote.connect(endpoints, os.environ)
    except (OSError, SyntaxError) as e:
        raise StoreError(endpoints, _first_line(e)) from None


def memory_store(files: Iterable[Path], graph: str | None = None) -> ox.Store:
    """An in-memory store holding the given Turtle files (in one named graph if given)."""
    store = ox.Store()
    for path in files:
        load_file(store, path, graph)
    return store


def load_file(store: Store, path: Path, graph: str | None = None) -> None:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    target = ox.NamedNode(graph) if graph else None
    try:
        store.load(path=str(path), format=fmt, to_graph=target)
    except SyntaxError as e:
        raise StoreError(path, f"not valid RDF ({_first_line(e)})") from None


def replace_graph_from_files(
    store: Store, graph: str, files: Iterable[Path], *, literals: Sequence[tuple[str, str, str]] = ()
) -> None:
    """Replace one named graph with what RDF files hold (and ``literals``: (subject, predicate,
    text) triples), all or nothing. Oxigraph parses the files (25 times as fast as rdflib); a
    graph new to the embedded store is added in one transaction, without an update to parse.

    Raises:
        StoreError: a file is not valid RDF, or the write was refused (nothing was written).
    """
    source = memory_store(files, graph)
    target = ox.NamedNode(graph)
    for s, p, text in literals:
        source.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.Literal(text), target))
    if isinstance(store, ox.Store) and not store.contains_named_graph(target):
        try:
            store.extend(source)
        except (OSError, RuntimeError) as e:
            raise StoreError(graph, f"write failed ({_first_line(e)})") from None
        return
    body = ox.serialize((q.triple for q in source), format=ox.RdfFormat.N_TRIPLES) or b""
    replace_graphs(store, [(graph, body.decode("utf-8"))])


def replace_graph(store: Store, graph: str, triples: Iterable[tuple[Node, Node, Node]]) -> None:
    """Replace one named graph's content in a single update: all or nothing."""
    replace_graphs(store, [(graph, ntriples(triples))])


def replace_graphs(store: Store, graphs: Sequence[tuple[str, str]], also: Sequence[str] = ()) -> None:
    """Replace several named graphs, each given as N-Triples text, in one update request.

    The request is one transaction: every graph is replaced, or none is, so each graph's
    replacement stays all or nothing however many share the request. ``also``: further update
    operations (from ``drop_graph_op`` and ``delete_op``) made in the same transaction. On a
    SPARQL server each graph is replaced in a request of its own (all or nothing for that graph),
    then ``also`` runs in one more. Graphs not in the store yet are loaded as N-Quads instead, in
    one transaction too.

    Raises:
        StoreError: the write was refused (nothing was written); the error names the first graph.
    """
    name = graphs[0][0] if len(graphs) == 1 else f"{graphs[0][0]} (and {len(graphs) - 1} more)"
    if not isinstance(store, ox.Store):  # a server replaces each graph in one PUT, blank nodes and all
        try:
            store.replace_graphs(graphs)
        except (OSError, SyntaxError) as e:
            raise StoreError(name, f"write failed, previous version kept ({_first_line(e)})") from None
        update(store, also, name)
        return
    if not also and _all_new(store, graphs):
        _load_new(store, graphs, name)
        return
    parts = []
    for graph, body in graphs:
        iri = _iri(graph)
        parts.append(f"DROP SILENT GRAPH {iri} ;\nINSERT DATA {{ GRAPH {iri} {{\n{body}\n}} }}")
    update(store, [*parts, *also], name)


def may_hold_graph(store: Store, graph: str) -> bool:
    """Whether the named graph may be in the store: an embedded store is asked; a server is
    assumed to hold it (asking would cost a request)."""
    return not isinstance(store, ox.Store) or store.contains_named_graph(ox.NamedNode(graph))


def _all_new(store: ox.Store, graphs: Sequence[tuple[str, str]]) -> bool:
    """No graph to replace is in the store yet, and none has a blank node (whose label would be
    shared across the graphs of one load)."""
    return all("_:" not in body and not store.contains_named_graph(ox.NamedNode(g)) for g, body in graphs)


def _load_new(store: ox.Store, graphs: Sequence[tuple[str, str]], name: str) -> None:
    """Write graphs that are not in the store yet as one N-Quads load: one transaction, like the
    update it stands for, and a quarter cheaper than parsing that update.

    Raises:
        StoreError: the write was refused (nothing was written).
    """
    lines = []
    for graph, body in graphs:
        iri = _iri(graph)
        # each N-Triples line ends in " ." (``ntriples`` and ``literal_triple`` write them so)
        lines += [f"{line[:-1]}{iri} ." for line in body.split("\n") if line]
    try:
        store.load("\n".join(lines), format=ox.RdfFormat.N_QUADS)
    except (OSError, SyntaxError) as e:
        raise StoreError(name, f"write failed, previous version kept ({_first_line(e)})") from None


def update(store: Store, operations: Sequence[str], name: str) -> None:
    """Run update operations as one request: one transaction, all or nothing.

    Raises:
        StoreError: the write was refused (nothing was written); the error names ``name``.
    """
    if not operations:
        return
    try:
        store.update(" ;\n".join(operations))
    except (OSError, SyntaxError) as e:
        raise StoreError(name, f"write failed, previous version kept ({_first_line(e)})") from None


def drop_graph_op(graph: str) -> str:
    """The update operation that removes one named graph and everything in it."""
    return f"DROP SILENT GRAPH {_iri(graph)}"


def delete_op(graph: str, ntriples_text: str) -> str:
    """The update operation that deletes the given N-Triples from one named graph."""
    return f"DELETE DATA {{ GRAPH {_iri(graph)} {{\n{ntriples_text}\n}} }}"


def literal_triple(subject: str, predicate: str, value: str) -> str:
    """One N-Triples line whose object is a plain string literal."""
    return f'{_iri(subject)} {_iri(predicate)} "{value.translate(_ESCAPES)}" .'


def ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """rdflib triples as N-Triples lines, the body of an INSERT DATA.

    Raises:
        StoreError: an IRI holds characters no IRI may hold (it would break the request).
    """
    from rdflib.term import BNode, Literal

    memo: dict[object, str] = {}

    def term(t: Node) -> str:
        text = memo.get(t)
        if text is None:
            if isinstance(t, Literal):
                text = _literal_nt(t)
            elif isinstance(t, BNode):
                text = f"_:{t}"
            else:
                text = _iri(str(t))
            memo[t] = text
        return text

    return "\n".join(f"{term(s)} {term(p)} {term(o)} ." for s, p, o in triples)


_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _iri(value: str) -> str:
    if _BAD_IRI.search(value):
        raise StoreError(value, "not a valid IRI (spaces, quotes or angle brackets)")
    return f"<{value}>"


def _literal_nt(lit: object) -> str:
    text = '"' + str(lit).translate(_ESCAPES) + '"'
    lang, datatype = lit.language, lit.datatype  # type: ignore[attr-defined]
    if lang:
        return f"{text}@{lang}"
    if datatype:
        return f"{text}^^{_iri(str(datatype))}"
    return text


def compact(store: Store) -> None:
    """Compact the embedded store's files now, after a large write.

    RocksDB otherwise compacts them in the background of the next process that opens the store
    for writing, rewriting the whole store (seconds at ten thousand articles) while that process
    works, and starting over in the next one when it ends first. A server compacts on its own.
    """
    if isinstance(store, ox.Store):
        store.optimize()


def remove_graph(store: Store, graph: str) -> None:
    store.update(f"DROP SILENT GRAPH <{graph}>")


def graph_names(store: Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def graph_value(store: Store, graph: str, subject: str, predicate: str) -> str | None:
    """One literal value from one graph, e.g. an article's stored content hash."""
    quads = store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None, ox.NamedNode(graph))
    for quad in quads:
        value = quad.object
        return value.value if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)) else str(value)
    return None


def own_values(store: Store, predicate: str) -> dict[str, str]:
    """For every named graph: the value of ``predicate`` on the graph's own name, read in one scan.

    The build reads each article's stored content hash this way, for all articles at once.
    """
    return {graph: value for graph, value in _own_pairs(store, predicate)}


def own_value_sets(store: Store, predicate: str) -> dict[str, set[str]]:
    """For every named graph: all values of ``predicate`` on the graph's own name, read in one scan."""
    out: dict[str, set[str]] = {}
    for graph, value in _own_pairs(store, predicate):
        out.setdefault(graph, set()).add(value)
    return out


def _own_pairs(store: Store, predicate: str) -> Iterator[tuple[str, str]]:
    """(graph, value) for each quad of ``predicate`` whose subject is its graph's name. An embedded
    store answers one query, handing two terms a row to Python instead of four a quad (1.5-2x
    faster over ten thousand articles)."""
    if isinstance(store, ox.Store):
        query = f"SELECT ?g ?v WHERE {{ GRAPH ?g {{ ?g {_iri(predicate)} ?v }} }}"
        for graph, value in store.query(query):  # type: ignore[misc,union-attr]
            yield graph.value, str(value.value)
        return
    for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode) and quad.subject == graph:
            yield graph.value, str(quad.object.value)  # type: ignore[union-attr]


def graphs_saying(store: Store, predicate: str, value: str) -> set[str]:
    """The named graphs that say ``<graph> <predicate> <value>`` of their own name (``value`` an
    IRI), in one scan: only the graph names are handed to Python, no value to decode."""
    if isinstance(store, ox.Store):
        query = f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g {_iri(predicate)} {_iri(value)} }} }}"
        return {row[0].value for row in store.query(query)}  # type: ignore[index,union-attr]
    found = store.quads_for_pattern(None, ox.NamedNode(predicate), ox.NamedNode(value), None)
    return {q.graph_name.value for q in found if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name}


def linked(store: Store, iris: Iterable[str], skip: set[str]) -> set[str]:
    """Those of ``iris`` that a quad outside the ``skip`` graphs names as its subject, or as its
    object other than a class: one query, each test stopping at the first such quad (ten times
    faster than looking each IRI up from Python, which reads every quad of the skipped graphs)."""
    if not isinstance(store, ox.Store):
        return store.linked(iris, skip)
    iris = list(iris)
    if not iris:
        return set()
    values = " ".join(_iri(iri) for iri in iris)
    skipped = ", ".join(_iri(g) for g in sorted(skip)) or "<urn:none>"
    kind = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    query = (
        f"SELECT ?x WHERE {{ VALUES ?x {{ {values} }} FILTER ("
        f"EXISTS {{ ?x ?p ?o }} || EXISTS {{ ?s ?p ?x FILTER (?p != {kind}) }} || "
        f"EXISTS {{ GRAPH ?g {{ ?x ?p ?o }} FILTER (?g NOT IN ({skipped})) }} || "
        f"EXISTS {{ GRAPH ?g {{ ?s ?p ?x }} FILTER (?g NOT IN ({skipped}) && ?p != {kind}) }}) }}"
    )
    return {row[0].value for row in store.query(query)}  # type: ignore[index,union-attr]


def holds_exactly(store: Store, graph: str, ntriples_text: str) -> bool:
    """Whether the named graph holds the triples of the N-Triples text, and no others."""
    wanted = {q.triple for q in ox.parse(ntriples_text.encode("utf-8"), ox.RdfFormat.N_TRIPLES)}
    held = {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
    return held == wanted


def triple_count(store: Store) -> int:
    return len(store)


@dataclass(frozen=True, slots=True)
class Rows:
    """SELECT results: variable names and rows of pyoxigraph terms (None when unbound)."""

    columns: list[str]
    rows: list[list[Term | None]]


@dataclass(frozen=True, slots=True)
class Answer:
    """What a query gave: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).

    ``truncated`` is True when a row limit stopped the reading early.
    """

    rows: Rows | None = None
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None
    truncated: bool = False


def select(
    store: Store,
    sparql: str,
    substitutions: dict[str, Term] | None = None,
    *,
    source: str = "query",
) -> Rows:
    """Run a SELECT over the union of all graphs.

    Raises:
        QueryError: the text is not a SELECT, or not valid SPARQL (an update does not parse as a query).
        StoreError: the store cannot be read.
    """
    answer = answer_query(store, sparql, substitutions, source=source)
    if answer.rows is None:
        raise QueryError(source, "only SELECT queries can be shown as rows")
    return answer.rows


def answer_query(
    store: Store,
    sparql: str,
    substitutions: dict[str, Term] | None = None,
    *,
    source: str = "query",
    limit: int | None = None,
) -> Answer:
    """Run any query form over the union of all graphs, reading at most ``limit`` rows or triples.

    Results are read lazily, so the limit stops the engine instead of cutting a finished list.

    Raises:
        QueryError: not valid SPARQL.
        StoreError: the store cannot be read.
    """
    try:
        result = store.query(_with_values(sparql, substitutions), use_default_graph_as_union=True)
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            solutions, truncated = _take(result, limit)
            # a solution iterates over its values in the order of the variables, None where
            # unbound: half the time of reading each value by name (6,685 rows of 8: 30-50 ms
            # against 70-100 ms)
            return Answer(rows=Rows(columns, [list(s) for s in solutions]), truncated=truncated)
        if isinstance(result, ox.QueryBoolean):
            return Answer(boolean=bool(result))
        triples, truncated = _take(result, limit)
        return Answer(triples=triples, truncated=truncated)
    except SyntaxError as e:
        raise QueryError(source, f"invalid SPARQL ({_first_line(e)})") from None
    except (OSError, RuntimeError) as e:
        raise StoreError(source, f"cannot read the store ({_first_line(e)})") from None


def _take(results: Iterable[T], limit: int | None) -> tuple[list[T], bool]:
    """At most ``limit`` items (all when None), and whether more were left unread."""
    items: list[T] = []
    for item in results:
        if limit is not None and len(items) >= limit:
            return items, True
        items.append(item)
    return items, False


def _with_values(sparql: str, bindings: dict[str, Term] | None) -> str:
    """The query with its parameters bound by a VALUES block opening the outermost group.

    The terms come from pyoxigraph's own N-Triples serialization of resolved IRIs and typed
    literals, never from the user's text. At the head of the WHERE group they are bound before
    the rest of the pattern is evaluated (OPTIONAL parts see them too), and, unlike engine
    substitutions, they bind variables the query does not project.
    """
    if not bindings:
        return sparql
    text = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    select_kw = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.I)
    brace = text.find("{", select_kw.end()) if select_kw else -1
    if brace < 0:
        return sparql
    names = [name for name in sorted(bindings) if re.fullmatch(r"\w+", name)]
    row = " ".join(str(bindings[name]) for name in names)
    values = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    return text[: brace + 1] + values + text[brace + 1 :]


def dump(
    store: Store,
    out: IO[bytes],
    fmt: str,
    *,
    graphs: list[str] | None = None,
    prefixes: dict[str, str] | None = None,
    extra: Sequence[tuple[str, str, str]] = (),
    drop: Callable[[str, str, str], bool] | None = None,
) -> None:
    """Write quads (trig, nquads) or the union of the given graphs as triples, in a stable order.

    Quads are ordered by the N-Triples text of graph, subject, predicate and object; triples by
    that of subject, predicate and object. The sort runs over text that pyoxigraph writes, not
    over Python term objects, which keeps a million-triple export within seconds. ``extra``
    triples are added in the default graph; rows for which ``drop(s, p, o)`` holds are left out.
    """
    rdf_format = FORMATS[fmt]
    keep = None if graphs is None else {f"<{g}>" for g in graphs}
    rows = _nquad_rows(store, keep)
    if drop is not None:
        rows = [r for r in rows if not drop(r[0], r[1], r[2])]
    rows += [(s, p, o, "") for s, p, o in extra]  # extra triples (N-Triples text) in the default graph
    if rdf_format.supports_datasets:
        rows.sort(key=lambda r: (r[3], r[0], r[1], r[2]))
        text = "".join(f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n" for s, p, o, g in rows)
        if rdf_format == ox.RdfFormat.N_QUADS:
            out.write(text.encode("utf-8"))
            return
        ox.serialize(ox.parse(text.encode("utf-8"), ox.RdfFormat.N_QUADS), out, rdf_format, prefixes=prefixes)
        return
    triples = sorted({(s, p, o) for s, p, o, _ in rows})
    text = "".join(f"{s} {p} {o} .\n" for s, p, o in triples)
    if rdf_format == ox.RdfFormat.N_TRIPLES:
        out.write(text.encode("utf-8"))
        return
    parsed = (q.triple for q in ox.parse(text.encode("utf-8"), ox.RdfFormat.N_TRIPLES))
    ox.serialize(parsed, out, rdf_format, prefixes=prefixes)


def _nquad_rows(store: Store, keep: set[str] | None) -> list[tuple[str, str, str, str]]:
    """Every quad as (subject, predicate, object, graph) N-Triples text; graph "" is the default graph."""
    names: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = list(store.named_graphs())
    if keep is None:
        names.append(ox.DefaultGraph())
    rows = []
    for name in names:
        graph = "" if isinstance(name, ox.DefaultGraph) else str(name)
        if keep is not None and graph not in keep:
            continue
        text = (store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name) or b"").decode("utf-8")
        for line in text.splitlines():
            s, p, rest = line.split(" ", 2)  # a subject or predicate never holds a space
            rows.append((s, p, rest[:-2], graph))
    return rows


def to_rdflib(term: Term) -> Node:
    """A pyoxigraph term as an rdflib term."""
    from rdflib.term import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def from_rdflib(term: Node) -> Term:
    from rdflib.term import BNode, Literal, URIRef

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


def graph_triples(store: Store, graph: str, *, simple_literals: bool = False) -> list[tuple[Node, Node, Node]]:
    """One named graph's triples as rdflib terms (each distinct term converted once).

    ``simple_literals``: write "x"^^xsd:string as the simple literal "x" (the same RDF 1.1 term,
    which Oxigraph hands back typed and rdflib tells apart, for sh:in among others).
    """
    return _as_rdflib(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)), simple_literals=simple_literals)


def _as_rdflib(quads: Iterable[ox.Quad], *, simple_literals: bool) -> list[tuple[Node, Node, Node]]:
    """The quads' triples as rdflib terms (each distinct term converted once)."""
    from rdflib.term import Literal

    memo: dict[Term, Node] = {}

    def conv(t: Term) -> Node:
        node = memo.get(t)
        if node is None:
            if simple_literals and isinstance(t, ox.Literal) and t.datatype == _XSD_STRING:
                node = Literal(t.value)
            else:
                node = to_rdflib(t)
            memo[t] = node
        return node

    return [(conv(q.subject), conv(q.predicate), conv(q.object)) for q in quads]  # type: ignore[arg-type]


def default_graph_triples(store: ox.Store) -> list[tuple[Node, Node, Node]]:
    """The default graph's triples as rdflib terms, each literal as rdflib's Turtle parser reads
    it: "x" plain, not "x"^^xsd:string (see ``graph_triples``)."""
    return _as_rdflib(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), simple_literals=True)


def graph_to_rdflib(store: Store, graphs: list[str]) -> Graph:
    """The union of some named graphs as one rdflib Graph (for pySHACL and owlready2)."""
    from rdflib import Graph

    g = Graph()
    for name in graphs:
        for triple in graph_triples(store, name):
            g.add(triple)
    return g


def sparql_runner(
    store: ox.Store,
    graph: str | None = None,
) -> Callable[[str, Node | None], list[dict[str, Node]]]:
    """A SELECT runner for kg.shacl: rows as rdflib terms, ``$this`` pre-bound unless None, over ``graph``."""
    default = ox.NamedNode(graph) if graph is not None else None
    this = ox.Variable("this")

    def run(query: str, focus: Node | None) -> list[dict[str, Node]]:
        subs = {} if focus is None else {this: from_rdflib(focus)}
        result = store.query(query, substitutions=subs, default_graph=default)  # type: ignore[arg-type]
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        rows = list(result)
        # freed in this thread: pyoxigraph refuses to free its iterators in another one, as a
        # sampling profiler's thread would (Dask's) when it held the last reference to this frame
        del result
        return [{n: to_rdflib(row[n]) for n in names if row[n] is not None} for row in rows]

    return run


def memory_graph(body: str) -> ox.Store:
    """An in-memory store holding N-Triples text in its default graph."""
    store = ox.Store()
    if body:
        store.load(body.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    return store


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
