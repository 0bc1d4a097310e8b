"""kg show and kg viz on a build of the example articles."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main


def test_show_gives_relations_roles_and_evidence_as_json(example_store: Path) -> None:
    result = CliRunner().invoke(main, ["show", "prabowo subianto", "--format", "json", "--store", str(example_store)])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.output)
    assert profile["iri"].endswith("/person/prabowo-subianto")
    assert {"property": "dkg:represents", "value": "Indonesia"} in profile["facts"]
    assert any(r["date"] == "2025-06-19" and r["role"] == "dkg:participant" for r in profile["involvedIn"])
    assert any("St. Petersburg" in e["quote"] for e in profile["evidence"])


def test_show_of_an_unknown_name_lists_close_labels(example_store: Path) -> None:
    result = CliRunner().invoke(main, ["show", "Prabowo Subiantoo", "--store", str(example_store)])
    assert result.exit_code != 0
    assert "matches no label" in result.output and "prabowo subianto" in result.output


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def test_viz_writes_a_network_page_naming_the_actors_and_a_timeline_picture(
    example_store: Path, tmp_path: Path
) -> None:
    result = CliRunner().invoke(main, ["viz", "--out", str(tmp_path), "--store", str(example_store)])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "network.html").read_text(encoding="utf-8")
    parser = _Text()
    parser.feed(page)
    text = "".join(parser.chunks)
    for actor in ("Vladimir Putin", "Xi Jinping", "Anwar Ibrahim", "Sergey Lavrov"):
        assert actor in text
    png = (tmp_path / "timeline.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and 5_000 < len(png) < 2_000_000
