"""Rows of table 三 that could not be placed cell by cell, read together with the table's arithmetic.

A table either writes every cell (zeros too) or drops its empty cells. It is taken to write them all
while every unplaced row has a reading with seven cells; a row with cells but no such reading (``11``
for "1 natural person, total 1") shows that the table drops its empty cells, and then every unplaced
row is read allowing blanks (= 0), an empty row included. All readings of all rows then go through
:func:`infer.tables.solve.solve` with the identities of :func:`infer.tables.checks.request_identities`:
a cell is read when it has the same value in every solution, the rest of the row is ambiguous with its
candidates. Nothing is shifted: a row without any reading is reported unread.
"""
from __future__ import annotations

from infer.tables import checks as ck
from infer.tables.model import AmbiguousRow, Cell, TableResult
from infer.tables.columns import line_fields
from infer.tables.rowread import N_COLS, Column, RowRead, enumerate_readings, make_cells, total_index
from infer.tables.solve import solve
from infer.tables.templates import REQUEST_COLUMNS

#: rows whose values bound the others (tried first by the solver)
_TOTALS_FIRST = ("requests.outcome.total", "requests.received", "requests.carried_over",
                 "requests.carried_forward", "requests.outcome.withheld", "requests.outcome.unavailable",
                 "requests.outcome.not_processed", "requests.outcome.other")


def resolve(rows: list[RowRead], columns: list[Column], form: str, res: TableResult, may_drop: bool,
            shadow: str = "") -> None:
    """Fill ``values`` (and ``res.ambiguous``) of every data row not yet placed. ``may_drop``: the
    table's column header was found, so short rows may be read with dropped empty cells (without it,
    a label followed by a number in running text would be read as a row)."""
    open_rows = [r for r in rows if r.spec.key and r.values is None and not r.heading]
    if not open_rows:
        return
    full = {id(r): enumerate_readings(r, columns, blanks=False) for r in open_rows}
    with_blanks = {id(r): enumerate_readings(r, columns, blanks=True) for r in open_rows
                   if may_drop and r.tokens and full[id(r)] == []}
    # evidence that the table drops its empty cells: a row with cells that only blanks can explain; the
    # last row alone is no evidence (a table cut off mid-row leaves a few digits that blanks may explain)
    last = next((r for r in reversed(rows) if r.spec.key and r.tokens), None)
    drops = any(found for i, found in with_blanks.items() if last is None or i != id(last))
    empty: list[str] = []
    for r in open_rows:
        if drops:
            found = with_blanks[id(r)] if id(r) in with_blanks else enumerate_readings(r, columns, blanks=True)
            # a long run of digits with too many blank placements to enumerate: its readings with every
            # cell written (if any) are kept; otherwise the row is reported unread
            r.candidates = found if found is not None else (full[id(r)] or [])
            r.dropped = True
        elif not r.tokens and may_drop:
            # a row of empty cells (an HTML row whose <td>s were all empty): unknown, unless the table's
            # sums prove them 0 (infer.tables.blanks)
            at = r.hit.core_end
            r.values = [Cell(r.spec.key or "", c, None, at, at, r.label, zh, blank=True) for c, zh in REQUEST_COLUMNS]
        else:
            r.candidates = full[id(r)] or []
        if r.dropped and not r.tokens:
            empty.append(r.label)
    if drops:
        res.warnings.append("resolved: table 三 drops its empty cells (a row has fewer cells than columns); "
                            "rows are read with blank cells as 0 where the table's sums allow only one "
                            "reading")
    if empty:
        res.warnings.append(f"resolved: {len(empty)} row(s) print no cells at all, read as 0 (the table drops its "
                            f"empty cells): {', '.join(empty[:8])}" + (" …" if len(empty) > 8 else ""))
    for r in open_rows:
        if not r.candidates and not r.values:
            _unread(r, full[id(r)] is None, res)
    live = [r for r in rows if r.spec.key and (r.values or r.candidates)]
    options = {r.spec.key: ([_values(r.values)] if r.values else [_values(c) for c in r.candidates])
               for r in live}
    present = set(options)
    own = {r.spec.key for r in live if r.spec.group}
    labels = {r.spec.key: r.label for r in rows if r.spec.key}
    identities, _ = ck.request_identities(present, own, form, labels)
    solved = solve(options, [(rule, list(lhs.values()), list(rhs.values())) for rule, lhs, rhs in identities],
                   order=_TOTALS_FIRST)
    if solved is None:
        res.warnings.append("table 三: too many combinations of readings to solve the table as a whole; "
                            "each run-together row is read on its own")
    elif solved.undecided:
        res.warnings.append("table 三: some readings could not be excluded within the search budget; they are "
                            "kept as candidates")
    elif not solved.complete:
        res.warnings.append("table 三: no combination of readings satisfies every identity of the table "
                            "(a failed check?); each run-together row is read on its own")
    settled: list[str] = []
    for r in live:
        if r.values or not r.candidates:
            continue
        keep = solved.supported[r.spec.key] if solved is not None and solved.complete else range(len(r.candidates))
        if _settle(r, [r.candidates[i] for i in keep], res, joint=solved is not None and solved.complete):
            settled.append(f"{r.label} {r.raw!r} = {'|'.join(_show(c) for c in r.values or [])}")
    if settled:
        how = "the identities linking the rows" if solved is not None and solved.complete else "each row's 总计"
        res.warnings.append(f"resolved: {len(settled)} row(s) whose cells ran together or dropped their empty "
                            f"cells, read by {how}: {'; '.join(settled[:6])}" + (" …" if len(settled) > 6 else ""))


