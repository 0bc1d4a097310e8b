"""Builds spread over a Dask distributed cluster: `kg build --cluster tcp://HOST:8786`.

The client (the `kg build` process) keeps everything that touches the files and the store: it
reads each article file, sends its bytes to a worker, and writes the graphs that come back in
input order. So a worker needs no access to the client's files: only dkg installed, the same
version (`pip install 'dkg[cluster]'`). The client also sends its ontology, shapes and saved
queries once; a worker loads its Context from them once and keeps it for the articles that follow.

An article whose worker fails (an error, or a worker that dies every time Dask retries it) is
reported on one line and written nowhere; the other articles go on.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg import __version__
from kg.errors import ClusterError, KgError
from kg.ingest import read_bytes
from kg.pipeline import Context, Outcome, process_bytes
from kg.settings import Settings

# Seconds to reach the scheduler, and for a first worker to join it (or a lost one to come back).
CONNECT_SECONDS = 10.0
# Articles sent ahead of the one the client waits for, per worker thread: workers stay busy
# while the client writes in input order, and the client holds at most this many results.
AHEAD_PER_THREAD = 8
_DATA_FOLDERS = ("ontology", "shapes", "queries")


@dataclass(frozen=True, slots=True)
class Bundle:
    """The client's data files a worker loads its Context from: ontology, shapes, saved queries."""

    files: tuple[tuple[str, str, bytes], ...]  # (folder, file name, bytes)

    @classmethod
    def of(cls, settings: Settings) -> Bundle:
        folders = zip(_DATA_FOLDERS, (settings.ontology_dir, settings.shapes_dir, settings.queries_dir), strict=True)
        return cls(
            tuple(
                (name, path.name, path.read_bytes())
                for name, folder in folders
                for path in sorted(folder.iterdir())
                if path.is_file()
            )
        )

    @property
    def digest(self) -> str:
        h = hashlib.sha256()
        for folder, name, data in self.files:
            h.update(f"{folder}/{name}\0{len(data)}\0".encode())
            h.update(data)
        return h.hexdigest()

    def load(self) -> Context:
        """The Context these files give, loaded as a build loads its own."""
        with tempfile.TemporaryDirectory(prefix="kg-worker-") as tmp:
            root = Path(tmp)
            for folder, name, data in self.files:
                (root / folder).mkdir(exist_ok=True)
                (root / folder / name).write_bytes(data)
            dirs = {f"{folder}_dir": root / folder for folder in _DATA_FOLDERS}
            return Context.load(replace(Settings(), **dirs))  # type: ignore[arg-type]


# -- on a worker -----------------------------------------------------------------------------
_CONTEXTS: dict[str, Context] = {}  # by Bundle digest: loaded once per worker process
_LOADING = threading.Lock()  # a worker with several threads loads it once


def _context(bundle: Bundle) -> Context:
    digest = bundle.digest
    with _LOADING:
        if digest not in _CONTEXTS:
            _CONTEXTS[digest] = bundle.load()
        return _CONTEXTS[digest]


def process_on_worker(path: str, data: bytes, index: int, bundle: Bundle) -> Outcome:
    """Run on a Dask worker: one article, from the bytes of its file read by the client."""
    from distributed import get_worker

    outcome = process_bytes(Path(path), data, _context(bundle), index)
    return replace(outcome, worker=get_worker().address)


def _same(bundle: Bundle) -> Bundle:
    return bundle


def installed_version() -> str:
    """The dkg version a worker runs (the extraction is the code's: it must be the client's)."""
    return __version__


