"""Query answers as SPARQL 1.1 results documents, and the choice among them by Accept or format=.

SELECT and ASK: SPARQL Query Results JSON, XML, CSV and TSV. CONSTRUCT and DESCRIBE: Turtle or
N-Triples.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.export import rows_to_text
from kg.iris import PREFIXES
from kg.store import Answer, Rows, Term

RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {"turtle": "text/turtle", "nt": "application/n-triples"}
# what clients send (Accept media types, format= values) → our format names
ALIASES = {
    "application/json": "json",
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "ttl": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
}


def negotiate(accept: str, formats: list[str], graph: bool) -> str | None:
    """The format to answer in: the first of ``formats`` (format= values) we know, else the Accept
    header's best, else JSON for rows and Turtle for triples when any type is accepted; None when
    nothing we write is acceptable."""
    types = GRAPH_TYPES if graph else RESULT_TYPES
    for value in formats:
        name = ALIASES.get(value.strip().lower(), value.strip().lower())
        if name in types:
            return name
    chosen = _from_accept(accept, types)
    if chosen or accept.strip() and "*/*" not in accept and "text/html" not in accept:
        return chosen
    return "turtle" if graph else "json"


def _from_accept(accept: str, types: dict[str, str]) -> str | None:
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                quality = _float(value)
        ranked.append((-quality, position, media.strip().lower()))
    for quality, _, media in sorted(ranked):
        name = ALIASES.get(media)
        if quality < 0 and name in types:
            return name
    return None


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def content_type(fmt: str) -> str:
    return {**RESULT_TYPES, **GRAPH_TYPES}[fmt] + "; charset=utf-8"


def serialize(answer: Answer, fmt: str) -> bytes:
    """The answer as a results document (rows or a boolean) or an RDF document (triples)."""
    if answer.triples is not None:
        rdf = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
        prefixes = PREFIXES if fmt == "turtle" else None
        return ox.serialize(answer.triples, format=rdf, prefixes=prefixes) or b""
    if answer.boolean is not None:
        return _boolean(answer.boolean, fmt).encode("utf-8")
    rows = answer.rows or Rows([], [])
    return (_rows_xml(rows) if fmt == "xml" else rows_to_text(rows, fmt)).encode("utf-8")


def _boolean(value: bool, fmt: str) -> str:
    text = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}) + "\n"
    if fmt == "xml":
        return f"{_XML_HEAD}<head/><boolean>{text}</boolean></sparql>\n"
    return text + "\n"


_XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'


def _rows_xml(rows: Rows) -> str:
    head = "".join(f"<variable name={quoteattr(c)}/>" for c in rows.columns)
    results = []
    for row in rows.rows:
        cells = "".join(
            f"<binding name={quoteattr(c)}>{_term_xml(t)}</binding>"
            for c, t in zip(rows.columns, row, strict=True)
            if t is not None
        )
        results.append(f"<result>{cells}</result>")
    return f"{_XML_HEAD}<head>{head}</head><results>\n{chr(10).join(results)}\n</results></sparql>\n"


def _term_xml(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"
