"""The Python API: open a store, build articles into it, ask saved or ad-hoc queries, export it.

>>> import kg
>>> graph = kg.open(".kg")                                          # doctest: +SKIP
>>> rows = graph.query("sectors-discussed", a="Malaysia", b="Russia")  # doctest: +SKIP
>>> rows.columns[:2]                                                 # doctest: +SKIP
['sector', 'summit']

Nothing here prints or exits: errors are ``KgError`` subclasses whose ``str()`` is one line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kg.endpoints import Endpoints, location
from kg.settings import Settings

if TYPE_CHECKING:  # pyoxigraph and the pipeline load when first used, not at `import kg`
    from kg.pipeline import BuildReport
    from kg.store import Answer, Term
    from kg.worker import QueryTask

DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMIT = 100_000
_NUMERIC = {
    f"http://www.w3.org/2001/XMLSchema#{t}"
    for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger", "positiveInteger")
}


def open(store: str | Path | Endpoints = ".kg", *, settings: Settings | None = None) -> Graph:
    """The graph stored in the folder ``store`` (created by the first ``build``), or on the SPARQL
    1.1 server at the URL ``store`` (endpoints and credentials from the environment, as for
    ``kg --store URL``).

    >>> graph = kg.open(".kg")  # doctest: +SKIP
    >>> graph = kg.open("http://127.0.0.1:7878")  # doctest: +SKIP
    """
    return Graph(replace(settings or Settings(), store_dir=location(store, os.environ)))


@dataclass(frozen=True, slots=True)
class Result:
    """What a query gave: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).

    Iterating gives each row as a dict from column name to the value as SPARQL CSV writes it
    (a blank node as ``_:id``), None when unbound.
    """

    answer: Answer

    @property
    def columns(self) -> list[str]:
        return list(self.answer.rows.columns) if self.answer.rows is not None else []

    @property
    def terms(self) -> list[list[Term | None]]:
        """The rows as pyoxigraph terms, in column order."""
        return self.answer.rows.rows if self.answer.rows is not None else []

    @property
    def boolean(self) -> bool | None:
        return self.answer.boolean

    @property
    def truncated(self) -> bool:
        """True when the row limit stopped the reading early."""
        return self.answer.truncated

    def __iter__(self) -> Iterator[dict[str, str | None]]:
        columns = self.columns
        for row in self.terms:
            yield {c: _text(t) for c, t in zip(columns, row, strict=True)}

    def __len__(self) -> int:
        return len(self.terms)

    def to_pandas(self) -> Any:
        """The rows as a pandas DataFrame; columns holding only numbers are numeric.

        Raises:
            ImportError: pandas is not installed (``pip install 'dkg[pandas]'``).
        """
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install 'dkg[pandas]'") from None
        frame = pd.DataFrame(list(self), columns=self.columns)
        for i, column in enumerate(self.columns):
            if self.terms and all(_numeric(row[i]) for row in self.terms):
                frame[column] = pd.to_numeric(frame[column])
        return frame


def _text(term: Term | None) -> str | None:
    from kg.export import csv_text

    return None if term is None else csv_text(term)


def _numeric(term: Term | None) -> bool:
    datatype = getattr(term, "datatype", None)
    return term is not None and datatype is not None and datatype.value in _NUMERIC


class Graph:
    """One store (a folder or a SPARQL server), with the data files (ontology, shapes, queries) of ``settings``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def store_dir(self) -> Path | Endpoints:
        return self.settings.store_dir

    def __repr__(self) -> str:
        return f"kg.open({str(self.store_dir)!r})"

    def build(
        self,
        paths: Iterable[str | Path],
        *,
        force: bool = False,
        keep_failing: bool = False,
        prune: bool = False,
        max_size: int | None = None,
        wait: float | None = None,
        workers: int | None = None,
        cluster: str | None = None,
        on_start: Callable[[int], None] = lambda total: None,
        on_article: Callable[[str], None] = lambda path: None,
    ) -> BuildReport:
        """Read articles (files or folders) into the store, holding its writer lock; the build report.

        ``wait``: when another command writes the store, None fails at once, 0 waits until it is
        free, a number waits at most that many seconds. ``workers``: local processes that read,
        extract and validate (None: one per core, or this process alone for fewer than 16
        inputs). ``cluster``: the address of a Dask scheduler whose workers do that instead.

        >>> kg.open(".kg").build(["news/"], workers=2)                      # doctest: +SKIP
        >>> kg.open(".kg").build(["news/"], cluster="tcp://10.0.0.5:8786")  # doctest: +SKIP

        Raises:
            StoreError: the store cannot be opened, or another command is writing it.
            OntologyError: the ontology or shapes cannot be read.
            ClusterError: the Dask scheduler cannot be reached, or has no usable worker.
            ValueError: both ``workers`` and ``cluster``, or fewer than one worker.
        """
        from kg import lock
        from kg.pipeline import build

        settings = self.settings if max_size is None else replace(self.settings, max_article_bytes=max_size)
        with lock.writer_lock(settings.store_dir, wait=wait):
            return build(
                [Path(p) for p in paths],
                settings,
                force=force,
                store_failing=keep_failing,
                prune=prune,
                on_start=on_start,
                on_article=on_article,
                workers=workers,
                cluster=cluster,
            )

    def query(
        self,
        name: str,
        /,
        *,
        params: dict[str, str] | None = None,
        timeout: float | None = None,
        limit: int | None = DEFAULT_LIMIT,
        **named: str,
    ) -> Result:
        """A saved query by name (or a .rq file), its parameters resolved by label as ``kg query`` does.

        Parameters are keyword arguments, or ``params`` for names that are Python keywords
        (``params={"from": "2025"}``). ``timeout``: None runs the query in this process; a number
        of seconds runs it in a worker process stopped after that long (0: no deadline).

        Raises:
            QueryError: unknown query or parameter, a name matching no label, invalid SPARQL.
            QueryStopped: the deadline passed.
            StoreError: the store is missing or cannot be read.
        """
        return self._run(self._task(name=name, params={**(params or {}), **named}, limit=limit), timeout)

    def query_sparql(self, text: str, /, *, timeout: float | None = None, limit: int | None = DEFAULT_LIMIT) -> Result:
        """Ad-hoc read-only SPARQL; updates and SERVICE clauses are refused as ``kg query`` refuses them.

        Raises:
            QueryError: an update, a SERVICE clause, or invalid SPARQL.
            QueryStopped: the deadline passed.
            StoreError: the store is missing or cannot be read.
        """
        return self._run(self._task(expression=text, limit=limit), timeout)

    def export(self, out: str | Path | IO[bytes], *, format: str = "turtle", with_ontology: bool = False) -> None:
        """Write the graph to a file path (replaced only once complete) or a binary file object.

        ``format``: turtle, nt, nquads, trig, jsonld or xml.

        Raises:
            StoreError: the store is missing or cannot be read.
        """
        from kg.export import RDF_FORMATS, export
        from kg.store import open_store

        if format not in RDF_FORMATS:
            raise ValueError(f"unknown format {format!r}; use one of {', '.join(RDF_FORMATS)}")
        db = open_store(self.store_dir, read_only=True)
        context = self.settings.ontology_dir / "context.jsonld"
        options: dict[str, Any] = {"with_ontology": with_ontology, "context": context if context.is_file() else None}
        if not isinstance(out, str | Path):
            export(db, format, out, **options)
            return
        path = Path(out)
        tmp = path.with_name(path.name + ".part")
        with tmp.open("wb") as f:
            export(db, format, f, **options)
        tmp.replace(path)  # never leave a half-written export

    def _task(self, **fields: Any) -> QueryTask:
        from kg.worker import QueryTask

        return QueryTask(self.store_dir, self.settings.queries_dir, **fields)

    def _run(self, task: QueryTask, timeout: float | None) -> Result:
        from kg import worker

        if timeout is None:
            return Result(worker.execute(task))
        return Result(worker.run(task, timeout=timeout or None))
