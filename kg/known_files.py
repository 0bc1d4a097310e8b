"""Article files already identified, so that a build does not read an unchanged file again.

Telling whether an article changed takes its content hash, and reading and hashing ten thousand
files costs seconds. The build keeps each file's identity in ``kg-files.json`` in the store
folder, keyed by the file's absolute path and its size, modification time (nanoseconds) and
inode: a file whose size, time or inode differ is read and hashed again, as is every file
when the cache is missing, unreadable or made by other identification code. Like ``make`` or
``rsync``, the cache trusts a file whose text changed while its size and time stayed the same
(a tool that restores the time after writing); ``kg build --force`` rebuilds anyway.

A file modified within ``RACY_SECONDS`` of being read is not remembered: a second write in the
same clock tick would keep its time, as with Git's "racy" index entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import unicodedata
from pathlib import Path

from kg import __version__, ingest
from kg.endpoints import Endpoints
from kg.errors import InputError
from kg.ingest import Identity, identify_file, too_large, unreadable
from kg.sources import same_file

CACHE_NAME = "kg-files.json"
RACY_SECONDS = 2.0


def _code_version() -> str:
    """What the cached identities depend on: this program's version, the identification code,
    and the Unicode tables text normalization uses."""
    code = hashlib.sha256(Path(ingest.__file__).read_bytes()).hexdigest()[:16]
    return f"{__version__} {code} {unicodedata.unidata_version}"


class KnownFiles:
    """The identities of article files, by path, size, modification time and inode.

    ``hashed`` counts the files read and hashed (not found in the cache) since loading.
    """

    def __init__(self, cache: Path | None, entries: dict[str, list[object]]) -> None:
        self.cache = cache
        self.entries = entries  # absolute path → [size, mtime_ns, inode, id, key, content hash]
        self.seen: set[str] = set()
        self.hashed = 0
        self.changed = False  # an entry was added or dropped since loading

    @classmethod
    def load(cls, store_dir: Path | Endpoints) -> KnownFiles:
        """The cache of the store folder; empty when there is none, it cannot be read, or other
        code made it (a store on a server keeps none)."""
        if isinstance(store_dir, Endpoints):
            return cls(None, {})
        cache = store_dir / CACHE_NAME
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            entries = data["files"] if data.get("version") == _code_version() else {}
            if not isinstance(entries, dict) or not all(_valid(e) for e in entries.values()):
                entries = {}
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            entries = {}
        return cls(cache, entries)

    def identify(self, path: Path, max_bytes: int) -> Identity:
        """The file's identity, read from the cache when its size, time and inode are unchanged.

        Raises:
            InputError: the file cannot be read or decoded, or is larger than ``max_bytes``.
        """
        key = same_file(str(path))
        try:
            info = os.stat(path)
        except OSError as e:
            raise InputError(path, unreadable(path, e)) from None
        if info.st_size > max_bytes:
            raise InputError(path, too_large(info.st_size, max_bytes))
        stamp = [info.st_size, info.st_mtime_ns, info.st_ino]
        self.seen.add(key)
        known = self.entries.get(key)
        if known is not None and known[:3] == stamp:
            return Identity(*known[3:])  # type: ignore[arg-type]
        who = identify_file(path, max_bytes=max_bytes)
        self.hashed += 1
        self.changed = True
        if time.time_ns() - info.st_mtime_ns > RACY_SECONDS * 1e9:
            self.entries[key] = [*stamp, who.id, who.key, who.content_hash]
        else:
            self.entries.pop(key, None)
        return who

    def save(self) -> None:
        """Write the cache (whole or not at all), when a file was read: the files identified now,
        and those of earlier builds that still exist."""
        if self.cache is None or not self.changed or not self.cache.parent.is_dir():
            return
        kept = {k: v for k, v in self.entries.items() if k in self.seen or os.path.exists(k)}
        temporary = self.cache.with_name(self.cache.name + ".tmp")
        try:
            temporary.write_text(json.dumps({"version": _code_version(), "files": kept}), encoding="utf-8")
            os.replace(temporary, self.cache)
        except OSError:
            pass  # a cache that cannot be written only means reading the files again next time


def _valid(entry: object) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 6
        and all(isinstance(x, int) for x in entry[:3])
        and all(isinstance(x, str) for x in entry[3:])
    )
