"""A number inside a short quotation is part of a slogan, a title or a name, never a count.

Reports quote their working slogans and the names of campaigns and hotlines: ``做到“受理一件、办结一件”``,
``推行“一窗受理、一次办好”``, ``“12345”热线``. The tagger marks the numbers in them as counts and a pairing
rule ties ``受理一件`` to the received total, so the report "received 1 request", and reconciliation
flags it against the table's real total.

A quotation here is text between paired quote marks (“…”, 「…」, 『…』, ‘…’ or ASCII "…" on one line) of
at most :data:`MAX_QUOTED_CHARS` characters with no full stop inside. Nonzero counts in it are dropped
before any rule pairs them. Zeros stay: ``实现“零复议、零诉讼”`` states what happened. Category words in
quotes stay too (``答复为“不予公开”的``): only the numbers of a quotation are not counts.

Example::

    坚持做到“[受理|RECEIVED][一|COUNT]件、[答复|ANSWERED][一|COUNT]件”，全年共[受理|RECEIVED]申请[26|COUNT]件。
    → requests.received=26

Example::

    对答复为“[不予公开|OUTCOME]”的[3|COUNT]件申请，均书面说明理由。
    → requests.outcome.withheld=3
"""
from __future__ import annotations

import re

from infer.prose.doc import Doc, Linked
from infer.prose.spans import Span

NAME = "quoted"

#: A quotation longer than this is a quoted passage (a sentence someone said), not a slogan or a name.
MAX_QUOTED_CHARS = 20
_QUOTES = re.compile("|".join(rf"{re.escape(o)}([^{re.escape(o + c)}\n。]{{1,{MAX_QUOTED_CHARS}}}){re.escape(c)}"
                              for o, c in (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"))))
_ASCII_QUOTE = '"'


def _ascii_pairs(text: str) -> list[tuple[int, int]]:
    """Insides of ASCII "…" quotations, paired in order on each line (1st with 2nd, 3rd with 4th): an
    opening and a closing mark look the same, so a line with an odd count is not trusted at all, and a
    long quotation never lets its closing mark open the next one (which would take the prose between)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        marks = [pos + i for i, ch in enumerate(line) if ch == _ASCII_QUOTE]
        if len(marks) % 2 == 0:
            for a, b in zip(marks[::2], marks[1::2]):
                inside = text[a + 1:b]
                if 0 < len(inside) <= MAX_QUOTED_CHARS and "。" not in inside:
                    out.append((a + 1, b))
        pos += len(line)
    return out


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the inside of every short quotation of ``text``."""
    out = []
    for m in _QUOTES.finditer(text):
        g = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i) is not None)
        out.append((m.start(g), m.end(g)))
    if _ASCII_QUOTE in text:
        out.extend(_ascii_pairs(text))
    return sorted(out)


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    inside = quoted_ranges(doc.text)
    if not inside:
        return links

    def quoted(pos: int) -> bool:
        return any(a <= pos < b for a, b in inside)

    def slogan_count(s: Span) -> bool:
        return s.label == "COUNT" and quoted(s.start) and doc.count_value(s) not in (0, None)

    dropped = {s.start for s in doc.spans if slogan_count(s)}
    doc.spans = [s for s in doc.spans if s.start not in dropped]
    return [l for l in links if l.number.start not in dropped]
