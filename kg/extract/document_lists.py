"""Lists of documents: "lima dokumen kerja sama: rencana kerja ...; nota kesepahaman ...; serta ...".

A set of documents ("lima dokumen", "ketiga kesepakatan itu", "three documents") followed by a
list whose first item begins with a kind of document names the documents of the set one by one:
each item is a document, and the set is not one more. Items are separated by semicolons when
the writer used them (items then may hold commas of their own), otherwise by a comma or a
joining word right before another kind of document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import Doc
from kg.lang import count_value, counted, document_list_words
from kg.lexicon import Lexicon
from kg.match import tokenize

DKG = "https://w3id.org/dkg/ontology#"
_WORDS_BEFORE_OPENER = 3  # "dokumen kerja sama yang diteken:", "kesepakatan itu ialah"
_DETERMINER = re.compile(r"^(?:a|an|the|sebuah|satu)\s+", re.I)


@dataclass(frozen=True, slots=True)
class ListedDocument:
    kind: str  # IRI of the document's class; dkg:Agreement when the item's head word is unknown
    start: int  # offsets into Article.text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DocumentList:
    set_start: int  # where the noun of the set begins: document words before it are not in the list
    items: tuple[ListedDocument, ...]
    partial: bool = False  # "empat dokumen, antara lain ...": the items are some of the set, not all


def document_list(doc: Doc, i: int) -> DocumentList | None:
    """The documents sentence i lists after naming their set, if it lists at least two."""
    sentence = doc.sentences[i]
    text = sentence.text
    words = document_list_words()
    for noun in words.set_noun.finditer(text):
        first = _list_start(doc.lexicon, text, noun.end())
        if first is None:
            continue
        items = _items(doc.lexicon, text, first)
        if len(items) >= 2:
            listed = tuple(
                ListedDocument(kind, sentence.start + start, sentence.start + end, name)
                for kind, start, end, name in _one_per_field(text, items, _count_before(text, noun.start()))
            )
            partial = bool(words.partial.search(text, noun.end(), first))
            return DocumentList(sentence.start + noun.start(), listed, partial)
    return _topic_list(doc, i)


# "MoU kerja sama ekonomi biru, sumber daya mineral, mineral hijau, dan sumber daya air": a kind of
# document, the word of cooperation, then three fields or more cut by commas
_FIELDS = re.compile(
    r"^(?P<head>.+?\b(?:kerja\s*sama|cooperation|tentang|mengenai|on|di bidang|in))\s+"
    r"(?P<fields>[^,;]+(?:,\s*[^,;]+){2,})$",
    re.I,
)
_LAST_FIELD = re.compile(r",?\s+(?:dan|serta|and)\s+(?=[^,]+$)", re.I)


def _count_before(text: str, noun_start: int) -> int | None:
    """The exact number of a set counted right before its noun ("tujuh dokumen")."""
    m = counted().search(text[:noun_start])
    return count_value(m.group("count")) if m else None


def _one_per_field(text: str, items: list[tuple[str, int, int]], count: int | None) -> list[tuple[str, int, int, str]]:
    """An item naming three fields or more of one kind of document is one document per field, when
    the set's count leaves room for them ("tujuh dokumen, antara lain protokol A serta MoU kerja sama
    B, C, D, dan E": five of the seven)."""
    out: list[tuple[str, int, int, str]] = []
    for n, (kind, start, end) in enumerate(items):
        m = _FIELDS.match(text[start:end])
        fields = _field_spans(text, start + m.start("fields"), end) if m else []
        if m is None or count is None or len(out) + len(fields) + len(items) - n - 1 > count:
            out.append((kind, start, end, text[start:end]))
            continue
        out.extend((kind, a, b, f"{m.group('head')} {text[a:b]}") for a, b in fields)
    return out


def _field_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    last = _LAST_FIELD.search(text, start, end)
    cuts = [start + m.start() for m in re.finditer(",", text[start : last.start() if last else end])]
    bounds = [start, *cuts, *([last.start()] if last else [])]
    spans = []
    for a, b in zip(bounds, [*bounds[1:], end], strict=True):
        a = a if a == start else (last.end() if last and a == last.start() else a + 1)
        a += len(text[a:b]) - len(text[a:b].lstrip())
        spans.append((a, len(text[:b].rstrip(" ,"))))
    return spans


