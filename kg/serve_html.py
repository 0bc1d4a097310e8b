"""The server's HTML: the start page listing the saved queries with forms, and a query's rows as a table.

Rendered on the server from plain strings, every value escaped; the one stylesheet ships in the package.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from kg.export import compact
from kg.queries import SavedQuery
from kg.store import Rows

STYLESHEET = "/static/style.css"


def page(title: str, body: str) -> bytes:
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        f"<title>{escape(title)}</title><link rel=stylesheet href={STYLESHEET}></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    ).encode()


def index(queries: list[SavedQuery]) -> bytes:
    """The start page: each saved query with a form for its parameters, and the SPARQL endpoint."""
    items = "\n".join(f"<section>{_form(q, {})}</section>" for q in queries)
    endpoint = (
        "<form action=/sparql method=get class=sparql><h2>SPARQL</h2>"
        "<textarea name=query rows=6 cols=80>SELECT * WHERE { ?s ?p ?o } LIMIT 10</textarea>"
        "<p><select name=format><option>json</option><option>xml</option><option>csv</option>"
        "<option>tsv</option></select> <button>Run</button></p></form>"
    )
    return page("dkg", f"<h1>dkg: saved queries</h1>\n{items}\n{endpoint}")


def _form(query: SavedQuery, given: dict[str, str]) -> str:
    fields = "".join(
        f"<label>{escape(p.name)} <input name={_attr(p.name)} value={_attr(given.get(p.name, ''))}"
        f" placeholder={_attr(p.default or '')} title={_attr(p.meaning)}{' required' if p.default is None else ''}>"
        "</label> "
        for p in query.params
    )
    return (
        f"<h2><a href=/queries/{escape(query.name)}>{escape(query.name)}</a></h2>"
        f"<p>{escape(query.title)}. {escape(query.description)}</p>"
        f"<form action=/queries/{escape(query.name)} method=get>{fields}<button>Ask</button></form>"
    )


def _attr(value: str) -> str:
    return '"' + escape(value, quote=True) + '"'


def table(query: SavedQuery, given: dict[str, str], rows: Rows, *, truncated: bool) -> bytes:
    """A saved query's rows as a plain table (labels, dates, evidence quotes), with its form above."""
    head = "".join(f"<th>{escape(c)}</th>" for c in rows.columns)
    body = "\n".join("<tr>" + "".join(f"<td>{escape(compact(t))}</td>" for t in row) + "</tr>" for row in rows.rows)
    search = urlencode(given)
    links = " ".join(
        f"<a href=/queries/{escape(query.name)}.{ext}{'?' + escape(search) if search else ''}>{ext.upper()}</a>"
        for ext in ("csv", "json")
    )
    note = "; stopped at the row limit" if truncated else ""
    return page(
        query.title,
        f"<p><a href=/>all queries</a></p>{_form(query, given)}"
        f"<p>{len(rows.rows)} rows{note} · {links}</p>\n<table><tr>{head}</tr>\n{body}\n</table>",
    )


def error(status: int, message: str) -> bytes:
    return page(f"{status}", f"<p><a href=/>all queries</a></p><p class=error>{escape(message)}</p>")
