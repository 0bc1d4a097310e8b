"""The benchmark suite: `make bench` (news scale) and `make bench-quick` (the CI smoke run).

Cases, each the median of repeated runs, with the peak resident memory of the process tree and a
ratio against a baseline measured in the same run:

1. build: `kg build` of N articles end to end, and of 2N (the growth ratio);
2. incremental: N + 100 new articles into the store of N;
3. queries: every saved query in queries/, warm (in-process p50/p95) and cold (`kg query` from
   process start to the last row); baseline: the same query on an rdflib in-memory graph;
4. validation: every article graph of the store against the shapes;
5. export: the store as Turtle and as N-Quads.

Results go to bench/RESULTS.md (or --out). No case asserts a time: the table says which targets
are met. A full run takes about an hour on two cores; --quick takes under three minutes.

    python bench/run.py --quick --out /tmp/quick.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FULL = {
    "articles": 10_000,
    "new": 100,
    "repeat": 3,
    "build_repeat": 3,
    "warm": 30,
    "cold": 5,
    "baseline_articles": 40,
    "baseline_graphs": 20,
    "rdflib_timeout": 60,
    "query_timeout": 120,
    "popular": 200,
}
QUICK = {
    "articles": 300,
    "new": 20,
    "repeat": 1,
    "build_repeat": 1,
    "warm": 5,
    "cold": 1,
    "baseline_articles": 5,
    "baseline_graphs": 5,
    "rdflib_timeout": 20,
    "query_timeout": 30,
    "popular": 200,
}
HEAVY_MODULES = ("rdflib", "pyshacl", "owlready2", "owlrl", "trafilatura")


# -- measuring ------------------------------------------------------------------------------
@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes, summed over the process and its children
    stdout: str = ""
    stderr: str = ""
    code: int = 0


def _tree_rss(pid: int) -> int:
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
            peak[0] = max(peak[0], _tree_rss(proc.pid))
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


def repeated(cmd: list[str], times: int, *, before: Any = None) -> tuple[Run, list[Run]]:
    """The run with the median time of ``times`` runs (``before`` is called before each)."""
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
    return [sys.executable, "-m", "kg", *args]


def helper(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), *args]


def summary_count(stdout: str, name: str) -> int:
    for line in stdout.splitlines():
        if name in line:
            digits = "".join(c for c in line.split(name, 1)[1] if c.isdigit())
            return int(digits or 0)
    return -1


# -- the cases ------------------------------------------------------------------------------
@dataclass
class Results:
    sizes: dict[str, int]
    rows: list[dict[str, str]] = field(default_factory=list)
    queries: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(
        self, case: str, measured: str, baseline: str, ratio: str, rss: int | None, target: str, met: bool | None
    ) -> None:
        self.rows.append(
            {
                "case": case,
                "measured": measured,
                "baseline": baseline,
                "ratio": ratio,
                "rss": _mb(rss),
                "target": target,
                "met": _met(met),
            }
        )
        print(f"  {case}: {measured} (baseline {baseline}, ratio {ratio}, peak RSS {_mb(rss)})", flush=True)


def _mb(n: int | None) -> str:
    return "–" if n is None else f"{n / 2**20:,.0f} MB"


def _met(ok: bool | None) -> str:
    return "–" if ok is None else ("yes" if ok else "**no**")


def case_build(r: Results, cfg: dict, work: Path, parts: list[Path]) -> tuple[Path, float]:
    n = cfg["articles"]
    store = work / "store-n"
    baseline = measure(helper("_baseline_build", str(parts[0]), str(cfg["baseline_articles"]), str(work / "base")))
    base_rate = float(json.loads(baseline.stdout)["rate"])
    median, runs = repeated(
        kg("build", "-q", "--store", str(store), str(parts[0])),
        cfg["build_repeat"],
        before=lambda: shutil.rmtree(store, ignore_errors=True),
    )
    rate = n / median.seconds
    built = summary_count(median.stdout, "articles built")
    peak = max(x.peak_rss for x in runs)
    r.add(
        f"build {n:,} articles (validation on)",
        f"{rate:,.1f} articles/s ({median.seconds:,.1f} s, {built:,} built)",
        f"{base_rate:,.2f} articles/s",
        f"{rate / base_rate:,.0f}×",
        peak,
        "≥ 100 articles/s, ≤ 1.5 GB",
        rate >= 100 and peak <= 1.5 * 2**30,
    )
    r.notes.append(
        f"Build baseline: the pipeline as it was (one process, pySHACL per article, one update "
        f"per article), timed on {cfg['baseline_articles']} of the same articles."
    )
    twice = work / "store-2n"
    median2, runs2 = repeated(
        kg("build", "-q", "--store", str(twice), *map(str, parts)),
        cfg["build_repeat"],
        before=lambda: shutil.rmtree(twice, ignore_errors=True),
    )
    growth = median2.seconds / median.seconds
    r.add(
        f"build {2 * n:,} articles",
        f"{2 * n / median2.seconds:,.1f} articles/s ({median2.seconds:,.1f} s)",
        f"{n:,} articles: {median.seconds:,.1f} s",
        f"{growth:.2f}× the time",
        max(x.peak_rss for x in runs2),
        "≤ 2.2× the time of N",
        growth <= 2.2,
    )
    shutil.rmtree(twice, ignore_errors=True)
    return store, median.seconds


def case_incremental(r: Results, cfg: dict, work: Path, store: Path, part: Path, new: Path) -> None:
    copy = work / "store-inc"

    def fresh() -> None:
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(store, copy)

    median, runs = repeated(kg("build", "-q", "--store", str(copy), str(part), str(new)), cfg["repeat"], before=fresh)
    built, unchanged = (
        summary_count(median.stdout, "articles built"),
        summary_count(median.stdout, "articles unchanged"),
    )
    empty = work / "store-new-only"
    base, _ = repeated(
        kg("build", "-q", "--store", str(empty), str(new)),
        cfg["repeat"],
        before=lambda: shutil.rmtree(empty, ignore_errors=True),
    )
    n, k = cfg["articles"], cfg["new"]
    r.add(
        f"incremental: +{k} into {n:,}",
        f"{median.seconds:.2f} s ({built} built, {unchanged:,} unchanged)",
        f"the {k} into an empty store: {base.seconds:.2f} s",
        f"{median.seconds / base.seconds:.2f}×",
        max(x.peak_rss for x in runs),
        f"≤ 3 s; only the {k} processed",
        median.seconds <= 3 and built == k and unchanged == n,
    )
    shutil.rmtree(copy, ignore_errors=True)
    shutil.rmtree(empty, ignore_errors=True)


def analyst_queries(queries: list[Any]) -> list[Any]:
    """The saved queries analysts run on the store; lexicon*.rq read the ontology for the extractor."""
    return [query for query in queries if not query.name.startswith("lexicon")]


def case_queries(r: Results, cfg: dict, work: Path, store: Path) -> None:
    from kg.queries import saved_queries
    from kg.settings import Settings

    names = [q.name for q in analyst_queries(saved_queries(Settings().queries_dir))]
    warm: dict[str, Any] = {}
    peak = 0
    for name in names:  # each in its own process: a runaway query is stopped, the others still run
        run = measure(helper("_warm", str(store), name, str(cfg["warm"])), timeout=cfg["query_timeout"])
        peak = max(peak, run.peak_rss)
        warm[name] = (
            json.loads(run.stdout)
            if run.code == 0 and run.stdout.strip()
            else {
                "error": f"stopped after {cfg['query_timeout']} s"
                if run.code == -9
                else f"failed ({run.stderr.strip().splitlines()[-1][:120] if run.stderr.strip() else run.code})",
                "timeout": run.code == -9,
            }
        )
    slow = json.loads(measure(helper("_rdflib", str(store), str(cfg["rdflib_timeout"]))).stdout)
    p50s, p95s, speedups, colds, unmet = [], [], [], [], []
    for name in names:
        w, base = warm[name], slow.get(name, {})
        row = {"query": name, "rows": str(w.get("rows", "–")), "error": w.get("error", "")}
        cold = None
        if not w.get("error"):
            cmd = kg("query", "--store", str(store), name, *w["args"], "--format", "csv")
            cold, _ = repeated(cmd, cfg["cold"] if w["p50"] < 5 else 1)
            colds.append(cold.seconds)
            p50s.append(w["p50"])
            p95s.append(w["p95"])
            if base.get("seconds"):
                speedups.append(base["seconds"] / max(w["p50"], 1e-6))
        elif w.get("timeout"):
            unmet.append(name)
        row.update(
            {
                "p50": f"{w['p50'] * 1000:,.1f} ms" if "p50" in w else "–",
                "p95": f"{w['p95'] * 1000:,.1f} ms" if "p95" in w else "–",
                "cold": f"{cold.seconds:.2f} s" if cold else "–",
                "rdflib": (f"{base['seconds'] * 1000:,.0f} ms" if base.get("seconds") else base.get("error", "–")),
                "speedup": (
                    f"{base['seconds'] / max(w['p50'], 1e-6):,.0f}×" if base.get("seconds") and "p50" in w else "–"
                ),
            }
        )
        r.queries.append(row)
        print(f"  query {name}: {row}", flush=True)
    triples = int(json.loads(measure(helper("_count", str(store))).stdout))
    r.sizes["query store triples"] = triples
    if p50s:
        r.add(
            f"saved queries, warm ({len(p50s)} of {len(names)} answered, {triples:,} triples)",
            f"worst p50 {max(p50s) * 1000:,.1f} ms, worst p95 {max(p95s) * 1000:,.1f} ms"
            + (f"; stopped: {', '.join(unmet)}" if unmet else ""),
            "rdflib in-memory graph",
            f"≥ {min(speedups):,.0f}× faster" if speedups else "–",
            peak,
            "p50 ≤ 50 ms, p95 ≤ 300 ms, ≥ 20×",
            max(p50s) <= 0.05 and max(p95s) <= 0.3 and not unmet and bool(speedups) and min(speedups) >= 20,
        )
        start = measure([sys.executable, "-c", "pass"]).seconds
        imported = _heavy_imports(store, {n: w for n, w in warm.items() if not w.get("error")})
        r.add(
            "`kg query` cold, process start to last row",
            f"worst {max(colds):.2f} s",
            f"bare `python -c pass`: {start:.2f} s",
            f"{max(colds) / start:.1f}×",
            None,
            "≤ 1 s, nothing heavy imported",
            max(colds) <= 1 and not imported,
        )
        r.notes.append(
            "Heavy modules imported on the query path: "
            + (", ".join(imported) or "none")
            + f" (checked with `python -X importtime -m kg query`; looked for {', '.join(HEAVY_MODULES)})."
        )
    r.notes.append(
        f"rdflib baseline: the store's N-Quads loaded into an rdflib Dataset (default graph = union), "
        f"loading took {slow.get('_load', {}).get('seconds', 0):,.0f} s; each query run once with the "
        f"same bindings, stopped after {cfg['rdflib_timeout']} s. Warm runs: up to {cfg['warm']} per "
        f"query in one process (fewer once a query has taken 60 s), stopped after "
        f"{cfg['query_timeout']} s."
    )


POPULAR_SOURCE = ROOT / "examples" / "articles" / "lavrov-asean-kuala-lumpur.txt"
# parameters that ask about the popular event (bench/generate.py: Putin and Anwar Ibrahim in
# Moscow on 14 May 2025, reported 200 times); members and planned keep their own examples
POPULAR_PARAMS = {
    "summits-of": ["actor=Malaysia"],
    "counterparts": ["actor=Malaysia"],
    "sectors-discussed": ["a=Russia", "b=Malaysia"],
    "agreements-between": ["a=Russia", "b=Malaysia"],
    "sector-ranking": ["actor=Malaysia"],
    "sector-activity": ["sector=Food Security"],
    "figures": ["a=Russia", "b=Malaysia"],
    "evidence": ["resource=https://w3id.org/dkg/id/summit/2025-05-14-malaysia-russia"],
}


def case_popular(r: Results, cfg: dict, work: Path) -> None:
    """One meeting reported by N articles: the same report, each copy with one line of its own.

    The meeting is one resource with N evidence sets; each saved query's cost must grow with N,
    not with a power of N (the union of N graphs repeats each shared triple N times).
    """
    from kg.queries import saved_queries
    from kg.settings import Settings

    n = cfg["popular"]
    folder, store = work / "articles" / "popular", work / "store-popular"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)
    folder.mkdir(parents=True)
    text = POPULAR_SOURCE.read_text(encoding="utf-8")
    for i in range(1, n + 1):
        (folder / f"copy-{i:03d}.txt").write_text(f"{text}\nSalinan nomor {i}.\n", encoding="utf-8")
    built = measure(kg("build", "--quiet", "--store", str(store), str(folder)))
    times, stopped = {}, []
    for query in analyst_queries(saved_queries(Settings().queries_dir)):
        params = POPULAR_PARAMS.get(query.name, [])
        run = measure(helper("_warm", str(store), query.name, "3", *params), timeout=cfg["query_timeout"])
        w = json.loads(run.stdout) if run.code == 0 and run.stdout.strip() else {}
        if "p50" in w:
            times[query.name] = w["p50"]
            print(f"  popular event, {n} copies: {query.name} {w['p50']:.3f} s, {w['rows']} rows", flush=True)
        else:
            stopped.append(query.name)
            print(f"  popular event, {n} copies: {query.name} stopped or failed", flush=True)
    worst = max(times.items(), key=lambda kv: kv[1]) if times else ("–", float("nan"))
    r.add(
        f"popular event: one meeting in {n} near-copies, every saved query",
        f"worst p50 {worst[1]:.3f} s ({worst[0]})" + (f"; stopped: {', '.join(stopped)}" if stopped else ""),
        f"build {built.seconds:.1f} s",
        "–",
        built.peak_rss,
        "each ≤ 1 s",
        bool(times) and not stopped and worst[1] <= 1,
    )


def _heavy_imports(store: Path, warm: dict) -> list[str]:
    name, w = next(iter(warm.items()))
    run = measure(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "kg",
            "query",
            "--store",
            str(store),
            name,
            *w["args"],
            "--format",
            "csv",
        ]
    )
    found = set()
    for line in run.stderr.splitlines():
        module = line.rsplit("|", 1)[-1].strip()
        top = module.split(".")[0]
        if top in HEAVY_MODULES:
            found.add(top)
    return sorted(found)


def case_validation(r: Results, cfg: dict, store: Path) -> None:
    runs = [measure(helper("_validate", str(store), str(cfg["baseline_graphs"]))) for _ in range(cfg["repeat"])]
    run = sorted(runs, key=lambda x: x.seconds)[len(runs) // 2]
    info = json.loads(run.stdout)
    r.add(
        f"validation of the whole store ({info['graphs']:,} graphs, {info['triples']:,} triples)",
        f"{info['seconds']:.1f} s ({info['violations']} violations, {info['warnings']:,} warnings)",
        f"pySHACL: {info['pyshacl_per_graph'] * 1000:,.0f} ms per graph, ≈ {info['pyshacl_estimate']:,.0f} s",
        f"{info['pyshacl_estimate'] / info['seconds']:,.0f}×",
        max(x.peak_rss for x in runs),
        "≤ 60 s at 1M triples",
        info["seconds"] <= 60 and info["triples"] >= 1_000_000,
    )
    r.notes.append(
        f"Validation baseline: pySHACL (kg.validate.validate) timed on {cfg['baseline_graphs']} of the "
        "article graphs and multiplied out to the whole store."
    )


def case_export(r: Results, cfg: dict, work: Path, store: Path) -> None:
    base = measure(helper("_dump", str(store), str(work / "dump.nq")))
    for fmt in ("turtle", "nquads"):
        out = work / f"export.{fmt}"
        median, runs = repeated(kg("export", "--store", str(store), "--format", fmt, "--out", str(out)), cfg["repeat"])
        r.add(
            f"export to {fmt}",
            f"{median.seconds:.1f} s ({out.stat().st_size / 2**20:,.0f} MB)",
            f"unsorted pyoxigraph dump: {base.seconds:.1f} s",
            f"{median.seconds / base.seconds:.1f}×",
            max(x.peak_rss for x in runs),
            "≤ 10 s for 1M triples",
            median.seconds <= 10,
        )
        out.unlink()
    r.notes.append(
        "Export baseline: pyoxigraph's own N-Quads dump of the store, unsorted (the floor for any "
        "export); kg export sorts for byte-identical output."
    )


# -- helpers run in their own process (for clean memory figures) ------------------------------
def _baseline_build(folder: str, count: str, store_dir: str) -> None:
    """The build as it was before: pySHACL per article, one update per article, one process."""
    from kg import store as kgstore
    from kg.pipeline import Context, _graph
    from kg.settings import Settings
    from kg.validate import validate

    ctx = Context.load(Settings())
    shutil.rmtree(store_dir, ignore_errors=True)
    db = kgstore.open_store(Path(store_dir))
    paths = sorted(Path(folder).glob("*.txt"))[: int(count)]
    start = time.perf_counter()
    for path in paths:
        graph, extraction = _graph(path, ctx)
        if validate(graph, ctx.shapes).conforms:
            kgstore.replace_graph(db, f"https://w3id.org/dkg/id/article/{path.stem}", graph)
    print(json.dumps({"rate": len(paths) / (time.perf_counter() - start)}))


def _example_args(query: Any) -> list[str]:
    """The parameters of a saved query's first `# example:` line, as `-p name=value` arguments."""
    for example in query.examples:
        words = shlex.split(example)
        out = []
        for i, w in enumerate(words):
            if w in ("-p", "--param") and i + 1 < len(words):
                out += ["-p", words[i + 1]]
            elif w.startswith("--param="):
                out += ["-p", w.split("=", 1)[1]]
        return out
    return []


