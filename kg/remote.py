"""A SPARQL 1.1 server as the store (Oxigraph server, Virtuoso, ...), over HTTP.

``RemoteStore`` answers the calls that kg.store makes on a pyoxigraph ``Store`` (``query``,
``update``, ``named_graphs``, ``quads_for_pattern``, ``dump``, ``extend``, ...), so every command
works on either store through the helpers of kg.store. Queries go to the server's SPARQL query
endpoint, updates to its update endpoint, and whole graphs are read and replaced through its
Graph Store Protocol endpoint (one PUT per graph: a rebuild replaces, never duplicates).

On a server that holds other data too, kg sees only the named graphs under
``https://w3id.org/dkg/``: those it writes. Loaded only for a remote store (kg.store.open_store).
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

import httpx
import pyoxigraph as ox

from kg.endpoints import KG_GRAPHS, PASSWORD_ENV, USER_ENV, Endpoints

TIMEOUT_SECONDS = 300.0  # a whole-store query on a large server takes minutes, not hours
_RESULTS = "application/sparql-results+json"
_TRIPLES = "application/n-triples"
_TURTLE = {"Content-Type": "text/turtle; charset=utf-8"}  # N-Triples is Turtle, which every server reads
_IN_KG_GRAPH = f'FILTER (STRSTARTS(STR(?g), "{KG_GRAPHS}"))'


class RemoteStore:
    """A SPARQL 1.1 server, spoken to as kg.store speaks to a pyoxigraph Store.

    Errors are those pyoxigraph raises, so kg.store turns them into one line the same way:
    ``SyntaxError`` for a request the server calls malformed, ``OSError`` for anything else
    (unreachable, refused credentials, a server error), each naming the endpoint.
    """

    def __init__(self, endpoints: Endpoints, env: Mapping[str, str]) -> None:
        self.endpoints = endpoints
        user, password = env.get(USER_ENV), env.get(PASSWORD_ENV)
        auth = _ChallengeAuth(user, password or "") if user else None
        self._client = httpx.Client(auth=auth, timeout=TIMEOUT_SECONDS)

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoints.url!r})"

    # -- queries ------------------------------------------------------------------------
    def query(
        self,
        query: str,
        *,
        use_default_graph_as_union: bool = False,
        default_graph: ox.NamedNode | None = None,
    ) -> Any:
        """Solutions, a boolean or triples, as pyoxigraph's ``Store.query`` gives them.

        The default graph is the server's own (Virtuoso's is the union of all graphs, Oxigraph
        server's is not unless started with --union-default-graph): kg's queries name their
        graphs, so ``use_default_graph_as_union`` asks nothing of the server.
        """
        form: dict[str, str] = {"query": query}
        if default_graph is not None:
            form["default-graph-uri"] = default_graph.value
        headers = {"Accept": f"{_RESULTS}, {_TRIPLES};q=0.9"}
        response = self._send("POST", self.endpoints.query, data=form, headers=headers)
        media = response.headers.get("content-type", "").split(";")[0].strip()
        rdf = ox.RdfFormat.from_media_type(media)
        if rdf is not None:
            return (q.triple for q in ox.parse(response.content, rdf))
        return _results(response.content, media, self.endpoints.query)

    def named_graphs(self) -> list[ox.NamedNode]:
        rows = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_IN_KG_GRAPH} }}")
        return [row["g"] for row in rows]

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | None,
        predicate: ox.NamedNode | None,
        object: ox.NamedNode | ox.Literal | None,  # noqa: A002 (pyoxigraph's name)
        graph_name: ox.NamedNode | None = None,
    ) -> Iterator[ox.Quad]:
        """The quads of kg's named graphs that match; a whole graph is read in one GET."""
        if subject is None and predicate is None and object is None and graph_name is not None:
            yield from (ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in self._graph(graph_name.value))
            return
        given = {"s": subject, "p": predicate, "o": object, "g": graph_name}
        values = " ".join(f"VALUES ?{k} {{ {v} }}" for k, v in given.items() if v is not None)
        rows = self.query(f"SELECT ?s ?p ?o ?g WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} {_IN_KG_GRAPH} }}")
        for row in rows:
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def linked(self, iris: Iterable[str], skip: set[str]) -> set[str]:
        """Those of ``iris`` that a kg graph outside ``skip`` names as subject, or as object other
        than a class: one query for all (kg.store.linked asks an embedded store per IRI)."""
        iris = list(iris)
        if not iris:
            return set()
        values = " ".join(f"<{iri}>" for iri in iris)
        skipped = ", ".join(f"<{g}>" for g in sorted(skip)) or "<urn:none>"
        rows = self.query(
            f"SELECT DISTINCT ?x WHERE {{ VALUES ?x {{ {values} }} "
            "{ GRAPH ?g { ?x ?p ?o } } UNION "
            "{ GRAPH ?g { ?s ?p ?x } FILTER (?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) } "
            f"{_IN_KG_GRAPH} FILTER (?g NOT IN ({skipped})) }}"
        )
        return {row["x"].value for row in rows}

    def __len__(self) -> int:
        rows = list(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_IN_KG_GRAPH} }}"))
        return int(rows[0]["n"].value)

    def dump(
        self,
        output: IO[bytes] | None = None,
        format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES,  # noqa: A002 (pyoxigraph's name)
        *,
        from_graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph,
    ) -> bytes | None:
        """One graph in ``format``, serialized by pyoxigraph whatever the server wrote (kg keeps
        nothing in a server's default graph)."""
        triples = self._graph(from_graph.value) if isinstance(from_graph, ox.NamedNode) else []
        return ox.serialize(triples, output, format)

    # -- writes -------------------------------------------------------------------------
    def update(self, update: str) -> None:
        headers = {"Content-Type": "application/sparql-update"}
        self._send("POST", self.endpoints.update, content=update.encode("utf-8"), headers=headers)

    def replace_graphs(self, graphs: Sequence[tuple[str, str]]) -> None:
        """Replace each graph with its N-Triples text, one PUT each (an empty one is deleted)."""
        for graph, body in graphs:
            if body.strip():
                self._send(
                    "PUT", self.endpoints.graph_store, params={"graph": graph}, content=body.encode(), headers=_TURTLE
                )
            else:
                self._send("DELETE", self.endpoints.graph_store, params={"graph": graph}, missing_ok=True)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads: one POST of each graph's triples (blank nodes included, which Virtuoso
        refuses in INSERT DATA)."""
        by_graph: dict[str, list[ox.Triple]] = {}
        for q in quads:
            if not isinstance(q.graph_name, ox.NamedNode):
                raise OSError("a remote store holds named graphs only")
            by_graph.setdefault(q.graph_name.value, []).append(q.triple)
        for graph, triples in by_graph.items():
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            self._send("POST", self.endpoints.graph_store, params={"graph": graph}, content=body, headers=_TURTLE)

    def add(self, quad: ox.Quad) -> None:
        self.extend([quad])

    def load(self, *, path: str, format: ox.RdfFormat, to_graph: ox.NamedNode | None = None) -> None:  # noqa: A002
        """Add an RDF file's triples to ``to_graph`` (parsed here, so a syntax error names the file)."""
        if to_graph is None:
            raise OSError("a remote store holds named graphs only")
        self.extend(ox.Quad(q.subject, q.predicate, q.object, to_graph) for q in ox.parse(path=path, format=format))

    def flush(self) -> None:
        """Nothing to do: the server has written each request when it answered."""

    def close(self) -> None:
        self._client.close()

    # -- HTTP ---------------------------------------------------------------------------
    def ping(self) -> None:
        """Raises OSError: the query endpoint does not answer a trivial query."""
        self._send("POST", self.endpoints.query, data={"query": "ASK {}"}, headers={"Accept": _RESULTS})

    def _graph(self, graph: str) -> list[ox.Triple]:
        """A whole graph through the Graph Store Protocol (nothing when the server has no such graph)."""
        headers = {"Accept": _TRIPLES}
        response = self._send(
            "GET", self.endpoints.graph_store, params={"graph": graph}, headers=headers, missing_ok=True
        )
        if response.status_code == 404:
            return []
        media = response.headers.get("content-type", _TRIPLES).split(";")[0].strip()
        rdf = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
        return [q.triple for q in ox.parse(response.content, rdf)]

    def _send(self, method: str, url: str, *, missing_ok: bool = False, **request: Any) -> httpx.Response:
        try:
            response = self._client.request(method, url, **request)
        except httpx.HTTPError as e:
            raise OSError(f"cannot reach the SPARQL server ({method} {url}: {_reason(e)})") from None
        status = response.status_code
        if status < 300 or (missing_ok and status == 404):
            return response
        message = _first_line(response.text) or response.reason_phrase
        if status in (401, 403):
            raise PermissionError(
                f"the SPARQL server refused {method} {url} (HTTP {status}); set {USER_ENV} and {PASSWORD_ENV}"
            )
        if status == 400:
            raise SyntaxError(message)
        raise OSError(f"the SPARQL server failed {method} {url} (HTTP {status}: {message})")


