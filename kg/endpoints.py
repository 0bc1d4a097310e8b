"""Where a store is: a folder (the embedded store) or a SPARQL 1.1 server's URL and its endpoints.

Light on purpose: every command parses --store, and only a remote store loads the HTTP client.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

URL_SCHEMES = ("http://", "https://")
KG_GRAPHS = "https://w3id.org/dkg/"
QUERY_ENV, UPDATE_ENV, GRAPH_STORE_ENV = "KG_STORE_QUERY", "KG_STORE_UPDATE", "KG_STORE_GRAPH_STORE"
USER_ENV, PASSWORD_ENV = "KG_STORE_USER", "KG_STORE_PASSWORD"
# Endpoint paths by the URL's shape: Virtuoso serves /sparql (and its -auth twins, which take
# credentials); Oxigraph server, and the default, serves /query, /update and /store under its base.
_VIRTUOSO = ("", "-auth", "-graph-crud-auth")
_OXIGRAPH = ("/query", "/update", "/store")


def is_url(text: str) -> bool:
    return text.startswith(URL_SCHEMES)


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where a SPARQL 1.1 server answers: its query, update and Graph Store Protocol URLs.

    ``url`` is the address the user gave, which messages name.
    """

    url: str
    query: str
    update: str
    graph_store: str

    def __str__(self) -> str:
        return self.url

    @classmethod
    def of(cls, url: str, env: Mapping[str, str]) -> Endpoints:
        """The endpoints of the server at ``url``; ``KG_STORE_QUERY``, ``KG_STORE_UPDATE`` and
        ``KG_STORE_GRAPH_STORE`` in ``env`` override each (a path on the server, or a full URL).

        >>> Endpoints.of("http://127.0.0.1:7878", {}).graph_store
        'http://127.0.0.1:7878/store'
        >>> Endpoints.of("http://127.0.0.1:8890/sparql", {}).update
        'http://127.0.0.1:8890/sparql-auth'
        """
        base = url.rstrip("/")
        suffixes = _VIRTUOSO if base.endswith("/sparql") else _OXIGRAPH
        query, update, graph_store = (base + suffix for suffix in suffixes)
        return cls(
            url,
            _override(base, env.get(QUERY_ENV), query),
            _override(base, env.get(UPDATE_ENV), update),
            _override(base, env.get(GRAPH_STORE_ENV), graph_store),
        )


def _override(base: str, given: str | None, default: str) -> str:
    if not given:
        return default
    if is_url(given):
        return given
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}/{given.lstrip('/')}"


def location(text: str | Path | Endpoints, env: Mapping[str, str]) -> Path | Endpoints:
    """A store location as given on the command line: a server's URL, else a folder."""
    if isinstance(text, Endpoints):
        return text
    if isinstance(text, str) and is_url(text):
        return Endpoints.of(text, env)
    return Path(text)
