"""Store → RDF files; query rows → table, CSV, TSV, SPARQL JSON or Markdown."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg import store as kgstore
from kg.iris import ONTOLOGY_GRAPH, PREFIXES
from kg.rdfxml import check_entities
from kg.store import Rows, Term

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


# -- dataset description ------------------------------------------------------------------
_DESCRIBE_COUNTS = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?entities) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <%s>) }"""
_DESCRIBE_CLASSES = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } FILTER (?g != <%s>) }
GROUP BY ?class ORDER BY ?class"""
_DESCRIBE_PROPERTIES = """
SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <%s>) } GROUP BY ?p ORDER BY ?p"""
_DESCRIBE_MODIFIED = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (MAX(?t) AS ?modified) WHERE { ?run prov:endedAtTime ?t }"""


def describe(db: ox.Store) -> str:
    """A VoID and DCAT description of the dataset, as Turtle: size, class and property
    partitions, the export distributions. Dated by the latest build, not by the clock, so the
    description of an unchanged store is byte-identical."""
    onto = ONTOLOGY_GRAPH
    triples, entities = kgstore.select(db, _DESCRIBE_COUNTS % onto).rows[0]
    modified = kgstore.select(db, _DESCRIBE_MODIFIED).rows[0][0]
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    lines += [
        "@prefix void: <http://rdfs.org/ns/void#> .",
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "",
        "dkgr:dataset a void:Dataset , dcat:Dataset ;",
        '    dcterms:title "DKG: diplomatic knowledge graph"@en ;',
        '    dcterms:description "Actors, meetings, agreements and sectors read from news articles, '
        'each assertion with the sentence it was read from."@en ;',
        "    dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;",
    ]
    if modified is not None:
        lines.append(f"    dcterms:modified {modified} ;")
    lines += [
        "    void:vocabulary <https://w3id.org/dkg/ontology#> , <http://www.w3.org/2004/02/skos/core#> ,"
        " <http://www.w3.org/ns/prov#> , <https://schema.org/> ;",
        '    void:uriSpace "https://w3id.org/dkg/id/" ;',
        f"    void:triples {triples.value if triples else 0} ;",
        f"    void:entities {entities.value if entities else 0} ;",
    ]
    for fmt, media in (
        ("turtle", "text/turtle"),
        ("trig", "application/trig"),
        ("nquads", "application/n-quads"),
        ("jsonld", "application/ld+json"),
        ("xml", "application/rdf+xml"),
    ):
        lines.append(
            f'    dcat:distribution [ a dcat:Distribution ; dcat:mediaType "{media}" ;'
            f' dcterms:title "kg export --format {fmt}" ] ;'
        )
    for cls, n in kgstore.select(db, _DESCRIBE_CLASSES % onto).rows:
        lines.append(f"    void:classPartition [ void:class {cls} ; void:entities {n.value if n else 0} ] ;")
    for prop, n in kgstore.select(db, _DESCRIBE_PROPERTIES % onto).rows:
        lines.append(f"    void:propertyPartition [ void:property {prop} ; void:triples {n.value if n else 0} ] ;")
    lines[-1] = lines[-1][:-2] + " ."
    return "\n".join(lines) + "\n"


# -- import -------------------------------------------------------------------------------
_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
# what `kg export` writes (EXTENSIONS), the format names themselves, and common variants
IMPORT_EXTENSIONS = {
    **{ext: fmt for fmt, ext in EXTENSIONS.items()},
    **{f".{fmt}": fmt for fmt in RDF_FORMATS},
    ".owl": "xml",
    ".json": "jsonld",
    ".ntriples": "nt",
}


def import_format(path: Path, fmt: str | None = None) -> str:
    """The format to read ``path`` in: ``fmt`` when given, else the one its extension names.

    Raises:
        InputError: no format given and the extension names none.
    """
    from kg.errors import InputError

    found = fmt or IMPORT_EXTENSIONS.get(path.suffix.lower())
    if found is None:
        known = ", ".join(sorted(IMPORT_EXTENSIONS))
        raise InputError(path, f"unknown RDF format; name the file with one of {known}, or pass --format")
    return found


def import_file(db: ox.Store, path: Path, fmt: str | None = None) -> int:
    """Load an export into the store in one transaction; returns the number of quads.

    TriG and N-Quads keep their named graphs; a file of triples goes into a graph of its own,
    named after the file. A file that does not parse changes nothing. RDF/XML is checked for
    entities that read files or expand without bound before it is parsed.

    Raises:
        InputError: unknown format, refused entities, or a parse error (with its position).
    """
    from kg.errors import InputError

    rdf_format = _OX_FORMATS[import_format(path, fmt)]
    graph = ox.NamedNode(f"https://w3id.org/dkg/id/graph/import/{path.stem}")
    try:
        data = path.read_bytes()
        if rdf_format == ox.RdfFormat.RDF_XML:
            check_entities(path, data)
        quads = [
            q if rdf_format.supports_datasets else ox.Quad(q.subject, q.predicate, q.object, graph)
            for q in ox.parse(data, rdf_format)
        ]
    except (SyntaxError, ValueError) as e:
        raise InputError(path, f"not valid {rdf_format.name} ({_parse_error(e)})") from None
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror})") from None
    db.extend(quads)  # one transaction: all of the file's quads or none
    return len(quads)


def _parse_error(e: Exception) -> str:
    """The parser's message on one line (a quoted line break in it written as \\n)."""
    return str(e).replace("'\n'", "'\\n'").strip().splitlines()[0]


# -- rows ---------------------------------------------------------------------------------
def compact(term: Term | None) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and prefix not in ("rdf", "xsd"):
                return f"{prefix}:{term.value[len(ns) :]}"
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
            writer.writerow([_csv_text(t) for t in row])
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


def _csv_text(term: Term | None) -> str:
    """A term as SPARQL 1.1 CSV results write it: the value, and a blank node as ``_:id``."""
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


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
