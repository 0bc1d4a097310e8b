"""The `kg serve` command: the store as a read-only SPARQL endpoint and the saved queries as URLs."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli_options import SetupError, limit_option, store_option, timeout_option
from kg.endpoints import Endpoints


@click.command(name="serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: a free one).")
@timeout_option("Stop each query after this many seconds (HTTP 503); 0 waits for ever.")
@limit_option("Read at most N rows (or triples) per query; 0 reads them all.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="Query processes.")
@click.option("--quiet", "-q", is_flag=True, help="No request log on stderr.")
def serve_command(
    store_dir: Path | Endpoints, host: str, port: int, timeout: float, limit: int, workers: int, quiet: bool
) -> None:
    """Serve the store read-only over HTTP: SPARQL at /sparql, saved queries at /queries/NAME.

    /sparql follows the SPARQL 1.1 Protocol (GET query=, POST form or application/sparql-query);
    results are JSON, XML, CSV or TSV by Accept or format=, CONSTRUCT and DESCRIBE Turtle or
    N-Triples. Updates are refused (403). /queries/NAME?param=value answers a saved query as an
    HTML table, or .json / .csv. / is the analysts' page: the saved queries as forms, a SPARQL
    editor, a sortable results table, and network and timeline views. Ctrl-C stops the server.

    Example: kg serve --store .kg --port 8765
    """
    from dataclasses import replace

    from kg.errors import KgError
    from kg.serve import make_server
    from kg.settings import Settings

    log = None if quiet else (lambda line: click.echo(line, err=True))
    try:
        server = make_server(
            replace(Settings(), store_dir=store_dir),
            host=host,
            port=port,
            timeout=timeout or None,
            limit=limit or None,
            workers=workers,
            **({"log": log} if log else {}),
        )
    except KgError as e:
        raise SetupError(str(e)) from None
    except OSError as e:
        raise SetupError(f"{host}:{port}: cannot listen ({e.strerror or e})") from None
    click.echo(f"serving {store_dir} at http://{host}:{server.server_address[1]}/ (Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
