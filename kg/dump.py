"""The store written in a stable order, streamed: the same store always gives the same bytes, and
the memory used does not grow with the store.

Quad formats (N-Quads, TriG) are written graph by graph, in the order of the graphs' names,
each graph's lines sorted: one graph in memory at a time. Triple formats (N-Triples, Turtle,
RDF/XML) are the union of the graphs, each triple once, sorted: runs of sorted lines are spilled
to temporary files and merged, so at most one run is in memory. Lines are N-Triples text as
pyoxigraph writes it, compared as bytes (UTF-8 byte order is code point order); a line sorts as
its (subject, predicate, object) does, since subjects and predicates hold no space and
N-Triples escapes every character below the space.
"""

from __future__ import annotations

import heapq
import io
import itertools
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox

if TYPE_CHECKING:
    from kg.store import Store

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
}
# Lines sorted in memory before a run is spilled to disk: about 80 MB of Python bytes objects.
RUN_LINES = 500_000
# Lines joined into one write.
WRITE_LINES = 10_000

Drop = Callable[[str, str, str], bool]


def write(
    store: Store,
    out: IO[bytes],
    fmt: str,
    *,
    graphs: list[str] | None = None,
    prefixes: dict[str, str] | None = None,
    extra: Sequence[tuple[str, str, str]] = (),
    drop: Drop | None = None,
) -> None:
    """Write quads (trig, nquads) or the union of the given graphs as triples, in a stable order.

    Quads are ordered by the N-Triples text of graph, subject, predicate and object; triples by
    that of subject, predicate and object. ``graphs``: the named graphs to write (None: all, and
    the default graph); ``extra`` triples (N-Triples text) go in the default graph; a triple for
    which ``drop(s, p, o)`` holds is left out.

    >>> import io
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://e/b"), ox.NamedNode("http://e/p"), ox.Literal("x"), ox.NamedNode("http://e/g")))
    >>> store.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("y"), ox.NamedNode("http://e/g")))
    >>> out = io.BytesIO()
    >>> write(store, out, "nt")
    >>> out.getvalue().decode()
    '<http://e/a> <http://e/p> "y" .\\n<http://e/b> <http://e/p> "x" .\\n'
    """
    rdf_format = FORMATS[fmt]
    names = _graph_names(store, graphs)
    head = sorted(f"{s} {p} {o} .\n".encode() for s, p, o in extra)
    if rdf_format.supports_datasets:
        lines: Iterable[bytes] = _quad_lines(store, names, drop, head)
        plain = ox.RdfFormat.N_QUADS
    else:
        lines = _unique(heapq.merge(head, _sorted_union(store, names, drop)))
        plain = ox.RdfFormat.N_TRIPLES
    if rdf_format == plain:
        _copy(lines, out)
    else:
        ox.serialize(ox.parse(_reader(lines), plain), out, rdf_format, prefixes=prefixes)


def _graph_names(store: Store, graphs: list[str] | None) -> list[tuple[bytes, object]]:
    """The graphs to write as (N-Triples text, graph name), in the order of that text; the
    default graph is empty text, so it comes first."""
    if graphs is None:
        found: list[object] = [*store.named_graphs(), ox.DefaultGraph()]
    else:
        found = [ox.NamedNode(g) for g in graphs]
    named = [(b"" if isinstance(g, ox.DefaultGraph) else str(g).encode(), g) for g in found]
    return sorted(named, key=lambda pair: pair[0])


def _graph_lines(store: Store, name: object) -> list[bytes]:
    """One graph's triples as N-Triples lines, each ending in a line break."""
    text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name) or b""  # type: ignore[arg-type]
    return text.splitlines(keepends=True)


def _kept(lines: Iterable[bytes], drop: Drop | None) -> list[bytes]:
    if drop is None:
        return list(lines)
    kept = []
    for line in lines:
        s, p, rest = line.decode("utf-8").split(" ", 2)  # a subject or predicate never holds a space
        if not drop(s, p, rest[:-3]):
            kept.append(line)
    return kept


def _quad_lines(
    store: Store, names: list[tuple[bytes, object]], drop: Drop | None, head: list[bytes]
) -> Iterator[bytes]:
    """N-Quads lines, graph by graph, each graph's sorted: first the default graph with the
    ``head`` triples, then the named graphs with their name before the final full stop."""
    default = [sorted(_kept(_graph_lines(store, name), drop)) for text, name in names if not text]
    yield from heapq.merge(head, *default)
    for text, name in names:
        if text:
            suffix = b" " + text + b" .\n"
            yield from sorted(line[:-3] + suffix for line in _kept(_graph_lines(store, name), drop))


def _sorted_union(store: Store, names: list[tuple[bytes, object]], drop: Drop | None) -> Iterator[bytes]:
    """Every graph's N-Triples lines in sorted order, a line several graphs hold once per run:
    sorted runs of at most RUN_LINES lines, spilled to temporary files and merged."""
    with tempfile.TemporaryDirectory(prefix="kg-export-") as folder:
        runs: list[IO[bytes]] = []
        pending: set[bytes] = set()
        for _, name in names:
            pending.update(_kept(_graph_lines(store, name), drop))
            if len(pending) >= RUN_LINES:
                runs.append(_spill(sorted(pending), folder))
                pending = set()
        last = sorted(pending)
        del pending
        yield from heapq.merge(last, *runs)
        for run in runs:
            run.close()


def _spill(lines: list[bytes], folder: str) -> IO[bytes]:
    run = tempfile.TemporaryFile(dir=folder)
    _copy(lines, run)
    run.seek(0)
    return run


def _unique(lines: Iterable[bytes]) -> Iterator[bytes]:
    """Sorted lines with each repeated run of equal lines once."""
    previous = None
    for line in lines:
        if line != previous:
            yield line
            previous = line


def _copy(lines: Iterable[bytes], out: IO[bytes]) -> None:
    iterator = iter(lines)
    while chunk := list(itertools.islice(iterator, WRITE_LINES)):
        out.write(b"".join(chunk))


def _reader(lines: Iterable[bytes]) -> IO[bytes]:
    """A binary file reading the lines, for pyoxigraph's streaming parser."""
    return io.BufferedReader(_Lines(lines), buffer_size=1 << 16)


class _Lines(io.RawIOBase):
    """A raw read-only stream over an iterator of byte strings."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self.lines = iter(lines)
        self.rest = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` with as many whole lines as fit (a longer line in pieces)."""
        parts, size = [self.rest], len(self.rest)
        while size < len(buffer):
            line = next(self.lines, None)
            if line is None:
                break
            parts.append(line)
            size += len(line)
        data = b"".join(parts)
        size = min(size, len(buffer))
        buffer[:size] = data[:size]
        self.rest = data[size:]
        return size
