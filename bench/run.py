"""The benchmark suite: `make bench` (10,000 articles, about two million triples) and
`make bench-quick` (the CI smoke run).

Every case is measured in the same run as its baseline, with the peak resident memory of the
process tree:

1. build: `kg build` of N articles with validation, and of N/2 (growth of time and memory);
   baseline: the pipeline as first written (one process, pySHACL per article);
2. incremental: 100 new articles into the store of N; baseline: the 100 into an empty store;
3. popular event: 200 reports of one meeting, each worded its own way, built into the same store;
4. queries: every saved query in queries/, asked its own example and about the popular event,
   warm (in-process p50/p95) and cold (`kg query` from process start to the last row);
   baseline: the same query on an rdflib in-memory Dataset of the store;
5. validation: every article graph of the store against the shapes; baseline: pySHACL;
6. export: the store as Turtle and as N-Quads, sorted; baseline: pyoxigraph's unsorted dump.

What misses its target is profiled in the same run (the build by stage, each slow query without
each of its lookups). Results go to bench/RESULTS.md (or --out), whose "## Analysis" section is
kept. No case asserts a time. A full run takes about an hour and a half on two cores; --quick
takes a few minutes. The generated articles and the store stay in --work for later runs:

    python bench/run.py --work /data/kg-bench                        # everything, once
    python bench/run.py --work /data/kg-bench --cases queries,export  # again, on the same store
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.measure import Run, helper, kg, measure, repeated, summary_count  # noqa: E402
from bench.report import Results, over, write_report  # noqa: E402

FULL = {
    "articles": 10_000,
    "new": 100,
    "popular": 200,
    "repeat": 3,
    "build_repeat": 1,
    "warm": 30,
    "cold": 5,
    "baseline_articles": 40,
    "baseline_graphs": 20,
    "rdflib_timeout": 60,
    "query_timeout": 120,
    "stage_articles": 200,
}
QUICK = {
    "articles": 300,
    "new": 20,
    "popular": 20,
    "repeat": 1,
    "build_repeat": 1,
    "warm": 5,
    "cold": 1,
    "baseline_articles": 5,
    "baseline_graphs": 5,
    "rdflib_timeout": 20,
    "query_timeout": 30,
    "stage_articles": 20,
}
CASES = "build,incremental,popular,queries,validation,export"
HEAVY_MODULES = ("rdflib", "pyshacl", "owlready2", "owlrl", "trafilatura")
# The targets
RATE, RSS, INCREMENTAL, GROWTH = 100, 1.5 * 2**30, 3.0, 2.2
P50, P95, SPEEDUP, COLD = 0.05, 0.3, 20, 1.0
VALIDATION_PER_MILLION, EXPORT_PER_MILLION = 60.0, 10.0
# The popular event of bench/generate.py: Putin and Anwar Ibrahim in Moscow, 14 May 2025
POPULAR_MEETING = "https://w3id.org/dkg/id/summit/2025-05-14-malaysia-russia"
POPULAR_PARAMS = {
    "summits-of": ["actor=Malaysia"],
    "counterparts": ["actor=Malaysia"],
    "sectors-discussed": ["a=Russia", "b=Malaysia"],
    "agreements-between": ["a=Russia", "b=Malaysia"],
    "sector-ranking": ["actor=Malaysia"],
    "sector-activity": ["sector=Food Security"],
    "figures": ["a=Russia", "b=Malaysia"],
    "evidence": [f"resource={POPULAR_MEETING}"],
}


@dataclass(frozen=True, slots=True)
class Corpus:
    """The generated article folders: N in two halves, the new ones, the popular event's reports."""

    halves: tuple[Path, Path]
    new: Path
    popular: Path


@dataclass(frozen=True, slots=True)
class QueryCase:
    label: str  # "example" (the query's own # example: line, or none of its optional parameters) or "popular"
    name: str
    params: dict[str, str]

    @property
    def key(self) -> str:
        return f"{self.label}:{self.name}:{','.join(self.params)}"

    @property
    def asked(self) -> str:
        given = ", ".join(f"{k}={v}" for k, v in self.params.items()) or "(no parameters)"
        return f"{self.label}: {given}" if self.label == "popular" else given

    def args(self) -> list[str]:
        return [x for k, v in self.params.items() for x in ("-p", f"{k}={v}")]


