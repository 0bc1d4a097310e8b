"""The `kg` command: thin click commands over library functions.

Exit codes: 0 success; 1 some inputs failed or did not conform (the rest were stored), or
validation found violations; 2 usage or setup error (bad option, unknown query or parameter,
missing or unreadable ontology, shapes or store).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.cli_options import (
    EXIT_FAILED,
    SetupError,
    format_option,
    max_size_option,
    print_rows,
    stdout_console,
    store_option,
    wait_option,
    writing,
)
from kg.endpoints import Endpoints
from kg.errors import KgError
from kg.settings import Settings

if TYPE_CHECKING:
    from kg.evaluate import Evaluation


def _fail(error: KgError) -> SetupError:
    return SetupError(str(error))


def _settings(store_dir: Path | Endpoints) -> Settings:
    return replace(Settings(), store_dir=store_dir)


def _stderr() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _stdout() -> Any:
    return stdout_console()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build and query a knowledge graph of diplomatic news.

    Read articles (kg build), check them against the shapes (kg validate), ask saved questions
    (kg queries, kg query) and export the graph (kg export).
    """


# -- build --------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--force", is_flag=True, help="Rebuild articles even when they are unchanged.")
@click.option("--keep-failing", is_flag=True, help="Store articles whose graph has SHACL violations too.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@max_size_option
@click.option(
    "--prune", is_flag=True, help="Then remove the stored articles whose files are no longer among the inputs."
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    show_default="one per core; 1 for under 16 files",
    help="Local processes that read, extract and validate.",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    help="A Dask scheduler (tcp://HOST:8786) whose workers read, extract and validate instead.",
)
@wait_option
def build(
    paths: tuple[Path, ...],
    store_dir: Path | Endpoints,
    force: bool,
    keep_failing: bool,
    quiet: bool,
    max_size: int,
    prune: bool,
    workers: int | None,
    cluster: str | None,
    wait: float | None,
) -> None:
    """Read .txt and .html articles from files or folders into the store.

    Each article is extracted, validated against the SHACL shapes and written to its own named
    graph in one transaction. Unchanged articles are skipped. A file that cannot be read is
    reported on one line and the others are still built; the exit code is then 1. Files larger
    than --max-size are refused. An article retracted (--prune, or a file whose text changed) is
    one `removed` line. One command writes a store at a time: another one writing it is an
    error, unless --wait. The work is spread over --workers local processes, or over the
    workers of a Dask cluster (--cluster); this process writes the store, in input order.

    Example: kg build --prune examples/articles
    """
    from kg.api import open as open_graph

    if workers is not None and cluster is not None:
        raise click.UsageError("--workers and --cluster exclude each other: the cluster's workers do the work")

    graph = open_graph(store_dir)
    errors = _stderr()
    with _progress(quiet) as progress:
        task = progress.add_task("building", total=None)
        try:
            report = graph.build(
                paths,
                force=force,
                keep_failing=keep_failing,
                prune=prune,
                max_size=max_size,
                wait=wait,
                workers=workers,
                cluster=cluster,
                on_start=lambda total: progress.update(task, total=total),
                on_article=lambda path: progress.advance(task),
            )
        except KgError as e:
            raise _fail(e) from None
    for line in report.failures:
        errors.print(f"[red]error[/red]: {line}", markup=True, highlight=False, soft_wrap=True)
    for removal in report.removed:
        click.echo(removal.line())
    _print_summary(report)
    if not report.ok:
        sys.exit(EXIT_FAILED)


def _progress(quiet: bool) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_stderr(),
        disable=quiet,
        transient=True,
    )


def _print_summary(report: Any) -> None:
    from rich.table import Table

    table = Table(title="build summary", show_header=False)
    for name, value in (
        ("articles built", report.articles),
        ("articles unchanged", report.unchanged),
        ("files hashed", report.hashed),
        ("articles removed", len(report.removed)),
        ("failures", len(report.failures)),
        ("workers", len(report.workers)),
        ("triples written", report.triples),
        ("actors", report.actors),
        ("summits", report.summits),
        ("agreements", report.agreements),
        ("violations", report.violations),
        ("warnings", report.warnings),
        ("articles in store", report.store_articles),
    ):
        table.add_row(name, str(value))
    _stdout().print(table)


# -- remove --------------------------------------------------------------------------------
@main.command()
@click.argument("targets", nargs=-1, required=True)
@store_option
@wait_option
def remove(targets: tuple[str, ...], store_dir: Path | Endpoints, wait: float | None) -> None:
    """Retract articles, named by a file they were read from or by their IRI.

    Each article's named graph is dropped with everything in it: its evidence and every
    statement only it made (what other articles also say stays in their graphs). All the
    articles go in one transaction, or none does; one line per article removed.

    Example: kg remove news/old.txt https://w3id.org/dkg/id/article/0e243d90c876593a
    """
    with writing(_settings(store_dir).store_dir, wait):
        _remove(targets, _settings(store_dir).store_dir)


