"""Worker processes kept alive between queries, for `kg serve`: a deadline ends the one process.

Starting a process per query costs more than most saved queries take, so the server keeps a
few `python -m kg.worker --loop` processes. A query past its deadline cannot be interrupted
inside the engine: its process is killed and a fresh one takes its place on the next request.
"""

from __future__ import annotations

import pickle
import selectors
import subprocess
import sys
import threading

from kg.errors import QueryError, QueryStopped
from kg.store import Answer
from kg.worker import QueryTask, answer_of


class _Worker:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.worker", "--loop"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C on the server reaches the server, which ends the workers
        )

    def ask(self, task: QueryTask, timeout: float | None) -> tuple[str, object]:
        """The task's outcome; the process is killed (QueryStopped) when the deadline passes first."""
        assert self.process.stdin is not None and self.process.stdout is not None
        pickle.dump(task, self.process.stdin)
        self.process.stdin.flush()
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            ready = selector.select(timeout)
        if not ready:
            self.end()
            raise QueryStopped(task.source, f"stopped after {timeout:g} s (--timeout); narrow the query")
        try:
            return pickle.load(self.process.stdout)  # written by our own worker
        except EOFError:
            self.end()
            raise QueryError(task.source, "the query process failed") from None

    def end(self) -> None:
        self.process.kill()
        self.process.wait()


class Pool:
    """At most ``size`` worker processes; a request waits for a free one."""

    def __init__(self, size: int) -> None:
        self._free = threading.BoundedSemaphore(size)
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()

    def run(self, task: QueryTask, *, timeout: float | None) -> Answer:
        """``worker.execute(task)`` in a pooled process, stopped after ``timeout`` seconds.

        Raises:
            QueryStopped: the deadline passed (that process is gone).
            KgError: whatever ``execute`` raised in the worker.
        """
        with self._free:
            worker = self._take()
            outcome = worker.ask(task, timeout)  # a worker that failed has ended, and is not put back
            with self._lock:
                self._idle.append(worker)
        answer = answer_of(outcome, task.source)
        assert isinstance(answer, Answer)  # a task with no ``fmt`` is answered as an Answer
        return answer

    def _take(self) -> _Worker:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return _Worker()

    def close(self) -> None:
        """End every idle worker (call when the server stops)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.process.stdin.close()  # type: ignore[union-attr]
            worker.process.wait()
