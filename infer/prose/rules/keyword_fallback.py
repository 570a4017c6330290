"""Where the tagger missed a count of cases or an amount of fees, read it the way the regex baseline does.

The regex baseline (:mod:`infer.baseline`) links any number with a unit to a keyword a few characters
before it. It is often wrong, but it never misses ``行政复议7例`` because the tagger did not mark ``7``.
This rule takes that link for review, litigation and complaint totals, case results and fees, and only
where the model is silent: the number is linked to nothing, its field has no value anywhere in the
document, and the keyword is unambiguous:

* a case phrase of the lexicon (:data:`infer.lexicon.CASE_SYNONYMS`) stands before the number in its
  piece (or before the colon that opens it: ``行政复议：2件``), with only connecting words between
  (案件, 申请, 数量, 为, 共, 有 …, never another number or a word of another topic: 培训2次), and a unit of
  cases follows (件 起 宗 例 个 次); or the number and its unit stand right before the case phrase
  (``2起行政诉讼``). A result phrase between (``行政复议维持2件``) makes it that result of the case;
  a result phrase alone before the number takes the case type of its context (:class:`~infer.prose.doc.CaseContext`);
* a fee word before the number and 元/万元 after it, in a sentence about disclosure fees
  (信息处理费, 检索, 复制, 信息公开 …), right under a fee heading (收费情况), or a plain 收费/费用 in the
  amount's own clause (全年收费0元); never beside 行政事业性收费, 罚没 or budgets
  (:data:`infer.lexicon.NOT_DISCLOSURE_FEES`).

A case phrase listed with another one right before it (``行政复议、行政诉讼3件``) is a combined count and
gives nothing. The link confidence is :data:`~infer.prose.doc.FALLBACK` × 0.9; the topic and breakdown
rules that follow filter these links like any other (cases not about disclosure, last year's figure).

Example::

    全年发生信息公开类行政诉讼案件7例。
    → litigation.total=7

Example::

    按规定[收取信息处理费|FEE]0.3万元。
    → fees.amount_yuan=3000

Example::

    对依申请提供政府信息收取复制费用共计2,340元。
    → fees.amount_yuan=2340

Example::

    组织开展行政复议应诉工作培训2次。
    → nothing
"""
from __future__ import annotations

import re

from infer.lexicon import (CASE_SUM_WORDS, CASE_SYNONYMS, FEE_CHARGE_WORDS, NOT_DISCLOSURE_COMPLAINTS, NOT_DISCLOSURE_FEES,
                           RESULT_SYNONYMS, category_field)
from infer.numerals import CHINESE_NUMERAL_CHARS
from infer.prose.doc import CASES_WITH_RESULTS, FALLBACK, Doc, Linked, listed_phrase_before
from infer.prose.rules.pairing import waived
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "keyword_fallback"
CONFIDENCE = FALLBACK * 0.9

#: A number: thousands separated by commas (1,860) read whole, never as two numbers.
_NUMBER = re.compile(rf"[0-9０-９]{{1,3}}(?:,[0-9０-９]{{3}})+(?![0-9０-９])(?:[.．][0-9０-９]+)?"
                     rf"|[0-9０-９]+(?:[.．][0-9０-９]+)?|[{CHINESE_NUMERAL_CHARS}]+")
#: Units that count cases; 次 only counts cases when nothing but connecting words stands before it.
_CASE_UNIT = re.compile(r"\s*(件|起|宗|例|个|個|次)")
_MONEY_UNIT = re.compile(r"\s*(万|萬)?\s*元")
_MONEY_BETWEEN = re.compile(r"[0-9０-９]\s*(万|萬)?\s*元")
#: What may stand between a case phrase (or result phrase) and its count: connecting words only.
_CONNECTING = re.compile(r"(案件|案|申请|事项|数量|件数|起数|次数|总数|数|情况|方面|类|共计|合计|总计|共|计|为|是|有|"
                         r"的|了|达|发生|受理|收到|办理|涉及|共有|本年度|全年|本年|其中|合计为|累计|"
                         r"[：:\s（(）)])*")
