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
"""
from __future__ import annotations

from infer.prose.doc import Doc, Linked

NAME = "other_misc"
_BARE_OTHER = ("其他", "其它")
_GROUP = "requests.outcome.other"


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
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
