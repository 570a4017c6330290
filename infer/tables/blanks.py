"""Blank cells of table 三 that the table's own sums prove to be zero.

A blank cell is unknown (see :mod:`infer.tables.cells`): it may be a zero the publisher did not
print or a number the scraper lost. But counts are never negative, so wherever an identity
``total = a + b + …`` has its total and every non-blank term known, and those known terms already add
up to the total, each blank term must be 0. Used on the rows (总计 = 自然人 + the five
organisations), the (七)总计 row (= the six result groups, per column) and each group that has its
own cells (= its sub-rows, per column), repeatedly until nothing changes, so a wholly blank row of
a blank-means-zero table is proven zero through its column.
"""
from __future__ import annotations

from infer.tables.model import Cell
from infer.tables.templates import REQUEST_COLUMNS, REQUEST_ROWS

_COLS = [c for c, _ in REQUEST_COLUMNS]
_TOTAL = "requests.outcome.total"


def is_blank(cell: Cell | None) -> bool:
    return cell is not None and cell.blank and cell.value is None


def _identities(cells: dict[tuple[str, str], Cell], form: str) -> list[tuple[tuple[str, str], list[tuple[str, str]]]]:
    rows = {r for r, _ in cells}
    out = [((r, "total"), [(r, c) for c in _COLS[:-1]]) for r in rows if r.startswith("requests.")]
    tops = ["requests.outcome.disclosed", "requests.outcome.partial"] + [s.key for s in REQUEST_ROWS if s.group]
    for c in _COLS:
        parts: list[tuple[str, str]] = []
        for top in tops:
            if top in rows:
                parts.append((top, c))
            else:
                parts += [(s.key, c) for s in REQUEST_ROWS if s.parent == top and s.form in ("both", form)]
        out.append(((_TOTAL, c), parts))
        for g in (s.key for s in REQUEST_ROWS if s.group and s.key in rows):
            subs = [(s.key, c) for s in REQUEST_ROWS if s.parent == g and s.form in ("both", form)]
            if subs:
                out.append(((g, c), subs))
    return out


def prove_zero_blanks(cells: dict[tuple[str, str], Cell], form: str) -> list[str]:
    """Set proven blanks to 0 in place; returns a message naming the rows whose blanks were proven."""
    proven: list[str] = []
    identities = _identities(cells, form)
    changed = True
    while changed:
        changed = False
        for total_key, part_keys in identities:
            total = cells.get(total_key)
            parts = [cells.get(k) for k in part_keys]
            if total is None or total.value is None or any(p is None for p in parts):
                continue
            blanks = [p for p in parts if is_blank(p)]
            known = [p.value for p in parts if p is not None and p.value is not None]
            if blanks and len(known) + len(blanks) == len(parts) and sum(known) == total.value:
                for p in blanks:
                    p.value = 0  # type: ignore[union-attr]
                changed = True
                proven += [f"{p.row_label} [{p.column_label}]" for p in blanks if p is not None]
    if not proven:
        return []
    more = f" and {len(proven) - 8} more" if len(proven) > 8 else ""
    return [f"resolved: {len(proven)} blank cell(s) proven 0 by the table's sums (the other terms already add "
            f"up to the total): {', '.join(proven[:8])}{more}"]
