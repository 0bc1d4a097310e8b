"""Options, errors and output shared by the `kg` commands, wherever each command is defined."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kg.endpoints import Endpoints, location
from kg.settings import DEFAULT_MAX_ARTICLE_BYTES, STORE_ENV
from kg.sizes import format_size, parse_size

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class StoreType(click.ParamType):
    """A store folder, or the http(s) URL of a SPARQL 1.1 server (its endpoints from the environment)."""

    name = "DIR|URL"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Path | Endpoints:
        if isinstance(value, Path | Endpoints):
            return value
        return location(str(value), os.environ)  # a file here is reported by the store, on one line


store_option = click.option(
    "--store",
    "store_dir",
    type=StoreType(),
    envvar=STORE_ENV,
    default=".kg",
    show_default=True,
    help=f"Store directory, or a SPARQL 1.1 server's URL (also ${STORE_ENV}).",
)


def format_option(*choices: str, default: str = "table") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(choices),
            default=default,
            show_default=True,
            help="Output format: " + ", ".join(choices) + ".",
        )(f)

    return decorate


class SetupError(click.ClickException):
    """A one-line error that exits with the usage/setup code."""

    exit_code = EXIT_USAGE


def stdout_console() -> Any:
    from rich.console import Console

    return Console(soft_wrap=False, width=max(100, shutil.get_terminal_size((140, 40)).columns))


def print_rows(rows: Any) -> None:
    """Rows as a table a person reads, with the row count under it."""
    from rich.table import Table

    from kg.export import compact

    table = Table(show_lines=False)
    for c in rows.columns:
        table.add_column(c, overflow="fold")
    for row in rows.rows:
        table.add_row(*[compact(t) for t in row])
    console = stdout_console()
    console.print(table)
    console.print(f"{len(rows.rows)} rows", highlight=False)


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


wait_option = click.option(
    "--wait",
    "wait",
    type=click.FloatRange(min=0),
    is_flag=False,
    flag_value=0.0,
    default=None,
    metavar="[SECONDS]",
    help="If another kg command is writing the store, wait for it: at most SECONDS, or until it is free "
    "(no number, or 0). Without --wait the command stops at once with exit code 2.",
)


@contextmanager
def writing(store_dir: Path | Endpoints, wait: float | None) -> Iterator[None]:
    """Hold the store's writer lock for a command's duration; a busy store is a one-line setup error."""
    from kg import lock
    from kg.errors import KgError

    try:
        fd = lock.acquire(store_dir, wait=wait)
    except KgError as e:
        raise SetupError(str(e)) from None
    try:
        yield
    finally:
        lock.release(fd)


def timeout_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--timeout SECONDS`` for commands that run queries (``kg query``, ``kg serve``)."""
    from kg.api import DEFAULT_TIMEOUT

    return click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        help=help_text,
    )


def limit_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--limit N`` for commands that read query results."""
    from kg.api import DEFAULT_LIMIT

    return click.option(
        "--limit",
        type=click.IntRange(min=0),
        default=DEFAULT_LIMIT,
        show_default=True,
        metavar="N",
        help=help_text,
    )
