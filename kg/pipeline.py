"""The build loop: files → extraction → SHACL → store. Never prints.

Articles are read, extracted and validated in this process, in local worker processes or on a
Dask cluster (kg/parallel.py, kg/cluster.py; each worker loads its Context once); the parent
checks which articles are unchanged, and writes the results in input order, several articles per
update request. Each article's graph is still replaced all or nothing: one request holding
several DROP+INSERT pairs is one transaction.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg import lexicon as lexicon_module
from kg import store as kgstore
from kg.clean import clean
from kg.errors import InputError, KgError
from kg.extract import assemble
from kg.ingest import ARTICLE_SUFFIXES, parse_article, read_article, read_bytes, unreadable
from kg.known_files import KnownFiles
from kg.lexicon import Lexicon
from kg.match import find_mentions
from kg.model import Article, Extraction
from kg.rdf import (
    REFERENCE_KINDS,
    article_iri,
    article_triples,
    reference_triples,
    referenced,
    run_iri,
    to_graph,
    with_references,
)
from kg.sentences import split_sentences
from kg.settings import DEFAULT_MAX_ARTICLE_BYTES, Settings
from kg.shacl import Triple, Unsupported, Validator
from kg.sources import Removal, Sources, same_file
from kg.sources import prune as prune_sources
from kg.validate import Finding, load_shapes, validate
from kg.vocab import DKG, ONTOLOGY_GRAPH, PROV, REFERENCE_GRAPH

# Articles per update request, and the text size at which a batch is written early.
BATCH_ARTICLES = 64
BATCH_CHARS = 4_000_000
# The store keeps what it was given in memory until flushed to disk; flushing after this much
# N-Triples text keeps the build's memory flat however many articles it writes.
FLUSH_CHARS = 64_000_000
# A build that wrote this many articles, and as many as the store held before it, compacts the
# store before it ends (see ``kgstore.compact``); smaller builds leave that to RocksDB.
COMPACT_ARTICLES = 1_000


@dataclass(frozen=True, slots=True)
class Context:
    """What every article's processing needs, loaded once per build (and once per worker)."""

    lexicon: Lexicon
    shapes: Graph
    validator: Validator | None = None  # the compiled shapes; None: they need pySHACL
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES  # larger article files are refused
    # the reference triples of each concept linked so far, made once per build (or worker)
    references: dict[str, list[Triple]] = field(default_factory=dict)

    @classmethod
    def load(cls, settings: Settings, *, cache_dir: Path | None = None) -> Context:
        """``cache_dir``: the store folder, where the lexicon is kept between builds."""
        shapes = load_shapes(settings.shape_files())
        try:
            validator: Validator | None = Validator(shapes)
        except Unsupported:
            validator = None
        lexicon = lexicon_module.load(settings.ontology_files(), settings.queries_dir, cache_dir=cache_dir)
        return cls(lexicon, shapes, validator, settings.max_article_bytes)

    def check(self, graph: Iterable[Triple], body: str | None = None) -> list[Finding]:
        """The SHACL findings for one article's graph (``body``: its N-Triples, if at hand), read
        together with the ontology's types and labels of the reference concepts it links to."""
        own = list(graph)
        return self.check_with_references(own, self.with_references(own), body)

    def with_references(self, own: list[Triple]) -> list[Triple]:
        """``kg.rdf.with_references`` for this context's lexicon."""
        return with_references(own, self.lexicon, memo=self.references)

    def check_with_references(self, own: list[Triple], triples: list[Triple], body: str | None = None) -> list[Finding]:
        """``check``, given the graph's own triples and those with what it links to (``with_references``)."""
        if self.validator is None:
            data = Graph()
            for t in triples:
                data.add(t)
            return validate(data, self.shapes).findings
        text = kgstore.ntriples(own) if body is None else body
        runner = kgstore.sparql_runner(kgstore.memory_graph(text))
        return self.validator.check(self.validator.data(triples, runner))


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
    hashed: int = 0  # input files read and hashed to tell whether they changed (the others were known)
    triples: int = 0
    actors: int = 0
    summits: int = 0
    agreements: int = 0
    violations: int = 0
    warnings: int = 0
    failures: list[str] = field(default_factory=list)
    store_articles: int = 0  # article graphs in the store after the build
    removed: list[Removal] = field(default_factory=list)  # articles retracted: --prune, or left without a file
    workers: dict[str, int] = field(default_factory=dict)  # articles processed by each worker (pid or Dask address)

    @property
    def ok(self) -> bool:
        return not self.failures