_DISTRIBUTIVE = re.compile(
    r"^,?\s*(?:masing-masing|antara lain|di antaranya|one each|each|respectively|covering respectively"
    r"|including|among them)\s*",
    re.I,
)
_SET_REACH = 120  # how far before "masing-masing tentang" the set and its kind may be named


def _topic_list(doc: Doc, i: int) -> DocumentList | None:
    """ "Enam dokumen berbentuk nota kesepahaman (MoU), masing-masing tentang A; B; serta C": one
    document of the set's kind per topic listed, named by its kind and its topic."""
    sentence = doc.sentences[i]
    text = sentence.text
    opener = document_list_words().topic_opener.search(text)
    fields = document_list_words().fields_of_the_set.match(text) if opener is None else None
    if fields is not None:
        return _fields_of_the_set_told(doc, i, fields)
    rest = document_list_words().rest_of_the_set.match(text) if opener is None else None
    if rest is not None:
        return _rest_of_the_set_told(doc, i, rest)
    if opener is None:
        return _counted_set_after_a_colon(doc, i)
    window = max(0, opener.start() - _SET_REACH)
    kinds = [m for m in doc.kinds(i, "Agreement") if window <= m.start - sentence.start < opener.start()]
    nouns = list(document_list_words().set_noun.finditer(text, window, opener.start()))
    if not kinds and not nouns:
        return None
    kind, kind_text = (kinds[0].concept, kinds[0].text) if kinds else (DKG + "Agreement", nouns[-1].group())
    # "tentang", "di bidang", "on": the words after the distributive one
    lead = _DISTRIBUTIVE.sub("", opener.group()).strip(" :") or "on"
    topics = _topic_items(text, opener.end())
    if len(topics) < 2:
        return None
    set_start = min([m.start for m in kinds] + [sentence.start + n.start() for n in nouns])
    listed = tuple(
        ListedDocument(kind, sentence.start + start, sentence.start + end, f"{kind_text} {lead} {text[start:end]}")
        for start, end in topics
    )
    return DocumentList(set_start, listed, partial=bool(document_list_words().partial.search(opener.group())))


_TOPIC_LEAD = {"id": "tentang", "ms": "mengenai", "en": "on"}


def _counted_set_after_a_colon(doc: Doc, i: int) -> DocumentList | None:
    """ "menyaksikan penandatanganan empat nota kesepahaman ekonomi di Ruang X: A antara P dan Q; B
    antara R dan S; serta C": a counted set, then its documents named by topic, one per item of a
    list the writer cut with semicolons."""
    sentence = doc.sentences[i]
    text = sentence.text
    colon = text.find(":")
    if colon < 0 or text.count(";", colon) < 1:
        return None
    window = max(0, colon - _SET_REACH)
    kinds = [
        m
        for m in doc.kinds(i, "Agreement")
        if window <= m.start - sentence.start < colon and counted().search(text[: m.start - sentence.start])
    ]
    if not kinds:
        return None
    topics = _topic_items(text, colon + 1)
    if len(topics) < 2:
        return None
    kind = kinds[-1]
    lead = _TOPIC_LEAD.get(doc.article.language or "id", "tentang")
    listed = tuple(
        ListedDocument(kind.concept, sentence.start + a, sentence.start + b, f"{kind.text} {lead} {text[a:b]}")
        for a, b in topics
    )
    return DocumentList(kind.start, listed)


_REST_REACH = 15  # sentences back to the counted set whose other documents a sentence tells by topic


def _rest_of_the_set_told(doc: Doc, i: int, rest: re.Match[str]) -> DocumentList | None:
    """ "... witnessed the exchange of 20 documents. [...] Other documents deal with A, B, and a
    protocol on C": a document per topic of the set counted before; an item that names its own kind
    is of that kind."""
    if not any(counts_documents(doc, k) for k in range(max(0, i - _REST_REACH), i)):
        return None
    sentence = doc.sentences[i]
    lead = _TOPIC_LEAD.get(doc.article.language or "id", "tentang")
    noun = "document" if lead == "on" else "dokumen"
    listed = []
    for a, b in _topic_items(sentence.text, rest.end()):
        item = sentence.text[a:b]
        own = document_kind_at(doc.lexicon, sentence.text, a) or modified_kind(doc.lexicon, sentence.text, a)
        if own or qualified_head(doc.lexicon, sentence.text, a) is not None:
            name = without_determiner(item)  # "a quarantine protocol for ...", "a currency swap arrangement"
        elif _body_in(doc, i, sentence.start + a, sentence.start + b):
            name = f"{noun} {lead} {item}"  # "media cooperation with news agency X": one signed with a body
        else:
            continue  # "tourism, agriculture": a field of the set, not a document named
        listed.append(ListedDocument(own or DKG + "Agreement", sentence.start + a, sentence.start + b, name))
    return DocumentList(sentence.start, tuple(listed)) if listed else None


