"""A channel or applicant count needs a disclosure request in sight, and any request count a unit of requests.

The tagger marks 群众, 个人, 来信, 窗口 wherever they occur; such a word before a count makes a request fact
only when the text speaks of requests. A ``requests.channel.*`` or ``requests.applicant.*`` link is dropped
when neither its sentence nor the sentence before it names 申请, 信息公开 or a verb of applying (提出, 提交)
(``为群众办理各类证明材料160件``, ``群众来信来访…其中个人来信96件``), and any request link is dropped when its count is of persons or households (``6人``, ``12名``, ``30户``: 人次 stays, applicants
are sometimes counted so).

A request link of any specific kind is also dropped when its sentence, before it, speaks of approvals or
licences (行政审批, 行政许可: :data:`infer.lexicon.NOT_REQUEST_APPROVALS`) and not of disclosure after that
(``受理行政审批申请300件，其中网上申请200件``); :mod:`infer.prose.rules.topic` does the same for the received
and answered totals.

Example::

    窗口共[受理|RECEIVED]行政审批申请[300|COUNT]件，其中[网上|CHANNEL]申请[200|COUNT]件，[2|COUNT]件[正在办理中|CARRY_FORWARD]。
    → nothing

Example::

    局机关为[群众|APPLICANT]办理各类证明材料[160|COUNT]件。
    → nothing

Example::

    参训人员[结转至下一年度|CARRY_FORWARD]继续学习的[6|COUNT]人。
    → nothing

Example::

    全年[受理|RECEIVED]申请[21|COUNT]件。一是[网上|CHANNEL]提交[15|COUNT]件，二是[当面|CHANNEL]提交[6|COUNT]件。
    → requests.received=21, requests.channel.online=15, requests.channel.in_person=6
"""
from __future__ import annotations

import re

from infer.lexicon import NOT_REQUEST_APPROVALS
from infer.prose.doc import Doc, Linked

NAME = "request_topic"
_GUARDED = ("requests.channel.", "requests.applicant.")
_REQUESTS = re.compile(r"申请|信息公开|提出|提交|递交")
#: Units that count people or households, never requests (人次 is allowed).
_DISCLOSURE = re.compile(r"信息公开|公开申请|依申请")
_NOT_REQUEST_UNIT = re.compile(r"\s*(人(?!次)|名|户|位)")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    return [l for l in links if not _off_topic(doc, l)]


def _off_topic(doc: Doc, l: Linked) -> bool:
    if not l.field.startswith("requests.") or l.number.label != "COUNT":
        return False
    if _NOT_REQUEST_UNIT.match(doc.text, l.number.end):
        return True
    s_start, _ = doc.seg.sentence_bounds(l.number.start)
    before = doc.simple(s_start, l.number.start)
    for w in NOT_REQUEST_APPROVALS:
        at = before.rfind(w)
        if at >= 0 and not _DISCLOSURE.search(before, at + len(w)):
            return True
    if not l.field.startswith(_GUARDED):
        return False
    s_start, s_end = doc.seg.sentence_bounds(l.number.start)
    prev_start, _ = doc.seg.sentence_bounds(s_start - 1) if s_start > 0 else (0, 0)
    return not _REQUESTS.search(doc.simple(prev_start, s_end))
