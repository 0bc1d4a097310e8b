"""The one minting function: stable IRIs for resources the extractor creates."""

from __future__ import annotations

import re
import unicodedata

BASE = "https://w3id.org/dkg/id/"


def slug(text: str, limit: int = 80) -> str:
    """ASCII, lower case, words joined by '-'.

    >>> slug("Evgeny Zagaynov")
    'evgeny-zagaynov'
    >>> slug("KTT ke-43 ASEAN “2023”")
    'ktt-ke-43-asean-2023'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:limit].strip("-") or "x"


def mint(kind: str, *parts: str) -> str:
    """An IRI under https://w3id.org/dkg/id/<kind>/ built from the given parts.

    >>> mint("person", "Evgeny Zagaynov")
    'https://w3id.org/dkg/id/person/evgeny-zagaynov'
    """
    return f"{BASE}{kind}/" + "-".join(slug(p) for p in parts if p)