# -- the corpus -------------------------------------------------------------------------------
def corpus(cfg: dict[str, Any], work: Path) -> Corpus:
    """The articles, generated once into ``work`` and reused while their count and first text match
    what the generator writes now (another generator or ontology gives other articles)."""
    from bench.generate import article_text, generate, generate_popular, load_names, popular_text

    n, half = cfg["articles"], cfg["articles"] // 2
    folders, names = work / "articles", load_names()
    found = Corpus((folders / "first-half", folders / "second-half"), folders / "new", folders / "popular")
    for folder, start, count in (
        (found.halves[0], 0, half),
        (found.halves[1], half, n - half),
        (found.new, n, cfg["new"]),
    ):
        if not _current(folder, count, f"syn-{start:06d}.txt", article_text(names, 1, start)):
            shutil.rmtree(folder, ignore_errors=True)
            generate(folder, count, seed=1, start=start)
    if not _current(found.popular, cfg["popular"], "popular-000.txt", popular_text(1, 0)):
        shutil.rmtree(found.popular, ignore_errors=True)
        generate_popular(found.popular, cfg["popular"], seed=1)
    print(f"articles in {folders}", flush=True)
    return found


def _current(folder: Path, count: int, first: str, text: str) -> bool:
    """The folder holds ``count`` articles, the first of them ``text``."""
    if not folder.is_dir() or len(list(folder.glob("*.txt"))) != count or not (folder / first).is_file():
        return False
    return (folder / first).read_text(encoding="utf-8") == text


# -- the cases --------------------------------------------------------------------------------
def case_build(r: Results, cfg: dict[str, Any], work: Path, articles: Corpus) -> Path:
    """N articles into a fresh store (kept for the other cases), and N/2 for the growth."""
    n, store, half_store = cfg["articles"], work / "store", work / "store-half"
    base = measure(helper("baseline_build", str(articles.halves[0]), str(cfg["baseline_articles"]), str(work / "base")))
    base_rate = float(json.loads(base.stdout)["rate"])
    half, half_runs = _fresh_build(half_store, [articles.halves[0]], cfg["build_repeat"])
    shutil.rmtree(half_store, ignore_errors=True)
    full, runs = _fresh_build(store, list(articles.halves), cfg["build_repeat"])
    rate, peak = n / full.seconds, max(x.peak_rss for x in runs)
    r.add(
        f"build {n:,} articles (validation on)",
        f"{rate:,.1f} articles/s ({full.seconds:,.1f} s, {summary_count(full.stdout, 'articles built'):,} built)",
        f"the pipeline as first written: {base_rate:,.2f} articles/s",
        f"{rate / base_rate:,.0f}×",
        peak,
        f"≥ {RATE} articles/s, ≤ 1.5 GB",
        rate >= RATE and peak <= RSS,
        miss=f"{RATE / rate:,.1f}× too slow" if rate < RATE else f"{peak / RSS:,.1f}× the memory",
    )
    half_peak = max(x.peak_rss for x in half_runs)
    growth = full.seconds / half.seconds
    r.add(
        f"growth: {n // 2:,} → {n:,} articles",
        f"{growth:.2f}× the time, {peak / max(half_peak, 1):.2f}× the peak RSS",
        f"{n // 2:,} articles: {half.seconds:,.1f} s, {half_peak / 2**20:,.0f} MB",
        f"{growth:.2f}×",
        peak,
        f"≤ {GROWTH}× the time; memory not growing with N",
        growth <= GROWTH and peak <= 1.2 * half_peak,
    )
    r.notes.append(
        f"Build baseline: the pipeline as first written (one process, pySHACL per article, one update "
        f"per article), timed on {cfg['baseline_articles']} of the same articles."
    )
    return store


def _fresh_build(store: Path, folders: list[Path], times: int) -> tuple[Run, list[Run]]:
    cmd = kg("build", "-q", "--store", str(store), *map(str, folders))
    return repeated(cmd, times, before=lambda: shutil.rmtree(store, ignore_errors=True))


