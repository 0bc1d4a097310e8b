"""Measurements that run in a process of their own (clean memory figures, and a runaway query can
be stopped): each prints one JSON object on stdout.

    python bench/helpers.py warm STORE QUERY REPEAT '{"actor": "Russia"}'
"""

from __future__ import annotations

import json
import re
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def baseline_build(folder: str, count: str, store_dir: str) -> dict[str, Any]:
    """The build as it was first written: pySHACL per article, one update per article, one process."""
    from rdflib import Graph

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
        graph, _ = _graph(path, ctx)
        data = Graph()  # pySHACL wants the context-aware store the first pipeline built its graphs in
        for triple in graph:
            data.add(triple)
        if validate(data, ctx.shapes).conforms:
            kgstore.replace_graph(db, f"https://w3id.org/dkg/id/article/{path.stem}", data)
    return {"rate": len(paths) / (time.perf_counter() - start)}


def warm(store_dir: str, name: str, repeat: str, params: str) -> dict[str, Any]:
    """A saved query run ``repeat`` times in this process (fewer once they add up to a minute)."""
    from kg import queries as q
    from kg.settings import Settings
    from kg.store import open_store

    db = open_store(Path(store_dir), read_only=True)
    query = q.find_query(Settings().queries_dir, name)
    times: list[float] = []
    rows = 0
    while len(times) < int(repeat) and (len(times) < 3 or sum(times) < 60):
        start = time.perf_counter()
        rows = len(q.run(db, query, json.loads(params)).rows)
        times.append(time.perf_counter() - start)
    times.sort()
    return {"rows": rows, "runs": len(times), "p50": statistics.median(times), "p95": _p95(times)}