def _warm(store_dir: str, name: str, repeat: str, *params: str) -> None:
    """Time a saved query in this process: with ``params`` (NAME=VALUE), else its example's."""
    from kg import queries as q
    from kg.settings import Settings
    from kg.store import open_store

    db = open_store(Path(store_dir), read_only=True)
    query = q.find_query(Settings().queries_dir, name)
    args = [x for p in params for x in ("-p", p)] if params else _example_args(query)
    given = dict(a.split("=", 1) for a in args[1::2])
    entry: dict[str, Any] = {"args": args}
    try:
        times: list[float] = []
        while len(times) < int(repeat) and (len(times) < 3 or sum(times) < 60):  # a slow query: fewer runs
            start = time.perf_counter()
            rows = q.run(db, query, given)
            times.append(time.perf_counter() - start)
        times.sort()
        entry.update(
            rows=len(rows.rows),
            runs=len(times),
            p50=statistics.median(times),
            p95=times[min(len(times) - 1, int(0.95 * len(times)))],
        )
    except Exception as e:  # a query or its example may be broken: report it, go on
        entry["error"] = str(e).splitlines()[0][:200]
    print(json.dumps(entry))


def _count(store_dir: str) -> None:
    import pyoxigraph as ox

    print(len(ox.Store.read_only(store_dir)))


