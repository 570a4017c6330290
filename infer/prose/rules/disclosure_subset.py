"""A body's case count followed by the part of it that concerns disclosure: the part is the fact.

Departments report all their reviews or lawsuits, then how many of them concerned information disclosure
(``共办理行政复议案件9起，其中涉及政府信息公开的2起``). The report's review total is the second count: the first
is the body's legal work of every kind. Read in the total's sentence, after 其中 (or 内/中), a phrase naming
disclosure (信息公开, 政府信息, 依申请公开) and then a count with a unit of cases, with no other case type named
between; the total's link moves to that count. Not when the total's own clause already says it concerns
disclosure (``因政府信息公开被申请行政复议3件，其中…``: its parts are results, not a subset).

Example::

    本厅共办理[行政复议|CASE]案件[9|COUNT]起，其中涉及政府信息公开的[2|COUNT]起。
    → review.total=2

Example::

    [行政复议|CASE][3|COUNT]起，其中[维持|RESULT][2|COUNT]起。
    → review.total=3, review.upheld=2
"""
from __future__ import annotations

import re

from infer.lexicon import CASE_SYNONYMS
from infer.prose.doc import Doc, Linked
from infer.prose.spans import Span

NAME = "disclosure_subset"
_CASES = ("review", "litigation", "complaints")
_DISCLOSURE = re.compile(r"信息公开|政府信息|依申请公开")
_NUMBER = r"[0-9０-９]+|[零〇一二两三四五六七八九十]+"
#: 其中 …(disclosure)… N起: at most a short phrase between, no clause end, no other number.
_SUBSET = re.compile(rf"(其中|其内|当中)[^。；;！？!?\n0-9０-９]{{0,6}}?(信息公开|政府信息|依申请公开)"
                     rf"[^。；;！？!?\n，,0-9０-９]{{0,10}}?(?P<n>{_NUMBER})\s*(件|起|宗|例|个)")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    for l in links:
        case = l.field.rsplit(".", 1)[0]
        if not l.field.endswith(".total") or case not in _CASES or not l.value or l.number.label != "COUNT":
            continue
        c_start, _ = doc.clause_bounds(l.number.start)
        if _DISCLOSURE.search(doc.simple(c_start, l.number.start)):
            continue
        _, s_end = doc.seg.sentence_bounds(l.number.start)
        after = doc.simple(l.number.end, s_end)
        m = _SUBSET.search(after)
        if m is None or _names_other_case(after[:m.start("n")], case):
            continue
        a, b = l.number.end + m.start("n"), l.number.end + m.end("n")
        number = next((s for s in doc.spans if s.is_number and s.start == a and s.end == b),
                      Span(a, b, "COUNT", 0.9, doc.text[a:b]))
        value = doc.count_value(number)
        if value is None:
            continue
        out = [o for o in out if o is not l and not (o.number.start == a and o.field.startswith(case))]
        out.append(Linked(l.field, value, number, l.categories, l.link_confidence, NAME))
        doc.consumed.add(a)
    return out


def _names_other_case(between: str, case: str) -> bool:
    """A case type other than ``case`` is named between the total and the part (then the part is its count)."""
    return any(p in between for other, ps in CASE_SYNONYMS.items() if other.split(".")[0] != case for p in ps)
