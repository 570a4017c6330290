"""Table 三 printed transposed: the form's rows as the column header, one line per applicant kind.

::

    申请人情况  一、本年新收…  二、上年结转…  （一）予以公开 … 四、结转下年度继续办理
    自然人        40            2             20          …   2
    商业企业       3            0              1          …   0
    …
    总计          45            2             21          …   2

The row labels are located as usual (:mod:`infer.tables.locate`) and hold no cells; the lines after
the last label each start with an applicant column's name and hold one number per data row, in the
header's order. A TAB / pipe line with empty fields (an HTML table's empty cells) is read by position,
its blanks unknown until the sums prove them 0. A line whose count of cells differs is not read (never
shifted); a group that is only a spanning heading over its sub-rows takes no column.
"""
from __future__ import annotations

from collections.abc import Callable

from infer.tables.cells import Token, tokenize
from infer.tables.columns import cells_from_spans, line_fields
from infer.tables.model import Cell, TableResult
from infer.tables.rowread import RowRead
from infer.tables.templates import REQUEST_COLUMNS

#: applicant line names -> column key (其他 last: 其他 is a word inside other names too)
_NAMES: tuple[tuple[str, str], ...] = (("自然人", "natural_person"), ("商业企业", "commercial"),
                                       ("科研机构", "research"), ("公益", "public_interest"),
                                       ("法律服务", "legal_services"), ("总计", "total"), ("合计", "total"),
                                       ("其他", "other_org"), ("其它", "other_org"))
_ZH = dict(REQUEST_COLUMNS)
_MIN_LINES = 3


def _column(name: str) -> str | None:
    return next((key for word, key in _NAMES if word in name), None)


def detect(shadow: str, rows: list[RowRead], hi: int) -> list[tuple[str, int, int]] | None:
    """The applicant lines after the last label: (column key, line start, line end); None when the
    table is not transposed (some row other than the last holds cells, or too few such lines)."""
    data = [r for r in rows if r.spec.key]
    if not data or any(r.tokens for r in data[:-1]):
        return None
    lo = data[-1].hit.core_end
    nl = shadow.find("\n", lo, hi)
    if nl < 0:
        return None
    out = []
    pos = nl + 1
    while pos < hi:
        end = shadow.find("\n", pos, hi)
        end = hi if end < 0 else end
        toks = tokenize(shadow, pos, end)
        if toks and toks[0].kind == "text" and (key := _column(toks[0].raw)) is not None:
            out.append((key, pos, end))
        elif toks and out:
            break  # the table is over
        pos = end + 1
    return out if len(out) >= _MIN_LINES else None


def _positional(shadow: str, start: int, n: int) -> list[Token] | None:
    """The ``n`` cells of a TAB / pipe line after its name field, an empty field a blank (an empty HTML
    cell: unknown until the sums prove it 0); None unless the line has exactly that many fields (empty
    filler fields after them allowed)."""
    fields = line_fields(shadow, start)
    if fields is None:
        return None
    spans = list(fields.spans)[1:]
    if len(spans) > n and not any(shadow[x:y].strip() for x, y in spans[n:]):
        spans = spans[:n]
    if len(spans) != n:
        return None
    return cells_from_spans(shadow, spans)


def read(shadow: str, rows: list[RowRead], lines: list[tuple[str, int, int]], res: TableResult,
         has_subs: Callable[[RowRead], bool]) -> None:
    """Fill ``values`` of each data row from the applicant lines."""
    cols = [r for r in rows if r.spec.key and not (r.spec.group and has_subs(r))]
    for r in rows:
        r.tokens = []
        if r.spec.group and has_subs(r):
            r.heading = True
    per_col: dict[str, list[Token]] = {}
    for key, a, b in lines:
        nums = [t for t in tokenize(shadow, a, b)[1:] if t.kind in ("num", "unknown")]
        if len(nums) != len(cols):
            nums = _positional(shadow, a, len(cols)) or nums
        if len(nums) != len(cols):
            res.warnings.append(f"table 三 (transposed): line {_ZH[key]} has {len(nums)} cells where {len(cols)} "
                                f"were expected; not read (columns would be shifted)")
            continue
        per_col[key] = nums
    res.warnings.append("note: table 三 is transposed (one line per applicant kind); read by its labels")
    for i, r in enumerate(cols):
        r.tokens = [per_col[k][i] for k, _ in REQUEST_COLUMNS if k in per_col]
        r.values = [Cell(r.spec.key or "", k, t.value if t.kind == "num" else None, t.start, t.end, r.label, _ZH[k],
                         blank=t.kind == "blank")
                    for k, _ in REQUEST_COLUMNS if k in per_col for t in [per_col[k][i]]]
    missing = [zh for k, zh in REQUEST_COLUMNS if k not in per_col]
    if missing:
        res.warnings.append(f"table 三 (transposed): column(s) {', '.join(missing)} not read")

