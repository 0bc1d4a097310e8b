"""The lexicon: every label of the ontology, indexed for matching, read once per build.

Labels are read with the saved query queries/lexicon.rq, the same query an ontologist can run
with `kg query lexicon`, so a synonym added in Protégé is in the next build.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import OntologyError, StoreError
from kg.iris import ONTOLOGY_GRAPH
from kg.store import memory_store, select

_TOKEN = re.compile(r"\w+", re.UNICODE)
_LOADED: dict[str, Lexicon] = {}  # the last lexicon loaded, by its cache key (kg/lexicon_cache.py)
DISPLAY_PROPERTIES = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel")


@dataclass(frozen=True, slots=True)
class Entry:
    """One label of one concept."""

    concept: str
    kind: str
    lang: str
    exact_case: tuple[str, ...] | None  # the label's own tokens when it must match case (AS, RI)
    # a proper name written with a capital only matches a capitalized word: "lima" is five, "Lima" a city
    capitalized: bool = False


@dataclass(slots=True)
class Lexicon:
    """Normalized label tokens → entries, plus the relations the extractor needs."""

    entries: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    max_len: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # concept → lang → label
    relations: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    digest: str = ""

    def add(self, label: str, entry: Entry) -> None:
        key = normalize_tokens(label)
        if not key:
            return
        bucket = self.entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))

    def related(self, concept: str, relation: str) -> list[str]:
        return self.relations.get((concept, relation), [])

    def label(self, concept: str) -> str:
        return self.display.get(concept) or concept.rsplit("/", 1)[-1]


def normalize_tokens(text: str) -> tuple[str, ...]:
    """Case- and accent-folded word tokens; hyphens and punctuation separate words."""
    return tuple(fold(t) for t in _TOKEN.findall(text))


@functools.lru_cache(maxsize=1 << 16)
def fold(token: str) -> str:
    # remembered: the same words come back in every sentence, and this is the matcher's inner loop
    if token.isascii():  # nothing to decompose: casefold and lower agree on ASCII
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NAME_KINDS = {"Person", "Country", "Organization", "Place", "Region"}


def _needs_exact_case(label: str) -> bool:
    """Short all-capital labels (AS, RI, PM, AI, KTT) only match in capitals."""
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and label.isupper() and len(letters) <= 4


def load(ontology_files: list[Path], queries_dir: Path, *, cache_dir: Path | None = None) -> Lexicon:
    """Read every label and relation from the ontology files, or from the cache in ``cache_dir``
    (a store folder) when it was made from the same files and code (kg/lexicon_cache.py). A
    process keeps the last lexicon it loaded, under the same key, for its next build.

    Raises:
        OntologyError: an ontology file cannot be parsed, or it holds no labels.
    """
    from kg import lexicon_cache

    queries = [queries_dir / "lexicon.rq", queries_dir / "lexicon-relations.rq"]
    try:
        key = lexicon_cache.cache_key(ontology_files, queries, [Path(__file__)])
    except OSError:
        return _read(ontology_files, queries_dir)  # which names the file that cannot be read
    if key in _LOADED:  # a process that builds again (the API, kg serve's tests) reads it once
        return _LOADED[key]
    cached = lexicon_cache.read(cache_dir, key) if cache_dir is not None else None
    lexicon = _from_fields(cached) if cached is not None else None
    if lexicon is None:
        lexicon = _read(ontology_files, queries_dir)
        if cache_dir is not None:
            lexicon_cache.write(cache_dir, key, _to_fields(lexicon))
    _LOADED.clear()  # one ontology at a time is what a process uses
    _LOADED[key] = lexicon
    return lexicon


def _read(ontology_files: list[Path], queries_dir: Path) -> Lexicon:
    try:
        store = memory_store(ontology_files, ONTOLOGY_GRAPH)  # where the store keeps it, as lexicon.rq reads it
    except StoreError as e:
        raise OntologyError(e.path, e.problem) from None
    lexicon = Lexicon(digest=ontology_digest(ontology_files))
    label_rows = select(store, (queries_dir / "lexicon.rq").read_text(encoding="utf-8"))
    for concept, kind, label, lang, prop in label_rows.rows:
        assert concept is not None and kind is not None and label is not None
        _add_label(lexicon, concept.value, kind.value, label.value, lang.value if lang else "", prop)
    for body, name, language in _with_other_country_names(label_rows.rows):
        _add_label(lexicon, body, "Organization", name, language, None)
    if not lexicon.entries:
        raise OntologyError(ontology_files[0] if ontology_files else "ontology", "no labels found")
    relation_rows = select(store, (queries_dir / "lexicon-relations.rq").read_text(encoding="utf-8"))
    relations: dict[tuple[str, str], list[str]] = defaultdict(list)
    for concept, relation, target in relation_rows.rows:
        assert concept is not None and relation is not None and target is not None
        relations[(concept.value, relation.value)].append(target.value)
    lexicon.relations = dict(relations)
    _prefer_specific_kinds(lexicon)
    return lexicon


def _to_fields(lexicon: Lexicon) -> dict[str, Any]:
    """The lexicon as JSON values (tuples become lists)."""
    return {
        "entries": [
            [list(key), [[e.concept, e.kind, e.lang, e.exact_case, e.capitalized] for e in bucket]]
            for key, bucket in lexicon.entries.items()
        ],
        "max_len": lexicon.max_len,
        "kinds": lexicon.kinds,
        "display": lexicon.display,
        "labels": lexicon.labels,
        "relations": [[concept, relation, targets] for (concept, relation), targets in lexicon.relations.items()],
        "digest": lexicon.digest,
    }


def _from_fields(fields: dict[str, Any]) -> Lexicon | None:
    """The lexicon ``_to_fields`` wrote; None when the fields are not what this code writes."""
    try:
        return _lexicon_of(fields)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _lexicon_of(fields: dict[str, Any]) -> Lexicon:
    entries = {
        tuple(key): [
            Entry(c, k, lang, tuple(exact) if exact is not None else None, bool(cap))
            for c, k, lang, exact, cap in bucket
        ]
        for key, bucket in fields["entries"]
    }
    relations = {(concept, relation): list(targets) for concept, relation, targets in fields["relations"]}
    return Lexicon(
        entries,
        dict(fields["max_len"]),
        dict(fields["kinds"]),
        dict(fields["display"]),
        {c: dict(by_lang) for c, by_lang in fields["labels"].items()},
        relations,
        str(fields["digest"]),
    )


_TOP_CLASSES = {"https://w3id.org/dkg/ontology#Summit", "https://w3id.org/dkg/ontology#Agreement"}


def _prefer_specific_kinds(lexicon: Lexicon) -> None:
    """A word labelling both a top class and one of its kinds ("summit", "dokumen kesepakatan")
    names the kind: the top class keeps only the words no kind claims."""
    for key, bucket in lexicon.entries.items():
        if len(bucket) > 1 and any(e.concept in _TOP_CLASSES for e in bucket):
            specific = [e for e in bucket if e.concept not in _TOP_CLASSES]
            if specific:
                lexicon.entries[key] = specific


def _with_other_country_names(rows: Sequence[Sequence[Any]]) -> list[tuple[str, str, str]]:
    """ "Administrasi Umum Kepabeanan China" is also written "... Cina" and "... Tiongkok": a body's
    name that holds one of its country's one-word names is read with any other of them."""
    names: dict[str, set[str]] = defaultdict(set)
    for concept, kind, label, _lang, prop in rows:
        word = label.value
        if kind.value == "Country" and getattr(prop, "value", "") != _HIDDEN and _TOKEN.fullmatch(word):
            if word[:1].isupper() and not word.isupper():
                names[concept.value].add(word)
    country_of = {word: concept for concept, words in names.items() for word in words}
    variants = []
    for concept, kind, label, lang, _prop in rows:
        if kind.value != "Organization":
            continue
        for word in set(_TOKEN.findall(label.value)) & country_of.keys():
            for other in names[country_of[word]] - {word}:
                text = re.sub(rf"\b{re.escape(word)}\b", other, label.value)
                variants.append((concept.value, text, lang.value if lang else ""))
    return variants


_HIDDEN = "http://www.w3.org/2004/02/skos/core#hiddenLabel"


def _add_label(lexicon: Lexicon, concept: str, kind: str, label: str, lang: str, prop: object) -> None:
    exact = normalize_tokens(label) if _needs_exact_case(label) else None
    exact_raw = tuple(_TOKEN.findall(label)) if exact else None
    capitalized = kind in _NAME_KINDS and label[:1].isupper()
    lexicon.add(label, Entry(concept, kind, lang, exact_raw, capitalized))
    lexicon.kinds.setdefault(concept, kind)
    prop_iri = getattr(prop, "value", "")
    if prop_iri in DISPLAY_PROPERTIES:
        lexicon.labels.setdefault(concept, {}).setdefault(lang, label)
        if lang == "en" or concept not in lexicon.display:
            lexicon.display[concept] = label


def ontology_digest(files: list[Path]) -> str:
    """SHA-256 over the ontology files' names and bytes: changes when an ontologist edits one."""
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()
