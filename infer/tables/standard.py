"""Reader of the 2019 / 2021 national forms (三、收到和处理政府信息公开申请情况 and
四、政府信息公开行政复议、行政诉讼情况) in every layout seen in scraped reports.

The reader is anchored on row labels, not on geometry: rows are located by their label cores in
text order (:mod:`infer.tables.locate`), and a row's cells are the numbers between its label and the
next one (:mod:`infer.tables.cells`). That single rule reads pipe rows with filler cells, TAB rows
from HTML (rowspan/colspan headers are just text before the first label), one cell per line, and
cells run together with no separator (split with :mod:`infer.tables.split_digits`).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from infer.result import Number, TableFact
from infer.tables import case_table
from infer.tables.blanks import prove_zero_blanks
from infer.tables import checks as ck
from infer.tables.cells import Token, row_cells, tokenize
from infer.tables.columns import (aligned_cells, cell_lines, column_order, line_aligned_cells, line_fields,
                                  trailing_fields, trailing_lines)
from infer.tables.locate import LabelHit, assign, candidates
from infer.tables.model import AmbiguousRow, Cell, TableResult
from infer.tables.normalize import loose
from infer.tables.split_digits import split_sum_groups
from infer.tables.templates import (CASE_BLOCKS, CASE_RESULTS, CASE_SECTION_CORES, ORG_COLUMNS,
                                    REQUEST_COLUMNS, REQUEST_HEADER_CORES, REQUEST_ROWS,
                                    REQUEST_SECTION, RowSpec)

N_COLS = len(REQUEST_COLUMNS)
#: at most this many candidate combinations are tried when rows are resolved jointly
MAX_COMBOS = 20000
_MIN_ROWS = 3  # fewer located rows than this is not a table (a stray 予以公开 in prose)


@dataclass
class RowRead:
    spec: RowSpec
    hit: LabelHit
    label: str
    tokens: list[Token] = field(default_factory=list)  # the cells found after the label, in text order
    end: int = 0  # where the row's text ends (the next row's label)
    values: list[Cell] | None = None  # one per column when read
    candidates: list[list[Cell]] = field(default_factory=list)  # >1: ambiguous run-together split
    digits: Token | None = None


def _clean_label(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _case_start(shadow: str, lo: int) -> int | None:
    best = None
    for core in CASE_SECTION_CORES:
        m = re.compile(loose(core)).search(shadow, lo)
        if m and (best is None or m.start() < best):
            best = m.start()
    return best


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
    _check_header(shadow, lo, min(h.start for h in hits.values()), res)
    columns = column_order(shadow[lo:min(h.start for h in hits.values())],
                           [[c.value for c in r.tokens] for r in rows if _complete(r.tokens)], res.warnings)
    trailing = _trailing(shadow, rows)
    per_line = {id(r): spans for r in rows if r.spec.key
                and (spans := cell_lines(shadow, r.hit.core_end, r.end)) is not None}
    blank_lines = trailing_lines(shadow, list(per_line.values()))
    for r in rows:
        if r.spec.key is None:
            continue
        if len(r.tokens) < N_COLS and id(r) in per_line:
            aligned = line_aligned_cells(shadow, per_line[id(r)], blank_lines)
            if aligned is not None and all(any(a.start == c.start for a in aligned) for c in r.tokens):
                r.tokens = aligned
        _fill_row(shadow, r, columns, trailing, res)
    form = _detect_form(rows)
    res.template = form
    _resolve_jointly(rows, form, res)
    by_key = {r.spec.key: r for r in rows if r.spec.key}
    for r in rows:
        if r.values:
            for c in r.values:
                res.cells[(c.row, c.column)] = c
    res.warnings += prove_zero_blanks(res.cells, form)
    unknown = [c for c in res.cells.values() if c.blank and c.value is None]
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
    if not table_rows and not res.cells:
        return None  # labels were found but no row holds cells: not a table (see infer.tables.prose)
    _facts(by_key, form, res)
    _run_checks(by_key, form, res)
    _regions(table_rows, res)
    complete = (not res.ambiguous and not any(w.startswith(("row", "table", "cell")) for w in res.warnings))
    res.status = "parsed" if complete else "partial"
    return res


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

#: a row number the locator did not recognise (第9项 style numbering, 9. where 1. was expected), left
#: at the end of the previous row's cells: "… 0 2\n9." must not become an eighth cell
_TRAILING_NUMBERING = re.compile(r"(?:(?<=[\s|])|^)(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、])[ \u3000]*$")


def _read_rows(text: str, shadow: str, lo: int, hi: int, hits: dict[int, LabelHit]) -> list[RowRead]:
    ordered = sorted(hits.values(), key=lambda h: h.start)
    rows: list[RowRead] = []
    for n, h in enumerate(ordered):
        spec = REQUEST_ROWS[h.spec_index]
        seg_end = ordered[n + 1].start if n + 1 < len(ordered) else hi
        m = _TRAILING_NUMBERING.search(shadow, h.core_end, seg_end)
        if m and m.end() == seg_end:
            seg_end = m.start()
        row = RowRead(spec, h, _clean_label(text[h.start:h.core_end]), end=seg_end)
        rows.append(row)
        if spec.key is not None:
            row.tokens, _ = row_cells(tokenize(shadow, h.core_end, seg_end))
    return rows


def _complete(tokens: list[Token]) -> bool:
    return len(tokens) == N_COLS and all(t.kind == "num" for t in tokens)


def _trailing(shadow: str, rows: list[RowRead]) -> int | None:
    """Trailing fields after 总计 on the table's separated lines (see :mod:`infer.tables.columns`)."""
    lines = [f for r in rows if r.spec.key and (f := line_fields(shadow, r.hit.core_end - 1))]
    complete = [(r.hit.core_end, r.tokens) for r in rows if _complete(r.tokens)]
    return trailing_fields(shadow, complete, lines)


