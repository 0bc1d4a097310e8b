"""One writer at a time: a second writer is refused on one line (or waits), readers go on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError
from kg.store import open_store

from .conftest import EXAMPLES

# Another process that writes the store: it takes the writer lock (or, with "rocksdb", only opens
# the store for writing, as a program that does not know the lock would), then waits.
HOLDER = """
import sys, time
from pathlib import Path
import pyoxigraph as ox
from kg.lock import writer_lock

store, how, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
if how == "rocksdb":
    db = ox.Store(str(store))
    print("ready", flush=True)
    time.sleep(seconds)
else:
    with writer_lock(store):
        db = ox.Store(str(store))
        db.update('INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> "o" } }')
        db.flush()
        print("ready", flush=True)
        time.sleep(seconds)
        del db
"""


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _holder(store: Path, how: str = "lock", seconds: float = 60) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store), how, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    store = tmp_path / "store"
    proc = _holder(store)
    yield store, proc
    proc.kill()
    proc.wait()


def _busy(store: Path, pid: int) -> str:
    return f"Error: {store}: the store is being written by another kg command (pid {pid}); wait, or pass --wait\n"


@pytest.mark.parametrize(
    "args",
    [
        ("build", "--quiet", str(EXAMPLES / "anwar-xi-beijing.txt")),
        ("remove", "news/x.txt"),
        ("import", str(EXAMPLES / "anwar-xi-beijing.txt"), "--format", "turtle"),
        ("reason", "--write"),
    ],
    ids=lambda a: a[0],
)
def test_lock_second_writer_exits_2_naming_the_holder(held: tuple[Path, subprocess.Popen[str]], args) -> None:
    store, proc = held
    result = _run(*args, "--store", str(store))
    assert result.exit_code == 2, result.output
    assert result.stderr == _busy(store, proc.pid)


def test_lock_wait_seconds_gives_up_after_them(held: tuple[Path, subprocess.Popen[str]]) -> None:
    store, proc = held
    started = time.monotonic()
    result = _run("remove", "news/x.txt", "--store", str(store), "--wait", "0.5")
    assert 0.5 <= time.monotonic() - started < 5
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {store}: the store is still being written by another kg command (pid {proc.pid}) after 0.5 s; "
        "wait longer, or pass --wait without a number\n"
    )


def test_lock_wait_without_a_number_waits_until_free(tmp_path: Path) -> None:
    store = tmp_path / "store"
    proc = _holder(store, seconds=1.0)
    article = str(EXAMPLES / "anwar-xi-beijing.txt")
    result = _run("build", "--quiet", "--store", str(store), "--wait", "--", article)
    assert proc.wait(timeout=10) == 0
    assert result.exit_code == 0, result.output
    assert "articles built" in result.stdout


def test_lock_readers_keep_working_while_a_writer_holds_the_store(held: tuple[Path, subprocess.Popen[str]]) -> None:
    store, _ = held
    result = _run("query", "--store", str(store), "-e", "ASK { <http://example.org/s> ?p ?o }", "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"boolean": true' in result.stdout
    exported = _run("export", "--store", str(store), "--format", "nt")
    assert exported.exit_code == 0 and "<http://example.org/s>" in exported.stdout


def test_lock_is_released_when_the_writer_is_killed(tmp_path: Path) -> None:
    store = tmp_path / "store"
    proc = _holder(store)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    result = _run("build", "--quiet", "--store", str(store), str(EXAMPLES / "anwar-xi-beijing.txt"))
    assert result.exit_code == 0, result.output


def test_lock_store_open_for_writing_without_the_lock_is_one_clear_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    proc = _holder(store, how="rocksdb")
    try:
        with pytest.raises(StoreError, match="the store is open for writing in another process; wait for it"):
            open_store(store)
        assert len(open_store(store, read_only=True)) == 0  # a reader still opens it
    finally:
        proc.kill()
        proc.wait()
