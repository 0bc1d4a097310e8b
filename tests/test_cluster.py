"""Builds on a Dask cluster (`kg build --cluster`), against a scheduler and workers started as
real processes on 127.0.0.1: the same store, byte for byte, as one process, embedded or on a
SPARQL server (Oxigraph server, started on 127.0.0.1 too); bad files and a worker that dies
fail only their articles; a scheduler that cannot be reached, has no worker, or runs another
dkg version is one line."""

from __future__ import annotations

import io
import os
import shutil
import signal
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg
from bench.generate import generate
from bench.localcluster import LocalCluster, free_port, start
from kg import cluster as kgcluster
from kg.cli import main
from kg.ingest import identify_file
from kg.pipeline import BuildReport
from kg.rdf import article_iri

from .conftest import EXAMPLES, examples_and_samples, export_bytes
from .engines import EngineUnavailable, start_oxigraph


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    """A scheduler and two one-thread workers, each its own process."""
    with start(workers=2, folder=tmp_path_factory.mktemp("dask")) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def cluster_build(dask_cluster: LocalCluster, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """examples_and_samples() built by `kg build --cluster`: the store and the command's result."""
    store = tmp_path_factory.mktemp("cluster") / "store"
    args = ["build", "--quiet", "--cluster", dask_cluster.address, "--store", str(store)]
    return store, _run(*args, *map(str, examples_and_samples()))


@pytest.mark.slow
def test_cluster_build_runs_on_both_workers(cluster_build: tuple[Path, Result], dask_cluster: LocalCluster) -> None:
    _, result = cluster_build
    assert result.exit_code == 0, result.output + dask_cluster.logs()
    assert "│ workers            │ 2 " in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["nquads", "turtle"])
def test_cluster_build_exports_what_one_process_exports(
    cluster_build: tuple[Path, Result], one_process_store: Path, fmt: str
) -> None:
    store, _ = cluster_build
    assert export_bytes(store, fmt) == export_bytes(one_process_store, fmt)


@pytest.mark.slow
def test_cluster_build_into_a_sparql_server_exports_what_one_process_exports(
    dask_cluster: LocalCluster, one_process_store: Path, tmp_path: Path
) -> None:
    try:
        server = start_oxigraph(tmp_path / "oxigraph")
    except EngineUnavailable as e:
        if os.environ.get("CI"):
            pytest.fail(f"{e}; CI must run every engine")
        pytest.skip(str(e))
    try:
        args = ["build", "--quiet", "--cluster", dask_cluster.address, "--store", server.url]
        result = _run(*args, *map(str, examples_and_samples()))
        assert result.exit_code == 0, result.output
        exported = io.BytesIO()
        kg.open(server.url).export(exported, format="nquads")
    finally:
        server.stop()
    assert exported.getvalue() == export_bytes(one_process_store, "nquads")


@pytest.mark.slow
def test_cluster_bad_files_fail_alone(dask_cluster: LocalCluster, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes((EXAMPLES / "prabowo-putin-st-petersburg.txt").read_bytes())
    (folder / "blank.html").write_text("<html><body><script>var a = 1;</script></body></html>")  # by the worker
    (folder / "empty.txt").write_bytes(b"")  # refused by the client, which reads the files
    result = _run("build", "--quiet", "--cluster", dask_cluster.address, "--store", str(tmp_path / "s"), str(folder))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {folder / 'blank.html'}: no readable article text in the HTML page",
        f"error: {folder / 'empty.txt'}: empty file",
    ]
    assert "│ articles built     │ 1 " in result.stdout


