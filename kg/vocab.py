"""Vocabulary terms as checked names: a typo in a dkg: term fails at import time."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

from kg import iris


class DKG(DefinedNamespace):
    """The DKG ontology (TBox). Closed: only terms declared in ontology/core.ttl."""

    _NS = Namespace("https://w3id.org/dkg/ontology#")
    _fail = True

    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Position: URIRef
    HeadOfState: URIRef
    VicePresident: URIRef
    HeadOfGovernment: URIRef
    ForeignMinister: URIRef
    DeputyForeignMinister: URIRef
    Minister: URIRef
    Ambassador: URIRef
    Spokesperson: URIRef
    SecretaryGeneral: URIRef
    Place: URIRef
    City: URIRef
    Venue: URIRef
    Summit: URIRef
    BilateralMeeting: URIRef
    MultilateralSummit: URIRef
    Forum: URIRef
    Conference: URIRef
    MinisterialMeeting: URIRef
    SeniorOfficialsMeeting: URIRef
    Dialogue: URIRef
    OfficialVisit: URIRef
    StateVisit: URIRef
    Agreement: URIRef
    Declaration: URIRef
    MemorandumOfUnderstanding: URIRef
    ActionProgramme: URIRef
    WorkPlan: URIRef
    JointStatement: URIRef
    Treaty: URIRef
    DocumentPackage: URIRef
    Sector: URIRef
    Figure: URIRef
    Article: URIRef
    ExtractionRun: URIRef
    Evidence: URIRef
    DateValue: URIRef
    holdsPosition: URIRef
    positionFor: URIRef
    represents: URIRef
    startDate: URIRef
    endDate: URIRef
    startYear: URIRef
    endYear: URIRef
    memberOf: URIRef
    seeksMembershipOf: URIRef
    partOf: URIRef
    agencyOf: URIRef
    locatedIn: URIRef
    capital: URIRef
    participant: URIRef
    participantCountry: URIRef
    inSector: URIRef
    summitInSector: URIRef
    agreementInSector: URIRef
    location: URIRef
    venue: URIRef
    date: URIRef
    firstDay: URIRef
    lastDay: URIRef
    datePrecision: URIRef
    status: URIRef
    discussedSector: URIRef
    party: URIRef
    partyCountry: URIRef
    signatory: URIRef
    adoptedAt: URIRef
    coversSector: URIRef
    figureBetween: URIRef
    measure: URIRef
    value: URIRef
    unit: URIRef
    year: URIRef
    mentionedIn: URIRef
    evidence: URIRef
    supports: URIRef
    supportsProperty: URIRef
    supportsValue: URIRef
    quote: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    contentHash: URIRef
    sourceFile: URIRef
    language: URIRef
    softwareVersion: URIRef
    ontologyHash: URIRef


DKGR = Namespace("https://w3id.org/dkg/id/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")
ONTOLOGY_GRAPH = URIRef(iris.ONTOLOGY_GRAPH)
REFERENCE_GRAPH = URIRef(iris.REFERENCE_GRAPH)

PREFIXES: dict[str, str] = iris.PREFIXES
