"""Store → RDF files; query rows → table, CSV, TSV, SPARQL JSON or Markdown."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg import store as kgstore
from kg.store import Rows, Term
from kg.iris import ONTOLOGY_GRAPH, PREFIXES

RDF_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "xml")
ROW_FORMATS = ("table", "csv", "tsv", "json", "md")
EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld", "xml": ".rdf"}


def article_graphs(db: ox.Store, *, with_ontology: bool = False) -> list[str]:
    names = kgstore.graph_names(db)
    return [g for g in names if with_ontology or g != str(ONTOLOGY_GRAPH)]


def export(db: ox.Store, fmt: str, out: IO[bytes], *, with_ontology: bool = False, context: Path | None = None) -> None:
    """Write the store (the article graphs, and the ontology if asked) in a stable order."""
    graphs = article_graphs(db, with_ontology=with_ontology)
    if fmt == "jsonld":
        _jsonld(db, graphs, out, context)
        return
    kgstore.dump(db, out, fmt, graphs=graphs, prefixes=PREFIXES)


def _jsonld(db: ox.Store, graphs: list[str], out: IO[bytes], context: Path | None) -> None:
    from rdflib import Dataset

    ds = Dataset()
    buffer = io.BytesIO()
    kgstore.dump(db, buffer, "nquads", graphs=graphs)
    ds.parse(data=buffer.getvalue().decode("utf-8"), format="nquads")
    ctx = json.loads(context.read_text(encoding="utf-8")) if context else {"@context": PREFIXES}
    text = ds.serialize(format="json-ld", context=ctx.get("@context", ctx), sort_keys=True, indent=1)
    out.write(text.encode("utf-8"))


# -- rows ---------------------------------------------------------------------------------
def compact(term: Term | None) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and prefix not in ("rdf", "xsd"):
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    return term.value


def rows_to_text(rows: Rows, fmt: str) -> str:
    """csv, tsv, json (SPARQL 1.1 results) or md."""
    if fmt == "json":
        return json.dumps(_sparql_json(rows), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(rows.columns)
        for row in rows.rows:
            writer.writerow([t.value if t is not None else "" for t in row])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{c}" for c in rows.columns)]
        lines += ["\t".join(str(t) if t is not None else "" for t in row) for row in rows.rows]
        return "\n".join(lines) + "\n"
    if fmt == "md":
        head = "| " + " | ".join(rows.columns) + " |"
        rule = "|" + "|".join(" --- " for _ in rows.columns) + "|"
        body = ["| " + " | ".join(compact(t).replace("|", "\\|") for t in row) + " |" for row in rows.rows]
        return "\n".join([head, rule, *body]) + "\n"
    raise ValueError(f"unknown format {fmt}")


def _sparql_json(rows: Rows) -> dict:
    bindings = []
    for row in rows.rows:
        b = {}
        for col, term in zip(rows.columns, row, strict=True):
            if term is not None:
                b[col] = _term_json(term)
        bindings.append(b)
    return {"head": {"vars": rows.columns}, "results": {"bindings": bindings}}


def _term_json(term: Term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out
