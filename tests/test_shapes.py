"""The SHACL shapes: every constraint passes the conforming fixture and catches its violation.

tests/fixtures/shapes/conforming.ttl is one article graph with no finding of any severity. Each
case below breaks it with one SPARQL update and expects the named shape's constraint to be
reported on the right focus node, with the shape's own message and the severity chosen for it
(pySHACL test_120 style). A test checks that every constraint in shapes/ has a case.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl.entrypoints import meta_validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.settings import Settings
from kg.validate import load_shapes, validate
from kg.vocab import DKG

from .conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "shapes" / "conforming.ttl"
DKGSH = Namespace("https://w3id.org/dkg/shapes#")
ID = "https://w3id.org/dkg/id/"
HEADER = f"""BASE <{ID}>
PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
# constraint parameter → the component pySHACL reports
PARAMETERS = {
    SH.minCount: "MinCount",
    SH.maxCount: "MaxCount",
    SH["class"]: "Class",
    SH.datatype: "Datatype",
    SH.nodeKind: "NodeKind",
    SH["in"]: "In",
    SH.node: "Node",
    SH["or"]: "Or",
    SH.xone: "Xone",
    SH.pattern: "Pattern",
    SH.minLength: "MinLength",
    SH.uniqueLang: "UniqueLang",
    SH.qualifiedMinCount: "QualifiedMinCount",
    SH.lessThan: "LessThan",
    SH.sparql: "SPARQL",
}
SEVERITY = {"V": SH.Violation, "W": SH.Warning, "I": SH.Info}

SUMMIT, PLANNED = "<summit/2025-06-19>", "<summit/2025-10-brics>"
AGREEMENT, ARTICLE, RUN = "<agreement/declaration>", "<article/a>", "<run/0-1-0>"
PERSON, POSITION, CITY = "<person/prabowo>", "<position/prabowo-president>", "<city/st-petersburg>"
INDONESIA, RUSSIA, BRICS, OECD = "<country/indonesia>", "<country/russia>", "<org/brics>", "<org/oecd>"
ENERGY, NUCLEAR, FIGURE = "<sector/energy>", "<sector/nuclear-energy>", "<figure/0>"
EVIDENCE, STATEMENT = "<evidence/s4>", "<evidence/s0-prabowo>"
OTHER = "<http://example.org/elsewhere>"


def drop(s: str, p: str, o: str = "?o") -> str:
    return f"DELETE WHERE {{ {s} {p} {o} }}"


def add(s: str, p: str, o: str) -> str:
    return f"INSERT DATA {{ {s} {p} {o} }}"


def swap(s: str, p: str, o: str) -> str:
    return drop(s, p) + " ;\n" + add(s, p, o)


