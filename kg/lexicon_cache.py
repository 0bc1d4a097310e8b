"""The lexicon kept between builds in the store folder, so that a build need not read the ontology.

Reading every label with lexicon.rq takes about half a second at every start. The build keeps
the lexicon it read in ``kg-lexicon.json`` in the store folder, under a key made of the bytes of
everything the lexicon is made from: the ontology files, the two lexicon queries, and the code
that reads them. A cache whose key differs (an ontologist edited a label, or the code changed)
is read again from the ontology and rewritten; one that cannot be read is ignored. It is JSON,
not pickle, so a store folder from elsewhere cannot run code.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from kg import __version__

CACHE_NAME = "kg-lexicon.json"


def cache_key(ontology_files: list[Path], query_files: list[Path], code: list[Path]) -> str:
    """SHA-256 over the names and bytes of what the lexicon is made from, and the version."""
    h = hashlib.sha256(__version__.encode())
    for path in [*sorted(ontology_files), *query_files, *code]:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def read(folder: Path, key: str) -> dict[str, Any] | None:
    """The cached lexicon's fields when the cache holds ``key``; None when missing, stale or unreadable."""
    try:
        data = json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("lexicon"), dict):
        return None
    return data["lexicon"]


def write(folder: Path, key: str, fields: dict[str, Any]) -> None:
    """Write the cache whole or not at all, when the folder exists."""
    if not folder.is_dir():
        return
    cache = folder / CACHE_NAME
    temporary = cache.with_name(cache.name + f".{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps({"key": key, "lexicon": fields}), encoding="utf-8")
        os.replace(temporary, cache)
    except OSError:
        temporary.unlink(missing_ok=True)  # a cache that cannot be written only means reading the ontology next time