def expand(paths: Iterable[Path]) -> Iterator[Path | KgError]:
    """Article files under the given files and folders, in a stable order; what cannot be read
    (broken links, link loops, folders named like articles, unreadable folders) as errors."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path, ())
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield _unreachable(path)
        elif path.exists():
            yield InputError(path, "not a regular file")
        else:
            yield InputError(path, "no such file or folder")


def _walk(folder: Path, ancestors: tuple[tuple[int, int], ...]) -> Iterator[Path | KgError]:
    """The folder's articles, depth first in name order (one scandir per folder, no extra stat).

    ``ancestors``: the folders above, by device and inode, so a link back to one is a loop.
    """
    try:
        info = folder.stat()
        here = (info.st_dev, info.st_ino)
        if here in ancestors:
            yield InputError(folder, "symbolic link loop (leads back to a folder above it); skipped")
            return
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
    except OSError as e:
        yield InputError(folder, f"cannot read folder ({e.strerror or e})")
        return
    for entry in entries:
        yield from _entry(entry, (*ancestors, here))


_FOLDER_LIKE_ARTICLE = "a folder named like an article file; skipped (pass it to kg build by name to read it)"


def _entry(entry: os.DirEntry[str], ancestors: tuple[tuple[int, int], ...]) -> Iterator[Path | KgError]:
    path = Path(entry.path)
    article = os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES
    try:
        is_dir, is_file = entry.is_dir(), entry.is_file()
    except OSError:  # a link that leads back to itself
        yield _unreachable(path)
        return
    if is_dir and article:
        yield InputError(path, _FOLDER_LIKE_ARTICLE)
    elif is_dir:
        yield from _walk(path, ancestors)
    elif is_file and article:
        yield path
    elif article and entry.is_symlink():
        yield _unreachable(path)
    elif article:
        yield InputError(path, "not a regular file")


def _unreachable(path: Path) -> KgError:
    """A link that leads nowhere, or back to itself."""
    try:
        path.stat()
    except OSError as e:
        return InputError(path, unreadable(path, e))
    return InputError(path, "not a regular file")


def process(path: Path, ctx: Context) -> ArticleResult:
    """Read, extract, write RDF and validate one article. Pure: touches no store."""
    graph, extraction = _graph(path, ctx)
    return ArticleResult(str(path), article_iri(extraction.article.id), graph, ctx.check(graph), extraction)


def _graph(path: Path, ctx: Context) -> tuple[Graph, Extraction]:
    extraction = _extract(read_article(path, max_bytes=ctx.max_bytes), ctx)
    return to_graph(extraction, ctx.lexicon), extraction


def _extract(article: Article, ctx: Context) -> Extraction:
    sentences = split_sentences(clean(article))
    mentions = [find_mentions(ctx.lexicon, s) for s in sentences]
    return assemble(article, sentences, mentions, ctx.lexicon)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a worker sends back for one article: small, plain and picklable."""

    path: str
    index: int = 0  # the article's place among the build's inputs
    graph_iri: str = ""
    body: str = ""  # the graph as N-Triples
    findings: tuple[Finding, ...] = ()
    counts: tuple[int, int, int, int] = (0, 0, 0, 0)  # triples, actors, summits, agreements
    error: str | None = None
    worker: str = ""  # who processed it: "pid N", or a Dask worker's address
    links: tuple[str, ...] = ()  # the gazetteer and sector concepts the graph names (``kg.rdf.referenced``)


