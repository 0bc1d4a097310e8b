"""The `kg viz` command: the graph as an interactive network page and a timeline picture."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from kg.cli_options import SetupError, store_option
from kg.endpoints import Endpoints
from kg.errors import KgError
from kg.settings import Settings


@click.command(name="viz")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default="viz",
    show_default=True,
    help="Folder for network.html and timeline.png.",
)
@store_option
def viz_command(out_dir: Path, store_dir: Path | Endpoints) -> None:
    """Draw the graph: an interactive HTML network of actors, meetings, agreements and sectors
    (network.html, open it in a browser) and a timeline of the dated meetings (timeline.png).

    Example: kg viz --out viz
    """
    from kg import store as kgstore
    from kg.viz import network, require_extra, timeline

    try:
        require_extra()
    except KgError as e:
        raise SetupError(str(e)) from None
    try:
        db = kgstore.open_store(replace(Settings(), store_dir=store_dir).store_dir, read_only=True)
    except KgError as e:
        raise SetupError(str(e)) from None
    out_dir.mkdir(parents=True, exist_ok=True)
    nodes = network(db, out_dir / "network.html")
    meetings = timeline(db, out_dir / "timeline.png")
    click.echo(
        f"{out_dir / 'network.html'}: {nodes} nodes; {out_dir / 'timeline.png'}: {meetings} dated meetings", err=True
    )
