"""Read hand-written sentences through the real pipeline stages, for the extractor tests."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

import pytest

from kg.clean import clean
from kg.extract import assemble
from kg.ingest import guess_language
from kg.match import find_mentions
from kg.model import Article, DateValue, Extraction, Link
from kg.pipeline import Context
from kg.sentences import split_sentences

Reader = Callable[..., Extraction]


@pytest.fixture(scope="session")
def read(context: Context) -> Reader:
    """``read(text, published="2025-03-04")`` → the Extraction of that text."""

    def _read(text: str, published: str | None = None) -> Extraction:
        date = None
        if published:
            parts = [int(p) for p in published.split("-")]
            date = DateValue(*parts)
        article = Article(
            id="t",
            path="t.txt",
            filename="t.txt",
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            published=date,
            language=guess_language(text),
        )
        sentences = split_sentences(clean(article))
        mentions = [find_mentions(context.lexicon, s) for s in sentences]
        return assemble(article, sentences, mentions, context.lexicon)

    return _read


def labels(extraction: Extraction, kind: str | None = None) -> set[str]:
    return {a.label for a in extraction.actors if kind is None or a.kind == kind}


def local_ids(links: Iterable[Link]) -> set[str]:
    """The last segment of each link's target: "xi-jinping" of .../person/xi-jinping."""
    return {link.target.rsplit("/", 1)[-1] for link in links}
