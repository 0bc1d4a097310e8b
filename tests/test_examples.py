"""The demo runs on the project's own example articles, without ../shared."""

import os
import subprocess
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

from .conftest import EXAMPLES, ROOT


def test_examples_are_our_own_short_articles() -> None:
    files = sorted(EXAMPLES.glob("*.txt"))
    assert len(files) >= 3
    shared = ROOT.parent / "shared" / "articles"
    if shared.is_dir():
        theirs = {p.read_text(encoding="utf-8") for p in shared.glob("*.txt")}
        assert not any(f.read_text(encoding="utf-8") in theirs for f in files)


def test_examples_flagship_query_answers_on_the_examples(example_store: Path) -> None:
    result = CliRunner().invoke(
        main, ["query", "--store", str(example_store), "sectors-discussed", "-p", "a=Indonesia", "-p", "b=Russia"]
    )
    assert result.exit_code == 0, result.output
    assert "Energy" in result.stdout
    assert "2025-06-19" in result.stdout


def test_examples_make_demo_runs_without_shared(tmp_path: Path) -> None:
    """`make demo` on a copy of the project that has no ../shared beside it."""
    copy = tmp_path / "project"
    copy.mkdir()
    subprocess.run(["cp", "-r", str(ROOT / "examples"), str(copy / "examples")], check=True)
    for name in ("Makefile", "pyproject.toml", "README.md"):
        (copy / name).write_bytes((ROOT / name).read_bytes())
    os.utime(copy / "pyproject.toml", (0, 0))  # older than the install stamp: no reinstall
    venv = ROOT / ".venv"
    result = subprocess.run(
        ["make", "-C", str(copy), "demo", f"VENV={venv}", f"STAMP={venv}/.installed"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Energy" in result.stdout
    assert (copy / "out" / "demo" / "graph.ttl").stat().st_size > 1000
