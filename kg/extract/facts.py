"""Memberships ("anggota tetap Dewan Keamanan PBB", "bergabung dalam BRICS") and stated figures
(trade values, percentages)."""

from __future__ import annotations

import re

from kg.extract import Doc
from kg.extract.dates import find_dates
from kg.extract.summit_drafts import Meetings
from kg.model import Figure, Membership
from kg.patterns import cues

_SCALE = {
    "ribu": 1e3,
    "thousand": 1e3,
    "juta": 1e6,
    "million": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "billion": 1e9,
    "triliun": 1e12,
    "trillion": 1e12,
}
_MONEY = re.compile(
    r"(?P<pre>US\$|\$|USD|Rp\.?)?\s*(?P<num>\d+(?:[.,]\d+)*)\s*(?P<scale>ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion)?"
    r"\s*(?P<post>dolar AS|dollar AS|dolar Amerika(?: Serikat)?|US dollars?|dollars?|dolar|USD"
    r"|rupiah|yuan|rubel|roubles?|ringgit|euro)?",
    re.I,
)
_PERCENT = re.compile(r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|persen|percent)", re.I)
_MEASURES = {
    "perdagangan": "trade",
    "trade": "trade",
    "investasi": "investment",
    "investment": "investment",
    "ekspor": "exports",
    "impor": "imports",
}


def find_facts(doc: Doc, meetings: Meetings) -> tuple[list[Membership], list[Figure]]:
    memberships: list[Membership] = []
    figures: list[Figure] = []
    for i in range(len(doc.sentences)):
        memberships.extend(_memberships(doc, i))
        figures.extend(_figures(doc, i, meetings))
    return _unique(memberships), figures


def _memberships(doc: Doc, i: int) -> list[Membership]:
    """ "Indonesia resmi bergabung dengan BRICS", "Malaysia mengajukan permohonan keanggotaan BRICS",
    "GCC beranggotakan enam negara, yaitu ...", "anggota tetap Dewan Keamanan PBB"."""
    sentence = doc.sentences[i]
    out = []
    countries = doc.kinds(i, "Country")
    for org in doc.kinds(i, "Organization"):
        tail = _own_clause(sentence.text[: org.start - sentence.start][-80:])
        after = sentence.text[org.end - sentence.start :][:40]
        before = [c for c in countries if c.end <= org.start]
        if (cues()["applied"].search(tail) or cues()["partner_named_after"].match(after)) and before:
            out.append(Membership(before[-1].concept, org.concept, "applicant", i))
        elif (_joined_it(tail) or cues()["apply_membership"].search(tail)) and before:
            out.append(Membership(before[-1].concept, org.concept, "member", i))
        elif cues()["has_members"].search(after):
            out.extend(Membership(c.concept, org.concept, "member", i) for c in countries if c.start > org.end)
        elif re.search(r"\b(anggota(?: tetap)?|permanent members? of|members? of)\s*$", tail, re.I):
            out.extend(Membership(c.concept, org.concept, "member", i) for c in countries)
    return out


_JOINED_GAP_WORDS = 5  # "resmi bergabung dengan kelompok BRICS": the body a few words after the verb


def _joined_it(tail: str) -> bool:
    """The verb of joining has the organization as its object: not "Li Qiang joined the leaders for
    the ASEAN-GCC-China Summit", where the body names a meeting he joined."""
    found = list(cues()["joined"].finditer(tail))
    if not found:
        return False
    gap = tail[found[-1].end() :]
    return len(gap.split()) <= _JOINED_GAP_WORDS and not cues()["not_the_joined_body"].search(gap)


def _own_clause(tail: str) -> str:
    """The words before an organization from its clause's start: not "after applying to join the
    grouping, would deepen ties with the GCC", where the joining was another body's."""
    cut = max((m.end() for m in cues()["main_clause_resumes"].finditer(tail)), default=0)
    return tail[cut:]


def _figures(doc: Doc, i: int, meetings: Meetings) -> list[Figure]:
    text = doc.sentences[i].text
    measure = next((v for k, v in _MEASURES.items() if re.search(rf"\b{k}\b", text, re.I)), None)
    if measure is None:
        return []
    between = _between(doc, i, meetings)
    years = [d.value for d in find_dates(text, doc.article.published) if d.value.precision == "year"]
    year = years[0] if years else None
    out = []
    for m in _MONEY.finditer(text):
        currency = _currency(m)
        if currency is None or not m["scale"]:
            continue
        value = _number(m["num"]) * _SCALE[m["scale"].lower()]
        out.append(Figure(measure, value, currency, year, between, i))
        break  # the first amount; later ones are conversions ("sekitar Rp53 triliun")
    for m in _PERCENT.finditer(text):
        out.append(Figure(measure + " growth", _number(m["num"]), "percent", year, between, i))
    return out


def _between(doc: Doc, i: int, meetings: Meetings) -> tuple[str, ...]:
    actors = [iri for _, iri in doc.sentence_actors[i] if doc.actors[iri].kind != "Person"]
    if len(actors) < 2 and meetings.scope[i] is not None:
        summit = meetings.summits[meetings.scope[i]]  # type: ignore[index]
        rolled = doc.roll_up(list(summit.participants))
        actors = [a for a in rolled if a in doc.actors and doc.actors[a].kind != "Person"]
    return tuple(sorted(set(actors)))


def _currency(m: re.Match[str]) -> str | None:
    pre, post = (m["pre"] or "").lower(), (m["post"] or "").lower()
    if pre in ("$", "us$", "usd") or "dol" in post or "usd" in post:
        return "USD"
    if pre.startswith("rp") or post == "rupiah":
        return "IDR"
    return {"yuan": "CNY", "ringgit": "MYR", "euro": "EUR"}.get(
        post, "RUB" if post.startswith(("rubel", "rouble")) else None
    )


def _number(text: str) -> float:
    """Indonesian "3,2" and "1.500" as well as English "3.2" and "1,500"."""
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = text.replace(",", ".") if len(tail) != 3 else text.replace(",", "")
    elif text.count(".") == 1 and len(text.rpartition(".")[2]) == 3:
        text = text.replace(".", "")
    return float(text)


def _unique(items: list[Membership]) -> list[Membership]:
    seen: set[tuple[str, str]] = set()
    out = []
    for m in items:
        if (m.member, m.organization) not in seen:
            seen.add((m.member, m.organization))
            out.append(m)
    return out
