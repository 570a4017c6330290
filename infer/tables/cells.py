"""Cells between two row labels: numbers (with units, '-' for zero), short non-numeric cells, and
the text that ends a row.

Every layout the parser reads — pipe rows, TAB rows from HTML, one cell per line, cells run together
— reduces to "a row label, then its cells, then the next label". This module turns the text between
two labels into tokens; it never decides which field a cell is.

What a cell that is not a number means (decided once, here):
- a dash of any width (- — – － ― ——) and the words 无 / 零 / 〇 are ZERO: the forms print them for
  "none", and reports use them interchangeably with 0;
- a slash (/ ／ \\), x / × / *, …, 不详 / 未统计 / 不适用 are UNKNOWN (not applicable / not stated): the
  cell keeps its column but has no value, and a warning says so. A slash is read as 0 only where the
  table's own sums prove it (a row or block whose written cells already add up to its 总计; see
  :mod:`infer.tables.blanks` and :func:`infer.tables.case_table.read`);
- a BLANK cell (an empty HTML cell, ``| |``, two TABs) is UNKNOWN too (a blank may be a dropped
  number as well as a zero). The readers may still prove it zero from the row identity: counts are
  never negative, so when the known cells already add up to 总计 every blank is 0.
A unit after a count, glued or after a space (``23件``, ``23 件``), belongs to the count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from infer.numerals import parse_number

#: a number cell: optional sign, digits with thousands separators / decimals, optional unit; or a dash
_NUM_RE = re.compile(
    r"(?P<sign>[+\-−])?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>万元|人次|项|宗|件|条|个|元|次|份|起)?"
    r"|(?P<dash>[-—–－―]+)"
)
_SEP_RE = re.compile(r"[|\t\n\r]+|[ \u00a0\u3000]{1,}")
#: whole-cell words that mean zero / an unknown value (see the module docstring)
ZERO_CELLS = frozenset({"无", "零", "〇", "○"})
UNKNOWN_CELLS = frozenset({"/", "／", "\\", "x", "X", "×", "*", "＊", "…", "...", "不详", "未统计", "不适用",
                           "空", "暂无数据"})
#: the slash marks, the UNKNOWN cells a table's sums may prove to be its way of writing 0
SLASH_CELLS = frozenset({"/", "／"})
_UNITS = frozenset({"万元", "人次", "项", "宗", "件", "条", "个", "元", "次", "份", "起"})
#: a non-numeric cell this short between separators is a bad cell (x, 无, /), longer text ends the row
BAD_CELL_MAX = 3
_DASHES = set("-—–－―")


@dataclass
class Token:
    kind: str  # "num" | "text" | "unknown" (a cell that says "no value": / x 不详; value None)
    start: int  # offsets into the input text (for numbers: of the digits only, no sign/unit)
    end: int
    raw: str
    value: int | float | None = None
    unit: str = ""
    bounded: bool = False  # text token delimited by separators on both sides


def cell_value(raw: str) -> int | float | None:
    """Value of a cell's number text: '-' (and other dashes) mean 0."""
    raw = raw.strip()
    if raw and set(raw) <= _DASHES or raw in ZERO_CELLS:
        return 0
    return parse_number(raw)


def tokenize(shadow: str, start: int, end: int) -> list[Token]:
    """Tokens of ``shadow[start:end]`` (the simplified shadow, offsets shared with the input)."""
    out: list[Token] = []
    pos = start
    pieces = []
    for m in _SEP_RE.finditer(shadow, start, end):
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        pieces.append((pos, end))
    for a, b in pieces:
        sub = shadow[a:b]
        if sub in ZERO_CELLS:
            out.append(Token("num", a, b, sub, 0))
            continue
        if sub in UNKNOWN_CELLS:
            out.append(Token("unknown", a, b, sub))
            continue
        if sub in _UNITS and out and out[-1].kind == "num" and not out[-1].unit and out[-1].raw[-1].isdigit():
            out[-1].unit = sub  # 23 件: the unit of the count before it
            continue
        if not _NUM_RE.search(sub):
            out.append(Token("text", a, b, sub, bounded=True))
            continue
        i = 0
        while i < len(sub):
            m = _NUM_RE.search(sub, i)
            if not m:
                out.append(Token("text", a + i, b, sub[i:]))
                break
            if m.start() > i:
                out.append(Token("text", a + i, a + m.start(), sub[i:m.start()]))
            if m.group("dash"):
                # a dash is a zero cell only when it is the whole piece; inside text it is punctuation
                if m.start() == 0 and m.end() == len(sub):
                    out.append(Token("num", a, b, m.group(), 0))
                else:
                    out.append(Token("text", a + m.start(), a + m.end(), m.group()))
            else:
                num = m.group("num").rstrip(",")
                s = a + m.start("num")
                value = parse_number(num)
                if m.group("sign") in ("-", "−") and value is not None:
                    value = -value
                out.append(Token("num", s, s + len(num), num, value, unit=m.group("unit") or ""))
            i = m.end()
    return _merge_text(out)


def _merge_text(tokens: list[Token]) -> list[Token]:
    """Adjacent text tokens are one label (社会公益 组织); bounded-ness is kept only if alone."""
    out: list[Token] = []
    for t in tokens:
        if t.kind == "text" and out and out[-1].kind == "text" and not t.bounded:
            prev = out[-1]
            out[-1] = Token("text", prev.start, t.end, prev.raw + t.raw, bounded=False)
        else:
            out.append(t)
    return out


def row_cells(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a segment's tokens into (cells, trailing): leading label text is skipped; cells run from
    the first number to the last number before a long text; short text between numbers is a bad cell.
    """
    i = 0
    while i < len(tokens) and tokens[i].kind == "text":
        i += 1
    cells: list[Token] = []
    j = i
    while j < len(tokens):
        t = tokens[j]
        if t.kind in ("num", "unknown"):
            cells.append(t)
        elif _is_bad_cell(t) and any(u.kind == "num" for u in tokens[j + 1:j + 3]):
            cells.append(t)
        else:
            break
        j += 1
    return cells, tokens[j:]


def _is_bad_cell(t: Token) -> bool:
    return t.kind == "text" and len(t.raw.strip()) <= BAD_CELL_MAX and t.bounded