def process_for_store(path: Path, ctx: Context, index: int = 0) -> Outcome:
    """``process``, reduced to what the build writes and counts. Errors become ``Outcome.error``."""
    try:
        data = read_bytes(path, ctx.max_bytes)
    except KgError as e:
        return Outcome(str(path), index, error=str(e))
    return process_bytes(path, data, ctx, index)


def process_bytes(path: Path, data: bytes, ctx: Context, index: int = 0) -> Outcome:
    """``process_for_store`` of the file ``path`` whose bytes were read elsewhere (by the client
    of a cluster): the file itself is not read. Errors become ``Outcome.error``."""
    try:
        extraction = _extract(parse_article(path, data), ctx)
        own = article_triples(extraction, ctx.lexicon)
        body = kgstore.ntriples(own)
        links = referenced(own, ctx.lexicon)
        # a gazetteer actor's type is in the reference data (``Context.with_references``)
        typed = own + reference_triples(ctx.lexicon, links, memo=ctx.references)
        findings = ctx.check_with_references(own, typed, body)
    except KgError as e:
        return Outcome(str(path), index, error=str(e))
    except Exception as e:  # a fault of the extractor on one article must not end the build
        return Outcome(
            str(path), index, error=f"{path}: the extractor failed on this article ({type(e).__name__}: {e})"
        )
    actors, summits, agreements = _instances(typed, (DKG.Actor, DKG.Summit, DKG.Agreement))
    counts = (len(own), actors, summits, agreements)
    graph = article_iri(extraction.article.id)
    return Outcome(str(path), index, graph, body, tuple(findings), counts, links=tuple(sorted(links)))


def _instances(triples: list[Triple], classes: tuple[URIRef, ...]) -> list[int]:
    """How many resources are of each class, in one pass over the triples."""
    members: dict[Node, set[Node]] = {c: set() for c in classes}
    for s, p, o in triples:
        if p == RDF.type and o in members:
            members[o].add(s)
    return [len(members[c]) for c in classes]


def sync_ontology(db: object, settings: Settings, lexicon: Lexicon) -> None:
    """Keep the ontology in its own named graph, replaced when the files change."""
    stored = kgstore.graph_value(db, str(ONTOLOGY_GRAPH), str(ONTOLOGY_GRAPH), str(DKG.ontologyHash))  # type: ignore[arg-type]
    if stored == lexicon.digest:
        return
    digest = (str(ONTOLOGY_GRAPH), str(DKG.ontologyHash), lexicon.digest)
    kgstore.replace_graph_from_files(db, str(ONTOLOGY_GRAPH), settings.ontology_files(), literals=[digest])  # type: ignore[arg-type]


def linked_concepts(db: object, lexicon: Lexicon) -> set[str]:
    """The gazetteer and sector concepts the store's graphs link to (the ontology's, the reference
    graph's and the reasoner's own excepted), in one query."""
    from kg.reason import INFERRED_GRAPH

    candidates = [iri for iri, kind in lexicon.kinds.items() if kind in REFERENCE_KINDS]
    skip = {str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH), str(INFERRED_GRAPH)}
    return kgstore.linked(db, candidates, skip)  # type: ignore[arg-type]


def sync_reference(db: object, lexicon: Lexicon, used: set[str] | None = None) -> None:
    """Keep the reference graph: the types, labels and Wikidata links of the gazetteer and sector
    concepts the stored graphs link to, each once for the whole store (article graphs hold none),
    so that an export describes what it names. Rewritten only when it changes.

    ``used``: those concepts, when the caller knows them (``linked_concepts`` of the store as it
    was, and what the graphs added since name); None: asked of the store."""
    if used is None:
        used = linked_concepts(db, lexicon)
    # compared as Oxigraph terms: no rdflib graph to fill, and a plain literal equals its stored self
    body = kgstore.ntriples(reference_triples(lexicon, used))
    if not kgstore.holds_exactly(db, str(REFERENCE_GRAPH), body):  # type: ignore[arg-type]
        kgstore.replace_graphs(db, [(str(REFERENCE_GRAPH), body)])  # type: ignore[arg-type]


