"""N categories, 分别, N counts: paired in order.

Within one clause: the run of same-label categories just before 分别 (back to the previous count) and
the counts right after it. Only when the two lists have the same length; those counts are then
consumed, so the later rules do not pair them again.

Example::

    [当面|CHANNEL]、[网上|CHANNEL]和[信函|CHANNEL]申请分别为[5|COUNT]件、[17|COUNT]件和[2|COUNT]件。
    → requests.channel.in_person=5, requests.channel.online=17, requests.channel.mail=2
"""
from __future__ import annotations

import re

from infer.prose.doc import ABSTAIN, Doc, Linked, resolve
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "respectively"
_RESPECTIVELY = re.compile(r"分别|分別")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    seg = doc.seg
    for m in _RESPECTIVELY.finditer(doc.text):
        clause = seg.clause_id(m.start())
        in_clause = [s for s in doc.spans if seg.clause_id(s.start) == clause]
        cats: list[Span] = []
        for s in reversed([s for s in in_clause if s.end <= m.start()]):
            if s.is_number or (cats and s.label != cats[0].label):
                break
            cats.insert(0, s)
        counts = []
        for s in (s for s in in_clause if s.start >= m.end()):
            if not s.is_number:
                break
            if s.label == "COUNT":
                counts.append(s)
        if len(cats) < 2 or len(counts) != len(cats):
            continue
        pairs: list[Linked] = []
        for cat, num in zip(cats, counts):
            value = doc.count_value(num)
            r = resolve(doc, num, [cat], one_of_list=True)
            if value is None or r is None or r is ABSTAIN or not is_field(r[0]):
                pairs = []
                break
            pairs.append(Linked(r[0], value, num, r[1], r[2], NAME))
        out.extend(pairs)
        doc.consumed.update(p.number.start for p in pairs)
    return out
