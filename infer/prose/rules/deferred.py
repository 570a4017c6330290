"""``另有3件延期至次年答复`` → ``requests.carried_forward`` 3: requests whose answer goes into next year.

A count of requests followed, in its clause or the next one of its sentence (no other count between), by a
phrase that moves the request into next year is the carry-forward, even where the tagger left the phrase
unmarked or marked only its 答复 (which alone would read as an answered total): 结转至 / 结转到 / 结转下 / 转入下一年度 / 顺延至下
/ 延期至 a year or 次年, an answer promised for a year to come (将在2020年1月答复, 于次年答复), and the unfinished 正在办理 / 尚在办理
/ 仍在办理. 延期答复 alone is not enough: an extended deadline may still fall in the year. The sentence must speak of
requests (申请, 办理, 答复, 办结, 受理), never of cases (复议, 诉讼: 正在审理 is a result), approvals or letters (行政审批, 来信:
:data:`infer.lexicon.NOT_REQUEST_APPROVALS`, ``NOT_REQUEST_MESSAGES``).

Example::

    受理行政审批申请[300|COUNT]件，[办结|ANSWERED][298|COUNT]件，[2|COUNT]件正在办理中。
    → nothing

Example::

    全年[办结|ANSWERED]申请[40|COUNT]件，另有[3|COUNT]件因需征求第三方意见，结转至下一年度继续办理。
    → requests.outcome.total=40, requests.carried_forward=3

Example::

    从办理情况看，按期[答复|ANSWERED][58|COUNT]件，另有[2|COUNT]件延期至2021年1月[答复|ANSWERED]。
    → requests.outcome.total=58, requests.carried_forward=2

Example::

    全年[收到|RECEIVED]申请[46|COUNT]件，[办结|ANSWERED][44|COUNT]件，其余[2|COUNT]件因涉及多个部门，将在2020年1月答复。
    → requests.received=46, requests.outcome.total=44, requests.carried_forward=2

Example::

    [办结|ANSWERED][25|COUNT]件，[4|COUNT]件因涉及多个部门延期答复。
    → requests.outcome.total=25

The phrase may come two clauses later (``另有2件因需征求意见，依法延期，结转至2022年办理``), and ``尚有1件在办理中``
is unfinished too; a denied phrase (``无结转下年度办理的申请``) is none.

Example::

    共[受理|RECEIVED]申请[12|COUNT]件，均已按时[答复|ANSWERED]，无结转下年度办理的申请。
    → requests.received=12, requests.outcome.total=12

Example::

    全年[办结|ANSWERED][30|COUNT]件，另有[2|COUNT]件因需征求第三方意见，依法延期，结转至2022年办理。
    → requests.outcome.total=30, requests.carried_forward=2

Example::

    已[办结|ANSWERED][8|COUNT]件，其中[予以公开|OUTCOME][8|COUNT]件；尚有[1|COUNT]件在办理中。
    → requests.outcome.total=8, requests.outcome.disclosed=8, requests.carried_forward=1

Example::

    [办结|ANSWERED][40|COUNT]件，[结转下年度|CARRY_FORWARD]继续办理[3|COUNT]件。
    → requests.outcome.total=40, requests.carried_forward=3

A count whose only anchor is an answer verb right after 延期/延长 (``延期答复的申请9件``) is no answered total: the
requests answered late are a part of the answered, or were not answered within the year; the link is dropped.

Example::

    各单位均依法作出答复，其中因需征求第三方意见延期[答复|ANSWERED]的申请[6|COUNT]件。
    → nothing
"""
from __future__ import annotations

import re

from infer.lexicon import NOT_REQUEST_APPROVALS, NOT_REQUEST_MESSAGES
from infer.prose.doc import FALLBACK, Doc, Linked, REQUEST_UNIT_AFTER
from infer.prose.spans import Span

NAME = "deferred"
#: Moves a request into next year (in simplified form).
_INTO_NEXT_YEAR = re.compile(
    r"结转(至|到|入|下)|转入(下|次|明)|顺延(至|到)(下|次|明)|延期(至|到)\s*(\d{4}|[〇零一二三四五六七八九]{4}|次|下|明)"
    r"|(正在|尚在|仍在|还在)(办理|处理)|^\s*(件|份)?\s*(在|正在)(办理|处理)中"
    # an answer promised for next year: 将在2020年1月答复, 将于次年答复, 于下一年度办结
    r"|将(在|于)?\s*(\d{4}|[〇零一二三四五六七八九]{4}|次|下|明)[^，,。；;]{0,10}(答复|办结|办理)"
    r"|(于|在)(次年|下一?年度?|明年)[^，,。；;]{0,6}(答复|办结|办理)")
