"""Extraction → one article's RDF graph: stable IRIs, labels, provenance and evidence nodes."""

from __future__ import annotations

import calendar
import datetime
import hashlib
import re
from collections.abc import Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg import __version__
from kg.ids import mint, slug
from kg.lang import names_its_country
from kg.lexicon import Lexicon
from kg.model import Agreement, DateValue, Extraction, Link, Summit
from kg.vocab import DKG, PROV, SCHEMA

_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_SUPER = {"Person": DKG.Person, "Country": DKG.Country, "Organization": DKG.Organization}


def article_iri(article_id: str) -> str:
    """The article's IRI, also the name of its graph in the store, from its content id
    (``kg.ingest.identify``): a renamed file keeps it, another file with other text never shares it."""
    return mint("article", article_id)


def run_iri(ontology_digest: str) -> str:
    return mint("run", __version__, ontology_digest[:12])


def date_literal(value: DateValue) -> Literal:
    return Literal(value.iso, datatype=_DATE_TYPES[value.precision])


def date_bounds(value: DateValue) -> tuple[datetime.date, datetime.date]:
    """The first and last day a date covers: the day itself, its month, or its year.

    >>> date_bounds(DateValue(2024, 2))
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    if value.month is None:
        return datetime.date(value.year, 1, 1), datetime.date(value.year, 12, 31)
    if value.day is None:
        last = calendar.monthrange(value.year, value.month)[1]
        return datetime.date(value.year, value.month, 1), datetime.date(value.year, value.month, last)
    day = datetime.date(value.year, value.month, value.day)
    return day, day


def add_date(g: _Triples, node: URIRef, value: DateValue) -> None:
    """dkg:date at its precision, and the typed period it covers (dkg:firstDay, dkg:lastDay, always
    xsd:date, with dkg:datePrecision), so that typed SPARQL filters see every dated resource."""
    first, last = date_bounds(value)
    g.add((node, DKG.date, date_literal(value)))
    g.add((node, DKG.firstDay, Literal(first.isoformat(), datatype=XSD.date)))
    g.add((node, DKG.lastDay, Literal(last.isoformat(), datatype=XSD.date)))
    g.add((node, DKG.datePrecision, Literal(value.precision)))


def to_graph(extraction: Extraction, lexicon: Lexicon) -> Graph:
    """The article's graph (``article_triples`` in an rdflib Graph)."""
    graph = Graph(store="SimpleMemory")  # the triples only, no contexts or events: faster to fill
    for triple in article_triples(extraction, lexicon):
        graph.add(triple)
    return graph


def article_triples(extraction: Extraction, lexicon: Lexicon) -> list[tuple[Node, Node, Node]]:
    """The article's triples, each once: what was read from the article, and links to the
    gazetteer and sector concepts it names, whose types and labels stay in the ontology graph
    (see ``reference_triples``). The same extraction always gives the same triples, in the same
    order. The build writes and checks these without filling a graph (a graph's indexes cost
    more than everything else done with them)."""
    writer = _Writer(extraction, lexicon)
    writer.article()
    writer.actors()
    summit_iris = writer.summits()
    writer.agreements(summit_iris)
    writer.memberships()
    writer.figures()
    return list(writer.g)


class _Triples:
    """Triples in the order added, each kept once (by term equality, as a graph keeps them)."""

    def __init__(self) -> None:
        self._kept: dict[tuple[Node, Node, Node], None] = {}

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self._kept[triple] = None

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self._kept)


# The kinds of concept an article links to without describing: gazetteer entries and sectors.
REFERENCE_KINDS = frozenset({"Sector", "Person", "Country", "Organization", "Place", "Region"})


def referenced(triples: Iterable[tuple[Node, Node, Node]], lexicon: Lexicon) -> set[str]:
    """The gazetteer and sector concepts a graph names as subject or object (classes excluded)."""
    found = set()
    for s, p, o in triples:
        for term in (s, o) if p != RDF.type else (s,):
            if isinstance(term, URIRef) and lexicon.kinds.get(str(term)) in REFERENCE_KINDS:
                found.add(str(term))
    return found


