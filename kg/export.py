"""Store → RDF files; query rows → table, CSV, TSV, SPARQL JSON or Markdown."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg import dump
from kg import store as kgstore
from kg.iris import DKG, ONTOLOGY_GRAPH, PREFIXES
from kg.rdfxml import check_entities
from kg.store import Rows, Store, Term

RDF_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "xml")
ROW_FORMATS = ("table", "csv", "tsv", "json", "md")
EXTENSIONS = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld", "xml": ".rdf"}


def article_graphs(db: Store, *, with_ontology: bool = False) -> list[str]:
    names = kgstore.graph_names(db)
    return [g for g in names if with_ontology or g != str(ONTOLOGY_GRAPH)]


# The export's own OWL header: the data file is an ontology of individuals that imports the
# dkg ontology, so Protégé (or the OWL API) opens it with typed properties and classes.
DATASET = "https://w3id.org/dkg/id/dataset"
_OWL = "http://www.w3.org/2002/07/owl#"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_MODULES = {f"<{ONTOLOGY_GRAPH}/{m}>" for m in ("core", "sectors", "gazetteer")}


def header(*, with_ontology: bool) -> list[tuple[str, str, str]]:
    """The triples (N-Triples text) of the data export's ontology header.

    Without the ontology the data imports it; with it, the ontology's own header is the one
    header of the file, so nothing is added.
    """
    if with_ontology:
        return []
    return [
        (f"<{DATASET}>", _RDF_TYPE, f"<{_OWL}Ontology>"),
        (f"<{DATASET}>", f"<{_OWL}imports>", f"<{ONTOLOGY_GRAPH}>"),
        (f"<{DATASET}>", "<http://www.w3.org/2000/01/rdf-schema#label>", '"DKG data"@en'),
    ]


def _merged_ontology(s: str, p: str, o: str) -> bool:
    """Rows left out when the ontology travels with the data: the module headers and the imports
    (their axioms are all in the file), and the build's bookkeeping hash."""
    return s in _MODULES or p == f"<{_OWL}imports>" or p == f"<{DKG}ontologyHash>"


def export(db: Store, fmt: str, out: IO[bytes], *, with_ontology: bool = False, context: Path | None = None) -> None:
    """Write the store (the article graphs, and the ontology if asked) in a stable order, with one
    OWL ontology header."""
    graphs = article_graphs(db, with_ontology=with_ontology)
    drop = _merged_ontology if with_ontology else None
    if fmt == "jsonld":
        _jsonld(db, graphs, out, context, with_ontology=with_ontology)
        return
    dump.write(db, out, fmt, graphs=graphs, prefixes=PREFIXES, extra=header(with_ontology=with_ontology), drop=drop)


def _jsonld(db: Store, graphs: list[str], out: IO[bytes], context: Path | None, *, with_ontology: bool) -> None:
    from rdflib import Dataset

    ds = Dataset()
    buffer = io.BytesIO()
    drop = _merged_ontology if with_ontology else None
    dump.write(db, buffer, "nquads", graphs=graphs, extra=header(with_ontology=with_ontology), drop=drop)
    ds.parse(data=buffer.getvalue().decode("utf-8"), format="nquads")
    ctx = json.loads(context.read_text(encoding="utf-8")) if context else {"@context": PREFIXES}
    text = ds.serialize(format="json-ld", context=ctx.get("@context", ctx), sort_keys=True, indent=1)
    out.write(text.encode("utf-8"))


