"""A clause with 均/全部/都 and categories but no count of its own gives each category the total stated
before it in the same sentence.

Example::

    共[受理|RECEIVED]申请[3|COUNT]件，均为[当面|CHANNEL]提出。
    → requests.received=3, requests.channel.in_person=3
"""
from __future__ import annotations

import re

from infer.prose.doc import INHERITED_CASE, OTHER_SIDE, Doc, Linked, field_of
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "all_of_total"
ALL_OF = re.compile(r"均|都|皆|全部|全都")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    seg = doc.seg
    totals = sorted((l for l in links if l.field in ("requests.received", "requests.outcome.total")),
                    key=lambda l: l.number.start)
    out = list(links)
    by_clause: dict[int, list[Span]] = {}
    for s in doc.spans:
        by_clause.setdefault(seg.clause_id(s.start), []).append(s)
    for clause, items in by_clause.items():
        if any(s.is_number for s in items):
            continue
        cats = [s for s in items if s.label in ("CHANNEL", "APPLICANT", "OUTCOME")]
        if not cats:
            continue
        c_start = seg.clause_cuts[clause - 1] + 1 if clause > 0 else 0
        if not ALL_OF.search(doc.text, c_start, cats[0].start):
            continue
        sentence = seg.sentence_id(cats[0].start)
        prior = [t for t in totals if t.number.end <= c_start and seg.sentence_id(t.number.start) == sentence]
        if not prior:
            continue
        total = prior[-1]
        seen: set[str] = set()
        for c in cats:
            fld = field_of(c)
            if fld and fld not in seen and is_field(fld):
                seen.add(fld)
                out.append(Linked(fld, total.value, total.number, [c], OTHER_SIDE * INHERITED_CASE, NAME))
    return out
