"""Run one `kg query` in a process of its own, so that a deadline or Ctrl-C can stop it.

The engine answers in native code that Python cannot interrupt, and an abandoned thread would
keep the CPU busy until the query ends, which for a cartesian product is never. A process can
be ended. The parent writes a pickled QueryTask to the worker's stdin and reads back a pickled
Answer, or the error to raise, from its stdout.

The `kg query` command instead forks itself where it can (Linux, one thread): the child has the
modules the command already imported, so it starts in a millisecond instead of a new
interpreter's tenth of a second or more, and when the task names an output format it sends back
the answer as that text, which costs less than pickling every term and building it again.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import subprocess
import sys
import threading
import time
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
    fmt: str | None = None  # send the answer back as this text (``answer_text``) where it fits

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


@dataclass(frozen=True, slots=True)
class Text:
    """An answer as the text of ``QueryTask.fmt``, with what the caller tells about it."""

    text: str
    truncated: bool
    count: int  # rows or triples read


ROW_FORMATS = ("csv", "tsv", "json", "md")
GRAPH_FORMATS = {"turtle": "turtle", "nt": "nt"}


def answer_text(answer: Answer, fmt: str) -> str | None:
    """The answer as ``kg query --format fmt`` prints it; None when that format does not fit it
    (a table, or rows asked as triples): the caller then has the Answer itself."""
    if answer.boolean is not None:
        if fmt == "json":  # the SPARQL 1.1 Query Results JSON form of an ASK answer
            import json

            return json.dumps({"head": {}, "boolean": answer.boolean}) + "\n"
        return ("true" if answer.boolean else "false") + "\n"
    if answer.rows is not None:
        if fmt not in ROW_FORMATS:
            return None
        from kg.export import rows_to_text

        return rows_to_text(answer.rows, fmt)
    if fmt not in GRAPH_FORMATS:
        return None
    import pyoxigraph as ox

    from kg.iris import PREFIXES

    rdf_format = ox.RdfFormat.TURTLE if GRAPH_FORMATS[fmt] == "turtle" else ox.RdfFormat.N_TRIPLES
    prefixes = PREFIXES if rdf_format == ox.RdfFormat.TURTLE else None
    text = ox.serialize(answer.triples or [], format=rdf_format, prefixes=prefixes) or b""
    return text.decode("utf-8")


def run(task: QueryTask, *, timeout: float | None) -> Answer:
    """``execute(task)`` in a worker process, ended when ``timeout`` seconds pass or on Ctrl-C.

    Raises:
        QueryStopped: the deadline passed or the user interrupted; the worker is gone.
        KgError: whatever ``execute`` raised in the worker.
    """
    found = _spawned(task, timeout)
    assert isinstance(found, Answer)
    return found


def run_text(task: QueryTask, *, timeout: float | None) -> Answer | Text:
    """``run``, for the `kg query` command: in a fork of this process when it is safe (Linux, no
    other thread running), the answer as the text of ``task.fmt`` when that format fits it.

    Raises:
        QueryStopped: the deadline passed or the user interrupted; the worker is gone.
        KgError: whatever ``execute`` raised in the worker.
    """
    return _forked(task, timeout) if can_fork() else _spawned(task, timeout)


def can_fork() -> bool:
    """Whether a fork of this process can run a query: a fork copies only the calling thread, so
    a lock another thread held stays locked in the child; and only Linux forks without surprises."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


def _spawned(task: QueryTask, timeout: float | None) -> Answer | Text:
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
        raise _timed_out(task, timeout) from None
    except KeyboardInterrupt:
        _end(worker)
        raise _interrupted(task) from None
    return _outcome(out, err, task.source)


def _timed_out(task: QueryTask, timeout: float | None) -> QueryStopped:
    return QueryStopped(task.source, f"stopped after {timeout:g} s (--timeout); narrow the query or allow more time")


def _interrupted(task: QueryTask) -> QueryStopped:
    return QueryStopped(task.source, "interrupted (Ctrl-C); the query was stopped")


def _forked(task: QueryTask, timeout: float | None) -> Answer | Text:
    """``_spawned`` in a fork of this process: the child writes its pickled outcome to a pipe."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer, write, and leave without running the parent's exit handlers
        code = 0
        try:
            os.close(read_end)
            os.setsid()  # Ctrl-C reaches the parent only, which ends the child
            data = pickle.dumps(_child_outcome(task))
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        out = _read_all(read_end, None if timeout is None else time.monotonic() + timeout)
    except TimeoutError:
        _kill(pid)
        raise _timed_out(task, timeout) from None
    except KeyboardInterrupt:
        _kill(pid)
        raise _interrupted(task) from None
    finally:
        os.close(read_end)
    os.waitpid(pid, 0)
    return _outcome(out, b"", task.source)


def _child_outcome(task: QueryTask) -> tuple[str, object]:
    """``outcome_of``, with a fault other than a KgError sent as its one line (a spawned worker
    would print it on stderr)."""
    try:
        return outcome_of(task)
    except Exception as e:
        return ("failed", f"{type(e).__name__}: {e}")


def _read_all(fd: int, deadline: float | None) -> bytes:
    """Everything written to the pipe until the writer closes it.

    Raises:
        TimeoutError: ``deadline`` (a ``time.monotonic`` time) passed first.
    """
    chunks: list[bytes] = []
    while True:
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            raise TimeoutError
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _end(worker: subprocess.Popen[bytes]) -> None:
    worker.kill()
    worker.communicate()


def _outcome(out: bytes, err: bytes, source: str) -> Answer | Text:
    if not out:
        lines = err.decode("utf-8", "replace").strip().splitlines()
        raise QueryError(source, f"the query process failed ({lines[-1] if lines else 'no output'})")
    outcome = pickle.loads(out)  # written by our own worker, below
    if outcome[0] == "failed":
        raise QueryError(source, f"the query process failed ({outcome[1]})")
    return answer_of(outcome, source)


def answer_of(outcome: tuple[str, object], source: str) -> Answer | Text:
    """The Answer (or its text) a worker sent back, or the error it sent raised here."""
    kind, payload = outcome
    if kind == "error":
        assert isinstance(payload, tuple)
        name, path, problem = payload
        raise getattr(errors, name)(path, problem)
    assert isinstance(payload, Answer | Text)
    return payload


def outcome_of(task: QueryTask) -> tuple[str, object]:
    """("answer", Answer or Text) or ("error", (class name, path, problem)): what a worker sends back."""
    try:
        answer = execute(task)
    except KgError as e:
        return ("error", (type(e).__name__, e.path, e.problem))
    text = answer_text(answer, task.fmt) if task.fmt is not None else None
    if text is None:
        return ("answer", answer)
    count = len(answer.rows.rows) if answer.rows is not None else len(answer.triples or [])
    return ("answer", Text(text, answer.truncated, count))


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
    # run as kg.worker, not __main__: a Text it sends back is then unpickled as kg.worker.Text
    from kg import worker

    worker.main()
