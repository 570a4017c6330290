"""Which column a cell of table 三 is: the column order, and blank cells in separated rows.

Two things the cells alone cannot tell:

* **Order.** Both national forms put 总计 last, but re-typed tables put it first as often as a
  converter reorders nothing. The header cannot be trusted alone (it is nested: 自然人, 法人或其他组织,
  总计 on one line, the five kinds of organisation on the next; and prose may stand between the
  heading and the table), so the *data* decide: every row is an identity 总计 = sum of the others,
  and a row whose first cell is the sum of the other six while the last is not votes "总计 first".
  Rows satisfying both readings hold the same values either way. The header decides only when the
  rows contradict each other, and that is warned about.
* **Blank cells.** A blank HTML cell or an empty ``| |`` leaves no token, so a row with a blank has
  fewer than seven numbers and its numbers cannot be placed by counting. In rows whose cells are
  separated by TABs or pipes the fields are positional: the seven data fields are the last seven of
  the line (after the trailing empty fields every row of the table has), which is how HTML rows with
  colspan padding and omitted rowspan labels still line up. Rows in space-separated or one-cell-per-
  line layouts have no such structure and are left to the caller's "wrong number of cells" warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from infer.tables.cells import BAD_CELL_MAX, Token, tokenize
from infer.tables.normalize import loose
from infer.tables.templates import ORG_HEADER_CORES, REQUEST_COLUMNS

N_COLS = len(REQUEST_COLUMNS)
Column = tuple[str, str]


def _sum_first(v: list[float]) -> bool:
    return v[0] == sum(v[1:])


def _sum_last(v: list[float]) -> bool:
    return v[-1] == sum(v[:-1])


def column_order(header: str, complete_rows: list[list[float]], warnings: list[str]) -> list[Column]:
    """The columns of table 三 in text order.

    ``header``: the shadow text between the table heading and its first row; ``complete_rows``: the
    values of rows with seven numeric cells, in text order.
    """
    cols = list(REQUEST_COLUMNS)
    orgs = _org_order_from_header(header)
    if orgs:
        by_key = dict(REQUEST_COLUMNS)
        cols = [cols[0]] + [(k, by_key[k]) for k in orgs] + cols[len(orgs) + 1:]
    first = sum(1 for v in complete_rows if _sum_first(v) and not _sum_last(v))
    last = sum(1 for v in complete_rows if _sum_last(v) and not _sum_first(v))
    header_first = _total_first_in_header(header)
    total_first = bool(first) and not last
    if first and last:
        total_first = header_first
        warnings.append(f"table 三: {first} rows read with 总计 as the FIRST column and {last} with it as the "
                        f"last; the header's order ({'first' if header_first else 'last'}) is used")
    elif total_first:
        warnings.append(f"note: table 三 has 总计 as its first column ({first} rows prove it); read in that order")
    if total_first:
        cols = [cols[-1]] + cols[:-1]
    return cols


def _total_first_in_header(header: str) -> bool:
    t = re.search(loose("总计"), header)
    p = re.search(loose("自然人"), header)
    return bool(t and p and t.start() < p.start())


def _org_order_from_header(header: str) -> list[str] | None:
    """The named organisation columns in header order, when the header lists all of them in an
    order other than the forms' (其他 stays last: it has no distinctive word to be found by)."""
    pos = []
    for key, core in ORG_HEADER_CORES:
        m = re.search(loose(core), header)
        if not m:
            return None
        pos.append((m.start(), key))
    keys = [k for _, k in sorted(pos)] + ["other_org"]
    return keys if keys != [k for k, _ in ORG_HEADER_CORES] + ["other_org"] else None


# --- blank cells in TAB / pipe rows -----------------------------------------------------------------

@dataclass
class Fields:
    """The separated fields of one line: (start, end) spans, separators excluded."""

    spans: list[tuple[int, int]]

    def trailing_empty(self, shadow: str) -> int:
        n = 0
        for a, b in reversed(self.spans):
            if shadow[a:b].strip():
                break
            n += 1
        return n

    def index_of(self, pos: int) -> int | None:
        return next((i for i, (a, b) in enumerate(self.spans) if a <= pos < b), None)