def _make_cells(row: RowRead, columns: list[tuple[str, str]],
                toks: list[tuple[int, int, Number | None]]) -> list[Cell]:
    """Cells in the forms' column order, whatever the text order ``columns`` was."""
    by_col = {col: Cell(row.spec.key or "", col, v, s, e, row.label, zh)
              for (col, zh), (s, e, v) in zip(columns, toks)}
    return [by_col[col] for col, _ in REQUEST_COLUMNS if col in by_col]


def _fill_row(shadow: str, row: RowRead, columns: list[tuple[str, str]], trailing: int | None,
              res: TableResult) -> None:
    key = row.spec.key
    cells = row.tokens
    if len(cells) != N_COLS and trailing is not None and not (len(cells) == 1 and cells[0].raw.isdigit()
                                                              and len(cells[0].raw) >= N_COLS):
        fields = line_fields(shadow, row.hit.core_end - 1)
        aligned = aligned_cells(shadow, row.hit.core_end, fields, trailing) if fields else None
        # the positional reading must stay inside the row's own text and keep every cell it found
        if (aligned is not None and all(row.hit.core_end <= a.start and a.end <= row.end for a in aligned)
                and all(any(a.start == c.start for a in aligned) for c in cells)):
            cells = aligned
    if row.spec.group and cells and all(c.kind == "blank" for c in cells):
        return  # a group heading printed as a row of empty cells: its value is the sum of its sub-rows
    if not cells:
        if not row.spec.group:
            res.warnings.append(f"row {row.label} ({key}): no cells found; not read")
        return
    if len(cells) == N_COLS:
        for c in cells:
            if c.kind not in ("num", "blank"):
                res.warnings.append(f"cell {row.label}: non-numeric cell {c.raw!r} at {c.start}; left empty")
        row.values = _make_cells(row, columns, [(c.start, c.end, c.value if c.kind == "num" else None)
                                                for c in cells])
        for c in row.values:
            c.blank = c.start == c.end
        return
    if len(cells) == 1 and cells[0].kind == "num" and cells[0].raw.isdigit() and len(cells[0].raw) > N_COLS - 1:
        tok = cells[0]
        row.digits = tok
        if columns[-1][0] != "total":
            res.warnings.append(f"row {row.label} ({key}): run-together digits {tok.raw!r} in a table with 总计 "
                                f"first are not split; not read")
            return
        splits = split_sum_groups(tok.raw, (N_COLS - 1,))
        if not splits:
            res.warnings.append(f"row {row.label} ({key}): run-together digits {tok.raw!r} have no split "
                                f"where 总计 = the sum of the other cells; not read")
            return
        row.candidates = [_make_cells(row, columns, _offsets(tok, parts)) for parts in splits]
        if len(splits) == 1:
            row.values = row.candidates[0]
        return
    res.warnings.append(f"row {row.label} ({key}): {len(cells)} cells where {N_COLS} were expected; "
                        f"not read (columns would be shifted)")


def _offsets(tok: Token, parts: tuple[str, ...]) -> list[tuple[int, int, Number | None]]:
    out: list[tuple[int, int, Number | None]] = []
    pos = tok.start
    for p in parts:
        out.append((pos, pos + len(p), int(p)))
        pos += len(p)
    return out


def _detect_form(rows: list[RowRead]) -> str:
    """2021 when the (六)其他处理 sub-rows (逾期不补正, 逾期未缴费) are present, else 2019."""
    keys = {r.spec.key for r in rows}
    return "2021" if any(s.form == "2021" and s.key in keys for s in REQUEST_ROWS) else "2019"


def _check_header(shadow: str, lo: int, first_row: int, res: TableResult) -> None:
    header = shadow[lo:first_row]
    missing = [c for c in REQUEST_HEADER_CORES if not re.search(loose(c), header)]
    if len(missing) == len(REQUEST_HEADER_CORES):
        res.warnings.append("column header of table 三 not found; the standard column order "
                            "(自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计) is assumed")
    elif missing:
        res.warnings.append(f"column header of table 三 lacks {', '.join(missing)}; "
                            f"the standard column order is assumed")


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


