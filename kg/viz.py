"""Pictures of the graph: an interactive network (pyvis) and a timeline of meetings (matplotlib)."""

from __future__ import annotations

import datetime
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.store import Rows, Store, select

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


EDGES = """
PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?xLabel ?xKind ?y ?yLabel ?yKind ?relation WHERE {
  VALUES (?p ?xKind ?yKind ?relation) {
    (dkg:participant "meeting" "actor" "took part")
    (dkg:party "agreement" "actor" "party")
    (dkg:signatory "agreement" "actor" "signed")
    (dkg:discussedSector "meeting" "sector" "discussed")
    (dkg:coversSector "agreement" "sector" "covers")
    (dkg:adoptedAt "agreement" "meeting" "adopted at")
  }
  ?x ?p ?y .
  ?x rdfs:label ?xLabel FILTER (LANGMATCHES(LANG(?xLabel), "en"))
  { ?y rdfs:label ?yLabel FILTER (LANGMATCHES(LANG(?yLabel), "en")) }
  UNION { ?y skos:prefLabel ?yLabel FILTER (LANGMATCHES(LANG(?yLabel), "en")) }
  UNION { ?y rdfs:label ?yLabel FILTER (?p = dkg:adoptedAt && LANGMATCHES(LANG(?yLabel), "en")) }
}
ORDER BY ?x ?y"""
MEETINGS = """
PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s (SAMPLE(?label) AS ?name) (MIN(?first) AS ?date) (SAMPLE(?status) AS ?state)
       (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?who_all) WHERE {
  ?s a dkg:Summit ; rdfs:label ?label ; dkg:firstDay ?first ; dkg:status ?status .
  FILTER (LANGMATCHES(LANG(?label), "en"))
  OPTIONAL { ?s dkg:participantCountry ?c . ?c a dkg:Country ; rdfs:label ?who FILTER (LANGMATCHES(LANG(?who), "en")) }
} GROUP BY ?s ORDER BY ?date"""
COLOURS = {"meeting": "#e4572e", "agreement": "#29335c", "actor": "#17bebb", "sector": "#ffc914"}


@dataclass(frozen=True, slots=True)
class Node:
    """A node of the network: a meeting, agreement, actor or sector, with its English label."""

    iri: str
    label: str
    kind: str


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    relation: str


def graph_of(rows: Rows) -> tuple[list[Node], list[Edge]]:
    """The nodes and edges that the rows of ``EDGES`` describe; a node's first row names it."""
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for x, x_label, x_kind, y, y_label, y_kind, relation in rows.rows:
        for iri, label, kind in ((x, x_label, x_kind), (y, y_label, y_kind)):
            assert iri is not None and label is not None and kind is not None
            nodes.setdefault(iri.value, Node(iri.value, label.value, kind.value))
        assert x is not None and y is not None and relation is not None
        edges.append(Edge(x.value, y.value, relation.value))
    return list(nodes.values()), edges


def network(db: Store, out: Path) -> int:
    """An interactive HTML network of actors, meetings, agreements and sectors; returns the node count."""
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    nodes, edges = graph_of(select(db, EDGES))
    for node in nodes:
        net.add_node(
            node.iri,
            label=node.label,
            title=f"{node.kind}: {node.label}",
            color=COLOURS[node.kind],
            shape="dot",
            size=18 if node.kind == "actor" else 12,
        )
    for edge in edges:
        net.add_edge(edge.source, edge.target, title=edge.relation)
    net.toggle_physics(True)
    out.write_text(_with_legend(net.generate_html(notebook=False)), encoding="utf-8")
    return len(nodes)


