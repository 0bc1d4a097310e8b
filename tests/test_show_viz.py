"""kg show and kg viz on a build of the example articles."""

from __future__ import annotations

import json
import random
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
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


# -- bad stores and missing extras: one line, exit code 2 ---------------------------------
STORE_COMMANDS = {
    "query": ["query", "-e", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
    "show": ["show", "Russia"],
    "viz": ["viz", "--out", "{tmp}/viz"],
    "describe": ["describe"],
    "validate": ["validate"],
    "export": ["export", "--format", "nt"],
}


def _corrupted_copy(store: Path, target: Path) -> Path:
    import shutil

    shutil.copytree(store, target)
    for path in sorted(target.iterdir()):
        size = max(path.stat().st_size, 64)
        path.write_bytes(random.Random(path.name).randbytes(size))
    return target


def _store_command(command: str, store: Path, tmp_path: Path) -> list[str]:
    return [a.replace("{tmp}", str(tmp_path)) for a in STORE_COMMANDS[command]] + ["--store", str(store)]


def _one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    return lines[0]


@pytest.mark.parametrize("command", sorted(STORE_COMMANDS))
def test_cli_corrupted_store_is_one_line_exit_2(example_store: Path, tmp_path: Path, command: str) -> None:
    store = _corrupted_copy(example_store, tmp_path / "broken")
    result = CliRunner().invoke(main, _store_command(command, store, tmp_path))
    assert result.exit_code == 2, result.output
    assert "cannot open store (Corruption" in _one_line(result)


@pytest.mark.parametrize("command", sorted(STORE_COMMANDS))
def test_cli_store_that_is_a_file_is_one_line_exit_2(tmp_path: Path, command: str) -> None:
    store = tmp_path / "store"
    store.write_bytes(b"not a store")
    result = CliRunner().invoke(main, _store_command(command, store, tmp_path))
    assert result.exit_code == 2, result.output
    assert _one_line(result)


@pytest.mark.parametrize("command", sorted(STORE_COMMANDS))
def test_cli_missing_store_is_one_line_exit_2(tmp_path: Path, command: str) -> None:
    result = CliRunner().invoke(main, _store_command(command, tmp_path / "none", tmp_path))
    assert result.exit_code == 2, result.output
    assert "no store here" in _one_line(result)


def test_show_unknown_name_is_one_line_exit_2(example_store: Path) -> None:
    result = CliRunner().invoke(main, ["show", "Atlantis", "--store", str(example_store)])
    assert result.exit_code == 2
    assert "matches no label" in _one_line(result)


@pytest.mark.parametrize("module", ["pyvis", "matplotlib"])
def test_viz_without_the_extra_names_it(
    example_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import now fails, as when it is not installed
    result = CliRunner().invoke(main, ["viz", "--out", str(tmp_path / "v"), "--store", str(example_store)])
    assert result.exit_code == 2
    assert "pip install 'dkg[viz]'" in _one_line(result)
    assert not (tmp_path / "v").exists()


_DATED_MEETINGS = """PREFIX dkg: <https://w3id.org/dkg/ontology#>
SELECT DISTINCT ?s WHERE { ?s a dkg:Summit ; dkg:firstDay ?d }"""


def test_viz_timeline_labels_every_dated_meeting_once(sample_store: Path) -> None:
    from kg.store import open_store, select
    from kg.viz import timeline_figure

    db = open_store(sample_store, read_only=True)
    dated = len(select(db, _DATED_MEETINGS).rows)
    fig, meetings = timeline_figure(db)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]  # annotations only: no ticks, no title
    assert meetings == dated == len(texts) == len(set(texts)) >= 8
    assert "Anwar Ibrahim–Vladimir Putin bilateral meeting, 2025-05-14" in texts


def test_viz_network_page_works_offline_and_has_a_legend(example_store: Path, tmp_path: Path) -> None:
    import re

    result = CliRunner().invoke(main, ["viz", "--out", str(tmp_path), "--store", str(example_store)])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "network.html").read_text(encoding="utf-8")
    tags = _Tags()
    tags.feed(page)
    assert tags.references == [], tags.references  # nothing fetched: no CDN, no file beside the page
    assert not re.search(r"https?://[\w.-]*(cdn|unpkg|jsdelivr|cloudflare)", page)
    assert "vis.Network" in page or "new vis" in page  # the library is inlined
    legend = page[page.index('id="legend"') :]
    assert all(kind in legend[:2000] for kind in ("meeting", "agreement", "actor", "sector"))


class _Tags(HTMLParser):
    """The src of each script and the href of each stylesheet link of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script" and found.get("src"):
            self.references.append(str(found["src"]))
        if tag == "link" and found.get("href"):
            self.references.append(str(found["href"]))
