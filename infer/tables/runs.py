"""Every reading of a row whose cells lost some of their separators, or whose empty cells were dropped.

A scraper that flattens a table keeps some cell boundaries and loses others: ``150 000217`` is the
seven cells 15|0|0|0|0|2|17, and a form whose empty cells were never written as 0 leaves
``…申请数量11`` for "1 natural person, total 1". So a row is read as a sequence of *tokens* (numbers
between separators), where a token holds one or more cells (its digits are cut, never across a
separator) and, when the table drops its empty cells, any column may be blank (= 0, nothing was
written there). Each reading must satisfy the row's own identities (总计 = the other cells; in the
case table each block's 总计 = its four results). Readings with the same values are one reading:
where a blank or a written 0 sits does not change a fact.

This module only enumerates; :mod:`infer.tables.solve` chooses among the readings of all rows
together, and nothing is ever placed by counting.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from infer.result import Number
from infer.tables.cells import Token
from infer.tables.split_digits import MAX_PART_LEN

#: a row identity in text-order column indexes: (addend columns, total column)
RowIdentity = tuple[tuple[int, ...], int]
#: enumeration budget per row (partial readings visited); beyond it the row is reported unread
MAX_NODES = 100_000
#: distinct readings kept per row; beyond it the row is reported unread (nothing would be learned)
MAX_READINGS = 4000


@dataclass(frozen=True)
class Part:
    """One cell of a reading: its text span (empty for a blank) and value (None: not a number)."""

    start: int
    end: int
    value: Number | None
    blank: bool = False


Reading = tuple[Part, ...]


def _splittable(t: Token) -> bool:
    return t.kind == "num" and t.raw.isdigit() and not t.unit


def row_identities(n_cols: int, total_index: int) -> list[RowIdentity]:
    """总计 = the sum of the other cells of a row of table 三 (总计 last or first in the text)."""
    return [(tuple(i for i in range(n_cols) if i != total_index), total_index)]


def block_identities(n_blocks: int, size: int) -> list[RowIdentity]:
    """Each block of ``size`` cells ends with its total (the case table's 维持 纠正 其他 尚未审结 总计)."""
    return [(tuple(range(b * size, b * size + size - 1)), b * size + size - 1) for b in range(n_blocks)]


def readings(tokens: Sequence[Token], n_cols: int, identities: Sequence[RowIdentity], *, blanks: bool,
             max_len: int = MAX_PART_LEN) -> list[Reading] | None:
    """Distinct-valued readings of ``tokens`` as ``n_cols`` cells satisfying ``identities``.

    ``blanks``: the table drops its empty cells, so a column may hold nothing (value 0, empty span).
    Returns None when the enumeration exceeds its budget (the row is then not read, never guessed).
    A cell whose value is None (a ``/`` or ``x`` cell) leaves the identities it is in unchecked.
    """
    toks = list(tokens)
    checks: dict[int, list[RowIdentity]] = {}
    for ident in identities:
        checks.setdefault(max(ident[0] + (ident[1],)), []).append(ident)
    by_values: dict[tuple[Number | None, ...], tuple[int, Reading]] = {}
    totals = {ident[1] for ident in identities}
    acc: list[Part] = []
    nodes = 0

    def ok_at(col: int) -> bool:
        for addends, total in checks.get(col, ()):
            vals = [acc[i].value for i in addends]
            tv = acc[total].value
            if tv is None or any(v is None for v in vals):
                continue
            if sum(vals) != tv:  # type: ignore[arg-type]
                return False
        return True

    after = {ident[1]: ident[0] for ident in identities if all(i < ident[1] for i in ident[0])}

    def _forced_total(col: int) -> str | None:
        """The digits a total column must hold when its addends are already placed (None: free)."""
        addends = after.get(col)
        if addends is None:
            return None
        vals = [acc[i].value for i in addends]
        if any(v is None for v in vals):
            return None
        return str(sum(vals))  # type: ignore[arg-type]

    def pos_of(ti: int, off: int) -> int:
        if ti < len(toks):
            return toks[ti].start + off
        return toks[-1].end if toks else 0

    def rec(col: int, ti: int, off: int) -> None:
        nonlocal nodes
        nodes += 1
        if nodes > MAX_NODES or len(by_values) > MAX_READINGS:
            raise _Budget
        if n_cols - col < len(toks) - ti:  # every token left needs a column
            return
        if col == n_cols:
            if ti == len(toks):
                reading = tuple(acc)
                key = tuple(p.value for p in reading)
                score = sum(1 for i, p in enumerate(reading) if i in totals and not p.blank)
                if key not in by_values or score > by_values[key][0]:
                    by_values[key] = (score, reading)
            return
        forced = _forced_total(col)
        if ti < len(toks):
            t = toks[ti]
            if _splittable(t):
                rest = t.raw[off:]
                for k in range(1, min(max_len, len(rest)) + 1):
                    if forced is not None and rest[:k] != forced:
                        continue  # a total written after its addends is their sum, digit for digit
                    piece = rest[:k]
                    if len(piece) > 1 and piece[0] == "0":
                        break
                    if len(rest) - k > (n_cols - col - 1) * max_len:
                        continue  # the token's other digits could not fit the columns left
                    s = t.start + off
                    acc.append(Part(s, s + k, int(piece)))
                    if ok_at(col):
                        rec(col + 1, *((ti + 1, 0) if k == len(rest) else (ti, off + k)))
                    acc.pop()
            elif off == 0:
                value = t.value if t.kind == "num" else None
                acc.append(Part(t.start, t.end, value, blank=t.kind == "blank"))
                if ok_at(col):
                    rec(col + 1, ti + 1, 0)
                acc.pop()
        if blanks and forced in (None, "0"):
            p = pos_of(ti, off)
            acc.append(Part(p, p, 0, blank=True))
            if ok_at(col):
                rec(col + 1, ti, off)
            acc.pop()

    try:
        rec(0, 0, 0)
    except _Budget:
        return None
    return [r for _, r in by_values.values()]


class _Budget(Exception):
    """The enumeration went over its budget."""
