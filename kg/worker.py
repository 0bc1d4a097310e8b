"""Run one `kg query` in a process of its own, so that a deadline or Ctrl-C can stop it.

The engine answers in native code that Python cannot interrupt, and an abandoned thread would
keep the CPU busy until the query ends, which for a cartesian product is never. A process can
be ended. The parent writes a pickled QueryTask to the worker's stdin and reads back a pickled
Answer, or the error to raise, from its stdout.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg import errors
from kg.endpoints import Endpoints
from kg.errors import KgError, QueryError, QueryStopped
from kg.store import Answer


@dataclass(frozen=True, slots=True)
class QueryTask:
    """One `kg query` invocation: a saved query (by name or .rq path) or SPARQL text."""

    store_dir: Path | Endpoints
    queries_dir: Path
    name: str | None = None
    expression: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    limit: int | None = None

    @property
    def source(self) -> str:
        return "-e" if self.expression is not None else str(self.name)


def execute(task: QueryTask) -> Answer:
    """Check the query is read-only, bind its parameters and answer it, in this process.

    Raises:
        QueryError: unknown query or parameter, an update or SERVICE clause, invalid SPARQL.
        StoreError: the store is missing or cannot be read.
    """
    from kg import queries
    from kg.readonly import check
    from kg.store import answer_query, open_store

    db = open_store(task.store_dir, read_only=True)
    if task.expression is not None:
        check(task.expression, task.source)
        return answer_query(db, task.expression, source=task.source, limit=task.limit)
    saved = queries.find_query(task.queries_dir, task.name or "")
    check(saved.text, str(saved.path))
    return queries.answer(db, saved, task.params, limit=task.limit)


def run(task: QueryTask, *, timeout: float | None) -> Answer:
    """``execute(task)`` in a worker process, ended when ``timeout`` seconds pass or on Ctrl-C.

    Raises:
        QueryStopped: the deadline passed or the user interrupted; the worker is gone.
        KgError: whatever ``execute`` raised in the worker.
    """
    worker = subprocess.Popen(
        [sys.executable, "-m", "kg.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # Ctrl-C reaches the parent only, which ends the worker
    )
    try:
        out, err = worker.communicate(pickle.dumps(task), timeout=timeout)
    except subprocess.TimeoutExpired:
        _end(worker)
        raise QueryStopped(
            task.source, f"stopped after {timeout:g} s (--timeout); narrow the query or allow more time"
        ) from None
    except KeyboardInterrupt:
        _end(worker)
        raise QueryStopped(task.source, "interrupted (Ctrl-C); the query was stopped") from None
    return _outcome(out, err, task.source)


def _end(worker: subprocess.Popen[bytes]) -> None:
    worker.kill()
    worker.communicate()


def _outcome(out: bytes, err: bytes, source: str) -> Answer:
    if not out:
        lines = err.decode("utf-8", "replace").strip().splitlines()
        raise QueryError(source, f"the query process failed ({lines[-1] if lines else 'no output'})")
    return answer_of(pickle.loads(out), source)  # written by our own worker, below


def answer_of(outcome: tuple[str, object], source: str) -> Answer:
    """The Answer a worker sent back, or the error it sent raised here."""
    kind, payload = outcome
    if kind == "error":
        assert isinstance(payload, tuple)
        name, path, problem = payload
        raise getattr(errors, name)(path, problem)
    assert isinstance(payload, Answer)
    return payload


def outcome_of(task: QueryTask) -> tuple[str, object]:
    """("answer", Answer) or ("error", (class name, path, problem)): what a worker sends back."""
    try:
        return ("answer", execute(task))
    except KgError as e:
        return ("error", (type(e).__name__, e.path, e.problem))


def main() -> None:
    """The worker: a QueryTask on stdin, its outcome on stdout; with --loop, one after another until stdin closes."""
    if "--loop" not in sys.argv[1:]:
        pickle.dump(outcome_of(pickle.load(sys.stdin.buffer)), sys.stdout.buffer)
        return
    while True:
        try:
            task = pickle.load(sys.stdin.buffer)
        except EOFError:
            return
        pickle.dump(outcome_of(task), sys.stdout.buffer)
        sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
