"""A single request whose answer is told in words: ``收到申请1件，……已予以公开`` → ``requests.outcome.disclosed`` 1.

When the received total is one request and no outcome category was read, a clause without counts that says
it was disclosed (予以公开, 依法公开, 同意公开 …, not 不予/部分/未 公开 nor 主动公开) gives disclosed=1. Why: a
report with one request tells its story instead of listing the form's rows, and the tagger leaves the
outcome unmarked. The clause must be in the total's own sentence, or in a later sentence that names the
request (该申请, 此申请, 上述申请) within :data:`REACH_CHARS`; a clause about cases (复议, 诉讼) stops the search.

Example::

    本年度[收到|RECEIVED]政府信息公开申请[1|COUNT]件，系村民申请查阅宅基地审批材料，已依法予以公开。
    → requests.received=1, requests.outcome.disclosed=1

Example::

    全年[受理|RECEIVED]申请[1|COUNT]件。该申请已于法定期限内予以公开。
    → requests.received=1, requests.outcome.disclosed=1

Example::

    全年[受理|RECEIVED]申请[1|COUNT]件，经审查不予公开。
    → requests.received=1
"""
from __future__ import annotations

import re

from infer.prose.doc import OTHER_SIDE, Doc, Linked
from infer.prose.spans import Span

NAME = "single_request"
#: A disclosure said in words, with no negation or part before it; 主动公开 is proactive disclosure, not an answer.
_DISCLOSED = re.compile(r"(?<![不未非免])(?<!部分)(?<!主动)(予以公开|依法公开|同意公开|准予公开|全部公开|已公开)")
_NOT_ALL = re.compile(r"不予|不同意|部分|未予|无法|不属于|不存在|撤回|主动公开")
_CASE_WORDS = re.compile(r"复议|诉讼|申诉")
#: A later sentence that names the one request.
_THE_REQUEST = re.compile(r"该申请|此申请|上述申请|该件申请|这件申请|该项申请")
#: How far (characters) after the total the answer may be told.
REACH_CHARS = 200


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    if any(l.field.startswith("requests.outcome.") and l.field != "requests.outcome.total" for l in links):
        return links
    for l in links:
        if l.field != "requests.received" or l.value != 1 or l.number.label != "COUNT":
            continue
        told = _told_disclosed(doc, l)
        if told is not None:
            a, b = told
            return links + [Linked("requests.outcome.disclosed", 1, l.number,
                                   [Span(a, b, "OUTCOME", 0.9, doc.text[a:b])], l.link_confidence * OTHER_SIDE, NAME)]
    return links


def _told_disclosed(doc: Doc, l: Linked) -> tuple[int, int] | None:
    """The span of the words that say the one request was disclosed, or None."""
    seg = doc.seg
    sid = seg.sentence_id(l.number.start)
    _, pos = doc.clause_bounds(l.number.start)
    pos += 1
    limit = min(len(doc.text), l.number.end + REACH_CHARS)
    while pos < limit:
        _, c_end = doc.clause_bounds(pos)
        clause = doc.simple(pos, c_end)
        if _CASE_WORDS.search(clause):
            return None
        if any(s.label in ("COUNT", "ZERO") and pos <= s.start < c_end for s in doc.spans):
            return None  # another count: the story has moved on
        m = _DISCLOSED.search(clause)
        if m and not _NOT_ALL.search(clause):
            s_start, s_end = seg.sentence_bounds(pos)
            if seg.sentence_id(pos) == sid or _THE_REQUEST.search(doc.simple(s_start, s_end)):
                return pos + m.start(), pos + m.end()
        pos = c_end + 1
    return None
