"""Parts of the 2021 form's applicant columns are not applicant totals: ``商业企业15件，社会公益组织2件，其他1件``.

The 2021 form splits 法人或其他组织 into 商业企业, 科研机构, 社会公益组织, 法律服务机构 and 其他; a count of one
of them is a part of ``requests.applicant.organization``, which the prose does not state. The lexicon maps the
whole phrases to a key that is no field; this rule covers what the tagger cut short (it may mark only
组织 of 社会公益组织) and the bare 其他 that ends such a list, which the lexicon would read as the outcome
其他处理 or the channel 其他形式: an organization link whose span lies inside a part's phrase is dropped,
and so is a link made from a bare 其他/其它 whose nearest link before it, in its sentence, counts an
applicant.

Example::

    申请人中，[自然人|APPLICANT][101|COUNT]件，社会公益[组织|APPLICANT][2|COUNT]件，[其他|OUTCOME][1|COUNT]件。
    → requests.applicant.natural_person=101

Example::

    [予以公开|OUTCOME][30|COUNT]件，[其他|OUTCOME][1|COUNT]件。
    → requests.outcome.disclosed=30, requests.outcome.other=1
"""
from __future__ import annotations

from infer.lexicon import APPLICANT_ORGANIZATION_PARTS
from infer.prose.doc import Doc, Linked
from infer.prose.spans import Span

NAME = "applicant_parts"
_PARTS = APPLICANT_ORGANIZATION_PARTS
_BARE_OTHER = ("其他", "其它")
#: Longest part phrase: how far around a span to look for the phrase it belongs to.
_REACH = max(len(p) for p in _PARTS)


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    ordered = sorted(links, key=lambda l: l.number.start)
    drop: set[int] = set()
    for i, l in enumerate(ordered):
        if l.field == "requests.applicant.organization" and any(_inside_part(doc, c) for c in l.categories
                                                                 if c.label == "APPLICANT"):
            drop.add(id(l))
        elif any(doc.simple(c.start, c.end).strip() in _BARE_OTHER for c in l.categories):
            prev = _previous_in_sentence(doc, ordered[:i], l)
            if prev is not None and (prev.field.startswith("requests.applicant.") or id(prev) in drop):
                drop.add(id(l))
    return [l for l in links if id(l) not in drop]


def _inside_part(doc: Doc, sp: Span) -> bool:
    """``sp`` lies inside one of the organization parts' phrases as written around it."""
    lo = max(0, sp.start - _REACH)
    window = doc.simple(lo, sp.end + _REACH)
    a, b = sp.start - lo, sp.end - lo
    for p in _PARTS:
        at = window.find(p)
        while at >= 0:
            if at <= a and b <= at + len(p):
                return True
            at = window.find(p, at + 1)
    return False


def _previous_in_sentence(doc: Doc, before: list[Linked], l: Linked) -> Linked | None:
    sid = doc.seg.sentence_id(l.number.start)
    same = [o for o in before if doc.seg.sentence_id(o.number.start) == sid and o.number.start < l.number.start]
    return same[-1] if same else None
