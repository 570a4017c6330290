"""The parser's result: facts for the output contract plus every cell, so checks and reviewers can
see what each fact was read from."""
from __future__ import annotations

from dataclasses import dataclass, field

from infer.result import Check, Number, TableFact


@dataclass
class Cell:
    """One table cell; ``text[start:end]`` is its number ('-' for zero) in the caller's text."""

    row: str  # row key: a field key (requests.outcome.withheld.state_secret) or a case block (review)
    column: str  # column key: natural_person … total, or upheld … total for the case table
    value: Number | None  # None: a non-numeric cell
    start: int
    end: int
    row_label: str
    column_label: str
    #: the cell is empty in the text (``start == end``); its value is None unless the table's sums
    #: prove it 0 (:mod:`infer.tables.blanks`)
    blank: bool = False


@dataclass
class AmbiguousRow:
    """A row whose cells ran together or dropped their empties, with more than one reading consistent
    with the table's identities: ``candidates`` are the readings' values (form column order; for the
    case table, ``row == "case"`` and the blocks' cells), ``ambiguous_columns`` the cells that differ
    between them (the others are read)."""

    row: str
    row_label: str
    digits: str
    start: int
    end: int
    candidates: list[tuple[Number, ...]]
    ambiguous_columns: list[str]  # columns whose value or position differs between candidates
    #: the column each candidate value belongs to (empty: the seven columns of table 三, in form order)
    column_keys: list[str] = field(default_factory=list)


@dataclass
class TableResult:
    template: str | None = None  # "2019" | "2021" | "pre2019" | None
    facts: list[TableFact] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    status: str = "absent"  # parsed | absent | missing | partial
    warnings: list[str] = field(default_factory=list)
    #: every cell read, keyed by (row, column): per-applicant columns and the 历年累计 column too
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    ambiguous: list[AmbiguousRow] = field(default_factory=list)
    #: facts that are sums (法人或其他组织, groups without their own row, litigation = direct +
    #: after_review): field -> the (row, column) cells summed. Their start/end are those of the FIRST
    #: contributing cell, so a UI can point at where the sum begins.
    derived: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: (start, end) character ranges the tables occupy, so prose extraction can skip them
    regions: list[tuple[int, int]] = field(default_factory=list)

    def fact(self, key: str) -> TableFact | None:
        return next((f for f in self.facts if f.field == key), None)

    def values(self) -> dict[str, Number]:
        return {f.field: f.value for f in self.facts}

    def ambiguous_fields(self) -> dict[str, list[Number]]:
        """Field -> its candidate values, for every fact left out because its cells are ambiguous
        (the gold's ``table_ambiguous``): a row's 总计, 自然人 and 法人或其他组织 (the sum of five
        columns) of row 一, table 四's cells and the litigation sums."""
        from infer.tables.templates import ORG_COLUMNS, REQUEST_COLUMNS

        out: dict[str, list[Number]] = {}

        def add(key: str, values: list[Number]) -> None:
            if key not in self.values():
                seen = out.setdefault(key, [])
                seen.extend(v for v in values if v not in seen)

        for a in self.ambiguous:
            cols = a.column_keys or [c for c, _ in REQUEST_COLUMNS]
            per = [dict(zip(cols, cand)) for cand in a.candidates]
            if a.column_keys:  # table 四: block.result columns
                for col in a.ambiguous_columns:
                    add(col, [p[col] for p in per])
                continue
            if "total" in a.ambiguous_columns:
                add(a.row, [p["total"] for p in per])
            if a.row == "requests.received":
                if "natural_person" in a.ambiguous_columns:
                    add("requests.applicant.natural_person", [p["natural_person"] for p in per])
                if any(c in a.ambiguous_columns for c in ORG_COLUMNS):
                    add("requests.applicant.organization", [sum(p[c] for c in ORG_COLUMNS) for p in per])
        for res in ("upheld", "corrected", "other", "pending", "total"):
            parts = [f"litigation.{b}.{res}" for b in ("direct", "after_review")]
            if any(p in out for p in parts) and (sums := sorted({sum(x) for x in _combos(self, out, parts)})):
                add(f"litigation.{res}", sums)
        return out


def _combos(res: "TableResult", amb: dict[str, list[Number]], parts: list[str]) -> list[tuple[Number, ...]]:
    """Every combination of the parts' values (a read part has its one value)."""
    import itertools
    known = res.values()
    if any(p not in known and p not in amb for p in parts):
        return []  # a part is unread: its sum is not a candidate list either
    return list(itertools.product(*([known[p]] if p in known else amb[p] for p in parts)))
