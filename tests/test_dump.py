"""The streamed export: a stable order, each triple once, and memory that does not grow with the store."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import dump

E = "http://example.org/"


def _store(quads: list[tuple[str, str, str, str]]) -> ox.Store:
    store = ox.Store()
    for s, p, o, g in quads:
        store.add(ox.Quad(ox.NamedNode(E + s), ox.NamedNode(E + p), ox.Literal(o), ox.NamedNode(E + g)))
    return store


def _written(store: ox.Store, fmt: str, **options: object) -> str:
    out = io.BytesIO()
    dump.write(store, out, fmt, **options)  # type: ignore[arg-type]
    return out.getvalue().decode("utf-8")


def test_dump_triples_are_sorted_and_a_triple_two_graphs_hold_is_written_once() -> None:
    store = _store([("b", "p", "shared", "g1"), ("a", "p", "x", "g2"), ("b", "p", "shared", "g2")])
    lines = _written(store, "nt").splitlines()
    assert lines == [f'<{E}a> <{E}p> "x" .', f'<{E}b> <{E}p> "shared" .']


def test_dump_quads_go_graph_by_graph_in_the_order_of_their_names_as_written() -> None:
    # "<...a>" sorts after "<...a-b>" as text ('>' > '-'), though "a" sorts before "a-b"
    store = _store([("s", "p", "1", "a"), ("s", "p", "2", "a-b"), ("r", "p", "3", "a-b")])
    lines = _written(store, "nquads").splitlines()
    assert [line.split()[-2] for line in lines] == [f"<{E}a-b>", f"<{E}a-b>", f"<{E}a>"]
    assert lines[0].startswith(f"<{E}r>")


def test_dump_extra_triples_go_first_in_the_default_graph_and_drop_leaves_rows_out() -> None:
    store = _store([("s", "p", "1", "g"), ("s", "q", "2", "g")])
    extra = [(f"<{E}h>", f"<{E}p>", '"head"')]
    lines = _written(store, "nquads", extra=extra, drop=lambda s, p, o: p == f"<{E}q>").splitlines()
    assert lines == [f'<{E}h> <{E}p> "head" .', f'<{E}s> <{E}p> "1" <{E}g> .']


@pytest.mark.parametrize("fmt", ["nt", "turtle", "xml"])
def test_dump_spilled_runs_give_the_bytes_of_one_run(monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    store = _store([(f"s{i % 37}", f"p{i % 5}", f"v{i}", f"g{i % 11}") for i in range(600)])
    store.add(ox.Quad(ox.NamedNode(E + "s1"), ox.NamedNode(E + "p1"), ox.Literal("v1"), ox.NamedNode(E + "g7")))
    whole = _written(store, fmt)
    spilled: list[int] = []
    spill = dump._spill
    monkeypatch.setattr(dump, "RUN_LINES", 50)
    monkeypatch.setattr(dump, "_spill", lambda lines, folder: spilled.append(len(lines)) or spill(lines, folder))
    assert _written(store, fmt) == whole
    assert len(spilled) >= 10  # the merge did run over many runs


def _peak(store: ox.Store, fmt: str, path: Path) -> int:
    """The most memory Python held while writing ``store`` to ``path``."""
    with open(path, "wb") as out:
        tracemalloc.start()
        dump.write(store, out, fmt)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def _graphs(count: int, per_graph: int = 250) -> ox.Store:
    store = ox.Store()
    store.extend(
        ox.Quad(ox.NamedNode(f"{E}s{g}-{i}"), ox.NamedNode(E + "p"), ox.Literal(f"v{i}"), ox.NamedNode(f"{E}g{g}"))
        for g in range(count)
        for i in range(per_graph)
    )
    return store


@pytest.mark.parametrize("fmt", ["nt", "nquads", "turtle"])
def test_dump_memory_does_not_grow_with_the_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str) -> None:
    monkeypatch.setattr(dump, "RUN_LINES", 5_000)
    monkeypatch.setattr(dump, "WRITE_LINES", 1_000)
    small, large = _peak(_graphs(100), fmt, tmp_path / "small"), _peak(_graphs(400), fmt, tmp_path / "large")
    assert sum(1 for _ in ox.parse(path=str(tmp_path / "large"), format=dump.FORMATS[fmt])) == 400 * 250
    assert large < 1.5 * small, f"{small:,} bytes held for 100 graphs, {large:,} for 400"


def test_dump_merge_writes_a_line_once_when_a_run_holds_it_past_its_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs are merged a piece at a time; a line a run holds several times (graphs sharing a
    triple) can run on into the next piece, and is still written once."""
    monkeypatch.setattr(dump, "RUN_LINES", 4)  # pieces of one line
    runs = [[b"a", b"b", b"b", b"b", b"c"], [b"b", b"d"], []]
    assert [line for block in dump._merged(runs) for line in block] == [b"a", b"b", b"c", b"d"]


@pytest.mark.parametrize("fmt", ["nt", "nquads", "turtle"])
def test_dump_graphs_read_by_threads_give_the_bytes_of_one_reader(monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    store = _graphs(40, per_graph=20)
    store.add(ox.Quad(ox.NamedNode(E + "s0-0"), ox.NamedNode(E + "p"), ox.Literal("v0"), ox.NamedNode(E + "g39")))

    def drop(s: str, p: str, o: str) -> bool:
        return o == '"v3"'

    monkeypatch.setattr(dump, "READERS", 1)
    alone = _written(store, fmt, drop=drop)
    monkeypatch.setattr(dump, "READERS", 3)
    assert _written(store, fmt, drop=drop) == alone
    assert '"v3"' not in alone and '"v4"' in alone
    if fmt != "turtle":  # 19 kept per graph; the triple g0 and g39 share is a quad in each, one triple
        assert len(alone.splitlines()) == 40 * 19 + (fmt == "nquads")
