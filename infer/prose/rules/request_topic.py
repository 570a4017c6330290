"""A channel or applicant count needs a disclosure request in sight, and any request count a unit of requests.

The tagger marks 群众, 个人, 来信, 窗口 wherever they occur; such a word before a count makes a request fact only when
the text speaks of requests. A ``requests.channel.*`` or ``requests.applicant.*`` link is dropped when neither
its sentence nor the sentence before it names 申请, 信息公开 or a verb of applying (提出, 提交) (``为群众办理各类证明材料160件``,
``群众来信来访…其中个人来信96件``), and any request link is dropped when its count is of persons or households (``6人``,
``12名``, ``30户``: 人次 stays, applicants are sometimes counted so), or when it is a proportion in tenths
(``网上申请比例超过八成``).

A request link of any specific kind is also dropped when its sentence, before it, speaks of approvals or
licences (行政审批, 行政许可: :data:`infer.lexicon.NOT_REQUEST_APPROVALS`) and not of disclosure after that
(``受理行政审批申请300件，其中网上申请200件``); :mod:`infer.prose.rules.topic` does the same for the received
and answered totals.

Example::

    窗口共[受理|RECEIVED]行政审批申请[300|COUNT]件，其中[网上|CHANNEL]申请[200|COUNT]件，[2|COUNT]件[正在办理中|CARRY_FORWARD]。
    → nothing

A received total whose object is another kind of application (``受理企业开办申请2310件``, ``办理户口迁移申请``:
a word written right before 申请 that is no disclosure, applicant or channel word) is dropped, with the request
counts after it in its sentence (``其中网上申请2105件``). ``涉及征地补偿的申请`` (的 before 申请) stays.

Example::

    全年[受理|RECEIVED]企业开办申请[2310|COUNT]件，其中[网上|CHANNEL]申请[2105|COUNT]件。
    → nothing

Example::

    全年[受理|RECEIVED]涉及征地补偿的申请[12|COUNT]件，其中[网上|CHANNEL]申请[7|COUNT]件。
    → requests.received=12, requests.channel.online=7

Example::

    共[收到|RECEIVED]申请[42|COUNT]件，其中[网上|CHANNEL]申请比例超过[八|COUNT]成。
    → requests.received=42

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
from functools import lru_cache

from infer.lexicon import NOT_REQUEST_APPROVALS
from infer.prose.doc import Doc, Linked

NAME = "request_topic"
_GUARDED = ("requests.channel.", "requests.applicant.")
_REQUESTS = re.compile(r"申请|信息公开|提出|提交|递交")
#: Units that count people or households, never requests (人次 is allowed).
_DISCLOSURE = re.compile(r"信息公开|公开申请|依申请")
_NOT_REQUEST_UNIT = re.compile(r"\s*(人(?!次)|名|户|位|成(?![功立员本果交]))")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    kept = [l for l in links if not _off_topic(doc, l)]
    other = [l for l in kept if l.field == "requests.received" and _other_application(doc, l)]
    if not other:
        return kept
    drop = {id(l) for l in other}
    for o in other:
        sid = doc.seg.sentence_id(o.number.start)
        drop |= {id(l) for l in kept if l.field.startswith("requests.") and l.number.start >= o.number.start
                 and doc.seg.sentence_id(l.number.start) == sid}
    return [l for l in kept if id(l) not in drop]


#: Words that may stand right before 申请 in a disclosure request's object (besides applicant, channel and
#: receiving words of the lexicon): 政府信息公开申请, 书面申请, 各类申请, 上述申请 …
_REQUEST_MODIFIERS = ("公开", "信息", "书面", "口头", "各类", "相关", "有关", "此类", "上述", "以上", "提出",
                      "提交", "递交", "共计", "合计", "累计", "年度", "本年", "全年", "当年", "今年", "新", "申请人",
                      "依", "了", "的")


@lru_cache(maxsize=1)
def _allowed_before_request() -> tuple[str, ...]:
    from infer.prose.repair import phrases

    words = set(_REQUEST_MODIFIERS)
    for label in ("APPLICANT", "CHANNEL", "RECEIVED"):
        words |= set(phrases(label))
    return tuple(sorted(words, key=len, reverse=True))


def _other_application(doc: Doc, l: Linked) -> bool:
    """The received count's object is X申请 with X no word of a disclosure request (企业开办申请)."""
    start, _ = doc.clause_bounds(l.number.start)
    anchors = [c for c in l.categories if c.label == "RECEIVED" and c.end <= l.number.start]
    lo = anchors[-1].end if anchors else start
    obj = doc.simple(lo, l.number.start)
    at = obj.rfind("申请")
    if at < 2:
        return False
    head = obj[:at].rstrip()
    if not re.search(r"[\u4e00-\u9fff]{2}$", head):
        return False
    return not head.endswith(_allowed_before_request())


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
