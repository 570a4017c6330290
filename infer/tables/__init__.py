"""Parse the statistics tables of a report: the 2019/2021 national forms and pre-2019 附表.

``parse_tables(text) -> TableResult`` finds the tables in decoded text (for HTML, the text of
``infer.textio`` with one TAB-separated line per ``<tr>``), maps every cell to a field of
:mod:`infer.schema`, checks the tables' own arithmetic and says what it could not read.

Layouts read (rows are found by their labels, so one rule serves them all; see ``standard``):
TAB rows from HTML (colspan/rowspan headers and labels, ``<th>``, split or page-broken tables, Word
exports), pipe rows, Markdown (``|---|`` rows dropped), reStructuredText / ASCII grids (cells wrapped
over several lines are joined first, :mod:`grid`), box drawing, CSV (:mod:`layout`), space / U+3000 /
NBSP separated rows, one cell per line, the label on one line and its numbers on the next. Row
numbering may be in any style or absent; 总计 may be the first column (:mod:`columns`). Table 三 may
print only its 总计 column, or be transposed (one line per applicant kind, :mod:`transposed`); table 四
may be printed as labelled sub-rows, groups, or transposed (:mod:`case_table`), and is found by its
column header when its heading is reworded, merged into a paragraph or missing.

Cells that lost their separators (:mod:`runs`, :mod:`solve`, :mod:`joint`): a row's text is a run of
tokens, each holding one or more cells (``150 000217`` = 15|0|0|0|0|2|17), and in a table that drops its
empty cells instead of writing 0 (``…申请数量11`` = 1 natural person, total 1) any column may be blank.
Every reading of every row that satisfies the row identity is enumerated, and the table is solved as
a whole with its identities (row sums, 一+二 = 三(七)+四, (七) = (一)…(六), group = sub-rows; each block of
table 四): a unique solution is read; with several, every cell that is the same in all of them is read
(often the 总计) and the others are listed in ``TableResult.ambiguous`` with their candidates. A row no
reading fits is reported unread; nothing is placed by counting or shifted. A table cut off mid-way
keeps its complete rows, names the rows not found, and never reads a partial row.

Cells (:mod:`cells`): dashes, 无 and 〇 are 0; ``/``, x, 不详 … are unknown; a blank cell of a positional
layout (an empty HTML cell) is unknown unless the table's sums prove it 0 (:mod:`blanks`), and so is a
``/`` (in table 四, one block whose 总计 proves its ``/`` cells 0 makes the table's ``/`` its zero mark,
unless another block contradicts it); a 总计 left blank while the row's six other cells are written is
derived as their sum (``derived``).

PDF copies (:mod:`furniture`): page numbers (``— 4 —``, ``第 3 页 共 4 页``) and the running header next
to them are blanked in the shadow before reading, so their digits never become cells; a label wrapped
over two lines (inside its words or after its numbering) is still found.

Several tables: the first 申请 table under the report's own numbered heading (三、) is read, and
other copies (a summary before it, a department's copy after it) are named in a warning; so is a
pre-2019 附表 found next to a 2019/2021 form.

Facts emitted (see also :class:`infer.tables.model.TableResult`):
- every row of table 三 whose 总计 is read (sub-rows too: requests.outcome.withheld.state_secret …),
  requests.applicant.natural_person (自然人 of row 一) and requests.applicant.organization (the sum of
  the five 法人或其他组织 columns of row 一);
- a group without its own row ((三)不予公开 … and, in the 2021 form, (六)其他处理) as the sum of its
  sub-rows;
- review.* and litigation.direct.* / litigation.after_review.* from table 四, litigation.* as the sum
  of the two;
- from a pre-2019 table: the national 统计表 (统计指标|单位|统计数, :mod:`stat_form`, also published alone)
  or another 附表 (:mod:`appendix`, also printed sideways: a row of names over a row of values; its
  本年度 and 累计 columns in the order its header names them): the indicators that are fields (requests.*, channels, reply types,
  review.*, litigation.*, complaints.total, fees.amount_yuan, and, beyond the scored set,
  proactive.total and consultations.total); the 历年累计 column is kept in ``cells`` only; a combined
  indicator (信函、传真申请数) is reported as combined, never guessed into one channel.
Sums are listed in ``TableResult.derived``; their offsets are those of the first contributing cell.
A blank cell proven 0 has an empty span (``start == end``) where the cell is.
Ambiguous run-together cells are never reported as facts (see ``TableResult.ambiguous``).

Checks (勾稽关系, :mod:`infer.tables.checks`) are reported for the 2019/2021 forms; for pre-2019 tables
the block sums where a block is complete (received = the channels, answered = the reply types, 复议 /
诉讼 = their results). When the 统计表's 申请办结数 and 申请答复数 disagree, the answered total is not
reported.

Status: ``parsed`` (every row and cell read), ``partial`` (something unread, unknown or ambiguous:
see ``warnings``; warnings starting with ``note:`` or ``resolved:`` only inform), ``missing`` (the
section heading 三、收到和处理政府信息公开申请情况 is there with nothing after it, e.g. the table was an
image), ``absent`` (no tables). A violated identity does not make a table partial: it is a failed check.

Prose is never a table (:mod:`infer.tables.prose`): 2019+ reports without tables state the same
figures in sentences that hold the form's row labels word for word (本年新收政府信息公开申请156件，
上年结转9件). A label followed by a count in running text is not a row; rows with no cells do not make
a table (then ``absent``: no template, no warnings) unless the table's column header is there too (a
table present but not understood is ``partial`` with the reason). ``regions`` cover only the tables' own
characters (first row label to last cell), never a whole line: a report flattened onto one line keeps
its prose out of them, because the prose extractor skips regions.
"""
from __future__ import annotations

