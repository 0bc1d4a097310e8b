"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint and the saved queries as URLs.

Routes: ``/sparql`` (GET ``query=``, POST form or ``application/sparql-query``), ``/queries``
(the saved queries, JSON), ``/queries/NAME[.html|.json|.csv]?param=value`` (a saved query's
rows, parameters resolved by label as ``kg query --param`` resolves them), ``/graph/network.json``
and ``/graph/timeline.json`` (what the page's network and timeline views draw, from the queries
``kg viz`` draws), ``/static/...`` (the page's files, from the package) and ``/`` (the analysts'
page). Every query runs in a pooled worker process with a deadline and a row limit; updates and
SERVICE clauses are refused before anything runs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg import results, serve_html, viz
from kg.errors import KgError, QueryError, QueryStopped
from kg.pool import Pool
from kg.queries import SavedQuery, find_query, saved_queries
from kg.settings import Settings
from kg.store import Answer, Rows
from kg.worker import QueryTask

WHO = "kg serve"
STATIC = Path(__file__).resolve().parent / "static"
_SAVED = re.compile(r"^/queries/(?P<name>[A-Za-z0-9_-]+)(?:\.(?P<ext>html|json|csv))?$")
_MAX_BODY = 1024 * 1024
_STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    "": "text/plain; charset=utf-8",  # LICENSE
}
# each view: the query kg viz draws it from, and how its rows become the JSON the page reads
_VIEWS: dict[str, tuple[str, Callable[[Rows], dict]]] = {
    "/graph/network.json": (viz.EDGES, viz.network_data),
    "/graph/timeline.json": (viz.MEETINGS, viz.timeline_data),
}


