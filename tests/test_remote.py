"""A SPARQL 1.1 server as the store: Oxigraph server (no union default graph) and Virtuoso 7.

The example articles are built into each real server, started on 127.0.0.1, and every saved
query must give the rows it gives on the embedded store. Outside CI an engine that cannot start
is skipped with the reason; in CI (CI=true) that is a failure, as `make install` installs both.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.endpoints import Endpoints
from kg.pipeline import build
from kg.queries import find_query
from kg.settings import Settings

from .conftest import EXAMPLES
from .engines import Engine, EngineUnavailable, start_oxigraph, start_virtuoso

pytestmark = pytest.mark.slow
ARTICLE_COUNT = len([p for p in EXAMPLES.iterdir() if p.is_file()])

# Each saved query with parameters that give rows on examples/articles.
CASES = [
    ("agreements-between", {"a": "Malaysia", "b": "China"}),
    ("counterparts", {"actor": "Russia"}),
    ("evidence", {"resource": "Anwar Ibrahim"}),
    ("figures", {"a": "Indonesia", "b": "Russia"}),
    ("lexicon", {"kind": "Sector"}),
    ("lexicon-relations", {}),
    ("members", {"org": "BRICS"}),
    ("planned", {}),
    ("sector-activity", {"sector": "Energy"}),
    ("sector-ranking", {}),
    ("sector-ranking", {"actor": "Malaysia"}),
    ("sector-ranking", {"from": "2025-05", "to": "2025-07"}),
    ("sectors-discussed", {"a": "Malaysia", "b": "Russia"}),
    ("summits-of", {"actor": "Russia", "from": "2025"}),
]
STARTERS = {"oxigraph": start_oxigraph, "virtuoso": start_virtuoso}
# Virtuoso 7.2.5 answers these differently from Oxigraph (embedded and server), which agree: with a
# parameter read in an OPTIONAL's filter it loses the other participants' names (summits-of); where
# one meeting is reported by two articles and only one of them gives its place, it puts that place
# on the other article's row too (planned: the OPTIONAL's GRAPH ?g is not held to the row's graph).
# A parameter of None marks the query whatever its parameters. The day it agrees, the mark must go.
VIRTUOSO_DIFFERS = {("summits-of", "actor"), ("planned", None)}


def _start(name: str, folder: Path) -> Engine:
    try:
        return STARTERS[name](folder)
    except EngineUnavailable as e:
        if os.environ.get("CI"):
            pytest.fail(f"{e}; CI must run every engine")
        pytest.skip(str(e))


@pytest.fixture(scope="module", params=sorted(STARTERS))
def engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """A running server with the example articles built into it, its credentials in the environment."""
    running = _start(request.param, tmp_path_factory.mktemp(request.param))
    try:  # the server is stopped even when the build fails
        with pytest.MonkeyPatch.context() as env:
            for key, value in running.env.items():
                env.setenv(key, value)
            report = build([EXAMPLES], replace(Settings(), store_dir=Endpoints.of(running.url, os.environ)))
            assert report.ok and report.articles == ARTICLE_COUNT, report.failures
            yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def embedded(example_store: Path) -> kg.api.Graph:
    return kg.open(example_store)


def _rows(graph: kg.api.Graph, name: str, params: dict[str, str]) -> list[tuple[tuple[str, str | None], ...]]:
    """The rows as sorted tuples; a GROUP_CONCAT's parts sorted, as SPARQL leaves their order open.
    A GROUP_CONCAT of nothing is "" on Virtuoso and unbound on Oxigraph (SPARQL lets an aggregate over
    unbound values be either); both mean none, and Virtuoso cannot take a COALESCE around it."""
    text = find_query(Settings().queries_dir, name).text
    concatenated = set(re.findall(r"GROUP_CONCAT\([^)]*\)\s+AS\s+\?(\w+)", text))

    def normal(row: dict[str, str | None]) -> tuple[tuple[str, str | None], ...]:
        return tuple(
            (k, (", ".join(sorted(v.split(", "))) if v else None) if k in concatenated else v)
            for k, v in sorted(row.items())
        )

    return sorted((normal(row) for row in graph.query(name, params=params)), key=repr)


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{'-'.join(p.values()) or 'all'}" for n, p in CASES])
def test_remote_saved_query_gives_the_embedded_rows(
    engine: Engine, embedded: kg.api.Graph, name: str, params: dict[str, str]
) -> None:
    expected = _rows(embedded, name, params)
    assert expected, f"{name} {params} gives no rows on the examples: pick parameters that do"
    found = _rows(kg.open(engine.url), name, params)
    marked = (name, None) in VIRTUOSO_DIFFERS or any((name, p) in VIRTUOSO_DIFFERS for p in params)
    if engine.name == "virtuoso" and marked and found != expected:
        # a known difference of Virtuoso 7, which shows only when the data has what it drops
        asked = ", ".join(params) or "no parameters"
        pytest.xfail(f"Virtuoso 7 answers {name} ({asked}) differently (VIRTUOSO_DIFFERS)")
    assert found == expected


def test_remote_export_is_the_embedded_export(engine: Engine, example_store: Path) -> None:
    remote, local = io.BytesIO(), io.BytesIO()
    kg.open(engine.url).export(remote, format="nquads")
    kg.open(example_store).export(local, format="nquads")
    assert remote.getvalue().count(b"\n") > 3000
    if engine.name == "oxigraph":
        assert remote.getvalue() == local.getvalue()  # the same engine: the same bytes
        return
    # Oxigraph stores xsd:nonNegativeInteger (the evidence offsets) as xsd:integer; Virtuoso keeps it
    assert _integers(remote.getvalue()) == _integers(local.getvalue())


def _integers(nquads: bytes) -> list[bytes]:
    return sorted(nquads.replace(b"XMLSchema#nonNegativeInteger>", b"XMLSchema#integer>").splitlines())


def test_remote_rebuild_replaces_each_graph_without_duplicates(engine: Engine) -> None:
    graph = kg.open(engine.url)
    before = io.BytesIO()
    graph.export(before, format="nquads")
    report = graph.build([EXAMPLES], force=True)
    assert report.articles == ARTICLE_COUNT and report.unchanged == 0
    after = io.BytesIO()
    graph.export(after, format="nquads")
    assert after.getvalue() == before.getvalue()
    assert graph.build([EXAMPLES]).unchanged == ARTICLE_COUNT  # and a plain rebuild skips them all


def test_remote_validate_finds_a_violation_the_server_holds(engine: Engine) -> None:
    runner = CliRunner()
    clean = runner.invoke(main, ["validate", "--store", engine.url])
    assert clean.exit_code == 0, clean.output
    article = kg.open(engine.url).query_sparql(
        "SELECT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/dkg/ontology#Article> } } ORDER BY ?g LIMIT 1"
    )
    assert article.terms, "no article graph on the server"
    graph = article.terms[0][0].value  # type: ignore[union-attr]
    from kg import store as kgstore

    db = kgstore.open_store(Endpoints.of(engine.url, os.environ))
    bad = f"GRAPH <{graph}> {{ <https://w3id.org/dkg/id/summit/bad> a <https://w3id.org/dkg/ontology#Summit> }}"
    kgstore.update(db, [f"INSERT DATA {{ {bad} }}"], "test")  # a meeting with no label, date or evidence
    try:
        broken = runner.invoke(main, ["validate", "--store", engine.url])
        assert broken.exit_code == 1, broken.output
        assert "summit/bad" in broken.output
    finally:
        kgstore.update(db, [f"DELETE DATA {{ {bad} }}"], "test")


def test_remote_query_command_answers_from_the_server(engine: Engine) -> None:
    args = ["query", "sectors-discussed", "-p", "a=Malaysia", "-p", "b=Rusia", "--format", "csv"]
    result = CliRunner().invoke(main, [*args, "--store", engine.url])
    assert result.exit_code == 0, result.output
    assert "https://w3id.org/dkg/id/sector/trade" in result.stdout


def test_remote_serve_answers_a_saved_query_from_the_server(engine: Engine) -> None:
    import json
    import threading
    import urllib.request

    from kg.serve import make_server

    server = make_server(replace(Settings(), store_dir=Endpoints.of(engine.url, os.environ)), port=0, workers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/queries/sectors-discussed.json?a=Malaysia&b=Russia"
        with urllib.request.urlopen(url, timeout=60) as response:
            bindings = json.load(response)["results"]["bindings"]
    finally:
        server.shutdown()
        server.server_close()
    assert {b["sectorIri"]["value"] for b in bindings} >= {"https://w3id.org/dkg/id/sector/trade"}
