"""A guard run on RDF/XML before it is parsed: XML entities that read files or grow without bound.

The RDF/XML parser expands the entities a document declares in its DOCTYPE. An external entity
(``<!ENTITY x SYSTEM "file:///etc/passwd">``) names a file to read; entities defined through
other entities ("billion laughs") expand exponentially, and one long entity used many times
quadratically. Simple entities, as ontology editors write them (``<!ENTITY owl
"http://www.w3.org/2002/07/owl#">``), are allowed while their expansion stays bounded.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.sizes import format_size

_DECLARATION = re.compile(
    r"<!ENTITY\s+(?P<pe>%\s+)?(?P<name>[^\s\"'>%]+)\s+(?P<ext>SYSTEM|PUBLIC)?\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')"
)
_EXTERNAL_DTD = re.compile(r"<!DOCTYPE\s+[^\s\[>]+\s+(?:SYSTEM|PUBLIC)\b")
# the expanded entities may add this many times the file's size, plus a fixed allowance
EXPANSION_FACTOR = 10
EXPANSION_ALLOWANCE = 1024 * 1024


def check_entities(path: Path, data: bytes) -> None:
    """Refuse RDF/XML whose DOCTYPE could read local files or expand without bound.

    Raises:
        InputError: an external DTD or entity, a parameter entity, an entity defined through
            other entities, or entities whose expansion exceeds the limit.

    >>> check_entities(Path("a.rdf"), b'<!DOCTYPE r [<!ENTITY a "http://a/">]><r>&a;</r>')
    >>> check_entities(Path("a.rdf"), b'<!DOCTYPE r [<!ENTITY a "&b;&b;">]><r/>')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.InputError: a.rdf: RDF/XML with a nested entity (a refers to other entities) is refused: ...
    """
    text = data.replace(b"\x00", b"").decode("utf-8", errors="replace")  # UTF-16 text read as ASCII
    if "<!DOCTYPE" not in text:
        return
    if _EXTERNAL_DTD.search(text):
        raise InputError(path, "RDF/XML that refers to an external DTD is refused: it could read local files")
    declarations = list(_DECLARATION.finditer(text))
    if len(declarations) != text.count("<!ENTITY"):
        raise InputError(path, "RDF/XML with an entity declaration that cannot be checked is refused")
    for d in declarations:
        _check_declaration(path, d)
    _check_expansion(path, text, {d["name"]: d["dq"] if d["dq"] is not None else d["sq"] for d in declarations})


def _check_declaration(path: Path, d: re.Match[str]) -> None:
    name = d["name"]
    if d["ext"]:
        raise InputError(
            path, f"RDF/XML that declares an external entity ({name}) is refused: it could read local files"
        )
    if d["pe"]:
        raise InputError(path, f"RDF/XML with a parameter entity ({name}) is refused")
    value = d["dq"] if d["dq"] is not None else d["sq"]
    if "&" in value or "%" in value:
        raise InputError(
            path,
            f"RDF/XML with a nested entity ({name} refers to other entities) is refused: it can expand without bound",
        )


def _check_expansion(path: Path, text: str, values: dict[str, str]) -> None:
    limit = EXPANSION_FACTOR * len(text) + EXPANSION_ALLOWANCE
    total = sum(text.count(f"&{name};") * len(value) for name, value in values.items())
    if total > limit:
        raise InputError(
            path, f"RDF/XML whose entities expand to {format_size(total)} is refused (limit {format_size(limit)})"
        )