class HttpError(Exception):
    """A request answered with an error status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Endpoint:
    """What the server answers from: the store and saved queries, the deadline and row limit."""

    settings: Settings
    timeout: float | None
    limit: int | None
    pool: Pool
    log: Callable[[str], None] = lambda line: None

    def answer(self, task: QueryTask) -> Answer:
        """Raises HttpError: 400 bad query or parameter, 403 refused, 404 no such query, 503 deadline."""
        try:
            return self.pool.run(task, timeout=self.timeout)
        except KgError as e:
            raise HttpError(_status(e), str(e)) from None

    def task(self, **fields: object) -> QueryTask:
        return QueryTask(self.settings.store_dir, self.settings.queries_dir, limit=self.limit, **fields)  # type: ignore[arg-type]


def _status(error: KgError) -> int:
    if isinstance(error, QueryStopped):
        return 503
    if isinstance(error, QueryError):
        if "refused" in error.problem:
            return 403
        return 404 if "no such saved query" in error.problem else 400
    return 500


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], endpoint: Endpoint) -> None:
        super().__init__(address, Handler)
        self.endpoint = endpoint

    def server_close(self) -> None:
        super().server_close()
        self.endpoint.pool.close()


def make_server(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    timeout: float | None = 30.0,
    limit: int | None = 100_000,
    workers: int = 2,
    log: Callable[[str], None] = lambda line: None,
) -> Server:
    """A server bound to ``host:port`` (0: a free port), not yet serving: call ``serve_forever()``.

    Raises:
        StoreError: no store at ``settings.store_dir``.
        OSError: the address is taken.
    """
    from kg.store import open_store

    open_store(settings.store_dir, read_only=True)  # fail now, not on the first request
    return Server((host, port), Endpoint(settings, timeout, limit, Pool(workers), log))


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        self.server.endpoint.log(f"{self.address_string()} {format % args}")

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._dispatch(lambda: self._get(urlsplit(self.path)))

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch(self._post)

    def _dispatch(self, route: Callable[[], tuple[int, bytes, str, dict[str, str]]]) -> None:
        try:
            status, body, ctype, headers = route()
        except HttpError as e:
            status, headers = e.status, {}
            body, ctype = self._error_body(e.status, str(e))
        self.send_response(status)
        for key, value in {"Content-Type": ctype, "Content-Length": str(len(body)), **headers}.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _error_body(self, status: int, message: str) -> tuple[bytes, str]:
        if self.path.startswith("/queries/") and ".json" not in self.path and ".csv" not in self.path:
            return serve_html.error(status, message), "text/html; charset=utf-8"
        return f"Error: {message}\n".encode(), "text/plain; charset=utf-8"

    @property
    def endpoint(self) -> Endpoint:
        return self.server.endpoint

    def _get(self, url: object) -> tuple[int, bytes, str, dict[str, str]]:
        path, query = url.path, parse_qs(url.query)  # type: ignore[attr-defined]
        if path == "/":
            return 200, serve_html.index(self._saved()), "text/html; charset=utf-8", {}
        if path.startswith("/static/"):
            return _static(path)
        if path in _VIEWS:
            return self._view(*_VIEWS[path])
        if path == "/sparql":
            return self._sparql(_one(query, "query"), query.get("format", []))
        if path in ("/queries", "/queries.json"):
            return 200, _listing(self._saved()), "application/json; charset=utf-8", {}
        saved = _SAVED.match(path)
        if saved:
            given = {k: v[-1] for k, v in query.items()}
            return self._saved_query(saved.group("name"), saved.group("ext") or "html", given)
        raise HttpError(404, f"{path}: not found; see / for the saved queries and /sparql for SPARQL")

    def _post(self) -> tuple[int, bytes, str, dict[str, str]]:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            raise HttpError(404, f"{url.path}: not found; POST queries to /sparql")
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        body = self._body()
        if ctype == "application/sparql-update":
            raise HttpError(403, f"update: updates are refused: {WHO} is read-only")
        if ctype == "application/sparql-query":
            return self._sparql(body, parse_qs(url.query).get("format", []))
        form = parse_qs(body)
        if "update" in form:
            raise HttpError(403, f"update: updates are refused: {WHO} is read-only")
        return self._sparql(_one(form, "query"), form.get("format", []) + parse_qs(url.query).get("format", []))

    def _body(self) -> str:
        size = int(self.headers.get("Content-Length") or 0)
        if size > _MAX_BODY:
            raise HttpError(413, f"the request body is over {_MAX_BODY} bytes")
        return self.rfile.read(size).decode("utf-8", "replace")

    def _sparql(self, text: str, formats: list[str]) -> tuple[int, bytes, str, dict[str, str]]:
        from kg.readonly import check

        if not text.strip():
            raise HttpError(400, "query: give a SPARQL query (query=...)")
        try:
            form = check(text, "query", who=WHO)
        except QueryError as e:
            raise HttpError(_status(e), str(e)) from None
        fmt = results.negotiate(self.headers.get("Accept", ""), formats, form in ("construct", "describe"))
        if fmt is None:
            raise HttpError(406, f"none of the accepted types ({self.headers.get('Accept')}) is a format we write")
        answer = self.endpoint.answer(self.endpoint.task(expression=text))
        return 200, results.serialize(answer, fmt), results.content_type(fmt), _truncated(answer)

    def _saved_query(self, name: str, ext: str, given: dict[str, str]) -> tuple[int, bytes, str, dict[str, str]]:
        from kg.export import rows_to_text

        saved = self._find(name)
        answer = self.endpoint.answer(self.endpoint.task(name=name, params=given))
        if answer.rows is None:
            raise HttpError(400, f"{name}: only SELECT queries are served as rows")
        if ext == "html":
            body = serve_html.table(saved, given, answer.rows, truncated=answer.truncated)
            return 200, body, "text/html; charset=utf-8", _truncated(answer)
        return 200, rows_to_text(answer.rows, ext).encode("utf-8"), results.content_type(ext), _truncated(answer)

    def _view(self, sparql: str, shape: Callable[[Rows], dict]) -> tuple[int, bytes, str, dict[str, str]]:
        answer = self.endpoint.answer(self.endpoint.task(expression=sparql))
        assert answer.rows is not None  # the view queries are SELECTs
        data = {**shape(answer.rows), "truncated": answer.truncated}
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return 200, body, "application/json; charset=utf-8", _truncated(answer)

    def _find(self, name: str) -> SavedQuery:
        try:
            return find_query(self.endpoint.settings.queries_dir, name)
        except QueryError as e:
            raise HttpError(404, str(e)) from None

    def _saved(self) -> list[SavedQuery]:
        return saved_queries(self.endpoint.settings.queries_dir)


def _static(path: str) -> tuple[int, bytes, str, dict[str, str]]:
    """A file of the package's static folder; nothing outside it, whatever the path says."""
    file = (STATIC / path.removeprefix("/static/")).resolve()
    if not file.is_relative_to(STATIC) or not file.is_file() or file.suffix not in _STATIC_TYPES:
        raise HttpError(404, f"{path}: not found")
    return 200, file.read_bytes(), _STATIC_TYPES[file.suffix], {}


def _one(query: dict[str, list[str]], key: str) -> str:
    values = query.get(key, [])
    if len(values) > 1:
        raise HttpError(400, f"{key}: given {len(values)} times; give it once")
    return values[0] if values else ""


def _truncated(answer: Answer) -> dict[str, str]:
    return {"X-Kg-Truncated": "true"} if answer.truncated else {}


def _listing(queries: list[SavedQuery]) -> bytes:
    data = [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "url": f"/queries/{q.name}",
            "params": [{"name": p.name, "type": p.type, "meaning": p.meaning, "default": p.default} for p in q.params],
        }
        for q in queries
    ]
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
