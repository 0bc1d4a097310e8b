"""The `kg show` command: one actor, meeting or agreement, with evidence quotes."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click

from kg.cli_options import SetupError, store_option
from kg.endpoints import Endpoints
from kg.errors import KgError
from kg.settings import Settings


@click.command(name="show")
@click.argument("name")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format: text, json.",
)
@store_option
def show_command(name: str, fmt: str, store_dir: Path | Endpoints) -> None:
    """Everything the graph knows about one actor, meeting or agreement, with evidence quotes.

    NAME is a label in English or Indonesian (any case) or an IRI.

    Example: kg show "Anwar Ibrahim"
    """
    from kg import store as kgstore
    from kg.queries import resolve_name
    from kg.show import profile

    try:
        db = kgstore.open_store(replace(Settings(), store_dir=store_dir).store_dir, read_only=True)
        found = profile(db, resolve_name(db, name, what="show"))
    except KgError as e:
        raise SetupError(str(e)) from None
    if fmt == "json":
        sys.stdout.write(json.dumps(found.as_json(), ensure_ascii=False, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    console.print(f"[bold]{found.iri}[/bold]")
    facts = Table("property", "value", title="What it is", title_justify="left")
    for p, v in found.facts:
        facts.add_row(p, v)
    console.print(facts)
    if found.involved_in:
        roles = Table("date", "role", "in", title="Takes part in", title_justify="left")
        for role, what, date in found.involved_in:
            roles.add_row(date, role, what)
        console.print(roles)
    if found.evidence:
        quotes = Table("article", "sentence", title="Read from", title_justify="left")
        for article, quote in found.evidence:
            quotes.add_row(article, quote)
        console.print(quotes)