def reference_triples(
    lexicon: Lexicon, iris: Iterable[str], *, memo: dict[str, list[tuple[Node, Node, Node]]] | None = None
) -> list[tuple[Node, Node, Node]]:
    """The ontology's description of reference concepts, as the shapes read it: the type with
    its closure (a country is also a dkg:Actor and a dkg:Place), the display labels and the
    Wikidata links. Article graphs do not hold these; validation adds them to each graph.
    ``memo``: descriptions already made with this lexicon, by IRI (kept from article to article)."""
    out: list[tuple[Node, Node, Node]] = []
    for iri in sorted(iris):
        described = memo.get(iri) if memo is not None else None
        if described is None:
            described = _described(lexicon, iri)
            if memo is not None:
                memo[iri] = described
        out += described
    return out


def _described(lexicon: Lexicon, iri: str) -> list[tuple[Node, Node, Node]]:
    out: list[tuple[Node, Node, Node]] = []
    node = URIRef(iri)
    kind = lexicon.kinds.get(iri)
    if kind == "Sector":
        out.append((node, RDF.type, DKG.Sector))
        prop = SKOS.prefLabel
    else:
        prop = RDFS.label
        if kind in _SUPER:
            out += [(node, RDF.type, _SUPER[kind]), (node, RDF.type, DKG.Actor)]
        if kind in ("Place", "Country"):
            out.append((node, RDF.type, DKG.Place))
    for lang, label in sorted(lexicon.labels.get(iri, {}).items()):
        out.append((node, prop, Literal(label, lang=lang or None)))
    for same in lexicon.related(iri, str(OWL.sameAs)):
        out.append((node, OWL.sameAs, URIRef(same)))
    return out


def with_references(
    triples: Iterable[tuple[Node, Node, Node]],
    lexicon: Lexicon,
    *,
    memo: dict[str, list[tuple[Node, Node, Node]]] | None = None,
) -> list[tuple[Node, Node, Node]]:
    """An article graph's triples and the reference triples of the concepts it names: what the
    shapes check, so that "a participant is a dkg:Actor" holds for a gazetteer country.
    ``memo``: as for ``reference_triples``."""
    own = list(triples)
    return own + reference_triples(lexicon, referenced(own, lexicon), memo=memo)