def _body_in(doc: Doc, i: int, start: int, end: int) -> bool:
    return any(m.kind == "Organization" and start <= m.start < end for m in doc.mentions[i])


def counts_documents(doc: Doc, k: int) -> bool:
    """Sentence k counts a set of documents ("sembilan nota kesepahaman", "29 documents")."""
    sentence = doc.sentences[k]
    return any(counted().search(sentence.text[: m.start - sentence.start]) for m in doc.kinds(k, "Agreement"))


def _fields_of_the_set_told(doc: Doc, i: int, fields: re.Match[str]) -> DocumentList | None:
    """ "... meneken sembilan MoU. Bidangnya meliputi A, B, ..., serta I.": the fields of the counted set
    the sentence before told, one document of its kind each."""
    if i == 0:
        return None
    before = doc.sentences[i - 1]
    counted_kinds = [
        m for m in doc.kinds(i - 1, "Agreement") if counted().search(before.text[: m.start - before.start])
    ]
    if not counted_kinds:
        return None
    kind = counted_kinds[-1]
    topics = _topic_items(doc.sentences[i].text, fields.end())
    if len(topics) < 2:
        return None
    sentence = doc.sentences[i]
    listed = tuple(
        ListedDocument(kind.concept, sentence.start + a, sentence.start + b, f"{kind.text} {sentence.text[a:b]}")
        for a, b in topics
    )
    return DocumentList(sentence.start, listed)


def _topic_items(text: str, start: int) -> list[tuple[int, int]]:
    """The topics after the opener: cut at semicolons when the writer used them, else at commas
    and the joining word before the last."""
    end = len(text.rstrip(" .!?"))
    separator = ";" if ";" in text[start:end] else ","
    cuts = [(start + m.start(), start + m.end()) for m in re.finditer(separator, text[start:end])]
    tail = cuts[-1][1] if cuts else start
    if separator == "," and not document_list_words().joiner.match(text[tail:end]):
        # "A, B dan C": the first joining word after the last comma ends B ("... serta D dan E" is one)
        joined = re.search(r"\s+(?:dan|serta|and)\s+", text[tail:end])
        if joined is not None:
            cuts.append((tail + joined.start(), tail + joined.start()))
    items = []
    for (_, begin), (stop, _) in zip([(start, start), *cuts], [*cuts, (end, end)], strict=True):
        joiner = document_list_words().joiner.match(text[begin:stop])
        begin += joiner.end() if joiner else len(text[begin:stop]) - len(text[begin:stop].lstrip())
        stop = len(text[:stop].rstrip(" ,"))
        if stop > begin:
            items.append((begin, stop))
    return items


def _list_start(lexicon: Lexicon, text: str, pos: int) -> int | None:
    """Where the first item begins: after the opener that follows the set within a few words,
    provided a kind of document opens it."""
    words = document_list_words()
    for _ in range(_WORDS_BEFORE_OPENER + 1):
        opener = words.opener.match(text[pos:])
        if opener and opener.end() > 0 and document_kind_at(lexicon, text, pos + opener.end()):
            return pos + opener.end()
        word = re.match(r"\s+[\w-]+", text[pos:])
        if word is None:
            return None
        pos += word.end()
    return None


def _items(lexicon: Lexicon, text: str, start: int) -> list[tuple[str, int, int]]:
    end = len(text.rstrip(" .!?"))
    if ";" in text[start:end]:
        cuts = [start + m.start() for m in re.finditer(";", text[start:end])]
    else:
        cuts = _comma_cuts(lexicon, text, start, end)
    items: list[tuple[str, int, int]] = []
    for begin, stop in zip([start, *[c + 1 for c in cuts]], [*cuts, end], strict=True):
        joiner = document_list_words().joiner.match(text[begin:stop])
        begin += joiner.end() if joiner else len(text[begin:stop]) - len(text[begin:stop].lstrip())
        kind = document_kind_at(lexicon, text, begin) or modified_kind(lexicon, text, begin) or DKG + "Agreement"
        if not items and kind == DKG + "Agreement" and not item_head(text, begin):
            return []
        items.append((kind, begin, len(text[:stop].rstrip(" ,"))))
    return items


