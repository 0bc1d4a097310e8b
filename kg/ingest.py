"""Read an article file into an Article: decoded text, id, title, publisher, date, language.

An article's identity comes from what it says, never from its file name: a page's canonical
URL (``<link rel="canonical">``) when it carries one, else the SHA-256 of its normalized text
(Unicode NFC, whitespace runs collapsed to one space). The same text under two names is one
article with two source files; two different texts are two articles whatever their names.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.extract.dates import find_absolute_dates, parse_dateline
from kg.model import Article, DateValue
from kg.patterns import boilerplate_rules, publishers
from kg.settings import DEFAULT_MAX_ARTICLE_BYTES
from kg.sizes import format_size

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
# how far into the lead paragraph a publication date is looked for (a lead can be a whole article)
_LEAD_CHARS = 2000
# byte order marks of the UTF-16 and UTF-32 encodings (UTF-32 first: its LE mark starts like UTF-16's)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# control characters no article needs (and XML cannot hold): dropped; vertical tab and form feed end a line
_CONTROLS = {c: None for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF]} | {
    0x0B: "\n",
    0x0C: "\n",
}
# the same characters as a pattern: most texts hold none, and searching is much cheaper than translating
_HAS_CONTROLS = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROLS) + "]")
_BINARY_SHARE = 0.05  # more control bytes than this in the first 8 KB: not text
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Article:
    """Read one .txt or .html article of at most ``max_bytes`` bytes.

    Raises:
        InputError: the file is missing, unreadable, a folder, too large, empty, binary or not
            decodable.

    >>> read_article(Path("missing.txt"))  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.InputError: missing.txt: cannot read file (No such file or directory)
    """
    return parse_article(path, read_bytes(path, max_bytes))


def parse_article(path: Path, data: bytes) -> Article:
    """The article in ``data``, the bytes of the file ``path``; the file itself is not read (a
    cluster worker gets the bytes from the client that read it).

    Raises:
        InputError: binary content, bytes that fit no supported encoding, an HTML page without
            readable text.
    """
    text = decode(path, data)
    if path.suffix.lower() in (".html", ".htm"):
        return _from_html(path, text)
    return _from_text(path, text)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of an article file; its size is checked before anything is read.

    Raises:
        InputError: the file is missing, unreadable, too large or empty.
    """
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise InputError(path, too_large(size, max_bytes))
            data = f.read(max_bytes + 1)  # at most one byte more: a file that grew is still refused
    except OSError as e:
        raise InputError(path, unreadable(path, e)) from None
    if len(data) > max_bytes:
        raise InputError(path, too_large(len(data), max_bytes))
    if not data.strip():
        raise InputError(path, "empty file")
    return data


def too_large(size: int, limit: int) -> str:
    return f"too large ({format_size(size)}; the limit is {format_size(limit)}; raise it with kg build --max-size)"


def unreadable(path: Path, e: OSError) -> str:
    """Why a file or folder cannot be read, in words."""
    if e.errno == errno.EISDIR:
        return "a folder, not an article file"
    if e.errno == errno.ELOOP:
        return "symbolic link loop (the link leads back to itself)"
    if e.errno == errno.ENOENT and path.is_symlink():
        return f"broken symbolic link (its target does not exist: {os.readlink(path)})"
    return f"cannot read file ({e.strerror or e})"


def decode(path: Path, data: bytes) -> str:
    """UTF-16 or UTF-32 with a byte order mark, UTF-8 (with or without BOM), else a single-byte
    Western encoding when it fits; control characters dropped.

    Raises:
        InputError: binary content, or bytes that fit no supported encoding.
    """
    text = _decode_with_bom(data)
    if text is None:
        if _looks_binary(data):
            raise InputError(path, "binary file, not a text or HTML article")
        text = _decode_8bit(path, data)
    return text.translate(_CONTROLS) if _HAS_CONTROLS.search(text) else text


