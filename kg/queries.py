"""Saved SPARQL queries: header parsing, parameter binding by label, running on the store."""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store import Answer, Rows, Store, Term, answer_query, select

_HEADER = re.compile(r"^#\s*(title|description|param|example):\s*(.*)$")
# "# param: a — an actor: country, organization or person (Malaysia)"; an optional [type]
_PARAM = re.compile(
    r"^(?P<name>\w+)\s*(?:\[(?P<type>\w+)\])?\s*[—–-]+\s*(?P<meaning>.*?)\s*(?:\((?P<default>[^()]*)\))?$"
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_XSD_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
_LABEL_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?label WHERE {
  VALUES ?p { rdfs:label skos:prefLabel skos:altLabel skos:hiddenLabel }
  GRAPH ?g { ?x ?p ?label }
  FILTER (isIRI(?x))
}"""


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str  # resource | text | date | number
    meaning: str
    default: str | None  # None: required; "": optional, unbound when not given


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]
    text: str

    @classmethod
    def load(cls, path: Path) -> SavedQuery:
        """Read a .rq file and its header.

        Raises:
            QueryError: a param line does not follow "# param: name [type] — meaning (default)".
        """
        text = path.read_text(encoding="utf-8")
        fields: dict[str, list[str]] = {"title": [], "description": [], "param": [], "example": []}
        for line in text.splitlines():
            m = _HEADER.match(line.strip())
            if m:
                fields[m.group(1)].append(m.group(2).strip())
        params = tuple(_param(path, p) for p in fields["param"])
        return cls(
            name=path.stem,
            path=path,
            title=(fields["title"] or [path.stem])[0],
            description=" ".join(fields["description"]),
            params=params,
            examples=tuple(fields["example"]),
            text=text,
        )


def _param(path: Path, spec: str) -> Param:
    m = _PARAM.match(spec)
    if not m:
        raise QueryError(path, f"bad param line {spec!r}; expected 'name [type] — meaning (default)'")
    default = m.group("default")
    return Param(m.group("name"), m.group("type") or "resource", m.group("meaning"), default)


def saved_queries(queries_dir: Path) -> list[SavedQuery]:
    return [SavedQuery.load(p) for p in sorted(queries_dir.glob("*.rq"))]


def find_query(queries_dir: Path, name: str) -> SavedQuery:
    """A saved query by name, or a .rq file by path.

    Raises:
        QueryError: no such query (the message lists the closest names).
    """
    path = Path(name)
    if path.suffix == ".rq" and path.is_file():
        return SavedQuery.load(path)
    candidate = queries_dir / f"{name}.rq"
    if candidate.is_file():
        return SavedQuery.load(candidate)
    names = [q.name for q in saved_queries(queries_dir)]
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(names)}"
    raise QueryError(name, f"no such saved query{hint}")


def bind(store: Store, query: SavedQuery, given: dict[str, str]) -> dict[str, Term]:
    """Parameter values as RDF terms: names resolved through labels, dates and text as literals.

    Every value becomes one term built by pyoxigraph, which serializes it when it is bound; a
    value is never pasted into the query text.

    Raises:
        QueryError: an unknown parameter, a missing required one, a name that matches no label
            or several resources, an IRI that is not valid, or a date or number that is not one.
    """
    known = {p.name: p for p in query.params}
    for name in given:
        if name not in known:
            raise QueryError(query.name, f"unknown parameter {name!r}; parameters: {', '.join(known) or 'none'}")
    bound: dict[str, Term] = {}
    for p in query.params:
        value = given.get(p.name, p.default or None)
        if value is None:
            if p.default is None:
                raise QueryError(query.name, f"missing parameter {p.name!r} ({p.meaning})")
            continue
        bound[p.name] = _term(store, query.name, p, value)
    return bound


def _term(store: Store, query: str, p: Param, value: str) -> Term:
    if p.type == "resource":
        return _resource(store, query, p.name, value)
    if p.type == "number":
        if not _NUMBER.match(value):
            raise QueryError(query, f"parameter {p.name!r}: {value!r} is not a number")
        return ox.Literal(value, datatype=_XSD_DECIMAL)
    if p.type == "date" and not _is_date(value):
        raise QueryError(query, f"parameter {p.name!r}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return ox.Literal(value)


def _is_date(value: str) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real year, month or day."""
    if not _DATE.match(value):
        return False
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _resource(store: Store, query: str, param: str, value: str) -> ox.NamedNode:
    if value.startswith(("http://", "https://", "<")):
        return _iri(query, param, value)
    exact = _exact_label_hits(store, value)
    if len(exact) == 1:
        return ox.NamedNode(exact.pop())
    return _resolve(query, param, value, _label_index(store))


def _iri(query: str, param: str, value: str) -> ox.NamedNode:
    """An IRI given as ``http://...`` or ``<http://...>``; pyoxigraph refuses anything else."""
    inner = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    try:
        return ox.NamedNode(inner)
    except ValueError as e:
        raise QueryError(query, f"parameter {param}={value!r} is not a valid IRI ({e})") from None


_LABEL_LOOKUP = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x WHERE {
  VALUES ?p { rdfs:label skos:prefLabel skos:altLabel skos:hiddenLabel }
  GRAPH ?g { ?x ?p ?label }
  FILTER (isIRI(?x))
}"""


def _exact_label_hits(store: Store, value: str) -> set[str]:
    """Resources labelled exactly ``value`` in a common casing, found by index lookups; the full
    case-insensitive label scan runs only when this finds nothing or several."""
    hits: set[str] = set()
    for text in {value, value.title(), value.upper(), value.lower(), value[:1].upper() + value[1:]}:
        for lang in ("en", "id", None):
            label = ox.Literal(text, language=lang) if lang else ox.Literal(text)
            hits.update(
                row[0].value for row in select(store, _LABEL_LOOKUP, {"label": label}).rows if row[0] is not None
            )
    return hits


def _label_index(store: Store) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for x, label in select(store, _LABEL_QUERY).rows:
        assert x is not None and label is not None
        index.setdefault(label.value.casefold(), set()).add(x.value)
    return index


def _resolve(query: str, param: str, value: str, labels: dict[str, set[str]]) -> ox.NamedNode:
    hits = labels.get(value.casefold(), set())
    if len(hits) == 1:
        return ox.NamedNode(next(iter(hits)))
    if len(hits) > 1:
        preferred = [h for h in hits if "/id/country/" in h or "/id/org/" in h or "/id/person/" in h]
        if len(preferred) == 1:
            return ox.NamedNode(preferred[0])
        raise QueryError(query, f"parameter {param}={value!r} is ambiguous: {', '.join(sorted(hits)[:5])}")
    close = difflib.get_close_matches(value.casefold(), list(labels), n=5, cutoff=0.6)
    hint = f"; closest labels: {', '.join(close)}" if close else ""
    raise QueryError(query, f"parameter {param}={value!r} matches no label{hint}")


def run(store: Store, query: SavedQuery, given: dict[str, str]) -> Rows:
    """Rows of a saved query, its parameters bound as RDF terms.

    Raises:
        QueryError: bad parameters (see ``bind``), or the query is not a SELECT.
    """
    rows = answer(store, query, given).rows
    if rows is None:
        raise QueryError(query.name, "only SELECT queries can be shown as rows")
    return rows


def answer(store: Store, query: SavedQuery, given: dict[str, str], *, limit: int | None = None) -> Answer:
    """The answer of a saved query, its parameters bound as RDF terms, at most ``limit`` rows.

    The engine binds only variables the query projects, so every saved query projects its
    parameters; they are dropped here, as the analyst already knows what was asked.
    """
    found = answer_query(store, query.text, bind(store, query, given), source=str(query.path), limit=limit)
    if found.rows is None:
        return found
    rows, params = found.rows, {p.name for p in query.params}
    keep = [i for i, c in enumerate(rows.columns) if c not in params]
    if len(keep) == len(rows.columns):
        return found
    kept = Rows([rows.columns[i] for i in keep], [[row[i] for i in keep] for row in rows.rows])
    return Answer(rows=kept, truncated=found.truncated)


def resolve_name(store: Store, value: str, *, what: str = "name") -> ox.NamedNode:
    """A resource by IRI or by label (English or Indonesian, any case).

    Raises:
        QueryError: no resource has that label, or several do (the error lists candidates).
    """
    return _resource(store, what, what, value)
