"""A statistics table flattened into one run of text is not prose: its numbers are read by the table
parser, never linked here.

Scraped pages often glue a table's cells into one line with no separators (``…规章000规范性文件101077…``,
``本年新收政府信息公开申请数量21710000218``). Prose numbers are followed by a unit, a punctuation mark
or a date word; a sentence with several digit runs glued directly to the next label is table text,
and its spans are dropped before any rule pairs them.

The table stretch ends with the sentence's last glued run: prose that a flattened page runs on after
the table without a full stop is still prose.

Example::

    本年新收政府信息公开申请数量[5|COUNT]1006予以公开[3|COUNT]003部分公开[2|COUNT]002。
    → nothing

Example::

    予以公开[4|COUNT]004部分公开[1|COUNT]001总计[5|COUNT]005四、复议诉讼情况本年度[未|ZERO]发生[行政复议|CASE]、[行政诉讼|CASE]案件。
    → review.total=0, litigation.total=0

Example::

    予以公开[4|COUNT]004部分公开[1|COUNT]001总计[5|COUNT]005[行政复议|CASE]结果[维持|RESULT]总计[000|COUNT]　五、问题本年度[未|ZERO]收取[费用|FEE]。
    → fees.amount_yuan=0
"""
from __future__ import annotations

import re

from infer.lexicon import COUNT_UNITS
from infer.prose.doc import Doc, Linked

NAME = "table_text"
#: What may follow a prose number: a unit, a date word, a percent sign, punctuation or space.
_UNIT_CHARS = "".join(sorted({u[0] for u in COUNT_UNITS} | set("年月日号%％人位名次倍万余多个份类天户元")))
_GLUED = re.compile(rf"\d+(?=[\u4e00-\u9fff])(?![{_UNIT_CHARS}])")
#: Digit runs glued to the next label that make a sentence a table.
MIN_GLUED = 3


_DIGITS = re.compile(r"\d+")
_PROSE_PUNCT = re.compile(r"[，。；;,]")


def _table_tail(text: str, end: int, limit: int) -> int:
    """Extend a table stretch over the cells that follow its last glued run: a bare digit run (not
    followed by a unit) reached through labels alone, with no prose punctuation on the way, is a cell
    (the last block's ``…总计000000``)."""
    while True:
        m = _DIGITS.search(text, end, limit)
        if not m or _PROSE_PUNCT.search(text, end, m.start()) or re.match(rf"[{_UNIT_CHARS}]", text[m.end():m.end() + 1]):
            return end
        end = m.end()


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    seg = doc.seg
    table_end: dict[int, int] = {}  # sentence id -> where its table text ends (its start when it has none)

    def end_of_table(pos: int) -> int:
        sid = seg.sentence_id(pos)
        if sid not in table_end:
            a, b = seg.sentence_bounds(pos)
            glued = list(_GLUED.finditer(doc.text, a, b))
            # The table stretch ends with its last glued run: a flattened page often runs the next
            # section's prose on without a full stop (…总计22四、…情况本年度未发生…行政诉讼案件。), and
            # that prose is read as prose.
            table_end[sid] = _table_tail(doc.text, glued[-1].end(), b) if len(glued) >= MIN_GLUED else a
        return table_end[sid]

    def is_table(pos: int) -> bool:
        return pos < end_of_table(pos)

    for sid in range(len(seg.sentence_cuts) + 1):
        a = seg.sentence_cuts[sid - 1] + 1 if sid > 0 else 0
        b = seg.sentence_cuts[sid] if sid < len(seg.sentence_cuts) else len(doc.text)
        if a < b and end_of_table(a) > a:
            doc.blocked.append((a, end_of_table(a)))
    doc.spans = [s for s in doc.spans if not is_table(s.start)]
    return [l for l in links if not is_table(l.number.start)]
