"""Where the fixed cost of a `kg build` goes: wall time of each step of the build, in one process.

    python bench/fixed_cost.py STORE PATH... [--copy] [--workers N]

Runs ``kg.pipeline.build`` once on the given paths, with each step wrapped in a timer, and prints
one JSON object: the seconds spent importing, in each step, and in all, and when (seconds from
the start, the copy left out) the first and the last article came back. ``--copy`` builds into a
fresh copy of STORE (kept unchanged), as the incremental case of bench/run.py does. Steps nest
(processing runs inside the pool's loop), so they do not add up to the whole. The checkout timed
is the one this file is in.
"""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

START = time.perf_counter()
TIMES: dict[str, float] = {}
MARKS: dict[str, float] = {}  # seconds since start (the copy of the store included)


def _timed(owner: Any, name: str, label: str | None = None) -> None:
    """Replace ``owner.name`` with a wrapper adding its wall time to TIMES[label]."""
    original = getattr(owner, name)
    key = label or name

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            TIMES[key] = TIMES.get(key, 0.0) + time.perf_counter() - t

    setattr(owner, name, wrapper)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path)
    parser.add_argument("paths", type=Path, nargs="+")
    parser.add_argument("--copy", action="store_true", help="build into a copy of STORE")
    parser.add_argument("--workers", type=int)
    args = parser.parse_args(argv)

    from kg import known_files, lexicon, parallel, pipeline, sources, validate
    from kg import store as kgstore
    from kg.settings import Settings

    imported = time.perf_counter() - START
    _timed(validate, "load_shapes")
    _timed(pipeline, "load_shapes", "load_shapes")
    _timed(lexicon, "load", "lexicon")
    _timed(pipeline.Context, "load", "context")
    _timed(pipeline, "expand_all", "expand") if hasattr(pipeline, "expand_all") else None
    _timed(known_files.KnownFiles, "load", "known_files.load")
    _timed(known_files.KnownFiles, "save", "known_files.save")
    _timed(kgstore, "open_store")
    _timed(pipeline, "sync_ontology")
    _timed(pipeline, "sync_reference")
    _timed(pipeline.Stored, "__init__", "stored_hashes")
    _timed(sources.Sources, "read", "sources.read")
    _timed(pipeline.Plan, "identify", "identify")
    _timed(pipeline, "runner", "pool_start") if hasattr(pipeline, "runner") else None
    _timed(parallel, "runner", "pool_start")
    _timed(parallel.LocalPool, "__exit__", "pool_end")
    _timed(pipeline, "process_bytes", "process (in this process)")
    _timed(pipeline._Writer, "flush", "store_write")
    _timed(kgstore, "compact")
    add = pipeline._Writer.add

    def add_marked(self: Any, outcome: Any) -> None:  # when the first and the last outcome came in
        MARKS.setdefault("first outcome", time.perf_counter() - START)
        MARKS["last outcome"] = time.perf_counter() - START
        add(self, outcome)

    pipeline._Writer.add = add_marked  # type: ignore[method-assign]

    work = Path(tempfile.mkdtemp(prefix="kg-fixed-cost-"))
    store = args.store
    if args.copy:
        store = work / "store"
        shutil.copytree(args.store, store)
    copied = time.perf_counter() - START - imported  # marks are given without the copy
    try:
        t = time.perf_counter()
        report = pipeline.build(args.paths, Settings(store_dir=store), workers=args.workers)
        built = time.perf_counter() - t
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        json.dumps(
            {
                "imports": round(imported, 3),
                "build": round(built, 3),
                "all": round(time.perf_counter() - START, 3),
                "steps": {k: round(v, 3) for k, v in TIMES.items()},
                "marks": {k: round(v - copied, 3) for k, v in MARKS.items()},
                "built": report.articles,
                "unchanged": report.unchanged,
                "hashed": report.hashed,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
