"""Reader of the 2019 / 2021 national forms (三、收到和处理政府信息公开申请情况 and
四、政府信息公开行政复议、行政诉讼情况) in every layout seen in scraped reports.

The reader is anchored on row labels, not on geometry: rows are located by their label cores in
text order (:mod:`infer.tables.locate`), and a row's cells are the numbers between its label and the
next one (:mod:`infer.tables.cells`). That single rule reads pipe rows with filler cells, TAB rows
from HTML (rowspan/colspan headers are just text before the first label), one cell per line, and
cells run together or with their empty cells dropped (every reading enumerated by
:mod:`infer.tables.runs`, the table solved as a whole by :mod:`infer.tables.joint`). Placing cells is
:mod:`infer.tables.rowread`; facts, checks and regions are :mod:`infer.tables.emit`.
"""
from __future__ import annotations

import re

from infer.tables import case_table, emit, joint, transposed
from infer.tables.blanks import prove_zero_blanks
from infer.tables.cells import SLASH_CELLS, row_cells, tokenize
from infer.tables.columns import (cell_lines, column_order, line_aligned_cells, line_fields, trailing_fields,
                                  trailing_lines)
from infer.tables.locate import LabelHit, assign, candidates
from infer.tables.model import TableResult
from infer.tables.normalize import loose
from infer.tables.rowread import TRAILING_NUMBERING, RowRead, complete, place
from infer.tables.templates import (CASE_HEADER_PATTERN, CASE_SECTION_CORES, CASE_SECTION_PATTERN,
                                    REQUEST_HEADER_CORES, REQUEST_ROWS, REQUEST_SECTION)

_MIN_ROWS = 3  # fewer located rows than this is not a table (a stray 予以公开 in prose)