class Stored:
    """Each stored article's content hash, and which articles this extraction run wrote, read once per build."""

    def __init__(self, db: object, run: str) -> None:
        # every article at once: two index scans, whatever the store's size; the second gives
        # only the names of the graphs of ``run`` (a third less time than every graph's run)
        self.run = run
        self.hashes = kgstore.own_values(db, str(DKG.contentHash))  # type: ignore[arg-type]
        self.of_run = kgstore.graphs_saying(db, str(PROV.wasGeneratedBy), run)  # type: ignore[arg-type]

    def unchanged(self, graph: str, hashes: set[str], run: str) -> bool:
        """The stored graph came from the same text (of one of the files read as it), extractor and ontology."""
        return self.hashes.get(graph) in hashes and run == self.run and graph in self.of_run


@dataclass(frozen=True, slots=True)
class _Member:
    index: int
    path: Path
    content_hash: str


class Plan:
    """Which files are which article: each article is built once, from its first file, and lists
    all its files as sources; files whose text changed move to the article they now are."""

    def __init__(self, known: KnownFiles, *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> None:
        self.max_bytes = max_bytes
        self.known = known
        self.groups: dict[str, list[_Member]] = {}  # article IRI → its files among the inputs
        self.of_path: dict[str, str] = {}  # input path → article IRI

    def read(self, db: object, run: str) -> None:
        """What the store holds: each article's content hash, whether ``run`` wrote it, and its
        source files (``identify`` needs none of it, and may come first)."""
        self.stored = Stored(db, run)
        self.sources = Sources.read(db)

    def identify(self, items: list[Path | KgError], failures: list[tuple[int, str]]) -> list[str]:
        """Group the inputs by article; the paths that failed (reported in ``failures``)."""
        failed = []
        for index, item in enumerate(items):
            # an input that could not be read is reported, not raised: raised, it would hold a
            # traceback reaching the build's frame, and so the open store, in a reference cycle
            # (the store then stays open, its files changing, until the garbage collector runs)
            if isinstance(item, KgError):
                failures.append((index, str(item)))
                failed.append(item.path)
                continue
            try:
                who = self.known.identify(item, self.max_bytes)
            except KgError as e:  # not kept: only its line and path
                failures.append((index, str(e)))
                failed.append(e.path)
                continue
            graph = article_iri(who.id)
            self.groups.setdefault(graph, []).append(_Member(index, item, who.content_hash))
            self.of_path[same_file(str(item))] = graph
        return failed

    def source_files(self, graph: str) -> list[str]:
        """The article's files: those stored that still are this article, and the inputs that are."""
        kept = {p for p in self.sources.by_graph.get(graph, ()) if self.of_path.get(same_file(p), graph) == graph}
        return sorted(kept | {str(m.path) for m in self.groups.get(graph, ())})

    def unchanged(self, graph: str, run: str) -> bool:
        members = self.groups[graph]
        known = {same_file(p) for p in self.sources.by_graph.get(graph, ())}
        same_files = all(same_file(str(m.path)) in known for m in members)
        return same_files and self.stored.unchanged(graph, {m.content_hash for m in members}, run)


def build(
    paths: list[Path],
    settings: Settings,
    *,
    force: bool = False,
    store_failing: bool = False,
    prune: bool = False,
    on_start: Callable[[int], None] = lambda total: None,
    on_article: Callable[[str], None] = lambda path: None,
    workers: int | None = None,
    cluster: str | None = None,
) -> BuildReport:
    """Build the given articles into the store; bad files are reported and skipped.

    ``workers``: local processes that read, extract and validate (None: one per core, or this
    process alone for fewer than ``parallel.MIN_PARALLEL`` articles to build; 1: this process).
    ``cluster``: the address of a Dask scheduler (``tcp://HOST:8786``) whose workers do that
    work instead. ``prune``: then retract the stored articles none of whose files is among the inputs.

    Raises:
        ClusterError: the scheduler cannot be reached, or has no usable worker.
    """
    from kg.parallel import MIN_PARALLEL, Runner, check_request, runner

    check_request(workers, cluster)
    store_dir = settings.store_dir
    ctx = Context.load(settings, cache_dir=store_dir if isinstance(store_dir, Path) else None)
    items = list(expand(paths))
    on_start(len(items))
    known = KnownFiles.load(settings.store_dir)
    plan = Plan(known, max_bytes=ctx.max_bytes)
    skipped: list[tuple[int, str]] = []
    failed = plan.identify(items, skipped)  # the files only: no store is read for this
    # Worker processes start before the store is read when the files alone show there will be
    # work for them (enough files new or changed since the last build, or workers asked for):
    # they load their rules while this process reads what the store holds.
    early = cluster is None and (workers is None and known.hashed >= MIN_PARALLEL or (workers or 1) > 1)
    with contextlib.ExitStack() as running:
        pool: Runner | None = None
        if early:
            pool = running.enter_context(runner(ctx, settings, known.hashed, workers=workers, cluster=None, warm=True))
        db = kgstore.open_store(settings.store_dir)
        sync_ontology(db, settings, ctx.lexicon)
        report = BuildReport()
        plan.read(db, run_iri(ctx.lexicon.digest))
        writer = _Writer(db, report, plan, store_failing=store_failing)
        todo = _changed(plan, failed, ctx.lexicon, report, force=force, on_article=on_article)
        first: list[tuple[int, Path]] = []
        if pool is None:
            # how many articles to build decides whether worker processes pay: a few are built here
            first = list(itertools.islice(todo, MIN_PARALLEL))
            pool = running.enter_context(runner(ctx, settings, len(first), workers=workers, cluster=cluster))
        linked_before: set[str] | None = None
        for outcome in pool.run(itertools.chain(first, todo)):
            if linked_before is None:
                # what the store linked to before this build, asked while the workers read the next
                # articles: if the build only adds graphs, the reference graph is that and what they name
                linked_before = linked_concepts(db, ctx.lexicon)
            writer.add(outcome)
            if pool.waiting():  # write now what would otherwise wait for a full batch, after the workers
                writer.flush()
            if outcome.worker:  # a file the client of a cluster could not read went to no worker
                report.workers[outcome.worker] = report.workers.get(outcome.worker, 0) + 1
            on_article(outcome.path)
    writer.flush()
    if prune:
        report.removed += prune_sources(db, [p for p in items if isinstance(p, Path)])
    added_only = writer.added_only and not report.removed
    sync_reference(db, ctx.lexicon, linked_before | writer.links if linked_before is not None and added_only else None)
    # failures in input order, whichever thread found them
    report.failures = [line for _, line in sorted(skipped + writer.failures, key=lambda f: f[0])]
    report.hashed = known.hashed
    known.save()
    db.flush()
    # counted from what the build read and wrote: counting the store's quads takes seconds
    report.store_articles = len((plan.stored.hashes.keys() | writer.written) - {r.article for r in report.removed})
    if _large(report.articles, len(plan.stored.hashes)):
        kgstore.compact(db)  # type: ignore[arg-type]
    return report


def _large(written: int, stored_before: int) -> bool:
    """Whether a build wrote enough, against what the store held, to compact the store."""
    return written >= COMPACT_ARTICLES and written >= stored_before


def _changed(
    plan: Plan,
    failed: list[str],
    lexicon: Lexicon,
    report: BuildReport,
    *,
    force: bool,
    on_article: Callable[[str], None],
) -> Iterator[tuple[int, Path]]:
    """The articles to build, one file each, in input order; ``failed`` (the paths ``plan.identify``
    could not read) and unchanged ones are counted and reported (in the pool's feeder thread: it
    touches only ``report.unchanged``)."""
    for path in failed:
        on_article(path)
    run = run_iri(lexicon.digest)
    for graph, members in sorted(plan.groups.items(), key=lambda kv: kv[1][0].index):
        for m in members[1:]:
            on_article(str(m.path))
        if not force and plan.unchanged(graph, run):
            report.unchanged += 1
            on_article(str(members[0].path))
        else:
            yield members[0].index, members[0].path


class _Writer:
    """Collects conforming outcomes and writes them, many per update request, in input order."""

    def __init__(self, db: object, report: BuildReport, plan: Plan, *, store_failing: bool) -> None:
        self.db, self.report, self.plan, self.store_failing = db, report, plan, store_failing
        self.failures: list[tuple[int, str]] = []  # (input index, line)
        self.written: set[str] = set()  # the graphs written
        self.batch: list[Outcome] = []
        self.chars = 0
        self.unflushed = 0  # characters written since the store was last flushed
        # whether every graph written was new to the store, no other graph changed (no source file
        # moved), and what they name (``Outcome.links``): the reference graph then only grows
        self.added_only = True
        self.links: set[str] = set()

    def add(self, outcome: Outcome) -> None:
        report = self.report
        if outcome.error is not None:
            self.failures.append((outcome.index, outcome.error))
            return
        violations = [f for f in outcome.findings if f.severity == "Violation"]
        report.violations += len(violations)
        report.warnings += sum(f.severity == "Warning" for f in outcome.findings)
        if violations and not self.store_failing:
            line = f"{outcome.path}: does not conform to the shapes ({violations[0].line()})"
            self.failures.append((outcome.index, line))
            return
        self.batch.append(outcome)
        self.chars += len(outcome.body)
        if len(self.batch) >= BATCH_ARTICLES or self.chars >= BATCH_CHARS:
            self.flush()

    def flush(self) -> None:
        batch, self.batch, self.chars = self.batch, [], 0
        if not batch:
            return
        sources = self._sources(batch)
        moves, removed = self._moves(sources, batch)
        if moves or any(kgstore.may_hold_graph(self.db, o.graph_iri) for o in batch):  # type: ignore[arg-type]
            self.added_only = False
        try:
            kgstore.replace_graphs(self.db, [(o.graph_iri, self._body(o)) for o in batch], moves)  # type: ignore[arg-type]
        except KgError as e:
            if len(batch) == 1:
                self.failures.append((batch[0].index, f"{batch[0].path}: {e.problem}"))
                return
            for outcome in batch:  # find the article the store refused; write the others
                self.batch = [outcome]
                self.flush()
            return
        self.plan.sources = sources
        self.report.removed += removed
        for o in batch:
            self._count(o)
            self.written.add(o.graph_iri)
            links = getattr(o, "links", None)  # None: sent by a worker running older code
            if links is None:
                self.added_only = False
            else:
                self.links.update(links)
        self.unflushed += sum(len(o.body) for o in batch)
        if self.unflushed >= FLUSH_CHARS:
            self.db.flush()  # type: ignore[attr-defined]
            self.unflushed = 0

    def _body(self, o: Outcome) -> str:
        """The outcome's N-Triples with the article's other source files."""
        others = [p for p in self.plan.source_files(o.graph_iri) if p != o.path]
        lines = [kgstore.literal_triple(o.graph_iri, str(DKG.sourceFile), p) for p in others]
        return "\n".join([o.body, *lines])

    def _sources(self, batch: list[Outcome]) -> Sources:
        """The sources to take the batch's moves from: a copy, kept only once the write succeeds,
        when a file moves (copying all of them for every batch would cost more than the write)."""
        keep = {o.graph_iri for o in batch}
        sources = self.plan.sources
        moving = any(sources.elsewhere(o.graph_iri, self.plan.source_files(o.graph_iri), keep) for o in batch)
        return sources.copy() if moving else sources

    def _moves(self, sources: Sources, batch: list[Outcome]) -> tuple[list[str], list[Removal]]:
        """Take the batch's files off the articles they no longer are (in the same transaction)."""
        ops: list[str] = []
        removed: list[Removal] = []
        keep = {o.graph_iri for o in batch}
        for o in batch:
            more_ops, more_removed = sources.moved(o.graph_iri, self.plan.source_files(o.graph_iri), keep)
            ops += more_ops
            removed += more_removed
        return ops, removed

    def _count(self, o: Outcome) -> None:
        r = self.report
        r.articles += 1
        triples, actors, summits, agreements = o.counts
        r.triples += triples
        r.actors += actors
        r.summits += summits
        r.agreements += agreements
