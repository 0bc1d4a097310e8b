"""kg validate: findings grouped by article, each with the evidence sentence of its focus node."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result
from rdflib import Dataset, Graph, URIRef

from kg.cli import main
from kg.inspect import by_article, evidence_quote, validate_file
from kg.settings import Settings

from .conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "shapes" / "conforming.ttl"
ID = "https://w3id.org/dkg/id/"
HELD = "Prabowo met Putin."
# kg prints at the terminal's width, but never below 100 columns: a finding is read whole from its
# line as a wide terminal shows it, whatever terminal (or pytest-xdist worker, at 80) runs the tests
WIDE_TERMINAL = {"COLUMNS": "200"}


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=WIDE_TERMINAL)


def _article(name: str, *, status: str = "held") -> Graph:
    """The conforming fixture moved to article `name`, with the held meeting's status set."""
    text = FIXTURE.read_text(encoding="utf-8").replace("article\\/a ", f"article\\/{name} ")
    text = text.replace('dkg:status "held"', f'dkg:status "{status}"')
    for kind in ("summit", "agreement", "evidence", "figure"):
        text = text.replace(f"{kind}\\/", f"{kind}\\/{name}-")
    return Graph().parse(data=text, format="turtle")


def _trig(tmp_path: Path, graphs: dict[str, Graph]) -> Path:
    ds = Dataset()
    for name, graph in graphs.items():
        target = ds.graph(URIRef(ID + "article/" + name))
        for triple in graph:
            target.add(triple)
    path = tmp_path / "graphs.trig"
    ds.serialize(path, format="trig")
    return path


def test_validate_groups_findings_under_their_article_with_the_evidence(tmp_path: Path) -> None:
    path = _trig(tmp_path, {"good": _article("good"), "bad": _article("bad", status="maybe")})
    result = _run("validate", "--file", str(path), "--no-warnings")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    header = lines.index(ID + "article/bad")
    finding = next(i for i, line in enumerate(lines) if "summit/bad-2025-06-19" in line)
    assert header < finding
    assert "Violation" in lines[finding] and 'status is "held" or "planned"' in lines[finding]
    assert lines[finding + 1].strip() == f"evidence: “{HELD}”"
    assert ID + "article/good" not in lines  # no findings, no heading
    assert lines[-1] == "2 graphs checked, 1 violations"


def test_validate_conforming_file_exits_0(tmp_path: Path) -> None:
    result = _run("validate", "--file", str(_trig(tmp_path, {"good": _article("good")})))
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[-1] == "1 graphs checked, 0 violations"


def test_validate_one_turtle_file_is_split_by_the_articles_it_holds(tmp_path: Path) -> None:
    merged = _article("one", status="maybe") + _article("two", status="maybe")
    path = tmp_path / "merged.ttl"
    merged.serialize(path, format="turtle")
    groups = dict(validate_file(path, Settings()))
    assert set(groups) == {ID + "article/one", ID + "article/two"}
    for name in ("one", "two"):
        focus = {g.finding.focus for g in groups[ID + f"article/{name}"] if g.finding.severity == "Violation"}
        assert focus == {ID + f"summit/{name}-2025-06-19"}


def test_validate_evidence_quote_of_evidence_node_is_its_own_sentence() -> None:
    graph = _article("a")
    assert evidence_quote(graph, URIRef(ID + "evidence/a-s4")) == "Trade reached 3.2 billion dollars in 2024."
    assert evidence_quote(graph, URIRef(ID + "summit/a-2025-06-19")) == HELD
    assert evidence_quote(graph, URIRef(ID + "org/oecd")) is None


def test_validate_graph_without_articles_keeps_its_name() -> None:
    assert by_article("urn:x", Graph(), []) == [("urn:x", [])]


def test_validate_store_conforms_after_a_build(example_store: Path) -> None:
    result = _run("validate", "--store", str(example_store), "--no-warnings")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.rstrip().endswith(" 0 violations")