# (shape, component, severity, focus, update); focus and objects are IRIs relative to dkgr:
CASES = [
    # -- Summit ------------------------------------------------------------------------------
    ("Summit-label", "MinCount", "V", SUMMIT, drop(SUMMIT, "rdfs:label")),
    ("Summit-labelText", "NodeKind", "V", SUMMIT, add(SUMMIT, "rdfs:label", OTHER)),
    ("Summit-status", "MinCount", "V", SUMMIT, drop(SUMMIT, "dkg:status")),
    ("Summit-status", "MaxCount", "V", SUMMIT, add(SUMMIT, "dkg:status", '"planned"')),
    ("Summit-statusValue", "In", "V", SUMMIT, swap(SUMMIT, "dkg:status", '"maybe"')),
    ("Summit-date", "MaxCount", "V", SUMMIT, add(SUMMIT, "dkg:date", '"2025-06-19"^^xsd:date')),
    ("Summit-dateValue", "Node", "V", SUMMIT, swap(SUMMIT, "dkg:date", '"June 2025"')),
    ("Summit-dateKnown", "MinCount", "I", SUMMIT, drop(SUMMIT, "dkg:date")),
    ("Summit-participant", "Class", "V", SUMMIT, add(SUMMIT, "dkg:participant", ENERGY)),
    ("Summit-participantFound", "MinCount", "W", PLANNED, drop(PLANNED, "dkg:participant")),
    ("Summit-participantCountry", "Class", "V", SUMMIT, add(SUMMIT, "dkg:participantCountry", ENERGY)),
    ("Summit-location", "MaxCount", "V", SUMMIT, add(SUMMIT, "dkg:location", RUSSIA)),
    ("Summit-locationPlace", "Class", "V", SUMMIT, swap(SUMMIT, "dkg:location", BRICS)),
    ("Summit-sector", "Class", "V", SUMMIT, add(SUMMIT, "dkg:discussedSector", RUSSIA)),
    ("Summit-sectorRolledUp", "Class", "V", SUMMIT, add(SUMMIT, "dkg:summitInSector", RUSSIA)),
    ("Summit-article", "MinCount", "V", SUMMIT, drop(SUMMIT, "dkg:mentionedIn")),
    ("Summit-articleClass", "Class", "V", SUMMIT, add(SUMMIT, "dkg:mentionedIn", RUN)),
    ("Summit-evidence", "MinCount", "V", PLANNED, drop(PLANNED, "dkg:evidence")),
    ("Summit-evidenceClass", "Class", "V", SUMMIT, add(SUMMIT, "dkg:evidence", ARTICLE)),
    ("HeldSummitNotAfterArticle", "SPARQL", "V", SUMMIT, swap(SUMMIT, "dkg:date", '"2025-07"^^xsd:gYearMonth')),
    ("PlannedSummitNotBeforeArticle", "SPARQL", "W", PLANNED, swap(PLANNED, "dkg:date", '"2025-05-01"^^xsd:date')),
    ("SummitStatementEvidence", "SPARQL", "W", SUMMIT, drop(SUMMIT, "dkg:evidence", "<evidence/s1-energy>")),
    ("SummitClosure", "Class", "W", SUMMIT, drop(SUMMIT, "a", "dkg:Summit")),
    # -- Agreement ---------------------------------------------------------------------------
    ("Agreement-label", "MinCount", "V", AGREEMENT, drop(AGREEMENT, "rdfs:label")),
    ("Agreement-labelText", "NodeKind", "V", AGREEMENT, add(AGREEMENT, "rdfs:label", OTHER)),
    ("Agreement-date", "MaxCount", "V", AGREEMENT, add(AGREEMENT, "dkg:date", '"2025-06"^^xsd:gYearMonth')),
    ("Agreement-dateValue", "Node", "V", AGREEMENT, swap(AGREEMENT, "dkg:date", '"2025-06-19"^^xsd:dateTime')),
    ("Agreement-party", "Class", "V", AGREEMENT, add(AGREEMENT, "dkg:party", ENERGY)),
    ("Agreement-partyFound", "MinCount", "W", AGREEMENT, drop(AGREEMENT, "dkg:party")),
    ("Agreement-partyCountry", "Class", "V", AGREEMENT, add(AGREEMENT, "dkg:partyCountry", ENERGY)),
    ("Agreement-signatory", "Class", "V", AGREEMENT, add(AGREEMENT, "dkg:signatory", RUSSIA)),
    ("Agreement-adoptedAt", "MaxCount", "V", AGREEMENT, add(AGREEMENT, "dkg:adoptedAt", PLANNED)),
    ("Agreement-adoptedAtSummit", "Class", "V", AGREEMENT, swap(AGREEMENT, "dkg:adoptedAt", BRICS)),
    ("Agreement-sector", "Class", "V", AGREEMENT, add(AGREEMENT, "dkg:coversSector", RUSSIA)),
    ("Agreement-sectorRolledUp", "Class", "V", AGREEMENT, add(AGREEMENT, "dkg:agreementInSector", RUSSIA)),
    ("Agreement-article", "MinCount", "V", AGREEMENT, drop(AGREEMENT, "dkg:mentionedIn")),
    ("Agreement-articleClass", "Class", "V", AGREEMENT, add(AGREEMENT, "dkg:mentionedIn", RUN)),
    ("Agreement-evidence", "MinCount", "V", AGREEMENT, drop(AGREEMENT, "dkg:evidence")),
    ("Agreement-evidenceClass", "Class", "V", AGREEMENT, add(AGREEMENT, "dkg:evidence", ARTICLE)),
    ("AgreementDateAgreesWithSummit", "SPARQL", "W", AGREEMENT, swap(AGREEMENT, "dkg:date", '"2025-07-01"^^xsd:date')),
    ("AgreementStatementEvidence", "SPARQL", "W", AGREEMENT, drop(AGREEMENT, "dkg:evidence", "<evidence/s3-nuclear>")),
    ("AgreementClosure", "Class", "W", AGREEMENT, drop(AGREEMENT, "a", "dkg:Agreement")),
    # -- Actors --------------------------------------------------------------------------------
    ("Actor-label", "MinCount", "V", OECD, drop(OECD, "rdfs:label")),
    ("Actor-labelText", "NodeKind", "V", OECD, add(OECD, "rdfs:label", OTHER)),
    (
        "Actor-labelLanguages",
        "UniqueLang",
        "W",
        OECD,
        add(OECD, "rdfs:label", '"Organisation for Economic Co-operation and Development"@en'),
    ),
    ("Actor-memberOf", "Class", "V", RUSSIA, add(RUSSIA, "dkg:memberOf", INDONESIA)),
    ("Actor-seeksMembershipOf", "Class", "V", INDONESIA, add(INDONESIA, "dkg:seeksMembershipOf", ENERGY)),
    ("Actor-articleClass", "Class", "V", PERSON, add(PERSON, "dkg:mentionedIn", RUN)),
    ("ActorKind", "Xone", "V", BRICS, add(BRICS, "a", "dkg:Country")),
    ("Person-represents", "Or", "V", PERSON, add(PERSON, "dkg:represents", CITY)),
    ("Person-representsKnown", "MinCount", "I", PERSON, drop(PERSON, "dkg:represents")),
    ("Person-position", "Class", "V", PERSON, add(PERSON, "dkg:holdsPosition", RUSSIA)),
    ("ActorClosure", "Class", "W", OECD, drop(OECD, "a", "dkg:Actor")),
    ("CountryClosure", "Class", "W", INDONESIA, drop(INDONESIA, "a", "dkg:Place")),
    # -- Positions -----------------------------------------------------------------------------
    ("Position-for", "MinCount", "V", POSITION, drop(POSITION, "dkg:positionFor")),
    ("Position-forActor", "Or", "V", POSITION, swap(POSITION, "dkg:positionFor", CITY)),
    ("Position-start", "MaxCount", "V", POSITION, add(POSITION, "dkg:startDate", '"2024"^^xsd:gYear')),
    ("Position-start", "Node", "V", POSITION, swap(POSITION, "dkg:startDate", '"20 October 2024"')),
    ("Position-end", "MaxCount", "V", POSITION, add(POSITION, "dkg:endDate", '"2029-10"^^xsd:gYearMonth')),
    ("Position-end", "Node", "V", POSITION, swap(POSITION, "dkg:endDate", '"2029"^^xsd:integer')),
    # -- Places and sectors ----------------------------------------------------------------------
    ("Place-label", "MinCount", "V", CITY, drop(CITY, "rdfs:label")),
    ("Place-labelText", "NodeKind", "V", CITY, add(CITY, "rdfs:label", OTHER)),
    ("Place-locatedIn", "Class", "V", CITY, add(CITY, "dkg:locatedIn", ENERGY)),
    ("Sector-prefLabel", "MinCount", "V", NUCLEAR, drop(NUCLEAR, "skos:prefLabel")),
    ("Sector-prefLabelLanguages", "UniqueLang", "V", ENERGY, add(ENERGY, "skos:prefLabel", '"Power"@en')),
    ("Sector-prefLabelEnglish", "QualifiedMinCount", "W", ENERGY, drop(ENERGY, "skos:prefLabel", '"Energy"@en')),
    ("Sector-broader", "Class", "V", NUCLEAR, add(NUCLEAR, "skos:broader", RUSSIA)),
    # -- Articles and runs -------------------------------------------------------------------------
    ("Article-identifier", "MinCount", "V", ARTICLE, drop(ARTICLE, "schema:identifier")),
    ("Article-identifier", "MaxCount", "V", ARTICLE, add(ARTICLE, "schema:identifier", '"b.txt"')),
    ("Article-identifierText", "Datatype", "V", ARTICLE, swap(ARTICLE, "schema:identifier", '"a.txt"@en')),
    ("Article-source", "MinCount", "V", ARTICLE, drop(ARTICLE, "dkg:sourceFile")),
    ("Article-sourceText", "Datatype", "V", ARTICLE, swap(ARTICLE, "dkg:sourceFile", '"a.txt"@en')),
    ("Article-label", "MinCount", "V", ARTICLE, drop(ARTICLE, "rdfs:label")),
    ("Article-hash", "MinCount", "V", ARTICLE, drop(ARTICLE, "dkg:contentHash")),
    ("Article-hash", "MaxCount", "V", ARTICLE, add(ARTICLE, "dkg:contentHash", '"' + "0" * 64 + '"')),
    ("Article-hashPattern", "Pattern", "V", ARTICLE, swap(ARTICLE, "dkg:contentHash", '"ABC123"')),
    ("Article-published", "MaxCount", "V", ARTICLE, add(ARTICLE, "schema:datePublished", '"2025-06-21"^^xsd:date')),
    ("Article-publishedValue", "Node", "V", ARTICLE, swap(ARTICLE, "schema:datePublished", '"20 June 2025"')),
    ("Article-publishedKnown", "MinCount", "W", ARTICLE, drop(ARTICLE, "schema:datePublished")),
    ("Article-language", "In", "W", ARTICLE, swap(ARTICLE, "dkg:language", '"fr"')),
    ("Article-run", "MinCount", "V", ARTICLE, drop(ARTICLE, "prov:wasGeneratedBy")),
    ("Article-run", "MaxCount", "V", ARTICLE, add(ARTICLE, "prov:wasGeneratedBy", "<run/other>")),
    ("Article-runClass", "Class", "V", ARTICLE, swap(ARTICLE, "prov:wasGeneratedBy", PERSON)),
    ("ArticleNewsArticle", "Class", "W", ARTICLE, drop(ARTICLE, "a", "schema:NewsArticle")),
    ("ExtractionRun-version", "MinCount", "V", RUN, drop(RUN, "dkg:softwareVersion")),
    ("ExtractionRun-version", "MaxCount", "V", RUN, add(RUN, "dkg:softwareVersion", '"0.2.0"')),
    ("ExtractionRun-ontologyHash", "MinCount", "V", RUN, drop(RUN, "dkg:ontologyHash")),
    ("ExtractionRun-ontologyHash", "MaxCount", "V", RUN, add(RUN, "dkg:ontologyHash", '"' + "1" * 64 + '"')),
    ("ExtractionRun-ontologyHash", "Pattern", "V", RUN, swap(RUN, "dkg:ontologyHash", '"a3da608c"')),
    # -- Evidence ---------------------------------------------------------------------------------
    ("Evidence-quote", "MinCount", "V", EVIDENCE, drop(EVIDENCE, "dkg:quote")),
    ("Evidence-quote", "MaxCount", "V", EVIDENCE, add(EVIDENCE, "dkg:quote", '"Trade grew."@en')),
    (
        "Evidence-quoteText",
        "Datatype",
        "V",
        EVIDENCE,
        swap(EVIDENCE, "dkg:quote", '"Trade reached 3.2 billion dollars in 2024."'),
    ),
    ("Evidence-quoteText", "MinLength", "V", EVIDENCE, swap(EVIDENCE, "dkg:quote", '""@en')),
    ("Evidence-begin", "MinCount", "V", EVIDENCE, drop(EVIDENCE, "dkg:beginIndex")),
    ("Evidence-begin", "MaxCount", "V", EVIDENCE, add(EVIDENCE, "dkg:beginIndex", "120")),
    ("Evidence-beginValue", "Node", "V", EVIDENCE, swap(EVIDENCE, "dkg:beginIndex", "-1")),
    ("Evidence-end", "MinCount", "V", EVIDENCE, drop(EVIDENCE, "dkg:endIndex")),
    ("Evidence-end", "MaxCount", "V", EVIDENCE, add(EVIDENCE, "dkg:endIndex", "164")),
    ("Evidence-endValue", "Node", "V", EVIDENCE, swap(EVIDENCE, "dkg:endIndex", '"163"')),
    ("Evidence-article", "MinCount", "V", EVIDENCE, drop(EVIDENCE, "dkg:mentionedIn")),
    ("Evidence-article", "MaxCount", "V", EVIDENCE, add(EVIDENCE, "dkg:mentionedIn", "<article/b>")),
    ("Evidence-articleClass", "Class", "V", EVIDENCE, swap(EVIDENCE, "dkg:mentionedIn", RUN)),
    ("Evidence-supports", "MinCount", "V", EVIDENCE, drop(EVIDENCE, "dkg:supports")),
    ("Evidence-supports", "MaxCount", "V", EVIDENCE, add(EVIDENCE, "dkg:supports", SUMMIT)),
    ("Evidence-supports", "NodeKind", "V", EVIDENCE, swap(EVIDENCE, "dkg:supports", '"figure 0"')),
    ("Evidence-supportsProperty", "MaxCount", "V", STATEMENT, add(STATEMENT, "dkg:supportsProperty", "dkg:location")),
    ("Evidence-supportsProperty", "NodeKind", "V", EVIDENCE, add(EVIDENCE, "dkg:supportsProperty", '"value"')),
    ("Evidence-supportsValue", "MaxCount", "V", STATEMENT, add(STATEMENT, "dkg:supportsValue", RUSSIA)),
    ("Evidence-supportsValue", "NodeKind", "V", EVIDENCE, add(EVIDENCE, "dkg:supportsValue", '"Russia"')),
    ("Evidence-order", "LessThan", "V", EVIDENCE, swap(EVIDENCE, "dkg:endIndex", "100")),
    ("EvidenceQuoteLength", "SPARQL", "W", EVIDENCE, swap(EVIDENCE, "dkg:quote", '"Trade reached 3.2 billion."@en')),
    ("EvidenceStatementExists", "SPARQL", "V", STATEMENT, swap(STATEMENT, "dkg:supportsValue", INDONESIA)),
    # -- Figures ----------------------------------------------------------------------------------
    ("Figure-value", "MinCount", "V", FIGURE, drop(FIGURE, "dkg:value")),
    ("Figure-value", "MaxCount", "V", FIGURE, add(FIGURE, "dkg:value", '"3.2"^^xsd:decimal')),
    ("Figure-valueDecimal", "Datatype", "V", FIGURE, swap(FIGURE, "dkg:value", '"3.2e9"^^xsd:double')),
    ("Figure-unit", "MinCount", "V", FIGURE, drop(FIGURE, "dkg:unit")),
    ("Figure-unit", "MaxCount", "V", FIGURE, add(FIGURE, "dkg:unit", '"IDR"')),
    ("Figure-measure", "MinCount", "V", FIGURE, drop(FIGURE, "dkg:measure")),
    ("Figure-measure", "MaxCount", "V", FIGURE, add(FIGURE, "dkg:measure", '"investment"')),
    ("Figure-year", "MaxCount", "V", FIGURE, add(FIGURE, "dkg:year", '"2023"^^xsd:gYear')),
    ("Figure-year", "Node", "V", FIGURE, swap(FIGURE, "dkg:year", '"2024"^^xsd:integer')),
    ("Figure-between", "Class", "V", FIGURE, add(FIGURE, "dkg:figureBetween", ENERGY)),
    ("Figure-evidence", "MinCount", "W", FIGURE, drop(FIGURE, "dkg:evidence")),
]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(Settings().shape_files())


