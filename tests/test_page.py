"""The analysts' page of `kg serve` in a real browser.

`kg serve` runs as a command over a build of examples/articles, on a free port of 127.0.0.1;
Debian's headless Chromium (installed by `make install`), driven by Playwright, opens the page and
does what an analyst does: fill a saved query's form, read and sort the rows, type SPARQL in the
editor, look at the network and the timeline. What it reads is checked against `kg query`.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"  # Debian's package puts it there
SCREENSHOT = ROOT / "out" / "kg-serve-page.png"
pytestmark = pytest.mark.slow  # a browser and a server per module: tens of seconds
SUMMITS = "SELECT DISTINCT ?summit WHERE { ?summit a <https://w3id.org/dkg/ontology#Summit> }"


def _unavailable(reason: str) -> None:
    """Skip, saying why; in CI (CI=true) nothing may be skipped, so fail instead."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI runs the browser tests: make install provides Chromium and Playwright")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def served(example_store: Path) -> Iterator[str]:
    """`kg serve` started as a person starts it, on a free port; yields the page's address."""
    command = [sys.executable, "-m", "kg", "serve", "--store", str(example_store), "--port", "0", "--quiet"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    line = process.stderr.readline()  # "serving STORE at http://127.0.0.1:PORT/ (Ctrl-C to stop)"
    address = re.search(r"http://127\.0\.0\.1:\d+/", line)
    try:
        assert address, f"kg serve did not start: {line}{process.stderr.read() if process.poll() is not None else ''}"
        yield address.group(0)
    finally:
        process.send_signal(signal.SIGINT)  # as Ctrl-C: the server closes its query workers
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (the dev extra: make install)")
    if not Path(CHROMIUM).is_file():
        _unavailable(f"{CHROMIUM}: no Chromium here (make install installs Debian's chromium)")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM)
        except Error as e:
            _unavailable(f"{CHROMIUM} does not start: {str(e).splitlines()[0]}")
        yield chromium
        chromium.close()


class Page:
    """One browser tab on the page, with the script errors it met."""

    def __init__(self, browser: Any, address: str) -> None:
        self.tab = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.errors: list[str] = []
        self.tab.on("pageerror", lambda error: self.errors.append(str(error)))
        self.tab.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.tab.goto(address)

    def status(self, waiting_for: str) -> str:
        """The results' status line once it says ``waiting_for``."""
        status = self.tab.locator("#status")
        status.filter(has_text=waiting_for).wait_for(timeout=30_000)
        return status.inner_text()

    def ask(self, query: str, **params: str) -> str:
        form = self.tab.locator(f"form[data-query={query}]")
        for name, value in params.items():
            form.get_by_label(name, exact=True).fill(value)
        form.get_by_role("button", name="Ask").click()
        return self.status("rows")

    def type_sparql(self, text: str) -> None:
        self.tab.locator("#sparql .CodeMirror").click()
        self.tab.keyboard.press("Control+A")
        self.tab.keyboard.type(text)

    def columns(self) -> list[str]:
        return self.tab.locator("#results-table thead th").all_inner_texts()

    def rows(self) -> list[list[str]]:
        """The table as a person reads it; an IRI cell by its full IRI (shown prefixed, whole on hover)."""
        return self.tab.locator("#results-table tbody tr").evaluate_all(
            "rows => rows.map(r => Array.from(r.cells, c => c.title || c.textContent))"
        )

    def column(self, name: str) -> list[str]:
        index = self.columns().index(name)
        return [row[index] for row in self.rows()]

    def header(self, name: str) -> Any:
        return self.tab.locator("#results-table thead th").nth(self.columns().index(name))

    def close(self) -> list[str]:
        self.tab.close()
        return self.errors


@pytest.fixture
def page(browser: Any, served: str) -> Iterator[Page]:
    tab = Page(browser, served)
    yield tab
    tab.close()


