"""An area-wide total with the government's own level inside it: the own level is the report's figure.

``全县各乡镇、各部门共受理申请N件，其中县政府本级M件`` → ``requests.received`` M, not N. Why: a county or
banner government's report may first give the whole area's figure (its townships' and departments' own
reports count those) and then its own (本级); the form and the rest of the report speak of the latter. The
received total must be said of an area's units (全县各…, 全区各部门), and the 本级 count must follow 其中 in
the same sentence; an area-wide total without a 本级 count stays the received total.

An area-wide total that says it includes the own level (``全区各部门共收到申请N件（含区政府本级）``) is the
area's aggregate too: when the report states another received total, that one is the report's figure and
the aggregate is dropped (alone, it is kept: nothing else says what the report's own figure is).

Example::

    全县各乡镇、县直各部门共[受理|RECEIVED]政府信息公开申请[85|COUNT]件，其中县政府本级[21|COUNT]件。
    → requests.received=21

Example::

    全县各部门共[受理|RECEIVED]申请[64|COUNT]件。
    → requests.received=64

Example::

    县政府本级[收到|RECEIVED]申请[12|COUNT]件。全县各乡镇、各部门共[收到|RECEIVED]申请[230|COUNT]件（含县政府本级）。
    → requests.received=12
"""
from __future__ import annotations

import re

from infer.prose.doc import Doc, Linked

NAME = "own_level"
#: The subject of an area-wide total: 全县各…, 全区…各部门 (the whole area's units), before the receiving verb.
_AREA_WIDE = re.compile(r"全(县|市|区|旗|州|盟|省|镇|乡)[^，,。；;]{0,20}各")
#: 其中 + the own level named (县政府本级, 旗本级, 本级) right before a count.
#: Right after the total: a bracket saying it includes the own level (（含区政府本级）, (包括本级)).
_INCLUDES_OWN = re.compile(r"\s*(件|份|宗|条|项|个|人次)?\s*[（(]\s*(含|包括|包含)[^）)]{0,10}本级[^）)]{0,4}[）)]")
_OWN_LEVEL = re.compile(r"其中\s*[\u4e00-\u9fff]{0,6}本级\s*(受理|收到)?\s*(申请)?\s*$")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    return _drop_aggregates(doc, _own_level_inside(doc, links))


def _is_area_wide(doc: Doc, l: Linked) -> bool:
    """The received total ``l`` is said of an area's units (全县各…)."""
    c_start, _ = doc.clause_bounds(l.number.start)
    return bool(_AREA_WIDE.search(doc.simple(c_start, l.number.start)))


def _drop_aggregates(doc: Doc, links: list[Linked]) -> list[Linked]:
    """Drop an area-wide received total marked （含…本级） when another received total is stated."""
    received = [l for l in links if l.field == "requests.received" and l.number.label == "COUNT"]
    aggregates = [l for l in received if _is_area_wide(doc, l) and _INCLUDES_OWN.match(doc.simple(l.number.end,
                                                                                                   l.number.end + 24))]
    if not aggregates or len(aggregates) == len(received):
        return links
    return [l for l in links if not any(l is a for a in aggregates)]


def _own_level_inside(doc: Doc, links: list[Linked]) -> list[Linked]:
    """Replace an area-wide received total by the 本级 count after 其中 in its sentence."""
    for l in links:
        if l.field != "requests.received" or l.number.label != "COUNT" or not l.value:
            continue
        if not _is_area_wide(doc, l):
            continue
        _, s_end = doc.seg.sentence_bounds(l.number.start)
        for sp in doc.spans:
            if sp.label != "COUNT" or not l.number.end < sp.start < s_end:
                continue
            a, _ = doc.clause_bounds(sp.start)
            value = doc.count_value(sp)
            if value and value < l.value and _OWN_LEVEL.search(doc.simple(a, sp.start)):
                own = Linked("requests.received", value, sp, l.categories, l.link_confidence, NAME)
                return [x for x in links if x.number.start != sp.start and x is not l] + [own]
    return links
