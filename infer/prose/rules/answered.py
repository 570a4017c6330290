"""``收到申请9件，均已按时答复`` → ``requests.outcome.total`` 9: requests said to be all answered.

After a received total, a clause without a count of its own whose answer verb (答复, 回复, 办结 …) is
preceded by 均/全部/都/已 (or any answer verb, when the total is 1) gives the answered total the same
value. The clause may be in the same sentence or open the next one (``对收到的申请……全部按时答复完毕``),
so long as no other count stands between (a rate such as 办结率100% is no count). Nothing is added
when the prose states the answered total itself.

Example::

    全年[收到|RECEIVED]政府信息公开申请[9|COUNT]件，均已按时答复。
    → requests.received=9, requests.outcome.total=9

Example::

    全年[收到|RECEIVED]政府信息公开申请[9|COUNT]件，其中[7|COUNT]件已答复。
    → requests.received=9
"""
from __future__ import annotations

import re

from infer.lexicon import ANSWER_VERBS
from infer.prose.doc import OTHER_SIDE, Doc, Linked

NAME = "answered"
_ALL = re.compile(r"均|全部|都|皆|全|已|一律")
_VERB = re.compile("|".join(ANSWER_VERBS))
_CASE_WORDS = re.compile(r"复议|诉讼|申诉")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    if any(l.field == "requests.outcome.total" for l in links):
        return links
    out = list(links)
    for l in links:
        if l.field != "requests.received" or not l.value or l.number.label != "COUNT":
            continue
        if _answered_after(doc, l):
            out.append(Linked("requests.outcome.total", l.value, l.number, l.categories,
                              l.link_confidence * OTHER_SIDE, NAME))
            break
    return out


def _answered_after(doc: Doc, l: Linked) -> bool:
    seg = doc.seg
    _, clause_end = doc.clause_bounds(l.number.start)
    sid = seg.sentence_id(l.number.start)
    s_end = seg.sentence_bounds(l.number.start)[1]
    nxt = seg.sentence_bounds(s_end + 1)[1] if s_end < len(doc.text) else s_end
    counts = [s.start for s in doc.spans if s.label == "COUNT" and s.start > l.number.end
              and doc.count_value(s) is not None]
    stop = min(counts + [nxt])
    pos = clause_end + 1
    while pos < stop:
        _, c_end = doc.clause_bounds(pos)
        c_end = min(c_end, stop)
        clause = doc.simple(pos, c_end)
        if _CASE_WORDS.search(clause):
            return False
        verb = _VERB.search(clause)
        if verb and (l.value == 1 or _ALL.search(clause, 0, verb.start())):
            if seg.sentence_id(pos) == sid or "申请" in doc.simple(seg.sentence_bounds(pos)[0], c_end):
                return True
        pos = c_end + 1
    return False
