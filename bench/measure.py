"""Running a command and measuring it: wall time from start to exit, and the peak resident memory
of its process tree (sampled every 20 ms from /proc)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELPERS = Path(__file__).resolve().parent / "helpers.py"


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes, summed over the process and its children
    stdout: str = ""
    stderr: str = ""
    code: int = 0


def tree_rss(pid: int) -> int:
    """The resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float | None = None) -> Run:
    """Run a command; wall time from start to exit, and the peak RSS of its process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, **(env or {})}
    )
    peak = [0]
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            done.wait(0.02)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    watcher.join()
    return Run(seconds, peak[0], out, err, proc.returncode)


def repeated(cmd: list[str], times: int, *, before: Callable[[], None] | None = None) -> tuple[Run, list[Run]]:
    """The run with the median time of ``times`` runs (``before`` is called before each).

    Raises:
        SystemExit: a run failed (exit code other than 0 or 1), with the end of its stderr.
    """
    runs = []
    for _ in range(times):
        if before is not None:
            before()
        run = measure(cmd)
        if run.code not in (0, 1):
            raise SystemExit(f"failed: {shlex.join(cmd)}\n{run.stderr[-2000:]}")
        runs.append(run)
    ordered = sorted(runs, key=lambda r: r.seconds)
    return ordered[len(ordered) // 2], runs


def kg(*args: str) -> list[str]:
    """A `kg` command line, run with this interpreter."""
    return [sys.executable, "-m", "kg", *args]


def helper(*args: str) -> list[str]:
    """A command line running one of bench/helpers.py's measurements in its own process."""
    return [sys.executable, str(HELPERS), *args]


def summary_count(stdout: str, name: str) -> int:
    """A count from `kg build`'s summary table (-1 when the line is missing)."""
    for line in stdout.splitlines():
        if name in line:
            digits = "".join(c for c in line.split(name, 1)[1] if c.isdigit())
            return int(digits or 0)
    return -1
