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
