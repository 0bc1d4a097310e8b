"""Where a remote store answers: endpoints by the URL's shape, overrides from the environment,
and the one-line error for a server that is not there."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.endpoints import Endpoints, location

from .engines import free_port


def test_endpoints_base_url_gets_oxigraph_paths() -> None:
    found = Endpoints.of("http://127.0.0.1:7878/", {})
    assert (found.query, found.update, found.graph_store) == (
        "http://127.0.0.1:7878/query",
        "http://127.0.0.1:7878/update",
        "http://127.0.0.1:7878/store",
    )


def test_endpoints_sparql_url_gets_virtuoso_paths() -> None:
    found = Endpoints.of("https://db.example.org/sparql", {})
    assert (found.query, found.update, found.graph_store) == (
        "https://db.example.org/sparql",
        "https://db.example.org/sparql-auth",
        "https://db.example.org/sparql-graph-crud-auth",
    )


def test_endpoints_environment_names_other_paths() -> None:
    env = {"KG_STORE_QUERY": "/ds/query", "KG_STORE_UPDATE": "https://other.org/u", "KG_STORE_GRAPH_STORE": "ds/data"}
    found = Endpoints.of("http://h:3030/ds", env)
    assert (found.query, found.update, found.graph_store) == (
        "http://h:3030/ds/query",
        "https://other.org/u",
        "http://h:3030/ds/data",
    )


def test_endpoints_a_folder_stays_a_folder() -> None:
    assert location("http.kg", {}) == Path("http.kg")
    assert isinstance(location("http://127.0.0.1:1", {}), Endpoints)


def test_endpoints_unreachable_server_is_one_line_naming_the_url() -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    args = ["query", "sectors-discussed", "-p", "a=Malaysia", "-p", "b=Russia", "--store", url]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: {url}: cannot reach the SPARQL server ("), lines[0]
    assert "Traceback" not in result.output