def _remove(targets: tuple[str, ...], store_dir: Path | Endpoints) -> None:
    from kg.sources import remove as remove_articles
    from kg.store import open_store

    try:
        db = open_store(store_dir)
    except KgError as e:
        raise _fail(e) from None
    removals, error = [], None
    try:
        removals = remove_articles(db, list(targets))
    except KgError as e:
        error = str(e)  # not the exception: its frames would keep the store open
    db.flush()
    del db  # closes the store before the command returns
    if error is not None:
        raise SetupError(error)
    for removal in removals:
        click.echo(removal.line())


# -- validate -------------------------------------------------------------------------------
@main.command(name="validate")
@store_option
@click.option(
    "--file",
    "data_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Validate this RDF file (Turtle, TriG, N-Triples, N-Quads) instead of the store.",
)
@click.option("--warnings/--no-warnings", default=True, show_default=True, help="Show warnings and infos too.")
def validate_command(store_dir: Path | Endpoints, data_file: Path | None, warnings: bool) -> None:
    """Check the store (or a file) against the SHACL shapes; exit 1 on violations.

    Findings are grouped by article, each with the evidence sentence of its focus node.

    Example: kg validate
    """
    from kg.inspect import validate_file, validate_store

    settings = _settings(store_dir)
    try:
        groups = validate_file(data_file, settings) if data_file else validate_store(settings)
    except KgError as e:
        raise _fail(e) from None
    console = _stdout()
    violations = 0
    for article, findings in groups:
        shown = [f for f in findings if warnings or f.finding.severity == "Violation"]
        violations += sum(f.finding.severity == "Violation" for f in findings)
        if not shown:
            continue
        console.print(f"[bold]{article}[/bold]", highlight=False)
        for f in shown:
            console.print(f"  {f.finding.line()}", highlight=False, markup=False)
            if f.evidence:
                console.print(f"    evidence: “{f.evidence}”", highlight=False, markup=False)
    console.print(f"{len(groups)} graphs checked, {violations} violations", highlight=False)
    if violations:
        sys.exit(EXIT_FAILED)


# -- queries ------------------------------------------------------------------------------
@main.command()
def queries() -> None:
    """List the saved queries with their descriptions and parameters.

    Example: kg queries
    """
    from rich.table import Table

    from kg.queries import saved_queries

    try:
        found = saved_queries(Settings().queries_dir)
    except KgError as e:
        raise _fail(e) from None
    table = Table(show_lines=True)
    for column in ("name", "description", "parameters"):
        table.add_column(column)
    for q in found:
        params = "\n".join(
            f"{p.name}: {p.meaning}" + ("" if p.default is None else f" (default {p.default or 'none'})")
            for p in q.params
        )
        table.add_row(q.name, f"{q.title}. {q.description}", params)
    _stdout().print(table)


