"""The server's HTML: the analysts' page (saved queries, SPARQL editor, results, network and
timeline) and a saved query's rows as a table.

Rendered on the server from plain strings, every value escaped. The page works without scripts
(each form is an ordinary GET or POST); the scripts in the package's static folder run the queries in
place, sort the tables and draw the views. Nothing is loaded from outside the server.
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import urlencode

from kg.export import DISPLAY_PREFIXES, compact
from kg.queries import SavedQuery
from kg.store import Rows

# the page's files under /static/, in load order: libraries first, then the page's own scripts
INDEX_STYLES = ("vendor/codemirror/codemirror.min.css", "style.css")
INDEX_SCRIPTS = (
    "vendor/codemirror/codemirror.min.js",
    "vendor/codemirror/sparql.min.js",
    "vendor/codemirror/matchbrackets.min.js",
    "vendor/vis-network/vis-network.min.js",
    "table.js",
    "views.js",
    "page.js",
)
EXAMPLE_SPARQL = """PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?meeting ?label ?day WHERE {
  ?meeting a dkg:Summit ; rdfs:label ?label ; dkg:firstDay ?day .
  FILTER (LANGMATCHES(LANG(?label), "en"))
}
ORDER BY ?day"""


def page(title: str, body: str, *, styles: tuple[str, ...] = ("style.css",), scripts: tuple[str, ...] = ()) -> bytes:
    links = "".join(f"<link rel=stylesheet href=/static/{name}>" for name in styles)
    tags = "".join(f"<script src=/static/{name} defer></script>" for name in scripts)
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width, initial-scale=1'>"
        "<link rel=icon href='data:,'>"  # no icon to fetch
        f"<title>{escape(title)}</title>{links}{tags}</head>\n"
        f"<body>\n{body}\n</body></html>\n"
    ).encode()


def index(queries: list[SavedQuery]) -> bytes:
    """The analysts' page: a form per saved query, the SPARQL editor, the results table and the views."""
    saved = "\n".join(f"<section class=saved-query>{_form(q, {})}</section>" for q in queries)
    body = f"""<header><h1>dkg</h1><p>Diplomatic news as a knowledge graph: ask a saved question or write
SPARQL, then read the answers with the sentences they come from.</p>
<nav><a href=#sparql>SPARQL</a> <a href=#results>Results</a> <a href=#network>Network</a>
<a href=#timeline>Timeline</a></nav></header>
<div class=layout>
<aside id=saved><h2>Saved queries</h2>
{saved}
</aside>
<main>
{_editor()}
<section id=results aria-live=polite><h2>Results</h2>
<p id=status class=status>Run a saved query or SPARQL to see its rows here; click a column header to sort.</p>
<div class=table-wrap><table id=results-table class="results sortable"></table></div>
<pre id=graph-text hidden></pre></section>
{_views()}
</main></div>
<script type=application/json id=prefixes>{_json_in_html(DISPLAY_PREFIXES)}</script>"""
    return page("dkg", body, styles=INDEX_STYLES, scripts=INDEX_SCRIPTS)


def _editor() -> str:
    return (
        "<section id=sparql><h2>SPARQL</h2>"
        "<form action=/sparql method=post class=sparql>"
        f"<textarea name=query id=sparql-text rows=8 spellcheck=false>{escape(EXAMPLE_SPARQL)}</textarea>"
        "<p><button>Run</button> <small>Ctrl-Enter runs; read-only: updates and SERVICE are refused.</small>"
        "</p></form></section>"
    )


def _views() -> str:
    focus = "<label class=focus><input type=checkbox class=focus-results> only what the results name</label>"
    return (
        f"<section id=network class=view><h2>Network</h2>{focus}<p class=view-status>Loading…</p>"
        "<ul class=legend></ul><div id=network-canvas class=canvas></div></section>\n"
        f"<section id=timeline class=view><h2>Timeline</h2>{focus}<p class=view-status>Loading…</p>"
        "<div id=timeline-chart></div></section>"
    )


def _json_in_html(data: object) -> str:
    """JSON safe inside a <script> element: no "</" can end it early."""
    return json.dumps(data).replace("</", "<\\/")


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
        f"<form action=/queries/{escape(query.name)} method=get class=saved data-query={_attr(query.name)}>"
        f"{fields}<button>Ask</button></form>"
    )


def _attr(value: str) -> str:
    return '"' + escape(value, quote=True) + '"'


def table(query: SavedQuery, given: dict[str, str], rows: Rows, *, truncated: bool) -> bytes:
    """A saved query's rows as a plain table (labels, dates, evidence quotes), with its form above."""
    head = "".join(f"<th>{escape(c)}</th>" for c in rows.columns)  # table.js makes them sort buttons
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
        f"<p>{len(rows.rows)} rows{note} · {links}</p>\n"
        f"<table class=sortable><thead><tr>{head}</tr></thead>\n<tbody>{body}</tbody>\n</table>",
        scripts=("table.js",),
    )


def error(status: int, message: str) -> bytes:
    return page(f"{status}", f"<p><a href=/>all queries</a></p><p class=error>{escape(message)}</p>")
