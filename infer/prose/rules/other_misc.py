"""``其他处理9件中，…逾期未缴纳信息处理费的1件，其他3件`` → ``requests.outcome.other.misc`` 3: the bare 其他 that
closes the 2021 form's sub-rows of 其他处理 is its third sub-row, not the group.

A link to ``requests.outcome.other`` made from a bare 其他/其它 whose nearest link before it, in its sentence,
is one of the other.* sub-rows is re-filed as ``requests.outcome.other.misc``.

Example::

    [其他处理|OUTCOME][6|COUNT]件中，[逾期未缴纳费用|OUTCOME]的[2|COUNT]件，[其他|OUTCOME][4|COUNT]件。
    → requests.outcome.other=6, requests.outcome.other.unpaid_fee=2, requests.outcome.other.misc=4

Example::

    [不予公开|OUTCOME][3|COUNT]件，[其他|OUTCOME][4|COUNT]件。
    → requests.outcome.withheld=3, requests.outcome.other=4

其他 that modifies something else is no outcome at all: a body (``其他部门共受理9件``: departments) or a class of
proactively published items (``其他类120条``: 类 before a count of 条, or a bare ``其他45条`` closing a list of
``…类N条``). Such links to ``requests.outcome.other`` are
dropped.

Example::

    [其他|OUTCOME]部门共[受理|RECEIVED][9|COUNT]件。
    → nothing

Example::

    按内容分：政策文件类[40|COUNT]条，[其他类|OUTCOME][120|COUNT]条。
    → nothing
"""
from __future__ import annotations

import re

from infer.prose.doc import Doc, Linked

NAME = "other_misc"
_BARE_OTHER = ("其他", "其它")
_GROUP = "requests.outcome.other"


#: After 其他/其它: a body or a group of bodies, not a way of handling a request.
_BODY_AFTER = re.compile(r"\s*(各)?(部门|单位|机关|乡镇|街道|县区|区县|地区|科室|处室|市直|县直|区直)")
_CLASS_ITEMS = re.compile(r"\s*(条|篇|个)")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    links = [l for l in links if not _other_something(doc, l)]
    ordered = sorted(links, key=lambda l: l.number.start)
    out: list[Linked] = []
    for i, l in enumerate(ordered):
        if l.field == _GROUP and any(doc.simple(c.start, c.end).strip() in _BARE_OTHER for c in l.categories):
            sid = doc.seg.sentence_id(l.number.start)
            before = [o for o in ordered[:i] if doc.seg.sentence_id(o.number.start) == sid
                      and o.number.start < l.number.start]
            if before and before[-1].field.startswith(_GROUP + "."):
                l = Linked(_GROUP + ".misc", l.value, l.number, l.categories, l.link_confidence, NAME)
        out.append(l)
    return out


def _other_something(doc: Doc, l: Linked) -> bool:
    """A link to the other group made from 其他 that names bodies (其他部门) or a class of items (其他类…条)."""
    if l.field != _GROUP:
        return False
    for c in l.categories:
        word = doc.simple(c.start, c.end).strip()
        if not word.startswith(_BARE_OTHER):
            continue
        if _BODY_AFTER.match(doc.simple(c.start + 2, c.start + 8)):
            return True
        if not _CLASS_ITEMS.match(doc.text, l.number.end):
            continue
        if word.endswith("类") or doc.simple(c.end, c.end + 1) == "类":
            return True
        s_start, s_end = doc.seg.sentence_bounds(l.number.start)
        if _CLASS_COUNT.search(doc.simple(s_start, s_end)):
            return True  # …规划计划类17条，其他45条: the last class of a list of classes
    return False


_CLASS_COUNT = re.compile(r"类\s*[0-9０-９,]+\s*(条|篇|个)")