def conforming() -> Graph:
    return Graph().parse(FIXTURE, format="turtle")


def focus_iri(term: str) -> URIRef:
    return URIRef(ID + term.strip("<>"))


def report_of(data: Graph, shapes: Graph, shape: URIRef) -> Graph:
    """pySHACL's report, running only the node shape that holds the shape (30 times faster than all).

    pySHACL's use_shapes builds only the shapes it is given, so the node shape's property shapes
    and the value shapes they refer to are passed too.
    """
    from pyshacl import validate as shacl_validate

    node_shape = shapes.value(None, SH.property, shape) or shape
    used = [node_shape, *shapes.objects(node_shape, SH.property), DKGSH.DateValue, DKGSH.Offset]
    _, report, _ = shacl_validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
        use_shapes=[str(s) for s in used],
    )
    assert isinstance(report, Graph), report
    return report


def message_of(shapes: Graph, shape: URIRef) -> str:
    """The shape's sh:message (for a SPARQL rule, its constraint's)."""
    constraint = shapes.value(shape, SH.sparql)
    message = shapes.value(constraint if constraint is not None else shape, SH.message)
    assert message is not None, f"{shape} has no sh:message"
    return str(message)


def constraints(shapes: Graph) -> set[tuple[str, str]]:
    """Every (shape, component) pair of the shapes that are applied: targeted shapes and their properties."""
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
    applied = {s for t in targets for s in shapes.subjects(t, None)}
    applied |= {p for s in list(applied) for p in shapes.objects(s, SH.property)}
    found = set()
    for shape in applied:
        for parameter, component in PARAMETERS.items():
            if (shape, parameter, None) in shapes:
                found.add((str(shape).removeprefix(str(DKGSH)), component))
    return found


