"""``不予公开（涉及国家秘密、个人隐私等）21件`` → ``requests.outcome.withheld`` 21: an outcome, a bracketed
aside on its reasons, then its count.

Pairing reads a count with the categories of its own piece, and the 、 inside the aside cuts the
outcome off from its count. When a count nothing linked follows a closing bracket directly (its unit
after it), and that bracket opened right after an outcome phrase of the same clause with no count
inside, the count is that outcome's. The reasons in the aside give no sub-reason: several are listed.

Example::

    [予以公开|OUTCOME][9|COUNT]件，[不予公开|OUTCOME]（涉及商业秘密、个人隐私等）[5|COUNT]件，[信息不存在|OUTCOME][2|COUNT]件。
    → requests.outcome.disclosed=9, requests.outcome.withheld=5, requests.outcome.nonexistent=2
"""
from __future__ import annotations

import re

from infer.prose.doc import OTHER_SIDE, Doc, Linked, field_of, REQUEST_UNIT_AFTER
from infer.schema import is_field

NAME = "outcome_aside"
_CLOSE_BEFORE = re.compile(r"[）)]\s*(的)?\s*$")
_OPEN = ("（", "(")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    for sp in doc.free_counts(links):
        if not REQUEST_UNIT_AFTER.match(doc.text, sp.end):
            continue
        if not _CLOSE_BEFORE.search(doc.text, max(0, sp.start - 4), sp.start):
            continue
        c_start, _ = doc.clause_bounds(sp.start)
        opened = max(doc.text.rfind(o, c_start, sp.start) for o in _OPEN)
        if opened < 0:
            continue
        if any(s.is_number and opened < s.start < sp.start for s in doc.spans):
            continue  # a count inside the aside: the aside is a breakdown, not reasons
        before = [s for s in doc.spans if s.label == "OUTCOME" and c_start <= s.start and s.end <= opened]
        if not before or doc.text[before[-1].end:opened].strip():
            continue
        fld = field_of(before[-1])
        value = doc.count_value(sp)
        if fld and is_field(fld) and value is not None:
            out.append(Linked(fld, value, sp, [before[-1]], OTHER_SIDE, NAME))
    return out
