"""A plain regular-expression extractor: the comparison point for the model.

What a competent engineer writes in an afternoon without a model: every number with a counting unit
(``248件``) is attached to a keyword (the lexicon's synonyms, plus their traditional forms) found a
few characters before it in the same clause (``当面申请248件``, ``受理…申请486件``, ``行政复议7件``),
else right after its unit (``248件当面申请``); the most specific keyword wins, then the nearest.
Phrases such as 政府信息公开 are masked first so that 公开 inside them is not the outcome 公开.
Results of cases (维持, 撤诉…) take the case type last named in the same sentence; ``未/没有/无``
before 收到申请 / 行政复议 / 行政诉讼 / 收费 are zeros; percentages are skipped; 万元 becomes 元.
Table rows (see :mod:`infer.clauses`) are skipped, as in the linker.

It knows nothing the model does not: it is here so that ``infer evaluate --baseline`` shows what
the model adds. Output is the same :class:`~infer.result.ProseFact` list as :func:`infer.linker.link`
(score 1.0: a regex has no confidence), de-duplicated per (field, value) the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from infer.clauses import segment, table_line_ranges
from infer.lexicon import (ANCHOR_SYNONYMS, APPLICANT_SYNONYMS, CASE_SYNONYMS, CHANNEL_SYNONYMS, COUNT_UNITS,
                           OUTCOME_SYNONYMS, RESULT_SYNONYMS, traditional_variants)
from infer.linker import deduplicate
from infer.numerals import parse_number
from infer.result import ProseFact
from infer.schema import is_prose_field

__all__ = ["extract_prose"]

#: A count: digits (or a Chinese numeral) and a counting unit; fees are numbers before 元/万元.
_UNITS = "|".join(sorted({u for u in COUNT_UNITS if not u.endswith("元")} | {"個"}, key=len, reverse=True))
COUNT_RE = re.compile(
    rf"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?P<unit>{_UNITS}|(?P<wan>万|萬)?元)"
    r"|(?P<cnum>[零〇一二两兩三四五六七八九十百千]+)(?P<cunit>件|宗|起|条|條)")
PERCENT = re.compile(r"\s*[%％]")
DURATION = re.compile(r"\s*(?:工作日|日|天|月|小时|小時|年)")  # 20个工作日 is a deadline, not a count
APPLY_RE = re.compile(r"申[请請]|提交|提出|来信|來信")
CLAUSE_PUNCT = "，,。；;：:、\n|\t"
LEFT_CHARS, RIGHT_CHARS = 20, 8
#: Phrases that contain a keyword but name something else; masked before keyword search
#: (信息公开 is not the outcome 公开; 未经复议直接起诉 and 尚未审结 are not zeros).
MASKED = ("政府信息公开", "信息公开", "依申请公开", "政务公开", "主动公开政府信息", "公开指南", "公开目录",
          "未经复议", "未經複議", "未经行政复议", "尚未审结", "未审结", "尚未審結", "未審結", "未结案", "未結案")

#: Specificity: when a number's context holds several keywords, the highest rank wins.
RANK = {"result": 4, "case": 3, "specific": 2, "generic": 1}


def _alts(phrases) -> str:
    """A regex alternation of phrases and their traditional variants, longest first."""
    forms: set[str] = set()
    for p in phrases:
        forms.add(p)
        forms.update(traditional_variants(p))
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _unambiguous(table: dict[str, tuple[str, ...]], others: list[dict[str, tuple[str, ...]]]) -> dict[str, list[str]]:
    """Drop phrases that name different fields in different tables (bare 其他 is a channel *and* an outcome)."""
    clash = {p for t in others for ps in t.values() for p in ps}
    return {k: [p for p in ps if p not in clash] for k, ps in table.items()}


@dataclass(frozen=True)
class _Keyword:
    field: str  # a field key, or "{case}.{suffix}" for results
    rank: str
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def _keywords() -> list[_Keyword]:
    out: list[_Keyword] = []
    channel = _unambiguous(CHANNEL_SYNONYMS, [OUTCOME_SYNONYMS])
    outcome = _unambiguous(OUTCOME_SYNONYMS, [CHANNEL_SYNONYMS])
    for table in (channel, APPLICANT_SYNONYMS, outcome):
        for fld, phrases in table.items():
            if phrases:
                out.append(_Keyword(fld, "specific", re.compile(_alts(phrases))))
    for label, fld in (("CARRY_OVER", "requests.carried_over"), ("CARRY_FORWARD", "requests.carried_forward"),
                       ("FEE", "fees.amount_yuan")):
        out.append(_Keyword(fld, "specific", re.compile(_alts(ANCHOR_SYNONYMS[label]))))
    received = _alts(ANCHOR_SYNONYMS["RECEIVED"])
    out.append(_Keyword("requests.received", "generic", re.compile(rf"(?:{received}).{{0,12}}?申[请請]")))
    out.append(_Keyword("requests.outcome.total", "generic",
                        re.compile(_alts(("答复", "已答复", "办结", "已办结", "答复完毕")))))
    for case, phrases in CASE_SYNONYMS.items():
        out.append(_Keyword(f"{case}.total", "case", re.compile(_alts(phrases))))
    for suffix, phrases in RESULT_SYNONYMS.items():
        out.append(_Keyword(f"{{case}}.{suffix}", "result", re.compile(_alts(phrases))))
    return out


@lru_cache(maxsize=1)
def _zero_patterns() -> list[tuple[str, re.Pattern[str]]]:
    zero = r"(?P<zero>未|没有|沒有|无|無)"
    near = r"[^，,。；;\n|\t0-9０-９]"
    return [
        ("requests.received", re.compile(rf"{zero}{near}{{0,4}}?(?:收到|受理|接到|接收)(?:任何)?{near}{{0,10}}?申[请請]")),
        ("review.total", re.compile(rf"{zero}{near}{{0,24}}?(?:{_alts(CASE_SYNONYMS['review'])})")),
        ("litigation.total", re.compile(rf"{zero}{near}{{0,24}}?(?:{_alts(CASE_SYNONYMS['litigation'])})")),
        ("fees.amount_yuan", re.compile(rf"{zero}{near}{{0,16}}?(?:收费|收費|收取费用|收取費用)")),
    ]


@lru_cache(maxsize=1)
def _masked_re() -> re.Pattern[str]:
    # 主动公开 (proactive disclosure, counted in 条) is not an answer to a request; 已主动公开 is.
    return re.compile(_alts(MASKED) + r"|(?<!已)(?:主动公开|主動公開)")


def _mask(text: str) -> str:
    """``text`` with :data:`MASKED` phrases blanked out (same length, so offsets hold)."""
    return _masked_re().sub(lambda m: "□" * len(m.group(0)), text)


def _case_before(text: str, sent_start: int, pos: int) -> str | None:
    """The case type last named in the sentence before ``pos``."""
    case, where = None, -1
    for kw in _keywords():
        if kw.rank != "case":
            continue
        for m in kw.regex.finditer(text, sent_start, pos):
            if m.start() > where:
                case, where = kw.field.rsplit(".", 1)[0], m.start()
    return case


def _best_keyword(context: str, offset: int, near_end: bool) -> tuple[_Keyword, re.Match[str]] | None:
    """The most specific keyword in ``context``; among equals the nearest to the number, then the longest."""
    best: tuple[tuple[int, int], _Keyword, re.Match[str]] | None = None
    for kw in _keywords():
        for m in kw.regex.finditer(context):
            dist = len(context) - m.end() if near_end else m.start()
            key = (RANK[kw.rank], -dist, len(m.group(0)))
            if best is None or key > best[0]:
                best = (key, kw, m)
    return (best[1], best[2]) if best else None


def extract_prose(text: str) -> list[ProseFact]:
    """Every (field, value) the regular expressions find in the prose of ``text``."""
    seg = segment(text)
    blocked = table_line_ranges(text)
    masked = _mask(text)

    def in_table(pos: int) -> bool:
        return any(a <= pos < b for a, b in blocked)

    facts: list[ProseFact] = []
    for m in COUNT_RE.finditer(text):
        group = "num" if m.group("num") else "cnum"
        s, e = m.span(group)
        if in_table(s) or PERCENT.match(text, e) or DURATION.match(text, m.end()):
            continue
        value = parse_number(m.group(group))
        if value is None:
            continue
        if m.group("wan"):
            value = value * 10_000
            value = int(value) if float(value).is_integer() else value
        # Keyword before the number (same clause, a few characters), else right after its unit.
        left_start = s
        while left_start > 0 and s - left_start < LEFT_CHARS and masked[left_start - 1] not in CLAUSE_PUNCT:
            left_start -= 1
        right_end = m.end()
        while right_end < len(text) and right_end - m.end() < RIGHT_CHARS and masked[right_end] not in CLAUSE_PUNCT:
            right_end += 1
        found = _best_keyword(masked[left_start:s], left_start, near_end=True)
        where = left_start
        if found is None:
            found = _best_keyword(masked[m.end():right_end], m.end(), near_end=False)
            where = m.end()
        if found is None:
            continue
        kw, km = found
        fld = kw.field
        if "{case}" in fld:
            case = _case_before(masked, seg.sentence_bounds(s)[0], s)
            if case is None or case == "complaints":
                continue
            fld = fld.replace("{case}", case)
        unit = m.group("unit") or m.group("cunit")
        if (fld == "fees.amount_yuan") != unit.endswith("元"):
            continue  # a fee is money, and money is only a fee
        if fld.startswith(("requests.channel", "requests.applicant")) and not APPLY_RE.search(
                masked, left_start, right_end):
            continue  # 网上 alone is not a channel of requests: 网上访谈17次
        if not is_prose_field(fld):
            continue  # unknown keys, and keys the contract reserves for the table
        facts.append(ProseFact(field=fld, value=value, start=s, end=e, text=text[s:e], score=1.0,
                               sentence=seg.sentence_text(s),
                               evidence=[{"start": where + km.start(), "end": where + km.end(), "label": "REGEX",
                                          "text": text[where + km.start():where + km.end()], "field": fld}]))
    for fld, rx in _zero_patterns():
        for m in rx.finditer(masked):
            s, e = m.span("zero")
            if in_table(s):
                continue
            facts.append(ProseFact(field=fld, value=0, start=s, end=e, text=text[s:e], score=1.0,
                                   sentence=seg.sentence_text(s),
                                   evidence=[{"start": m.start(), "end": m.end(), "label": "REGEX",
                                              "text": text[m.start():m.end()], "field": fld}]))
    facts.sort(key=lambda f: (f.start, f.field))
    return deduplicate(facts)