def connect(endpoints: Endpoints, env: Mapping[str, str]) -> RemoteStore:
    """A store on the server, checked to answer.

    Raises:
        OSError: the server cannot be reached or does not answer a query.
    """
    store = RemoteStore(endpoints, env)
    try:
        store.ping()
    except (OSError, SyntaxError):
        store.close()
        raise
    return store


def _results(body: bytes, media: str, url: str) -> ox.QuerySolutions | ox.QueryBoolean:
    """Solutions or a boolean from a SPARQL results document."""
    fmt = ox.QueryResultsFormat.from_media_type(media) or ox.QueryResultsFormat.JSON
    try:
        results = ox.parse_query_results(body, fmt)
    except SyntaxError as e:
        raise OSError(f"{url} answered with no SPARQL results document ({_first_line(str(e))})") from None
    if isinstance(results, ox.QuerySolutions) and [v.value for v in results.variables] == ["__ASK_RETVAL"]:
        # Virtuoso answers ASK as one row holding 1 (or no row) instead of a boolean
        found = any(str(row["__ASK_RETVAL"].value) == "1" for row in results)  # type: ignore[union-attr]
        return ox.parse_query_results(json.dumps({"head": {}, "boolean": found}).encode(), ox.QueryResultsFormat.JSON)  # type: ignore[return-value]
    return results


def _reason(error: Exception) -> str:
    text = _first_line(str(error))
    return text or type(error).__name__


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0][:300] if lines else ""


class _ChallengeAuth(httpx.Auth):
    """HTTP Basic or Digest authentication, whichever the server's first 401 asks for
    (Virtuoso's -auth endpoints ask for Digest)."""

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.chosen: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.chosen is not None:
            yield from self.chosen.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        scheme = response.headers.get("www-authenticate", "").split(" ", 1)[0].lower()
        digest = scheme == "digest"
        self.chosen = (
            httpx.DigestAuth(self.user, self.password) if digest else httpx.BasicAuth(self.user, self.password)
        )
        yield from self.chosen.auth_flow(request)
