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
"""
from __future__ import annotations

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
    return out
