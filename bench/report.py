"""The benchmark's report: one table of every case with its same-run baseline and target, the
saved queries, the profiles of what misses its target, and notes. The report's other sections
(the analysis written by hand, and those bench/scale.py, bench/remote.py and bench/textsize.py
write) are kept from run to run."""

from __future__ import annotations

import os
import platform
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GENERATED = ("## Saved queries", "## Notes")  # the sections written here, after the main table


@dataclass
class Results:
    sizes: dict[str, int]
    rows: list[dict[str, str]] = field(default_factory=list)
    queries: list[dict[str, str]] = field(default_factory=list)
    profiles: list[tuple[str, list[str]]] = field(default_factory=list)  # (title, table lines)
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        case: str,
        measured: str,
        baseline: str,
        ratio: str,
        rss: int | None,
        target: str,
        met: bool | None,
        *,
        miss: str = "",
    ) -> None:
        """One row of the main table; ``miss`` says by how much a target is missed."""
        row = {"case": case, "measured": measured, "baseline": baseline, "ratio": ratio}
        row.update(rss=_mb(rss), target=target, met=_met(met) + (f" ({miss})" if miss and met is False else ""))
        self.rows.append(row)
        print(f"  {case}: {measured} (baseline {baseline}, ratio {ratio}, peak RSS {_mb(rss)})", flush=True)


def _mb(n: int | None) -> str:
    return "–" if n is None else f"{n / 2**20:,.0f} MB"


def _met(ok: bool | None) -> str:
    return "–" if ok is None else ("yes" if ok else "**no**")


def over(value: float, limit: float) -> str:
    """How far a measured value is above its limit, as a reader compares them."""
    return f"{value / limit:,.1f}× the target"


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
        "load": " ".join(open("/proc/loadavg").read().split()[:3]),
    }


def write_report(path: Path, r: Results, cfg: dict[str, Any], command: str, seconds: float, load: str) -> None:
    """Write the report, keeping the sections of the previous one that are not written here."""
    kept = _kept(path)
    m = machine()
    lines = [
        "# Benchmark results",
        "",
        f"`{command}`, {time.strftime('%Y-%m-%d')}, {seconds / 60:.0f} minutes, every row below from this one "
        f"run. Machine: {m['cores']} cores ({m['cpu']}), {m['memory']} memory, shared with other work (load "
        f"average {load} at the start, {m['load']} at the end: times are noisy, ratios are against baselines "
        f"measured in the same run); Python {m['python']}, pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}, "
        f"pySHACL {m['pyshacl']}.",
        "",
        f"Articles: synthetic (bench/generate.py, seed 1): {cfg['articles']:,} distinct ones and "
        f"{cfg['popular']:,} reports of one meeting (the popular event). Times are medians of {cfg['repeat']} "
        f"runs ({cfg['build_repeat']} for each build); peak RSS is the largest over those runs, summed over the "
        "process and its workers.",
        "",
        "| case | measured | baseline (same run) | ratio | peak RSS | target | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {x['case']} | {x['measured']} | {x['baseline']} | {x['ratio']} | {x['rss']} | {x['target']} | {x['met']} |"
        for x in r.rows
    ]
    lines += _query_table(r.queries)
    for title, table in r.profiles:
        lines += ["", f"### {title}", "", *table]
    lines += ["", "## Notes", ""] + [f"- {n}" for n in r.notes]
    lines += ["- Sizes: " + ", ".join(f"{k} {v:,}" for k, v in r.sizes.items())]
    lines += ["", kept.rstrip()] if kept else []
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _query_table(queries: list[dict[str, str]]) -> list[str]:
    lines = [
        "",
        "## Saved queries",
        "",
        "| query | asked | rows | warm p50 | warm p95 | cold (`kg query`) | rdflib | rdflib / warm p50 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for q in queries:
        if q["error"]:
            lines.append(f"| {q['query']} | {q['asked']} | error: {q['error']} | – | – | – | – | – |")
        else:
            lines.append(
                f"| {q['query']} | {q['asked']} | {q['rows']} | {q['p50']} | {q['p95']} | {q['cold']} | "
                f"{q['rdflib']} | {q['speedup']} |"
            )
    return lines


def _kept(path: Path) -> str:
    """The sections of an earlier report that this one does not write, in their order."""
    if not path.is_file():
        return ""
    sections = path.read_text(encoding="utf-8").split("\n## ")[1:]  # the first part is the title and table
    return "\n".join("## " + s.rstrip() + "\n" for s in sections if not ("## " + s).startswith(GENERATED))
