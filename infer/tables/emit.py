"""What the reader of table 三 and 四 reports: facts (cells and sums), the 勾稽 checks, and the regions the
tables occupy.

Facts: every row's 总计; 自然人 and the sum of the five 法人或其他组织 columns of row 一; a group without
cells of its own as the sum of its sub-rows; review.* and litigation.direct.* / after_review.*, and
litigation.* as the sum of the two. A row whose 总计 cell is blank while its six other cells are all
written (an HTML table that leaves its 总计 column empty) gets its 总计 as their sum. Every sum is in
``TableResult.derived`` with the cells it adds up; its offsets are the first contributing cell's.

Regions are tight: from the first row label read as a table row to the last cell of table 三, and the
cells of table 四. A report flattened onto one line keeps the prose before and after the table out of
its regions (the prose linker skips regions).
"""
from __future__ import annotations

from infer.result import Number, TableFact
from infer.tables import checks as ck
from infer.tables.model import Cell, TableResult
from infer.tables.rowread import RowRead
from infer.tables.templates import CASE_BLOCKS, CASE_RESULTS, ORG_COLUMNS, REQUEST_COLUMNS, REQUEST_ROWS


def facts(by_key: dict[str, RowRead], form: str, res: TableResult,
          derived_totals: dict[str, list[tuple[str, str]]]) -> None:
    cells = res.cells

    def emit(key: str, cell: Cell) -> None:
        if cell.value is not None:
            res.facts.append(TableFact(key, cell.value, cell.row_label, cell.column_label, cell.start, cell.end))

    def emit_sum(key: str, parts: list[tuple[str, str]], row_label: str, column_label: str) -> None:
        got = [cells.get(p) for p in parts]
        if not got or any(c is None or c.value is None for c in got):
            return
        first = got[0]
        res.facts.append(TableFact(key, sum(c.value for c in got), row_label, column_label,  # type: ignore[misc]
                                   first.start, first.end))
        res.derived[key] = parts

    for spec in REQUEST_ROWS:
        if spec.key in derived_totals:
            c = cells[(spec.key, "total")]
            emit_sum(spec.key, derived_totals[spec.key], c.row_label, "总计(其他各列之和)")
        elif spec.key and (spec.key, "total") in cells:
            emit(spec.key, cells[(spec.key, "total")])
    recv = "requests.received"
    if (recv, "natural_person") in cells:
        emit("requests.applicant.natural_person", cells[(recv, "natural_person")])
    if recv in by_key:
        emit_sum("requests.applicant.organization", [(recv, c) for c in ORG_COLUMNS], by_key[recv].label,
                 "法人或其他组织(商业企业+科研机构+社会公益组织+法律服务机构+其他)")
    for spec in REQUEST_ROWS:
        if spec.group and (spec.key, "total") not in cells:
            subs = [s.key for s in REQUEST_ROWS if s.parent == spec.key and s.form in ("both", form)]
            label = by_key[spec.key].label if spec.key in by_key else spec.key
            if all((s, "total") in cells for s in subs):
                emit_sum(spec.key, [(s, "total") for s in subs], f"{label}(子项之和)", "总计")
            else:
                res.warnings.append(f"row {label}: a sub-row is missing or unread; its sum is not reported")
    for b, _ in CASE_BLOCKS:
        for r, _ in CASE_RESULTS:
            if (b, r) in cells:
                emit(f"{b}.{r}", cells[(b, r)])
    for r, rz in CASE_RESULTS:
        emit_sum(f"litigation.{r}", [("litigation.direct", r), ("litigation.after_review", r)],
                 "行政诉讼(未经复议直接起诉+复议后起诉)", rz)


def derive_blank_totals(res: TableResult) -> dict[str, list[tuple[str, str]]]:
    """Rows whose 总计 cell is blank while the six other cells are all written: 总计 is their sum (the
    form defines it so). Returns row key -> the cells summed; the 总计 cell gets the sum (so group sums
    and checks can use it) but keeps its empty span and ``blank``."""
    out: dict[str, list[tuple[str, str]]] = {}
    for spec in REQUEST_ROWS:
        total = res.cells.get((spec.key or "", "total"))
        if total is None or total.value is not None or not total.blank:
            continue
        parts = [(spec.key or "", c) for c, _ in REQUEST_COLUMNS[:-1]]
        got = [res.cells.get(p) for p in parts]
        if all(c is not None and c.value is not None and not c.blank for c in got):
            out[spec.key or ""] = parts
            total.value = sum(c.value for c in got)  # type: ignore[union-attr,misc]  (the span stays empty)
    if out:
        res.warnings.append(f"resolved: 总计 left blank in {len(out)} row(s) whose other cells are all written; "
                            f"derived as their sum: {', '.join(out)}")
    return out


def run_checks(by_key: dict[str, RowRead], form: str, res: TableResult) -> None:
    def v(row: str, col: str) -> Number | None:
        c = res.cells.get((row, col))
        return c.value if c else None

    present = {k for k in by_key if (k, "total") in res.cells}
    own = {k for k in present if by_key[k].spec.group}
    labels = {k: r.label for k, r in by_key.items()}
    pairs, unevaluated = ck.request_checks(v, present, own, form, labels)
    case_pairs, case_uneval = ck.case_checks(v)
    res.checks = [c for c, _ in pairs + case_pairs]
    skipped = unevaluated + case_uneval
    if skipped:  # one line: with an ambiguous row, a dozen column checks have an unknown term
        more = f" and {len(skipped) - 4} more" if len(skipped) > 4 else ""
        res.warnings.append(f"check not evaluated (a term is unknown): {'; '.join(skipped[:4])}{more}")
    for c in res.checks:
        if not c.passed:
            res.warnings.append(f"check failed: {c.rule}: expected {c.expected}, table has {c.actual}")


def regions(rows: list[RowRead], res: TableResult) -> None:
    """Table 三 from its first row label to its last cell; table 四 from its first cell to its last.

    ``rows`` are the rows read as table rows only: a label in prose must not make the prose around it
    a region, which the prose extractor would then skip."""
    req = [c for (r, _), c in res.cells.items() if "." in r and r.startswith("requests")]
    if rows:
        start = min(r.hit.start for r in rows)
        end = max([c.end for c in req] + [t.end for r in rows for t in r.tokens]
                  + [r.hit.core_end for r in rows])
        res.regions.append((start, end))
    case = [c for (r, _), c in res.cells.items() if not r.startswith("requests")]
    if case:
        res.regions.append((min(c.start for c in case), max(c.end for c in case)))
