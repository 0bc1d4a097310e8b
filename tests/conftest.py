"""Shared fixtures: settings, the sample articles beside the checkout, built stores."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.pipeline import Context, build
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"


def examples_and_samples() -> list[Path]:
    """examples/articles, with ../shared/articles when it is beside the checkout."""
    samples = SHARED / "articles"
    return [EXAMPLES, *([samples] if samples.is_dir() else [])]


def export_bytes(store: Path, fmt: str) -> bytes:
    """The store's export in ``fmt``, as `kg export` writes it."""
    from kg import store as kgstore
    from kg.export import export

    out = io.BytesIO()
    export(kgstore.open_store(store, read_only=True), fmt, out)
    return out.getvalue()


def shared_dir(name: str) -> Path:
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"../shared/{name} is not beside the checkout")
    return path


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def context(settings: Settings) -> Context:
    return Context.load(settings)


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from ../shared/articles (built once per test session)."""
    articles = shared_dir("articles")
    store = tmp_path_factory.mktemp("sample") / "store"
    report = build([articles], replace(Settings(), store_dir=store))
    assert report.ok, report.failures
    return store


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("examples") / "store"
    report = build([EXAMPLES], replace(Settings(), store_dir=store))
    assert report.ok, report.failures
    return store


@pytest.fixture(scope="session")
def one_process_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples_and_samples() built in this process alone: what every parallel build must equal."""
    store = tmp_path_factory.mktemp("one-process") / "store"
    report = build(examples_and_samples(), replace(Settings(), store_dir=store), workers=1)
    assert report.ok, report.failures
    return store


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from ../shared/dev/articles, the annotated development corpus."""
    articles = shared_dir("dev") / "articles"
    store = tmp_path_factory.mktemp("dev") / "store"
    report = build([articles], replace(Settings(), store_dir=store))
    assert report.ok, report.failures
    return store


def shared_score(store: Path, gold: Path, sectors: list[Path], out: Path) -> dict:
    """The shared scorer's JSON result on a TriG export of the store (written into ``out``)."""
    from kg import store as kgstore
    from kg.export import export

    graph = out / "graph.trig"
    with open(graph, "wb") as f:
        export(kgstore.open_store(store, read_only=True), "trig", f)
    args = [sys.executable, str(SHARED / "eval" / "score.py"), "--graph", str(graph)]
    args += ["--ontology", str(ROOT / "ontology"), "--gold", str(gold), "--json"]
    for path in sectors:
        args += ["--sectors", str(path)]
    result = subprocess.run(args, capture_output=True, text=True, check=True, timeout=300)
    return json.loads(result.stdout.rsplit("\nscore:", 1)[0])
