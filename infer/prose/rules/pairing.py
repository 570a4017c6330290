"""Pair each count with the categories of its own piece of prose.

A count is linked only to categories in its own *piece* (a clause cut at 、). A piece that opens with
a category reads "category then number" (``当面申请248件``); one that opens with a number reads
"number then category" (``248件当面申请``). Each number takes the categories between it and its
neighbour number on its preferred side, else those on the other side (lower confidence); a number
alone after a colon takes the categories before it (``当面申请：12件``). Among a number's categories a
RESULT wins (with the CASE of the piece, else the inherited case type), then a CASE (``<case>.total``),
then the specific label nearest to the number, then the generic anchors RECEIVED/ANSWERED
(:func:`infer.prose.doc.resolve`). Two categories of one kind joined as a list give no field
(see :mod:`infer.prose.rules.combined`), unless 均/各/都 says the count holds for each of them
(``行政复议和行政诉讼各1件``, ``行政复议、行政诉讼均为0件``). A fee needs money: 减免收费5件 is not an amount,
and 减免信息处理费120元 is money waived, not collected.

Example::

    本年共[受理|RECEIVED]申请[40|COUNT]件，其中[12|COUNT]件[当面|CHANNEL]申请、[网上|CHANNEL]申请[28|COUNT]件。
    → requests.received=40, requests.channel.in_person=12, requests.channel.online=28

Example::

    [行政复议|CASE]和[行政诉讼|CASE]各[1|COUNT]件。
    → review.total=1, litigation.total=1
"""
from __future__ import annotations

import re

from infer.lexicon import FEE_WAIVER_WORDS
from infer.prose.doc import ABSTAIN, DIRECT, OTHER_SIDE, Doc, Linked, resolve
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "pairing"

#: Between a list of categories and its number: the number holds for each item (均为0件, 各1件).
EACH_OF = re.compile(r"均|都|皆|全部|全都|各")
_NOT_MONEY_AFTER = re.compile(r"\s*(件|条|條|项|項|宗|起|个|個|份|人次|次|例|名|人|户|戶|笔|筆)")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    text, seg = doc.text, doc.seg
    pieces: dict[int, list[Span]] = {}
    for s in doc.spans:
        pieces.setdefault(seg.piece_id(s.start), []).append(s)
    out = list(links)
    pending: list[Span] = []  # categories of a number-less piece ending in a colon (当面申请：12件)
    pending_piece = -2
    for pid in sorted(pieces):
        items = pieces[pid]
        numbers = [i for i, s in enumerate(items) if s.label == "COUNT"]
        if not numbers:
            cats_here = [s for s in items if not s.is_number]
            end = seg.piece_cuts[pid] if pid < len(seg.piece_cuts) else len(text)
            if cats_here and text[end:end + 1] in ("：", ":"):
                pending, pending_piece = cats_here, pid
            continue
        number_first = items[0].is_number
        for k, idx in enumerate(numbers):
            prev_idx = numbers[k - 1] if k > 0 else -1
            next_idx = numbers[k + 1] if k + 1 < len(numbers) else len(items)
            left = [s for s in items[prev_idx + 1:idx] if not s.is_number]
            right = [s for s in items[idx + 1:next_idx] if not s.is_number]
            first, second = (right, left) if number_first else (left, right)
            number = items[idx]
            if number.start in doc.consumed:
                continue
            value = doc.count_value(number)
            if value is None:
                continue
            resolved = resolve(doc, number, first)
            side_conf = DIRECT
            if resolved is None:
                resolved = resolve(doc, number, second)
                side_conf = OTHER_SIDE
            if resolved is None and not left and not right and pending_piece == pid - 1:
                resolved = resolve(doc, number, pending)
                side_conf = OTHER_SIDE
            if resolved is None:
                continue
            cats = first if resolved is ABSTAIN or any(c in first for c in resolved[1]) else second
            each = _each_of(doc, number, value, cats)
            if each is not None:
                out.extend(each)
                continue
            if resolved is ABSTAIN:
                doc.abstained[number.start] = cats
                continue
            fld, evidence, conf = resolved
            if fld == "fees.amount_yuan" and (_NOT_MONEY_AFTER.match(text, number.end) or waived(doc, number)):
                continue  # 减免收费5件: a count of cases, not an amount of money; 减免…120元: money waived
            if is_field(fld):
                out.append(Linked(fld, value, number, evidence, conf * side_conf, NAME))
    return out


def waived(doc: Doc, number: Span) -> bool:
    """An amount its clause says was waived or reduced (减免信息处理费120元), not a fee collected
    (:data:`infer.lexicon.FEE_WAIVER_WORDS`)."""
    start, _ = doc.clause_bounds(number.start)
    before = doc.simple(start, number.start)
    return any(w in before for w in FEE_WAIVER_WORDS)


def _each_of(doc: Doc, number: Span, value: int | float, cats: list[Span]) -> list[Linked] | None:
    """``行政复议、行政诉讼均为0件`` / ``行政复议和行政诉讼各1件``: a number after 均/都/各 counts every listed
    category of the label nearest before it, back to the previous number in the clause (the 、 cuts
    pieces, so the whole clause is read). ``None`` when the number is not such a number."""
    before = [c for c in cats if c.end <= number.start]
    if not before:
        return None
    anchor = max(before, key=lambda c: c.end)
    if not EACH_OF.search(doc.text, anchor.end, number.start):
        return None
    clause = doc.seg.clause_id(number.start)
    listed: list[Span] = []
    for s in reversed([s for s in doc.spans if s.end <= anchor.end]):
        if doc.seg.clause_id(s.start) != clause or s.is_number:
            break
        if s.label == anchor.label:
            listed.insert(0, s)
    if len(listed) < 2:
        return None
    out: list[Linked] = []
    seen: set[str] = set()
    for s in listed:
        r = resolve(doc, number, [s], one_of_list=True)
        if r and r is not ABSTAIN and is_field(r[0]) and r[0] not in seen:
            seen.add(r[0])
            out.append(Linked(r[0], value, number, r[1], r[2] * (DIRECT if s is anchor else OTHER_SIDE), NAME))
    return out or None
