"""Builds over several local processes (`kg build --workers N`): the same store, byte for byte,
as one process; the work really spread; the default count; bad counts refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kg
from kg.cli import main
from kg.parallel import MIN_PARALLEL, InProcess, LocalPool, default_workers, runner
from kg.pipeline import Context
from kg.settings import Settings

from .conftest import examples_and_samples, export_bytes


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def workers_2_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """examples_and_samples() built by `kg build --workers 2`: the store and the command's result."""
    store = tmp_path_factory.mktemp("workers-2") / "store"
    return store, _run("build", "--quiet", "--workers", "2", "--store", str(store), *map(str, examples_and_samples()))


@pytest.mark.slow
def test_parallel_cli_workers_2_builds_in_two_processes(workers_2_build: tuple[Path, Result]) -> None:
    _, result = workers_2_build
    assert result.exit_code == 0, result.output
    assert "│ workers            │ 2 " in result.stdout  # both processes built articles


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["nquads", "turtle"])
def test_parallel_cli_workers_2_exports_what_one_process_exports(
    workers_2_build: tuple[Path, Result], one_process_store: Path, fmt: str
) -> None:
    store, _ = workers_2_build
    assert export_bytes(store, fmt) == export_bytes(one_process_store, fmt)


@pytest.mark.slow
def test_parallel_api_build_with_workers_2_spreads_the_articles(tmp_path: Path, one_process_store: Path) -> None:
    report = kg.open(tmp_path / "s").build(examples_and_samples(), workers=2)
    assert report.ok, report.failures
    assert len(report.workers) == 2 and f"pid {os.getpid()}" not in report.workers
    assert sum(report.workers.values()) == report.articles
    assert export_bytes(tmp_path / "s", "nquads") == export_bytes(one_process_store, "nquads")


def test_parallel_api_build_with_workers_1_stays_in_this_process(tmp_path: Path) -> None:
    article = examples_and_samples()[0] / "prabowo-putin-st-petersburg.txt"
    report = kg.open(tmp_path / "s").build([article], workers=1)
    assert report.workers == {f"pid {os.getpid()}": 1}


def test_parallel_default_is_one_process_per_core_from_min_parallel_inputs() -> None:
    cores = len(os.sched_getaffinity(0))
    assert default_workers(MIN_PARALLEL - 1) == 1
    assert default_workers(MIN_PARALLEL) == cores


def test_parallel_runner_takes_the_count_asked_for(context: Context) -> None:
    with runner(context, Settings(), 1, workers=2, cluster=None) as pool:
        assert isinstance(pool, LocalPool)  # asked for: a pool even below MIN_PARALLEL inputs
    assert isinstance(runner(context, Settings(), 10_000, workers=1, cluster=None), InProcess)


@pytest.mark.parametrize(
    ("workers", "cluster", "message"),
    [(0, None, "workers must be at least 1, not 0"), (2, "tcp://127.0.0.1:1", "exclude each other")],
)
def test_parallel_runner_refuses_a_bad_request(
    context: Context, workers: int, cluster: str | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        runner(context, Settings(), 20, workers=workers, cluster=cluster)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workers", "0"], "Invalid value for '--workers': 0 is not in the range x>=1."),
        (["--workers", "2", "--cluster", "tcp://127.0.0.1:1"], "Error: --workers and --cluster exclude each other"),
    ],
)
def test_parallel_cli_bad_worker_options_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = _run("build", "--quiet", "--store", str(tmp_path / "s"), *args, str(examples_and_samples()[0]))
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "s").exists()


def test_parallel_pool_tells_whether_the_next_outcome_is_in(context: Context) -> None:
    article = examples_and_samples()[0] / "prabowo-putin-st-petersburg.txt"
    with LocalPool(context, Settings(), 2) as pool:
        outcomes = pool.run((i, article) for i in range(4))
        while pool.waiting():  # the build writes its batch meanwhile
            pass
        assert [o.index for o in outcomes] == [0, 1, 2, 3]  # in input order, none lost to the look
        assert not pool.waiting()  # the last is in: nothing is left to wait for


def test_parallel_warm_up_changes_no_outcome() -> None:
    """Workers started before there is work read two warm-up articles; what they build after is the same."""
    from kg.parallel import warm_up
    from kg.pipeline import process_for_store

    context = Context.load(Settings())
    article = examples_and_samples()[0] / "prabowo-putin-st-petersburg.txt"
    before = process_for_store(article, context)
    warm_up(context)
    assert process_for_store(article, context) == before
    assert before.error is None and before.body