_REQUEST_TOPIC = re.compile(r"申请|办理|答复|办结|受理")
#: How many clauses after the count's own (with no count of their own) may hold the deferral phrase.
_NEXT_CLAUSES = 2
_CASE_WORDS = re.compile(r"复议|诉讼|起诉|申诉|举报|投诉")
_DENIED = re.compile(r"(无|没有|未|不|不存在|不需)\s*(需要?|需)?\s*$")
_STILL_BEFORE = re.compile(r"(尚有|还有|仍有|另有)\s*$")
#: Links a deferral phrase overrides on its own count: an anchor the tagger read from 答复 / 办理.
_OVERRIDABLE = frozenset({"requests.outcome.total", "requests.received"})


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    links = [l for l in links if not _late_answers(doc, l)]
    by_number: dict[int, list[Linked]] = {}
    for l in links:
        by_number.setdefault(l.number.start, []).append(l)
    out = list(links)
    counts = sorted((s for s in doc.spans if s.label == "COUNT"), key=lambda s: s.start)
    for i, sp in enumerate(counts):
        own = by_number.get(sp.start, [])
        if any(l.field not in _OVERRIDABLE for l in own) or sp.start in doc.consumed:
            continue
        if not doc.is_prose(sp.start) or not REQUEST_UNIT_AFTER.match(doc.text, sp.end):
            continue
        value = doc.count_value(sp)
        if not value:
            continue
        nxt = counts[i + 1].start if i + 1 < len(counts) else len(doc.text)
        phrase = _deferral_after(doc, sp, nxt)
        if phrase is None:
            continue
        for l in own:
            out.remove(l)
        out.append(Linked("requests.carried_forward", value, sp, [phrase], FALLBACK, NAME))
        doc.consumed.add(sp.start)
    return out


def _deferral_after(doc: Doc, sp: Span, next_count: int) -> Span | None:
    """The deferral phrase in the clause of ``sp`` or the next clause of its sentence, before ``next_count``."""
    seg = doc.seg
    s_start, s_end = seg.sentence_bounds(sp.start)
    _, c_end = doc.clause_bounds(sp.start)
    for _ in range(_NEXT_CLAUSES):
        if c_end >= s_end:
            break
        _, n_end = doc.clause_bounds(c_end + 1)
        if next_count < n_end:
            break
        c_end = n_end  # the next clauses too, while they have no count of their own
    hi = min(c_end, s_end, next_count)
    window = doc.simple(sp.end, hi)
    m = _INTO_NEXT_YEAR.search(window)
    if m is not None and m.group().lstrip().startswith(("件", "份", "在", "正在")) and m.start() == 0 \
            and not _STILL_BEFORE.search(doc.simple(max(0, sp.start - 4), sp.start)):
        m = None  # 1件在办理中 reads as unfinished only after 尚有/还有/仍有
    if m is not None and _DENIED.search(window, 0, m.start()):
        return None  # 均已答复，无结转下年度办理的申请: a denial
    if m is None or _CASE_WORDS.search(doc.simple(s_start, s_end)):
        return None
    sentence = doc.simple(s_start, s_end)
    if not _REQUEST_TOPIC.search(sentence) or any(w in sentence for w in NOT_REQUEST_APPROVALS + NOT_REQUEST_MESSAGES):
        return None
    if any(s.label in ("CHANNEL", "APPLICANT", "OUTCOME", "RECEIVED", "CARRY_OVER")
           and sp.end <= s.start < sp.end + m.start() for s in doc.spans):
        return None  # the count has its own category before the phrase (网上申请3件，正在办理…)
    a, b = sp.end + m.start(), sp.end + m.end()
    return Span(a, b, "CARRY_FORWARD", 0.9, doc.text[a:b])


_LATE_BEFORE = re.compile(r"(延期|延长期限|延长答复期限|延时)\s*$")


def _late_answers(doc: Doc, l: Linked) -> bool:
    """An answered total whose answer verbs all follow 延期 (延期答复的申请9件): the late ones only."""
    answers = [c for c in l.categories if c.label == "ANSWERED"]
    return l.field == "requests.outcome.total" and bool(answers) and len(answers) == len(l.categories) and \
        all(_LATE_BEFORE.search(doc.simple(max(0, c.start - 8), c.start))
            or doc.simple(c.start, c.end).startswith(("延期", "延长")) for c in answers)
