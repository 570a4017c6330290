"""Unwrap reStructuredText / ASCII-art grid tables whose cells span several physical lines.

A converter that prints a table as a grid (``+----+----+`` borders, ``|`` between cells) wraps a
long label inside its column::

    | (三)不予公开1.属于国家秘 | 2      | 0      |
    | 密                       |        |        |

Read line by line, the core 国家秘密 is cut in two and the row is lost. Here each logical row (the
lines between two borders) is rebuilt column by column (cut at each line's own ``|``), as one
TAB-separated line, into a *view* of the text; ``origin`` maps every view character back
to the caller's text, so facts keep offsets into the original (a number never wraps in practice;
one that does is reported by :meth:`View.source_span`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


@dataclass
class View:
    text: str
    origin: list[int]  # origin[i]: offset in the caller's text of view character i

    def source_span(self, start: int, end: int) -> tuple[int, int, bool]:
        """(start, end) in the caller's text and whether the span is contiguous there."""
        if end <= start:
            s = self.origin[start] if start < len(self.origin) else len(self.origin)
            return s, s, True
        s, e = self.origin[start], self.origin[end - 1] + 1
        return s, e, e - s == end - start


def unwrap(text: str) -> View | None:
    """A view with every multi-line grid row joined; None when the text has no such row."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln))
    out: list[str] = []
    origin: list[int] = []
    changed = False
    i = 0
    while i < len(lines):
        border = lines[i].rstrip("\r\n")
        j = i + 1
        while j < len(lines) and _ROW.match(lines[j].rstrip("\r\n")):
            j += 1
        if _BORDER.match(border) and j > i + 2 and j < len(lines) and _BORDER.match(lines[j].rstrip("\r\n")):
            _emit(lines, starts, i, out, origin)
            _join_row(lines[i + 1:j], starts[i + 1:j], out, origin)
            changed = True
            i = j
            continue
        _emit(lines, starts, i, out, origin)
        i += 1
    if not changed:
        return None
    return View("".join(out), origin)


def _emit(lines: list[str], starts: list[int], i: int, out: list[str], origin: list[int]) -> None:
    out.append(lines[i])
    origin.extend(range(starts[i], starts[i] + len(lines[i])))


def _join_row(rows: list[str], row_starts: list[int], out: list[str], origin: list[int]) -> None:
    """One logical row: each column's pieces concatenated, columns separated by TABs.

    Columns are cut at each physical line's own ``|`` characters, not at the border's ``+``
    positions: converters pad CJK text by display width, so character columns do not line up."""
    split = []
    for line, base in zip(rows, row_starts):
        body = line.rstrip("\r\n")
        bars = [k for k, ch in enumerate(body) if ch == "|"]
        split.append([(base + x + 1, body[x + 1:y]) for x, y in zip(bars, bars[1:])])
    n = max(len(cells) for cells in split)
    for c in range(n):
        for cells in split:
            if c >= len(cells):
                continue
            pos, piece = cells[c]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                out.append(piece)
                origin.extend(range(pos + lead, pos + lead + len(piece)))
        out.append("\t" if c < n - 1 else "\n")
        origin.append(split[0][min(c, len(split[0]) - 1)][0])
