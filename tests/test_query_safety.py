"""`kg query` is read-only and offline, stops on a deadline, and binds parameters as RDF terms only."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.errors import QueryError
from kg.settings import Settings

# every pair of triples: far more work than a small store can finish in a second
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _query(store: Path, *args: str) -> Result:
    from kg.cli import main

    return CliRunner().invoke(main, ["query", "--store", str(store), *args])


def _one_error_line(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A TCP socket listening on 127.0.0.1; a connection attempt would wait in its backlog."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.5)
    yield server
    server.close()


def _connections(server: socket.socket) -> int:
    count = 0
    while True:
        try:
            conn, _ = server.accept()
        except TimeoutError:
            return count
        conn.close()
        count += 1


def test_query_service_is_refused_and_nothing_connects(example_store: Path, listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    sparql = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    result = _query(example_store, "-e", sparql)
    assert result.exit_code == 2
    assert "SERVICE clauses are refused" in _one_error_line(result)
    assert _connections(listener) == 0


def test_query_listener_would_see_a_connection(listener: socket.socket) -> None:
    """The check above can fail: a real connection to the listener is counted."""
    socket.create_connection(listener.getsockname(), timeout=2).close()
    assert _connections(listener) == 1


@pytest.mark.parametrize(
    "sparql",
    [
        "INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }",
        "PREFIX x: <http://a/>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "LOAD <file:///etc/passwd> INTO GRAPH <http://a/g>",
        "CLEAR ALL",
        "DROP GRAPH <http://a/g>",
        "CREATE GRAPH <http://a/g>",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    ],
)
def test_query_updates_are_refused_with_one_line(example_store: Path, sparql: str) -> None:
    result = _query(example_store, "-e", sparql)
    assert result.exit_code == 2
    line = _one_error_line(result)
    assert "read-only" in line or "invalid SPARQL" in line


@pytest.mark.parametrize(
    "sparql",
    [
        'SELECT ?x WHERE { BIND("SERVICE <http://x/> LOAD DROP ALL" AS ?x) }',
        "SELECT ?x WHERE { BIND(<http://example.org/DELETE/SERVICE> AS ?x) }",
        "SELECT * FROM <http://127.0.0.1:9/graph> WHERE { ?s ?p ?o } LIMIT 1",
    ],
)
def test_query_keywords_in_literals_and_iris_are_only_text(example_store: Path, sparql: str) -> None:
    result = _query(example_store, "-e", sparql)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("path", sorted(Settings().queries_dir.glob("*.rq")), ids=lambda p: p.stem)
def test_query_every_saved_query_passes_the_read_only_check(path: Path) -> None:
    from kg.readonly import check

    assert check(path.read_text(encoding="utf-8"), str(path)) == "select"


def test_query_check_refuses_service_nested_in_a_subquery() -> None:
    from kg.readonly import check

    with pytest.raises(QueryError, match="SERVICE"):
        check("SELECT * { { SELECT * { SERVICE SILENT <http://a/> { ?s ?p ?o } } } }", "-e")


# -- deadline, limit, Ctrl-C ---------------------------------------------------------------
def test_query_timeout_stops_a_runaway_query(example_store: Path) -> None:
    started = time.monotonic()
    result = _query(example_store, "-e", EXPENSIVE, "--timeout", "1")
    assert time.monotonic() - started < 20
    assert result.exit_code == 1
    assert "stopped after 1 s (--timeout)" in _one_error_line(result)


def test_query_limit_caps_the_rows_of_a_cartesian_product(example_store: Path) -> None:
    started = time.monotonic()
    result = _query(example_store, "-e", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "--limit", "5", "--format", "csv")
    assert time.monotonic() - started < 20
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1 + 5
    assert "--limit 5" in result.stderr


def test_query_ctrl_c_stops_with_one_line(example_store: Path) -> None:
    command = [sys.executable, "-m", "kg", "query", "--store", str(example_store), "-e", EXPENSIVE, "--timeout", "0"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)  # past start-up: the query is running
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 1
    assert "Traceback" not in err
    assert err.strip().splitlines() == ["Error: -e: interrupted (Ctrl-C); the query was stopped"]


def _kg_process(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`kg query` as a command of its own (one thread: the query runs in a fork of it)."""
    command = [sys.executable, "-m", "kg", "query", "--store", str(store), *args]
    done = subprocess.run(command, capture_output=True, timeout=60, check=False)
    # decoded as written: text mode would turn the CSV's CRLF into LF
    return subprocess.CompletedProcess(command, done.returncode, done.stdout.decode(), done.stderr.decode())