def case_incremental(r: Results, cfg: dict[str, Any], work: Path, store: Path, articles: Corpus) -> None:
    """The new articles into a copy of the store of N, given all N + new paths, as a user would."""
    copy, empty = work / "store-incremental", work / "store-new-only"

    def fresh() -> None:
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(store, copy)

    median, runs = repeated(
        kg("build", "-q", "--store", str(copy), *map(str, articles.halves), str(articles.new)),
        cfg["repeat"],
        before=fresh,
    )
    base, _ = repeated(
        kg("build", "-q", "--store", str(empty), str(articles.new)),
        cfg["repeat"],
        before=lambda: shutil.rmtree(empty, ignore_errors=True),
    )
    built, unchanged, hashed = (
        summary_count(median.stdout, "articles built"),
        summary_count(median.stdout, "articles unchanged"),
        summary_count(median.stdout, "files hashed"),
    )
    n, k = cfg["articles"], cfg["new"]
    r.add(
        f"incremental: +{k} into {n:,}",
        f"{median.seconds:.2f} s ({built} built, {unchanged:,} unchanged, {hashed:,} files read and hashed)",
        f"the {k} into an empty store: {base.seconds:.2f} s",
        f"{median.seconds / base.seconds:.2f}×",
        max(x.peak_rss for x in runs),
        f"≤ {INCREMENTAL:g} s; only the {k} processed",
        median.seconds <= INCREMENTAL and built == k and unchanged == n,
        miss=over(median.seconds, INCREMENTAL),
    )
    shutil.rmtree(copy, ignore_errors=True)
    shutil.rmtree(empty, ignore_errors=True)


def case_popular_build(r: Results, cfg: dict[str, Any], store: Path, articles: Corpus) -> None:
    """The popular event's reports built into the store of N: one meeting, as many reports."""
    run = measure(kg("build", "-q", "--store", str(store), str(articles.popular)))
    graphs = json.loads(measure(helper("graphs_of", str(store), POPULAR_MEETING)).stdout)["graphs"]
    k = cfg["popular"]
    r.add(
        f"popular event: {k} reports of one meeting, built into {cfg['articles']:,}",
        f"{run.seconds:.1f} s; the meeting is one resource reported in {graphs} graphs",
        "–",
        "–",
        run.peak_rss,
        f"one meeting, {k} reports",
        graphs == k,
    )


def analyst_queries(queries: list[Any]) -> list[Any]:
    """The saved queries analysts run on the store; lexicon*.rq read the ontology for the extractor."""
    return [query for query in queries if not query.name.startswith("lexicon")]


def query_cases() -> list[QueryCase]:
    """Each saved query with its own example's parameters (and with none, when its example gives
    some and none is required: a whole-store answer), then those asked about the popular event."""
    from kg.queries import saved_queries
    from kg.settings import Settings

    found = analyst_queries(saved_queries(Settings().queries_dir))
    cases = []
    for q in found:
        cases.append(QueryCase("example", q.name, _params(_example_args(q))))
        if cases[-1].params and all(p.default is not None for p in q.params):
            cases.append(QueryCase("example", q.name, {}))
    cases += [QueryCase("popular", q.name, _params(POPULAR_PARAMS[q.name])) for q in found if q.name in POPULAR_PARAMS]
    return cases


def _params(args: list[str]) -> dict[str, str]:
    values = [a for a in args if a != "-p"]
    return dict(a.split("=", 1) for a in values)


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


def case_queries(r: Results, cfg: dict[str, Any], work: Path, store: Path) -> None:
    cases = query_cases()
    warm = {c.key: _warm(cfg, store, c) for c in cases}
    (work / "rdflib-cases.json").write_text(json.dumps([[c.key, c.name, c.params] for c in cases]), encoding="utf-8")
    base = measure(helper("rdflib_queries", str(store), str(cfg["rdflib_timeout"]), str(work / "rdflib-cases.json")))
    slow = json.loads(base.stdout) if base.code == 0 else {}
    colds = {}
    for c in cases:
        w = warm[c.key]
        if "p50" in w:
            cmd = kg("query", "--store", str(store), c.name, *c.args(), "--format", "csv")
            colds[c.key] = repeated(cmd, cfg["cold"] if w["p50"] < 5 else 1)[0].seconds
        r.queries.append(_query_row(c, w, slow.get(c.key, {}), colds.get(c.key)))
    counted = json.loads(measure(helper("count", str(store))).stdout)
    r.sizes.update({"store quads": counted["quads"], "article graphs": counted["articles"]})
    for label in ("example", "popular"):
        _query_summary(r, label, [c for c in cases if c.label == label], warm, slow, counted["quads"])
    _cold_summary(r, store, cases, warm, colds)
    _profile_slow(r, cfg, store, cases, warm)
    r.notes.append(
        f"rdflib baseline: the store's N-Quads loaded into an rdflib Dataset (default graph = union), loading "
        f"took {slow.get('_load', {}).get('seconds', 0):,.0f} s and {base.peak_rss / 2**30:,.1f} GB; each query "
        f"run once with the same bindings, stopped after {cfg['rdflib_timeout']} s (a stopped query counts as "
        f"taking {cfg['rdflib_timeout']} s, so its ratio is a lower bound). Warm runs: up to {cfg['warm']} per "
        f"query in one process (fewer once they add up to a minute); cold: `kg query ... --format csv` from "
        f"process start to exit, median of {cfg['cold']}."
    )


