"""Options shared by the `kg` commands, wherever each command is defined."""

from __future__ import annotations

from pathlib import Path

import click

from kg.settings import STORE_ENV

store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=STORE_ENV,
    default=".kg",
    show_default=True,
    help=f"Store directory (also ${STORE_ENV}).",
)
