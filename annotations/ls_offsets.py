"""Offsets as Label Studio counts them (UTF-16 code units) versus Python (code points).

Label Studio's editor runs in the browser, so a region's ``value.start``/``end`` index the
JavaScript string: a character outside the Basic Multilingual Plane (rare CJK Extension B-G
characters in names and places, e.g. 𠀀, or an emoji) counts as *two* units there and one in
Python. Every offset crossing the boundary goes through these two functions; for the usual text
with no such character they are the identity.
"""
from __future__ import annotations


def _has_astral(text: str) -> bool:
    return any(ord(c) > 0xFFFF for c in text)


def py_to_ls(text: str, offset: int) -> int:
    """Python code-point offset -> Label Studio (UTF-16) offset."""
    if not _has_astral(text):
        return offset
    return offset + sum(1 for c in text[:offset] if ord(c) > 0xFFFF)


def ls_to_py(text: str, offset: int) -> int | None:
    """Label Studio (UTF-16) offset -> Python offset; ``None`` if it falls inside a surrogate pair."""
    if not _has_astral(text):
        return offset
    units = 0
    for i, c in enumerate(text):
        if units == offset:
            return i
        if units > offset:
            return None
        units += 2 if ord(c) > 0xFFFF else 1
    return len(text) if units == offset else None