def _warm(cfg: dict[str, Any], store: Path, c: QueryCase) -> dict[str, Any]:
    """Warm runs of one query case in its own process: a runaway query is stopped, the others still run."""
    run = measure(
        helper("warm", str(store), c.name, str(cfg["warm"]), json.dumps(c.params)), timeout=cfg["query_timeout"]
    )
    if run.code == 0 and run.stdout.strip():
        return dict(json.loads(run.stdout))
    if run.code == -9:
        return {"error": f"stopped after {cfg['query_timeout']} s", "timeout": True}
    last = run.stderr.strip().splitlines()[-1][:120] if run.stderr.strip() else str(run.code)
    return {"error": f"failed ({last})"}


def _query_row(c: QueryCase, w: dict[str, Any], base: dict[str, Any], cold: float | None) -> dict[str, str]:
    row = {"query": c.name, "asked": c.asked, "rows": str(w.get("rows", "–")), "error": w.get("error", "")}
    ratio = _speedup(w, base)
    row.update(
        p50=f"{w['p50'] * 1000:,.1f} ms" if "p50" in w else "–",
        p95=f"{w['p95'] * 1000:,.1f} ms" if "p95" in w else "–",
        cold=f"{cold:.2f} s" if cold is not None else "–",
        rdflib=f"{base['seconds'] * 1000:,.0f} ms" if "seconds" in base else base.get("error", "–"),
        speedup="–" if ratio is None else (f"≥ {ratio:,.0f}×" if "timeout" in base else f"{ratio:,.0f}×"),
    )
    print(f"  query {c.key}: {row}", flush=True)
    return row


def _speedup(w: dict[str, Any], base: dict[str, Any]) -> float | None:
    """rdflib's time over the warm p50 (a stopped rdflib query counts as its timeout)."""
    seconds = base.get("seconds", base.get("timeout"))
    return None if seconds is None or "p50" not in w else seconds / max(w["p50"], 1e-6)


def _query_summary(
    r: Results, label: str, cases: list[QueryCase], warm: dict[str, Any], slow: dict[str, Any], quads: int
) -> None:
    answered = [c for c in cases if "p50" in warm[c.key]]
    if not answered:
        return
    p50 = max(answered, key=lambda c: warm[c.key]["p50"])
    p95 = max(answered, key=lambda c: warm[c.key]["p95"])
    ratios = {c.key: x for c in answered if (x := _speedup(warm[c.key], slow.get(c.key, {}))) is not None}
    stopped = [c.name for c in cases if c not in answered]
    rejected = [c.name for c in answered if c.key not in ratios]  # rdflib fails on them: no ratio
    over_p50 = [c.name for c in answered if warm[c.key]["p50"] > P50]
    met = not stopped and not over_p50 and warm[p95.key]["p95"] <= P95 and min(ratios.values(), default=0) >= SPEEDUP
    measured = (
        f"worst p50 {warm[p50.key]['p50'] * 1000:,.1f} ms ({p50.name}), "
        f"worst p95 {warm[p95.key]['p95'] * 1000:,.1f} ms ({p95.name})"
    )
    measured += f"; stopped: {', '.join(stopped)}" if stopped else ""
    measured += f"; rdflib cannot run {', '.join(rejected)}" if rejected else ""
    what = (
        "its own example (and with no parameter when none is required)" if label == "example" else "the popular event"
    )
    r.add(
        f"saved queries, warm, asked {what} ({len(answered)} of {len(cases)} answered, {quads:,} quads)",
        measured,
        "rdflib in-memory Dataset",
        f"≥ {min(ratios.values()):,.0f}× faster" if ratios else "–",
        None,
        f"each p50 ≤ {P50 * 1000:g} ms, p95 ≤ {P95 * 1000:g} ms, ≥ {SPEEDUP}× rdflib",
        met,
        miss=f"over the p50 target: {', '.join(over_p50)}" if over_p50 else "",
    )


