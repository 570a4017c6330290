"""A sub-reason gives both its own field and its group's (``unavailable.not_held`` and ``unavailable``).

When a count goes to a sub-reason of the 2019+ form (因本机关不掌握相关政府信息无法提供3件, or the
sub-reason stated alone), the group it belongs to counts the same items, unless the paragraph gives
a sibling sub-reason a count too (then the group is their sum, which the prose does not state) or
the sentence states the group's own count.

Example::

    因[本机关不掌握相关政府信息|OUTCOME][无法提供|OUTCOME][3|COUNT]件。
    → requests.outcome.unavailable.not_held=3, requests.outcome.unavailable=3

Example::

    [不予公开|OUTCOME][2|COUNT]件（均[属于三类内部事务信息|OUTCOME]）。
    → requests.outcome.withheld=2, requests.outcome.withheld.internal_affairs=2

Example::

    [属于国家秘密|OUTCOME]的[2|COUNT]件，涉及[第三方合法权益|OUTCOME]的[1|COUNT]件。
    → requests.outcome.withheld.state_secret=2, requests.outcome.withheld.third_party=1
"""
from __future__ import annotations

import re

from infer.prose.doc import DIRECT, OTHER_SIDE, Doc, Linked, field_of, parent
from infer.schema import is_field

NAME = "sub_reasons"


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    seg = doc.seg
    out = list(links) + _all_for_one_reason(doc, links)
    for l in links:
        par = parent(l.field)
        if par is None or not l.field.startswith("requests.outcome.") or not is_field(par):
            continue
        sentence = seg.sentence_id(l.number.start)
        same = [o for o in links if o is not l and seg.sentence_id(o.number.start) == sentence]
        near = [o for o in links if o is not l and _same_paragraph(doc, o.number.start, l.number.start)]
        if any(parent(o.field) == par and o.field != l.field for o in near):
            continue  # siblings: the group is their sum, not stated
        if any(o.field == par for o in same):
            continue  # the group has its own count in this sentence
        named = [c for c in l.categories if field_of(c) == par]
        conf = DIRECT if named else OTHER_SIDE
        out.append(Linked(par, l.value, l.number, named or l.categories, l.link_confidence * conf, NAME))
    return out


_ALL_OF = re.compile(r"均|全部|都|皆")


def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
    """No line break between ``a`` and ``b``: one paragraph of a report (siblings are often given in
    consecutive sentences: 因不掌握无法提供3件。需另行制作的2件。)."""
    lo, hi = min(a, b), max(a, b)
    return "\n" not in doc.text[lo:hi]


def _all_for_one_reason(doc: Doc, links: list[Linked]) -> list[Linked]:
    """``不予公开2件（均属于三类内部事务信息）``: after a group's count, 均 and one sub-reason of that group
    (no count between) give the sub-reason the group's count."""
    out: list[Linked] = []
    have = {l.field for l in links}
    for l in links:
        if not l.field.startswith("requests.outcome.") or l.number.label != "COUNT":
            continue
        _, end = doc.clause_bounds(l.number.start)
        nxt = [s for s in doc.spans if l.number.end <= s.start < end]
        stop = next((s.start for s in nxt if s.is_number), end)
        kids = [s for s in nxt if s.start < stop and not s.is_number and parent(field_of(s)) == l.field]
        if len({field_of(k) for k in kids}) != 1 or not _ALL_OF.search(doc.text, l.number.end, kids[0].start):
            continue
        fld = field_of(kids[0])
        if fld and fld not in have:
            out.append(Linked(fld, l.value, l.number, [kids[0]], l.link_confidence * OTHER_SIDE, NAME))
    return out
