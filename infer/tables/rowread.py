"""The cells of one row of table 三: placed for certain, or the row's possible readings.

Three ways a row's cells are known, tried in this order:
1. positional: TAB / pipe fields and one-cell-per-line rows whose empty cells left an empty field
   (:mod:`infer.tables.columns`): seven cells, blanks unknown until the sums prove them 0;
2. seven separated cells: one each;
3. anything else (run-together digits, fewer tokens than columns, an empty row of a table that drops
   its empty cells): every reading that satisfies the row's identity (:mod:`infer.tables.runs`),
   chosen later together with the other rows (:mod:`infer.tables.joint`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from infer.tables.cells import Token
from infer.tables.columns import aligned_cells, line_fields
from infer.tables.locate import LabelHit
from infer.tables.model import Cell, TableResult
from infer.tables.runs import Reading, readings, row_identities
from infer.tables.templates import REQUEST_COLUMNS, RowSpec

N_COLS = len(REQUEST_COLUMNS)
Column = tuple[str, str]


@dataclass
class RowRead:
    spec: RowSpec
    hit: LabelHit
    label: str
    tokens: list[Token] = field(default_factory=list)  # the cells found after the label, in text order
    end: int = 0  # where the row's text ends (the next row's label)
    values: list[Cell] | None = None  # one per column when read
    candidates: list[list[Cell]] = field(default_factory=list)  # the row's readings (form column order)
    #: the readings needed blank cells (the table drops its empty cells)
    dropped: bool = False
    heading: bool = False  # a group heading with no cells of its own (its value is its sub-rows' sum)

    @property
    def raw(self) -> str:
        """The row's cell text as printed (for warnings and :class:`AmbiguousRow`)."""
        return " ".join(t.raw for t in self.tokens)

    @property
    def span(self) -> tuple[int, int]:
        if self.tokens:
            return self.tokens[0].start, self.tokens[-1].end
        return self.hit.core_end, self.hit.core_end


def complete(tokens: list[Token]) -> bool:
    return len(tokens) == N_COLS and all(t.kind == "num" for t in tokens)


def make_cells(row: RowRead, columns: list[Column], spans: list[tuple[int, int, object, bool]]) -> list[Cell]:
    """Cells in the forms' column order, whatever the text order ``columns`` was."""
    by_col = {col: Cell(row.spec.key or "", col, v, s, e, row.label, zh, blank=b)  # type: ignore[arg-type]
              for (col, zh), (s, e, v, b) in zip(columns, spans)}
    return [by_col[col] for col, _ in REQUEST_COLUMNS if col in by_col]


def place(shadow: str, row: RowRead, columns: list[Column], trailing: int | None, res: TableResult,
          has_subs: bool, total_only: bool = False) -> None:
    """Steps 1 and 2 of the module docstring; leaves ``row.values`` None for step 3. ``has_subs``: the
    row is a group with sub-rows in this form (without cells it is a heading, not a row of blanks).
    ``total_only``: the table prints only the 总计 column (one cell per row)."""
    cells = row.tokens
    if total_only:
        if len(cells) == 1 and cells[0].kind in ("num", "unknown"):
            t = cells[0]
            if t.kind == "unknown":  # a '/' the sums may still prove 0 (infer.tables.blanks)
                res.warnings.append(f"cell {row.label}: non-numeric cell {t.raw!r} at {t.start}; left empty")
            row.values = [Cell(row.spec.key or "", "total", t.value if t.kind == "num" else None, t.start, t.end,
                               row.label, "总计")]
        elif cells or not (row.spec.group and has_subs):
            res.warnings.append(f"row {row.label} ({row.spec.key}): {len(cells)} cells where the table has only "
                                f"its 总计 column; not read")
        else:
            row.heading = True
        return
    if len(cells) != N_COLS and trailing is not None and not (len(cells) == 1 and cells[0].raw.isdigit()
                                                              and len(cells[0].raw) >= N_COLS):
        fields = line_fields(shadow, row.hit.core_end - 1)
        aligned = aligned_cells(shadow, row.hit.core_end, fields, trailing) if fields else None
        # the positional reading must stay inside the row's own text and keep every cell it found
        if (aligned is not None and all(row.hit.core_end <= a.start and a.end <= row.end for a in aligned)
                and all(any(a.start == c.start for a in aligned) for c in cells)
                and _possible(aligned, total_index(columns))):
            cells = aligned
    if row.spec.group and has_subs and all(c.kind == "blank" for c in cells):
        row.heading = True  # a group heading, possibly printed as a row of empty cells
        return
    if len(cells) == N_COLS:
        for c in cells:
            if c.kind not in ("num", "blank"):
                res.warnings.append(f"cell {row.label}: non-numeric cell {c.raw!r} at {c.start}; left empty")
        row.values = make_cells(row, columns, [(c.start, c.end, c.value if c.kind == "num" else None,
                                                c.start == c.end) for c in cells])


def _possible(cells: list[Token], total_at: int) -> bool:
    """A positional reading whose written cells already exceed its 总计 cannot be right (counts are
    never negative): the fields are shifted."""
    total = cells[total_at]
    others = [c.value for i, c in enumerate(cells) if i != total_at and c.kind == "num" and c.value is not None]
    return total.kind != "num" or total.value is None or sum(others) <= total.value


def total_index(columns: list[Column]) -> int:
    return next(i for i, (c, _) in enumerate(columns) if c == "total")


def enumerate_readings(row: RowRead, columns: list[Column], blanks: bool) -> list[list[Cell]] | None:
    """Step 3: the row's readings as cells; None over budget. An empty row has one reading (all
    blank) only in a table that drops its empty cells."""
    if not row.tokens and not blanks:
        return []
    found = readings(row.tokens, N_COLS, row_identities(N_COLS, total_index(columns)), blanks=blanks)
    if found is None:
        return None
    return [_cells_of(row, columns, r) for r in found]


def _cells_of(row: RowRead, columns: list[Column], reading: Reading) -> list[Cell]:
    return make_cells(row, columns, [(p.start, p.end, p.value, p.blank) for p in reading])


#: a row number the locator did not recognise (第9项 style numbering, 9. where 1. was expected), left
#: at the end of the previous row's cells: "… 0 2\n9." must not become an eighth cell
TRAILING_NUMBERING = re.compile(r"(?:(?<=[\s|])|^)(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、])[ \u3000]*$")