class _Writer:
    def __init__(self, extraction: Extraction, lexicon: Lexicon) -> None:
        self.x = extraction
        self.lexicon = lexicon
        self.actor = {a.iri: a for a in extraction.actors}  # by IRI, once: titles and roll-ups look up actors
        self.g = _Triples()
        self.art = URIRef(article_iri(extraction.article.id))
        self.lang = extraction.article.language

    # -- provenance ---------------------------------------------------------------------
    def article(self) -> None:
        a, g = self.x.article, self.g
        g.add((self.art, RDF.type, DKG.Article))
        g.add((self.art, RDF.type, SCHEMA.NewsArticle))
        g.add((self.art, SCHEMA.identifier, Literal(a.key or a.sha256)))
        g.add((self.art, DKG.sourceFile, Literal(a.path)))
        g.add((self.art, RDFS.label, Literal(a.title, lang=self.lang) if a.title else Literal(a.filename)))
        if a.title:
            g.add((self.art, SCHEMA.headline, Literal(a.title, lang=self.lang)))
        if a.publisher:
            g.add((self.art, SCHEMA.publisher, Literal(a.publisher)))
        if a.author:
            g.add((self.art, SCHEMA.author, Literal(a.author)))
        if a.published:
            g.add((self.art, SCHEMA.datePublished, date_literal(a.published)))
        g.add((self.art, DKG.language, Literal(a.language)))
        g.add((self.art, SCHEMA.inLanguage, Literal(a.language)))
        g.add((self.art, DKG.contentHash, Literal(a.sha256)))
        run = URIRef(run_iri(self.lexicon.digest))
        g.add((self.art, PROV.wasGeneratedBy, run))
        g.add((run, RDF.type, DKG.ExtractionRun))
        g.add((run, RDF.type, PROV.Activity))
        g.add((run, RDFS.label, Literal(f"dkg {__version__} extraction run", lang="en")))
        g.add((run, DKG.softwareVersion, Literal(__version__)))
        g.add((run, DKG.ontologyHash, Literal(self.lexicon.digest)))

    def evidence(self, subject: URIRef, sentence: int, prop: URIRef | None = None, value: str | None = None) -> None:
        """An evidence node: the sentence (text and offsets) a resource or statement was read from."""
        if sentence < 0 or sentence >= len(self.x.sentences):
            return
        s = self.x.sentences[sentence]
        digest = hashlib.sha256(f"{subject}|{prop}|{value}".encode()).hexdigest()[:10]
        ev = URIRef(mint("evidence", self.x.article.id, f"s{sentence}", digest))
        g = self.g
        g.add((ev, RDF.type, DKG.Evidence))
        g.add((ev, DKG.supports, subject))
        g.add((subject, DKG.evidence, ev))
        if prop is not None:
            g.add((ev, DKG.supportsProperty, prop))
        if value is not None:
            g.add((ev, DKG.supportsValue, URIRef(value)))
        g.add((ev, DKG.mentionedIn, self.art))
        g.add((ev, DKG.quote, Literal(s.text, lang=self.lang)))
        g.add((ev, DKG.beginIndex, Literal(s.start, datatype=XSD.nonNegativeInteger)))
        g.add((ev, DKG.endIndex, Literal(s.end, datatype=XSD.nonNegativeInteger)))

    # -- actors, places, sectors ----------------------------------------------------------
    def actors(self) -> None:
        for actor in self.x.actors:
            node = URIRef(actor.iri)
            if actor.minted:  # a gazetteer actor's types are in the ontology graph
                self.g.add((node, RDF.type, _SUPER[actor.kind]))
                self.g.add((node, RDF.type, DKG.Actor))
            if actor.minted and actor.surface not in (None, actor.label):
                self.g.add((node, RDFS.label, Literal(actor.label, lang="en")))
                self.g.add((node, SKOS.altLabel, Literal(actor.surface, lang=self.lang)))
            elif actor.minted:
                self.g.add((node, RDFS.label, Literal(actor.label, lang=self.lang)))
            for alias in actor.aliases if actor.minted else ():
                self.g.add((node, SKOS.altLabel, Literal(alias)))
                if actor.kind == "Person":
                    self.evidence(node, actor.sentence)
                    short = without_middle_initials(actor.label)
                    if short != actor.label:  # "Yasonna H. Laoly" is also found as "Yasonna Laoly"
                        self.g.add((node, SKOS.altLabel, Literal(short, lang=self.lang)))
            for r in actor.represents:
                self.g.add((node, DKG.represents, URIRef(r)))
            self.g.add((node, DKG.mentionedIn, self.art))

    # -- summits ----------------------------------------------------------------------
    def summits(self) -> dict[str, URIRef]:
        iris: dict[str, URIRef] = {}
        used: set[str] = set()
        for n, summit in enumerate(self.x.summits):
            iri = self.summit_iri(summit, n, used)
            iris[summit.key or str(n)] = iri
            self.summit(iri, summit)
        return iris

    def summit_iri(self, summit: Summit, n: int, used: set[str]) -> URIRef:
        parties = self.rolled_up(summit.participants)
        if summit.date is not None and summit.date.precision == "day" and parties:
            iri = mint("summit", summit.date.iso, *sorted(slug(self.lexicon.label(p)) for p in parties))
        else:
            iri = mint("summit", self.x.article.id, summit.name or "meeting")
        while iri in used:
            iri += "-" + str(n)
        used.add(iri)
        return URIRef(iri)

    def summit_title(self, s: Summit) -> str:
        """A readable English name built from the kind, the participants and the date: "Anwar
        Ibrahim–Vladimir Putin bilateral meeting, 2025-05-14", "Sergey Lavrov official visit to
        Jakarta"."""
        kind = self.lexicon.labels.get(s.kind, {}).get("en", "meeting")
        kind = kind if kind[:2].isupper() else kind[:1].lower() + kind[1:]
        actors = self.actor
        people = [actors[p.target].label for p in s.participants if p.target in actors]
        persons = [
            actors[p.target].label for p in s.participants if p.target in actors and actors[p.target].kind == "Person"
        ]
        names = "–".join(sorted(persons or people)[:4])
        if s.kind.endswith("Visit") and s.location is not None:
            title = f"{names} {kind} to {self.lexicon.label(s.location)}"
        else:
            title = f"{names} {kind}"
        return _dated(title.strip() or kind, s.date)

    def agreement_title(self, a: Agreement) -> str:
        """A readable English name for a document the text names in Indonesian: "Malaysia–Russia
        memorandum of understanding, 2025-05-14"."""
        kind = self.lexicon.labels.get(a.kind, {}).get("en", "agreement")
        kind = kind if kind[:2].isupper() else kind[:1].lower() + kind[1:]
        parties = sorted(self.rolled_up(a.parties)) or [p.target for p in a.parties]
        names = "–".join(sorted(x.label if (x := self.actor.get(p)) else self.lexicon.label(p) for p in parties)[:4])
        return _dated(f"{names} {kind}".strip(), a.date)

    def labels(self, node: URIRef, name: str | None, english: str) -> None:
        """An English rdfs:label on every meeting and document: the surface name when the article
        is English, else the built ``english`` one, with the surface name kept as its own
        language's label."""
        if name and self.lang == "en":
            self.g.add((node, RDFS.label, Literal(name, lang="en")))
            return
        self.g.add((node, RDFS.label, Literal(english, lang="en")))
        if name:
            self.g.add((node, RDFS.label, Literal(name, lang=self.lang)))

    def rolled_up(self, links: tuple[Link, ...]) -> set[str]:
        """Countries and organizations among the participants or represented by them."""
        out: set[str] = set()
        for link in links:
            actor = self.actor.get(link.target)
            if actor is None:
                continue
            if actor.kind == "Person":
                out.update(actor.represents)
            else:
                out.add(actor.iri)
        return out

    def countries_of_bodies(self, a: Agreement) -> set[str]:
        """The country each body among the parties belongs to: its agency link in the gazetteer, or
        the article's country its name gives ("Ministry of Transport of Russia"), so that a document
        two ministries signed is one between their countries to the saved queries."""
        countries = [x for x in self.x.actors if x.kind == "Country"]
        out: set[str] = set()
        for link in a.parties:
            body = self.actor.get(link.target)
            if body is None or body.kind != "Organization":
                continue
            out.update(self.lexicon.related(body.iri, str(DKG.agencyOf)))
            out.update(c.iri for c in countries if names_its_country(body.label, c.label))
        return out

    def sector_roll_up(self, node: URIRef, links: tuple[Link, ...], kind_link: URIRef) -> None:
        """dkg:inSector: each sector linked and every broader one, so a query on a sector and
        its narrower ones is one index lookup instead of a property path per link; and the same
        sectors by ``kind_link`` (dkg:summitInSector or dkg:agreementInSector), so a count over
        every meeting or every agreement reads one property instead of joining each resource's
        type."""
        found: set[str] = set()
        todo = [link.target for link in links]
        while todo:
            sector = todo.pop()
            if sector not in found:
                found.add(sector)
                todo += self.lexicon.related(sector, str(SKOS.broader))
        for iri in sorted(found):
            self.g.add((node, DKG.inSector, URIRef(iri)))
            self.g.add((node, kind_link, URIRef(iri)))

    def summit(self, node: URIRef, s: Summit) -> None:
        g = self.g
        g.add((node, RDF.type, URIRef(s.kind)))
        g.add((node, RDF.type, DKG.Summit))
        self.labels(node, s.name if s.named else None, self.summit_title(s))
        g.add((node, DKG.status, Literal(s.status)))
        g.add((node, DKG.mentionedIn, self.art))
        if s.date is not None:
            add_date(g, node, s.date)
        if s.location is not None:
            g.add((node, DKG.location, URIRef(s.location)))
        for link in s.participants:
            g.add((node, DKG.participant, URIRef(link.target)))
            self.evidence(node, link.sentence, DKG.participant, link.target)
        for iri in sorted(self.rolled_up(s.participants) | {p.target for p in s.participants}):
            g.add((node, DKG.participantCountry, URIRef(iri)))
        for link in s.sectors:
            g.add((node, DKG.discussedSector, URIRef(link.target)))
            self.evidence(node, link.sentence, DKG.discussedSector, link.target)
        self.sector_roll_up(node, s.sectors, DKG.summitInSector)
        for i in s.sentences[:1]:
            self.evidence(node, i)

    # -- agreements -------------------------------------------------------------------
    def agreements(self, summit_iris: dict[str, URIRef]) -> None:
        used: set[str] = set()
        for n, a in enumerate(self.x.agreements):
            node = self.agreement_iri(a, n, used)
            self.agreement(node, a, summit_iris)

    def agreement_iri(self, a: Agreement, n: int, used: set[str]) -> URIRef:
        parties = self.rolled_up(a.parties)
        kind = a.kind.rsplit("#", 1)[-1]
        if a.date is not None and a.date.precision == "day" and parties:
            iri = mint("agreement", a.date.iso, kind, *sorted(slug(self.lexicon.label(p)) for p in parties))
        else:
            iri = mint("agreement", self.x.article.id, a.name or kind)
        while iri in used:
            iri += "-" + str(n)
        used.add(iri)
        return URIRef(iri)

    def agreement(self, node: URIRef, a: Agreement, summit_iris: dict[str, URIRef]) -> None:
        g = self.g
        g.add((node, RDF.type, URIRef(a.kind)))
        g.add((node, RDF.type, DKG.Agreement))
        self.labels(node, a.name, self.agreement_title(a))
        g.add((node, DKG.mentionedIn, self.art))
        if a.date is not None:
            add_date(g, node, a.date)
        if a.adopted_at is not None and a.adopted_at in summit_iris:
            g.add((node, DKG.adoptedAt, summit_iris[a.adopted_at]))
        for link in a.parties:
            g.add((node, DKG.party, URIRef(link.target)))
            self.evidence(node, link.sentence, DKG.party, link.target)
        for iri in sorted(self.rolled_up(a.parties) | {p.target for p in a.parties} | self.countries_of_bodies(a)):
            g.add((node, DKG.partyCountry, URIRef(iri)))
        for link in a.signatories:
            g.add((node, DKG.signatory, URIRef(link.target)))
            self.evidence(node, link.sentence, DKG.signatory, link.target)
        for link in a.sectors:
            g.add((node, DKG.coversSector, URIRef(link.target)))
            self.evidence(node, link.sentence, DKG.coversSector, link.target)
        self.sector_roll_up(node, a.sectors, DKG.agreementInSector)
        for i in a.sentences[:1]:
            self.evidence(node, i)

    # -- memberships and figures ----------------------------------------------------------
    def memberships(self) -> None:
        for m in self.x.memberships:
            prop = DKG.memberOf if m.status == "member" else DKG.seeksMembershipOf
            self.g.add((URIRef(m.member), prop, URIRef(m.organization)))
            self.evidence(URIRef(m.member), m.sentence, prop, m.organization)

    def figures(self) -> None:
        for n, f in enumerate(self.x.figures):
            node = URIRef(mint("figure", self.x.article.id, str(n)))
            g = self.g
            g.add((node, RDF.type, DKG.Figure))
            g.add((node, RDFS.label, Literal(f"{f.measure} {f.value:g} {f.unit}", lang="en")))
            g.add((node, DKG.measure, Literal(f.measure)))
            g.add((node, DKG.value, Literal(f"{f.value:.2f}", datatype=XSD.decimal)))
            g.add((node, DKG.unit, Literal(f.unit)))
            g.add((node, DKG.mentionedIn, self.art))
            if f.year is not None:
                g.add((node, DKG.year, date_literal(f.year)))
            for actor in f.between:
                g.add((node, DKG.figureBetween, URIRef(actor)))
            self.evidence(node, f.sentence)


def _dated(title: str, date: DateValue | None) -> str:
    return f"{title}, {date.iso}" if date is not None else title


def without_middle_initials(name: str) -> str:
    """ "Yasonna H. Laoly" → "Yasonna Laoly": initials between the first and last names dropped."""
    words = name.split()
    kept = [w for n, w in enumerate(words) if n in (0, len(words) - 1) or not re.fullmatch(r"[A-Z]\.", w)]
    return " ".join(kept)
