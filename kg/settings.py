"""Where the project's data files live, and the defaults. The one place that knows paths."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.endpoints import Endpoints, location

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    """An installed wheel carries kg/data/<name>; a source checkout has <root>/<name>."""
    installed = _PACKAGE / "data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


DEFAULT_STORE = ".kg"
DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024  # a long news article is 50 KB; 2 MB leaves room for pages
STORE_ENV = "KG_STORE"


def _store_from_environment() -> Path | Endpoints:
    """$KG_STORE (a folder or a SPARQL server's URL), else .kg."""
    return location(os.environ.get(STORE_ENV, DEFAULT_STORE), os.environ)


@dataclass(frozen=True, slots=True)
class Settings:
    """Locations of the ontology, shapes, queries and store; the largest article file read.

    ``store_dir`` is a folder (the embedded store) or a SPARQL server's endpoints.
    """

    ontology_dir: Path = field(default_factory=lambda: _data_dir("ontology"))
    shapes_dir: Path = field(default_factory=lambda: _data_dir("shapes"))
    queries_dir: Path = field(default_factory=lambda: _data_dir("queries"))
    patterns_dir: Path = _PACKAGE / "patterns"
    store_dir: Path | Endpoints = field(default_factory=lambda: _store_from_environment())
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES

    def ontology_files(self) -> list[Path]:
        """The ontology modules, in a stable order."""
        return sorted(self.ontology_dir.glob("*.ttl"))

    def shape_files(self) -> list[Path]:
        return sorted(self.shapes_dir.glob("*.ttl"))
