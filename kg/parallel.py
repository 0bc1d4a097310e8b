"""Where a build's articles are processed: in this process, in local worker processes, or on a
Dask cluster (kg/cluster.py).

Every runner maps (input index, path) pairs to Outcomes in input order, so the parent writes the
store in the same order, and the store holds the same bytes, whoever did the work. Each worker
loads the lexicon, patterns and shapes once.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from kg.pipeline import Context, Outcome, process_for_store
from kg.settings import Settings

# Below this many inputs, a pool of workers costs more than it saves (when no count is asked for).
MIN_PARALLEL = 16


class Runner(Protocol):
    """Maps articles to their outcomes, in the order given; a context manager that ends its workers."""

    def run(self, items: Iterable[tuple[int, Path]]) -> Iterator[Outcome]: ...

    def waiting(self) -> bool:
        """Whether the next outcome is still being worked on (the caller would wait for it)."""
        ...

    def __enter__(self) -> Runner: ...

    def __exit__(self, *exc: Any) -> None: ...


def runner(
    ctx: Context, settings: Settings, inputs: int, *, workers: int | None, cluster: str | None, warm: bool = False
) -> Runner:
    """The runner a build asked for: a Dask cluster, ``workers`` local processes, else the default.

    ``warm``: local workers load the rules the extractor reads on first use as they start (see
    ``warm_up``), for a pool started before there is work to give it.

    Raises:
        ValueError: both ``workers`` and ``cluster``, or fewer than one worker.
    """
    check_request(workers, cluster)
    if cluster is not None:
        from kg.cluster import Cluster

        return Cluster(cluster, settings)
    count = workers if workers is not None else default_workers(inputs)
    return InProcess(ctx) if count == 1 else LocalPool(ctx, settings, count, warm=warm)


def check_request(workers: int | None, cluster: str | None) -> None:
    """Refuse a request no runner can serve.

    Raises:
        ValueError: both ``workers`` and ``cluster``, or fewer than one worker.
    """
    if cluster is not None and workers is not None:
        raise ValueError("workers and cluster exclude each other: the cluster's workers do the work")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")


def default_workers(inputs: int) -> int:
    """One process per core this process may use; this process alone for a few inputs."""
    if inputs < MIN_PARALLEL:
        return 1
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else range(os.cpu_count() or 1)
    return max(1, len(cores))


def worker_name() -> str:
    return f"pid {os.getpid()}"


class InProcess:
    """The articles processed one after another in this process."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def run(self, items: Iterable[tuple[int, Path]]) -> Iterator[Outcome]:
        name = worker_name()
        return (replace(process_for_store(path, self.ctx, index), worker=name) for index, path in items)

    def waiting(self) -> bool:
        return False  # the next outcome is made when asked for: nothing runs meanwhile

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc: Any) -> None:
        pass


_WORKER_CTX: Context | None = None


def _init_worker(settings: Settings, ctx: Context | None, warm: bool = False) -> None:
    global _WORKER_CTX
    _WORKER_CTX = ctx if ctx is not None else Context.load(settings)
    if warm:
        warm_up(_WORKER_CTX)


# A short article in each language, naming a meeting, its date, place, persons, countries, a
# sector and a document: what it takes for the extractor to read its rule files and compile its
# patterns (0.2 s), which it otherwise does while reading the first real article.
WARM_UP_ARTICLES = (
    (
        "warm-up-id.txt",
        "Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim "
        "di Istana Merdeka, Jakarta, Rabu (14/5/2025). Kedua pemimpin membahas kerja sama energi, "
        "perdagangan dan pendidikan. Menteri Luar Negeri kedua negara menandatangani nota kesepahaman "
        "tentang ketahanan pangan. KTT ASEAN akan digelar di Kuala Lumpur pada Oktober tahun depan.",
    ),
    (
        "warm-up-en.txt",
        "Moscow, May 8, 2025 - Russian President Vladimir Putin held talks with Chinese President Xi "
        "Jinping in the Kremlin on Thursday. The two leaders discussed trade, energy and security, "
        "and signed a joint statement on strategic cooperation. They will meet again at the BRICS "
        "summit in Rio de Janeiro in July.",
    ),
)


def warm_up(ctx: Context) -> None:
    """Read the warm-up articles and throw the outcomes away: the extractor's rules are then loaded."""
    from kg.pipeline import process_bytes

    for name, text in WARM_UP_ARTICLES:
        process_bytes(Path(name), text.encode("utf-8"), ctx)


def _work(item: tuple[int, Path]) -> Outcome:
    assert _WORKER_CTX is not None
    return replace(process_for_store(item[1], _WORKER_CTX, item[0]), worker=worker_name())


class LocalPool:
    """``count`` local processes; outcomes come back in input order."""

    def __init__(self, ctx: Context, settings: Settings, count: int, *, warm: bool = False) -> None:
        methods = multiprocessing.get_all_start_methods()
        # fork shares the loaded Context; elsewhere each worker loads its own. The store is open
        # in this process when they fork: they never touch it, and record locks (the store's and
        # the writer lock) are not inherited.
        method = "fork" if "fork" in methods else "spawn"
        shared = ctx if method == "fork" else None
        mp = multiprocessing.get_context(method)
        # what this process holds by now (the build's plan: every input file and stored article)
        # is kept out of the workers' garbage collection, which would otherwise walk, and so copy,
        # all of it in each worker: seconds for a store of ten thousand articles
        gc.freeze()
        try:
            self.pool = mp.Pool(count, initializer=_init_worker, initargs=(settings, shared, warm))
        finally:
            gc.unfreeze()
        self.outcomes: _Ahead | None = None

    def run(self, items: Iterable[tuple[int, Path]]) -> Iterator[Outcome]:
        # one article per task: only then is imap's iterator one that can be asked whether the next is in
        self.outcomes = _Ahead(self.pool.imap(_work, items))
        return self.outcomes

    def waiting(self) -> bool:
        return self.outcomes is not None and not self.outcomes.ready()

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.pool.terminate() if exc[0] is not None else self.pool.close()
        self.pool.join()


class _Ahead:
    """A pool's outcomes in input order, able to tell whether the next one is in yet."""

    def __init__(self, results: Any) -> None:
        self.results = results  # multiprocessing's IMapIterator
        self.held: list[Outcome] = []  # the next outcome, taken early by ``ready``
        self.done = False

    def ready(self) -> bool:
        if self.held or self.done:
            return True
        try:
            self.held.append(self.results.next(timeout=0))
        except multiprocessing.TimeoutError:
            return False
        except StopIteration:
            self.done = True
        return True

    def __iter__(self) -> _Ahead:
        return self

    def __next__(self) -> Outcome:
        if self.held:
            return self.held.pop()
        if self.done:
            raise StopIteration
        return self.results.next()  # type: ignore[no-any-return]
