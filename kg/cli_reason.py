"""The `kg reason` command: HermiT over the ontology and the store (or a file)."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from kg.cli_options import store_option, wait_option, writing
from kg.endpoints import Endpoints
from kg.errors import KgError
from kg.settings import Settings


@click.command(name="reason")
@store_option
@click.option(
    "--file",
    "data_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Reason over this RDF file (Turtle, TriG, N-Triples, N-Quads) instead of the store.",
)
@click.option(
    "--write",
    is_flag=True,
    help="Store the inferred types and relations in their own named graph, replacing the last ones.",
)
@wait_option
def reason_command(store_dir: Path | Endpoints, data_file: Path | None, write: bool, wait: float | None) -> None:
    """Check the ontology and the article graphs for consistency with the HermiT reasoner.

    An inconsistency is explained in plain words: which individuals, which axioms. The exit
    code is then 1. With --write, the inferred types and relations go to the named graph
    https://w3id.org/dkg/id/graph/inferred (one command writes a store at a time: another one
    writing it is an error, unless --wait). Needs a Java runtime.

    Example: kg reason --write
    """
    if write and data_file is not None:
        raise click.UsageError("--write stores inferences in the store; it cannot be used with --file")
    settings = replace(Settings(), store_dir=store_dir)
    with writing(settings.store_dir, wait) if write else nullcontext():
        outcome = _reason(settings, data_file, write)
    _report(outcome, write)


def _reason(settings: Settings, data_file: Path | None, write: bool) -> Any:
    from kg import store as kgstore
    from kg.inspect import read_graphs
    from kg.reason import reason, stored_graphs, write_inferred

    try:
        db = None if data_file else kgstore.open_store(settings.store_dir, read_only=not write)
        graphs = read_graphs(data_file) if data_file else stored_graphs(db)
        outcome = reason(settings.ontology_files(), graphs, infer=write)
        if write and outcome.consistent:
            write_inferred(db, outcome.inferred)
    except KgError as e:
        from kg.cli import SetupError

        raise SetupError(str(e)) from None
    del db  # the store is closed before the writer lock is released
    return outcome


def _report(outcome: Any, write: bool) -> None:
    from kg.reason import INFERRED_GRAPH

    scope = f"ontology + {outcome.graphs} graphs ({outcome.triples} triples)"
    state = "consistent" if outcome.consistent else "INCONSISTENT"
    click.echo(f"HermiT: {state}: {scope}, {outcome.seconds:.1f} s")
    for cls in outcome.unsatisfiable:
        click.echo(f"warning: {cls} can have no members (it is unsatisfiable)")
    for line in outcome.explanations:
        click.echo(f"- {line}")
    if write and outcome.consistent:
        click.echo(
            f"inferred {outcome.inferred_types} types and {outcome.inferred_relations} relations, "
            f"written to graph {INFERRED_GRAPH}"
        )
    if not outcome.consistent:
        sys.exit(1)
