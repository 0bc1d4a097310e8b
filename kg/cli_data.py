"""The `kg import` and `kg describe` commands: exports back into a store, and the dataset's VoID/DCAT card."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from kg.cli_options import SetupError, store_option, wait_option, writing
from kg.endpoints import Endpoints
from kg.errors import KgError
from kg.export import RDF_FORMATS
from kg.settings import Settings


@click.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RDF_FORMATS),
    help="Read every file in this format (default: from each file's extension).",
)
@store_option
@wait_option
def import_command(files: tuple[Path, ...], fmt: str | None, store_dir: Path | Endpoints, wait: float | None) -> None:
    """Load RDF exports (TriG, N-Quads, Turtle, N-Triples, RDF/XML, JSON-LD) into the store.

    TriG and N-Quads keep their named graphs, so `kg export --format trig` loaded into an empty
    store gives back the same graph. A store without the ontology gets it loaded into its own
    graph, as a build does, so the saved queries answer on the imported data; the export's
    owl:Ontology header is not stored (each export writes it). Each file is loaded in one
    transaction: a file that does not parse is reported and changes nothing; the other files are
    still loaded (exit code 1). The format comes from the extension `kg export` writes (.ttl, .nt,
    .nq, .trig, .jsonld, .rdf, or the format's name, such as .xml) or from --format. RDF/XML that
    declares external or nested entities is refused. One command writes a store at a time:
    another one writing it is an error, unless --wait.

    Example: kg import graph.trig --store copy.kg
    """
    with writing(replace(Settings(), store_dir=store_dir).store_dir, wait):
        failed = _import_files(store_dir, files, fmt)
    sys.exit(1 if failed else 0)


def _import_files(store_dir: Path | Endpoints, files: tuple[Path, ...], fmt: str | None) -> int:
    """Load each file in its own transaction; returns how many failed. The store is released on return."""
    from kg import store as kgstore
    from kg.export import ensure_ontology, import_file

    failed = 0
    try:
        db = kgstore.open_store(replace(Settings(), store_dir=store_dir).store_dir)
    except KgError as e:
        raise SetupError(str(e)) from None
    for path in files:
        try:
            n = import_file(db, path, fmt)
            click.echo(f"{path}: {n} quads loaded", err=True)
        except KgError as e:
            failed += 1
            click.echo(f"Error: {e}", err=True)
    if failed < len(files) and ensure_ontology(db, Settings().ontology_files()):
        click.echo("ontology: loaded into its graph (the saved queries read it)", err=True)
    db.flush()
    return failed


@click.command(name="describe")
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (default: standard output).",
)
@click.option(
    "--base-url",
    default="https://w3id.org/dkg/id/dataset/",
    show_default=True,
    help="Where the exports are published: each distribution's dcat:downloadURL is this + graph.<ext>.",
)
@store_option
def describe_command(out: Path | None, base_url: str, store_dir: Path | Endpoints) -> None:
    """Describe the dataset in VoID and DCAT (Turtle): size, classes, properties, distributions.

    Counts are of distinct triples in the data graphs; one dcat:Distribution per export format,
    with its dcat:downloadURL and media type.

    Example: kg describe --out void.ttl --base-url https://example.org/dkg/
    """
    from kg import store as kgstore
    from kg.export import describe

    try:
        db = kgstore.open_store(replace(Settings(), store_dir=store_dir).store_dir, read_only=True)
        text = describe(db, base_url=base_url)
    except KgError as e:
        raise SetupError(str(e)) from None
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
