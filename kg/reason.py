"""OWL reasoning with HermiT, through owlready2, over the ontology and the article graphs.

owlready2 reads N-Triples (not Turtle) and would fetch owl:imports from the web, so every
ontology module is converted with rdflib into a temporary folder with its imports removed (the
modules are all loaded anyway). HermiT runs with unsupported datatypes ignored: xsd:date,
xsd:gYearMonth and xsd:gYear are outside the OWL 2 datatype map. owlready2's bundled Pellet
fails on Java 17, so HermiT is the reasoner.

HermiT only says whether the knowledge base is consistent; kg.explain says why not, and when
it cannot, the article graphs are halved until the smallest inconsistent group is found.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.errors import KgError, OntologyError
from kg.explain import explain, short

INFERRED_GRAPH = URIRef("https://w3id.org/dkg/id/graph/inferred")
_MAX_ISOLATION_RUNS = 12


class ReasonerError(KgError):
    """HermiT cannot run: no Java runtime, a Java error, or input owlready2 cannot read."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What HermiT found: consistency, the reasons when inconsistent, and what it inferred."""

    consistent: bool
    explanations: list[str]
    unsatisfiable: list[str]
    inferred: Graph
    seconds: float
    graphs: int
    triples: int
    inferred_types: int = 0
    inferred_relations: int = 0


@dataclass(slots=True)
class _Inputs:
    """The ontology modules and data graphs as N-Triples files in a temporary folder."""

    folder: Path
    ontology: Graph
    ontology_files: list[Path] = field(default_factory=list)

    def data_file(self, name: str, graph: Graph) -> Path:
        path = self.folder / f"{name}.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        return path


def load_ontology(files: list[Path]) -> list[tuple[Path, Graph]]:
    """Each ontology module as an rdflib graph, owl:imports removed.

    Raises:
        OntologyError: a module is missing or not valid Turtle.
    """
    if not files:
        raise OntologyError("ontology", "no ontology files found")
    out = []
    for path in files:
        try:
            g = Graph().parse(path, format="turtle")
        except Exception as e:  # rdflib raises several parser exception types
            raise OntologyError(path, f"cannot read ontology ({str(e).splitlines()[0]})") from None
        g.remove((None, OWL.imports, None))
        out.append((path, g))
    return out


def reason(ontology_files: list[Path], graphs: dict[str, Graph], *, infer: bool = True) -> Outcome:
    """Run HermiT on the ontology plus the named data graphs.

    Args:
        ontology_files: the Turtle modules (Settings.ontology_files()).
        graphs: data graphs by name (article graph IRI, or a file's graph).
        infer: also collect the inferred types and relations (realisation and property values).

    Raises:
        OntologyError: an ontology module cannot be read.
        ReasonerError: Java is missing or HermiT fails.
    """
    modules = load_ontology(ontology_files)
    data = _union(graphs.values())
    with tempfile.TemporaryDirectory(prefix="kg-reason-") as tmp:
        inputs = _Inputs(Path(tmp), _union(g for _, g in modules))
        for path, g in modules:
            inputs.ontology_files.append(inputs.data_file("ontology-" + path.stem, g))
        start = time.perf_counter()
        world, consistent = _hermit(inputs, inputs.data_file("data", data), infer=infer)
        seconds = time.perf_counter() - start
        if not consistent:
            reasons = explain(inputs.ontology, data) or _isolate(inputs, graphs)
            return Outcome(False, reasons, [], Graph(), seconds, len(graphs), len(data))
        inferred, types, relations = _inferred(world, inputs.ontology + data) if infer else (Graph(), 0, 0)
        return Outcome(True, [], _unsatisfiable(world), inferred, seconds, len(graphs), len(data), types, relations)


def _union(graphs: Iterable[Graph]) -> Graph:
    out = Graph()
    for g in graphs:
        for triple in g:
            out.add(triple)
    return out


def _hermit(inputs: _Inputs, data_file: Path | None, *, infer: bool) -> tuple[object, bool]:
    """A fresh owlready2 world with the ontology (and data) loaded, and whether HermiT finds it consistent.

    Raises:
        ReasonerError: Java is missing, HermiT fails, or owlready2 cannot read a file.
    """
    import owlready2

    world = owlready2.World()
    for path in inputs.ontology_files + ([data_file] if data_file else []):
        try:
            world.get_ontology(path.as_uri()).load()
        except Exception as e:  # owlready2 raises bare exceptions from its parsers
            raise ReasonerError(path.name, f"owlready2 cannot read it ({str(e).splitlines()[0]})") from None
    try:
        owlready2.sync_reasoner_hermit(world, infer_property_values=infer, debug=0, ignore_unsupported_datatypes=True)
    except owlready2.OwlReadyInconsistentOntologyError:
        return world, False
    except FileNotFoundError:
        raise ReasonerError("java", "not found; install a Java runtime (make install does)") from None
    except owlready2.OwlReadyJavaError as e:
        lines = [line for line in str(e).splitlines() if line.strip()]
        raise ReasonerError("HermiT", lines[-1] if lines else "Java error") from None
    return world, True


