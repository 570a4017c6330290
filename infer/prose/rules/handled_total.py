"""``收到申请21件，上年结转2件，共办理23件`` → received 21, not 23: the sum of new and carried-over requests
is the number handled, not a second received total.

A received count that equals an earlier received count plus the carry-over stated after it (all three
within :data:`REACH_CHARS`) counts every request handled this year (共办理, 合计处理). It is dropped as
``requests.received``; what the earlier rules derived from it stays (``已全部办结`` after it is an
answered total of 23). The rule runs last, after :mod:`infer.prose.rules.answered` has read it.

Example::

    本年共[收到|RECEIVED]申请[21|COUNT]件，[上年结转|CARRY_OVER][2|COUNT]件，共[办理|RECEIVED][23|COUNT]件，已全部办结。
    → requests.received=21, requests.carried_over=2, requests.outcome.total=23

Example::

    全年新收申请[8|COUNT]件，加上[上年结转|CARRY_OVER]的[1|COUNT]件，合计[办理|RECEIVED][9|COUNT]件。
    → requests.received=8, requests.carried_over=1

A count handled (办理, 处理) followed by a bracket saying it includes requests carried (``办理30件（含2019年结转4件）``)
is such a sum too; the count in the bracket is the carry-over even where the tagger read ``2019年结转`` as a
carry-forward. (受理N件（含上年结转…） stays a received total, as the form's prose usually means it.)

Example::

    全年[办理|RECEIVED]依申请公开[30|COUNT]件（含2019年[结转|CARRY_FORWARD][4|COUNT]件）。
    → requests.carried_over=4
"""
from __future__ import annotations

import re

from infer.prose.doc import Doc, Linked

NAME = "handled_total"
#: How far (characters) from the new requests' count the handled total may follow.
REACH_CHARS = 120
_HANDLING = ("办理", "处理", "合计", "共计", "总计")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    drop = handled_totals(doc, links)
    out = []
    for l in links:
        if id(l) in drop:
            continue
        if l.field == "requests.carried_forward" and _included_carry(doc, l):
            l = Linked("requests.carried_over", l.value, l.number, l.categories, l.link_confidence, NAME)
        out.append(l)
    return out


#: Right after a count, a bracket saying it includes requests carried (办理58件（含2017年结转6件）).
_INCLUDES_CARRY = re.compile(r"\s*(件|份|宗|条|项|个)?\s*[（(]\s*(含|包括|包含)[^）)\n]{0,12}结转(?!至|到|入|下)")
#: Opening such a bracket, before the carried count.
_OPENS_INCLUDED = re.compile(r"[（(]\s*(含|包括|包含)[^）)\n]{0,12}结转\s*$")


def _included_carry(doc: Doc, l: Linked) -> bool:
    """The count inside ``（含2017年结转6件）`` after a total: carried into this year, whatever the tagger said."""
    return bool(_OPENS_INCLUDED.search(doc.simple(max(0, l.number.start - 20), l.number.start)))


def handled_totals(doc: Doc, links: list[Linked]) -> set[int]:
    """``id()`` of the received links that are handled totals (for rules that must not read them as received)."""
    received = [l for l in links if l.field == "requests.received"]
    carried = [l for l in links if l.field == "requests.carried_over"]
    drop: set[int] = set()
    for r in received:
        verbs = [doc.simple(c.start, c.end) for c in r.categories]
        if verbs and all(v in _HANDLING for v in verbs) and _INCLUDES_CARRY.match(doc.simple(r.number.end,
                                                                                            r.number.end + 24)):
            drop.add(id(r))  # 办理58件（含上年结转6件）: handled this year, not received
        for new in received:
            if new.number.start >= r.number.start or r.number.start - new.number.start > REACH_CHARS:
                continue
            for c in carried:
                if new.number.start < c.number.start < r.number.start and new.value + c.value == r.value \
                        and _says_handled(doc, c.number.end, r.number.start):
                    drop.add(id(r))
    return drop


def _says_handled(doc: Doc, lo: int, hi: int) -> bool:
    """Between the carry-over and the sum, a word of handling or adding up (共办理, 合计)."""
    between = doc.simple(lo, hi)
    return any(w in between for w in _HANDLING) or "共" in between
