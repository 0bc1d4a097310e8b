"""Crash safety: a build killed with SIGKILL at random points leaves a store that opens, validates
and answers, with every article in it whole; a resumed build then equals a clean one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import open_store

from .conftest import EXAMPLES

ARTICLES = 120  # enough for each kill to land before, between or during writes
KILLS = 3
SEED = 20250514
KG = [sys.executable, "-m", "kg"]


def _articles(folder: Path) -> Path:
    """ARTICLES distinct articles: the example .txt articles in turn, each with a line of its own."""
    sources = sorted(EXAMPLES.glob("*.txt"))
    folder.mkdir()
    for i in range(ARTICLES):
        source = sources[i % len(sources)]
        text = source.read_text(encoding="utf-8") + f"\nArsip salinan nomor {i + 1}.\n"
        (folder / f"{i + 1:03d}-{source.name}").write_text(text, encoding="utf-8")
    return folder


def _build(store: Path, articles: Path) -> subprocess.Popen[bytes]:
    # a session of its own, so the extraction workers can be cleaned up after the kill
    cmd = [*KG, "build", "--quiet", "--store", str(store), str(articles)]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _graph_sizes(store: Path) -> Counter[str]:
    db = open_store(store, read_only=True)
    graphs = (str(q.graph_name.value) for q in db if hasattr(q.graph_name, "value"))  # type: ignore[union-attr]
    # the article graphs only: the ontology and the reference graph are the store's, not an article's
    sizes = Counter(g for g in graphs if "/id/article/" in g)
    del db
    return sizes


def _export(store: Path) -> str:
    result = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "nquads"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL the build itself, as a crash would; then its orphaned workers."""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _check_after_crash(store: Path, clean: Counter[str]) -> int:
    """The store opens for writing, validates, answers a saved query, and holds whole articles only."""
    db = open_store(store)  # recovery; also proves no lock outlived the killed build
    del db
    runner = CliRunner()
    validated = runner.invoke(main, ["validate", "--store", str(store), "--no-warnings"])
    assert validated.exit_code in (0, 1), validated.output
    answered = runner.invoke(
        main, ["query", "sectors-discussed", "--store", str(store), "-p", "a=Malaysia", "-p", "b=Russia"]
    )
    assert answered.exit_code == 0, answered.output
    stored = _graph_sizes(store)
    partial = {g: (n, clean.get(g)) for g, n in stored.items() if n != clean.get(g)}
    assert not partial, f"articles stored in part (stored, clean): {partial}"
    return len(stored)


@pytest.mark.slow
def test_crash_killed_builds_leave_whole_articles_and_resume_to_a_clean_build(tmp_path: Path) -> None:
    articles = _articles(tmp_path / "articles")
    clean_store, store = tmp_path / "clean", tmp_path / "crashed"
    started = time.monotonic()
    clean = _build(clean_store, articles)
    assert clean.wait(timeout=120) == 0, clean.stderr.read() if clean.stderr else ""
    clean_sizes = _graph_sizes(clean_store)
    assert len(clean_sizes) == ARTICLES
    clean_seconds = time.monotonic() - started
    rng = random.Random(SEED)
    counts = []
    for _ in range(KILLS):
        proc = _build(store, articles)
        # a point within the time a clean build takes here: before, between or during its writes
        time.sleep(rng.uniform(0.3, 0.95) * clean_seconds)
        if proc.poll() is None:
            _kill(proc)
        counts.append(_check_after_crash(store, clean_sizes))
    print(f"articles stored after each kill: {counts} of {ARTICLES} (clean build {clean_seconds:.1f} s)")
    resumed = _build(store, articles)
    assert resumed.wait(timeout=120) == 0, resumed.stderr.read() if resumed.stderr else ""
    assert _graph_sizes(store) == clean_sizes
    assert _export(store) == _export(clean_store)
