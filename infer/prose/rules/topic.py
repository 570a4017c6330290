"""Section and topic: a count that is not about disclosure requests, reviews or lawsuits is not a fact.

* Approvals and licences (``窗口共受理行政审批申请3580件``, ``受理行政许可申请…件``) are not disclosure
  requests, whatever the verb; neither are consultations, hotline calls, mailbox letters or messages
  (``网上咨询3件``, ``信箱收到来信865件``) unless 申请 is said after them.
* Proactive disclosure counts (``主动公开政府信息1200条，其中…类35条``), counts of information items
  (``依申请公开信息数46条``, ``不予公开信息4条``) and documents classified by how they will be published
  (``信息目录…条，其中主动公开类…、不予公开类…``) are not request facts.
* A bare count after an answering verb continues its sentence's topic: ``受理行政许可申请47件，办结47件``
  is no answered total.
* A request for review or a lawsuit is a case, not a disclosure request (``收到1件行政复议申请`` →
  ``review.total``).
* Case counts followed (in their sentence or the next) by a statement that none concerned information
  disclosure (``共受理行政复议3起……没有因政府信息公开而被提起的行政复议``, ``……均未涉及政府信息公开``,
  ``……非政府信息公开事项``: in the count's sentence a zero of any case type, in the next sentence only a zero of the
  same type, since ``…申请行政复议一件。未发生因政府信息公开引起的行政诉讼。`` denies only lawsuits; and not when the
  count's own sentence said, before it, that it concerns disclosure), or counted by the body as the reviewing authority or of every kind
  (``作为行政复议机关受理各类行政复议案件57件``), are the body's cases of every kind; and an appeal of
  another kind (学生申诉) is no disclosure complaint; neither is a report about another matter, named before it in
  its clause (``受理群众涉河道问题举报52件``, :data:`infer.lexicon.OTHER_REPORT_MATTERS`) with no disclosure word.

Example::

    政务大厅窗口共[受理|RECEIVED]行政审批申请[3580|COUNT]件，热线[接到|RECEIVED]咨询[410|COUNT]件。
    → nothing

Example::

    全年主动公开政府信息[1200|COUNT]条，其中[不予公开|OUTCOME]信息[4|COUNT]条。
    → nothing

Example::

    本年[收到|RECEIVED][1|COUNT]件涉及信息公开的[行政复议|CASE]申请。
    → review.total=1

Example::

    本厅共受理[行政复议|CASE][4|COUNT]起、[行政诉讼|CASE][2|COUNT]起，[没有|ZERO]因政府信息公开被提起的[行政复议|CASE]或[行政诉讼|CASE]。
    → review.total=0, litigation.total=0

Example::

    全年受理并办结群众涉河道问题[举报|CASE][52|COUNT]件。
    → nothing
"""
from __future__ import annotations

import re

from infer.lexicon import (DOCUMENT_WORDS, ITEM_WORDS, NOT_REQUEST_APPROVALS, NOT_REQUEST_MESSAGES, OTHER_APPEALS,
                           OTHER_REPORT_MATTERS, PROACTIVE_WORDS, category_field)
from infer.prose.doc import GENERIC_LABELS, Doc, Linked
from infer.prose.repair import phrases

NAME = "topic"
_CASE_GROUPS = ("review", "litigation", "complaints")
_DISCLOSURE = re.compile(r"信息公开|信息公開|公开申请|依申请")
_REQUEST = re.compile(r"申请")
_DISCLOSURE_OR_REQUEST = re.compile(r"申请|信息公开|政府信息")
#: Said of the cases just counted: none of them concerned information disclosure.
_NOT_ABOUT_DISCLOSURE = re.compile(r"(未|不|没有|无)涉及.{0,8}信息公开|与.{0,10}信息公开.{0,4}无关|"
                                   r"(不属于|非|不是).{0,4}信息公开(事项|范畴|范围|案件|类)")
#: Said before the cases counted: the body counts them as the reviewing authority, or of every kind
#: (县政府作为行政复议机关受理各类行政复议案件57件): not reviews of its own disclosure answers.
_AS_AUTHORITY = re.compile(r"作为.{0,6}复议机关|各类|各种类型|所有类型")
#: 已主动公开 / 主动公开范围 name an outcome of a request (already public), not proactive disclosure.
_ALREADY_PUBLIC = re.compile(r"已主动公开|.主动公开范围")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out: list[Linked] = []
    for l in links:
        if l.field.startswith("requests."):
            case = _case_object(doc, l)
            if case is not None:
                l.field = f"{case}.total"
                l.rule = NAME
            elif _not_a_request(doc, l):
                continue
        out.append(l)
    return [l for l in out if not _general_case(doc, l, out)]