def test_shapes_conform_to_the_shacl_shacl_meta_shapes(shapes: Graph) -> None:
    conforms, _, text = meta_validate(shapes, inference="none")
    assert conforms, text


def test_shapes_meta_shapes_catch_a_malformed_shape() -> None:
    bad = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <http://example.org/S> a sh:NodeShape ; sh:property [ sh:path <http://example.org/p> ; sh:minCount "one" ] .""",
        format="turtle",
    )
    conforms, _, _ = meta_validate(bad, inference="none")
    assert not conforms


def test_shapes_conforming_fixture_has_no_finding(shapes: Graph) -> None:
    report = validate(conforming(), shapes)
    assert report.conforms
    assert [f.line() for f in report.findings] == []


@pytest.mark.parametrize(
    ("shape", "component", "severity", "focus", "update"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_shapes_constraint_reports_its_focus_node_and_message(
    shapes: Graph, shape: str, component: str, severity: str, focus: str, update: str
) -> None:
    data = conforming()
    data.update(HEADER + update)
    report = report_of(data, shapes, DKGSH[shape])
    expected = (DKGSH[shape], SH[f"{component}ConstraintComponent"])
    hits = [
        r
        for r in report.subjects(RDF.type, SH.ValidationResult)
        if (report.value(r, SH.sourceShape), report.value(r, SH.sourceConstraintComponent)) == expected
    ]
    assert hits, f"{shape} ({component}) was not reported"
    assert {report.value(r, SH.focusNode) for r in hits} == {focus_iri(focus)}
    assert {report.value(r, SH.resultSeverity) for r in hits} == {SEVERITY[severity]}
    assert {str(report.value(r, SH.resultMessage)) for r in hits} == {message_of(shapes, DKGSH[shape])}


def test_shapes_every_constraint_has_a_case(shapes: Graph) -> None:
    cased = {(c[0], c[1]) for c in CASES}
    assert constraints(shapes) - cased == set(), "constraints without a test case"
    assert cased - constraints(shapes) == set(), "cases for constraints that do not exist"


def test_shapes_every_message_is_one_plain_english_sentence(shapes: Graph) -> None:
    for shape, _ in constraints(shapes):
        message = message_of(shapes, DKGSH[shape])
        assert message[0].isupper() and message.rstrip().endswith((".", "?")), (shape, message)
        assert "{" not in message and "\n" not in message, (shape, message)


@pytest.mark.parametrize(("closure", "top"), [("SummitClosure", DKG.Summit), ("AgreementClosure", DKG.Agreement)])
def test_shapes_closure_targets_every_kind_in_the_ontology(shapes: Graph, closure: str, top: URIRef) -> None:
    ontology = Graph()
    for path in Settings().ontology_files():
        ontology.parse(path, format="turtle")
    kinds = set(ontology.transitive_subjects(RDFS.subClassOf, top)) - {top}
    assert kinds, f"the ontology has no subclasses of {top}"
    assert kinds <= set(shapes.objects(DKGSH[closure], SH.targetClass))


def test_shapes_files_are_read_by_the_validator(shapes: Graph) -> None:
    assert (DKGSH.SummitShape, RDF.type, SH.NodeShape) in shapes
    assert Path(FIXTURE).is_file()
    assert shapes.value(DKGSH["Summit-statusValue"], SH.message) == Literal(
        'A meeting\'s status is "held" or "planned".'
    )


def test_shapes_a_shape_pyshacl_refuses_is_one_shape_error_line() -> None:
    from kg.errors import ShapeError

    bad = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <http://example.org/S> a sh:NodeShape ; sh:targetNode <http://example.org/x> ;
            sh:sparql [ sh:select "SELECT $this WHERE { VALUES ?v { 1 } }" ] .""",
        format="turtle",
    )
    with pytest.raises(ShapeError) as caught:
        validate(conforming(), bad)
    assert str(caught.value).startswith("shapes: ") and "\n" not in str(caught.value)


def test_shapes_read_by_oxigraph_are_the_graph_rdflib_reads() -> None:
    from rdflib.compare import to_canonical_graph

    files = Settings().shape_files()
    shapes = load_shapes(files)  # not the fixture, which other tests add to
    by_rdflib = Graph()
    for path in files:
        by_rdflib.parse(path, format="turtle")
    assert set(to_canonical_graph(shapes)) == set(to_canonical_graph(by_rdflib))
    # the same literal terms, plain strings untyped as rdflib's parser leaves them
    assert sorted(repr(o) for o in shapes.objects() if isinstance(o, Literal)) == sorted(
        repr(o) for o in by_rdflib.objects() if isinstance(o, Literal)
    )


def test_shapes_file_that_is_not_turtle_is_one_shape_error_line(tmp_path: Path) -> None:
    from kg.errors import ShapeError

    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> sh:path [ .\n", encoding="utf-8")
    with pytest.raises(ShapeError) as caught:
        load_shapes([bad])
    assert str(caught.value).startswith(f"{bad}: cannot read shapes (") and "\n" not in str(caught.value)
