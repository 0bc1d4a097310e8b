"""Every saved query answers its question on a build of the sample articles.

The expected rows are facts the gold annotations in ../shared/gold state about those articles
(which meeting, which date, which sectors), not merely a non-empty result.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import store as kgstore
from kg.errors import QueryError
from kg.queries import find_query, run, saved_queries
from kg.settings import Settings

from .conftest import shared_dir

QUERIES = Settings().queries_dir


@pytest.fixture(scope="module")
def db(sample_store: Path):
    return kgstore.open_store(sample_store, read_only=True)


def rows(db, name: str, **params: str) -> list[dict[str, str]]:
    result = run(db, find_query(QUERIES, name), params)
    return [
        {c: ("" if v is None else v.value) for c, v in zip(result.columns, row, strict=True)} for row in result.rows
    ]


def test_queries_every_saved_query_has_a_title_description_and_example() -> None:
    names = {q.name for q in saved_queries(QUERIES)}
    expected = {
        "sectors-discussed",
        "summits-of",
        "agreements-between",
        "counterparts",
        "members",
        "sector-ranking",
        "sector-activity",
        "evidence",
        "figures",
        "planned",
    }
    assert expected <= names
    for q in saved_queries(QUERIES):
        assert q.title and q.description and q.examples and q.examples[0].startswith("kg query"), q.name


def test_queries_sectors_discussed_finds_the_anwar_putin_meeting(db) -> None:
    found = rows(db, "sectors-discussed", a="Malaysia", b="Russia")
    gold = {
        "Education",
        "Food Security",
        "Agriculture",
        "Technology",
        "Oil and Gas",
        "Petrochemicals",
        "Digital Economy",
        "Artificial Intelligence",
        "Trade",
        "Investment",
        "Energy",
        "Nuclear Energy",
    }
    meeting = [r for r in found if r["date"] == "2025-05-14"]
    assert gold <= {r["sector"] for r in meeting}
    assert all(r["evidence"] and r["article"].startswith("000_") for r in meeting)


def test_queries_names_resolve_in_indonesian_and_any_case(db) -> None:
    english = rows(db, "sectors-discussed", a="Malaysia", b="Russia")
    assert rows(db, "sectors-discussed", a="malaysia", b="Rusia") == english


def test_queries_unknown_name_lists_the_closest_labels(db) -> None:
    with pytest.raises(QueryError, match="matches no label; closest labels: .*malaysia"):
        rows(db, "sectors-discussed", a="Malaysiaa", b="Russia")


def test_queries_summits_of_gives_the_timeline_with_dates_and_status(db) -> None:
    timeline = rows(db, "summits-of", actor="Russia")
    dated = {(r["date"], r["status"]) for r in timeline}
    # gold: Xi–Putin meeting 2025-05-08, Anwar–Putin 2025-05-14, first ASEAN–Russia summit 2005-12-13
    assert {("2025-05-08", "held"), ("2025-05-14", "held"), ("2005-12-13", "held")} <= dated
    xi = next(r for r in timeline if r["date"] == "2025-05-08")
    assert "Xi Jinping" in xi["others"] and xi["place"] == "Moscow"


def test_queries_summits_of_keeps_to_the_period(db) -> None:
    period = rows(db, "summits-of", actor="Russia", **{"from": "2025-05", "to": "2025-05"})
    assert {r["date"] for r in period} == {"2025-05-08", "2025-05-14"}


def test_queries_agreements_between_lists_the_documents_and_their_sectors(db) -> None:
    russia_china = rows(db, "agreements-between", a="Russia", b="China")
    kinds = {r["kind"] for r in russia_china if r["date"] == "2025-05-08"}
    assert {"Joint statement", "Package of documents"} <= kinds
    package = next(r for r in russia_china if r["kind"] == "Package of documents")
    assert {"Quarantine", "Film", "Biosecurity"} <= set(package["sectors"].split(", "))
    asean = rows(db, "agreements-between", a="ASEAN", b="Russia")
    assert {r["kind"] for r in asean if r["date"] == "2005-12-13"} >= {"Declaration", "Action programme"}


def test_queries_counterparts_count_meetings_and_the_last_date(db) -> None:
    counterparts = {r["counterpart"]: r for r in rows(db, "counterparts", actor="Russia")}
    assert counterparts["China"]["last"] == "2025-05-08"
    assert int(counterparts["ASEAN"]["meetings"]) >= 3
    assert "Russia" not in counterparts


def test_queries_members_include_applicants_with_their_evidence(db) -> None:
    members = {r["member"]: r for r in rows(db, "members", org="BRICS")}
    assert members["Malaysia"]["status"] == "applicant" and "BRICS" in members["Malaysia"]["evidence"]
    assert {"Russia", "China", "India", "Brazil", "South Africa"} <= {
        m for m, r in members.items() if r["status"] == "member"
    }


def test_queries_sector_ranking_rolls_narrower_sectors_up(db) -> None:
    ranking = {r["sector"]: int(r["total"]) for r in rows(db, "sector-ranking")}
    # Nuclear Energy (Anwar–Putin; the ACE–Rosatom MoU) counts for Energy too
    assert ranking["Energy"] >= ranking["Nuclear Energy"] >= 2
    malaysia = {r["sector"] for r in rows(db, "sector-ranking", actor="Malaysia")}
    assert {"Education", "Food Security"} <= malaysia and "Film" not in malaysia


def test_queries_sector_activity_includes_narrower_sectors(db) -> None:
    found = rows(db, "sector-activity", sector="Security")
    assert {"Transnational Crime", "Drug Control", "ICT Security"} <= {r["found"] for r in found}
    assert {"meeting", "agreement"} == {r["what"] for r in found}


def test_queries_evidence_gives_sentences_with_offsets(db) -> None:
    found = rows(db, "evidence", resource="Rosatom")
    assert found and all(r["article"].startswith("001_") for r in found)
    body = (shared_dir("articles") / found[0]["article"]).read_text(encoding="utf-8")
    assert body[int(found[0]["begin"]) : int(found[0]["end"])] == found[0]["quote"]


def test_queries_figures_read_the_trade_value(db) -> None:
    found = rows(db, "figures", a="Malaysia", b="Russia")
    assert any(r["measure"] == "trade" and float(r["value"]) == 3.2e9 and r["year"] == "2024" for r in found)


def test_queries_planned_lists_the_announced_meetings(db) -> None:
    planned = rows(db, "planned")
    dates = {r["date"] for r in planned}
    # gold: the Kazan Forum of 16 May 2025 and the ASEAN summit of October 2025 were still to come
    assert {"2025-05-16", "2025-10"} <= dates


_TYPED = """PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT DISTINCT ?s WHERE { ?s a dkg:Summit ; dkg:firstDay ?day FILTER (?day >= "1900-01-01"^^xsd:date) }"""
_DATED = """PREFIX dkg: <https://w3id.org/dkg/ontology#>
SELECT DISTINCT ?s WHERE { ?s a dkg:Summit ; dkg:date ?d }"""


def test_queries_typed_date_filter_sees_every_dated_meeting_in_oxigraph_and_rdflib(db) -> None:
    dated = {r[0].value for r in kgstore.select(db, _DATED).rows}
    typed = {r[0].value for r in kgstore.select(db, _TYPED).rows}
    assert len(dated) >= 8 and typed == dated  # day, month and year precision alike
    union = kgstore.graph_to_rdflib(db, [g for g in kgstore.graph_names(db) if "/article/" in g])
    assert {str(r[0]) for r in union.query(_TYPED)} == dated


def test_queries_summits_of_from_a_first_day_keeps_the_month_dated_meeting(db) -> None:
    # "2025-10" (a month) lies within from=2025-10-01; a string comparison dropped it
    period = rows(db, "summits-of", actor="Malaysia", **{"from": "2025-10-01"})
    assert "2025-10" in {r["date"] for r in period}
    assert all(r["firstDay"] >= "2025-10-01" for r in period)
    assert all(r["summitIri"].startswith("https://w3id.org/dkg/id/") for r in period)
