"""Render the ontology's HTML reference for ontologists (make docs) with pyLODE.

pyLODE documents one ontology and does not follow owl:imports, so the modules (core, sectors,
gazetteer) are merged with rdflib into one graph under the top ontology's header first.
The external terms the core declares only to stay in OWL 2 DL (SKOS, PROV-O, schema.org, SEM,
NIF, Dublin Core) are left out of the reference.

    python docs/build_reference.py docs/ontology.html
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.settings import Settings
from kg.vocab import DKG

TOP = URIRef("https://w3id.org/dkg/ontology")


def merged(files: list[Path]) -> Graph:
    """The modules as one ontology: the top ontology's header, the dkg: terms, the individuals."""
    g = Graph()
    for path in files:
        g.parse(path, format="turtle")
    for module in set(g.subjects(RDF.type, OWL.Ontology)) - {TOP}:
        g.remove((module, None, None))
    g.remove((None, OWL.imports, None))
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in list(g.subjects(RDF.type, kind)):
            if isinstance(term, URIRef) and not str(term).startswith(str(DKG._NS)):
                g.remove((term, None, None))
    return g


def render(out: Path, settings: Settings) -> None:
    """Write the HTML reference of the merged ontology to ``out``."""
    from pylode import OntPub

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "dkg-merged.ttl"
        merged(settings.ontology_files()).serialize(source, format="turtle")
        out.parent.mkdir(parents=True, exist_ok=True)
        OntPub(ontology=source, sort_subjects=True).make_html(destination=out)


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/ontology.html"), Settings())
