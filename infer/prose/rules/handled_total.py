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
"""
from __future__ import annotations

from infer.prose.doc import Doc, Linked

NAME = "handled_total"
#: How far (characters) from the new requests' count the handled total may follow.
REACH_CHARS = 120
_HANDLING = ("办理", "处理", "合计", "共计", "总计")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    drop = handled_totals(doc, links)
    return [l for l in links if id(l) not in drop]


def handled_totals(doc: Doc, links: list[Linked]) -> set[int]:
    """``id()`` of the received links that are handled totals (for rules that must not read them as received)."""
    received = [l for l in links if l.field == "requests.received"]
    carried = [l for l in links if l.field == "requests.carried_over"]
    drop: set[int] = set()
    for r in received:
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