# -- dataset description ------------------------------------------------------------------
_DATA = "GRAPH ?g { %s } FILTER (?g != <" + ONTOLOGY_GRAPH + ">)"
_DESCRIBE_COUNTS = (
    "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)"
    " (COUNT(DISTINCT ?o) AS ?objects)"
    ' (COUNT(DISTINCT IF(ISIRI(?s) && STRSTARTS(STR(?s), "https://w3id.org/dkg/id/"), ?s, ?none)) AS ?entities)'
    " WHERE { SELECT DISTINCT ?s ?p ?o WHERE { " + _DATA % "?s ?p ?o" + " } }"
)
_DESCRIBE_CLASSES = (
    "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { " + _DATA % "?s a ?class" + " } GROUP BY ?class ORDER BY ?class"
)
_DESCRIBE_PROPERTIES = (
    "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { " + _DATA % "?s ?p ?o" + " } }"
    " GROUP BY ?p ORDER BY ?p"
)
_DESCRIBE_MODIFIED = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (MAX(?t) AS ?modified) WHERE { GRAPH ?g { ?run prov:endedAtTime ?t } }"""
MEDIA_TYPES = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}


def _n(term: Term | None) -> int:
    return int(term.value) if term is not None else 0


def describe(db: Store, *, base_url: str = DATASET + "/") -> str:
    """A VoID and DCAT description of the dataset, as Turtle: size, class and property
    partitions, one distribution per export format (downloadable at ``base_url`` + ``graph`` +
    the format's extension). Dated by the latest build, not by the clock, so the description of
    an unchanged store is byte-identical.

    Counts are of distinct triples in the union of the data graphs (what ``kg export --format
    turtle`` writes, without its header), the reference graph's description of the gazetteer and
    sector concepts included: a triple several graphs hold counts once. ``void:entities`` counts
    the subjects minted under ``void:uriSpace``.
    """
    triples, subjects, properties, objects, entities = kgstore.select(db, _DESCRIBE_COUNTS).rows[0]
    classes = kgstore.select(db, _DESCRIBE_CLASSES).rows
    modified = kgstore.select(db, _DESCRIBE_MODIFIED).rows[0][0]
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    lines += [
        "@prefix void: <http://rdfs.org/ns/void#> .",
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "",
        f"<{DATASET}> a void:Dataset , dcat:Dataset ;",
        '    dcterms:title "DKG: diplomatic knowledge graph"@en ;',
        '    dcterms:description "Actors, meetings, agreements and sectors read from news articles, '
        'each assertion with the sentence it was read from."@en ;',
        "    dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;",
        f"    dcterms:conformsTo <{ONTOLOGY_GRAPH}> ;",
    ]
    if modified is not None:
        lines.append(f"    dcterms:modified {modified} ;")
    lines += [
        "    void:vocabulary <https://w3id.org/dkg/ontology#> , <http://www.w3.org/2004/02/skos/core#> ,"
        " <http://www.w3.org/ns/prov#> , <https://schema.org/> ;",
        '    void:uriSpace "https://w3id.org/dkg/id/" ;',
        f"    void:triples {_n(triples)} ;",
        f"    void:entities {_n(entities)} ;",
        f"    void:distinctSubjects {_n(subjects)} ;",
        f"    void:distinctObjects {_n(objects)} ;",
        f"    void:properties {_n(properties)} ;",
        f"    void:classes {len(classes)} ;",
    ]
    for fmt in RDF_FORMATS:
        lines.append(f"    dcat:distribution <{DATASET}/distribution/{fmt}> ;")
    for cls, n in classes:
        lines.append(f"    void:classPartition [ void:class {cls} ; void:entities {_n(n)} ] ;")
    for prop, n in kgstore.select(db, _DESCRIBE_PROPERTIES).rows:
        lines.append(f"    void:propertyPartition [ void:property {prop} ; void:triples {_n(n)} ] ;")
    lines[-1] = lines[-1][:-2] + " ."
    for fmt in RDF_FORMATS:
        lines += [
            "",
            f"<{DATASET}/distribution/{fmt}> a dcat:Distribution ;",
            f'    dcterms:title "kg export --format {fmt}" ;',
            f"    dcat:downloadURL <{base_url}graph{EXTENSIONS[fmt]}> ;",
            f"    dcat:mediaType <https://www.iana.org/assignments/media-types/{MEDIA_TYPES[fmt]}> .",
        ]
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


def import_file(db: Store, path: Path, fmt: str | None = None) -> int:
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
    header = ox.NamedNode(DATASET)
    try:
        data = path.read_bytes()
        if rdf_format == ox.RdfFormat.RDF_XML:
            check_entities(path, data)
        quads = [
            q if rdf_format.supports_datasets else ox.Quad(q.subject, q.predicate, q.object, graph)
            for q in ox.parse(data, rdf_format)
            if q.subject != header  # the export's header describes the file; each export writes it anew
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


def ensure_ontology(db: Store, files: list[Path]) -> bool:
    """Load the ontology into its named graph when the store has none, as a build does, so the
    saved queries (which read the sector hierarchy and labels from it) answer on imported data.
    Returns whether it was loaded."""
    from kg.lexicon import ontology_digest

    if ox.NamedNode(ONTOLOGY_GRAPH) in set(db.named_graphs()):
        return False
    for path in files:
        kgstore.load_file(db, path, ONTOLOGY_GRAPH)
    onto = ox.NamedNode(ONTOLOGY_GRAPH)
    db.add(ox.Quad(onto, ox.NamedNode(f"{DKG}ontologyHash"), ox.Literal(ontology_digest(files)), onto))
    return True


# -- rows ---------------------------------------------------------------------------------
# the prefixes that tables (kg query, kg serve) write IRIs with; rdf: and xsd: IRIs stay whole
DISPLAY_PREFIXES = {prefix: ns for prefix, ns in PREFIXES.items() if prefix not in ("rdf", "xsd")}


def compact(term: Term | None) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in DISPLAY_PREFIXES.items():
            if term.value.startswith(ns):
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
            writer.writerow([csv_text(t) for t in row])
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


def csv_text(term: Term | None) -> str:
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