def _cold_summary(
    r: Results, store: Path, cases: list[QueryCase], warm: dict[str, Any], colds: dict[str, float]
) -> None:
    if not colds:
        return
    start = measure([sys.executable, "-c", "pass"]).seconds
    worst = max(colds, key=lambda k: colds[k])
    named = next(f"{c.name}, {c.asked}" for c in cases if c.key == worst)
    first = next(c for c in cases if c.key in colds)
    imported = _heavy_imports(store, first)
    r.add(
        "`kg query` cold, process start to last row",
        f"worst {colds[worst]:.2f} s ({named})",
        f"bare `python -c pass`: {start:.2f} s",
        f"{colds[worst] / start:.1f}×",
        None,
        f"≤ {COLD:g} s, nothing heavy imported",
        colds[worst] <= COLD and not imported,
        miss=over(colds[worst], COLD),
    )
    r.notes.append(
        "Heavy modules imported on the query path: "
        + (", ".join(imported) or "none")
        + f" (checked with `python -X importtime -m kg query`; looked for {', '.join(HEAVY_MODULES)})."
    )


def _heavy_imports(store: Path, c: QueryCase) -> list[str]:
    cmd = [sys.executable, "-X", "importtime", "-m", "kg", "query", "--store", str(store), c.name, *c.args()]
    run = measure([*cmd, "--format", "csv"])
    found = set()
    for line in run.stderr.splitlines():
        top = line.rsplit("|", 1)[-1].strip().split(".")[0]
        if top in HEAVY_MODULES:
            found.add(top)
    return sorted(found)


def _profile_slow(r: Results, cfg: dict[str, Any], store: Path, cases: list[QueryCase], warm: dict[str, Any]) -> None:
    """For each query case over its target: its time without each of its lookups in turn."""
    for c in cases:
        w = warm[c.key]
        if "p50" not in w or (w["p50"] <= P50 and w["p95"] <= P95):
            continue
        run = measure(helper("profile", str(store), c.name, json.dumps(c.params)), timeout=cfg["query_timeout"] * 3)
        if run.code != 0:
            continue
        parts = json.loads(run.stdout)
        whole = parts.pop("whole query")
        table = ["| left out | time | share of the whole |", "| --- | --- | --- |"]
        table.append(f"| nothing (the whole query, {w['rows']:,} rows) | {whole * 1000:,.1f} ms | – |")
        for part, seconds in parts.items():
            saved = whole - seconds
            table.append(f"| {part.removeprefix('without ')} | {seconds * 1000:,.1f} ms | {saved / whole:+.0%} |")
        per_row = whole / max(1, w["rows"]) * 1e6
        r.profiles.append((f"Profile: {c.name}, {c.asked}: {per_row:,.0f} µs per row returned", table))


