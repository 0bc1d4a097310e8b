"""Options shared by the `kg` commands, wherever each command is defined."""

from __future__ import annotations

from pathlib import Path

import click

from kg.settings import DEFAULT_MAX_ARTICLE_BYTES, STORE_ENV
from kg.sizes import format_size, parse_size

store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=STORE_ENV,
    default=".kg",
    show_default=True,
    help=f"Store directory (also ${STORE_ENV}).",
)


class SizeType(click.ParamType):
    """A byte size written as 2MB, 500KB or a number of bytes."""

    name = "SIZE"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            return parse_size(str(value))
        except ValueError as e:
            self.fail(str(e), param, ctx)


max_size_option = click.option(
    "--max-size",
    "max_size",
    type=SizeType(),
    default=format_size(DEFAULT_MAX_ARTICLE_BYTES).replace(" ", ""),
    show_default=True,
    help="Refuse article files larger than this (KB and MB are powers of 1024).",
)
