"""Which files each stored article was read from, and the edits that keep that true.

An article's graph lists the files it was read from (``dkg:sourceFile``, the paths as the
build was given them). A build that reads a path whose text changed moves the path to the
article the new text is; an article left with no source file is retracted. Retracting drops
the article's named graph: every statement only it made goes with it, while the same statement
made by another article stays in that article's graph. ``kg remove`` and ``kg build --prune``
retract the same way, each in one transaction.

Paths are compared as absolute paths from the current folder, so run ``--prune`` and
``kg remove PATH`` from the folder the articles were built from.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg import store as kgstore
from kg.errors import InputError, KgError
from kg.iris import DKG, DKGR

SOURCE_FILE = DKG + "sourceFile"
ARTICLE_PREFIX = DKGR + "article/"


class NotStored(KgError):
    """A path or IRI given to ``kg remove`` names no article in the store."""


@dataclass(frozen=True, slots=True)
class Removal:
    """An article retracted from the store, with the files it had been read from."""

    article: str
    sources: tuple[str, ...]

    def line(self) -> str:
        return f"removed {self.article} ({', '.join(self.sources) or 'no source file'})"


def same_file(path: str) -> str:
    """The key two spellings of one path share: absolute, normalized, from the current folder.

    >>> same_file("a/../b.txt") == same_file("./b.txt")
    True
    """
    # an absolute path does not depend on the current folder, which is then not asked for
    return _absolute("" if os.path.isabs(path) else os.getcwd(), path)


@functools.lru_cache(maxsize=1 << 16)
def _absolute(folder: str, path: str) -> str:
    # remembered: a build asks for each of its ten thousand paths several times
    return os.path.normpath(os.path.join(folder, path))


class Sources:
    """Each stored article's source files, read in one scan; changed only through ``moved``."""

    def __init__(self, by_graph: dict[str, set[str]]) -> None:
        self.by_graph = by_graph
        self.by_key: dict[str, set[str]] = {}  # same_file(path) → the articles listing it
        for graph, paths in by_graph.items():
            for p in paths:
                self.by_key.setdefault(same_file(p), set()).add(graph)

    @classmethod
    def read(cls, db: object) -> Sources:
        found = kgstore.own_value_sets(db, SOURCE_FILE)  # type: ignore[arg-type]
        return cls({g: paths for g, paths in found.items() if g.startswith(ARTICLE_PREFIX)})

    def copy(self) -> Sources:
        return Sources({g: set(paths) for g, paths in self.by_graph.items()})

    def graphs_of(self, path: str) -> set[str]:
        return set(self.by_key.get(same_file(path), ()))

    def elsewhere(self, graph: str, paths: Iterable[str], keep: set[str]) -> bool:
        """Whether an article other than ``graph`` and those in ``keep`` lists one of ``paths``:
        only then does ``moved`` change anything."""
        return any(self.graphs_of(path) - {graph} - keep for path in paths)

    def moved(self, graph: str, paths: Iterable[str], keep: set[str]) -> tuple[list[str], list[Removal]]:
        """``paths`` now belong to ``graph``: the update operations that take them off the other
        articles (graphs in ``keep`` are being rewritten anyway), and the articles left with none."""
        ops: list[str] = []
        removals: list[Removal] = []
        for path in paths:
            for other in sorted(self.graphs_of(path) - {graph} - keep):
                ops, removals = self._take(other, path, ops, removals)
        return ops, removals

    def _take(self, graph: str, path: str, ops: list[str], removals: list[Removal]) -> tuple[list[str], list[Removal]]:
        before = self.by_graph[graph]
        gone = {p for p in before if same_file(p) == same_file(path)}
        after = before - gone
        self.by_key[same_file(path)].discard(graph)
        if after:
            ops.append(_unsource_op(graph, gone))
            self.by_graph[graph] = after
        else:
            ops.append(kgstore.drop_graph_op(graph))
            removals.append(Removal(graph, tuple(sorted(before))))
            del self.by_graph[graph]
        return ops, removals


def _unsource_op(graph: str, paths: set[str]) -> str:
    text = "\n".join(kgstore.literal_triple(graph, SOURCE_FILE, p) for p in sorted(paths))
    return kgstore.delete_op(graph, text)


def resolve(db: object, sources: Sources, target: str) -> str:
    """The article a ``kg remove`` argument names: an article IRI, or a file it was read from.

    Raises:
        NotStored: the store holds no such article.
    """
    if target.startswith(ARTICLE_PREFIX):
        if target in sources.by_graph or target in kgstore.graph_names(db):  # type: ignore[arg-type]
            return target
        raise NotStored(target, "no such article in the store")
    graphs = sources.graphs_of(target) | _by_content(db, Path(target))
    if not graphs:
        raise NotStored(target, "no article in the store was read from this file")
    if len(graphs) > 1:  # cannot happen through kg build; say so rather than guess
        raise NotStored(target, f"read into {len(graphs)} articles; name the article IRI instead")
    return graphs.pop()


def _by_content(db: object, path: Path) -> set[str]:
    """The stored article with this file's text, when the file is still there."""
    from kg.ingest import identify_file
    from kg.rdf import article_iri

    if not path.is_file():
        return set()
    try:
        graph = article_iri(identify_file(path).id)
    except InputError:
        return set()
    return {graph} if graph in kgstore.graph_names(db) else set()  # type: ignore[arg-type]


def remove(db: object, targets: list[str]) -> list[Removal]:
    """Retract the named articles (IRIs or source paths) in one transaction.

    Raises:
        NotStored: a target names no stored article; nothing was removed.
        StoreError: the write failed; nothing was removed.
    """
    sources = Sources.read(db)
    graphs = list(dict.fromkeys(resolve(db, sources, t) for t in targets))
    removals = [Removal(g, tuple(sorted(sources.by_graph.get(g, ())))) for g in graphs]
    kgstore.update(db, [kgstore.drop_graph_op(g) for g in graphs], graphs[0] if graphs else "remove")  # type: ignore[arg-type]
    return removals


def prune(db: object, inputs: Iterable[Path]) -> list[Removal]:
    """Retract the articles none of whose source files is among ``inputs``, and take the source
    files that are not among them off the articles that stay: one transaction.

    Raises:
        StoreError: the write failed; nothing was removed.
    """
    wanted = {same_file(str(p)) for p in inputs}
    sources = Sources.read(db)
    ops: list[str] = []
    removals: list[Removal] = []
    for graph, paths in sorted(sources.by_graph.items()):
        gone = {p for p in paths if same_file(p) not in wanted}
        if gone == paths:
            ops.append(kgstore.drop_graph_op(graph))
            removals.append(Removal(graph, tuple(sorted(paths))))
        elif gone:
            ops.append(_unsource_op(graph, gone))
    kgstore.update(db, ops, "--prune")  # type: ignore[arg-type]
    return removals