#: A word naming a charge before an amount: the lexicon's charge words (not 免费: free is no amount), or 费.
_FEE_WORD = re.compile("|".join(sorted((w for w in FEE_CHARGE_WORDS if w != "免费"), key=len, reverse=True)) + "|费")
#: Fee words that name a charge by themselves (全年收费0元), unlike a bare 收取 or 费.
_PLAIN_FEE = re.compile(r"收费|费用")
#: A fee heading right before the statement (（三）收费情况。 / 五、收费及减免情况).
_FEE_SECTION = re.compile(r"(收费|费用).{0,6}(情况|减免)")
#: A sentence about disclosure fees names one of these.
_DISCLOSURE_FEE = re.compile(r"信息处理费|检索|复制|邮寄|信息公开|公开申请|依申请|政府信息")
_STATEMENT_ENDS = "。！？!?；;\n"
#: Numeral characters that are no number on their own (万元 without a figure).
_BARE_UNITS = frozenset("万萬亿億千仟百佰")
#: A complaint counted by this rule must be said to concern disclosure in its sentence.
_DISCLOSURE = re.compile(r"信息公开|公开工作|公开申请|依申请")


def _phrases(table: dict[str, tuple[str, ...]], skip: tuple[str, ...] = ()) -> list[str]:
    return sorted({p for k, ps in table.items() if k not in skip for p in ps}, key=len, reverse=True)


_CASE_PHRASES = _phrases(CASE_SYNONYMS)
_RESULT_PHRASES = sorted({*_phrases(RESULT_SYNONYMS), *CASE_SUM_WORDS}, key=len, reverse=True)


def _result_kind(phrase: str) -> str | None:
    """The result suffix a phrase names (``total`` for a sum word: 共计)."""
    return "total" if phrase in CASE_SUM_WORDS else category_field("RESULT", phrase)


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    have = {l.field for l in links}
    linked = [(l.number.start, l.number.end) for l in links]
    spans = [(s.start, s.end) for s in doc.spans if s.is_number]
    simple_all = doc.simple_where("0123456789０１２３４５６７８９" + CHINESE_NUMERAL_CHARS)
    for m in _NUMBER.finditer(simple_all):
        a, b = m.start(), m.end()
        if not doc.is_prose(a) or any(s < b and a < e for s, e in linked) or a in doc.consumed or a in doc.abstained:
            continue
        if a > 0 and (simple_all[a - 1].isdigit() or simple_all[a - 1] in ".．"):
            continue
        if not set(m.group()) - _BARE_UNITS or simple_all[b:b + 2].endswith("性"):
            continue  # 万 alone is no number; 一次性 is no count
        number = _number_span(doc, a, b, spans)
        value = doc.count_value(number)
        if value is None:
            continue
        got = _case_link(doc, number, value) or _fee_link(doc, number, value)
        if got is None or got[0] in have or not is_field(got[0]):
            continue
        fld, evidence = got
        have.add(fld)
        out.append(Linked(fld, value, number, [evidence], CONFIDENCE, NAME))
    return out


def _number_span(doc: Doc, a: int, b: int, spans: list[tuple[int, int]]) -> Span:
    """The tagger's COUNT over ``a:b`` when there is one (its score), else a new span."""
    for s in doc.spans:
        if s.is_number and s.start == a and s.end == b:
            return Span(a, b, "COUNT", s.score, doc.text[a:b])
    return Span(a, b, "COUNT", 0.9, doc.text[a:b])


def _piece_start(doc: Doc, pos: int) -> int:
    """Start of the piece holding ``pos``; a piece opening right after a colon extends back over it."""
    pid = doc.seg.piece_id(pos)
    start = doc.seg.piece_cuts[pid - 1] + 1 if pid > 0 else 0
    if start > 0 and doc.text[start - 1] in "：:":
        prev = doc.seg.piece_id(start - 1)
        start = doc.seg.piece_cuts[prev - 1] + 1 if prev > 0 else 0
    return start


def _last_phrase(simple: str, phrases: list[str]) -> tuple[int, str] | None:
    """The phrase of ``phrases`` that ends last in ``simple``, the longest among those: (position, phrase)
    (行政诉讼, not the 诉讼 inside it)."""
    best: tuple[int, int, str] | None = None
    for p in phrases:
        at = simple.rfind(p)
        if at >= 0 and (best is None or (at + len(p), len(p)) > (best[0] + best[1], best[1])):
            best = (at, len(p), p)
    return (best[0], best[2]) if best else None


