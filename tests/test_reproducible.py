"""The same articles give the same graph in every run: nothing read depends on the order a set
happens to iterate in, which Python changes from one process to the next (PYTHONHASHSEED)."""

import os
import subprocess
import sys
from pathlib import Path

from .conftest import EXAMPLES


def _graph(tmp_path: Path, seed: str) -> bytes:
    store, out = tmp_path / f"store-{seed}", tmp_path / f"graph-{seed}.nq"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    for args in (["build", "--store", str(store), str(EXAMPLES)], ["export", "--store", str(store)]):
        extra = ["--format", "nquads", "--out", str(out)] if args[0] == "export" else []
        subprocess.run([sys.executable, "-m", "kg", *args, *extra], env=env, check=True, capture_output=True)
    return out.read_bytes()


def test_reproducible_the_examples_build_the_same_graph_under_two_hash_seeds(tmp_path: Path) -> None:
    first, second = _graph(tmp_path, "1"), _graph(tmp_path, "2")
    assert first and first == second
