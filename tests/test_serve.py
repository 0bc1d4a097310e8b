"""`kg serve` over real HTTP: SPARQLWrapper and urllib get the rows `kg query` prints; updates are refused."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.queries import find_query, resolve_name
from kg.serve import Server, make_server
from kg.settings import Settings
from kg.store import _with_values, open_store

CASES = [
    ("sectors-discussed", {"a": "Malaysia", "b": "Russia"}),
    ("summits-of", {"actor": "Indonesia"}),
    ("counterparts", {"actor": "Malaysia"}),
]


@pytest.fixture(scope="module")
def server(example_store: Path) -> Iterator[Server]:
    srv = make_server(replace(Settings(), store_dir=example_store), port=0, timeout=30, limit=100_000)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(timeout=10)


def _url(srv: Server, path: str, params: dict[str, str] | None = None) -> str:
    host, port = srv.server_address[:2]
    return f"http://{host}:{port}{path}" + (f"?{urlencode(params)}" if params else "")


def _get(url: str, accept: str | None = None) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8")


def _post(url: str, body: bytes, ctype: str) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": ctype}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def _cli(store: Path, name: str, params: dict[str, str], fmt: str) -> str:
    args = ["query", "--store", str(store), name, "--format", fmt]
    for key, value in params.items():
        args += ["-p", f"{key}={value}"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _json_rows(text: str) -> list[tuple[tuple[str, str], ...]]:
    data = json.loads(text)
    return sorted(tuple(sorted((k, v["value"]) for k, v in b.items())) for b in data["results"]["bindings"])


@pytest.mark.parametrize(("name", "params"), CASES)
def test_serve_saved_query_json_equals_kg_query_json(
    server: Server, example_store: Path, name: str, params: dict[str, str]
) -> None:
    status, headers, body = _get(_url(server, f"/queries/{name}.json", params))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    expected = _cli(example_store, name, params, "json")
    assert _json_rows(body) and _json_rows(body) == _json_rows(expected)


@pytest.mark.parametrize(("name", "params"), CASES)
def test_serve_saved_query_csv_equals_kg_query_csv(
    server: Server, example_store: Path, name: str, params: dict[str, str]
) -> None:
    status, headers, body = _get(_url(server, f"/queries/{name}.csv", params))
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(body))) == list(
        csv.reader(io.StringIO(_cli(example_store, name, params, "csv")))
    )


@pytest.mark.parametrize(("name", "params"), CASES)
def test_serve_sparqlwrapper_runs_the_saved_sparql_and_gets_the_kg_query_rows(
    server: Server, example_store: Path, settings: Settings, name: str, params: dict[str, str]
) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    # the saved query's text with its parameters bound to IRIs, as kg query binds them
    db = open_store(example_store, read_only=True)
    bound = {k: resolve_name(db, v) for k, v in params.items()}
    del db
    client = SPARQLWrapper(_url(server, "/sparql"))
    client.setQuery(_with_values(find_query(settings.queries_dir, name).text, bound))
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert isinstance(data, dict)
    got = sorted(
        tuple(sorted((k, v["value"]) for k, v in b.items() if k not in params)) for b in data["results"]["bindings"]
    )
    expected = _json_rows(_cli(example_store, name, params, "json"))
    assert got and got == expected


def test_serve_saved_query_html_is_a_table_with_the_evidence(server: Server) -> None:
    status, headers, body = _get(_url(server, "/queries/sectors-discussed", {"a": "Malaysia", "b": "Russia"}))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<table class=sortable>" in body and "<th>evidence</th>" in body and "Keduanya membahas" in body


def test_serve_unknown_label_is_400_with_one_line(server: Server) -> None:
    status, _, body = _get(_url(server, "/queries/sectors-discussed.json", {"a": "Malaysiax", "b": "Russia"}))
    assert status == 400 and body.count("\n") == 1 and "matches no label" in body


def test_serve_unknown_query_is_404_with_a_hint(server: Server) -> None:
    status, _, body = _get(_url(server, "/queries/sectors-discused.csv"))
    assert status == 404 and "did you mean sectors-discussed" in body


def test_serve_lists_the_saved_queries(server: Server, settings: Settings) -> None:
    status, _, body = _get(_url(server, "/queries"))
    names = {q["name"] for q in json.loads(body)}
    assert status == 200 and "sectors-discussed" in names and len(names) == len(list(settings.queries_dir.glob("*.rq")))
    status, headers, page = _get(_url(server, "/"))
    assert status == 200 and "action=/queries/sectors-discussed" in page


class _Links(HTMLParser):
    """The addresses a page loads or links to (src, href)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [value for name, value in attrs if name in ("src", "href") and value]


def test_serve_page_loads_everything_from_the_server(server: Server) -> None:
    links = _Links()
    links.feed(_get(_url(server, "/"))[2])
    local = [a for a in links.found if a.startswith("/static/")]
    assert len(local) >= 5 and all(a.startswith(("/", "#", "data:")) and not a.startswith("//") for a in links.found)
    for address in local:
        status, headers, body = _get(_url(server, address))
        assert status == 200 and body and headers["Content-Type"].startswith(("text/css", "text/javascript"))


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../README.md",
        "/static/vendor/../../../README.md",
        "/static/../serve.py",
        "/static/nothing.js",
        "/static/",
    ],
)
def test_serve_static_serves_nothing_outside_its_folder(server: Server, path: str) -> None:
    status, _, body = _get(_url(server, path))
    assert status == 404 and "not found" in body and "import" not in body


