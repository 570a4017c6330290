"""A list of counts by handling unit (``从承办单位看，甲局受理12件，乙中心受理7件``) breaks the work down by who
did it: no count of it is the report's received total, nor an outcome (``其他部门共受理5件`` names departments).

A *unit clause* is a clause that, before its count, is only a unit's name (ending in 局, 中心, 办公室, 站, 街道,
部门 …, or 本级) and a receiving verb (受理, 收到, 办理, 承办), optionally with 共/合计 and 申请. A name that is the
report's own body or all of it (我局, 本机关, 全市, 各部门) is no unit. When a sentence holds two or more unit
clauses, or one after a lead that announces a list by unit (从受理单位看, 按承办部门分, a heading such as
受理单位情况 earlier on its line), every link of a number in a unit clause is dropped.

Example::

    从承办单位看，甲县自然资源局[受理|RECEIVED][23|COUNT]件，甲县民政局[受理|RECEIVED][8|COUNT]件。
    → nothing

Example::

    从承办单位看，县政府办公室本级[受理|RECEIVED][14|COUNT]件，其余部门受理的申请占四成。
    → nothing

Example::

    （三）部门受理情况。丙区教育局[受理|RECEIVED][6|COUNT]件，丙区卫生健康局[受理|RECEIVED][4|COUNT]件，[其他|OUTCOME]部门共受理[9|COUNT]件。
    → nothing

Example::

    本年度丁市城市管理局[受理|RECEIVED]政府信息公开申请[30|COUNT]件。
    → requests.received=30
"""
from __future__ import annotations

import re

from infer.prose.doc import Doc, Linked

NAME = "unit_list"
#: A unit's name, then the receiving verb, then at most 共/合计 and 申请 before the count (simplified text).
_UNIT_CLAUSE = re.compile(
    r"\s*(其中|另|此外)?\s*(?P<name>[\u4e00-\u9fff、和及]{0,18}?"
    r"(局|委员会|委|办公室|厅|院|中心|街道|镇|乡|公司|部门|单位|分局|站|所|队|处|署|馆|本级))"
    r"\s*(共|合计|共计)?\s*(受理|收到|办理|承办|接收)了?\s*(政府信息公开|信息公开|依申请公开)?\s*(申请)?\s*(共|为)?\s*")
#: The report's own body or all of it: no unit of a list.
_OWN_OR_ALL = re.compile(r"^(我|本(?!级)|全|各)|全市|全县|全区|全省|全州|全镇")
#: A lead that announces a list by handling unit, in the sentence or earlier on the line.
_LEAD = re.compile(
    r"从[^，,。；;]{0,6}(单位|部门|机关)[^，,。；;]{0,3}看|按[^，,。；;]{0,6}(单位|部门|机关)[^，,。；;]{0,4}(分|统计|划分)"
    r"|(受理|承办|办理)(单位|部门|机关)(情况|分布)|(单位|部门)(受理|承办|办理)情况|分(单位|部门)(看|统计)")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    seg = doc.seg
    by_sentence: dict[int, list[int]] = {}
    for sp in doc.spans:
        if sp.label == "COUNT" and doc.is_prose(sp.start) and _in_unit_clause(doc, sp.start):
            by_sentence.setdefault(seg.sentence_id(sp.start), []).append(sp.start)
    dropped: set[int] = set()
    for sid, starts in by_sentence.items():
        if len(starts) >= 2 or _lead_before(doc, min(starts)):
            dropped.update(starts)
    doc.by_unit |= dropped
    return [l for l in links if l.number.start not in dropped]


def _in_unit_clause(doc: Doc, pos: int) -> bool:
    start, _ = doc.clause_bounds(pos)
    m = _UNIT_CLAUSE.fullmatch(doc.simple(start, pos))
    return bool(m) and not _OWN_OR_ALL.search(m.group("name"))


def _lead_before(doc: Doc, pos: int) -> bool:
    """A lead announcing a list by unit in the sentence of ``pos`` or earlier on its line, before ``pos``."""
    s_start, _ = doc.seg.sentence_bounds(pos)
    line_start = doc.text.rfind("\n", 0, pos) + 1
    return bool(_LEAD.search(doc.simple(min(s_start, line_start), pos)))