def _blanked(doc: Doc, l: Linked, lo: int, hi: int) -> str:
    """``text[lo:hi]`` simplified, with the linked categories blanked (信访举报投诉 is an outcome's name)."""
    chars = list(doc.simple(lo, hi))
    for c in l.categories:
        for i in range(max(c.start, lo), min(c.end, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def _not_a_request(doc: Doc, l: Linked) -> bool:
    n = l.number
    start, end = doc.clause_bounds(n.start)
    if n.label == "ZERO":  # 未收到行政许可申请: the object follows the zero word
        return any(w in _blanked(doc, l, start, end) for w in NOT_REQUEST_APPROVALS)
    clause = _blanked(doc, l, start, n.end)
    if any(w in clause for w in NOT_REQUEST_APPROVALS):
        return True
    for w in NOT_REQUEST_MESSAGES:
        at = clause.rfind(w)
        if at >= 0 and not _REQUEST.search(clause, at):
            return True
    s_start, _ = doc.seg.sentence_bounds(n.start)
    sentence = _blanked(doc, l, s_start, n.end)
    for w in PROACTIVE_WORDS:
        at = sentence.rfind(w)
        if at >= 0 and not _REQUEST.search(sentence, at) and not _ALREADY_PUBLIC.match(sentence, max(0, at - 1)):
            return True
    unit = doc.simple(n.end, n.end + 2)
    if unit.startswith("条") and any(w in clause for w in ITEM_WORDS):
        return not _REQUEST.search(clause.replace("依申请", ""))
    if not _REQUEST.search(sentence.replace("依申请", "")) and any(w in sentence for w in DOCUMENT_WORDS):
        return True  # 政府信息目录…条，其中主动公开类…、不予公开类…: documents classified, no request
    if all(c.label in GENERIC_LABELS for c in l.categories) and not _DISCLOSURE_OR_REQUEST.search(clause):
        # a bare 办结47件 continues its sentence's topic: 受理行政许可申请47件，办结47件
        upto = len(sentence) - len(clause)
        for words, rescue in ((NOT_REQUEST_APPROVALS, _DISCLOSURE), (NOT_REQUEST_MESSAGES, _DISCLOSURE_OR_REQUEST)):
            for w in words:
                at = sentence.rfind(w, 0, upto)
                if at >= 0 and not rescue.search(sentence, at + len(w), upto):
                    return True
    return False


def _case_object(doc: Doc, l: Linked) -> str | None:
    """The case type when a received count's object is a review or lawsuit (行政复议申请)."""
    if l.field != "requests.received":
        return None
    _, end = doc.clause_bounds(l.number.start)
    start = min([c.start for c in l.categories] + [l.number.start])
    window = doc.simple(start, end)
    req = window.find("申请", max(0, l.number.end - start))
    if req < 0:
        return None
    head = window[:req]
    for p in phrases("CASE"):
        if head.endswith(p):
            case = category_field("CASE", p)
            return case if case in _CASE_GROUPS else None
    return None


def _general_case(doc: Doc, l: Linked, links: list[Linked]) -> bool:
    group = l.field.split(".", 1)[0]
    if group not in _CASE_GROUPS:
        return False
    if group == "complaints" and l.categories:
        c = l.categories[0]
        if any(w in doc.simple(max(0, c.start - 4), c.start) for w in OTHER_APPEALS):
            return True
        c_start, _ = doc.clause_bounds(c.start)
        before = doc.simple(max(c_start, c.start - 20), c.start)
        if any(w in before for w in OTHER_REPORT_MATTERS) and not _DISCLOSURE.search(before) \
                and "公开" not in before:
            return True
    if not l.value or l.number.label != "COUNT":
        return False
    seg = doc.seg
    c_start, _ = doc.clause_bounds(l.number.start)
    if _DISCLOSURE.search(doc.simple(c_start, l.number.start)):
        return False  # the count itself says it concerns disclosure
    sid = seg.sentence_id(l.number.start)
    s_start, s_end = seg.sentence_bounds(l.number.start)
    if _DISCLOSURE.search(doc.simple(s_start, l.number.start)):
        return False  # 发生政府信息公开行政复议2件…；行政诉讼1件: the sentence says so before the count
    if _NOT_ABOUT_DISCLOSURE.search(doc.simple(l.number.end, s_end)):
        return True
    if _AS_AUTHORITY.search(doc.simple(s_start, l.number.start)):
        return True
    for z in links:
        z_group, z_sid = z.field.split(".", 1)[0], seg.sentence_id(z.number.start)
        # the zero's own sentence may deny any case type; the next sentence only the same one (复议1件。未发生…诉讼。)
        if z.value == 0 and z.number.label == "ZERO" and z_group in _CASE_GROUPS \
                and (z_sid == sid or (z_sid == sid + 1 and z_group == group)) and z.number.start > l.number.start:
            _, end = doc.clause_bounds(z.number.start)
            if _DISCLOSURE.search(doc.simple(z.number.start, end)):
                return True
    return False
