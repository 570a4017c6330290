"""From tagged spans to facts: attach every count (or zero word) to what it counts.

The tagger marks numbers (``COUNT``), zero assertions (``ZERO``: 未/没有/无) and category phrases
(``CHANNEL`` 当面, ``OUTCOME`` 予以公开, ``CASE`` 行政复议, ``RESULT`` 撤诉, anchors such as
``RECEIVED`` 受理…申请). It does not say which number belongs to which phrase; these rules do, over
the ordered spans of small pieces of prose (see :mod:`infer.clauses`).

The rules, in the order they apply:

1. **Where**: spans are first repaired (:mod:`infer.span_repair`: table rows and ``exclude`` ranges
   dropped, fragments joined, unmappable category spans removed). A count is linked only to
   categories in its own *piece* (a clause cut at 、).
2. **Which side**: a piece that opens with a category reads "category then number"
   (``当面申请225件``, ``當面提交申請的3101件``); one that opens with a number reads "number then
   category" (``225件当面申请``, ``其中2件原告撤诉``). Each number takes the categories between it
   and its neighbour number on its preferred side, else those on the other side (lower confidence).
3. **What**: among a number's categories a ``RESULT`` wins (with the ``CASE`` of the piece, else the
   case type inherited from the latest ``CASE`` before it: ``行政诉讼案件6件，其中2件原告撤诉`` →
   ``litigation.other``; across 。/； a case word or court words such as 法院/原告 in the result's own
   statement override the inherited type); else a ``CASE`` gives ``<case>.total``; else the specific label nearest to
   the number (channel, applicant, outcome, carry-over, fee), except that a reason beside its own
   outcome (因[不掌握…][无法提供]2件) gives the reason's sub-field (but 因[不掌握…]等原因[无法提供]
   gives the outcome: the reason is only an example; an outcome named in the next count-less clause
   after a sole reason counts the same items); else the generic anchors
   ``RECEIVED``/``ANSWERED``. Categories are mapped to field keys by
   :func:`infer.lexicon.category_field` (simplified and traditional).
   A number after 均/都 (``行政复议、行政诉讼均为0件``) counts every listed category of its kind; a
   number alone after a colon takes the categories before it (``当面申请：12件``); N categories,
   分别, N numbers pair in order (``当面、网上和信函申请分别为12件、45件和7件``). A RESULT with no
   number takes its case total when that is 1 or 均/都 says all (``行政复议2件，均维持``); a clause
   with 均/全部 and categories but no number takes the total before it (``申请3件，均为当面提出``).
   A fee needs money: a count followed by 件/人/次… is not an amount.
4. **Zeros**: a ``ZERO`` word is a fact of value 0 for the categories that follow it up to the next
   number or clause end, crossing 、/和/或 (``未发生…行政复议、行政诉讼`` → both totals 0, ``无收费`` →
   ``fees.amount_yuan`` 0); only if nothing follows does it look back. Case types win over the
   generic anchors that may sit in the same clause (``未发生因…答复产生的行政复议``).
5. **Not counts**: a number followed by %/％ (or after 百分之), a year/month/day, an approximate
   number (30余件, 约30件), a rank (居前三位, 第2名), a count of letters or messages received
   (信箱收到来信865件: not disclosure requests), or a number in a year-on-year comparison clause
   (同比/比上年/较上年/增加/减少…) is dropped. A number followed by
   万元 is multiplied by 10,000 (fees are in 元).
6. **Duplicates**: a report often states one figure twice (summary and section). One fact is kept per
   (field, value): the first statement, with the highest confidence of all statements. Two
   *different* values for one field are both kept: choosing silently would hide a contradiction that
   reconciliation must flag.

Confidence = tagger score of the number × link confidence (1.0 for a direct link, lower for the
fallback side, an inherited case type, or competing categories).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Iterable, Protocol, Sequence

from infer.clauses import Segmentation, segment
from infer.lexicon import CASE_SYNONYMS, category_field
from infer.numerals import parse_number
from infer.result import ProseFact
from infer.schema import field, is_field
from infer.span_repair import LSpan, repair, simplified_window

__all__ = ["link", "SpanLike", "Linked"]


class SpanLike(Protocol):
    start: int
    end: int
    label: str


SPECIFIC_LABELS = frozenset({"CHANNEL", "APPLICANT", "OUTCOME", "CARRY_OVER", "CARRY_FORWARD", "FEE"})
GENERIC_LABELS = frozenset({"RECEIVED", "ANSWERED"})
#: Labels whose presence after a CASE means the prose moved on to requests (ends case inheritance).
#: Not OUTCOME/ANSWERED: their words recur inside results (判决履行信息公开职责, 维持原答复).
_REQUEST_TOPIC = frozenset({"RECEIVED", "CHANNEL", "APPLICANT", "CARRY_OVER", "CARRY_FORWARD", "FEE"})
#: Case types whose results are fields (``review.upheld``); complaints have only a total.
_CASES_WITH_RESULTS = ("review", "litigation", "litigation.direct", "litigation.after_review")
#: How far (characters) a case type is inherited by a later RESULT.
CASE_CONTEXT_CHARS = 300

# Link confidences.
DIRECT, OTHER_SIDE, INHERITED_CASE, COMPETING, ZERO_BACKWARD = 1.0, 0.85, 0.9, 0.7, 0.85

_PERCENT_AFTER = re.compile(r"\s*[%％]")
_PERCENT_BEFORE = re.compile(r"百分之\s*$")
_DATE_AFTER = re.compile(r"\s*(年|月|日|号|號)")
_APPROX_AFTER = re.compile(r"\s*(余|餘|多)\s*(件|条|條|项|項|宗|起|个|個|份|人次|次|例|万|萬|元)")
_APPROX_BEFORE = re.compile(r"(约|約|大约|大約|近|逾|将近|將近)\s*$")
#: A rank, not a count: 居前三位, 第2名.
_RANK_AFTER = re.compile(r"\s*(位|名)")
_RANK_BEFORE = re.compile(r"第\s*$")
#: What a mailbox or hotline receives (来信, 留言, 诉求, 咨询, 投诉): not disclosure requests, unless 申请 is said.
_NOT_REQUEST_OBJECT = re.compile(r"来信|来电|留言|信件|诉求|咨询|投诉|信访")
_REQUEST_WORD = re.compile(r"申请")
_WAN_YUAN_AFTER = re.compile(r"\s*(万|萬)\s*元")
_COMPARISON = re.compile(r"同比|比上年|较上年|較上年|比去年|较去年|較去年|上年同期|增加|减少|減少|增长|增長|下降|上升|持平")
#: 等 right after a reason: "X and other reasons", so X is an example, not the whole count.
_AMONG_OTHERS_AFTER = re.compile(r"\s*等")
_INNER_ZERO_SCOPE_BREAK = "，,；;。！？!?\n"


@dataclass
class Linked:
    """A number and the category spans that decided its field (before de-duplication)."""

    field: str
    value: int | float
    number: LSpan
    categories: list[LSpan]
    link_confidence: float


# --- numbers -----------------------------------------------------------------------------------

def _count_value(text: str, sp: LSpan, seg: Segmentation) -> int | float | None:
    """The value of a COUNT span, or ``None`` when it is not a count (percentage, date, delta)."""
    after = text[sp.end:sp.end + 8]
    before = text[max(0, sp.start - 8):sp.start]
    if _PERCENT_AFTER.match(after) or _PERCENT_BEFORE.search(before) or _DATE_AFTER.match(after):
        return None
    if _APPROX_AFTER.match(after) or _APPROX_BEFORE.search(before):
        return None  # 30余件 / 约30件: not an exact count, so not a fact
    if _RANK_AFTER.match(after) or _RANK_BEFORE.search(before):
        return None  # 居前三位 / 第2名: a rank
    value = parse_number(sp.text)
    if value is None:
        return None
    if _WAN_YUAN_AFTER.match(after) and not sp.text.rstrip().endswith(("万", "萬")):
        value = value * 10_000
        value = int(value) if float(value).is_integer() else value
    # A year-on-year comparison in the same clause, before the number: 比上年增加12件.
    c = seg.clause_id(sp.start)
    clause_start = seg.clause_cuts[c - 1] + 1 if c > 0 else 0
    if _COMPARISON.search(text[clause_start:sp.start]):
        return None
    return value


def _not_a_request(text: str, number: LSpan, evidence: list[LSpan]) -> bool:
    """A bare receiving/answering verb whose object is letters, messages or complaints (信箱收到来信865件,
    热线接到咨询…): the anchor says "received", but not disclosure requests. 申请 in the object keeps it."""
    if len(evidence) != 1 or evidence[0].label not in GENERIC_LABELS or evidence[0].end > number.start:
        return False
    obj = simplified_window(text, evidence[0].end, number.start)
    return bool(_NOT_REQUEST_OBJECT.search(obj)) and not _REQUEST_WORD.search(obj)


# --- categories -> field ---------------------------------------------------------------------------

def _field_of(sp: LSpan) -> str | None:
    return category_field(sp.label, sp.text)


#: Words only a court case uses (in simplified form): a sentence with one of them reports lawsuits.
_LITIGATION_ONLY = re.compile(r"法院|判决|一审|二审|原告|被告|撤诉|驳回起诉|诉讼请求|裁定")
#: Case types a sentence may name without the tagger marking them (restated case, see ``_CaseContext``).
_RESTATABLE_CASES = ("review", "litigation")
#: Where one statement ends and the next begins, for case inheritance: sentence ends and ；.
_STATEMENT_ENDS = "。！？!?；;\n"


class _CaseContext:
    """The case type (review/litigation/...) a later RESULT inherits, with where it was stated.

    Inside one statement the latest tagged CASE is inherited. Across a statement boundary (。 or ；)
    the result's own statement is read first, because a new statement often opens a case type
    that the tagger missed (``…行政复议2件。行政诉讼案件中，法院判决维持1件``): a review or litigation phrase
    of the lexicon written before the result in its statement wins, else words only a court case uses
    (法院, 判决, 原告, 撤诉 …) turn an inherited review into litigation. Within a sentence these words
    prove nothing (``行政复议3件，其中申请人撤诉1件`` is loose but common usage).
    """

    def __init__(self, cats: list[LSpan], text: str = ""):
        self.text = text
        self._events: list[tuple[int, str | None]] = []  # (position, case or None = topic changed)
        for c in cats:
            if c.label == "CASE":
                self._events.append((c.start, _field_of(c)))
            elif c.label in _REQUEST_TOPIC:
                self._events.append((c.start, None))
        self._positions = [p for p, _ in self._events]

    def at(self, pos: int) -> str | None:
        i = bisect_left(self._positions, pos)  # events strictly before pos
        if i == 0:
            return None
        where, case = self._events[i - 1]
        if case is None or pos - where > CASE_CONTEXT_CHARS:
            return None
        # A breakdown (行政诉讼11件（直接起诉7件、复议后起诉4件），其中驳回6件…) does not narrow the case
        # of later results: they count the whole case type. Stated in the result's own piece, the kind
        # is taken from there (see _resolve).
        case = case.split(".", 1)[0]
        cut = max(self.text.rfind(ch, where, pos) for ch in _STATEMENT_ENDS) if self.text else -1
        if cut >= 0:
            case = self._restated(cut + 1, pos, case)
        return case

    def _restated(self, start: int, pos: int, inherited: str) -> str:
        """The case type that the statement from ``start`` (holding ``pos``) names itself, else ``inherited``."""
        ends = [i for i in (self.text.find(ch, pos) for ch in _STATEMENT_ENDS) if i >= 0]
        end = min(ends, default=len(self.text))
        before = simplified_window(self.text, start, pos)
        best: tuple[int, int, str] | None = None  # (position, length, case): the latest, longest phrase
        for case in _RESTATABLE_CASES:
            for phrase in CASE_SYNONYMS[case]:
                at = before.rfind(phrase)
                if at >= 0 and (best is None or (at, len(phrase)) > best[:2]):
                    best = (at, len(phrase), case)
        if best is not None:
            return best[2]
        if inherited == "review" and _LITIGATION_ONLY.search(simplified_window(self.text, start, end)):
            return "litigation"
        return inherited


def _parent(key: str | None) -> str | None:
    return field(key).parent if key and is_field(key) else None


def _nearest(number: LSpan, cats: list[LSpan]) -> LSpan:
    def dist(c: LSpan) -> int:
        return number.start - c.end if c.end <= number.start else c.start - number.end
    return min(cats, key=dist)


def _resolve(number: LSpan, cats: list[LSpan], ctx: _CaseContext) -> tuple[str, list[LSpan], float] | None:
    """Pick the field for ``number`` from its categories: (field, evidence, link confidence)."""
    mapped = [c for c in cats if _field_of(c) is not None]
    if not mapped:
        return None
    results = [c for c in mapped if c.label == "RESULT"]
    cases = [c for c in mapped if c.label == "CASE"]
    if results:
        res = _nearest(number, results)
        conf = DIRECT
        if cases:
            case_span = _nearest(number, cases)
            case = _field_of(case_span)
            evidence = [case_span, res]
        else:
            case = ctx.at(min(number.start, res.start))
            conf = INHERITED_CASE
            evidence = [res]
        if case not in _CASES_WITH_RESULTS:
            return None
        return f"{case}.{_field_of(res)}", evidence, conf
    if cases:
        case_span = _nearest(number, cases)
        return f"{_field_of(case_span)}.total", [case_span], DIRECT
    for group in (SPECIFIC_LABELS, GENERIC_LABELS):
        pool = [c for c in mapped if c.label in group]
        if pool:
            distinct = {_field_of(c) for c in pool}
            # A reason and its outcome (因[本机关不掌握…][无法提供]2件) agree: the reason is the count,
            # unless 等 makes it one example among several (因[不掌握…]等原因[无法提供]19件): then the
            # count is the outcome's, and the reason has no count of its own.
            children = [c for c in pool if _parent(_field_of(c)) in distinct]
            if children and len({_field_of(c) for c in children}) == 1:
                best = _nearest(number, children)
                parent = [c for c in pool if _field_of(c) == _parent(_field_of(best))]
                if _AMONG_OTHERS_AFTER.match(ctx.text, best.end):
                    top = _nearest(number, parent)
                    return _field_of(top), [top, best], DIRECT
                return _field_of(best), [best] + parent[:1], DIRECT
            best = _nearest(number, pool)
            return _field_of(best), [best], DIRECT if len(distinct) == 1 else COMPETING
    return None


def _zero_fields(zero: LSpan, cats: list[LSpan], ctx: _CaseContext) -> list[tuple[str, list[LSpan]]]:
    """Fields a zero word asserts: every case type in scope, else the one category it governs."""
    mapped = [c for c in cats if _field_of(c) is not None]
    cases = [c for c in mapped if c.label == "CASE"]
    results = [c for c in mapped if c.label == "RESULT"]
    if cases and not results:
        seen: dict[str, list[LSpan]] = {}
        for c in cases:
            seen.setdefault(f"{_field_of(c)}.total", [c])
        return list(seen.items())
    r = _resolve(zero, mapped, ctx)
    return [(r[0], r[1])] if r else []


# --- the rules ---------------------------------------------------------------------------------

_ALL_OF = re.compile(r"均|都|皆|全部|全都")
_RESPECTIVELY = re.compile(r"分别|分別")
_NOT_MONEY_AFTER = re.compile(r"\s*(件|条|條|项|項|宗|起|个|個|份|人次|次|例|名|人|户|戶)")


def _distributed(text: str, number: LSpan, value: int | float, evidence: list[LSpan], spans: list[LSpan],
                 seg: Segmentation, ctx: "_CaseContext", exclude_field: str) -> list[Linked]:
    """``行政复议、行政诉讼均为0件``: a number after 均/都 counts every listed category of its kind.

    Applies when 均/都/皆 stands between the number's category and the number; the other categories
    are those of the same label earlier in the clause, back to the previous number.
    """
    if not evidence or evidence[-1].end > number.start:
        return []
    anchor = evidence[-1]
    if not _ALL_OF.search(text[anchor.end:number.start]):
        return []
    clause = seg.clause_id(number.start)
    out: list[Linked] = []
    seen = {exclude_field}
    for s in reversed([s for s in spans if s.end <= anchor.start]):
        if seg.clause_id(s.start) != clause or s.is_number:
            break
        if s.label != anchor.label:
            continue
        r = _resolve(number, [s], ctx)
        if r and is_field(r[0]) and r[0] not in seen:
            seen.add(r[0])
            out.append(Linked(r[0], value, number, r[1], r[2] * OTHER_SIDE))
    return out


def _link_spans(text: str, spans: list[LSpan], seg: Segmentation) -> list[Linked]:
    cats = [s for s in spans if not s.is_number]
    ctx = _CaseContext(cats, text)
    out: list[Linked] = []

    # Group spans by piece.
    pieces: dict[int, list[LSpan]] = {}
    for s in spans:
        pieces.setdefault(seg.piece_id(s.start), []).append(s)

    respectively, consumed = _respectively(text, spans, seg, ctx)
    out.extend(respectively)

    pending: list[LSpan] = []  # categories of a number-less piece ending in a colon (当面申请：12件)
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
            if number.start in consumed:
                continue
            value = _count_value(text, number, seg)
            if value is None:
                continue
            resolved = _resolve(number, first, ctx)
            side_conf = DIRECT
            if resolved is None:
                resolved = _resolve(number, second, ctx)
                side_conf = OTHER_SIDE
            if resolved is None and not left and not right and pending_piece == pid - 1:
                resolved = _resolve(number, pending, ctx)
                side_conf = OTHER_SIDE
            if resolved is None:
                continue
            fld, evidence, conf = resolved
            if fld == "fees.amount_yuan" and _NOT_MONEY_AFTER.match(text, number.end):
                continue  # 减免收费5件: a count of cases, not an amount of money
            if _not_a_request(text, number, evidence):
                continue  # 信箱收到来信865件: letters to a mailbox, not disclosure requests
            if is_field(fld):
                out.append(Linked(fld, value, number, evidence, conf * side_conf))
            out.extend(_distributed(text, number, value, evidence, spans, seg, ctx, exclude_field=fld))

    # Zero words: scope crosses 、 but stops at clause ends and at the next number.
    for i, z in enumerate(spans):
        if z.label != "ZERO":
            continue
        scope: list[LSpan] = []
        for s in spans[i + 1:]:
            if s.is_number or seg.clause_id(s.start) != seg.clause_id(z.start):
                break
            scope.append(s)
        conf = DIRECT
        if not [s for s in scope if _field_of(s) is not None]:
            scope = []
            for s in reversed(spans[:i]):
                if s.is_number or seg.piece_id(s.start) != seg.piece_id(z.start):
                    break
                scope.insert(0, s)
            conf = ZERO_BACKWARD
        for fld, evidence in _zero_fields(z, scope, ctx):
            if is_field(fld):
                out.append(Linked(fld, 0, z, evidence, conf))
    out.extend(_unnumbered_results(text, spans, out, seg, ctx))
    out.extend(_all_of_total(text, spans, out, seg))
    out.extend(_parent_after_reason(spans, out, seg))
    out.sort(key=lambda l: (l.number.start, l.field))
    return out


def _respectively(text: str, spans: list[LSpan], seg: Segmentation,
                  ctx: "_CaseContext") -> tuple[list[Linked], set[int]]:
    """``当面、网上和信函申请分别为12件、45件和7件``: N categories, 分别, N counts → paired in order.

    Within one clause: the run of same-label categories just before 分别 (back to the previous
    count) and the counts right after it. Only when the two lists have the same length; those counts
    are then consumed, so the ordinary rules do not pair them again.
    """
    out: list[Linked] = []
    consumed: set[int] = set()
    for m in _RESPECTIVELY.finditer(text):
        clause = seg.clause_id(m.start())
        in_clause = [s for s in spans if seg.clause_id(s.start) == clause]
        cats: list[LSpan] = []
        for s in reversed([s for s in in_clause if s.end <= m.start()]):
            if s.is_number or (cats and s.label != cats[0].label):
                break
            cats.insert(0, s)
        counts: list[LSpan] = []
        for s in (s for s in in_clause if s.start >= m.end()):
            if not s.is_number:
                break
            if s.label == "COUNT":
                counts.append(s)
        if len(cats) < 2 or len(counts) != len(cats):
            continue
        pairs = []
        for cat, num in zip(cats, counts):
            value = _count_value(text, num, seg)
            resolved = _resolve(num, [cat], ctx)
            if value is None or resolved is None or not is_field(resolved[0]):
                pairs = []
                break
            pairs.append(Linked(resolved[0], value, num, resolved[1], resolved[2]))
        out.extend(pairs)
        consumed.update(p.number.start for p in pairs)
    return out, consumed


def _unnumbered_results(text: str, spans: list[LSpan], linked: list[Linked], seg: Segmentation,
                        ctx: "_CaseContext") -> list[Linked]:
    """``行政复议1件，复议机关维持了原答复`` / ``行政复议2件，均维持``: a RESULT with no count of its own
    takes the case total when that total is 1, or when 均/都/全部 says every case had that result."""
    used = {id(c) for l in linked for c in l.categories}
    totals = sorted((l for l in linked if l.field.endswith(".total") and l.field.rsplit(".", 1)[0]
                     in _CASES_WITH_RESULTS and l.value), key=lambda l: l.number.start)
    out: list[Linked] = []
    for i, r in enumerate(spans):
        if r.label != "RESULT" or id(r) in used or _field_of(r) == "total":
            continue
        prior = [t for t in totals if t.number.end <= r.start and r.start - t.number.end <= CASE_CONTEXT_CHARS]
        if not prior:
            continue
        total = prior[-1]
        if any(s.label == "COUNT" and total.number.end <= s.start < r.start for s in spans):
            continue  # another count in between: the result may belong to it
        case = total.field.rsplit(".", 1)[0]
        own_case = ctx.at(r.start)
        if own_case is not None and own_case != case.split(".", 1)[0]:
            continue
        if total.value != 1 and not _ALL_OF.search(text[total.number.end:r.start]):
            continue
        fld = f"{case}.{_field_of(r)}"
        if is_field(fld):
            out.append(Linked(fld, total.value, total.number, [r], INHERITED_CASE * OTHER_SIDE))
    return out


def _all_of_total(text: str, spans: list[LSpan], linked: list[Linked], seg: Segmentation) -> list[Linked]:
    """``受理申请3件，均为当面提出``: a clause with 均/全部/都 and categories but no count of its own
    gives each category the total stated before it in the same sentence."""
    totals = sorted((l for l in linked if l.field in ("requests.received", "requests.outcome.total")),
                    key=lambda l: l.number.start)
    out: list[Linked] = []
    by_clause: dict[int, list[LSpan]] = {}
    for s in spans:
        by_clause.setdefault(seg.clause_id(s.start), []).append(s)
    for clause, items in by_clause.items():
        if any(s.is_number for s in items):
            continue
        cats = [s for s in items if s.label in ("CHANNEL", "APPLICANT", "OUTCOME")]
        if not cats:
            continue
        c_start = seg.clause_cuts[clause - 1] + 1 if clause > 0 else 0
        all_word = _ALL_OF.search(text, c_start, cats[0].start)
        if not all_word:
            continue
        sentence = seg.sentence_id(cats[0].start)
        prior = [t for t in totals if t.number.end <= c_start and seg.sentence_id(t.number.start) == sentence]
        if not prior:
            continue
        total = prior[-1]
        seen: set[str] = set()
        for c in cats:
            fld = _field_of(c)
            if fld and fld not in seen and is_field(fld):
                seen.add(fld)
                out.append(Linked(fld, total.value, total.number, [c], OTHER_SIDE * INHERITED_CASE))
    return out


def _parent_after_reason(spans: list[LSpan], linked: list[Linked], seg: Segmentation) -> list[Linked]:
    """``另1件因本机关不掌握相关信息，作无法提供处理``: the reason took the count; the outcome it belongs to,
    named in the next clause of the sentence without a count of its own, counts the same items.

    Only for a sole reason: if another count of the sentence went to a sibling reason
    (``1件因不掌握、1件因需另行制作，均作无法提供处理``), the outcome's count is their sum, which prose
    does not state, so nothing is added.
    """
    out: list[Linked] = []
    for l in linked:
        parent = _parent(l.field)
        if parent is None or not l.categories or _field_of(l.categories[0]) != l.field:
            continue
        sentence = seg.sentence_id(l.number.start)
        siblings = [o for o in linked if o is not l and seg.sentence_id(o.number.start) == sentence
                    and _parent(o.field) == parent]
        if siblings or any(o.field == parent and seg.sentence_id(o.number.start) == sentence for o in linked):
            continue
        clause = seg.clause_id(max(l.number.end, l.categories[0].end) - 1) + 1
        nxt = [s for s in spans if seg.clause_id(s.start) == clause and seg.sentence_id(s.start) == sentence]
        if not nxt or any(s.is_number for s in nxt):
            continue
        named = [s for s in nxt if _field_of(s) == parent]
        if named:
            out.append(Linked(parent, l.value, l.number, [named[0], l.categories[0]], OTHER_SIDE))
    return out


def _to_fact(l: Linked, seg: Segmentation) -> ProseFact:
    evidence = [{"start": c.start, "end": c.end, "label": c.label, "text": c.text,
                 "field": _field_of(c), "score": round(c.score, 4)} for c in l.categories]
    return ProseFact(field=l.field, value=l.value, start=l.number.start, end=l.number.end,
                     text=l.number.text, score=round(l.number.score * l.link_confidence, 4),
                     sentence=seg.sentence_text(l.number.start), evidence=evidence)


def deduplicate(facts: list[ProseFact]) -> list[ProseFact]:
    """One fact per (field, value): the first statement, with the best confidence among repeats."""
    kept: dict[tuple[str, float], ProseFact] = {}
    for f in facts:
        key = (f.field, float(f.value))
        if key not in kept:
            kept[key] = f
        elif f.score > kept[key].score:
            kept[key].score = f.score
    return sorted(kept.values(), key=lambda f: (f.start, f.field))


def link_all(text: str, spans: Iterable[Any], exclude: Sequence[tuple[int, int]] = ()) -> list[Linked]:
    """Every link the rules make, repeats included (for debugging and tests)."""
    seg = segment(text)
    return _link_spans(text, repair(text, spans, exclude), seg)


def link(text: str, spans: Iterable[Any], exclude: Sequence[tuple[int, int]] = ()) -> list[ProseFact]:
    """Turn tagged spans into prose facts.

    ``spans`` are any objects with ``start``, ``end``, ``label`` (and optionally ``score``, default
    1.0), offsets into ``text``: :class:`infer.tagger.TaggedSpan`, or annotated
    :class:`annotations.corpus.Span` shifted to document offsets. ``exclude`` lists ``(start, end)``
    ranges to ignore (e.g. table regions found by the table parser); table-like lines are always
    ignored. Every fact's ``text == text[start:end]``.
    """
    seg = segment(text)
    linked = _link_spans(text, repair(text, spans, exclude), seg)
    return deduplicate([_to_fact(l, seg) for l in linked])