def _kg_query(store: Path, *args: str) -> list[dict[str, str]]:
    """The rows `kg query ... --format csv` prints."""
    result = CliRunner().invoke(main, ["query", "--store", str(store), *args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_page_saved_query_form_shows_the_rows_kg_query_gives(page: Page, example_store: Path) -> None:
    status = page.ask("sectors-discussed", a="Indonesia", b="Russia")
    expected = _kg_query(example_store, "sectors-discussed", "-p", "a=Indonesia", "-p", "b=Russia")
    assert status == f"sectors-discussed: {len(expected)} rows" and len(expected) > 1
    assert page.columns() == list(expected[0])
    assert sorted(page.rows()) == sorted(list(row.values()) for row in expected)
    assert page.tab.get_by_text("kedua pemimpin membahas kerja sama di bidang energi").first.is_visible()
    assert page.close() == []


def test_page_evidence_is_a_readable_quote(page: Page) -> None:
    page.ask("sectors-discussed", a="Indonesia", b="Russia")
    quote = page.tab.locator("#results-table td.quote q").first
    box = quote.bounding_box()
    assert quote.get_attribute("lang") in ("en", "id") and box is not None
    assert box["width"] >= 300 and box["height"] >= 30  # wrapped on lines of a readable width, not squeezed
    assert page.close() == []


def test_page_sorts_rows_by_a_clicked_column(page: Page) -> None:
    page.ask("sectors-discussed", a="Indonesia", b="Russia")
    served = page.column("sector")  # the query orders its rows by date
    header = page.header("sector")
    header.click()
    ascending = page.column("sector")
    assert ascending == sorted(served) != served and header.get_attribute("aria-sort") == "ascending"
    header.click()
    assert page.column("sector") == sorted(served, reverse=True) and header.get_attribute("aria-sort") == "descending"
    page.header("date").click()
    assert page.column("date") == sorted(page.column("date")) and header.get_attribute("aria-sort") is None
    assert page.close() == []


def test_page_runs_sparql_typed_in_the_editor(page: Page, example_store: Path) -> None:
    page.type_sparql(SUMMITS)
    keywords = page.tab.locator("#sparql .cm-keyword").all_inner_texts()
    assert {"SELECT", "DISTINCT", "WHERE"} <= {k.upper() for k in keywords}  # highlighted as SPARQL
    assert "?summit" in page.tab.locator("#sparql .cm-variable-2").all_inner_texts()
    page.tab.get_by_role("button", name="Run").click()
    expected = _kg_query(example_store, "-e", SUMMITS)
    assert page.status("rows") == f"SPARQL: {len(expected)} rows" and len(expected) > 5
    assert sorted(page.column("summit")) == sorted(row["summit"] for row in expected)
    assert page.close() == []


def test_page_shows_the_one_line_error_of_a_refused_update(page: Page) -> None:
    page.type_sparql("DELETE WHERE { ?s ?p ?o }")
    page.tab.keyboard.press("Control+Enter")
    status = page.status("Error")
    assert "updates are refused: kg serve is read-only" in status and "\n" not in status
    assert "error" in (page.tab.locator("#status").get_attribute("class") or "")
    assert page.tab.locator("#results-table tr").count() == 0
    page.close()  # the browser logs the 403 as a failed load; that is the point here


def test_page_draws_the_network_and_the_timeline(page: Page, example_store: Path) -> None:
    from kg.store import open_store, select
    from kg.viz import EDGES, MEETINGS, graph_of, meetings_of

    db = open_store(example_store, read_only=True)
    nodes, edges = graph_of(select(db, EDGES))
    meetings = meetings_of(select(db, MEETINGS))
    del db
    network = page.tab.locator("#network .view-status")
    network.filter(has_text="nodes").wait_for()
    assert network.inner_text() == f"{len(nodes)} nodes, {len(edges)} edges"
    assert page.tab.locator("#network .legend li").all_inner_texts() == ["meeting", "agreement", "actor", "sector"]
    painted = page.tab.locator("#network canvas").evaluate(
        "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }"
    )
    assert painted > 2000  # the nodes and edges are drawn, not an empty canvas
    timeline = page.tab.locator("#timeline .view-status")
    timeline.filter(has_text="dated meetings").wait_for()
    assert timeline.inner_text().startswith(f"{len(meetings)} dated meetings")
    marks = page.tab.locator("#timeline-chart .mark")
    assert marks.count() == sum(len(m.countries) for m in meetings) + 2  # and the key's two
    labels = set(page.tab.locator("#timeline-chart .meeting-label").all_text_contents())
    assert labels and labels <= {m.name for m in meetings}
    assert page.close() == []


def test_page_views_narrow_to_what_the_results_name(page: Page, example_store: Path) -> None:
    expected = _kg_query(example_store, "sectors-discussed", "-p", "a=Indonesia", "-p", "b=Russia")
    named = {row["summitIri"] for row in expected} | {row["sectorIri"] for row in expected}
    dated = [row for row in expected if row["date"]]  # a timeline places only the meetings with a date
    summits = {row["summitIri"] for row in dated}
    assert summits
    network = page.tab.locator("#network .view-status")
    network.filter(has_text="nodes").wait_for()
    everything = int(network.inner_text().split()[0])
    page.ask("sectors-discussed", a="Indonesia", b="Russia")
    page.tab.locator("#timeline .focus-results").check()
    assert page.tab.locator("#timeline .view-status").inner_text().startswith(f"{len(summits)} dated meetings")
    shown = page.tab.locator("#timeline-chart .mark title").all_text_contents()
    assert len(shown) >= 2 * len(summits)  # each meeting on the rows of Indonesia and Russia at least
    # every mark names a meeting of the results (a meeting reported by several articles may carry
    # one label from each, and the timeline names it by one of them)
    assert {title.split(" (")[0] for title in shown} <= {row["summit"] for row in dated}
    page.tab.locator("#network .focus-results").check()
    status = network.inner_text()
    # the meetings and sectors named, with what they link to (the persons who met among them), and not all
    assert "what the results name" in status and len(named) + 2 <= int(status.split()[0]) < everything
    page.tab.evaluate("window.scrollTo(0, 0)")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.tab.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page.close() == []