def _decode_with_bom(data: bytes) -> str | None:
    """UTF-16/32 text announced by its byte order mark; None when there is no mark or it lies."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return None if _share_of_controls(text[:8192]) > _BINARY_SHARE else text
    return None


def _decode_8bit(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = e.start
    guess = _guess_single_byte(data)
    if guess is None:
        raise InputError(path, f"not UTF-8 (byte 0x{data[bad]:02x} at offset {bad}) and no other encoding fits")
    return data.decode(guess)


def _looks_binary(data: bytes) -> bool:
    """Many control bytes (NUL among them) at the start: a stray NUL in text is not enough."""
    return _share_of_controls(data[:8192]) > _BINARY_SHARE


def _share_of_controls(head: bytes | str) -> float:
    if isinstance(head, bytes):  # every plain file: counted by deleting them, in C
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    else:
        controls = sum(1 for c in head if ord(c) < 32 and ord(c) not in (9, 10, 12, 13))
    return controls / max(len(head), 1)


def _guess_single_byte(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15"]).best()
    if best is None or best.chaos > 0.3:
        return None
    return str(best.encoding)


# how many hex digits of the identifying hash name the article (64 bits: no collision in practice)
ID_DIGITS = 16
_CANONICAL = re.compile(
    r"<link\b[^>]*?\brel\s*=\s*[\"']?canonical\b[^>]*>|<meta\b[^>]*?\bproperty\s*=\s*[\"']og:url[\"'][^>]*>", re.I
)
_HREF = re.compile(r"\b(?:href|content)\s*=\s*[\"']([^\"']+)[\"']", re.I)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who an article is: ``id`` names its IRI; ``key`` is the canonical URL or the content hash."""

    id: str
    key: str
    content_hash: str  # SHA-256 of the normalized text: tells a changed article from an unchanged one


def normalize(text: str) -> str:
    """The text an article's content hash is taken over: NFC, whitespace runs as one space.

    >>> normalize("Kuala  Lumpur\\r\\n(ANTARA) ")
    'Kuala Lumpur (ANTARA)'
    """
    return " ".join(unicodedata.normalize("NFC", text).split())  # split() and \s agree on what is white space


def canonical_url(html: str) -> str | None:
    """The page's own stable address: ``<link rel="canonical" href>``, else ``og:url``.

    >>> canonical_url('<link href="https://x.id/a/1" rel="canonical">')
    'https://x.id/a/1'
    """
    for tag in _CANONICAL.finditer(html[:200_000]):
        href = _HREF.search(tag.group(0))
        if href and href.group(1).strip().lower().startswith(("http://", "https://")):
            return href.group(1).strip()
    return None


def identify(path: Path, text: str) -> Identity:
    """The article's identity from its decoded file text (an HTML page: its canonical URL, if any).

    >>> identify(Path("a.txt"), "Jakarta -  Menteri ").id == identify(Path("b.txt"), "Jakarta - Menteri").id
    True
    """
    content = hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()
    url = canonical_url(text) if path.suffix.lower() in (".html", ".htm") else None
    if url is None:
        return Identity(content[:ID_DIGITS], content, content)
    return Identity(hashlib.sha256(url.encode("utf-8")).hexdigest()[:ID_DIGITS], url, content)