def test_serve_network_and_timeline_json_hold_what_kg_viz_draws(server: Server, example_store: Path) -> None:
    from kg.store import select
    from kg.viz import EDGES, MEETINGS, graph_of, meetings_of

    db = open_store(example_store, read_only=True)
    nodes, edges = graph_of(select(db, EDGES))
    meetings = meetings_of(select(db, MEETINGS))
    del db
    network = json.loads(_get(_url(server, "/graph/network.json"))[2])
    timeline = json.loads(_get(_url(server, "/graph/timeline.json"))[2])
    assert {n["iri"] for n in network["nodes"]} == {n.iri for n in nodes} and len(network["edges"]) == len(edges) > 0
    assert set(network["colours"]) == {n["kind"] for n in network["nodes"]}
    assert [m["iri"] for m in timeline["meetings"]] == [m.iri for m in meetings] and meetings
    assert timeline["meetings"][0]["day"] == meetings[0].day.isoformat() and not timeline["truncated"]


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (urlencode({"update": "DELETE WHERE { ?s ?p ?o }"}).encode(), "application/x-www-form-urlencoded"),
        (b"DROP ALL", "application/sparql-update"),
        (urlencode({"query": "DELETE WHERE { ?s ?p ?o }"}).encode(), "application/x-www-form-urlencoded"),
        (b"INSERT DATA { <http://a/> <http://b/> <http://c/> }", "application/sparql-query"),
    ],
)
def test_serve_update_is_refused_and_the_store_is_unchanged(server: Server, body: bytes, ctype: str) -> None:
    count = _count(server)
    status, text = _post(_url(server, "/sparql"), body, ctype)
    assert status == 403 and "updates are refused: kg serve is read-only" in text and text.count("\n") == 1
    assert _count(server) == count > 0


def test_serve_service_clause_is_refused(server: Server) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = _get(_url(server, "/sparql", {"query": query}))
    assert status == 403 and "SERVICE clauses are refused" in body


def _count(server: Server) -> int:
    status, _, body = _get(_url(server, "/sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}))
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


COUNT = "SELECT ?s WHERE { ?s a <https://w3id.org/dkg/ontology#Summit> } ORDER BY ?s"


@pytest.mark.parametrize(
    ("accept", "ctype"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("text/csv", "text/csv"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
    ],
)
def test_serve_sparql_content_negotiation(server: Server, accept: str, ctype: str) -> None:
    status, headers, body = _get(_url(server, "/sparql", {"query": COUNT}), accept)
    assert status == 200 and headers["Content-Type"].startswith(ctype)
    summits = _get(_url(server, "/sparql", {"query": COUNT, "format": "json"}))[2]
    first = json.loads(summits)["results"]["bindings"][0]["s"]["value"]
    assert first in body


def test_serve_sparql_format_parameter_and_post_body(server: Server) -> None:
    status, headers, body = _get(_url(server, "/sparql", {"query": COUNT, "format": "csv"}), "application/json")
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and body.startswith("s\r\n")
    status, text = _post(_url(server, "/sparql") + "?format=tsv", COUNT.encode(), "application/sparql-query")
    assert status == 200 and text.startswith("?s\n")


def test_serve_construct_is_turtle_or_ntriples(server: Server) -> None:
    query = (
        "CONSTRUCT { ?s a ?t } WHERE { { SELECT DISTINCT ?s ?t WHERE { ?s a ?t } LIMIT 3 } }"  # three distinct triples
    )
    status, headers, body = _get(_url(server, "/sparql", {"query": query}))
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and "@prefix" in body
    status, headers, body = _get(_url(server, "/sparql", {"query": query}), "application/n-triples")
    assert headers["Content-Type"].startswith("application/n-triples") and body.count(" .\n") == 3


def test_serve_unacceptable_type_is_406(server: Server) -> None:
    assert _get(_url(server, "/sparql", {"query": COUNT}), "image/png")[0] == 406


def test_serve_row_limit_is_said_in_a_header(example_store: Path) -> None:
    srv = make_server(replace(Settings(), store_dir=example_store), port=0, limit=2)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        status, headers, body = _get(_url(srv, "/sparql", {"query": COUNT, "format": "csv"}))
    finally:
        srv.shutdown()
        srv.server_close()
    assert status == 200 and headers.get("X-Kg-Truncated") == "true" and len(body.splitlines()) == 3


def test_serve_without_a_store_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none"), "--port", "0"])
    assert result.exit_code == 2 and "no store here" in result.stderr


def test_serve_query_past_its_deadline_is_503_and_the_next_one_is_answered(example_store: Path) -> None:
    srv = make_server(replace(Settings(), store_dir=example_store), port=0, timeout=1, workers=1)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    try:
        status, _, body = _get(_url(srv, "/sparql", {"query": endless}))
        after = _get(_url(srv, "/sparql", {"query": COUNT}))[0]
    finally:
        srv.shutdown()
        srv.server_close()
    assert status == 503 and "stopped after 1 s" in body and body.count("\n") == 1
    assert after == 200


def test_serve_page_files_ship_in_the_wheel(tmp_path: Path) -> None:
    """A non-editable install carries the page: every file it loads is in the built wheel."""
    from hatchling.builders.wheel import WheelBuilder

    from kg.serve_html import INDEX_SCRIPTS, INDEX_STYLES

    root = Path(__file__).resolve().parent.parent
    wheel = Path(next(iter(WheelBuilder(str(root)).build(directory=str(tmp_path), versions=["standard"]))))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"kg/static/{name}" for name in (*INDEX_STYLES, *INDEX_SCRIPTS)} <= names
    assert {"kg/static/vendor/codemirror/LICENSE", "kg/static/vendor/vis-network/LICENSE"} <= names
