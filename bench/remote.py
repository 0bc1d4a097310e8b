"""Benchmark the store on a SPARQL server: build throughput and saved queries over HTTP.

Starts Oxigraph server and Virtuoso 7 on 127.0.0.1 (as the tests do, tests/engines.py), builds
the same synthetic articles (bench/generate.py) into each and into an embedded store (the
baseline, measured in the same process), then times three saved queries through ``kg.open(URL)``
(warm: the median of repeated runs, label resolution and HTTP included). Prints a Markdown
table; ``--json FILE`` writes the figures.

    python bench/remote.py                # 300 articles, 20 runs per query
    python bench/remote.py --articles 100 --runs 10
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from bench.generate import generate  # noqa: E402
from kg.endpoints import Endpoints  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.settings import Settings  # noqa: E402
from tests.engines import Engine, start_oxigraph, start_virtuoso  # noqa: E402

# Three saved queries and parameters that resolve on the generated articles.
QUERIES = [
    ("sectors-discussed", {"a": "Indonesia", "b": "China"}),
    ("summits-of", {"actor": "Indonesia"}),
    ("counterparts", {"actor": "Malaysia"}),
]


def timed_build(articles: Path, store: Path | Endpoints) -> tuple[float, int]:
    """Seconds to build ``articles`` into ``store``, and the articles built."""
    start = time.perf_counter()
    report = build([articles], replace(Settings(), store_dir=store))
    seconds = time.perf_counter() - start
    assert report.ok, report.failures[:3]
    return seconds, report.articles


def p50(run: Callable[[], object], runs: int) -> tuple[float, int]:
    """Median seconds of ``runs`` calls after one warm-up call, and the rows of the last."""
    rows = len(run())  # type: ignore[arg-type]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        rows = len(run())  # type: ignore[arg-type]
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def measure(name: str, store: Path | Endpoints, graph: kg.api.Graph, articles: Path, runs: int) -> dict:
    seconds, built = timed_build(articles, store)
    figures: dict = {"engine": name, "build_seconds": seconds, "articles": built, "queries": {}}
    for query, params in QUERIES:
        median, rows = p50(lambda q=query, p=params: graph.query(q, params=p), runs)
        figures["queries"][query] = {"p50": median, "rows": rows}
    return figures


def start(starter: Callable[[Path], Engine], folder: Path) -> Engine:
    engine = starter(folder)
    os.environ.update(engine.env)
    return engine


def table(results: list[dict]) -> str:
    base = results[0]
    lines = ["| store | build (articles/s) | × embedded | " + " | ".join(f"{q} p50" for q, _ in QUERIES) + " |"]
    lines.append("| --- " * (3 + len(QUERIES)) + "|")
    for r in results:
        rate = r["articles"] / r["build_seconds"]
        ratio = rate / (base["articles"] / base["build_seconds"])
        cells = []
        for q, _ in QUERIES:
            p, b = r["queries"][q]["p50"], base["queries"][q]["p50"]
            cells.append(f"{p * 1000:,.1f} ms ({p / b:,.1f}×, {r['queries'][q]['rows']} rows)")
        lines.append(f"| {r['engine']} | {rate:,.1f} | {ratio:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-remote-") as tmp:
        work = Path(tmp)
        articles = work / "articles"
        generate(articles, args.articles)
        local = work / "embedded"
        results = [measure("embedded (baseline)", local, kg.open(local), articles, args.runs)]
        for name, starter in (("oxigraph server", start_oxigraph), ("virtuoso 7", start_virtuoso)):
            engine = start(starter, work / name.split()[0])
            try:
                endpoints = Endpoints.of(engine.url, os.environ)
                results.append(measure(name, endpoints, kg.open(engine.url), articles, args.runs))
            finally:
                engine.stop()
            print(f"{name}: done", file=sys.stderr, flush=True)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
