"""Real SPARQL servers on 127.0.0.1 for the remote-store tests and benchmarks.

Oxigraph server (the `oxigraph` binary of the PyPI package `oxigraph`) runs with its default
graph NOT the union of the named graphs; Virtuoso Open Source 7 (`virtuoso-t`, Debian's
`virtuoso-opensource-7-bin`) runs in the foreground from a virtuoso.ini written here, with a
fresh dba password, its update and Graph Store endpoints (`/sparql-auth`,
`/sparql-graph-crud-auth`) writable with those credentials. Both pick free ports and keep their
data in the given folder. ``EngineUnavailable`` says why one cannot start.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

START_SECONDS = 120.0


class EngineUnavailable(Exception):
    """The engine is not installed or did not start (the message says which)."""


@dataclass
class Engine:
    """A running server: the URL to pass as --store, and the environment kg needs for it."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    env: dict[str, str] = field(default_factory=dict)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_oxigraph(folder: Path) -> Engine:
    """Oxigraph server on a free port, data in ``folder``, no union default graph.

    Raises:
        EngineUnavailable: no `oxigraph` binary, or it did not answer in time.
    """
    binary = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if binary is None:
        raise EngineUnavailable("oxigraph server: no `oxigraph` binary (pip install oxigraph; make install does)")
    port = free_port()
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "oxigraph.log"
    args = [binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"]
    engine = Engine("oxigraph", f"http://127.0.0.1:{port}", _spawn(args, log), log)
    _wait(engine, f"{engine.url}/query")
    return engine


def start_virtuoso(folder: Path) -> Engine:
    """Virtuoso Open Source 7 on free ports, data in ``folder``, dba with a fresh password.

    Raises:
        EngineUnavailable: no `virtuoso-t` binary, or it did not answer in time.
    """
    binary = shutil.which("virtuoso-t")
    if binary is None:
        raise EngineUnavailable(
            "virtuoso: no `virtuoso-t` binary (make install runs `make virtuoso`, which apt-installs it)"
        )
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_virtuoso_ini(folder, http_port, sql_port), encoding="utf-8")
    password = secrets.token_hex(8)
    log = folder / "virtuoso.log"
    # a first run creates the database, sets the dba password and exits
    setup = subprocess.run(
        [binary, "+foreground", "+configfile", str(ini), "+pwdold", "dba", "+pwddba", password],
        cwd=folder,
        capture_output=True,
        timeout=START_SECONDS,
    )
    if setup.returncode != 0:
        raise EngineUnavailable(f"virtuoso: setting the dba password failed ({setup.stderr.decode()[-300:]})")
    url = f"http://127.0.0.1:{http_port}/sparql"
    engine = Engine("virtuoso", url, _spawn([binary, "+foreground", "+configfile", str(ini)], log, cwd=folder), log)
    engine.env = {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": password}
    _wait(engine, url)
    return engine


def _virtuoso_ini(folder: Path, http_port: int, sql_port: int) -> str:
    db = folder / "db"
    db.mkdir(exist_ok=True)
    return f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = {folder}
CheckpointInterval = 60

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 300
"""


def _spawn(args: list[str], log: Path, cwd: Path | None = None) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=cwd)


def _wait(engine: Engine, query_url: str) -> None:
    """Until the query endpoint answers ASK {}; the engine is stopped if it never does."""
    url = query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if engine.process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    engine.stop()
    tail = engine.log.read_text(encoding="utf-8", errors="replace")[-500:]
    raise EngineUnavailable(f"{engine.name} did not answer at {query_url} within {START_SECONDS:g} s: {tail}")