# --- joint resolution of ambiguous run-together rows ------------------------------------------------

def _lookup(rows: list[RowRead], choice: dict[int, list[Cell]]):
    grid: dict[tuple[str, str], Number | None] = {}
    for i, r in enumerate(rows):
        cells = choice.get(i, r.values)
        if cells:
            for c in cells:
                grid[(c.row, c.column)] = c.value
    return lambda row, col: grid.get((row, col))


def _resolve_jointly(rows: list[RowRead], form: str, res: TableResult) -> None:
    """Rows with several splits are resolved with the identities linking rows (一+二 = (七)+四,
    (七) = sum of results, group = sum of sub-rows): a combination survives only if every identity
    touching an ambiguous cell holds. A row is resolved when all survivors agree on it."""
    amb = [i for i, r in enumerate(rows) if len(r.candidates) > 1]
    if not amb:
        return
    present = {r.spec.key for r in rows if r.spec.key and (r.values or r.candidates)}
    own = {r.spec.key for r in rows if r.spec.group and (r.values or r.candidates)}
    labels = {r.spec.key: r.label for r in rows if r.spec.key}
    n_combos = 1
    for i in amb:
        n_combos *= len(rows[i].candidates)
    survivors: list[dict[int, list[Cell]]] = []
    if n_combos <= MAX_COMBOS:
        amb_rows = {rows[i].spec.key for i in amb}
        for combo in itertools.product(*(rows[i].candidates for i in amb)):
            choice = dict(zip(amb, combo))
            checks, _ = ck.request_checks(_lookup(rows, choice), present, own, form, labels)
            touching = [c for c, cells in checks if any(k[0] in amb_rows for k in cells)]
            if touching and all(c.passed for c in touching):
                survivors.append(choice)
    for i in amb:
        r = rows[i]
        options = [s[i] for s in survivors] or r.candidates
        distinct = {tuple((c.value, c.start) for c in o) for o in options}
        if len(distinct) == 1:
            r.values = options[0]
            res.warnings.append(f"resolved: row {r.label}: run-together digits {r.digits.raw!r} resolved by the "
                                f"identities linking the rows")
            continue
        cols = [REQUEST_COLUMNS[j][0] for j in range(N_COLS)
                if len({(o[j].value, o[j].start) for o in options}) > 1]
        res.ambiguous.append(AmbiguousRow(r.spec.key or "", r.label, r.digits.raw, r.digits.start,
                                          r.digits.end, [tuple(c.value for c in o) for o in options], cols))
        res.warnings.append(f"row {r.label}: run-together digits {r.digits.raw!r} split {len(distinct)} "
                            f"consistent ways; ambiguous columns {', '.join(cols)} are not reported")
        # cells identical in every option are certain
        r.values = [c if REQUEST_COLUMNS[j][0] not in cols else
                    Cell(c.row, c.column, None, c.start, c.start, c.row_label, c.column_label)
                    for j, c in enumerate(options[0])]


#: a number glued to the text after it by a numbering mark: the next item's 2. / 2、 (not a cell)
_NUMBERING_AFTER = re.compile(r"[.．、]\s*[^\d\s.．、]")


def _read_as_row(shadow: str, row: RowRead) -> bool:
    """The row's text holds table cells: cells placed, a run-together digit string, or at least two
    cells that could not be placed (a damaged row is still a table row). A label followed by one
    number (本年新收…申请156 in a sentence that escaped :mod:`infer.tables.prose`, or a list line
    ``1.本年新收申请：45件``) is not, and the numbering of the next list item (``2.上年度转入``) is no
    second cell."""
    if row.values or row.candidates or row.digits:
        return True
    cells = [t for t in row.tokens if not (t.kind == "num" and _NUMBERING_AFTER.match(shadow, t.end))]
    return len(cells) >= 2


def _regions(rows: list[RowRead], res: TableResult) -> None:
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


# --- facts and checks -------------------------------------------------------------------------------

def _facts(by_key: dict[str, RowRead], form: str, res: TableResult) -> None:
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
        if spec.key and (spec.key, "total") in cells:
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


def _run_checks(by_key: dict[str, RowRead], form: str, res: TableResult) -> None:
    def v(row: str, col: str) -> Number | None:
        c = res.cells.get((row, col))
        return c.value if c else None

    present = {k for k in by_key if (k, "total") in res.cells}
    own = {k for k in present if by_key[k].spec.group}
    labels = {k: r.label for k, r in by_key.items()}
    pairs, unevaluated = ck.request_checks(v, present, own, form, labels)
    case_pairs, case_uneval = ck.case_checks(v)
    res.checks = [c for c, _ in pairs + case_pairs]
    for rule in unevaluated + case_uneval:
        res.warnings.append(f"check not evaluated (a term is unknown): {rule}")
    for c in res.checks:
        if not c.passed:
            res.warnings.append(f"check failed: {c.rule}: expected {c.expected}, table has {c.actual}")
