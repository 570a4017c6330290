"""A count of cases stated with its case type and a single result, and no total of that case type
before it, is also the case total: ``3件被维持的行政复议案件`` says there were 3 reviews, all upheld.

Only in the order count → result → case word, all in one piece (the case word is what the count
counts: ``3件…维持…的行政复议``; ``行政复议纠正1件`` counts a result only), and when the prose has not
already given that case type a total within the context window.

Example::

    本年度发生[3|COUNT]件被[维持|RESULT]的[行政复议|CASE]案件。
    → review.total=3, review.upheld=3

Example::

    [行政复议|CASE][纠正|RESULT][1|COUNT]件。
    → review.corrected=1

A result in brackets right after a count (``行政复议案件数：2件（均维持）``, ``行政诉讼：1件（撤诉）``) says what
became of the cases counted: the count is the case total, and the result's too when it is 1 or 均 says
all; otherwise (``2件（维持）``) only the total is sure.

Example::

    [行政复议|CASE]案件数：[2|COUNT]件（均[维持|RESULT]）。
    → review.total=2, review.upheld=2
"""
from __future__ import annotations

import re

from infer.prose.doc import CASE_CONTEXT_CHARS, Doc, Linked
from infer.schema import is_field

NAME = "case_total"


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    for l in links:
        if len(l.categories) != 2 or l.categories[0].label != "CASE" or l.categories[1].label != "RESULT":
            continue
        case = l.field.rsplit(".", 1)[0]
        total = f"{case}.total"
        case_span, result_span = l.categories
        if not is_field(total) or doc.seg.piece_id(case_span.start) != doc.seg.piece_id(l.number.start):
            continue
        if not l.number.end <= result_span.start < case_span.start:
            continue  # 行政复议纠正1件 counts one result of the reviews, not the reviews
        if any(o.field == total and 0 <= l.number.start - o.number.start <= CASE_CONTEXT_CHARS for o in out):
            continue
        out.append(Linked(total, l.value, l.number, l.categories[:1], l.link_confidence, NAME))
    return _bracketed_results(doc, out)


#: Between a count and its bracketed result: the unit, the bracket, 均/都/全部 (or 结果：).
_BRACKET_RESULT = re.compile(r"\s*(件|起|宗|例|个|個|次)?\s*[（(]\s*(结果[:：为]?)?\s*(?P<all>均|都|全部|皆)?\s*(为|被|获|予以)?\s*$")


def _bracketed_results(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    for l in links:
        if len(l.categories) != 1 or l.categories[0].label != "RESULT" or not l.field.endswith(_RESULT_SUFFIXES):
            continue
        r = l.categories[0]
        m = _BRACKET_RESULT.fullmatch(doc.text, l.number.end, r.start)
        if m is None:
            continue
        case = l.field.rsplit(".", 1)[0]
        total = f"{case}.total"
        if not is_field(total) or any(o.field == total and o.number.start == l.number.start for o in out):
            continue
        out.append(Linked(total, l.value, l.number, [], l.link_confidence, NAME))
        if l.value != 1 and not m.group("all"):
            out.remove(l)  # 2件（维持）: the total is sure, how many were upheld is not
    return out


_RESULT_SUFFIXES = (".upheld", ".corrected", ".other", ".pending")
