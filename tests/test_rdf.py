"""Article graphs: English labels on meetings and documents, language-tagged quotes and labels, typed dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, XSD

from kg import store as kgstore
from kg.model import DateValue
from kg.rdf import date_bounds
from kg.vocab import DKG, SCHEMA


@pytest.fixture(scope="module")
def graph(sample_store: Path) -> Graph:
    db = kgstore.open_store(sample_store, read_only=True)
    return kgstore.graph_to_rdflib(db, [g for g in kgstore.graph_names(db) if "/article/" in g])


@pytest.mark.parametrize("cls", [DKG.Summit, DKG.Agreement])
def test_rdf_every_meeting_and_document_has_one_english_label(graph: Graph, cls: object) -> None:
    nodes = set(graph.subjects(RDF.type, cls))
    assert nodes
    for node in nodes:
        labels = [o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)]
        assert [o.language for o in labels].count("en") == 1, (node, labels)
        assert all(o.language for o in labels), (node, labels)


def test_rdf_indonesian_surface_name_is_kept_as_an_id_label(graph: Graph) -> None:
    ids = {
        str(o) for s in graph.subjects(RDF.type, DKG.Summit) for o in graph.objects(s, RDFS.label) if o.language == "id"
    }
    assert "KTT ASEAN" in ids
    english = {str(o) for s in graph.subjects(RDF.type, DKG.Summit) for o in graph.objects(s, RDFS.label)}
    assert "Anwar Ibrahim–Vladimir Putin bilateral meeting, 2025-05-14" in english


def test_rdf_quotes_carry_their_article_language(graph: Graph) -> None:
    quotes = list(graph.subject_objects(DKG.quote))
    assert len(quotes) > 50
    for ev, quote in quotes:
        article = graph.value(ev, DKG.mentionedIn)
        assert quote.language == str(graph.value(article, DKG.language)), ev


def test_rdf_minted_labels_are_language_tagged(graph: Graph) -> None:
    for cls in (DKG.Person, DKG.Figure, DKG.ExtractionRun):
        for node in graph.subjects(RDF.type, cls):
            assert all(o.language for o in graph.objects(node, RDFS.label)), node
    for article in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        if graph.value(article, SCHEMA.headline) is not None:
            assert all(o.language for o in graph.objects(article, RDFS.label)), article


def test_rdf_every_date_has_its_typed_first_and_last_day(graph: Graph) -> None:
    dated = list(graph.subject_objects(DKG.date))
    assert dated
    for node, value in dated:
        first, last = graph.value(node, DKG.firstDay), graph.value(node, DKG.lastDay)
        precision = str(graph.value(node, DKG.datePrecision))
        assert first.datatype == last.datatype == XSD.date, node
        assert str(first).startswith(str(value)) and str(last).startswith(str(value))
        assert precision == {XSD.date: "day", XSD.gYearMonth: "month", XSD.gYear: "year"}[value.datatype]


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        (DateValue(2025, 5, 14), "2025-05-14", "2025-05-14"),
        (DateValue(2024, 2), "2024-02-01", "2024-02-29"),
        (DateValue(2025, 2), "2025-02-01", "2025-02-28"),
        (DateValue(2025), "2025-01-01", "2025-12-31"),
    ],
)
def test_rdf_date_bounds_cover_the_period(value: DateValue, first: str, last: str) -> None:
    assert tuple(d.isoformat() for d in date_bounds(value)) == (first, last)


def test_rdf_middle_initials_dropped_for_an_alternative_label() -> None:
    from kg.rdf import without_middle_initials

    assert without_middle_initials("Yasonna H. Laoly") == "Yasonna Laoly"
    assert without_middle_initials("S. Iswaran") == "S. Iswaran"  # a leading initial is part of the name
    assert without_middle_initials("Anwar Ibrahim") == "Anwar Ibrahim"


@pytest.mark.parametrize(("cls", "prop"), [(DKG.Summit, DKG.summitInSector), (DKG.Agreement, DKG.agreementInSector)])
def test_rdf_kind_sector_roll_up_repeats_in_sector_for_its_kind(sample_store: Path, cls: object, prop: object) -> None:
    """dkg:summitInSector and dkg:agreementInSector hold, graph by graph, exactly the dkg:inSector
    links of meetings and of agreements: what sector-ranking counts without reading types."""
    db = kgstore.open_store(sample_store, read_only=True)

    def links(pattern: str) -> set[tuple[str, ...]]:
        rows = kgstore.select(db, f"SELECT ?g ?x ?s WHERE {{ GRAPH ?g {{ {pattern} }} }}")
        return {tuple(str(t) for t in row) for row in rows.rows}

    rolled_up = links(f"?x a <{cls}> ; <{DKG.inSector}> ?s")
    assert len(rolled_up) > 10
    assert links(f"?x <{prop}> ?s") == rolled_up
    direct = f"?x ?direct ?s FILTER (?direct NOT IN (<{prop}>, <{DKG.inSector}>))"
    broader = links(f"?x <{prop}> ?s FILTER NOT EXISTS {{ {direct} }}")
    assert broader, "no broader sector was rolled up in the sample"
