"""RDF/XML entities are checked before parsing: none reads a file, none expands without bound."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.rdfxml import check_entities

RDF = (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
    '<rdf:Description rdf:about="http://example.org/a"><ex:p>{body}</ex:p></rdf:Description></rdf:RDF>'
)


def laughs(levels: int) -> str:
    """The "billion laughs" document: each entity is ten of the one before."""
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels + 1)]
    return f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{chr(10).join(entities)}\n]>\n' + RDF.format(
        body=f"&lol{levels};"
    )


def _doc(subset: str, body: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ {subset} ]>\n' + RDF.format(body=body)).encode()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (_doc('<!ENTITY x SYSTEM "file:///etc/hostname">', "&x;"), "declares an external entity (x)"),
        (_doc('<!ENTITY x PUBLIC "-//x" "http://example.org/x">', "&x;"), "declares an external entity (x)"),
        (_doc('<!ENTITY % p "x">', "y"), "parameter entity (p)"),
        (laughs(9).encode(), "nested entity (lol1 refers to other entities)"),
        (_doc(f'<!ENTITY big "{"x" * 100_000}">', "&big;" * 200), "entities expand to 19.1 MB"),
        (b'<?xml version="1.0"?><!DOCTYPE rdf:RDF SYSTEM "file:///etc/hostname"><rdf:RDF/>', "external DTD"),
        (laughs(9).encode("utf-16"), "nested entity"),
    ],
    ids=["system entity", "public entity", "parameter entity", "billion laughs", "quadratic", "external dtd", "utf-16"],
)
def test_rdfxml_refuses_dangerous_entities(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as info:
        check_entities(Path("x.rdf"), data)
    assert str(info.value).startswith("x.rdf: RDF/XML")
    assert problem in str(info.value)


@pytest.mark.parametrize(
    "data",
    [
        RDF.format(body="plain").encode(),
        _doc('<!ENTITY owl "http://www.w3.org/2002/07/owl#">', "&owl;Thing &owl;Class"),
    ],
    ids=["no doctype", "simple entity"],
)
def test_rdfxml_allows_documents_without_dangerous_entities(data: bytes) -> None:
    check_entities(Path("x.rdf"), data)
