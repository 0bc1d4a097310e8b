"""Build throughput over processes and machines: one process, `kg build --workers 2`, and
`kg build --cluster` on a Dask cluster (a scheduler and two one-thread workers, started on this
machine as `dask scheduler` and `dask worker` would be on others), on the synthetic articles of
bench/generate.py.

Each build is timed from `kg build` start to exit, into a fresh store, the median of --repeat
runs; ratios are against the one-process build of the same run. The cluster is started once,
before its runs, as a long-lived cluster is: its start is reported, not timed in the builds
(its workers load the ontology and shapes at their first build and keep them, so only the
first cluster run pays for that). The three builds take turns, run after run. The three
stores' N-Quads exports must be byte-identical, and the script stops when they are not.

    python bench/scale.py --articles 600 --repeat 3 --results bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from bench.localcluster import start  # noqa: E402
from bench.measure import kg, measure, summary_count  # noqa: E402
from bench.report import machine  # noqa: E402

HEADING = "## Builds over processes and a Dask cluster"


@dataclass
class Case:
    name: str
    store: str  # the store's folder name
    args: list[str]  # the `kg build` options that pick where the work runs
    seconds: list[float]
    cpu: list[float] = field(
        default_factory=list
    )  # user + system seconds of `kg build` and the processes it waited for
    peak_rss: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def build(case: Case, articles: Path, work: Path, count: int) -> None:
    """One timed `kg build` of ``articles`` into a fresh store."""
    store = work / case.store
    shutil.rmtree(store, ignore_errors=True)
    before = _children_cpu()
    run = measure(kg("build", "-q", *case.args, "--store", str(store), str(articles)))
    case.cpu.append(_children_cpu() - before)
    built = summary_count(run.stdout, "articles built")
    if run.code != 0 or built != count:
        raise SystemExit(f"{case.name}: exit {run.code}, {built} of {count} built\n{run.stderr[-2000:]}")
    case.seconds.append(run.seconds)
    case.peak_rss = max(case.peak_rss, run.peak_rss)
    print(f"  {case.name}: {run.seconds:.1f} s ({count / run.seconds:.1f} articles/s)", flush=True)


def _children_cpu() -> float:
    """CPU seconds of the finished child processes of this one (and of theirs that they waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def export(store: Path) -> bytes:
    run = measure(kg("export", "--store", str(store), "--format", "nquads", "--out", str(store) + ".nq"))
    if run.code != 0:
        raise SystemExit(f"export of {store} failed: {run.stderr[-2000:]}")
    return Path(str(store) + ".nq").read_bytes()


def run_cases(work: Path, count: int, repeat: int) -> tuple[list[Case], float]:
    """The three builds, taking turns (a load that comes and goes on a shared machine falls on each)."""
    articles = work / "articles"
    if len(list(articles.glob("*.txt"))) != count:
        shutil.rmtree(articles, ignore_errors=True)
        generate(articles, count, seed=1)
    started = time.perf_counter()
    with start(workers=2, folder=work / "dask") as cluster:
        cluster_start = time.perf_counter() - started
        cases = [
            Case("one process (`--workers 1`)", "store-1", ["--workers", "1"], []),
            Case("`--workers 2`", "store-2", ["--workers", "2"], []),
            Case("`--cluster`, scheduler + 2 workers", "store-dask", ["--cluster", cluster.address], []),
        ]
        for _ in range(repeat):
            for case in cases:
                build(case, articles, work, count)
    reference = export(work / cases[0].store)
    for case in cases[1:]:
        if export(work / case.store) != reference:
            raise SystemExit(f"{case.name}: its export differs from the one-process build's")
    return cases, cluster_start


def report(cases: list[Case], count: int, repeat: int, cluster_start: float, load: tuple[float, float]) -> str:
    m = machine()
    base = cases[0].median
    lines = [
        HEADING,
        "",
        f"`python bench/scale.py --articles {count} --repeat {repeat}`, {time.strftime('%Y-%m-%d')}. Machine: "
        f"{m['cores']} cores ({m['cpu']}), {m['memory']}; Python {m['python']}, pyoxigraph {m['pyoxigraph']}. "
        f"{count:,} synthetic articles (bench/generate.py, seed 1), built into a fresh store each time, "
        f"validation on; median of {repeat} runs, from `kg build` start to exit. The three stores' "
        f"N-Quads exports were byte-identical. Load average (1 min) {load[0]:.1f} before the runs and "
        f"{load[1]:.1f} after: the machine is shared, and other work ran beside these builds.",
        "",
        "| build | median time | throughput | ratio to one process | runs | CPU time of `kg build` | "
        "peak RSS of `kg build` |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for case in cases:
        runs = ", ".join(f"{s:.1f}" for s in case.seconds)
        lines.append(
            f"| {case.name} | {case.median:.1f} s | {count / case.median:.1f} articles/s | "
            f"{base / case.median:.2f}× | {runs} s | {statistics.median(case.cpu):.1f} s | "
            f"{case.peak_rss / 2**20:,.0f} MB |"
        )
    lines += [
        "",
        f"The cluster (scheduler and two workers) took {cluster_start:.1f} s to start, not counted above; "
        "the first cluster run includes the workers loading the ontology and shapes. CPU time (median, "
        "user and system) and peak RSS are those of `kg build` with its worker processes; for the cluster "
        "build, of the client alone: the Dask workers are processes of their own.",
    ]
    client, whole = statistics.median(cases[-1].cpu), statistics.median(cases[0].cpu)
    if client > 0 and len(cases) == 3:
        lines += [
            "",
            f"What stays in `kg build` when workers extract (reading and hashing each file, sending it, "
            f"writing the store, loading) took {client:.1f} s of CPU in the cluster build, against {whole:.1f} s "
            f"for the whole one-process build: however many workers, a build cannot go more than about "
            f"{whole / client:.1f}× as fast as one process until that part is spread too.",
        ]
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Put the section in the results file, in place of an earlier one."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if HEADING in text:
        before, after = text.split(HEADING, 1)
        rest = after.split("\n## ", 1)
        text = before + section + ("\n## " + rest[1] if len(rest) > 1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--results", type=Path, help="write the section into this file (bench/RESULTS.md)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one, removed after)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    load_before = os.getloadavg()[0]
    try:
        cases, cluster_start = run_cases(work, args.articles, args.repeat)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    section = report(cases, args.articles, args.repeat, cluster_start, (load_before, os.getloadavg()[0]))
    print(section)
    if args.results:
        write_section(args.results, section)
        print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
