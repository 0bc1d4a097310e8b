"""make docs: the pyLODE reference page has the ontology's header, unique headings and its individuals."""

from __future__ import annotations

import importlib.util
import sys
from html.parser import HTMLParser

import pytest

from kg.settings import Settings

from .conftest import ROOT


class Headings(HTMLParser):
    """The page's h1-h3 headings in order, with their text, and every <code> text."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self.codes: list[str] = []
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2", "h3", "code"):
            self._open, self._text = tag, []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            text = " ".join("".join(self._text).split())
            (self.codes.append(text) if tag == "code" else self.headings.append((tag, text)))
            self._open = None


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Headings:
    if importlib.util.find_spec("pylode") is None:
        print("pyLODE is not installed (pip install 'dkg[docs]'); the reference page is not built")
        pytest.skip("pyLODE is not installed (the docs extra)")
    sys.path.insert(0, str(ROOT / "docs"))
    try:
        from build_reference import render
    finally:
        sys.path.remove(str(ROOT / "docs"))
    out = tmp_path_factory.mktemp("docs") / "ontology.html"
    render(out, Settings())
    parser = Headings()
    parser.feed(out.read_text(encoding="utf-8"))
    return parser


def _sections(page: Headings) -> dict[str, list[str]]:
    """The h3 headings under each h2."""
    out: dict[str, list[str]] = {}
    current = ""
    for tag, text in page.headings:
        if tag == "h2":
            current = text
            out[current] = []
        elif tag == "h3" and current:
            out[current].append(text)
    return out


def test_reference_has_the_ontology_iri_and_title(page: Headings) -> None:
    assert ("h1", "DKG: diplomatic knowledge graph ontology") in page.headings
    assert "https://w3id.org/dkg/ontology" in page.codes


def test_reference_headings_are_not_duplicated(page: Headings) -> None:
    top = [text for tag, text in page.headings if tag in ("h1", "h2")]
    assert len(top) == len(set(top)), top
    for section, names in _sections(page).items():
        repeated = sorted({n for n in names if names.count(n) > 1})
        assert not repeated, f"{section}: {repeated}"


def test_reference_lists_the_individuals(page: Headings) -> None:
    individuals = _sections(page).get("Named Individuals", [])
    assert len(individuals) > 100
    assert "https://w3id.org/dkg/id/country/indonesia" in page.codes
