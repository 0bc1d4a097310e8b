"""Read-side helpers for the CLI: validating what is stored, and describing the store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg import __version__
from kg import store as kgstore
from kg.errors import InputError
from kg.settings import Settings
from kg.validate import Finding, load_shapes, validate
from kg.vocab import DKG, ONTOLOGY_GRAPH

_RDF_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml"}


@dataclass(frozen=True, slots=True)
class ShownFinding:
    finding: Finding
    evidence: str | None


def validate_store(settings: Settings) -> list[tuple[str, list[ShownFinding]]]:
    """Each article graph of the store against the shapes, grouped by article."""
    db = kgstore.open_store(settings.store_dir, read_only=True)
    shapes = load_shapes(settings.shape_files())
    groups = []
    for name in kgstore.graph_names(db):
        if name == str(ONTOLOGY_GRAPH):
            continue
        graph = kgstore.graph_to_rdflib(db, [name])
        groups.append((name, _shown(graph, validate(graph, shapes).findings)))
    return groups


def validate_file(path: Path, settings: Settings) -> list[tuple[str, list[ShownFinding]]]:
    """An RDF file against the shapes; each named graph of a TriG or N-Quads file on its own."""
    fmt = _RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, "unknown RDF format; use .ttl, .trig, .nt, .nq, .jsonld or .rdf")
    ds = Dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as e:  # the parsers raise many exception types
        raise InputError(path, f"not valid RDF ({str(e).splitlines()[0]})") from None
    shapes = load_shapes(settings.shape_files())
    groups = []
    for graph in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        plain = Graph()
        for triple in graph:
            plain.add(triple)
        groups.append((str(graph.identifier), _shown(plain, validate(plain, shapes).findings)))
    return groups


def _shown(graph: Graph, findings: list[Finding]) -> list[ShownFinding]:
    out = []
    for f in findings:
        quote = None
        for ev in graph.objects(URIRef(f.focus), DKG.evidence):
            quote = str(graph.value(ev, DKG.quote) or "") or None
            break
        out.append(ShownFinding(f, quote))
    return out


def store_info(settings: Settings) -> list[tuple[str, str]]:
    facts = [
        ("kg version", __version__),
        ("ontology", str(settings.ontology_dir)),
        ("shapes", str(settings.shapes_dir)),
        ("queries", str(settings.queries_dir)),
        ("store", str(settings.store_dir)),
    ]
    if not settings.store_dir.is_dir():
        return facts + [("store status", "not built yet (run kg build)")]
    db = kgstore.open_store(settings.store_dir, read_only=True)
    graphs = [g for g in kgstore.graph_names(db) if g != str(ONTOLOGY_GRAPH)]
    return facts + [("articles", str(len(graphs))), ("triples", str(kgstore.triple_count(db)))]