def _p95(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def count(store_dir: str) -> dict[str, Any]:
    """Quads in the store and in its article graphs, and the number of article graphs."""
    import pyoxigraph as ox

    db = ox.Store.read_only(store_dir)
    graphs = list(db.named_graphs())
    others = [g for g in graphs if "/id/article/" not in str(g)]
    outside = sum(1 for g in others for _ in db.quads_for_pattern(None, None, None, g))
    outside += sum(1 for _ in db.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return {"quads": len(db), "article_quads": len(db) - outside, "articles": len(graphs) - len(others)}


def graphs_of(store_dir: str, resource: str) -> dict[str, Any]:
    """How many named graphs say something about ``resource`` (one merged meeting: its reports)."""
    import pyoxigraph as ox

    db = ox.Store.read_only(store_dir)
    graphs = {q.graph_name for q in db.quads_for_pattern(ox.NamedNode(resource), None, None, None)}
    return {"graphs": len(graphs)}


def rdflib_queries(store_dir: str, timeout: str, cases_file: str) -> dict[str, Any]:
    """The same saved queries on an rdflib Dataset holding the store (default graph = union)."""
    import signal

    import pyoxigraph as ox
    from rdflib import Dataset

    from kg import queries as q
    from kg.settings import Settings
    from kg.store import open_store, to_rdflib

    db = open_store(Path(store_dir), read_only=True)
    start = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data=db.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    out: dict[str, Any] = {"_load": {"seconds": time.perf_counter() - start}}

    def stop(*_: Any) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, stop)
    for key, name, params in json.loads(Path(cases_file).read_text(encoding="utf-8")):
        query = q.find_query(Settings().queries_dir, name)
        try:
            bound = q.bind(db, query, params)
            signal.alarm(int(timeout))
            start = time.perf_counter()
            rows = list(ds.query(query.text, initBindings={k: to_rdflib(v) for k, v in bound.items()}))
            out[key] = {"seconds": time.perf_counter() - start, "rows": len(rows)}
        except TimeoutError:
            out[key] = {"error": f"timeout > {timeout} s", "timeout": float(timeout)}
        except Exception as e:  # noqa: BLE001 - rdflib may reject what Oxigraph accepts
            out[key] = {"error": f"rdflib: {str(e).splitlines()[0][:80]}"}
        finally:
            signal.alarm(0)
    return out


def validate(store_dir: str, sample: str) -> dict[str, Any]:
    """Every article graph against the shapes (as `kg validate`), and pySHACL on a sample of them."""
    from rdflib import Graph

    from kg import lexicon
    from kg import store as kgstore
    from kg.rdf import with_references
    from kg.settings import Settings
    from kg.shacl import Validator, check_store
    from kg.validate import load_shapes
    from kg.validate import validate as pyshacl_validate

    db = kgstore.open_store(Path(store_dir), read_only=True)
    settings = Settings()
    shapes = load_shapes(settings.shape_files())
    start = time.perf_counter()
    validator = Validator(shapes)
    lex = lexicon.load(settings.ontology_files(), settings.queries_dir)

    def reference(triples: list) -> list:  # each graph with the description of what it links to
        return with_references(triples, lex)

    graphs = [g for g in kgstore.graph_names(db) if "/id/article/" in g]
    violations = warnings = 0
    for _, findings in check_store(db, validator, graphs, reference):
        violations += sum(f.severity == "Violation" for f in findings)
        warnings += sum(f.severity == "Warning" for f in findings)
    seconds = time.perf_counter() - start
    picked = graphs[:: max(1, len(graphs) // int(sample))][: int(sample)]
    begin = time.perf_counter()
    for g in picked:
        graph = Graph()
        for triple in reference(list(kgstore.graph_to_rdflib(db, [g]))):
            graph.add(triple)
        pyshacl_validate(graph, shapes)
    per_graph = (time.perf_counter() - begin) / max(1, len(picked))
    triples = sum(1 for g in graphs for _ in db.quads_for_pattern(None, None, None, kgstore.ox.NamedNode(g)))
    return {
        "seconds": seconds,
        "graphs": len(graphs),
        "triples": triples,
        "violations": violations,
        "warnings": warnings,
        "pyshacl_per_graph": per_graph,
        "pyshacl_estimate": per_graph * len(graphs),
    }


def dump(store_dir: str, out: str) -> dict[str, Any]:
    """pyoxigraph's own N-Quads dump of the store, unsorted: the floor for any export."""
    import pyoxigraph as ox

    db = ox.Store.read_only(store_dir)
    start = time.perf_counter()
    db.dump(out, format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - start
    Path(out).unlink()
    return {"seconds": seconds}


def stages(folder: str, count: str) -> dict[str, Any]:
    """Milliseconds per article spent in each stage of the build, over ``count`` articles in one
    process (the profile behind the build rate): the rest of the build is workers and writes."""
    import tempfile

    from kg import store as kgstore
    from kg.clean import clean
    from kg.extract import assemble
    from kg.ingest import read_article
    from kg.match import find_mentions
    from kg.pipeline import Context
    from kg.rdf import article_iri, article_triples
    from kg.sentences import split_sentences
    from kg.settings import Settings

    ctx = Context.load(Settings())
    spent = dict.fromkeys(("read and clean", "sentences", "match", "extract", "rdf triples", "n-triples", "shacl"), 0.0)
    paths = sorted(Path(folder).glob("*.txt"))[: int(count)]
    bodies = []
    for path in paths:
        t0 = time.perf_counter()
        article = read_article(path)
        blocks = clean(article)
        t1 = time.perf_counter()
        sentences = split_sentences(blocks)
        t2 = time.perf_counter()
        mentions = [find_mentions(ctx.lexicon, s) for s in sentences]
        t3 = time.perf_counter()
        extraction = assemble(article, sentences, mentions, ctx.lexicon)
        t4 = time.perf_counter()
        triples = article_triples(extraction, ctx.lexicon)
        t5 = time.perf_counter()
        body = kgstore.ntriples(triples)
        t6 = time.perf_counter()
        ctx.check_with_references(triples, ctx.with_references(triples), body)
        t7 = time.perf_counter()
        for stage, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6), strict=True):
            spent[stage] += seconds
        bodies.append((article_iri(extraction.article.id), body))
    # the store's own threads may still be writing its files as it closes: cleanup errors are no result's
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder_:
        db = kgstore.open_store(Path(folder_) / "store")
        start = time.perf_counter()
        for i in range(0, len(bodies), 64):
            kgstore.replace_graphs(db, bodies[i : i + 64])
        spent["store write"] = time.perf_counter() - start
        del db
    return {stage: 1000 * seconds / max(1, len(paths)) for stage, seconds in spent.items()}


# the blocks left out in turn: optional lookups and joins with the ontology graph (a BIND or a
# FILTER left out changes what the query asks, not only what it costs)
_BLOCK = re.compile(r"^  (OPTIONAL|GRAPH <|\{ SELECT)")


def profile(store_dir: str, name: str, params: str) -> dict[str, Any]:
    """Where a saved query spends its time: the query as it is, then without each top-level
    OPTIONAL or ontology lookup in turn (best of 3 each)."""
    import pyoxigraph as ox

    from kg import queries as q
    from kg.settings import Settings
    from kg.store import _with_values

    db = ox.Store.read_only(store_dir)
    query = q.find_query(Settings().queries_dir, name)
    bound = q.bind(db, query, json.loads(params))

    def best(text: str) -> float:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            result = db.query(_with_values(text, bound), use_default_graph_as_union=True)
            for _row in result:
                pass
            runs.append(time.perf_counter() - start)
        return min(runs)

    out: dict[str, Any] = {"whole query": best(query.text)}
    lines = query.text.splitlines()
    i = 0
    while i < len(lines):
        if not _BLOCK.match(lines[i]):
            i += 1
            continue
        end, depth = i, lines[i].count("{") - lines[i].count("}")
        while depth > 0:
            end += 1
            depth += lines[end].count("{") - lines[end].count("}")
        out["without " + lines[i].strip()[:80]] = best("\n".join(lines[:i] + lines[end + 1 :]))
        i = end + 1
    return out


HELPERS = {
    "baseline_build": baseline_build,
    "warm": warm,
    "count": count,
    "graphs_of": graphs_of,
    "rdflib_queries": rdflib_queries,
    "validate": validate,
    "dump": dump,
    "stages": stages,
    "profile": profile,
}

if __name__ == "__main__":
    print(json.dumps(HELPERS[sys.argv[1]](*sys.argv[2:])))
