"""The Python API gives what the command line gives: kg.open, build, query, query_sparql, export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import QueryError, StoreError

from .conftest import EXAMPLES

CASES = [
    ("sectors-discussed", {"a": "Malaysia", "b": "Russia"}),
    ("sectors-discussed", {"a": "Indonesia", "b": "Rusia"}),
    ("summits-of", {"actor": "Malaysia"}),
    ("counterparts", {"actor": "Indonesia"}),
]


def _cli_csv(store: Path, name: str, params: dict[str, str]) -> list[dict[str, str]]:
    args = ["query", "--store", str(store), name, "--format", "csv"]
    for key, value in params.items():
        args += ["-p", f"{key}={value}"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize(("name", "params"), CASES)
def test_api_query_rows_equal_kg_query_csv(example_store: Path, name: str, params: dict[str, str]) -> None:
    rows = kg.open(example_store).query(name, **params)
    expected = _cli_csv(example_store, name, params)
    assert expected, "the case should have rows"
    assert [{k: v or "" for k, v in row.items()} for row in rows] == expected
    assert rows.columns == list(expected[0])


def test_api_query_params_dict_for_python_keywords(example_store: Path) -> None:
    graph = kg.open(example_store)
    everything = graph.query("summits-of", actor="Malaysia")
    later = graph.query("summits-of", actor="Malaysia", params={"from": "2100"})
    assert len(everything) > 0 and len(later) == 0


def test_api_query_in_a_worker_process_gives_the_same_rows(example_store: Path) -> None:
    graph = kg.open(example_store)
    inline = graph.query("sectors-discussed", a="Malaysia", b="Russia")
    isolated = graph.query("sectors-discussed", a="Malaysia", b="Russia", timeout=30)
    assert list(inline) == list(isolated)


def test_api_query_sparql_select_and_ask(example_store: Path) -> None:
    graph = kg.open(example_store)
    count = graph.query_sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert count.columns == ["n"] and int(next(iter(count))["n"] or 0) > 100
    assert graph.query_sparql("ASK { ?s a <https://w3id.org/dkg/ontology#Summit> }").boolean is True


def test_api_query_sparql_limit_truncates(example_store: Path) -> None:
    rows = kg.open(example_store).query_sparql("SELECT * WHERE { ?s ?p ?o }", limit=3)
    assert len(rows) == 3 and rows.truncated


@pytest.mark.parametrize(
    "text", ["DELETE WHERE { ?s ?p ?o }", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"]
)
def test_api_query_sparql_refuses_updates_and_service_in_one_line(example_store: Path, text: str) -> None:
    with pytest.raises(QueryError) as caught:
        kg.open(example_store).query_sparql(text)
    assert "refused" in str(caught.value) and "\n" not in str(caught.value)


def test_api_unknown_query_is_one_line_with_a_hint(example_store: Path) -> None:
    with pytest.raises(QueryError) as caught:
        kg.open(example_store).query("sectors-discused", a="Malaysia", b="Russia")
    assert "did you mean sectors-discussed" in str(caught.value) and "\n" not in str(caught.value)


def test_api_unknown_label_is_one_line(example_store: Path) -> None:
    with pytest.raises(QueryError) as caught:
        kg.open(example_store).query("sectors-discussed", a="Malaysiaa", b="Russia")
    assert "matches no label" in str(caught.value) and "\n" not in str(caught.value)


def test_api_missing_store_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        kg.open(tmp_path / "none").query_sparql("ASK { ?s ?p ?o }")
    assert "no store here" in str(caught.value) and "\n" not in str(caught.value)


def test_api_to_pandas_shape_and_numbers(example_store: Path) -> None:
    pytest.importorskip("pandas", reason="pandas is the optional [pandas] extra")
    graph = kg.open(example_store)
    rows = graph.query("sectors-discussed", a="Malaysia", b="Russia")
    frame = rows.to_pandas()
    assert frame.shape == (len(rows), len(rows.columns)) and list(frame.columns) == rows.columns
    counts = graph.query_sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").to_pandas()
    assert counts["n"].dtype.kind == "i"


def test_api_to_pandas_without_pandas_names_the_extra(example_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas then raises ImportError
    rows = kg.open(example_store).query("sectors-discussed", a="Malaysia", b="Russia")
    with pytest.raises(ImportError, match=r"dkg\[pandas\]"):
        rows.to_pandas()


def test_api_build_returns_the_report_and_export_writes_a_file(tmp_path: Path) -> None:
    graph = kg.open(tmp_path / "store")
    report = graph.build([EXAMPLES / "anwar-xi-beijing.txt"])
    assert report.ok and report.articles == 1
    assert graph.build([EXAMPLES / "anwar-xi-beijing.txt"]).unchanged == 1
    out = tmp_path / "graph.ttl"
    graph.export(out, format="turtle")
    assert out.read_text(encoding="utf-8").startswith("@prefix") and not (tmp_path / "graph.ttl.part").exists()
    buffer = io.BytesIO()
    graph.export(buffer, format="nt")
    assert b"https://w3id.org/dkg/" in buffer.getvalue()
