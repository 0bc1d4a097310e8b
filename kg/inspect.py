"""Read-side helpers for the CLI: validating what is stored, and describing the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import __version__, lexicon
from kg import store as kgstore
from kg.errors import InputError
from kg.rdf import with_references
from kg.reason import INFERRED_GRAPH
from kg.settings import Settings
from kg.shacl import Triple, Unsupported, Validator, check_store
from kg.validate import Finding, load_shapes, validate
from kg.vocab import DKG, ONTOLOGY_GRAPH, REFERENCE_GRAPH

_NOT_ARTICLES = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH), str(REFERENCE_GRAPH)}
_RDF_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml"}


@dataclass(frozen=True, slots=True)
class ShownFinding:
    """A SHACL finding and the evidence sentence of its focus node, if it has one."""

    finding: Finding
    evidence: str | None


def validate_store(settings: Settings) -> list[tuple[str, list[ShownFinding]]]:
    """Each article graph of the store against the shapes, grouped by article.

    Raises:
        StoreError: there is no store, or it cannot be opened.
        ShapeError: the shapes cannot be read.
    """
    db = kgstore.open_store(settings.store_dir, read_only=True)
    shapes = load_shapes(settings.shape_files())
    names = [name for name in kgstore.graph_names(db) if name not in _NOT_ARTICLES]
    try:
        validator = Validator(shapes)  # the build's engine: the same findings as pySHACL, much faster
    except Unsupported:
        validator = None
    reference = _reference(settings)
    groups = []
    for name in names:
        graph = simple_literals(kgstore.graph_to_rdflib(db, [name]))
        if validator is None:
            findings = validate(_graph(reference(list(graph))), shapes).findings
        else:
            findings = next(check_store(db, validator, [name], reference))[1]
        groups += by_article(name, graph, _shown(graph, findings))
    return groups


def _reference(settings: Settings) -> Callable[[list[Triple]], list[Triple]]:
    """A graph's triples → those and the ontology's description of the reference concepts it
    links to (article graphs name gazetteer and sector concepts without copying their types)."""
    lex = lexicon.load(settings.ontology_files(), settings.queries_dir)
    return lambda triples: with_references(triples, lex)


def _graph(triples: Iterable[Triple]) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def validate_file(path: Path, settings: Settings) -> list[tuple[str, list[ShownFinding]]]:
    """An RDF file against the shapes; each named graph of a TriG or N-Quads file on its own.

    Raises:
        InputError: the file's format is unknown or it is not valid RDF.
        ShapeError: the shapes cannot be read.
    """
    graphs = read_graphs(path)
    shapes = load_shapes(settings.shape_files())
    reference = _reference(settings)
    groups = []
    for name, graph in graphs.items():
        if name == str(REFERENCE_GRAPH):  # the description of what the articles link to: no article
            continue
        findings = validate(_graph(reference(list(graph))), shapes).findings
        groups += by_article(name, graph, _shown(graph, findings))
    return groups


def read_graphs(path: Path) -> dict[str, Graph]:
    """The non-empty graphs of an RDF file by name (a Turtle file has one, the default graph).

    Raises:
        InputError: the file's format is unknown or it is not valid RDF.
    """
    fmt = _RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, "unknown RDF format; use .ttl, .trig, .nt, .nq, .jsonld or .rdf")
    ds = Dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as e:  # the parsers raise many exception types
        raise InputError(path, f"not valid RDF ({str(e).splitlines()[0]})") from None
    out = {}
    for graph in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        plain = Graph()
        for triple in graph:
            plain.add(triple)
        out[str(graph.identifier)] = plain
    return out


def simple_literals(graph: Graph) -> Graph:
    """The graph with "x"^^xsd:string written as the simple literal "x" (the same RDF 1.1 term).

    Oxigraph hands simple literals back typed xsd:string, and rdflib (so pySHACL's sh:in and the
    shapes' SPARQL) tells the two apart.
    """
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


def _shown(graph: Graph, findings: list[Finding]) -> list[ShownFinding]:
    return [ShownFinding(f, evidence_quote(graph, URIRef(f.focus))) for f in findings]


def evidence_quote(graph: Graph, node: URIRef) -> str | None:
    """The sentence a node was read from: its own quote if it is evidence, else its first evidence's."""
    own = graph.value(node, DKG.quote)
    if own is not None:
        return str(own)
    evidence = sorted(set(graph.objects(node, DKG.evidence)) | set(graph.subjects(DKG.supports, node)), key=str)
    quotes = [str(q) for ev in evidence for q in graph.objects(ev, DKG.quote)]
    return quotes[0] if quotes else None


def by_article(graph_name: str, graph: Graph, shown: list[ShownFinding]) -> list[tuple[str, list[ShownFinding]]]:
    """Findings grouped by the article their focus node was read from (else by the graph's name).

    A graph's articles appear even without findings, so every checked article is listed.
    """
    articles = sorted(str(a) for a in graph.subjects(RDF.type, DKG.Article))
    groups: dict[str, list[ShownFinding]] = {a: [] for a in articles} or {graph_name: []}
    for item in shown:
        focus = URIRef(item.finding.focus)
        sources = sorted(str(a) for a in graph.objects(focus, DKG.mentionedIn))
        home = str(focus) if str(focus) in groups else (sources[0] if sources else graph_name)
        groups.setdefault(home, []).append(item)
    return sorted(groups.items())


def store_info(settings: Settings) -> list[tuple[str, str]]:
    facts = [
        ("kg version", __version__),
        ("ontology", str(settings.ontology_dir)),
        ("shapes", str(settings.shapes_dir)),
        ("queries", str(settings.queries_dir)),
        ("store", str(settings.store_dir)),
    ]
    if isinstance(settings.store_dir, Path) and not settings.store_dir.is_dir():
        return facts + [("store status", "not built yet (run kg build)")]
    db = kgstore.open_store(settings.store_dir, read_only=True)
    graphs = [g for g in kgstore.graph_names(db) if g not in _NOT_ARTICLES]
    return facts + [("articles", str(len(graphs))), ("triples", str(kgstore.triple_count(db)))]
