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

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

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
    _one_heading_per_term(g)
    return g


def _one_heading_per_term(g: Graph) -> None:
    """pyLODE writes every rdfs:label and title into the heading: keep the English one there and
    the Indonesian as skos:altLabel; a concept scheme's title is not the page's; the individuals
    (sectors, countries, organizations, persons, places) are typed owl:NamedIndividual so that
    pyLODE lists them."""
    for prop in (RDFS.label, DCTERMS.title):
        for s, o in list(g.subject_objects(prop)):
            if isinstance(o, Literal) and o.language not in (None, "en"):
                g.remove((s, prop, o))
                g.add((s, SKOS.altLabel, o))
    for scheme in list(g.subjects(RDF.type, SKOS.ConceptScheme)):
        g.remove((scheme, RDF.type, SKOS.ConceptScheme))
    schema = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.Ontology, RDFS.Datatype}
    for s, o in list(g.subject_objects(RDF.type)):
        if isinstance(s, URIRef) and str(o).startswith(str(DKG._NS)) and not set(g.objects(s, RDF.type)) & schema:
            g.add((s, RDF.type, OWL.NamedIndividual))


# what an individual's entry shows: its class, then its description and notes
INDIVIDUAL_PROPS = [RDF.type, RDFS.isDefinedBy, DCTERMS.description, SKOS.scopeNote, SKOS.example, SKOS.note]


def publisher() -> type:
    """pyLODE's OntPub profile with a Named Individuals section.

    OntPub (pyLODE 3.3) renders sections for classes and properties only: its legend knows the
    owl:NamedIndividual type, but no section lists the individuals, so typing them was not enough.
    The section is made by pyLODE's own ``section_html``, as those of the classes are.
    """
    from pylode import OntPub
    from pylode.utils import section_html

    class WithIndividuals(OntPub):  # type: ignore[misc]
        def _make_main_sections(self) -> None:
            super()._make_main_sections()
            if (None, RDF.type, OWL.NamedIndividual) not in self.ont:
                return
            with self.content:
                section_html(
                    "Named Individuals",
                    self.ont,
                    self.back_onts,
                    self.ns,
                    OWL.NamedIndividual,
                    INDIVIDUAL_PROPS,
                    self.toc,
                    "named_individuals",
                    self.fids,
                    self.props_labeled,
                ).render()

    return WithIndividuals


def render(out: Path, settings: Settings) -> None:
    """Write the HTML reference of the merged ontology to ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "dkg-merged.ttl"
        merged(settings.ontology_files()).serialize(source, format="turtle")
        out.parent.mkdir(parents=True, exist_ok=True)
        publisher()(ontology=source, sort_subjects=True).make_html(destination=out)


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/ontology.html"), Settings())
