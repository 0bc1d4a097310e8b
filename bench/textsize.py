"""Extraction time against article size: 10 KB to 5 MB of generated text, with and without full stops.

Each case runs in a fresh process: one generated article is read, cleaned, split into sentences,
matched, extracted, turned into RDF and validated (`kg.pipeline.process`, the per-article work of
`kg build`). The table gives the time, the throughput in MB/s and the peak resident memory of the
process (with, in brackets, what it held before the article: the lexicon and shapes).

    python bench/textsize.py
    python bench/textsize.py --sizes 10KB,100KB --repeat 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZES = "10KB,100KB,1MB,5MB"
# news sentences in the genre, used in turn; without full stops they run on as one paragraph
SENTENCES = [
    "Presiden Indonesia Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Moskow pada Rabu 14 Mei 2025",
    "kedua pemimpin membahas kerja sama energi perdagangan dan pendidikan antara kedua negara",
    "Menteri Luar Negeri Sergei Lavrov menandatangani nota kesepahaman dengan mitranya di Kuala Lumpur",
    "volume perdagangan kedua negara mencapai 3,2 miliar dolar AS pada tahun lalu menurut Kementerian Perdagangan",
    "Perdana Menteri Malaysia Anwar Ibrahim menghadiri KTT ASEAN di Jakarta bersama para pemimpin kawasan",
]


def article_text(size: int, *, stops: bool) -> str:
    """About ``size`` bytes of generated Indonesian news text, in one paragraph."""
    end = ". " if stops else " "
    parts, total, i = ["Judul berita yang cukup panjang untuk sebuah judul", "\n\n"], 0, 0
    while total < size:
        sentence = SENTENCES[i % len(SENTENCES)]
        piece = (sentence[0].upper() + sentence[1:] if stops else sentence) + end
        parts.append(piece)
        total += len(piece.encode("utf-8"))
        i += 1
    return "".join(parts)


def run_case(size: int, stops: bool, folder: Path) -> dict[str, float]:
    """One measurement in this process: seconds, peak and starting resident memory (MB)."""
    import resource
    import time
    from dataclasses import fields, replace

    from kg.pipeline import Context, process
    from kg.settings import Settings

    path = folder / f"article-{size}-{int(stops)}.txt"
    path.write_text(article_text(size, stops=stops), encoding="utf-8")
    ctx = Context.load(Settings())
    if "max_bytes" in {f.name for f in fields(ctx)}:  # the size limit is raised for the large cases
        ctx = replace(ctx, max_bytes=path.stat().st_size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    result = process(path, ctx)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "start_mb": before, "triples": len(result.graph)}


def measure(size: int, stops: bool, folder: Path, repeat: int) -> dict[str, float]:
    """The median of ``repeat`` fresh-process runs (the peak memory: the largest)."""
    runs = []
    for _ in range(repeat):
        args = [sys.executable, __file__, "--one", f"{size}:{int(stops)}", "--folder", str(folder)]
        out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "peak_mb": max(r["peak_mb"] for r in runs),
        "start_mb": max(r["start_mb"] for r in runs),
        "triples": runs[0]["triples"],
    }


def table(rows: list[tuple[str, bool, dict[str, float]]]) -> str:
    lines = [
        "| input | full stops | time | MB/s | peak RSS (before the article) | triples |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label, stops, r in rows:
        size_mb = _bytes(label) / 1024**2
        lines.append(
            f"| {label} | {'yes' if stops else 'no'} | {r['seconds']:.2f} s | {size_mb / r['seconds']:.3f} "
            f"| {r['peak_mb']:.0f} MB ({r['start_mb']:.0f} MB) | {r['triples']:,} |"
        )
    return "\n".join(lines)


def _bytes(label: str) -> int:
    from kg.sizes import parse_size

    return parse_size(label)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=SIZES, help=f"comma-separated sizes (default {SIZES})")
    parser.add_argument("--repeat", type=int, default=1, help="fresh-process runs per case (median)")
    parser.add_argument("--folder", type=Path, default=None, help="where the generated articles go")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # SIZE:STOPS, run in this process
    args = parser.parse_args()
    import tempfile

    folder = args.folder or Path(tempfile.mkdtemp(prefix="textsize-"))
    if args.one:
        size, stops = args.one.split(":")
        print(json.dumps(run_case(int(size), stops == "1", folder)))
        return
    rows = []
    for label in args.sizes.split(","):
        for stops in (True, False):
            rows.append((label, stops, measure(_bytes(label), stops, folder, args.repeat)))
            print(f"{label:>6} stops={stops!s:<5} {rows[-1][2]['seconds']:.2f} s", file=sys.stderr)
    print(table(rows))


if __name__ == "__main__":
    main()
