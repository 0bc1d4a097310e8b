"""Pictures of the graph: an interactive network (pyvis) and a timeline of meetings (matplotlib)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import select

EXTRA = ("pyvis", "matplotlib")  # what the viz extra installs


def require_extra() -> None:
    """Check that the optional drawing libraries are installed, before any work is done.

    Raises:
        KgError: one is missing; the message names the extra that provides it.
    """
    import importlib

    for module in EXTRA:
        try:
            importlib.import_module(module)
        except ImportError:
            raise KgError("kg viz", f"needs {module}, from the viz extra: pip install 'dkg[viz]'") from None


_EDGES = """
PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?xLabel ?xKind ?y ?yLabel ?yKind ?relation WHERE {
  VALUES (?p ?xKind ?yKind ?relation) {
    (dkg:participant "meeting" "actor" "took part")
    (dkg:party "agreement" "actor" "party")
    (dkg:discussedSector "meeting" "sector" "discussed")
    (dkg:coversSector "agreement" "sector" "covers")
    (dkg:adoptedAt "agreement" "meeting" "adopted at")
  }
  ?x ?p ?y .
  ?x rdfs:label ?xLabel .
  { ?y rdfs:label ?yLabel FILTER (LANGMATCHES(LANG(?yLabel), "en")) }
  UNION { ?y skos:prefLabel ?yLabel FILTER (LANGMATCHES(LANG(?yLabel), "en")) }
  UNION { ?y rdfs:label ?yLabel FILTER (?p = dkg:adoptedAt) }
}
ORDER BY ?x ?y"""
_MEETINGS = """
PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s (SAMPLE(?label) AS ?name) (SAMPLE(STR(?d)) AS ?date) (SAMPLE(?status) AS ?state)
       (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?who_all) WHERE {
  ?s a dkg:Summit ; rdfs:label ?label ; dkg:date ?d ; dkg:status ?status .
  OPTIONAL { ?s dkg:participantCountry ?c . ?c a dkg:Country ; rdfs:label ?who FILTER (LANGMATCHES(LANG(?who), "en")) }
} GROUP BY ?s ORDER BY ?date"""
_COLOURS = {"meeting": "#e4572e", "agreement": "#29335c", "actor": "#17bebb", "sector": "#ffc914"}


def network(db: ox.Store, out: Path) -> int:
    """An interactive HTML network of actors, meetings, agreements and sectors; returns the node count."""
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    nodes: dict[str, str] = {}
    for x, x_label, x_kind, y, y_label, y_kind, relation in select(db, _EDGES).rows:
        for iri, label, kind in ((x, x_label, x_kind), (y, y_label, y_kind)):
            assert iri is not None and label is not None and kind is not None
            if iri.value not in nodes:
                nodes[iri.value] = kind.value
                net.add_node(
                    iri.value,
                    label=label.value,
                    title=f"{kind.value}: {label.value}",
                    color=_COLOURS[kind.value],
                    shape="dot",
                    size=18 if kind.value == "actor" else 12,
                )
        assert x is not None and y is not None and relation is not None
        net.add_edge(x.value, y.value, title=relation.value)
    net.toggle_physics(True)
    out.write_text(net.generate_html(notebook=False), encoding="utf-8")
    return len(nodes)


def timeline(db: ox.Store, out: Path) -> int:
    """A PNG timeline of dated meetings, one row per country; returns the number of meetings."""
    import datetime

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points: list[tuple[datetime.date, str, str, str]] = []
    for _, name, date, state, who in select(db, _MEETINGS).rows:
        assert name is not None and date is not None and state is not None
        parts = [int(p) for p in date.value.split("-")] + [1, 1]
        day = datetime.date(parts[0], parts[1], parts[2])
        for country in who.value.split(", ") if who is not None and who.value else ["(unknown)"]:
            points.append((day, country, state.value, name.value))
    rows = sorted({p[1] for p in points})
    fig, ax = plt.subplots(figsize=(11, max(2.5, 0.45 * len(rows) + 1.2)), dpi=110)
    for status, marker in (("held", "o"), ("planned", "D")):
        chosen = [p for p in points if p[2] == status]
        ax.scatter(
            [p[0] for p in chosen],  # type: ignore[arg-type]  # matplotlib plots dates
            [rows.index(p[1]) for p in chosen],
            marker=marker,
            s=60,
            label=status,
            alpha=0.8,
        )
    ax.set_yticks(range(len(rows)), rows)
    ax.set_title("Meetings by participating country")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)
    return len({p[3] for p in points})
