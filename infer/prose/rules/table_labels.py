"""A table's header lines are not prose: the category words printed as column labels (行政复议 / 行政诉讼 /
结果维持 / 结果纠正 / 其他结果 / 尚未审结 …) are never a prose fact's category.

Only the rows that hold numbers are set apart as table rows (:func:`infer.prose.segment.table_line_ranges`)
and the table parser's regions start at its first numeric row, so the header lines above the numbers
stay in the prose. A result rule then reads the four result columns of table 四, printed right after
the sentence ``被提起行政诉讼1件，目前尚在审理中。``, as four results of that one lawsuit (upheld, corrected,
other *and* pending), and each raises a false prose-vs-table mismatch.

A header line here is, within one stretch of lines with no prose line between (blank lines do not
end a stretch):

* a line of ``|``, TAB or (at least :data:`MIN_SPACED_CELLS`) space separated cells, none of them a
  number and none holding prose punctuation (。，；：！？), in a stretch that also holds a numeric table
  row (pipe, TAB or space layout); or
* a short line (at most :data:`MAX_LABEL_CHARS` characters, no digit, no prose punctuation) in a
  stretch of at least :data:`MIN_LABEL_LINES` such lines and :data:`MIN_NUMBER_LINES` bare numbers
  (a table printed one cell per line).

Their spans are dropped, the case context is rebuilt without them, and the lines are added to
:attr:`~infer.prose.doc.Doc.blocked` for rules that read the text itself. Prose lines, numbered
headings (四、…情况) and sentences around the table are untouched.

Prose on its own is not affected:

Example::

    本年度被提起[行政诉讼|CASE][1|COUNT]件，目前尚在[审理中|RESULT]。
    → litigation.total=1, litigation.pending=1

The table layouts this rule is for are in ``tests/test_prose_table_labels.py`` (a docstring example is
one line, and these are several).
"""
from __future__ import annotations

import re

from infer.prose.doc import CaseContext, Doc, Linked
from infer.prose.repair import merge_ranges
from infer.prose.segment import TABLE_SEPARATORS, table_line_ranges

NAME = "table_labels"

#: A one-cell-per-line label is at most this long (the forms' column labels are 2–8 characters).
MAX_LABEL_CHARS = 20
#: A stretch printed one cell per line needs this many label lines …
MIN_LABEL_LINES = 3
#: … and this many bare numbers, to be a table.
MIN_NUMBER_LINES = 3
#: A line of at least this many space-separated cells is a row of a table printed with spaces.
MIN_SPACED_CELLS = 3
#: Punctuation that makes a line or a cell prose, never a label.
_PROSE_PUNCT = re.compile(r"[。，,；;：:！？!?]")
#: A numbered heading (四、…情况, （三）…): it ends a stretch, like prose.
_HEADING = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])")
_NUMBER = re.compile(r"[\s\-—–－/0-9０-９.,，%％]*[0-9０-９][\s\-—–－/0-9０-９.,，%％]*")
_DIGIT = re.compile(r"[0-9０-９]")


def _kind(body: str, is_row: bool) -> str:
    """``row`` (numeric table row), ``label_row``, ``number``, ``label``, ``blank`` or ``prose``."""
    stripped = body.strip()
    if not stripped:
        return "blank"
    if is_row:
        return "row"
    if any(sep in body for sep in TABLE_SEPARATORS):
        cells = [c.strip() for c in re.split(r"[|\t]", body) if c.strip()]
        if len(cells) >= 2 and not any(_PROSE_PUNCT.search(c) for c in cells):
            return "label_row"
        return "prose"
    tokens = stripped.split()
    if len(tokens) >= MIN_SPACED_CELLS:  # a table printed with spaces between its cells
        if all(_NUMBER.fullmatch(t) for t in tokens):
            return "row"
        if all(len(t) <= MAX_LABEL_CHARS and not _DIGIT.search(t) and not _PROSE_PUNCT.search(t) for t in tokens) \
                and not _HEADING.match(stripped):
            return "label_row"
    if _NUMBER.fullmatch(stripped):
        return "number"
    if len(stripped) <= MAX_LABEL_CHARS and not _DIGIT.search(stripped) and not _PROSE_PUNCT.search(stripped) \
            and not _HEADING.match(stripped):
        return "label"
    return "prose"


def header_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every table header line of ``text`` (see module doc)."""
    rows = {a for a, _ in table_line_ranges(text)}
    lines: list[tuple[int, int, str]] = []  # (start, end, kind)
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, pos + len(body), _kind(body, pos in rows)))
        pos += len(line)
    out: list[tuple[int, int]] = []
    stretch: list[tuple[int, int, str]] = []
    for item in lines + [(len(text), len(text), "prose")]:
        if item[2] != "prose":
            stretch.append(item)
            continue
        kinds = [k for _, _, k in stretch]
        if "row" in kinds:
            out.extend((a, b) for a, b, k in stretch if k == "label_row")
        if kinds.count("label") >= MIN_LABEL_LINES and kinds.count("number") >= MIN_NUMBER_LINES:
            out.extend((a, b) for a, b, k in stretch if k == "label")
        stretch = []
    return out


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    headers = header_ranges(doc.text)
    if not headers:
        return links
    starts = sorted(headers)

    def in_header(pos: int) -> bool:
        return any(a <= pos < b for a, b in starts)

    doc.spans = [s for s in doc.spans if not in_header(s.start)]
    doc.ctx = CaseContext([s for s in doc.spans if not s.is_number], doc.text, doc.simple)
    doc.blocked = merge_ranges(list(doc.blocked) + headers)
    return [l for l in links if not in_header(l.number.start)]
