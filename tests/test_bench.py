"""The benchmark suite's generator and runner: determinism and the shape of the report, never timings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import POPULAR_SECTORS, article_text, generate, load_names, popular_text
from bench.measure import measure
from bench.report import Results, write_report
from bench.run import _example_args, analyst_queries, query_cases
from kg.queries import saved_queries
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def names():  # type: ignore[no-untyped-def]
    return load_names()


def test_bench_generator_is_deterministic_per_seed_and_index(tmp_path: Path) -> None:
    few = generate(tmp_path / "few", 3, seed=5)
    more = generate(tmp_path / "more", 5, seed=5)
    assert [p.read_bytes() for p in few] == [p.read_bytes() for p in more[:3]]
    other = generate(tmp_path / "other", 3, seed=6)
    assert [p.read_bytes() for p in few] != [p.read_bytes() for p in other]


def test_bench_generator_continues_a_corpus_with_new_articles(tmp_path: Path) -> None:
    first = generate(tmp_path, 2, seed=1)
    added = generate(tmp_path, 2, seed=1, start=2)
    assert [p.name for p in first + added] == [f"syn-{i:06d}.txt" for i in range(4)]


@pytest.mark.parametrize("index", range(0, 40, 7))
def test_bench_generator_writes_an_article_of_the_genre(names, index: int) -> None:  # type: ignore[no-untyped-def]
    text = article_text(names, 1, index)
    assert 2000 <= len(text.encode("utf-8")) <= 6200
    for furniture in ("HOME", "Baca Juga:", "Penulis :", "Editor :", "Copyright ©"):
        assert furniture in text
    assert re.search(r"\b(pada|,) \w*,? ?\(?\d{1,2}[ /]", text), "a dated meeting"


def test_bench_generator_reads_the_gazetteer_not_its_fallback(names) -> None:  # type: ignore[no-untyped-def]
    # the fallback lists hold 8 countries: a corpus drawn from them meets the same pairs again and again
    assert len(names.by_kind["Country"]) >= 100 and len(names.persons) >= 100
    assert "Republik Federal Somalia" in names.by_kind["Country"] or len(names.by_kind["Country"]) > 200


def test_bench_generator_names_ontology_sectors(names) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(article_text(names, 1, i) for i in range(20))
    assert sum(label in text for label in names.by_kind["Sector"]) >= 5


def test_bench_popular_reports_are_worded_apart_and_tell_of_one_meeting() -> None:
    reports = [popular_text(1, i) for i in range(20)]
    assert len(set(reports)) == 20 and popular_text(1, 3) == reports[3]
    leads = {r.split("\n\n")[3] for r in reports}  # the sentence after the header that tells of the meeting
    assert len(leads) >= 8
    assert all("Putin" in lead and "Anwar Ibrahim" in lead for lead in leads)
    assert all(any(s in r for s in POPULAR_SECTORS) for r in reports)


def test_bench_query_cases_ask_every_saved_query_and_the_popular_event() -> None:
    cases = query_cases()
    names = {q.name for q in analyst_queries(saved_queries(Settings().queries_dir))}
    assert {c.name for c in cases if c.label == "example"} == names
    popular = {c.name: c.params for c in cases if c.label == "popular"}
    assert popular["sectors-discussed"] == {"a": "Russia", "b": "Malaysia"}
    assert set(popular) <= names


def test_bench_example_args_read_the_saved_queries_example_lines() -> None:
    found = {q.name: _example_args(q) for q in saved_queries(Settings().queries_dir)}
    assert found, "no saved queries"
    for name, args in found.items():
        assert len(args) % 2 == 0 and all(a == "-p" for a in args[::2]), name
        assert all("=" in a for a in args[1::2]), name


def test_bench_measure_reports_time_and_memory() -> None:
    run = measure([sys.executable, "-c", "x = bytearray(50_000_000); print('ok')"])
    assert run.code == 0 and run.stdout.strip() == "ok"
    assert run.seconds > 0 and run.peak_rss > 0


def test_bench_report_has_a_row_per_case_and_the_machine_and_keeps_other_sections(tmp_path: Path) -> None:
    r = Results({"articles": 10})
    r.add("build 10 articles", "5.0 articles/s", "1.0 articles/s", "5×", 2**20, "≥ 100 articles/s", False, miss="20×")
    r.add("export", "1 s", "1 s", "1×", None, "≤ 10 s", True, miss="not shown when met")
    r.queries.append(
        {
            "query": "q",
            "asked": "a=b",
            "rows": "1",
            "error": "",
            "p50": "1 ms",
            "p95": "2 ms",
            "cold": "0.3 s",
            "rdflib": "30 ms",
            "speedup": "30×",
        }
    )
    out = tmp_path / "RESULTS.md"
    old = "# old\n\n| stale | row |\n\n## Saved queries\n\nstale query\n\n## Analysis\n\nWhy it is slow.\n\n"
    old += "## Notes\n\n- stale note\n\n## Remote stores\n\nfigures of bench/remote.py\n"
    out.write_text(old, encoding="utf-8")
    write_report(out, r, {"articles": 10, "popular": 2, "repeat": 1, "build_repeat": 1}, "bench", 60.0, "1.0 1.0 1.0")
    text = out.read_text(encoding="utf-8")
    row = "| build 10 articles | 5.0 articles/s | 1.0 articles/s | 5× | 1 MB | ≥ 100 articles/s | **no** (20×) |"
    assert row in text and "| export | 1 s | 1 s | 1× | – | ≤ 10 s | yes |" in text
    assert re.search(r"\d+ cores .*GiB memory", text)
    assert "| q | a=b | 1 | 1 ms | 2 ms | 0.3 s | 30 ms | 30× |" in text
    assert text.endswith("## Analysis\n\nWhy it is slow.\n\n## Remote stores\n\nfigures of bench/remote.py\n")
    assert "stale" not in text


QUICK_ARTICLES = 60  # every case runs whatever the size; the quick run's 300 only make it slower


@pytest.mark.slow
def test_bench_quick_run_writes_every_case(tmp_path: Path) -> None:
    out = tmp_path / "quick.md"
    args = ["--quick", "--articles", str(QUICK_ARTICLES), "--out", str(out)]
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    for case in (
        f"build {QUICK_ARTICLES} articles",
        f"growth: {QUICK_ARTICLES // 2} → {QUICK_ARTICLES} articles",
        "incremental",
        "popular event: 20 reports of one meeting",
        "saved queries, warm, asked its own example",
        "saved queries, warm, asked the popular event",
        "`kg query` cold",
        "validation of the whole store",
        "export to turtle",
        "export to nquads",
    ):
        assert f"| {case}" in text, case
    assert "the meeting is one resource reported in 20 graphs" in text
    assert "### Profile: the build by stage" in text
    for query in analyst_queries(saved_queries(Settings().queries_dir)):
        assert re.search(rf"\| {query.name} \| [^|]+ \| \d+ \| [\d.,]+ ms \|", text), query.name


def test_bench_scale_section_replaces_its_earlier_self_and_keeps_the_rest(tmp_path: Path) -> None:
    from bench.scale import HEADING, Case, report, write_section

    cases = [
        Case("one process (`--workers 1`)", "s1", [], [4.0, 5.0, 6.0], [4.5, 5.0, 5.5], 2**20),
        Case("`--workers 2`", "s2", [], [2.0, 2.5, 3.0], [5.0, 5.0, 5.0], 2**21),
    ]
    section = report(cases, 100, 3, 1.5, (0.5, 0.7))
    assert "| `--workers 2` | 2.5 s | 40.0 articles/s | 2.00× | 2.0, 2.5, 3.0 s | 5.0 s | 2 MB |" in section
    results = tmp_path / "RESULTS.md"
    results.write_text(f"# Benchmark results\n\n{HEADING}\n\nold figures\n\n## Notes\n\n- kept\n", encoding="utf-8")
    write_section(results, section)
    text = results.read_text(encoding="utf-8")
    assert text.count(HEADING) == 1 and "old figures" not in text and "40.0 articles/s" in text
    assert text.startswith("# Benchmark results\n") and text.endswith("## Notes\n\n- kept\n")
