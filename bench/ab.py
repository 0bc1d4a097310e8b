"""Two checkouts' commands timed side by side, run by run alternating, so that the load of a shared
machine falls on both alike.

    python bench/ab.py --tree A --tree B --store STORE query sector-activity sector=Energy
    python bench/ab.py --tree A --tree B --store STORE incremental NEW PATH...

``query NAME [KEY=VALUE...]``: `kg query NAME -p KEY=VALUE --format csv`, process start to exit (the
cold query of bench/run.py). ``incremental NEW PATH...``: `kg build -q` of the PATHs and NEW into a
fresh copy of STORE each run (the incremental case of bench/run.py; the copy is not timed). Prints
one JSON object: each tree's times in run order and their median, the CPU time of each run (user
and system, the command's worker processes included: less noisy than wall time on a shared
machine) and its median, and whether the outputs of the queries were the same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _cpu() -> float:
    """CPU seconds (user and system) of the finished child processes so far, their children included."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(tree: Path, args: list[str]) -> tuple[float, float, bytes]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    start, cpu = time.perf_counter(), _cpu()
    done = subprocess.run([sys.executable, "-m", "kg", *args], cwd=tree, env=env, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{tree}: kg {' '.join(args)} failed:\n{done.stderr.decode()[-2000:]}")
    return seconds, _cpu() - cpu, done.stdout


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, action="append", required=True, help="a checkout (repeat)")
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("case", choices=["query", "incremental"])
    parser.add_argument("args", nargs="+")
    ns = parser.parse_args(argv)
    trees = [t.resolve() for t in ns.tree]
    times: dict[str, list[float]] = {str(t): [] for t in trees}
    cpus: dict[str, list[float]] = {str(t): [] for t in trees}
    outputs: dict[str, set[bytes]] = {str(t): set() for t in trees}
    work = Path(tempfile.mkdtemp(prefix="kg-ab-"))
    try:
        for _ in range(ns.runs):
            for tree in trees:
                if ns.case == "query":
                    name, *params = ns.args
                    args = ["query", name, *[x for p in params for x in ("-p", p)], "--format", "csv"]
                    seconds, cpu, out = _run(tree, [*args, "--store", str(ns.store)])
                    outputs[str(tree)].add(out)
                else:
                    copy = work / "store"
                    shutil.rmtree(copy, ignore_errors=True)
                    shutil.copytree(ns.store, copy)
                    paths = [str(Path(p).resolve()) for p in ns.args[1:]] + [str(Path(ns.args[0]).resolve())]
                    seconds, cpu, _ = _run(tree, ["build", "-q", "--store", str(copy), *paths])
                times[str(tree)].append(round(seconds, 3))
                cpus[str(tree)].append(round(cpu, 2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {
        t: {"runs": v, "median": round(statistics.median(v), 3), "cpu": c, "median cpu": statistics.median(c)}
        for (t, v), c in zip(times.items(), cpus.values(), strict=True)
    }
    if ns.case == "query":
        result["same output"] = len({o for outs in outputs.values() for o in outs}) == 1  # type: ignore[assignment]
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