def _case_link(doc: Doc, number: Span, value: int | float) -> tuple[str, Span] | None:
    if not _CASE_UNIT.match(doc.text, number.end):
        return None
    lo = _piece_start(doc, number.start)
    before = doc.simple(lo, number.start)
    case_at = _last_phrase(before, _CASE_PHRASES)
    result_at = _last_phrase(before, _RESULT_PHRASES)
    if case_at is not None:
        at, phrase = case_at
        tail = before[at + len(phrase):]
        case = category_field("CASE", phrase)
        res = _last_phrase(tail, _RESULT_PHRASES)
        if res is not None:  # 行政复议维持2件: a result of that case type
            tail = tail[res[0] + len(res[1]):]
            kind = _result_kind(res[1])
            fld = f"{case}.{kind}" if case in CASES_WITH_RESULTS or kind == "total" else None
            ev_at, ev_phrase = res
        else:
            fld, ev_at, ev_phrase = f"{case}.total", at, phrase
        if fld is None or not _CONNECTING.fullmatch(tail):
            return None
        if case == "complaints" and not _about_disclosure(doc, number, lo + at):
            return None
        span = Span(lo + at, lo + at + len(phrase), "CASE", 0.9, doc.text[lo + at:lo + at + len(phrase)])
        if listed_phrase_before(doc, span) is not None:
            return None  # 行政复议、行政诉讼3件: one count for two case types
        e = lo + ev_at
        return fld, Span(e, e + len(ev_phrase), "CASE" if res is None else "RESULT", 0.9,
                         doc.text[e:e + len(ev_phrase)])
    if result_at is not None:  # 其中维持2件, the case type stated before
        at, phrase = result_at
        tail = before[at + len(phrase):]
        if not _CONNECTING.fullmatch(tail) or "申请" in tail:
            return None  # 共计收到申请12件: requests, whatever case was named before
        case = doc.ctx.at(lo + at)
        if case not in CASES_WITH_RESULTS:
            return None
        e = lo + at
        return f"{case}.{_result_kind(phrase)}", Span(e, e + len(phrase), "RESULT", 0.9, doc.text[e:e + len(phrase)])
    unit = _CASE_UNIT.match(doc.text, number.end)
    after = doc.simple(unit.end(), unit.end() + 12)
    m = re.match(r"(的)?", after)
    rest = after[m.end():]
    for p in _CASE_PHRASES:  # 2起行政诉讼
        if rest.startswith(p):
            e = unit.end() + m.end()
            case = category_field("CASE", p)
            if unit.group(1) == "次" or case == "complaints" and not _about_disclosure(doc, number, number.start):
                return None
            return f"{case}.total", Span(e, e + len(p), "CASE", 0.9, doc.text[e:e + len(p)])
    return None


def _fee_link(doc: Doc, number: Span, value: int | float) -> tuple[str, Span] | None:
    if not _MONEY_UNIT.match(doc.text, number.end):
        return None
    s_start, s_end = doc.seg.sentence_bounds(number.start)
    lo = max(s_start, number.start - 20)
    before = doc.simple(lo, number.start)
    fee = None
    for m in _FEE_WORD.finditer(before):
        fee = m
    if fee is None or _MONEY_BETWEEN.search(before, fee.end()):
        return None  # 收取复制费30元，邮寄费12元: the nearer amount is the fee word's
    if waived(doc, number):
        return None  # 减免信息处理费120元: money waived, not collected
    sentence = doc.simple(s_start, s_end)
    if any(w in sentence for w in NOT_DISCLOSURE_FEES):
        return None
    c_start, _ = doc.clause_bounds(number.start)
    if not _DISCLOSURE_FEE.search(sentence) and not _FEE_SECTION.search(doc.simple(max(0, s_start - 40), s_start)) \
            and (lo + fee.start() < c_start or not _PLAIN_FEE.search(fee.group())):
        return None  # money of another kind, unless under a fee heading or a plain 收费/费用 in its own clause
    e = lo + fee.start()
    return "fees.amount_yuan", Span(e, lo + fee.end(), "FEE", 0.9, doc.text[e:lo + fee.end()])


def _about_disclosure(doc: Doc, number: Span, phrase_at: int) -> bool:
    """A complaint count whose sentence says it concerns disclosure work, with no hotline, petition or
    consultation word in its clause before the phrase (信访举报投诉, 咨询投诉件 are other channels)."""
    s_start, s_end = doc.seg.sentence_bounds(number.start)
    c_start, _ = doc.clause_bounds(number.start)
    if any(w in doc.simple(min(c_start, phrase_at), number.end) for w in NOT_DISCLOSURE_COMPLAINTS):
        return False
    return bool(_DISCLOSURE.search(doc.simple(s_start, s_end)))
