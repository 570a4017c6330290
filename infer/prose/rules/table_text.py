"""A statistics table flattened into one run of text is not prose: its numbers are read by the table
parser, never linked here.

Scraped pages often glue a table's cells into one line with no separators (``…规章000规范性文件101077…``,
``本年新收政府信息公开申请数量21710000218``). Prose numbers are followed by a unit, a punctuation mark
or a date word; a sentence with several digit runs glued directly to the next label is table text,
and its spans are dropped before any rule pairs them.

Example::

    本年新收政府信息公开申请数量[5|COUNT]1006予以公开[3|COUNT]003部分公开[2|COUNT]002。
    → nothing
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


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    seg = doc.seg
    bad: dict[int, bool] = {}

    def is_table(pos: int) -> bool:
        sid = seg.sentence_id(pos)
        if sid not in bad:
            a, b = seg.sentence_bounds(pos)
            bad[sid] = len(_GLUED.findall(doc.text, a, b)) >= MIN_GLUED
        return bad[sid]

    for sid in range(len(seg.sentence_cuts) + 1):
        a = seg.sentence_cuts[sid - 1] + 1 if sid > 0 else 0
        b = seg.sentence_cuts[sid] if sid < len(seg.sentence_cuts) else len(doc.text)
        if a < b and is_table(a):
            doc.blocked.append((a, b))
    doc.spans = [s for s in doc.spans if not is_table(s.start)]
    return [l for l in links if not is_table(l.number.start)]
