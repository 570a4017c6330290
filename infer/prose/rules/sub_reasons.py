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

    [不予处理|OUTCOME][3|COUNT]件（[重复申请|OUTCOME]），[其他处理|OUTCOME][1|COUNT]件。
    → requests.outcome.not_processed=3, requests.outcome.not_processed.duplicate=3, requests.outcome.other=1

Example::

    [不予公开|OUTCOME]的[2|COUNT]件（[属于国家秘密|OUTCOME]、个人隐私）。
    → requests.outcome.withheld=2

Example::

    其中[9|COUNT]件因[涉及国家秘密不予公开|OUTCOME]，[16|COUNT]件[予以公开|OUTCOME]。
    → requests.outcome.withheld=9, requests.outcome.withheld.state_secret=9, requests.outcome.disclosed=16

Example::

    [属于国家秘密|OUTCOME]的[2|COUNT]件，涉及[第三方合法权益|OUTCOME]的[1|COUNT]件。
    → requests.outcome.withheld.state_secret=2, requests.outcome.withheld.third_party=1

均 may open the clause after the count (``不予处理3件，均为信访举报投诉类申请``, ``不予公开（2件，均属于行政执法案卷）``), and
the sub-reason may be left untagged there: the lexicon reads it.

Example::

    [不予处理|OUTCOME][4|COUNT]件，均为信访举报投诉类申请。
    → requests.outcome.not_processed=4, requests.outcome.not_processed.complaint=4

Example::

    [不予公开|OUTCOME]（[2|COUNT]件，均属于行政执法案卷）。
    → requests.outcome.withheld=2, requests.outcome.withheld.enforcement_file=2

A bracket right after a group's count that holds one sub-reason of that group, untagged, in a short aside
(``其他处理1件（申请人逾期未缴纳信息处理费）``), gives the sub-reason the group's count too.

Example::

    [其他处理|OUTCOME][2|COUNT]件（申请人[逾期|OUTCOME]未缴纳信息处理[费|FEE]）。
    → requests.outcome.other=2, requests.outcome.other.unpaid_fee=2
"""
from __future__ import annotations

import re

from infer.lexicon import category_field
from infer.prose.doc import DIRECT, OTHER_SIDE, Doc, Linked, field_of, parent
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "sub_reasons"


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    seg = doc.seg
    out = list(links) + _all_for_one_reason(doc, links) + _reason_in_span(doc, links) + _reason_in_aside(doc, links)
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


#: A bracket opened right after a count (its unit and 的 allowed) holds an aside on that count.
_BRACKET_OPEN = re.compile(r"\s*(件|份|宗|条|项|个)?\s*[（(]\s*(其中)?\s*$")
#: Inside such a bracket, several reasons (、和及等): none of them is the count's sub-reason.
_SEVERAL = re.compile(r"[、，,和与等或]|(?<!涉)及")


def _all_for_one_reason(doc: Doc, links: list[Linked]) -> list[Linked]:
    """``不予公开2件（均属于三类内部事务信息）``: after a group's count, 均 and one sub-reason of that group
    (no count between) give the sub-reason the group's count; so does a bracket right after the count that
    holds that one sub-reason and nothing else (``不予处理2件（重复申请）``)."""
    out: list[Linked] = []
    have = {l.field for l in links}
    for l in links:
        if not l.field.startswith("requests.outcome.") or l.number.label != "COUNT":
            continue
        _, end = doc.clause_bounds(l.number.start)
        if end < len(doc.text) and doc.text[end] in "，,":
            _, n_end = doc.clause_bounds(end + 1)
            if _ALL_OPENS.match(doc.simple(end + 1, n_end)):
                end = n_end  # 不予处理3件，均为信访举报投诉类申请: the next clause says all of them
        nxt = [s for s in doc.spans if l.number.end <= s.start < end]
        stop = next((s.start for s in nxt if s.is_number), end)
        kids = [s for s in nxt if s.start < stop and not s.is_number and parent(field_of(s)) == l.field]
        if not kids:
            kids = _untagged_kids(doc, l, l.number.end, stop)
        if len({field_of(k) for k in kids}) != 1:
            continue
        if not _ALL_OF.search(doc.text, l.number.end, kids[0].start) and not _alone_in_bracket(doc, l, kids[0]):
            continue
        fld = field_of(kids[0])
        if fld and fld not in have:
            out.append(Linked(fld, l.value, l.number, [kids[0]], l.link_confidence * OTHER_SIDE, NAME))
    return out


#: A clause that opens with 均/全部 says something of every item counted just before it.
_ALL_OPENS = re.compile(r"\s*(均|全部|都|皆)")


def _untagged_kids(doc: Doc, l: Linked, lo: int, hi: int) -> list[Span]:
    """Sub-reasons of ``l``'s group that the lexicon finds, untagged, in ``text[lo:hi]`` (as OUTCOME spans)."""
    from infer.prose.repair import phrases

    window = doc.simple(lo, hi)
    out: list[Span] = []
    for p in sorted(phrases("OUTCOME"), key=len, reverse=True):
        at = window.find(p)
        fld = category_field("OUTCOME", p) if at >= 0 else None
        if fld and parent(fld) == l.field and not any(o.start <= lo + at < o.end for o in out):
            out.append(Span(lo + at, lo + at + len(p), "OUTCOME", 0.9, doc.text[lo + at:lo + at + len(p)]))
    return out


