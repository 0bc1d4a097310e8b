"""One writer at a time: the exclusive lock a command holds while it writes the store.

The lock is a POSIX record lock (``fcntl.lockf``) on ``kg-writer.lock`` in the store
directory. The operating system releases it when the process ends, however it ends (a crash or
SIGKILL included), so a stale lock file never blocks the next writer. A record lock belongs to
the process that took it and is not inherited by the processes it forks: the build's extraction
workers never hold it. Readers take no lock: they open the store read-only and see it as of the
last finished transaction.

A store on a SPARQL server has no folder to hold the lock file: the server orders the requests,
and keeping to one `kg build` at a time into it is up to whoever runs them.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.endpoints import Endpoints
from kg.errors import StoreError

LOCK_NAME = "kg-writer.lock"
POLL_SECONDS = 0.1
NO_LOCK = -1  # what ``acquire`` gives for a store on a server


@contextmanager
def writer_lock(store_dir: Path | Endpoints, *, wait: float | None = None) -> Iterator[None]:
    """Hold the store's writer lock for the duration of the block (see ``acquire``)."""
    fd = acquire(store_dir, wait=wait)
    try:
        yield
    finally:
        release(fd)


def acquire(store_dir: Path | Endpoints, *, wait: float | None = None) -> int:
    """Take the store's writer lock (creating the directory if needed); the lock file's descriptor.

    ``wait``: None, fail at once when another process writes; 0, wait until the store is free;
    a number of seconds, wait at most that long.

    Raises:
        StoreError: another process holds the lock (and did not release it within ``wait``), or
            the lock file cannot be created.
    """
    if isinstance(store_dir, Endpoints):
        return NO_LOCK
    if store_dir.exists() and not store_dir.is_dir():
        raise StoreError(store_dir, "not a store: a file, not a directory; pass --store DIR")
    try:
        store_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(store_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as e:
        raise StoreError(store_dir, f"cannot create the writer lock ({e.strerror or e})") from None
    try:
        _acquire(fd, store_dir, wait)
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)  # for the message another writer shows
    return fd


def release(fd: int) -> None:
    """Release the writer lock (closing the lock file releases it)."""
    if fd != NO_LOCK:
        os.close(fd)


def _acquire(fd: int, store_dir: Path, wait: float | None) -> None:
    deadline = None if not wait else time.monotonic() + wait
    while True:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            if wait is None or (deadline is not None and time.monotonic() >= deadline):
                raise StoreError(store_dir, _busy(fd, wait)) from None
        time.sleep(POLL_SECONDS)


def _busy(fd: int, wait: float | None) -> str:
    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    who = f"another kg command (pid {holder})" if holder.isdigit() else "another kg command"
    if wait is None:
        return f"the store is being written by {who}; wait, or pass --wait"
    return f"the store is still being written by {who} after {wait:g} s; wait longer, or pass --wait without a number"