def case_validation(r: Results, cfg: dict[str, Any], store: Path) -> None:
    runs = [measure(helper("validate", str(store), str(cfg["baseline_graphs"]))) for _ in range(cfg["repeat"])]
    run = sorted(runs, key=lambda x: x.seconds)[len(runs) // 2]
    info = json.loads(run.stdout)
    per_million = info["seconds"] / info["triples"] * 1e6
    r.add(
        f"validation of the whole store ({info['graphs']:,} graphs, {info['triples']:,} triples)",
        f"{info['seconds']:.1f} s, {per_million:.1f} s per million triples ({info['violations']} violations, "
        f"{info['warnings']:,} warnings)",
        f"pySHACL: {info['pyshacl_per_graph'] * 1000:,.0f} ms per graph, ≈ {info['pyshacl_estimate']:,.0f} s",
        f"{info['pyshacl_estimate'] / info['seconds']:,.0f}×",
        max(x.peak_rss for x in runs),
        f"≤ {VALIDATION_PER_MILLION:g} s at 1M triples",
        per_million <= VALIDATION_PER_MILLION,
        miss=over(per_million, VALIDATION_PER_MILLION),
    )
    r.notes.append(
        f"Validation baseline: pySHACL (kg.validate.validate) timed on {cfg['baseline_graphs']} of the article "
        "graphs and multiplied out to the whole store. Per million triples: the time divided by the store's "
        "article triples (validation goes graph by graph, so it grows linearly)."
    )


def case_export(r: Results, cfg: dict[str, Any], work: Path, store: Path) -> None:
    base = json.loads(measure(helper("dump", str(store), str(work / "dump.nq"))).stdout)["seconds"]
    quads = json.loads(measure(helper("count", str(store))).stdout)["quads"]
    for fmt in ("turtle", "nquads"):
        out = work / f"export.{fmt}"
        median, runs = repeated(kg("export", "--store", str(store), "--format", fmt, "--out", str(out)), cfg["repeat"])
        per_million = median.seconds / quads * 1e6
        r.add(
            f"export to {fmt} ({quads:,} quads)",
            f"{median.seconds:.1f} s, {per_million:.1f} s per million ({out.stat().st_size / 2**20:,.0f} MB)",
            f"unsorted pyoxigraph dump: {base:.1f} s",
            f"{median.seconds / base:.1f}×",
            max(x.peak_rss for x in runs),
            f"≤ {EXPORT_PER_MILLION:g} s at 1M triples, sorted, memory not growing with the store",
            per_million <= EXPORT_PER_MILLION,
            miss=over(per_million, EXPORT_PER_MILLION),
        )
        out.unlink()
    r.notes.append(
        "Export baseline: pyoxigraph's own N-Quads dump of the store, unsorted (reading the store is most of "
        "any export); kg export sorts for byte-identical output, graph by graph for N-Quads and TriG, and by "
        "merging sorted runs spilled to disk for Turtle and N-Triples."
    )


def case_stages(r: Results, cfg: dict[str, Any], articles: Corpus) -> None:
    """Where a build spends its time per article, measured in one process."""
    run = measure(helper("stages", str(articles.halves[0]), str(cfg["stage_articles"])))
    if run.code != 0 or not run.stdout.strip():  # say why, rather than fail on empty JSON
        raise SystemExit(f"bench: the stages profile failed (exit {run.code}): {run.stderr.strip()[-1500:]}")
    spent = json.loads(run.stdout)
    total = sum(spent.values())
    table = ["| stage | ms per article | share |", "| --- | --- | --- |"]
    table += [f"| {stage} | {ms:.2f} | {ms / total:.0%} |" for stage, ms in spent.items()]
    table.append(f"| all | {total:.2f} | 100% |")
    title = f"Profile: the build by stage, {cfg['stage_articles']} articles in one process"
    r.profiles.append((title, table))


# -- the run ----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each: the CI smoke run")
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    parser.add_argument("--work", type=Path, help="folder for the articles and stores, kept for later runs")
    parser.add_argument("--articles", type=int, help="N, the build size (N/2 is built too)")
    parser.add_argument("--repeat", type=int, help="runs per case (builds: --build-repeat)")
    parser.add_argument("--build-repeat", type=int)
    parser.add_argument("--cases", default=CASES, help=f"a comma-separated subset of {CASES}")
    args = parser.parse_args(argv)
    cfg = dict(QUICK if args.quick else FULL)
    for key in ("articles", "repeat", "build_repeat"):
        if getattr(args, key) is not None:
            cfg[key] = getattr(args, key)
    started, load = time.perf_counter(), " ".join(open("/proc/loadavg").read().split()[:3])
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        results = run_cases(cfg, work, set(args.cases.split(",")))
        command = "python bench/run.py " + shlex.join(argv if argv is not None else sys.argv[1:])
        write_report(args.out, results, cfg, command.strip(), time.perf_counter() - started, load)
        print(f"wrote {args.out}")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def run_cases(cfg: dict[str, Any], work: Path, cases: set[str]) -> Results:
    r = Results({"articles": cfg["articles"], "popular event reports": cfg["popular"]})
    articles = corpus(cfg, work)
    store = work / "store"
    if "build" in cases or not store.is_dir():
        store = case_build(r, cfg, work, articles)
        case_stages(r, cfg, articles)
    if "incremental" in cases:
        case_incremental(r, cfg, work, store, articles)
    if "popular" in cases:
        case_popular_build(r, cfg, store, articles)
    if "queries" in cases:
        case_queries(r, cfg, work, store)
    if "validation" in cases:
        case_validation(r, cfg, store)
    if "export" in cases:
        case_export(r, cfg, work, store)
    return r


if __name__ == "__main__":
    main()
