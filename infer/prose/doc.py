"""What every linker rule reads and writes: the document, its spans, and the links made so far.

A :class:`Doc` holds the text, its segmentation (:mod:`infer.prose.segment`), the repaired spans
(:mod:`infer.prose.repair`) and the case context a later result inherits. A :class:`Linked` is one
number tied to one field; rules add links, remove them, or change their field. Helpers here are the
pieces several rules share: the value of a count (:func:`count_value`: not a percentage, a date, a
rank or an approximate number), the field a category names (:func:`field_of`) and the choice of a
field among a number's categories (:func:`resolve`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field as dc_field
from functools import cached_property, lru_cache
from typing import Callable, Iterator

from infer.lexicon import CASE_SYNONYMS, category_field, to_simplified
from infer.numerals import parse_number
from infer.prose.repair import simplified_window
from infer.prose.segment import Segmentation
from infer.prose.spans import Span
from infer.schema import field, is_field

SPECIFIC_LABELS = frozenset({"CHANNEL", "APPLICANT", "OUTCOME", "CARRY_OVER", "CARRY_FORWARD", "FEE"})
GENERIC_LABELS = frozenset({"RECEIVED", "ANSWERED"})
#: Labels whose presence after a CASE means the prose moved on to requests (ends case inheritance).
#: Not OUTCOME/ANSWERED: their words recur inside results (判决履行信息公开职责, 维持原答复).
_REQUEST_TOPIC = frozenset({"RECEIVED", "CHANNEL", "APPLICANT", "CARRY_OVER", "CARRY_FORWARD", "FEE"})
#: Case types whose results are fields (``review.upheld``); complaints have only a total.
CASES_WITH_RESULTS = ("review", "litigation", "litigation.direct", "litigation.after_review")
#: How far (characters) a case type is inherited by a later RESULT.
CASE_CONTEXT_CHARS = 300

# Link confidences.
DIRECT, OTHER_SIDE, INHERITED_CASE, COMPETING, ZERO_BACKWARD, FALLBACK = 1.0, 0.85, 0.9, 0.7, 0.85, 0.8

_PERCENT_AFTER = re.compile(r"\s*[%％]")
_PERCENT_BEFORE = re.compile(r"百分之\s*$")
_DATE_AFTER = re.compile(r"\s*(年|月|日|号|號)")
_APPROX_AFTER = re.compile(r"\s*(余|餘|多)\s*(件|条|條|项|項|宗|起|个|個|份|人次|次|例|万|萬|元)")
_APPROX_BEFORE = re.compile(r"(约|約|大约|大約|近|逾|将近|將近)\s*$")
#: A rank, not a count: 居前三位, 第2名.
_RANK_AFTER = re.compile(r"\s*(位|名)")
_RANK_BEFORE = re.compile(r"第\s*$")
#: A circled or parenthesised numeral is a list item's marker (②申请内容, ⑵), not a count.
_LIST_MARKER = re.compile(r"[\u2460-\u2473\u2474-\u2487\u2488-\u249b\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]+")
#: A duration, not a count: 平均答复时间为9个工作日, 用时3天, 12小时.
_DURATION_AFTER = re.compile(r"\s*(个|個)?\s*(工作日|工作天|自然日|天|小时|小時|分钟|分鐘|个月|個月|周|週)")
_WAN_YUAN_AFTER = re.compile(r"\s*(万|萬)\s*元")
_COMPARISON = re.compile(r"(比|较|較|与|與)\s*\d{4}\s*年|同比|比上年|较上年|較上年|比去年|较去年|較去年|上年同期|增加|减少|減少|增长|增長|下降|上升|持平")
#: 等 right after a reason: "X and other reasons", so X is an example, not the whole count.
_AMONG_OTHERS_AFTER = re.compile(r"\s*等")
#: Between two categories of one label, these make a list (予以公开及部分公开, 当面、网上).
#: Units that follow a count of requests or items (件, 份…): a number without one is a year, a rank, a
#: percentage or an item number. The fallback rules read only counts with such a unit after them.
REQUEST_UNIT_AFTER = re.compile(r"\s*(件|份|宗|条|项|个)")
#: The same, also allowing 人次 (some offices count requests per person-time).
REQUEST_OR_PERSON_UNIT_AFTER = re.compile(r"\s*(件|份|宗|条|项|个|人次)")
LIST_JOINER = re.compile(r"\s*(、|和|及|与|與|或|以及|或者|/|／)\s*")


@dataclass
class Linked:
    """A number and the category spans that decided its field (before de-duplication)."""

    field: str
    value: int | float
    number: Span
    categories: list[Span]
    link_confidence: float
    rule: str = ""


def field_of(sp: Span) -> str | None:
    return category_field(sp.label, sp.text)


def parent(key: str | None) -> str | None:
    return field(key).parent if key and is_field(key) else None


def nearest(number: Span, cats: list[Span]) -> Span:
    def dist(c: Span) -> int:
        return number.start - c.end if c.end <= number.start else c.start - number.end
    return min(cats, key=dist)


#: Words only a court case uses (in simplified form): a sentence with one of them reports lawsuits.
_LITIGATION_ONLY = re.compile(r"法院|判决|一审|二审|原告|被告|撤诉|驳回起诉|诉讼请求|裁定")
_RESTATABLE_CASES = ("review", "litigation")
#: Where one statement ends and the next begins, for case inheritance: sentence ends and ；.
_STATEMENT_ENDS = "。！？!?；;\n"


class CaseContext:
    """The case type (review/litigation/...) a later RESULT inherits, with where it was stated.

    Inside one statement the latest tagged CASE is inherited. Across a statement boundary (。 or ；)
    the result's own statement is read first, because a new statement often opens a case type
    that the tagger missed (``…行政复议2件。行政诉讼案件中，法院判决维持1件``): a review or litigation phrase
    of the lexicon written before the result in its statement wins, else words only a court case uses
    (法院, 判决, 原告, 撤诉 …) turn an inherited review into litigation. Within a sentence these words
    prove nothing (``行政复议3件，其中申请人撤诉1件`` is loose but common usage).
    """

    def __init__(self, cats: list[Span], text: str = "", simple: Callable[[int, int], str] | None = None):
        self.text = text
        self._simple = simple or (lambda lo, hi: simplified_window(text, lo, hi))
        self._events: list[tuple[int, str | None]] = []  # (position, case or None = topic changed)
        for c in cats:
            if c.label == "CASE":
                self._events.append((c.start, field_of(c)))
            elif c.label in _REQUEST_TOPIC:
                self._events.append((c.start, None))
        self._positions = [p for p, _ in self._events]

    def at(self, pos: int) -> str | None:
        i = bisect_left(self._positions, pos)  # events strictly before pos
        if i == 0:
            return self.named_before(pos)
        where, case = self._events[i - 1]
        if case is None or pos - where > CASE_CONTEXT_CHARS:
            return self.named_before(pos) if case is not None else None
        # A breakdown (行政诉讼11件（直接起诉7件、复议后起诉4件），其中驳回6件…) does not narrow the case
        # of later results: they count the whole case type.
        case = case.split(".", 1)[0]
        cut = max(self.text.rfind(ch, where, pos) for ch in _STATEMENT_ENDS) if self.text else -1
        if cut >= 0:
            case = self._restated(cut + 1, pos, case)
        return case

    def named_before(self, pos: int) -> str | None:
        """The review or litigation that the statement holding ``pos`` names before it, untagged
        (``行政复议方面，全年共2起，其中1起维持``), else ``None``."""
        if not self.text:
            return None
        start = max(self.text.rfind(ch, 0, pos) for ch in _STATEMENT_ENDS) + 1
        return self._restated(start, pos, None)

    def _restated(self, start: int, pos: int, inherited: str | None) -> str | None:
        """The case type that the statement from ``start`` (holding ``pos``) names itself, else ``inherited``."""
        ends = [i for i in (self.text.find(ch, pos) for ch in _STATEMENT_ENDS) if i >= 0]
        end = min(ends, default=len(self.text))
        before = self._simple(start, pos)
        best: tuple[int, int, str] | None = None  # (position, length, case): the latest, longest phrase
        for case in _RESTATABLE_CASES:
            for phrase in CASE_SYNONYMS[case]:
                at = before.rfind(phrase)
                if at >= 0 and (best is None or (at, len(phrase)) > best[:2]):
                    best = (at, len(phrase), case)
        if best is not None:
            return best[2]
        if inherited == "review" and _LITIGATION_ONLY.search(self._simple(start, end)):
            return "litigation"
        return inherited


@lru_cache(maxsize=None)
def _simple_char(ch: str) -> str:
    """One character simplified (itself when the conversion is not one character)."""
    c = to_simplified(ch).lower()
    return c if len(c) == 1 else ch


@dataclass
class Doc:
    """One document on its way through the rules."""

    text: str
    spans: list[Span]
    seg: Segmentation
    ctx: CaseContext = dc_field(init=False)
    #: Numbers (by start offset) a rule has settled: later rules neither link nor guess them.
    consumed: set[int] = dc_field(default_factory=set)
    #: Numbers (by start offset) the linker abstained on (combined categories), for the qualifier rule.
    abstained: dict[int, list[Span]] = dc_field(default_factory=dict)
    #: Ranges that are not prose (table rows, table regions, flattened tables): rules that read the
    #: text itself, not only the tagger's spans, must not look there.
    blocked: list[tuple[int, int]] = dc_field(default_factory=list)
    #: Numbers (by start offset) of a list by handling unit (:mod:`infer.prose.rules.unit_list`): they break
    #: the work down by who did it, so rules that look past a total's breakdown skip them too.
    by_unit: set[int] = dc_field(default_factory=set)

    def __post_init__(self) -> None:
        self.ctx = CaseContext([s for s in self.spans if not s.is_number], self.text, self.simple)


    def free_counts(self, links: list) -> Iterator[Span]:
        """COUNT spans that no link holds and no rule consumed or abstained on: what the later fallback rules
        may still read (computed from ``links`` as given, so a rule's own new links do not hide counts)."""
        linked = {l.number.start for l in links}
        for sp in self.spans:
            if (sp.label == "COUNT" and sp.start not in linked and sp.start not in self.consumed
                    and sp.start not in self.abstained):
                yield sp
    def is_prose(self, pos: int) -> bool:
        return not any(a <= pos < b for a, b in self.blocked)

    def clause_bounds(self, pos: int) -> tuple[int, int]:
        c = self.seg.clause_id(pos)
        start = self.seg.clause_cuts[c - 1] + 1 if c > 0 else 0
        end = self.seg.clause_cuts[c] if c < len(self.seg.clause_cuts) else len(self.text)
        return start, end

    @cached_property
    def _line_starts(self) -> list[int]:
        starts, pos = [0], 0
        for line in self.text.splitlines(keepends=True):
            pos += len(line)
            starts.append(pos)
        return starts

    @cached_property
    def _simple_lines(self) -> dict[int, str]:
        return {}

    def _simple_line(self, i: int) -> str:
        """Line ``i`` simplified and lower-cased, one character per character, converted once (OpenCC
        is slow: a line is converted when a rule first reads it, never again)."""
        got = self._simple_lines.get(i)
        if got is None:
            line = self.text[self._line_starts[i]:self._line_starts[i + 1]]
            simple = to_simplified(line).lower()
            got = simple if len(simple) == len(line) else "".join(map(_simple_char, line))
            self._simple_lines[i] = got
        return got

    def simple(self, lo: int, hi: int) -> str:
        """``text[lo:hi]`` simplified (see :func:`infer.prose.repair.simplified_window`), offsets kept."""
        lo, hi = max(0, lo), min(len(self.text), hi)
        if lo >= hi:
            return ""
        starts = self._line_starts
        first, last = bisect_right(starts, lo) - 1, bisect_right(starts, hi - 1) - 1
        joined = "".join(self._simple_line(i) for i in range(first, last + 1))
        return joined[lo - starts[first]:hi - starts[first]]

    def simple_where(self, chars: str) -> str:
        """The whole text simplified, but only lines that hold one of ``chars`` (in either script) are
        converted; the others are blanked to spaces of the same length (offsets kept). For rules that
        search the whole text for a few words: converting every line would cost more than the search."""
        parts = []
        starts = self._line_starts
        for i in range(len(starts) - 1):
            line = self.text[starts[i]:starts[i + 1]]
            parts.append(self._simple_line(i) if any(c in line for c in chars) else " " * len(line))
        return "".join(parts)

    def count_value(self, sp: Span) -> int | float | None:
        """The value of a COUNT span, or ``None`` when it is not a count (percentage, date, delta, duration, a list
        marker such as ②)."""
        text = self.text
        after = text[sp.end:sp.end + 8]
        before = text[max(0, sp.start - 8):sp.start]
        if _PERCENT_AFTER.match(after) or _PERCENT_BEFORE.search(before) or _DATE_AFTER.match(after):
            return None
        if _APPROX_AFTER.match(after) or _APPROX_BEFORE.search(before):
            return None  # 30余件 / 约30件: not an exact count, so not a fact
        if _RANK_AFTER.match(after) or _RANK_BEFORE.search(before):
            return None  # 居前三位 / 第2名: a rank
        if _DURATION_AFTER.match(after):
            return None  # 9个工作日: a duration
        if _LIST_MARKER.fullmatch(sp.text.strip()):
            return None  # ② opening an item of a list
        value = parse_number(sp.text)
        if value is None:
            return None
        if _WAN_YUAN_AFTER.match(after) and not sp.text.rstrip().endswith(("万", "萬")):
            value = value * 10_000
            value = int(value) if float(value).is_integer() else value
        # A year-on-year comparison in the same clause, before the number: 比上年增加12件.
        clause_start, _ = self.clause_bounds(sp.start)
        if _COMPARISON.search(text[clause_start:sp.start]):
            return None
        return value


def listed_together(doc: Doc, a: Span, b: Span) -> bool:
    """``a`` and ``b`` (``a`` first) are two items of one list: only a joiner (、和及与或) between them."""
    return a.end <= b.start and bool(LIST_JOINER.fullmatch(doc.text[a.end:b.start]))


#: What :func:`resolve` returns when the categories are a combined category: no field, and no fallback.
ABSTAIN = ("", [], 0.0)


def resolve(doc: Doc, number: Span, cats: list[Span], *,
            one_of_list: bool = False) -> tuple[str, list[Span], float] | None:
    """Pick the field for ``number`` from its categories: (field, evidence, link confidence).

    ``None``: nothing here names a field (the caller may look elsewhere). :data:`ABSTAIN`: the
    categories name two fields of one kind joined as a list (予以公开及部分公开15件): one count for
    two categories is neither, and no other side may be tried. ``one_of_list``: the caller pairs the
    items of a list one by one (分别, 各, 均), so a list is no reason to abstain.
    """
    mapped = [c for c in cats if field_of(c) is not None]
    if not mapped:
        return None
    results = [c for c in mapped if c.label == "RESULT"]
    cases = [c for c in mapped if c.label == "CASE"]
    if results:
        res = nearest(number, results)
        conf = DIRECT
        if cases:
            case_span = nearest(number, cases)
            case = field_of(case_span)
            evidence = [case_span, res]
        else:
            case = doc.ctx.at(min(number.start, res.start))
            conf = INHERITED_CASE
            evidence = [res]
        if case not in CASES_WITH_RESULTS:
            return None
        return f"{case}.{field_of(res)}", evidence, conf
    if cases:
        case_span = nearest(number, cases)
        if not one_of_list and _combined(doc, [c for c in cases if c is not case_span], case_span):
            return ABSTAIN
        return f"{field_of(case_span)}.total", [case_span], DIRECT
    for group in (SPECIFIC_LABELS, GENERIC_LABELS):
        pool = [c for c in mapped if c.label in group]
        if pool:
            distinct = {field_of(c) for c in pool}
            # A reason and its outcome (因[本机关不掌握…][无法提供]2件) agree: the reason is the count,
            # unless 等 makes it one example among several (因[不掌握…]等原因[无法提供]19件): then the
            # count is the outcome's, and the reason has no count of its own.
            children = [c for c in pool if parent(field_of(c)) in distinct]
            if children and len({field_of(c) for c in children}) == 1:
                best = nearest(number, children)
                par = [c for c in pool if field_of(c) == parent(field_of(best))]
                if _AMONG_OTHERS_AFTER.match(doc.text, best.end):
                    top = nearest(number, par)
                    return field_of(top), [top, best], DIRECT
                return field_of(best), [best] + par[:1], DIRECT
            best = nearest(number, pool)
            if not one_of_list and _combined(doc, [c for c in pool if field_of(c) != field_of(best)], best):
                return ABSTAIN
            return field_of(best), [best], DIRECT if len(distinct) == 1 else COMPETING
    return None


def _combined(doc: Doc, others: list[Span], best: Span) -> bool:
    """``best`` is one item of a list of categories of its label (``others`` of the number's side, or
    the text right before it): 予以公开及部分公开, 行政复议、行政诉讼 (the 、 cuts pieces, so the text is read)."""
    for o in others:
        if o.label == best.label and field_of(o) != field_of(best) and (
                listed_together(doc, o, best) or listed_together(doc, best, o)):
            return True
    return listed_phrase_before(doc, best) is not None


def listed_phrase_before(doc: Doc, sp: Span) -> str | None:
    """The field of a same-label lexicon phrase written right before ``sp`` with a list joiner between
    (``公民、[法人和其他组织]``: the tagger marked only the second), else ``None``."""
    from infer.prose.repair import phrases

    lo = max(0, sp.start - 16)
    before = doc.simple(lo, sp.start)
    m = re.search(r"(、|和|及|与|或|以及|或者|/|／)\s*$", before)
    if not m:
        return None
    head = before[:m.start()]
    own = field_of(sp)
    for p in phrases(sp.label):
        if head.endswith(p):
            other = category_field(sp.label, p)
            if other is not None and other != own:
                return other
            return None
    return None