def _with_legend(page: str) -> str:
    """The page with a legend of the node colours and edge labels (pyvis draws none), and no
    reference to anything outside the page: it works offline."""
    items = "".join(
        f'<li><span style="display:inline-block;width:12px;height:12px;border-radius:6px;'
        f'background:{colour};margin-right:6px"></span>{kind}</li>'
        for kind, colour in COLOURS.items()
    )
    legend = (
        '<div id="legend" style="position:absolute;top:10px;right:10px;background:#fff;'
        'border:1px solid #999;padding:6px 10px;font:13px sans-serif;z-index:10">'
        f'<b>Legend</b><ul style="list-style:none;margin:4px 0;padding:0">{items}</ul>'
        "<small>edges: took part, party, discussed, covers, adopted at; hover for details</small></div>"
    )
    # pyvis's template still points at a local vis build beside the page; the inlined copy is the
    # one that runs, so the dead references go
    page = re.sub(r'<link rel="stylesheet" href="[^"]*node_modules/[^"]*"[^>]*>\s*', "", page)
    page = re.sub(r'<script type="text/javascript" src="[^"]*node_modules/[^"]*">\s*</script>\s*', "", page)
    # and loads Bootstrap from a CDN even with cdn_resources="in_line"; the page does not use it
    page = re.sub(r"<link\s+href=\"https://cdn[^\"]*bootstrap[^>]*/>\s*", "", page)
    page = re.sub(r"<script\s+src=\"https://cdn[^\"]*bootstrap[^>]*>\s*</script>\s*", "", page)
    return page.replace("<body>", "<body>\n" + legend, 1)


def timeline(db: Store, out: Path) -> int:
    """A PNG timeline of dated meetings, one row per country; returns the number of meetings."""
    import matplotlib.pyplot as plt

    fig, meetings = timeline_figure(db)
    fig.savefig(out, format=out.suffix.lstrip(".") or "png")
    plt.close(fig)
    return meetings


def timeline_figure(db: Store) -> tuple[Any, int]:
    """The timeline as a matplotlib figure: every dated meeting (placed at dkg:firstDay) on the
    row of each participating country, labelled once with its English name; and the number of
    meetings."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = [
        (meeting.day, country, meeting.status, meeting.name)
        for meeting in meetings_of(select(db, MEETINGS))
        for country in meeting.countries
    ]
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
    labelled: set[str] = set()
    for day, country, _, title in sorted(points):
        if title not in labelled:  # once per meeting, beside its first point
            labelled.add(title)
            ax.annotate(
                title,
                (day, rows.index(country)),  # type: ignore[arg-type]
                xytext=(6, 4 + 9 * (len(labelled) % 3)),
                textcoords="offset points",
                fontsize=7,
                rotation=12,
            )
    ax.set_yticks(range(len(rows)), rows)
    ax.set_title("Meetings by participating country")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig, len(labelled)


@dataclass(frozen=True, slots=True)
class Meeting:
    """A dated meeting on the timeline: placed at its first day, on the row of each country taking part."""

    iri: str
    name: str
    day: datetime.date
    status: str
    countries: tuple[str, ...]


def meetings_of(rows: Rows) -> list[Meeting]:
    """The meetings that the rows of ``MEETINGS`` describe, in date order."""
    meetings = []
    for iri, name, date, state, who in rows.rows:
        assert iri is not None and name is not None and date is not None and state is not None
        countries = tuple(who.value.split(", ")) if who is not None and who.value else ("(unknown)",)
        meetings.append(Meeting(iri.value, name.value, datetime.date.fromisoformat(date.value), state.value, countries))
    return meetings


def network_data(rows: Rows) -> dict[str, Any]:
    """The network as the page's network view reads it: nodes, edges and the colour of each kind."""
    nodes, edges = graph_of(rows)
    return {"nodes": [asdict(n) for n in nodes], "edges": [asdict(e) for e in edges], "colours": COLOURS}


def timeline_data(rows: Rows) -> dict[str, Any]:
    """The dated meetings as the page's timeline view reads them (days as ISO dates)."""
    return {"meetings": [{**asdict(m), "day": m.day.isoformat()} for m in meetings_of(rows)]}
