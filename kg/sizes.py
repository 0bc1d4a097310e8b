"""Byte sizes as people write them ("2MB", "500 KB", "1048576") and read them ("2.0 MB")."""

from __future__ import annotations

import re

_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.I)


def parse_size(text: str) -> int:
    """A size in bytes; KB, MB and GB are powers of 1024.

    Raises:
        ValueError: not a number with an optional unit.

    >>> parse_size("2MB"), parse_size("500 kb"), parse_size("1000")
    (2097152, 512000, 1000)
    """
    m = _SIZE.fullmatch(text)
    unit = m.group(2).lower() if m else ""
    if m is None or unit not in _UNITS:
        raise ValueError(f"{text!r} is not a size (write it as 2MB, 500KB or a number of bytes)")
    return int(float(m.group(1)) * _UNITS[unit])


def format_size(size: int) -> str:
    """A size for a message, in the largest unit that keeps it at or above 1.

    >>> format_size(3_300_000), format_size(2 * 1024**2), format_size(800)
    ('3.1 MB', '2 MB', '800 bytes')
    """
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"
