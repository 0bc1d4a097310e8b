"""The build loop: files → extraction → SHACL → store, one article at a time. Never prints."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg import lexicon as lexicon_module
from kg import store as kgstore
from kg.clean import clean
from kg.errors import InputError, KgError
from kg.extract import assemble
from kg.ingest import ARTICLE_SUFFIXES, read_article
from kg.lexicon import Lexicon
from kg.match import find_mentions
from kg.model import Extraction
from kg.rdf import article_iri, run_iri, to_graph
from kg.sentences import split_sentences
from kg.settings import Settings
from kg.validate import Finding, load_shapes, validate
from kg.vocab import DKG, ONTOLOGY_GRAPH, PROV


@dataclass(frozen=True, slots=True)
class Context:
    """What every article's processing needs, loaded once per build."""

    lexicon: Lexicon
    shapes: Graph

    @classmethod
    def load(cls, settings: Settings) -> Context:
        return cls(
            lexicon_module.load(settings.ontology_files(), settings.queries_dir),
            load_shapes(settings.shape_files()),
        )


@dataclass(frozen=True, slots=True)
class ArticleResult:
    path: str
    graph_iri: str
    graph: Graph
    findings: list[Finding]
    extraction: Extraction

    @property
    def conforms(self) -> bool:
        return not any(f.severity == "Violation" for f in self.findings)


@dataclass(slots=True)
class BuildReport:
    """Counts for the closing summary, and one line per failed file."""

    articles: int = 0
    unchanged: int = 0
    triples: int = 0
    actors: int = 0
    summits: int = 0
    agreements: int = 0
    violations: int = 0
    warnings: int = 0
    failures: list[str] = field(default_factory=list)
    store_triples: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def expand(paths: Iterable[Path]) -> Iterator[Path | KgError]:
    """Article files under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.is_file():
            yield path
        else:
            yield InputError(path, "no such file or folder")


def process(path: Path, ctx: Context) -> ArticleResult:
    """Read, extract, write RDF and validate one article. Pure: touches no store."""
    article = read_article(path)
    sentences = split_sentences(clean(article))
    mentions = [find_mentions(ctx.lexicon, s) for s in sentences]
    extraction = assemble(article, sentences, mentions, ctx.lexicon)
    graph = to_graph(extraction, ctx.lexicon)
    report = validate(graph, ctx.shapes)
    return ArticleResult(str(path), article_iri(article.id), graph, report.findings, extraction)


def sync_ontology(db: object, settings: Settings, lexicon: Lexicon) -> None:
    """Keep the ontology in its own named graph, replaced when the files change."""
    stored = kgstore.graph_value(db, str(ONTOLOGY_GRAPH), str(ONTOLOGY_GRAPH), str(DKG.ontologyHash))  # type: ignore[arg-type]
    if stored == lexicon.digest:
        return
    g = Graph()
    for path in settings.ontology_files():
        g.parse(path, format="turtle")
    from rdflib import Literal

    g.add((ONTOLOGY_GRAPH, DKG.ontologyHash, Literal(lexicon.digest)))
    kgstore.replace_graph(db, str(ONTOLOGY_GRAPH), g)  # type: ignore[arg-type]


def is_unchanged(db: object, path: Path, lexicon: Lexicon) -> bool:
    """The stored graph came from the same bytes and the same extractor and ontology."""
    import hashlib

    graph = article_iri(path.stem)
    stored_hash = kgstore.graph_value(db, graph, graph, str(DKG.contentHash))  # type: ignore[arg-type]
    if stored_hash is None:
        return False
    try:
        same_bytes = stored_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return False
    stored_run = kgstore.graph_value(db, graph, graph, str(PROV.wasGeneratedBy))  # type: ignore[arg-type]
    return same_bytes and stored_run == run_iri(lexicon.digest)


def build(
    paths: list[Path],
    settings: Settings,
    *,
    force: bool = False,
    store_failing: bool = False,
    on_start: Callable[[int], None] = lambda total: None,
    on_article: Callable[[str], None] = lambda path: None,
) -> BuildReport:
    """Build the given articles into the store; bad files are reported and skipped."""
    ctx = Context.load(settings)
    db = kgstore.open_store(settings.store_dir)
    sync_ontology(db, settings, ctx.lexicon)
    report = BuildReport()
    items = list(expand(paths))
    on_start(len(items))
    for item in items:
        if isinstance(item, KgError):
            report.failures.append(str(item))
            on_article(item.path)
            continue
        _build_one(db, item, ctx, report, force=force, store_failing=store_failing)
        on_article(str(item))
    db.flush()
    report.store_triples = kgstore.triple_count(db)
    return report


def _build_one(db: object, path: Path, ctx: Context, report: BuildReport, *, force: bool, store_failing: bool) -> None:
    if not force and is_unchanged(db, path, ctx.lexicon):
        report.unchanged += 1
        return
    try:
        result = process(path, ctx)
    except KgError as e:
        report.failures.append(str(e))
        return
    violations = [f for f in result.findings if f.severity == "Violation"]
    report.violations += len(violations)
    report.warnings += sum(f.severity == "Warning" for f in result.findings)
    if violations and not store_failing:
        report.failures.append(f"{path}: does not conform to the shapes ({violations[0].line()})")
        return
    kgstore.replace_graph(db, result.graph_iri, result.graph)  # type: ignore[arg-type]
    report.articles += 1
    report.triples += len(result.graph)
    report.actors += len(set(result.graph.subjects(RDF.type, DKG.Actor)))
    report.summits += len(set(result.graph.subjects(RDF.type, DKG.Summit)))
    report.agreements += len(set(result.graph.subjects(RDF.type, DKG.Agreement)))