@pytest.mark.slow
def test_cluster_article_whose_worker_dies_is_reported_and_written_nowhere(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    paths = generate(folder, 40, seed=3)
    no_retry = {"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}  # a death fails its articles at once
    with start(workers=1, folder=tmp_path / "dask", scheduler_env=no_retry) as cluster:
        [worker_pid] = cluster.worker_pids().values()
        outcome: dict[str, BuildReport] = {}
        build = threading.Thread(target=lambda: outcome.update(report=_build(tmp_path / "s", folder, cluster.address)))
        build.start()
        _wait_for_a_running_article(cluster.address)
        os.kill(worker_pid, signal.SIGKILL)  # its nanny starts another, which builds the rest
        build.join(timeout=300)
    report = outcome["report"]
    assert report.failures, "the articles on the killed worker fail"
    failed = [line.split(": ", 1)[0] for line in report.failures]
    for line in report.failures:
        assert "\n" not in line and "failed on the cluster (its worker died each time it ran it" in line
    assert report.articles + len(failed) == len(paths)
    reference = _graphs(_build(tmp_path / "one", folder, None, workers=1).articles, tmp_path / "one")
    built = _graphs(report.articles, tmp_path / "s")
    assert {article_iri(identify_file(Path(p)).id) for p in failed}.isdisjoint(built)
    assert built == {g: quads for g, quads in reference.items() if g in built}  # whole graphs, as in one process


def test_cluster_unreachable_scheduler_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(kgcluster, "CONNECT_SECONDS", 1.0)
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    result = _run("build", "--quiet", "--cluster", address, "--store", str(tmp_path / "s"), str(EXAMPLES))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {address}: cannot reach the Dask scheduler (")
    assert result.stderr.count("\n") == 1


def test_cluster_bad_address_is_one_line(tmp_path: Path) -> None:
    result = _run(
        "build", "--quiet", "--cluster", "http://127.0.0.1:8786", "--store", str(tmp_path / "s"), str(EXAMPLES)
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: http://127.0.0.1:8786: not a Dask scheduler address (unknown address")
    assert result.stderr.count("\n") == 1


def test_cluster_scheduler_without_workers_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(kgcluster, "CONNECT_SECONDS", 1.0)
    with start(workers=0, folder=tmp_path / "dask") as cluster:
        result = _run("build", "--quiet", "--cluster", cluster.address, "--store", str(tmp_path / "s"), str(EXAMPLES))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {cluster.address}: no Dask worker joined the scheduler within 1 s; start one: dask worker "
        f"{cluster.address}\n"
    )


def test_cluster_worker_with_another_dkg_version_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(kgcluster, "CONNECT_SECONDS", 5.0)
    other = tmp_path / "other" / "kg"  # another dkg release, installed ahead of this one on the worker
    shutil.copytree(Path(kg.__file__).parent, other, ignore=shutil.ignore_patterns("__pycache__"))
    init = other / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8").replace(f'"{kg.__version__}"', '"0.0.1"'), encoding="utf-8")
    with start(workers=1, folder=tmp_path / "dask", worker_env={"PYTHONPATH": str(other.parent)}) as cluster:
        [worker] = cluster.worker_pids()
        result = _run("build", "--quiet", "--cluster", cluster.address, "--store", str(tmp_path / "s"), str(EXAMPLES))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {cluster.address}: worker {worker} runs dkg 0.0.1, this client {kg.__version__}: "
        f"install {kg.__version__} there\n"
    )


def _build(store: Path, folder: Path, address: str | None, workers: int | None = None) -> BuildReport:
    return kg.open(store).build([folder], cluster=address, workers=workers)


def _wait_for_a_running_article(address: str) -> None:
    """Until a worker holds an article of the build (it is being processed, or next)."""
    from distributed import Client

    with Client(address, timeout=30, set_as_default=False) as client:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            keys = [str(k) for ks in client.processing().values() for k in ks]
            if any(k.startswith("process_on_worker") for k in keys):
                return
            time.sleep(0.05)
    raise AssertionError("no article reached the worker in 120 s")


def _graphs(articles: int, store: Path) -> dict[str, list[str]]:
    """The article graphs of the store, each as its sorted N-Quads lines."""
    graphs: dict[str, list[str]] = defaultdict(list)
    for line in export_bytes(store, "nquads").decode("utf-8").splitlines():
        graph = line.rsplit(" ", 2)[-2].strip("<>")
        if "/id/article/" in graph:
            graphs[graph].append(line)
    assert len(graphs) == articles
    return dict(graphs)