def _rdflib(store_dir: str, timeout: str) -> None:
    import signal

    from rdflib import Dataset

    from kg import queries as q
    from kg.settings import Settings
    from kg.store import open_store, to_rdflib

    db = open_store(Path(store_dir), read_only=True)
    start = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data=db.dump(format=__import__("pyoxigraph").RdfFormat.N_QUADS), format="nquads")
    out: dict[str, Any] = {"_load": {"seconds": time.perf_counter() - start}}

    def stop(*_: Any) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, stop)
    for query in analyst_queries(q.saved_queries(Settings().queries_dir)):
        args = _example_args(query)
        try:
            bound = q.bind(db, query, dict(a.split("=", 1) for a in args[1::2]))
            signal.alarm(int(timeout))
            start = time.perf_counter()
            rows = list(ds.query(query.text, initBindings={k: to_rdflib(v) for k, v in bound.items()}))
            out[query.name] = {"seconds": time.perf_counter() - start, "rows": len(rows)}
        except TimeoutError:
            out[query.name] = {"error": f"timeout > {timeout} s"}
        except Exception as e:  # noqa: BLE001 - rdflib may reject what Oxigraph accepts
            out[query.name] = {"error": f"rdflib: {str(e).splitlines()[0][:80]}"}
        finally:
            signal.alarm(0)
    print(json.dumps(out))