def _isolate(inputs: _Inputs, graphs: dict[str, Graph]) -> list[str]:
    """When no clash could be named: the ontology alone, or the smallest group of data graphs, at fault."""
    _, ontology_ok = _hermit(inputs, None, infer=False)
    if not ontology_ok:
        return [
            "The ontology itself is inconsistent, without any article data: check the axioms and "
            "reference individuals changed last (open ontology/dkg.ttl in Protégé and run a reasoner)."
        ]
    names = sorted(graphs)
    for _ in range(_MAX_ISOLATION_RUNS):
        if len(names) < 2:
            break
        halves = (names[: len(names) // 2], names[len(names) // 2 :])
        bad = next((h for h in halves if not _consistent(inputs, {n: graphs[n] for n in h})), None)
        if bad is None:  # only the halves together are inconsistent
            break
        names = bad
    return [
        f"HermiT finds the ontology inconsistent with these graphs together, but no disjoint classes, "
        f"functional property or value range explains it: {', '.join(names)}."
    ]


def _consistent(inputs: _Inputs, graphs: dict[str, Graph]) -> bool:
    _, ok = _hermit(inputs, inputs.data_file("part", _union(graphs.values())), infer=False)
    return ok


def _unsatisfiable(world: object) -> list[str]:
    """Classes that can have no members (equivalent to owl:Nothing): an ontology mistake."""
    return sorted(short(URIRef(c.iri)) for c in world.inconsistent_classes())  # type: ignore[attr-defined]


def _inferred(world: object, asserted: Graph) -> tuple[Graph, int, int]:
    """Types and object-property relations entailed for named individuals but not asserted."""
    out = Graph()
    types = relations = 0
    for triple in _entailed_types(world, _named_nodes(asserted)):
        if triple not in asserted and triple not in out:
            out.add(triple)
            types += 1
    for triple in _entailed_relations(world):
        if triple not in asserted and triple not in out:
            out.add(triple)
            relations += 1
    return out, types, relations


def _named_nodes(graph: Graph) -> set[URIRef]:
    """Every IRI in subject or object position (owlready2 lists only owl:NamedIndividual as individuals)."""
    return {n for s, _, o in graph for n in (s, o) if isinstance(n, URIRef)}


def _entailed_types(world: object, candidates: set[URIRef]) -> list[tuple[URIRef, URIRef, URIRef]]:
    from owlready2 import Thing, ThingClass

    out = []
    for iri in sorted(candidates):
        individual = world[str(iri)]  # type: ignore[index]
        if not isinstance(individual, Thing):
            continue
        for cls in individual.INDIRECT_is_a:
            if isinstance(cls, ThingClass) and cls is not Thing and not cls.iri.startswith(str(OWL)):
                out.append((iri, RDF.type, URIRef(cls.iri)))
    return out


def _entailed_relations(world: object) -> list[tuple[URIRef, URIRef, URIRef]]:
    """HermiT's property instances (with owlready2's), closed under super-properties and inverses."""
    from owlready2 import ObjectPropertyClass, Thing

    out = []
    for prop in world.object_properties():  # type: ignore[attr-defined]
        ancestors = [
            a for a in prop.ancestors() if isinstance(a, ObjectPropertyClass) and not a.iri.startswith(str(OWL))
        ]
        for subject, value in prop.get_relations():
            if not (isinstance(subject, Thing) and isinstance(value, Thing)):
                continue
            s, o = URIRef(subject.iri), URIRef(value.iri)
            for sup in ancestors:
                out.append((s, URIRef(sup.iri), o))
                if sup.inverse_property is not None:
                    out.append((o, URIRef(sup.inverse_property.iri), s))
    return out


def stored_graphs(db: object) -> dict[str, Graph]:
    """The store's article graphs by name (not the ontology graph, not earlier inferences)."""
    from kg import store as kgstore
    from kg.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH), str(REFERENCE_GRAPH)}
    names = [n for n in kgstore.graph_names(db) if n not in skip]  # type: ignore[arg-type]
    return {n: kgstore.graph_to_rdflib(db, [n]) for n in names}  # type: ignore[arg-type]


def write_inferred(db: object, inferred: Graph) -> None:
    """Replace the inferred graph in the store (one update: all or nothing).

    Raises:
        StoreError: the write fails; the previous inferences are kept.
    """
    from kg import store as kgstore

    kgstore.replace_graph(db, str(INFERRED_GRAPH), inferred)  # type: ignore[arg-type]
