"""SHACL validation of article graphs (pySHACL), in memory, before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import ShapeError

_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass(frozen=True, slots=True)
class Finding:
    """One SHACL result: severity, focus node, path, message."""

    severity: str
    focus: str
    path: str
    message: str
    value: str = ""

    def line(self) -> str:
        where = f" ({self.path.rsplit('#', 1)[-1]})" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Report:
    """pySHACL-style result: conforms (no Violation), the findings, the report graph."""

    conforms: bool
    findings: list[Finding]
    graph: Graph

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]


def load_shapes(files: list[Path]) -> Graph:
    """The shapes graph.

    Raises:
        ShapeError: a shapes file is missing or not valid Turtle.
    """
    import pyoxigraph as ox

    from kg.store import default_graph_triples

    # Oxigraph parses the files (rdflib's Turtle parser takes a tenth of a second, and as long
    # to import, at every build); rdflib holds the graph the shapes are compiled from
    parsed = ox.Store()
    for path in files:
        try:
            # relative IRIs resolve against the file, as rdflib resolves them
            parsed.load(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
        except (OSError, SyntaxError) as e:
            raise ShapeError(path, f"cannot read shapes ({str(e).strip().splitlines()[0]})") from None
    if not files:
        raise ShapeError("shapes", "no shapes files found")
    g = Graph()
    for triple in default_graph_triples(parsed):
        g.add(triple)
    return g


def validate(data: Graph, shapes: Graph) -> Report:
    """Validate a data graph that carries its own class memberships (no inference needed).

    Raises:
        ShapeError: pySHACL refuses the shapes themselves (for example a SPARQL constraint
            with a VALUES clause).
    """
    from pyshacl import validate as shacl_validate

    _, report_graph, text = shacl_validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
        abort_on_first=False,
    )
    if not isinstance(report_graph, Graph):  # a ValidationFailure: the shapes are at fault
        raise ShapeError("shapes", str(text).strip().splitlines()[0])
    findings = sorted(_findings(report_graph), key=lambda f: (f.focus, f.path, f.message))
    return Report(not any(f.severity == "Violation" for f in findings), findings, report_graph)


def _findings(report: Graph) -> list[Finding]:
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        out.append(
            Finding(
                severity=_SEVERITY.get(severity, "Violation") if isinstance(severity, URIRef) else "Violation",
                focus=str(report.value(result, SH.focusNode)),
                path=str(report.value(result, SH.resultPath) or ""),
                message=str(report.value(result, SH.resultMessage) or "constraint not met"),
                value=str(report.value(result, SH.value) or ""),
            )
        )
    return out