def _alone_in_bracket(doc: Doc, l: Linked, kid: Span) -> bool:
    """``kid`` is the only thing in a bracket opened right after the count of ``l``."""
    if not _BRACKET_OPEN.fullmatch(doc.text, l.number.end, kid.start):
        return False
    close = min((i for i in (doc.text.find("）", kid.end), doc.text.find(")", kid.end)) if i >= 0),
                default=-1)
    if close < 0 or close - kid.end > 6:
        return False
    inside = doc.simple(kid.start, close)
    return not _SEVERAL.search(inside) and not _SEVERAL.search(doc.text, kid.end, close) and \
        not any(s.is_number and kid.end <= s.start < close for s in doc.spans)


def _reason_in_span(doc: Doc, links: list[Linked]) -> list[Linked]:
    """One tagged span holding a sub-reason and its group (``涉及国家秘密不予公开``): the lexicon reads the group;
    the one sub-reason of that group written inside the span counts the same items (several: none)."""
    out: list[Linked] = []
    have = {(l.field, l.number.start) for l in links}
    for l in links:
        if not l.field.startswith("requests.outcome.") or len(l.categories) != 1:
            continue
        c = l.categories[0]
        kid = _one_sub_reason(doc.simple(c.start, c.end), l.field)
        if kid is not None and (kid, l.number.start) not in have:
            out.append(Linked(kid, l.value, l.number, [c], l.link_confidence * OTHER_SIDE, NAME))
    return out


def _one_sub_reason(inside: str, group: str) -> str | None:
    """The one sub-reason of ``group`` that ``inside`` names in the lexicon's words; None when it names none,
    several, or reads as a list (several reasons share the count, so none of them has it)."""
    from infer.prose.repair import phrases

    if _SEVERAL.search(inside):
        return None
    kids = {category_field("OUTCOME", p) for p in phrases("OUTCOME") if p in inside}
    kids = {k for k in kids if k and parent(k) == group}
    return kids.pop() if len(kids) == 1 else None


#: How long (characters) an untagged bracketed aside may be to read as one sub-reason.
ASIDE_CHARS = 24


def _reason_in_aside(doc: Doc, links: list[Linked]) -> list[Linked]:
    """``其他处理1件（申请人逾期未缴纳信息处理费）``: a short bracket right after a group's count, with no number and no
    list in it, naming exactly one sub-reason of that group in the lexicon's words (read from the text: the
    tagger often marks only fragments there)."""
    out: list[Linked] = []
    have = {l.field for l in links}
    for l in links:
        if not l.field.startswith("requests.outcome.") or l.number.label != "COUNT":
            continue
        m = _ASIDE.match(doc.text, l.number.end)
        if m is None or len(m.group("inside")) > ASIDE_CHARS:
            continue
        lo, hi = m.start("inside"), m.end("inside")
        if any(s.is_number and lo <= s.start < hi for s in doc.spans):
            continue  # a count of its own inside: a breakdown, not one reason
        kid = _one_sub_reason(doc.simple(lo, hi), l.field)
        if kid is not None and kid not in have:
            out.append(Linked(kid, l.value, l.number, l.categories, l.link_confidence * OTHER_SIDE, NAME))
    return out


_ASIDE = re.compile(r"\s*(件|份|宗|条|项|个)?\s*[（(](?P<inside>[^（）()\n]{1,40})[）)]")