def _clean_label(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _case_start(shadow: str, lo: int) -> int | None:
    """Where table 四 begins after ``lo``: its heading (any wording in :mod:`templates`), or, when the
    heading is garbled or missing, its column header (结果维持 结果纠正, with a 行政复议 just before it)."""
    found = [m.start() for core in CASE_SECTION_CORES if (m := re.compile(loose(core)).search(shadow, lo))]
    if m := re.compile(CASE_SECTION_PATTERN).search(shadow, lo):
        found.append(m.start())
    if m := re.compile(CASE_HEADER_PATTERN).search(shadow, lo):
        head = shadow.rfind("行政复议", max(lo, m.start() - 40), m.start())
        found.append(head if head >= 0 else m.start())
    return min(found) if found else None


def case_header_start(shadow: str) -> int | None:
    """Where table 四's own column header (结果维持 结果纠正) begins, with a 行政复议 just before it."""
    m = re.compile(CASE_HEADER_PATTERN).search(shadow)
    if m is None:
        return None
    head = shadow.rfind("行政复议", max(0, m.start() - 40), m.start())
    return head if head >= 0 else m.start()


#: a section number right before the heading: 三、 / 三. / （三） — the report's own section
_OWN_SECTION = re.compile(r"(?:三\s*[、.．]|[（(]\s*三\s*[)）])\s*$")


def request_tables(shadow: str) -> list[tuple[int, int, dict[int, LabelHit]]]:
    """Every 申请 table in the text: (start, end, located rows), in text order.

    Each heading (收到和处理政府信息公开申请) opens a candidate that ends at the next case-table heading;
    a table of contents has its headings too close together to hold rows, so it yields nothing. With
    no heading at all, the whole text is one candidate.
    """
    heads = [m.start() for m in re.finditer(loose(REQUEST_SECTION), shadow)]
    found: list[tuple[int, int, dict[int, LabelHit]]] = []
    for n, lo in enumerate(heads):
        case = _case_start(shadow, lo + 1)
        nxt = heads[n + 1] if n + 1 < len(heads) else len(shadow)
        hi = min(case if case is not None else len(shadow), nxt)
        hits = assign(candidates(shadow, REQUEST_ROWS, lo, hi), len(REQUEST_ROWS))
        if sum(1 for i in hits if REQUEST_ROWS[i].key) >= _MIN_ROWS:
            found.append((lo, hi, hits))
    if not found:
        case = _case_start(shadow, 0)
        hi = case if case is not None else len(shadow)
        hits = assign(candidates(shadow, REQUEST_ROWS, 0, hi), len(REQUEST_ROWS))
        if sum(1 for i in hits if REQUEST_ROWS[i].key) >= _MIN_ROWS:
            found.append((0, hi, hits))
    return found


def request_range(shadow: str) -> tuple[int, int, dict[int, LabelHit]] | None:
    """The 申请 table to read: the first under the report's own numbered section (三、), else the first."""
    found = request_tables(shadow)
    if not found:
        return None
    own = [t for t in found if _OWN_SECTION.search(shadow[max(0, t[0] - 8):t[0]])]
    return (own or found)[0]


def read(text: str, shadow: str) -> TableResult | None:
    """Parse the 2019/2021 tables; None when the text holds neither (see :func:`missing_sections`)."""
    found = request_tables(shadow)
    if not found:
        return None
    lo, hi, hits = request_range(shadow) or found[0]
    case_lo = _case_start(shadow, hi)
    res = TableResult()
    if len(found) > 1:
        others = ", ".join(str(t[0]) for t in found if t[0] != lo)
        res.warnings.append(f"note: the report holds {len(found)} copies of table 三 (a summary and a "
                            f"department copy?); the one in the report's own section (at {lo}) is read, "
                            f"the others (at {others}) are ignored")
    rows = _read_rows(text, shadow, lo, hi, hits)
    _note_second_copy(shadow, rows, hi, res)
    header = re.sub(r"\s+", "", shadow[lo:min(h.start for h in hits.values())])  # 商业\n企业: a wrapped cell
    total_only = _total_only(header, rows)
    lines = transposed.detect(shadow, rows, hi)  # the header is then the applicant lines' names
    header_found = total_only or bool(lines) or _check_header(header, res)
    columns = column_order(header,
                           [[c.value for c in r.tokens] for r in rows if complete(r.tokens)], res.warnings)
    trailing = _trailing(shadow, rows)
    per_line = {id(r): spans for r in rows if r.spec.key
                and (spans := cell_lines(shadow, r.hit.core_end, r.end)) is not None}
    blank_lines = trailing_lines(shadow, list(per_line.values()))
    form = _detect_form(rows)
    res.template = form
    if lines:
        transposed.read(shadow, rows, lines, res, lambda r: _has_subs(r, form))
    if total_only:
        res.warnings.append("note: table 三 prints only its 总计 column; the applicant columns are not in the "
                            "table")
    if not lines and not total_only:
        joint.blank_total_column(rows, columns, shadow, res)
    for r in rows:
        if r.spec.key is None or r.values or r.heading:
            continue
        if len(r.tokens) < len(columns) and id(r) in per_line:
            aligned = line_aligned_cells(shadow, per_line[id(r)], blank_lines)
            if aligned is not None and all(any(a.start == c.start for a in aligned) for c in r.tokens):
                r.tokens = aligned
        place(shadow, r, columns, trailing, res, _has_subs(r, form), total_only)
    joint.resolve(rows, columns, form, res, may_drop=header_found, shadow=shadow)
    by_key = {r.spec.key: r for r in rows if r.spec.key}
    for r in rows:
        if r.values:
            for c in r.values:
                res.cells[(c.row, c.column)] = c
    _prove_slashes(shadow, res, form)
    derived_totals = emit.derive_blank_totals(res)
    unknown = [c for c in res.cells.values() if c.blank and c.value is None
               and not (c.column == "total" and c.row in derived_totals)]
    if unknown:
        res.warnings.append(f"cell(s) blank and not proven zero, left unknown: "
                            f"{', '.join(f'{c.row_label} [{c.column_label}]' for c in unknown[:10])}"
                            + (f" and {len(unknown) - 10} more" if len(unknown) > 10 else ""))
    _missing_rows(by_key, form, res)
    if case_lo is not None:
        case_table.read(text, shadow, case_lo, res)
    else:
        res.warnings.append("table 四 (行政复议、行政诉讼) not found")
    table_rows = [r for r in rows if _read_as_row(shadow, r)]
    if not table_rows and not any(not c.blank for c in res.cells.values()):
        if not header_found:
            return None  # labels were found but no row holds cells: not a table (see infer.tables.prose)
        res.warnings.append("table 三: its column header and row labels are there but no row could be read")
    emit.facts(by_key, form, res, derived_totals)
    emit.run_checks(by_key, form, res)
    emit.regions(table_rows, res)
    whole = not res.ambiguous and not any(w.startswith(("row", "table", "cell")) for w in res.warnings)
    res.status = "parsed" if whole else "partial"
    return res


def _prove_slashes(shadow: str, res: TableResult, form: str) -> None:
    """Blank cells, and ``/`` cells, that the table's sums prove 0 (:mod:`infer.tables.blanks`).

    A ``/`` is unknown (:mod:`infer.tables.cells`) unless the proof that serves blank cells reaches it:
    its row or column already adds up to the total without it. A proven ``/`` keeps its span (the
    ``/``) and is no longer reported as a non-numeric cell; an unproven one stays unknown."""
    slashes = [c for c in res.cells.values() if c.value is None and not c.blank
               and shadow[c.start:c.end].strip() in SLASH_CELLS]
    for c in slashes:
        c.blank = True
    res.warnings += prove_zero_blanks(res.cells, form)
    for c in slashes:
        c.blank = False
    proven = {c.start for c in slashes if c.value is not None}
    if proven:
        res.warnings = [w for w in res.warnings if not (w.startswith("cell ") and "non-numeric cell" in w
                                                        and any(f" at {s};" in w for s in proven))]


def _note_second_copy(shadow: str, rows: list[RowRead], hi: int, res: TableResult) -> None:
    """A second full set of rows under the same heading (a page's print copy, a pasted duplicate)
    is not read; say so, so that a differing copy is never dropped silently."""
    tail = max((c.end for r in rows for c in r.tokens), default=max(r.hit.core_end for r in rows))
    again = assign(candidates(shadow, REQUEST_ROWS, tail, hi), len(REQUEST_ROWS))
    if sum(1 for i in again if REQUEST_ROWS[i].key) >= _MIN_ROWS:
        at = min(h.start for h in again.values())
        res.warnings.append(f"note: a second copy of table 三 follows at {at} under the same heading; "
                            f"the first is read and the copy ignored")


# --- rows -------------------------------------------------------------------------------------------

def _read_rows(text: str, shadow: str, lo: int, hi: int, hits: dict[int, LabelHit]) -> list[RowRead]:
    ordered = sorted(hits.values(), key=lambda h: h.start)
    rows: list[RowRead] = []
    for n, h in enumerate(ordered):
        spec = REQUEST_ROWS[h.spec_index]
        seg_end = ordered[n + 1].start if n + 1 < len(ordered) else hi
        m = TRAILING_NUMBERING.search(shadow, h.core_end, seg_end)
        if m and m.end() == seg_end:
            seg_end = m.start()
        row = RowRead(spec, h, _clean_label(text[h.start:h.core_end]), end=seg_end)
        rows.append(row)
        if spec.key is not None:
            row.tokens, _ = row_cells(tokenize(shadow, h.core_end, seg_end))
    return rows


def _trailing(shadow: str, rows: list[RowRead]) -> int | None:
    """Trailing fields after 总计 on the table's separated lines (see :mod:`infer.tables.columns`)."""
    lines = [f for r in rows if r.spec.key and (f := line_fields(shadow, r.hit.core_end - 1))]
    full = [(r.hit.core_end, r.tokens) for r in rows if complete(r.tokens)]
    return trailing_fields(shadow, full, lines)


def _total_only(header: str, rows: list[RowRead]) -> bool:
    """A table with only a 总计 (合计/数量) column: its header names no applicant column, and its rows
    hold one number each (at least three of them; a list in prose has no such header)."""
    if any(re.search(loose(c), header) for c in REQUEST_HEADER_CORES[:-1]):
        return False
    if not re.search(r"总计|合计|数量|件数", header):
        return False
    data = [r for r in rows if r.spec.key]
    singles = {r.spec.key for r in data if len(r.tokens) == 1 and r.tokens[0].kind == "num"}
    return (len(singles) >= _MIN_ROWS and {"requests.received", "requests.outcome.total"} <= singles
            and all(len(r.tokens) <= 1 for r in data))


def _has_subs(row: RowRead, form: str) -> bool:
    return any(s.parent == row.spec.key and s.form in ("both", form) for s in REQUEST_ROWS)


def _detect_form(rows: list[RowRead]) -> str:
    """2021 when the (六)其他处理 sub-rows (逾期不补正, 逾期未缴费) are present, else 2019."""
    keys = {r.spec.key for r in rows}
    return "2021" if any(s.form == "2021" and s.key in keys for s in REQUEST_ROWS) else "2019"


def _check_header(header: str, res: TableResult) -> bool:
    """Warn about a missing or partial column header; True when most of it is there (then a row with
    fewer cells than columns may be read as a row whose empty cells were dropped)."""
    missing = [c for c in REQUEST_HEADER_CORES if not re.search(loose(c), header)]
    if len(missing) == len(REQUEST_HEADER_CORES):
        res.warnings.append("column header of table 三 not found; the standard column order "
                            "(自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计) is assumed")
    elif missing:
        res.warnings.append(f"column header of table 三 lacks {', '.join(missing)}; "
                            f"the standard column order is assumed")
    return len(missing) <= len(REQUEST_HEADER_CORES) // 2


def _missing_rows(by_key: dict[str, RowRead], form: str, res: TableResult) -> None:
    """Rows not found. A group heading (（三）不予公开) whose sub-rows are all there is not missing:
    in a table with rowspan labels it is often dropped, and its value is the sum of its sub-rows."""
    for spec in REQUEST_ROWS:
        if not spec.key or spec.form not in ("both", form) or spec.key in by_key:
            continue
        subs = [s.key for s in REQUEST_ROWS if s.parent == spec.key and s.form in ("both", form)]
        if spec.group and subs and all(s in by_key for s in subs):
            continue
        res.warnings.append(f"row {spec.key} not found in table 三")


#: a number glued to the text after it by a numbering mark: the next item's 2. / 2、 (not a cell)
_NUMBERING_AFTER = re.compile(r"[.．、]\s*[^\d\s.．、]")


def _read_as_row(shadow: str, row: RowRead) -> bool:
    """The row's text holds table cells: cells placed, a run-together digit string, or at least two
    cells that could not be placed (a damaged row is still a table row). A label followed by one
    number (本年新收…申请156 in a sentence that escaped :mod:`infer.tables.prose`, or a list line
    ``1.本年新收申请：45件``) is not, and the numbering of the next list item (``2.上年度转入``) is no
    second cell."""
    if row.tokens and (row.values or row.candidates):
        return True
    cells = [t for t in row.tokens if not (t.kind == "num" and _NUMBERING_AFTER.match(shadow, t.end))]
    return len(cells) >= 2