def test_query_command_prints_what_the_api_answers(example_store: Path) -> None:
    import kg
    from kg.export import rows_to_text

    done = _kg_process(example_store, "sectors-discussed", "-p", "a=Malaysia", "-p", "b=Russia", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = kg.open(example_store).query("sectors-discussed", a="Malaysia", b="Russia").answer.rows
    assert rows is not None and rows.rows
    assert done.stdout == rows_to_text(rows, "csv")


def test_query_command_stops_a_runaway_query_at_its_deadline(example_store: Path) -> None:
    started = time.monotonic()
    done = _kg_process(example_store, "-e", EXPENSIVE, "--timeout", "1")
    assert time.monotonic() - started < 20
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "Error: -e: stopped after 1 s (--timeout); narrow the query or allow more time"
    ]


def test_query_command_reports_a_query_error_from_its_worker(example_store: Path) -> None:
    done = _kg_process(example_store, "sectors-discussed", "-p", "a=Nowhereland", "-p", "b=Russia")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "matches no label" in done.stderr


# -- query forms -------------------------------------------------------------------------
def test_query_ask_prints_true_or_false(example_store: Path) -> None:
    assert _query(example_store, "-e", "ASK { ?s ?p ?o }").stdout == "true\n"
    assert _query(example_store, "-e", "ASK { <http://a/none> ?p ?o }").stdout == "false\n"


def test_query_construct_prints_turtle_and_n_triples(example_store: Path) -> None:
    sparql = (
        "CONSTRUCT { ?s a ?c } WHERE { { SELECT DISTINCT ?s ?c WHERE { ?s a ?c } LIMIT 2 } }"  # two distinct triples
    )
    turtle = _query(example_store, "-e", sparql)
    assert turtle.exit_code == 0, turtle.output
    assert "@prefix dkg: <https://w3id.org/dkg/ontology#> ." in turtle.stdout
    nt = _query(example_store, "-e", sparql, "--format", "nt")
    assert len(nt.stdout.splitlines()) == 2
    assert all(line.endswith(" .") and line.startswith("<") for line in nt.stdout.splitlines())


def test_query_describe_prints_triples_about_the_resource(example_store: Path) -> None:
    result = _query(example_store, "-e", "DESCRIBE <https://w3id.org/dkg/id/country/russia>", "--format", "nt")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<https://w3id.org/dkg/id/country/russia> ")


def test_query_csv_writes_blank_nodes_as_underscore_colon(example_store: Path) -> None:
    result = _query(example_store, "-e", "SELECT ?b WHERE { BIND(BNODE() AS ?b) }", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith("_:")


# -- parameters --------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "2025-00", "25", "2025-1-1"])
def test_query_a_date_parameter_must_be_a_real_date(example_store: Path, value: str) -> None:
    result = _query(example_store, "summits-of", "-p", "actor=Malaysia", "-p", f"from={value}")
    assert result.exit_code == 2
    assert "is not a date" in _one_error_line(result)


@pytest.mark.parametrize("value", ["2025", "2025-02", "2024-02-29"])
def test_query_a_real_date_parameter_is_accepted(example_store: Path, value: str) -> None:
    result = _query(example_store, "summits-of", "-p", "actor=Malaysia", "-p", f"from={value}")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "value",
    [
        "<http://x> . ?s",
        "<http://x> } UNION { ?s ?p ?o",
        "http://x> ) } SELECT * WHERE { ?s ?p ?o",
    ],
)
def test_query_a_parameter_cannot_inject_sparql(example_store: Path, value: str) -> None:
    result = _query(example_store, "sectors-discussed", "-p", f"a={value}", "-p", "b=Russia")
    assert result.exit_code == 2
    assert "is not a valid IRI" in _one_error_line(result)
    assert result.stdout == ""