def line_fields(shadow: str, pos: int) -> Fields | None:
    """Fields of the line holding ``pos``; None when the line has no TAB or pipe separators."""
    start = shadow.rfind("\n", 0, pos) + 1
    end = shadow.find("\n", pos)
    end = len(shadow) if end < 0 else end
    line = shadow[start:end]
    sep = "\t" if "\t" in line else "|" if "|" in line else None
    if sep is None:
        return None
    spans = []
    a = start
    for i, ch in enumerate(line):
        if ch == sep:
            spans.append((a, start + i))
            a = start + i + 1
    spans.append((a, end))
    if sep == "|":  # the outer bars of | a | b | frame the row; they open no field
        if line.lstrip().startswith("|"):
            spans.pop(0)
        if line.rstrip().endswith("|"):
            spans.pop()
    return Fields(spans)


def trailing_fields(shadow: str, complete: list[tuple[int, list[Token]]],
                    lines: list[Fields]) -> int | None:
    """How many fields follow the 总计 field on every separated line of the table.

    The fewest trailing empty fields of any row line (a row whose last data cell is blank has one
    more); every complete row (``(label_pos, cells)``) must agree, or None (no positional reading).
    A table whose 总计 column is blank throughout is recognised before this (:mod:`infer.tables.joint`).
    """
    if not lines:
        return None
    t = min(f.trailing_empty(shadow) for f in lines)
    for _, cells in complete:
        f = line_fields(shadow, cells[-1].start)
        if f is None:
            continue
        idx = f.index_of(cells[-1].start)
        if idx is None or len(f.spans) - 1 - idx != t:
            return None
    return t


def aligned_cells(shadow: str, label_end: int, fields: Fields, trailing: int) -> list[Token] | None:
    """The seven data cells of a separated row, blanks as ``Token("blank")``; None when the fields do
    not hold exactly one cell each after the label (then the row is not read positionally)."""
    n = len(fields.spans)
    first = n - trailing - N_COLS
    label_idx = fields.index_of(max(label_end - 1, 0))
    if first < 1 or label_idx is None or label_idx >= first:
        return None
    for a, b in fields.spans[label_idx + 1:first]:  # fields between label and data: padding only
        if any(t.kind != "text" for t in tokenize(shadow, a, b)):
            return None
    return cells_from_spans(shadow, fields.spans[first:n - trailing])


# --- blank cells in one-cell-per-line rows ----------------------------------------------------------

def cell_lines(shadow: str, label_end: int, end: int) -> list[tuple[int, int]] | None:
    """The lines after a label that ends its line, up to ``end`` (the next label); None otherwise."""
    nl = shadow.find("\n", label_end, end)
    if nl < 0 or any(t.kind != "text" for t in tokenize(shadow, label_end, nl)):
        return None
    spans = []
    a = nl + 1
    while a < end:
        b = shadow.find("\n", a, end)
        b = end if b < 0 else b
        if any(t.kind == "text" and len(t.raw.strip()) > BAD_CELL_MAX for t in tokenize(shadow, a, b)):
            break  # prose or the next section's heading: the row's cells are over
        spans.append((a, b))
        a = b + 1
    if spans and spans[-1][0] == spans[-1][1] == end:
        spans.pop()
    return spans


def trailing_lines(shadow: str, rows: list[list[tuple[int, int]]]) -> int:
    """Blank lines every one-cell-per-line row ends with (a blank line between rows)."""
    def blank_tail(spans: list[tuple[int, int]]) -> int:
        n = 0
        for a, b in reversed(spans):
            if shadow[a:b].strip():
                break
            n += 1
        return n
    return min((blank_tail(r) for r in rows), default=0)


def line_aligned_cells(shadow: str, spans: list[tuple[int, int]], trailing: int) -> list[Token] | None:
    """Seven cells, one per line, blanks as ``Token("blank")``; None if the lines do not fit."""
    spans = spans[:len(spans) - trailing] if trailing else spans
    if len(spans) != N_COLS:
        return None
    return cells_from_spans(shadow, spans)


def cells_from_spans(shadow: str, spans: list[tuple[int, int]]) -> list[Token] | None:
    """One cell per span: a number, an unknown marker, or a blank; None if a span holds anything else.

    Shared by every positional layout (TAB/pipe fields, one cell per line, the case table's row) so
    that what counts as a cell is decided in one place.
    """
    out: list[Token] = []
    for a, b in spans:
        toks = tokenize(shadow, a, b)
        if not toks:
            out.append(Token("blank", a, a, ""))
        elif len(toks) == 1 and toks[0].kind in ("num", "unknown"):
            out.append(toks[0])
        else:
            return None
    return out
