"""A Dask scheduler and workers started as real processes on 127.0.0.1, on free ports, for the
cluster tests and the scale benchmark: what `dask scheduler` and `dask worker` start on real
machines, each worker one process with one thread.

    with start(workers=2, folder=Path("dask-logs")) as cluster:
        print(cluster.address)  # tcp://127.0.0.1:PORT
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

START_SECONDS = 90.0  # for the scheduler and every worker to be up, on a busy 2-core machine


@dataclass
class LocalCluster:
    address: str
    folder: Path  # the processes' logs and the workers' scratch space
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def worker_pids(self) -> dict[str, int]:
        """Each worker's address and the id of the process that runs its tasks (a nanny's child)."""
        from distributed import Client

        with Client(self.address, timeout=30, set_as_default=False) as client:
            return dict(client.run(os.getpid))

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in sorted(self.folder.glob("*.log"))
        )

    def stop(self) -> None:
        """End the processes started here (workers first), each with the children it started."""
        for process in reversed(self.processes):
            _end(process)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def start(
    workers: int,
    folder: Path,
    *,
    scheduler_env: dict[str, str] | None = None,
    worker_env: dict[str, str] | None = None,
) -> Iterator[LocalCluster]:
    """A scheduler and ``workers`` workers, ready; stopped on leaving. ``*_env``: added to their environment.

    Raises:
        RuntimeError: a process did not start in time (its log is in the message).
    """
    folder.mkdir(parents=True, exist_ok=True)
    cluster = LocalCluster(f"tcp://127.0.0.1:{free_port()}", folder)
    try:
        port = cluster.address.rsplit(":", 1)[1]
        scheduler = ["scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"]
        cluster.processes.append(_spawn(scheduler, folder / "scheduler.log", scheduler_env))
        for i in range(workers):
            worker = ["worker", cluster.address, "--nworkers", "1", "--nthreads", "1", "--host", "127.0.0.1"]
            worker += ["--no-dashboard", "--local-directory", str(folder / f"worker-{i}")]
            cluster.processes.append(_spawn(worker, folder / f"worker-{i}.log", worker_env))
        _wait_ready(cluster, workers)
        yield cluster
    finally:
        cluster.stop()


def _spawn(args: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "dask", *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "DASK_TEMPORARY_DIRECTORY": str(log.parent), **(env or {})},  # scratch files there
            cwd=log.parent,  # not the checkout: `python -m` puts the folder it runs in first on sys.path
            start_new_session=True,  # its own process group: stop() ends a nanny with its worker
        )


def _wait_ready(cluster: LocalCluster, workers: int) -> None:
    from distributed import Client

    deadline = time.monotonic() + START_SECONDS
    while True:
        dead = [p for p in cluster.processes if p.poll() is not None]
        if dead or time.monotonic() > deadline:
            raise RuntimeError(f"the Dask processes did not start ({cluster.address}):\n{cluster.logs()}")
        try:
            with Client(cluster.address, timeout=5, set_as_default=False) as client:
                if workers:
                    client.wait_for_workers(workers, timeout=max(1.0, deadline - time.monotonic()))
                return
        except OSError:  # the scheduler is not listening yet; wait_for_workers' timeout is one too
            time.sleep(0.5)


def _end(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