def _validate(store_dir: str, sample: str) -> None:
    from rdflib import Graph

    from kg import lexicon
    from kg import store as kgstore
    from kg.rdf import with_references
    from kg.settings import Settings
    from kg.shacl import Validator, check_store
    from kg.validate import load_shapes, validate
    from kg.vocab import ONTOLOGY_GRAPH

    db = kgstore.open_store(Path(store_dir), read_only=True)
    settings = Settings()
    shapes = load_shapes(settings.shape_files())
    start = time.perf_counter()
    validator = Validator(shapes)
    lex = lexicon.load(settings.ontology_files(), settings.queries_dir)

    def reference(triples: list) -> list:  # each graph with the description of what it links to
        return with_references(triples, lex)

    graphs = [g for g in kgstore.graph_names(db) if "/id/article/" in g and g != str(ONTOLOGY_GRAPH)]
    violations = warnings = 0
    for _, findings in check_store(db, validator, graphs, reference):
        violations += sum(f.severity == "Violation" for f in findings)
        warnings += sum(f.severity == "Warning" for f in findings)
    seconds = time.perf_counter() - start
    step = max(1, len(graphs) // int(sample))
    picked = graphs[::step][: int(sample)]
    begin = time.perf_counter()
    for g in picked:
        graph = Graph()
        for triple in reference(list(kgstore.graph_to_rdflib(db, [g]))):
            graph.add(triple)
        validate(graph, shapes)
    per_graph = (time.perf_counter() - begin) / max(1, len(picked))
    triples = sum(1 for g in graphs for _ in db.quads_for_pattern(None, None, None, kgstore.ox.NamedNode(g)))
    print(
        json.dumps(
            {
                "seconds": seconds,
                "graphs": len(graphs),
                "triples": triples,
                "violations": violations,
                "warnings": warnings,
                "pyshacl_per_graph": per_graph,
                "pyshacl_estimate": per_graph * len(graphs),
            }
        )
    )


def _dump(store_dir: str, out: str) -> None:
    import pyoxigraph as ox

    db = ox.Store.read_only(store_dir)
    db.dump(out, format=ox.RdfFormat.N_QUADS)
    Path(out).unlink()


HELPERS = {
    "_baseline_build": _baseline_build,
    "_warm": _warm,
    "_count": _count,
    "_rdflib": _rdflib,
    "_validate": _validate,
    "_dump": _dump,
}


# -- the report -----------------------------------------------------------------------------
def machine() -> dict[str, str]:
    import pyoxigraph
    import pyshacl
    import rdflib

    mem = next((line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal:")), "0")
    model = next(
        (line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
        platform.processor(),
    )
    return {
        "cores": str(os.cpu_count()),
        "memory": f"{int(mem) / 2**20:.1f} GiB",
        "cpu": model,
        "python": platform.python_version(),
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
        "pyshacl": pyshacl.__version__,
    }


def write_report(path: Path, r: Results, cfg: dict, quick: bool, seconds: float) -> None:
    m = machine()
    lines = [
        "# Benchmark results",
        "",
        f"`python bench/run.py{' --quick' if quick else ''}`, {time.strftime('%Y-%m-%d')}, "
        f"{seconds / 60:.0f} minutes. Machine: {m['cores']} cores ({m['cpu']}), {m['memory']} memory; "
        f"Python {m['python']}, pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}, pySHACL {m['pyshacl']}.",
        "",
        f"Articles: synthetic (bench/generate.py, seed 1), {cfg['articles']:,} and {2 * cfg['articles']:,}. "
        f"Times are medians of {cfg['repeat']} runs ({cfg['build_repeat']} for the builds); peak RSS is the "
        "largest over those runs, summed over the process and its workers.",
        "",
        "| case | measured | baseline (same run) | ratio | peak RSS | target | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {x['case']} | {x['measured']} | {x['baseline']} | {x['ratio']} | {x['rss']} | {x['target']} | {x['met']} |"
        for x in r.rows
    ]
    lines += [
        "",
        "## Saved queries",
        "",
        "| query | rows | warm p50 | warm p95 | cold (`kg query`) | rdflib | rdflib / warm p50 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for q in r.queries:
        if q["error"]:
            lines.append(f"| {q['query']} | error: {q['error']} | – | – | – | – | – |")
        else:
            lines.append(
                f"| {q['query']} | {q['rows']} | {q['p50']} | {q['p95']} | {q['cold']} | {q['rdflib']} | "
                f"{q['speedup']} |"
            )
    lines += ["", "## Notes", ""] + [f"- {n}" for n in r.notes]
    lines += ["- Sizes: " + ", ".join(f"{k} {v:,}" for k, v in r.sizes.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in HELPERS:
        HELPERS[argv[0]](*argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each: the CI smoke run")
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one, removed after)")
    parser.add_argument("--articles", type=int, help="N, the build size (2N is built too)")
    parser.add_argument("--repeat", type=int, help="runs per case (builds: --build-repeat)")
    parser.add_argument("--build-repeat", type=int)
    parser.add_argument("--cases", default="build,incremental,queries,validation,export,popular")
    args = parser.parse_args(argv)
    cfg = dict(QUICK if args.quick else FULL)
    for key in ("articles", "repeat", "build_repeat"):
        if getattr(args, key) is not None:
            cfg[key] = getattr(args, key)
    started = time.perf_counter()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        results = run_cases(cfg, work, set(args.cases.split(",")))
        write_report(args.out, results, cfg, args.quick, time.perf_counter() - started)
        print(f"wrote {args.out}")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def run_cases(cfg: dict, work: Path, cases: set[str]) -> Results:
    from bench.generate import generate

    r = Results({"articles": cfg["articles"]})
    if "popular" in cases:
        case_popular(r, cfg, work)
    if not cases - {"popular"}:
        return r
    n, k = cfg["articles"], cfg["new"]
    parts = [work / "articles" / "first", work / "articles" / "second"]
    new = work / "articles" / "new"
    for folder, start, count in ((parts[0], 0, n), (parts[1], n, n), (new, 2 * n, k)):
        if not folder.is_dir() or len(list(folder.glob("*.txt"))) != count:
            shutil.rmtree(folder, ignore_errors=True)
            generate(folder, count, seed=1, start=start)
    print(f"articles generated in {work}", flush=True)
    store = work / "store-n"
    if "build" in cases or not store.is_dir():
        store, _ = case_build(r, cfg, work, parts)
    if "incremental" in cases:
        case_incremental(r, cfg, work, store, parts[0], new)
    if "queries" in cases:
        case_queries(r, cfg, work, store)
    if "validation" in cases:
        case_validation(r, cfg, store)
    if "export" in cases:
        case_export(r, cfg, work, store)
    return r


if __name__ == "__main__":
    main()
