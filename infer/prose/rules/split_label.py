"""``逾期未按要求补正、行政机关不再处理其申请的5件`` → ``other.overdue_correction`` 5: a category whose own
wording holds a 、 (the 2021 form's long row names) keeps its count.

Pairing reads a count with the categories of its own piece, and 、 cuts pieces, so the count after the
second half of such a wording has nothing to count. When a count nothing linked sits in a piece with no
category and no lexicon phrase of any label, and the piece before it (same clause, cut by 、) holds
exactly one category and no count, that category is the count's. A second category written in the second
half (``信函、来电申请5件`` with 来电 untagged) is a list, not one wording: the piece must name none.

Example::

    其中申请人[逾期未按要求补正|OUTCOME]、行政机关不再处理其申请的[5|COUNT]件，[其他|OUTCOME][2|COUNT]件。
    → requests.outcome.other.overdue_correction=5, requests.outcome.other.misc=2

Example::

    [信函|CHANNEL]、来信申请[4|COUNT]件。
    → nothing
"""
from __future__ import annotations

import re

from infer.prose.doc import OTHER_SIDE, Doc, Linked, field_of, REQUEST_UNIT_AFTER
from infer.prose.repair import phrase_len
from infer.schema import is_field

NAME = "split_label"
_LABELS = ("CHANNEL", "APPLICANT", "OUTCOME", "CASE", "RESULT")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    seg = doc.seg
    out = list(links)
    for sp in doc.free_counts(links):
        if not REQUEST_UNIT_AFTER.match(doc.text, sp.end):
            continue
        pid = seg.piece_id(sp.start)
        p_start = seg.piece_cuts[pid - 1] + 1 if pid > 0 else 0
        if pid == 0 or doc.text[p_start - 1] != "、":
            continue
        if any(p_start <= s.start < sp.start for s in doc.spans):
            continue  # the piece has its own spans
        head = doc.simple(p_start, sp.start)
        if any(phrase_len(label, head) for label in _LABELS):
            continue  # a second category, untagged: a list
        prev_start = seg.piece_cuts[pid - 2] + 1 if pid > 1 else 0
        c_start, _ = doc.clause_bounds(sp.start)
        prev = [s for s in doc.spans if max(prev_start, c_start) <= s.start < p_start - 1]
        cats = [s for s in prev if not s.is_number]
        if len(cats) != 1 or any(s.is_number for s in prev):
            continue
        fld = field_of(cats[0])
        value = doc.count_value(sp)
        if fld and is_field(fld) and value is not None:
            out.append(Linked(fld, value, sp, cats, OTHER_SIDE, NAME))
    return out
