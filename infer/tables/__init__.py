"""Parse the statistics tables of a report: the 2019/2021 national forms and pre-2019 附表.

``parse_tables(text) -> TableResult`` finds the tables in decoded text (for HTML, the text of
``infer.textio`` with one TAB-separated line per ``<tr>``), maps every cell to a field of
:mod:`infer.schema`, checks the tables' own arithmetic and says what it could not read.

Facts emitted (see also :class:`infer.tables.model.TableResult`):
- every row of table 三 whose 总计 is read (sub-rows too: requests.outcome.withheld.state_secret …),
  requests.applicant.natural_person (自然人 of row 一) and requests.applicant.organization (the sum of
  the five 法人或其他组织 columns of row 一);
- a group without its own row ((三)不予公开 … and, in the 2021 form, (六)其他处理) as the sum of its
  sub-rows;
- review.* and litigation.direct.* / litigation.after_review.* from table 四, litigation.* as the sum
  of the two;
- from a pre-2019 附表: the indicators that are fields (requests.*, review.total, litigation.total,
  complaints.total, and, beyond the scored set, proactive.total and consultations.total); the
  历年累计 column is kept in ``cells`` only.
Sums are listed in ``TableResult.derived``; their offsets are those of the first contributing cell.
Ambiguous run-together cells are never reported as facts (see ``TableResult.ambiguous``).

Checks (勾稽关系, :mod:`infer.tables.checks`) are reported for the 2019/2021 forms. Pre-2019 附表 have
no fixed identities (their sub-items are often not exhaustive), so no checks are reported for them;
the block sums are only used to split run-together 本年度|历年累计 pairs when exactly one split fits.

Status: ``parsed`` (every row and cell read), ``partial`` (something unread or ambiguous: see
``warnings``), ``missing`` (the table headings are there but the tables are not, e.g. an image),
``absent`` (no tables). A violated identity does not make a table partial: it is a failed check.
"""
from __future__ import annotations

import re

from infer.tables import appendix, grid, standard
from infer.tables.layout import fold_separators
from infer.tables.model import AmbiguousRow, Cell, TableResult
from infer.tables.normalize import loose, shadow

__all__ = ["parse_tables", "TableResult", "Cell", "AmbiguousRow"]

_MISSING_HEADINGS = (r"三\s*[、.．]\s*" + loose("收到和处理政府信息公开申请情况"),)


def _note_appendix(text: str, sh: str, res: TableResult) -> None:
    """A report with the national form AND an old-style 附表 (a copy of last year's, a department's):
    the form in the report's own section is what is read; the 附表 is named so nothing is dropped
    silently."""
    lo = appendix.region_start(sh)
    if lo is None or any(a <= lo < b for a, b in res.regions):
        return
    other = appendix.read(text, sh)
    if other is not None and other.facts:
        res.warnings.append(f"note: a pre-2019 附表 at {lo} ({len(other.facts)} indicators) is also present; "
                            f"the {res.template} form table is read and the 附表 ignored")


def parse_tables(text: str) -> TableResult:
    """Find and read the report's statistics tables. Never raises on odd input; see ``warnings``."""
    if not isinstance(text, str):
        raise TypeError("parse_tables expects decoded text (str)")
    view = grid.unwrap(text)
    if view is None:
        return _parse(text)
    return _map_back(_parse(view.text), view)


def _map_back(res: TableResult, view: grid.View) -> TableResult:
    """Offsets read in an unwrapped-grid view, moved back into the caller's text."""
    broken: list[str] = []
    for obj in [*res.facts, *res.cells.values(), *res.ambiguous]:
        start, end, ok = view.source_span(obj.start, obj.end)
        if not ok:
            broken.append(repr(view.text[obj.start:obj.end]))
        obj.start, obj.end = start, end
    res.regions = [view.source_span(a, b)[:2] for a, b in res.regions]
    res.warnings.append("note: grid-table rows spanning several lines were joined before reading")
    if broken:
        res.warnings.append(f"cell(s) wrapped across lines inside a grid cell; their offsets cover the wrap: "
                            f"{', '.join(broken[:5])}")
    return res


def _parse(text: str) -> TableResult:
    sh = fold_separators(shadow(text))
    res = standard.read(text, sh)
    if res is not None:
        _note_appendix(text, sh, res)
        return res
    res = appendix.read(text, sh)
    if res is not None:
        return res
    res = TableResult()
    if any(re.search(p, sh) for p in _MISSING_HEADINGS):
        res.status = "missing"
        res.warnings.append("the table sections (三、收到和处理政府信息公开申请情况 …) are present but hold "
                            "no table (an image or an empty page?); no table facts")
    return res
