"""Errors raised by the core. Each one renders as one line: "<path>: <problem>"."""

from __future__ import annotations


class KgError(Exception):
    """A problem with one file or resource; ``str()`` is a single line naming it first."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


class InputError(KgError):
    """An article that cannot be read: missing, empty, binary or wrongly encoded."""


class OntologyError(KgError):
    """The ontology cannot be read or lacks what the extractor needs."""


class ShapeError(KgError):
    """An article's graph does not conform to the SHACL shapes."""


class QueryError(KgError):
    """A saved or ad-hoc query is malformed, refused or given bad parameters."""


class StoreError(KgError):
    """The store cannot be opened or written."""


class QueryStopped(QueryError):
    """A query that was stopped before it finished: past its --timeout, or interrupted (Ctrl-C)."""


class ClusterError(KgError):
    """A Dask cluster that cannot be reached or used: no scheduler, no worker, another dkg version."""
