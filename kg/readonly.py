"""What `kg query` agrees to run: one SPARQL query that reads the store and nothing else.

The text is parsed with rdflib's SPARQL grammar before it runs, so a keyword inside a string
literal or an IRI is only text. Refused: updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE,
COPY, MOVE, ADD), which could change the store or read files and URLs, and SERVICE clauses,
which Oxigraph would send to another endpoint. FROM and FROM NAMED only pick graphs of the
store (Oxigraph fetches nothing for them), so they are allowed.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.errors import QueryError

# parse-tree node name → why it is refused
REFUSED = {
    "ServiceGraphPattern": "SERVICE clauses are refused: {who} does not contact other endpoints",
}
FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct", "DescribeQuery": "describe"}
UPDATE_REFUSED = "updates are refused: {who} is read-only"


def check(sparql: str, source: str, *, who: str = "kg query") -> str:
    """The query form ("select", "ask", "construct" or "describe") of a query safe to run.

    ``who`` names the command in the message ("kg query", "kg serve").

    Raises:
        QueryError: the text is an update, holds a SERVICE clause, or does not parse.

    >>> check('SELECT ?x WHERE { BIND("SERVICE and DROP" AS ?x) }', "-e")
    'select'
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(sparql)
    except ParseException as e:
        raise QueryError(source, _unparsed(sparql, e, who)) from None
    for name in _node_names(tree):
        if name in REFUSED:
            raise QueryError(source, REFUSED[name].format(who=who))
    return next(FORMS[n] for n in _node_names(tree) if n in FORMS)


def _unparsed(sparql: str, error: Exception, who: str) -> str:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(sparql)
    except ParseException:
        return f"invalid SPARQL ({_one_line(error)})"
    return UPDATE_REFUSED.format(who=who)


def _node_names(tree: object) -> Iterator[str]:
    """The names of every parse-tree node (rdflib CompValue), depth first."""
    name = getattr(tree, "name", None)
    if isinstance(name, str):
        yield name
    if isinstance(tree, dict):
        for value in tree.values():
            yield from _node_names(value)
    elif isinstance(tree, list | tuple) or type(tree).__name__ == "ParseResults":
        for item in tree:  # type: ignore[attr-defined]
            yield from _node_names(item)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