# -- on the client ---------------------------------------------------------------------------
class Cluster:
    """The workers of the Dask scheduler at ``address``; outcomes come back in input order."""

    def __init__(self, address: str, settings: Settings) -> None:
        self.address, self.settings = address, settings
        self.client: Any = None
        self.bundle: Any = None  # a future of the Bundle: each worker fetches it once
        self.restore_logs: Callable[[], None] = lambda: None

    def __enter__(self) -> Cluster:
        _require_distributed()
        self.restore_logs = _quiet_dask_logs()
        try:
            self.client = _connect(self.address)
        except BaseException:
            self.restore_logs()
            raise
        try:
            _check_cluster(self.client, self.address)
            self.bundle = _send_bundle(self.client, self.address, Bundle.of(self.settings))
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        self.client.close()
        self.restore_logs()

    def run(self, items: Iterable[tuple[int, Path]]) -> Iterator[Outcome]:
        ahead = AHEAD_PER_THREAD * max(1, sum(self.client.nthreads().values()))
        sent: deque[tuple[Path, int, Any]] = deque()
        for index, path in items:
            sent.append((path, index, self._send(index, path)))
            if len(sent) >= ahead:
                yield self._receive(*sent.popleft())
        while sent:
            yield self._receive(*sent.popleft())

    def waiting(self) -> bool:
        return False  # the batches are written as they fill, as the outcomes come in

    def _send(self, index: int, path: Path) -> Any:
        """A future of the article's outcome; the outcome itself when the file cannot be read."""
        try:
            data = read_bytes(path, self.settings.max_article_bytes)
        except KgError as e:
            return Outcome(str(path), index, error=str(e))
        return self.client.submit(process_on_worker, str(path), data, index, self.bundle, pure=False)

    def _receive(self, path: Path, index: int, sent: Any) -> Outcome:
        if isinstance(sent, Outcome):
            return sent
        try:
            return self._result(sent)
        except ClusterError:
            raise
        except Exception as e:  # whatever failed on the worker fails this article only
            if self.client.status != "running":
                raise self._lost() from None
            return Outcome(str(path), index, error=f"{path}: failed on the cluster ({_why(e)})")

    def _result(self, future: Any) -> Outcome:
        """The future's outcome; waits while the cluster has workers, however long an article takes."""
        while True:
            try:
                return future.result(timeout=CONNECT_SECONDS)  # type: ignore[no-any-return]
            except TimeoutError:
                if self.client.status != "running":
                    raise self._lost() from None
                if not self.client.nthreads():
                    raise ClusterError(
                        self.address,
                        f"no worker left on the cluster for {CONNECT_SECONDS:g} s; the articles written so far "
                        "are stored: start workers and run kg build again",
                    ) from None

    def _lost(self) -> ClusterError:
        return ClusterError(
            self.address,
            "lost the connection to the Dask scheduler; the articles written so far are stored: "
            "run kg build again when it is back",
        )


def _quiet_dask_logs() -> Callable[[], None]:
    """Silence Dask's loggers in this process; a function that restores them.

    A failure is reported as one line, per article or for the build: Dask's own log of it
    (tracebacks on stderr, from the client's threads) would only repeat it.
    """
    names = ["distributed", *(n for n in logging.root.manager.loggerDict if n.startswith("distributed."))]
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL)

    def restore() -> None:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)

    return restore


def _require_distributed() -> None:
    try:
        import distributed  # noqa: F401  (which also sets up its loggers)
    except ImportError:
        problem = "needs dask.distributed, from the cluster extra: pip install 'dkg[cluster]'"
        raise ClusterError("kg build --cluster", problem) from None


def _connect(address: str) -> Any:
    from distributed import Client
    from distributed.comm import get_address_host_port

    try:  # before a Client exists: one made for a bad address hangs at exit
        get_address_host_port(address)
    except ValueError as e:
        raise ClusterError(address, f"not a Dask scheduler address ({e}); write it as tcp://HOST:8786") from None
    try:
        return Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except OSError as e:
        problem = f"cannot reach the Dask scheduler ({_why(e)}); start one with `dask scheduler`, or check the address"
        raise ClusterError(address, problem) from None


def _check_cluster(client: Any, address: str) -> None:
    """At least one worker; the scheduler (it unpickles the tasks) and every worker run this dkg version."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except TimeoutError:
        problem = f"no Dask worker joined the scheduler within {CONNECT_SECONDS:g} s; start one: dask worker {address}"
        raise ClusterError(address, problem) from None
    try:
        versions: dict[str, object] = {"the scheduler": client.run_on_scheduler(installed_version)}
    except Exception as e:  # dkg missing there: the function cannot be unpickled
        versions = {"the scheduler": e}
    workers = client.run(installed_version, on_error="return")
    versions |= {f"worker {worker}": version for worker, version in sorted(workers.items())}
    for who, version in versions.items():
        if isinstance(version, BaseException):
            problem = f"{who} cannot run dkg ({_why(version)}); install it there: pip install 'dkg[cluster]'"
            raise ClusterError(address, problem)
        if version != __version__:
            raise ClusterError(
                address, f"{who} runs dkg {version}, this client {__version__}: install {__version__} there"
            )


def _send_bundle(client: Any, address: str, bundle: Bundle) -> Any:
    """A future of the bundle, computed on a worker: a task's result rather than scattered data,
    so that it is computed again when every worker holding it has died."""
    future = client.submit(_same, bundle, pure=False)
    try:
        error = future.exception(timeout=CONNECT_SECONDS * 6)
    except TimeoutError as e:
        error = e
    if error is not None:
        raise ClusterError(address, f"cannot send the ontology and shapes to the workers ({_why(error)})")
    return future


def _why(e: BaseException) -> str:
    """The exception as a short line: its type and the first line of its message."""
    from distributed import KilledWorker

    if isinstance(e, KilledWorker):
        last = getattr(e, "last_worker", None)
        return f"its worker died each time it ran it (last: {getattr(last, 'address', last)})"
    lines = str(e).strip().splitlines()
    return f"{type(e).__name__}: {lines[0]}" if lines else type(e).__name__