def identify_file(path: Path, *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Identity:
    """``identify`` for a file on disk of at most ``max_bytes`` bytes.

    Raises:
        InputError: the file cannot be read or decoded, or is too large.
    """
    return identify(path, decode(path, read_bytes(path, max_bytes)))


def _from_text(path: Path, text: str) -> Article:
    who = identify(path, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    head = text[:2000]
    dateline = parse_dateline(head, text)
    return Article(
        id=who.id,
        path=str(path),
        filename=path.name,
        text=text,
        sha256=who.content_hash,
        key=who.key,
        title=guess_title(text),
        publisher=guess_publisher(text),
        published=_published(text, dateline.date if dateline else None),
        language=guess_language(text),
        dateline=dateline.place if dateline else None,
    )


def _from_html(path: Path, html: str) -> Article:
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    if not body.strip():
        raise InputError(path, "no readable article text in the HTML page")
    published = None
    if meta is not None and meta.date:
        published = _iso_to_date(str(meta.date))
    dateline = parse_dateline(body[:2000], body)
    who = identify(path, html)
    return Article(
        id=who.id,
        path=str(path),
        filename=path.name,
        text=body,
        sha256=who.content_hash,
        key=who.key,
        title=(meta.title if meta is not None else None) or guess_title(body),
        publisher=(meta.sitename if meta is not None else None) or guess_publisher(body),
        author=meta.author if meta is not None else None,
        published=published or _published(body, dateline.date if dateline else None),
        language=guess_language(body),
        dateline=dateline.place if dateline else None,
    )


def _iso_to_date(s: str) -> DateValue | None:
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return None
    y, mo, d = m.groups()
    return DateValue(int(y), int(mo) if mo else None, int(d) if d else None)


def guess_title(text: str) -> str | None:
    """The first short line that stands alone before the body and is not page furniture."""
    rules = boilerplate_rules()
    lines = text.split("\n")
    for i, raw in enumerate(lines[:15]):
        line = raw.strip()
        if not line or rules.is_boilerplate(line):
            continue
        words = len(line.split())
        followed_by_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
        if 4 <= words <= 25 and not line.endswith((".", ":")) and followed_by_blank:
            return line
        if words > 25:
            return None
    return None


def guess_publisher(text: str) -> str | None:
    """An outlet named in a dateline ("Jakarta (ANTARA) -") or a copyright line."""
    outlets = publishers()
    head = text[:1500]
    for m in re.finditer(r"\(([A-Z][A-Za-z.]+)\)\s*[-–—]|,\s*([A-Z][A-Za-z.]+)\s*[-–—]", head):
        name = m.group(1) or m.group(2)
        if name.casefold() in outlets:
            return outlets[name.casefold()]
    mark = re.search(r"(?:Copyright|©)\s*(?:©\s*)?([A-Z][\w.]+)", text)
    if mark and mark.group(1).casefold() in outlets:
        return outlets[mark.group(1).casefold()]
    for line in text.split("\n")[:5] + text.split("\n")[-5:]:
        for word in re.findall(r"[\w.]+", line):
            if outlets.get(word.casefold()) == word:  # exact case: "ANTARA", not "antara"
                return word
    return None


def _published(text: str, dateline_date: DateValue | None) -> DateValue | None:
    """A dated dateline; else the copyright year; else the lead's first full date, to the month."""
    if dateline_date is not None:
        return dateline_date
    m = re.search(r"(?:Copyright|©)[^\n]{0,40}?\b((?:19|20)\d\d)\b", text)
    if m:
        return DateValue(int(m.group(1)))
    lead = _lead(text)[:_LEAD_CHARS]
    for found in find_absolute_dates(lead, None):
        if found.value.day and found.value.month:
            return found.value.coarsen("month")
    return None


def _lead(text: str) -> str:
    """The first paragraph of running prose (one with at least 15 words)."""
    rules = boilerplate_rules()
    for para in text.split("\n"):
        if len(para.split()) >= 15 and not rules.is_boilerplate(para):
            return para
    return ""


def guess_language(text: str) -> str:
    """Indonesian or English, by counting frequent function words."""
    words = re.findall(r"[a-z]+", text[:20000].lower())
    indonesian = {"yang", "dan", "di", "dengan", "untuk", "dari", "pada", "ini", "itu", "dalam"}
    english = {"the", "and", "of", "to", "in", "with", "for", "that", "on", "was"}
    id_score = sum(w in indonesian for w in words)
    en_score = sum(w in english for w in words)
    return "en" if en_score > id_score else "id"
