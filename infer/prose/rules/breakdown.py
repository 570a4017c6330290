"""Breakdowns and comparisons are not the report's figure: last year's count, many years' count, a part of the
year, and the count of one department after the report's own total.

A count whose clause speaks of last year (上年/去年/上一年度, but not 上年结转: that is the carry-over) or of a
part of the year (上半年, 第一季度), or whose sentence adds years up (自2008年以来累计, 历年; not 今年以来),
is dropped; so is a second, different value of a field stated after a body's name (…局, …中心, …街道,
本级) in the lines that follow the total, or after 其中 in the total's sentence (every part of the list after
其中, not only the first).

Example::

    全年共[受理|RECEIVED]申请[120|COUNT]件，上年同期[受理|RECEIVED][98|COUNT]件。
    → requests.received=120

Example::

    自条例施行以来，累计[受理|RECEIVED]申请[840|COUNT]件；今年以来共[受理|RECEIVED]申请[61|COUNT]件。
    → requests.received=61

Example::

    上半年[收到|RECEIVED]申请[14|COUNT]件、下半年[19|COUNT]件。
    → nothing

Example::

    全市共[收到|RECEIVED]申请[500|COUNT]件，其中市自然资源局[收到|RECEIVED][85|COUNT]件。
    → requests.received=500

Example::

    全县共[受理|RECEIVED]申请[96|COUNT]件，其中县政府[受理|RECEIVED][31|COUNT]件。
    → requests.received=96

Example::

    全年已[答复|ANSWERED]申请[45|COUNT]件，其中按时[答复|ANSWERED][43|COUNT]件，延期[答复|ANSWERED][2|COUNT]件。
    → requests.outcome.total=45
"""
from __future__ import annotations

import re

from infer.prose.doc import Doc, Linked

NAME = "breakdown"
_LAST_YEAR = re.compile(r"上年(?!度?结转)|上一年(?!度?结转)|去年|上年度(?!结转)|前一年")
_BODY = re.compile(r"[\u4e00-\u9fff]{1,10}(局|委员会|委|办公室|厅|院|中心|街道|镇|乡|公司|部门|单位|分局|站|队|馆)|本级")
#: Between a total and a second value of its field: what follows is a part of it.
_AMONG = re.compile(r"其中|內|其內")
#: How far (characters) after the total a department's count still reads as its breakdown.
BREAKDOWN_CHARS = 400


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = [l for l in links if not _last_year(doc, l)]
    keep: list[Linked] = []
    for l in out:
        earlier = [o for o in out if o.field == l.field and o.value != l.value
                   and 0 < l.number.start - o.number.start <= BREAKDOWN_CHARS]
        if earlier and (_names_a_body(doc, l) or any(_part_of(doc, e, l) for e in earlier)):
            continue
        keep.append(l)
    return keep


def _last_year(doc: Doc, l: Linked) -> bool:
    if l.field == "requests.carried_over":
        return False
    start, _ = doc.clause_bounds(l.number.start)
    before = doc.simple(start, l.number.start)
    if _LAST_YEAR.search(before) or PART_OF_YEAR.search(before):
        return True
    s_start, _ = doc.seg.sentence_bounds(l.number.start)
    statement = re.split(r"[；;]", doc.simple(s_start, l.number.start))[-1]
    return bool(_SINCE.search(statement))


#: Many years added up (自2008年以来累计受理…, 历年): not this year's figure. 以来 needs a sum word after it
#: (自新条例施行以来，本局受理… is this year's); 今年以来 / 本年度以来 is this year.
_SINCE = re.compile(r"((?<!今年)(?<!本年)(?<!年度)(?<!年初)以来|多年来)[^。；;]*(累计|总计|共计)|历年|累计至今|至今累计")
#: A part of the year (上半年收到申请26件、下半年32件; 第一季度): a breakdown, not the year's figure.
PART_OF_YEAR = re.compile(r"上半年|下半年|季度")


def _part_of(doc: Doc, total: Linked, l: Linked) -> bool:
    """``共受理申请1826件，其中…受理402件``: a second value after 其中, in the total's sentence."""
    seg = doc.seg
    return seg.sentence_id(total.number.start) == seg.sentence_id(l.number.start) and \
        bool(_AMONG.search(doc.simple(total.number.end, l.number.start)))


def _names_a_body(doc: Doc, l: Linked) -> bool:
    start, _ = doc.clause_bounds(l.number.start)
    return bool(_BODY.search(doc.simple(start, l.number.start)))
