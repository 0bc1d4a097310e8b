"""The project's namespaces as plain strings, for code that must not import rdflib (the query path)."""

from __future__ import annotations

DKG = "https://w3id.org/dkg/ontology#"
DKGR = "https://w3id.org/dkg/id/"
ONTOLOGY_GRAPH = "https://w3id.org/dkg/ontology"
# The ontology's types, labels and Wikidata links of the gazetteer and sector concepts that the
# article graphs link to, once per store (article graphs hold no copies of them).
REFERENCE_GRAPH = "https://w3id.org/dkg/id/graph/reference"

PREFIXES: dict[str, str] = {
    "dkg": DKG,
    "dkgr": DKGR,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "wd": "http://www.wikidata.org/entity/",
}