# -- export ------------------------------------------------------------------------------
@main.command(name="export")
@format_option("turtle", "nt", "nquads", "trig", "jsonld", "xml", default="turtle")
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (default: standard output).",
)
@click.option("--with-ontology", is_flag=True, help="Include the ontology graph.")
@store_option
def export_command(fmt: str, out: Path | None, with_ontology: bool, store_dir: Path | Endpoints) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML.

    The output is sorted, so the same store always gives the same bytes. TriG and N-Quads keep
    one named graph per article.

    Example: kg export --format trig --out graph.trig
    """
    from kg.api import open as open_graph

    try:
        open_graph(store_dir).export(sys.stdout.buffer if out is None else out, format=fmt, with_ontology=with_ontology)
    except KgError as e:
        raise _fail(e) from None
    if out is None:
        return
    _stderr().print(f"wrote {out}", highlight=False)


# -- eval ------------------------------------------------------------------------------
@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--sectors",
    "sector_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Sector vocabulary YAML for the sector names; repeatable, merged (default: GOLD_DIR/sectors.yaml).",
)
@format_option("table", "json")
@store_option
def eval_command(gold_dir: Path, sector_files: tuple[Path, ...], fmt: str, store_dir: Path | Endpoints) -> None:
    """Score the store against gold annotations: precision, recall and F1 per category.

    GOLD_DIR holds one YAML file per article in the gold format (article, actors, summits,
    agreements); build those articles first. Gold articles the store lacks count as missed,
    and a warning names them. The false positives and negatives of each category follow the
    table.

    Example: kg eval gold/
    """
    from kg.evaluate import evaluate
    from kg.store import open_store

    try:
        db = open_store(_settings(store_dir).store_dir, read_only=True)
        result = evaluate(db, gold_dir, sector_files=list(sector_files) or None)
    except KgError as e:
        raise _fail(e) from None
    if result.missing:
        n = len(result.missing)
        noun = "gold article is" if n == 1 else "gold articles are"
        click.echo(f"warning: {n} {noun} not in the store: {', '.join(result.missing)}", err=True)
    if fmt == "json":
        click.echo(_evaluation_json(result))
        return
    _stdout().print(_evaluation_table(result))
    for line in _evaluation_errors(result):
        click.echo(line)


def _evaluation_json(result: Evaluation) -> str:
    import json

    data: dict[str, Any] = {
        c: {
            "precision": s.precision,
            "recall": s.recall,
            "f1": result.f1(c),
            "gold": s.gold,
            "extracted": s.extracted,
            "false_positives": s.false_positives,
            "false_negatives": s.false_negatives,
        }
        for c, s in result.scores.items()
    }
    data["overall"] = {"f1": result.overall}
    data["missing_articles"] = result.missing
    return json.dumps(data, indent=1, ensure_ascii=False)


def _evaluation_table(result: Evaluation) -> Any:
    from rich.table import Table

    def cell(x: float | None) -> str:
        return "-" if x is None else f"{x:.2f}"

    table = Table()
    for column in ("category", "gold", "extracted", "precision", "recall", "F1"):
        table.add_column(column, justify="right" if column != "category" else "left")
    for name, s in result.scores.items():
        table.add_row(name, str(s.gold), str(s.extracted), cell(s.precision), cell(s.recall), cell(result.f1(name)))
    table.add_row("overall", "", "", "", "", cell(result.overall))
    return table


def _evaluation_errors(result: Evaluation) -> list[str]:
    lines = []
    for name, s in result.scores.items():
        if s.false_positives or s.false_negatives:
            lines.append(f"== {name}")
            lines += [f"   FP  {x}" for x in s.false_positives]
            lines += [f"   FN  {x}" for x in s.false_negatives]
    return lines


# -- lexicon and info --------------------------------------------------------------------
@main.command()
@click.option(
    "--kind",
    type=click.Choice(
        ["Person", "Country", "Organization", "Place", "Region", "Sector", "Summit", "Agreement", "Position"]
    ),
    help="Only labels of this kind.",
)
@click.option("--search", "-s", help="Only labels containing this text.")
@format_option("table", "csv", "tsv", "json", "md")
def lexicon(kind: str | None, search: str | None, fmt: str) -> None:
    """Show the labels the extractor looks for, read from the ontology as the build reads them.

    Example: kg lexicon --kind Sector --search energi
    """
    from kg import iris
    from kg.export import rows_to_text
    from kg.store import memory_store, select

    settings = Settings()
    try:
        db = memory_store(settings.ontology_files(), iris.ONTOLOGY_GRAPH)
        rows = select(db, (settings.queries_dir / "lexicon.rq").read_text(encoding="utf-8"))
    except KgError as e:
        raise _fail(e) from None
    keep = [
        r
        for r in rows.rows
        if (kind is None or (r[1] is not None and r[1].value == kind))
        and (search is None or (r[2] is not None and search.casefold() in r[2].value.casefold()))
    ]
    filtered = type(rows)(rows.columns, keep)
    if fmt == "table":
        print_rows(filtered)
    else:
        click.echo(rows_to_text(filtered, fmt), nl=False)


@main.command()
@store_option
def info(store_dir: Path | Endpoints) -> None:
    """Show the version, the data folders, and what the store holds.

    Example: kg info
    """
    from kg.inspect import store_info

    settings = _settings(store_dir)
    try:
        facts = store_info(settings)
    except KgError as e:
        raise _fail(e) from None
    console = _stdout()
    for key, value in facts:
        console.print(f"{key:<20} {value}", highlight=False)


from kg.cli_query import query_command  # noqa: E402  (defined in its own module; registered here)

main.add_command(query_command)

from kg.cli_reason import reason_command  # noqa: E402  (defined in its own module; registered here)

main.add_command(reason_command)

from kg.cli_data import describe_command, import_command  # noqa: E402  (defined in their own module)

main.add_command(import_command)
main.add_command(describe_command)

from kg.cli_show import show_command  # noqa: E402  (defined in its own module)

main.add_command(show_command)

from kg.cli_viz import viz_command  # noqa: E402  (defined in its own module)

main.add_command(viz_command)

from kg.cli_serve import serve_command  # noqa: E402  (defined in its own module)

main.add_command(serve_command)
