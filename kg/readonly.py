"""What `kg query` agrees to run: one SPARQL query that reads the store and nothing else.

The text is cut into SPARQL tokens before it runs, so a keyword inside a string literal, an IRI
or a comment is only text, and then parsed by Oxigraph's own SPARQL parser (on an empty store,
where nothing is read). Refused: updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, COPY, MOVE,
ADD), which could change the store or read files and URLs, and SERVICE clauses, which Oxigraph
would send to another endpoint. FROM and FROM NAMED only pick graphs of the store (Oxigraph
fetches nothing for them), so they are allowed. rdflib's parser did this before; it took half a
second of every cold `kg query` to import and run.
"""

from __future__ import annotations

import re

from kg.errors import QueryError

SERVICE_REFUSED = "SERVICE clauses are refused: {who} does not contact other endpoints"
UPDATE_REFUSED = "updates are refused: {who} is read-only"
FORMS = ("select", "ask", "construct", "describe")
UPDATES = {"insert", "delete", "load", "clear", "drop", "create", "copy", "move", "add", "with"}

# One SPARQL token at a time: what can hold a keyword as text (comments, strings, IRIs, variables,
# prefixed names, language tags) is matched whole, so only the bare words are keywords.
_TOKEN = re.compile(
    r"""
      \#[^\r\n]*                                    # a comment
    | '''(?:[^'\\]|\\.|'(?!''))*'''                 # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\r\n]|\\.)*'                         # short strings
    | "(?:[^"\\\r\n]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>                      # an IRI
    | [?$]\w+                                       # a variable
    | @[A-Za-z]+(?:-[A-Za-z0-9]+)*                  # a language tag
    | (?:[A-Za-z_][\w.-]*)?:[\w.:%-]*               # a prefixed name (or a blank node's _:b)
    | (?P<word>[A-Za-z_]\w*)                        # a bare word: a keyword, or a function's name
    | [\s\S]                                        # anything else, one character
    """,
    re.VERBOSE,
)


def check(sparql: str, source: str, *, who: str = "kg query") -> str:
    """The query form ("select", "ask", "construct" or "describe") of a query safe to run.

    ``who`` names the command in the message ("kg query", "kg serve").

    Raises:
        QueryError: the text is an update, holds a SERVICE clause, or does not parse.

    >>> check('SELECT ?x WHERE { BIND("SERVICE and DROP" AS ?x) }', "-e")
    'select'
    """
    words = _keywords(sparql)
    if "service" in words:
        raise QueryError(source, SERVICE_REFUSED.format(who=who))
    first = next((w for w in words if w not in ("prefix", "base")), "")
    if first in UPDATES:
        raise QueryError(source, UPDATE_REFUSED.format(who=who))
    _parse(sparql, source)
    if first not in FORMS:  # Oxigraph took it, so this cannot happen; kept as a guard
        raise QueryError(source, "invalid SPARQL (no SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return first


def _keywords(sparql: str) -> list[str]:
    """The bare words of the text, lower-cased, in order."""
    return [m.group("word").lower() for m in _TOKEN.finditer(sparql) if m.group("word")]


def _parse(sparql: str, source: str) -> None:
    """Oxigraph's parser on the text; the results (of an empty store) are never read."""
    import pyoxigraph as ox

    try:
        ox.Store().query(sparql)
    except SyntaxError as e:
        raise QueryError(source, f"invalid SPARQL ({_one_line(e)})") from None


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