import re

from infer.tables import appendix, grid, standard, stat_form
from infer.tables.furniture import mask_page_furniture
from infer.tables.layout import fold_separators
from infer.tables.model import AmbiguousRow, Cell, TableResult
from infer.tables.normalize import loose, shadow
from infer.tables.prose import states_figures

__all__ = ["parse_tables", "TableResult", "Cell", "AmbiguousRow"]

_MISSING_HEADINGS = (r"三\s*[、.．]\s*" + loose("收到和处理政府信息公开申请情况"),)


#: the next numbered section heading (四、 五、 …) at the start of a line
_NEXT_SECTION = re.compile(r"(?m)^[ \t\u3000]*[四五六七八九十]\s*[、.．]")
_SECTION_MAX = 3000


def _empty_table_section(sh: str) -> bool:
    """The section 三、收到和处理政府信息公开申请情况 is there and holds no figures up to the next
    section: its table was an image or an empty page (``missing``). A section stating its figures in
    prose is a report without a table (``absent``): no warning about a missing table then."""
    for pattern in _MISSING_HEADINGS:
        for m in re.finditer(pattern, sh):
            nxt = _NEXT_SECTION.search(sh, m.end(), m.end() + _SECTION_MAX)
            body = sh[m.end():nxt.start() if nxt else m.end() + _SECTION_MAX]
            if not states_figures(body):
                return True
    return False


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


#: a reporting year in the title (2021年度 …): the 2021 form applies from the 2021 reports on
_YEAR = re.compile(r"(20[12]\d)\s*年")


def _case_table_alone(text: str, sh: str) -> TableResult | None:
    """Table 四 in text whose table 三 is not there (an image, a page lost): read it, and say table 三
    is missing, rather than report no table at all. Found by its column header (结果维持 结果纠正 …)."""
    lo = standard.case_header_start(sh)
    if lo is None:
        return None
    res = TableResult()
    from infer.tables import case_table, emit
    case_table.read(text, sh, lo, res)
    if not any(not c.blank for c in res.cells.values()):
        return None
    m = _YEAR.search(sh[:400])
    res.template = "2021" if m and int(m.group(1)) >= 2021 else "2019"
    res.warnings.insert(0, f"table 三 (收到和处理政府信息公开申请情况) not found; table 四 read alone (form {res.template} "
                           f"assumed from the report's year)")
    emit.facts({}, res.template, res, {})
    emit.run_checks({}, res.template, res)
    emit.regions([], res)
    res.status = "partial"
    return res


def _parse(text: str) -> TableResult:
    sh = mask_page_furniture(fold_separators(shadow(text)))
    res = standard.read(text, sh)
    if res is not None:
        _note_appendix(text, sh, res)
        return res
    # the national 统计表 (fixed rows) or another 附表 (indicator names): whichever reads more
    found = [r for r in (stat_form.read(text, sh), appendix.read(text, sh)) if r is not None]
    if found:
        return max(found, key=lambda r: len(r.facts))
    res = _case_table_alone(text, sh)
    if res is not None:
        return res
    res = TableResult()
    if _empty_table_section(sh):
        res.status = "missing"
        res.warnings.append("the table sections (三、收到和处理政府信息公开申请情况 …) are present but hold "
                            "no table (an image or an empty page?); no table facts")
    return res