def blank_total_column(rows: list[RowRead], columns: list[Column], shadow: str, res: TableResult) -> bool:
    """An HTML table whose 总计 column was left blank throughout: every data row with cells holds the six
    applicant cells and then an empty field where 总计 is (its TAB / pipe line ends with it). Then the six
    are read as those (never shifted one field left by a positional reading) and 总计 is left blank, to be
    derived as their sum (:func:`infer.tables.emit.derive_blank_totals`). True when so read."""
    data = [r for r in rows if r.spec.key and r.tokens]
    if len(data) < 3 or total_index(columns) != N_COLS - 1:
        return False
    for r in data:
        if len(r.tokens) != N_COLS - 1 or any(t.kind not in ("num", "unknown") for t in r.tokens):
            return False
        fields = line_fields(shadow, r.tokens[-1].start)
        if fields is None:
            return False
        idx = fields.index_of(r.tokens[-1].start)
        after = fields.spans[idx + 1:] if idx is not None else []
        if not after or any(shadow[a:b].strip() for a, b in after):
            return False
    for r in data:
        blank_at = r.tokens[-1].end
        spans = [(t.start, t.end, t.value if t.kind == "num" else None, False) for t in r.tokens]
        spans.insert(total_index(columns), (blank_at, blank_at, None, True))
        r.values = make_cells(r, columns, spans)
    res.warnings.append("resolved: table 三 leaves its 总计 column blank: rows with the six other cells "
                        "are read as those, and 总计 is derived as their sum")
    return True


def _values(cells: list[Cell]) -> dict[str, object]:
    return {c.column: c.value for c in cells}


def _unread(r: RowRead, over_budget: bool, res: TableResult) -> None:
    key = r.spec.key
    if over_budget:
        res.warnings.append(f"row {r.label} ({key}): cells {r.raw!r} have too many readings; not read")
    elif not r.tokens:
        res.warnings.append(f"row {r.label} ({key}): no cells found; not read")
    elif len(r.tokens) == 1 and r.tokens[0].raw.isdigit() and len(r.tokens[0].raw) >= N_COLS:
        res.warnings.append(f"row {r.label} ({key}): run-together digits {r.raw!r} have no split where 总计 = "
                            f"the sum of the other cells; not read")
    else:
        res.warnings.append(f"row {r.label} ({key}): {len(r.tokens)} cells where {N_COLS} were expected and no "
                            f"reading where 总计 = the sum of the others; not read (columns would be shifted)")


def _settle(r: RowRead, options: list[list[Cell]], res: TableResult, joint: bool) -> bool:
    """The row's cells from its surviving readings: certain where they all agree. True when the row
    was split or placed into a single reading (worth naming in the "resolved" note)."""
    if not joint and r.dropped and not r.tokens:
        res.warnings.append(f"row {r.label} ({r.spec.key}): no cells found; not read")
        return False
    distinct = {tuple(c.value for c in o) for o in options}
    if len(distinct) == 1:
        r.values = _prefer_written(options)
        return bool(r.tokens) and (len(r.candidates) > 1 or len(r.tokens) != N_COLS)
    cols = [REQUEST_COLUMNS[j][0] for j in range(N_COLS) if len({o[j].value for o in options}) > 1]
    start, end = r.span
    res.ambiguous.append(AmbiguousRow(r.spec.key or "", r.label, r.raw, start, end,
                                      sorted(distinct, key=lambda t: [(v is None, v) for v in t]), cols))
    shown = "; ".join("|".join("·" if v is None else str(v) for v in c) for c in sorted(distinct, key=str)[:6])
    res.warnings.append(f"row {r.label}: run-together digits {r.raw!r} split {len(distinct)} consistent ways "
                        f"({shown}{' …' if len(distinct) > 6 else ''}); ambiguous columns {', '.join(cols)} are "
                        f"not reported")
    certain = _prefer_written(options)
    r.values = [c if c.column not in cols else
                Cell(c.row, c.column, None, start, start, c.row_label, c.column_label)
                for c in certain]
    return False


def _prefer_written(options: list[list[Cell]]) -> list[Cell]:
    """One cell per column: from the first reading where the cell is written, else a blank."""
    out = []
    for j in range(len(options[0])):
        written = [o[j] for o in options if not o[j].blank]
        out.append(written[0] if written else options[0][j])
    return out


def _show(c: Cell) -> str:
    return "·" if c.blank else str(c.value)
