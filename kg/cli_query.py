"""The `kg query` command: one read-only query, in a worker process with a deadline and a row limit."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli_options import (
    EXIT_FAILED,
    SetupError,
    format_option,
    limit_option,
    print_rows,
    store_option,
    timeout_option,
)
from kg.endpoints import Endpoints
from kg.errors import KgError, QueryStopped
from kg.store import Answer, Rows

ROW_FORMATS = ("table", "csv", "tsv", "json", "md")
GRAPH_FORMATS = {"table": "turtle", "turtle": "turtle", "nt": "nt"}  # CONSTRUCT/DESCRIBE output


class StoppedError(click.ClickException):
    """A query stopped by its deadline or by Ctrl-C: one line, exit code 1."""

    exit_code = EXIT_FAILED


@click.command(name="query")
@click.argument("name", required=False)
@click.option("-e", "--expression", help="Run this SPARQL text instead of a saved query.")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter value; names resolve through labels (English or Indonesian).",
)
@timeout_option("Stop the query after this many seconds (exit code 1); 0 waits for ever.")
@limit_option("Read at most N rows (or triples); 0 reads them all.")
@format_option(*ROW_FORMATS, "turtle", "nt")
@store_option
def query_command(
    name: str | None,
    expression: str | None,
    params: tuple[str, ...],
    timeout: float,
    limit: int,
    fmt: str,
    store_dir: Path | Endpoints,
) -> None:
    """Run a saved query (by NAME), a .rq file, or SPARQL given with -e. Read-only.

    SELECT gives rows, ASK true or false, CONSTRUCT and DESCRIBE triples (Turtle, or N-Triples
    with --format nt). Updates and SERVICE clauses are refused before anything runs. Parameters
    are bound as RDF terms, never pasted into the query text.

    Example: kg query sectors-discussed --param a=Malaysia --param b=Russia
    """
    from kg import worker
    from kg.api import open as open_graph

    if bool(name) == bool(expression):
        raise click.UsageError("give a query NAME (or FILE.rq) or -e SPARQL, not both")
    graph, given = open_graph(store_dir), _parse_params(params)
    # what `kg.open(store).query(...)` runs, with the output format: the worker sends the text back
    task = worker.QueryTask(
        graph.store_dir,
        graph.settings.queries_dir,
        name=None if expression is not None else str(name),
        expression=expression,
        params=given if expression is None else {},
        limit=limit or None,
        fmt=fmt,
    )
    try:
        found = worker.run_text(task, timeout=timeout or None)
    except QueryStopped as e:
        raise StoppedError(str(e)) from None
    except KgError as e:
        raise SetupError(str(e)) from None
    source = "-e" if expression is not None else str(name)
    if isinstance(found, worker.Text):
        click.echo(found.text, nl=False)
        if found.truncated:
            click.echo(f"{source}: stopped reading at --limit {found.count}; raise --limit (0: no limit)", err=True)
        return
    _show(found, fmt, source)


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param {p!r}: expected NAME=VALUE")
        out[key.strip()] = value.strip()
    return out


def _show(answer: Answer, fmt: str, source: str) -> None:
    if answer.boolean is not None:
        click.echo(_boolean_text(answer.boolean, fmt), nl=False)
    elif answer.rows is not None:
        _show_rows(answer.rows, fmt, source)
    else:
        _show_triples(answer.triples or [], fmt, source)
    if answer.truncated:
        click.echo(f"{source}: stopped reading at --limit {_count(answer)}; raise --limit (0: no limit)", err=True)


def _count(answer: Answer) -> int:
    return len(answer.rows.rows) if answer.rows is not None else len(answer.triples or [])


def _boolean_text(value: bool, fmt: str) -> str:
    if fmt == "json":  # the SPARQL 1.1 Query Results JSON form of an ASK answer
        return json.dumps({"head": {}, "boolean": value}) + "\n"
    return ("true" if value else "false") + "\n"


def _show_rows(rows: Rows, fmt: str, source: str) -> None:
    from kg.export import rows_to_text

    if fmt not in ROW_FORMATS:
        raise SetupError(f"{source}: a SELECT gives rows; use --format {', '.join(ROW_FORMATS)}")
    if fmt == "table":
        print_rows(rows)
    else:
        click.echo(rows_to_text(rows, fmt), nl=False)


def _show_triples(triples: list, fmt: str, source: str) -> None:
    import pyoxigraph as ox

    from kg.iris import PREFIXES

    if fmt not in GRAPH_FORMATS:
        raise SetupError(f"{source}: CONSTRUCT and DESCRIBE give triples; use --format turtle or nt")
    rdf_format = ox.RdfFormat.TURTLE if GRAPH_FORMATS[fmt] == "turtle" else ox.RdfFormat.N_TRIPLES
    prefixes = PREFIXES if rdf_format == ox.RdfFormat.TURTLE else None
    text = ox.serialize(triples, format=rdf_format, prefixes=prefixes) or b""
    click.echo(text.decode("utf-8"), nl=False)
