"""The command line, in-process with CliRunner: exit codes, one-line errors, output formats."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

from .conftest import EXAMPLES


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_build_good_articles_exits_0(tmp_path: Path) -> None:
    result = _run("build", "--quiet", "--store", str(tmp_path / "s"), str(EXAMPLES))
    assert result.exit_code == 0, result.output
    assert "articles built" in result.stdout


def test_cli_build_with_a_bad_file_builds_the_rest_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        (EXAMPLES / "prabowo-putin-st-petersburg.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x01binary\x00")
    (folder / "empty.txt").write_bytes(b"")
    result = _run("build", "--quiet", "--store", str(tmp_path / "s"), str(folder))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("bad.txt: binary file" in e for e in errors)
    assert any("empty.txt: empty file" in e for e in errors)
    assert "articles built      │ 1" in result.stdout.replace("  │", "│") or "│ 1" in result.stdout


def test_cli_build_missing_path_is_reported(tmp_path: Path) -> None:
    result = _run("build", "--quiet", "--store", str(tmp_path / "s"), str(tmp_path / "nope"))
    assert result.exit_code == 1
    assert "nope: no such file or folder" in result.stderr


def test_cli_query_unknown_name_exits_2_with_a_hint(example_store: Path) -> None:
    result = _run("query", "--store", str(example_store), "sectors-discused", "-p", "a=x")
    assert result.exit_code == 2
    assert "did you mean sectors-discussed" in result.stderr


def test_cli_query_refuses_an_update(example_store: Path) -> None:
    result = _run("query", "--store", str(example_store), "-e", "DELETE WHERE { ?s ?p ?o }")
    assert result.exit_code == 2
    assert "read-only" in result.stderr


def test_cli_query_without_store_is_a_setup_error(tmp_path: Path) -> None:
    result = _run("query", "--store", str(tmp_path / "none"), "-e", "SELECT * WHERE { ?s ?p ?o }")
    assert result.exit_code == 2
    assert "no store here" in result.stderr


def test_cli_query_csv_has_a_header_row(example_store: Path) -> None:
    result = _run(
        "query",
        "--store",
        str(example_store),
        "sectors-discussed",
        "-p",
        "a=Indonesia",
        "-p",
        "b=Rusia",
        "--format",
        "csv",
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "sector,summit,date,evidence,article,summitIri,sectorIri,firstDay"
    assert any("Energy" in line for line in lines[1:])


def test_cli_query_json_is_sparql_results_json(example_store: Path) -> None:
    result = _run(
        "query", "--store", str(example_store), "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json"
    )
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["n"]
    assert int(data["results"]["bindings"][0]["n"]["value"]) > 100


def test_cli_query_unknown_name_parameter_lists_closest_labels(example_store: Path) -> None:
    result = _run("query", "--store", str(example_store), "sectors-discussed", "-p", "a=Indonesiaa", "-p", "b=Russia")
    assert result.exit_code == 2
    assert "matches no label" in result.stderr
    assert "indonesia" in result.stderr.lower()


def test_cli_param_without_equals_is_a_usage_error(example_store: Path) -> None:
    result = _run("query", "--store", str(example_store), "sectors-discussed", "-p", "Malaysia")
    assert result.exit_code == 2
    assert "NAME=VALUE" in result.stderr


def test_cli_queries_lists_the_flagship_query() -> None:
    result = _run("queries")
    assert result.exit_code == 0
    assert "sectors-discussed" in result.stdout


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig"])
def test_cli_export_writes_a_file(example_store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    result = _run("export", "--store", str(example_store), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000
    assert not out.with_name(out.name + ".part").exists()


def test_cli_validate_store_conforms(example_store: Path) -> None:
    result = _run("validate", "--store", str(example_store), "--no-warnings")
    assert result.exit_code == 0, result.output
    assert "0 violations" in result.stdout


def test_cli_validate_file_with_violation_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix dkg: <https://w3id.org/dkg/ontology#> .\n"
        '<https://w3id.org/dkg/id/summit/x> a dkg:Summit ; dkg:status "maybe" .\n',
        encoding="utf-8",
    )
    result = _run("validate", "--file", str(bad))
    assert result.exit_code == 1
    assert "summit/x" in result.stdout
    assert "held" in result.stdout


def test_cli_lexicon_shows_sector_labels() -> None:
    result = _run("lexicon", "--kind", "Position", "--format", "csv")
    assert result.exit_code == 0
    assert "Menteri Luar Negeri" in result.stdout or "menteri luar negeri" in result.stdout.lower()


def test_cli_info_names_the_store(example_store: Path) -> None:
    result = _run("info", "--store", str(example_store))
    assert "articles" in result.stdout