def _comma_cuts(lexicon: Lexicon, text: str, start: int, end: int) -> list[int]:
    """A comma or a joining word is a boundary only where another kind of document follows."""
    cuts = []
    joiner = document_list_words().joiner
    for m in re.finditer(r",", text[start:end]):
        after = start + m.end()
        j = joiner.match(text[after:end])
        at = after + (j.end() if j else 0)
        if document_kind_at(lexicon, text, at) or item_head(text, at) or modified_kind(lexicon, text, at):
            cuts.append(start + m.start())
    # items joined by a word alone: "nota kesepahaman ... dan perjanjian ...", "..., X and an MoU ..."
    for m in re.finditer(r"(?<!,)\s+(?=\S)", text[start:end]):
        j = joiner.match(text[start + m.start() : end])
        at = start + m.start() + (j.end() if j else 0)
        if j and (document_kind_at(lexicon, text, at) or item_head(text, at)):
            cuts.append(start + m.start())
    return sorted(cuts)


# "a cultural cooperation agreement": a few words that qualify the kind of document before it; a
# word that links or acts ("signed an agreement", "a visit and an agreement") is not one of them
_QUALIFIERS = 3
_WORD = re.compile(r"([a-z][\w-]*)\s+", re.I)
_NOT_MODIFIER = re.compile(
    r"^(?:a|an|the|and|or|of|on|in|to|for|with|by|at|from|between|as|was|were|is|are|be|been|has|have|had|"
    r"\w+ed|will|would|yang|dan|atau|di|ke|dari|untuk|dengan|tentang|mengenai|serta|antara|oleh)$",
    re.I,
)


def modified_kind(lexicon: Lexicon, text: str, pos: int) -> str | None:
    """The class of document a list item names after its qualifying words ("a cultural cooperation
    agreement between ...", "an intergovernmental agreement on ...")."""
    head = qualified_head(lexicon, text, pos)
    return None if head is None or head[1] is None else head[1]


def qualified_head(lexicon: Lexicon, text: str, pos: int) -> tuple[int, str | None] | None:
    """Where the kind of document (its class) or a word that opens a document (None) stands after
    at most a few qualifying words from pos ("Joint action plan", "Comprehensive Programme")."""
    pos += len(text[pos:]) - len(text[pos:].lstrip())
    determiner = _DETERMINER.match(text[pos:])
    if determiner:
        pos += determiner.end()
    for n in range(_QUALIFIERS + 1):
        kind = document_kind_at(lexicon, text, pos)
        if n and (kind is not None or item_head(text, pos)):
            return pos, kind
        word = _WORD.match(text, pos)
        if word is None or _NOT_MODIFIER.match(word.group(1)):
            return None
        pos = word.end()
    return None


def without_determiner(name: str) -> str:
    """ "an MoU on youth and sports": the item's name starts at its kind of document."""
    return _DETERMINER.sub("", name, count=1)


def item_head(text: str, pos: int) -> bool:
    """ "persetujuan bebas visa ...": inside a list of documents, a word that opens a document."""
    rest = text[pos:].lstrip()
    determiner = _DETERMINER.match(rest)
    return bool(document_list_words().item_head.match(rest[determiner.end() if determiner else 0 :]))


_KIND_WORDS = 4  # the longest name of a kind of document read, in words


def document_kind_at(lexicon: Lexicon, text: str, pos: int) -> str | None:
    """The class of document whose word opens text at pos ("nota kesepahaman tentang ...")."""
    pos += len(text[pos:]) - len(text[pos:].lstrip())
    determiner = _DETERMINER.match(text[pos:])
    if determiner:
        pos += determiner.end()
    tokens = tokenize(text[pos : pos + 80], limit=_KIND_WORDS)  # the words a kind's name may take
    if not tokens or tokens[0].start != 0:
        return None
    for length in range(min(_KIND_WORDS, len(tokens)), 0, -1):
        key = tuple(t.forms[0] for t in tokens[:length])
        for entry in lexicon.entries.get(key, ()):
            raw = tuple(t.raw for t in tokens[:length])
            if entry.kind == "Agreement" and entry.exact_case in (None, raw):
                return entry.concept
    return None
