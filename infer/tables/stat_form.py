"""Reader of the national 政府信息公开情况统计表 used until 2018: 统计指标 | 单位 | 统计数, one value per
indicator, numbered 一、 （一） 1. in the form's fixed order (:data:`templates.STAT_FORM_ROWS`).

It is often published on its own, next to the report, and scraped with no separators at all
(``…收到申请数件11.当面申请数件0…``: indicator, unit, value and the next row's numbering run together).
The rows are found in the form's order by their names; a row's value is what stands between its
name (and unit, and a note in brackets) and the next row found, the next row's own numbering
excluded: in ``件11.当面`` the value is 1 and ``1.`` numbers 当面申请数.

Checks (pre-2019 勾稽): received = the sum of the channels, answered = the sum of the reply types,
复议 / 诉讼 totals = their results. When the form's 申请办结数 and 申请答复数 disagree, the answered
total is not reported (which one is right cannot be told); a combined channel row (信函、传真申请数)
is reported as combined, never guessed into one channel.
"""
from __future__ import annotations

import re

from infer.result import Check, TableFact
from infer.tables.cells import cell_value
from infer.tables.model import AmbiguousRow, Cell, TableResult
from infer.tables.normalize import loose
from infer.tables.templates import CHANNEL_WORDS, STAT_FORM_ROWS, STAT_FORM_SUMS, StatRow

#: how far the next row's name may be from the previous one (the form's 二、回应解读 part lies between
#: 主动公开 and 依申请公开 and is not read)
_GAP = 1500
#: how far a row within a part may be from the row before it (a missing row must not make the search
#: take the same name from the next part: 其他情形数 of 行政诉讼 for 行政复议's)
_NEAR = 250
#: fewer field rows than this is not the form (a stray 收到申请数 in prose)
_MIN_ROWS = 6
_VALUE_HEAD = (r"[\s|]*(?:[（(][^（()）]{0,40}[)）])?[\s|]*(?P<unit>万元|人次|条|件|次|篇|个|人|元)?[\s|:：]*"
               r"(?P<num>\d[\d,]*(?:\.\d+)?|[-—–－]|无|/)")
_VALUE = re.compile(_VALUE_HEAD + r"[\s|]*$")
_VALUE_FIRST = re.compile(_VALUE_HEAD + r"(?:(?<=\d)(?![\d.,])|(?=[\s|]|$))")
#: what may follow a row's value before the next row's name: its label's first words (属于 / 维持具体行政
#: 行为或者, when the numbering is missing), a part heading (二、依申请公开情况) — never another value
_SECOND_VALUE = re.compile(r"\d|(?:^|[\s|])(?:[-—–－/]+|无)(?=[\s|]|$)")
#: rows only this form has (other 附表 say 申请总数 / 对申请的答复总数 / 行政复议数)
_DISTINCTIVE = {"收到申请数", "行政复议数量"}
_TITLE = re.compile(r"统计指标|指标名称|情况统计表")


#: label words between a row's numbering and the name matched (1.属于|已主动公开范围数), on one line or
#: wrapped once (（一）维持具体行政行为或 / 者驳回原告诉讼请求数)
_LEAD = r"\s*(?:[^\d\s|]{0,12}\n\s*)?[^\d\s|]{0,12}$"
_CN = "[一二三四五六七八九十]{1,2}"


def _numbering_re(numbering: str) -> re.Pattern[str]:
    """The row's numbering right before its name. Chinese numbering (四、 （一）) is accepted with any
    number: versions of the form differ in how many parts precede a row (行政复议数量 is 三、 in
    some, 四、 in others), and a Chinese numeral cannot be a cell glued to the previous value. An
    arabic numbering must be the row's own: in ``件11.当面`` only ``1.`` is the numbering."""
    if numbering == "其中：":
        return re.compile(r"其中\s*[:：]?" + _LEAD)
    n = numbering.strip("（）、.")
    if numbering.startswith("（"):
        return re.compile(rf"[（(]\s*{_CN}\s*[)）]" + _LEAD)
    if n.isdigit():
        return re.compile(rf"(?<![.．]){n}\s*[.．、]" + _LEAD)
    return re.compile(rf"{_CN}\s*[、.．]" + _LEAD)


def _locate(shadow: str, lo: int) -> list[tuple[StatRow, int, int, int]]:
    """(row, start incl. numbering, name start, name end) of each row found, in the form's order."""
    out: list[tuple[StatRow, int, int, int]] = []
    pos = lo
    for n, row in enumerate(STAT_FORM_ROWS):
        hi = len(shadow) if not out else min(len(shadow), pos + (_GAP if row.opens else _NEAR))
        if not row.opens:  # a row never lies beyond the next part's opening row
            nxt = next((r for r in STAT_FORM_ROWS[n + 1:] if r.opens), None)
            m_next = re.compile(loose(nxt.core, wrapped=True)).search(shadow, pos, hi) if nxt else None
            if m_next:
                hi = m_next.start()
        m = re.compile(loose(row.core, wrapped=True)).search(shadow, pos, hi)
        if m is None:
            continue
        start = m.start()
        if row.numbering:
            nm = _numbering_re(row.numbering).search(shadow, max(pos, start - 20), start)
            if nm:
                start = nm.start()
        out.append((row, start, m.start(), m.end()))
        pos = m.end()
    return out


def read(text: str, shadow: str) -> TableResult | None:
    """The form's facts; None when the text does not hold it."""
    title = _TITLE.search(shadow)
    hits = _locate(shadow, title.start() if title else 0)
    cores = {r.core for r, *_ in hits}
    if sum(1 for r, *_ in hits if r.key) < _MIN_ROWS or not _DISTINCTIVE <= cores:
        return None
    res = TableResult(template="pre2019")
    values: dict[str, Cell] = {}
    for i, (row, start, name_start, name_end) in enumerate(hits):
        end = hits[i + 1][1] if i + 1 < len(hits) else min(len(shadow), name_end + 40)
        m = _VALUE.match(shadow, name_end, end)
        if m is None and (first := _VALUE_FIRST.match(shadow, name_end, end)) is not None \
                and not _SECOND_VALUE.search(shadow[first.end():end]):
            m = first  # the value, then the next row's unnumbered label words or a part heading
        if m is None:
            # the last row may run into what follows the table: read its first number only
            m = _VALUE.match(shadow[:_first_number_end(shadow, name_end, end)], name_end) if i + 1 == len(hits) else None
        label = re.sub(r"\s+", "", text[start:name_end])
        if m is None:
            if row.key:
                res.warnings.append(f"row {label} ({row.key}): no value found; not read")
            continue
        value = cell_value(m.group("num"))
        if row.key == "fees.amount_yuan" and m.group("unit") == "万元" and value is not None:
            value = round(value * 10000, 2)
        key = row.key or row.core
        if row.key and row.key.startswith("requests.channel.") and _combined(label, row.core):
            res.warnings.append(f"indicator {label!r} combines several channels; reported as combined, "
                                f"not read as one channel")
            continue
        values[key] = Cell(key, "year", value, m.start("num"), m.end("num"), label, "统计数")
    _prove_slashes(values, res)
    first = hits[0][1]
    last = max((c.end for c in values.values()), default=hits[-1][3])
    res.regions.append((first, last))
    _checks(values, res)
    for row in STAT_FORM_ROWS:
        c = values.get(row.key or "")
        if row.key and c is not None and c.value is not None and not res.fact(row.key):
            if row.key == "requests.outcome.total" and _conflict(values, res):
                continue
            res.cells[(row.key, "year")] = c
            res.facts.append(TableFact(row.key, c.value, c.row_label, c.column_label, c.start, c.end))
    res.status = "parsed" if not any(w.startswith(("row", "indicator", "check")) for w in res.warnings) \
        else "partial"
    return res


def _prove_slashes(values: dict[str, Cell], res: TableResult) -> None:
    """A ``/`` value is unknown (:mod:`infer.tables.cells`) unless the form's sums prove it 0: the
    block's other items already add up to its total (counts are never negative). Unproven ones are
    named in a warning and not read."""
    proven: list[str] = []
    for total, items in STAT_FORM_SUMS:
        t = values.get(total)
        parts = [values.get(k) for k in items]
        if t is None or t.value is None or any(p is None for p in parts):
            continue
        unknown = [p for p in parts if p.value is None]  # type: ignore[union-attr]
        if unknown and sum(p.value for p in parts if p.value is not None) == t.value:  # type: ignore[union-attr,misc]
            for p in unknown:
                p.value = 0  # type: ignore[union-attr]
                proven.append(p.row_label)  # type: ignore[union-attr]
    if proven:
        res.warnings.append(f"resolved: '/' value(s) proven 0 by the form's sums: {', '.join(proven)}")
    left = [c.row_label for k, c in values.items() if c.value is None and "." in k]
    if left:
        res.warnings.append(f"row(s) {', '.join(left)}: '/' (no value) not proven 0; not read")


def _first_number_end(shadow: str, lo: int, hi: int) -> int:
    m = re.compile(r"\d[\d,]*(?:\.\d+)?").search(shadow, lo, hi)
    return m.end() if m else hi


def _combined(label: str, core: str) -> bool:
    name = label[:label.find(core[:2])] if core[:2] in label else label
    return any(w in name for w in CHANNEL_WORDS)


def _conflict(values: dict[str, Cell], res: TableResult) -> bool:
    """申请办结数 and 申请答复数 disagree: the answered total is withheld (named, not guessed)."""
    done, answered = values.get("申请办结数"), values.get("requests.outcome.total")
    if done is None or answered is None or done.value == answered.value:
        return False
    res.warnings.append(f"row {answered.row_label}: 申请答复数 {answered.value} differs from 申请办结数 {done.value} "
                        f"in the same table; requests.outcome.total not reported")
    res.ambiguous.append(AmbiguousRow("requests.outcome.total", answered.row_label, f"{done.value}|{answered.value}",
                                      answered.start, answered.end, [(done.value,), (answered.value,)],  # type: ignore[list-item]
                                      ["requests.outcome.total"], ["requests.outcome.total"]))
    return True


def _checks(values: dict[str, Cell], res: TableResult) -> None:
    for total, items in STAT_FORM_SUMS:
        t = values.get(total)
        parts = [values.get(k) for k in items]
        if t is None or t.value is None:
            continue
        if any(p is None or p.value is None for p in parts):
            res.warnings.append(f"note: check not evaluated (an item is missing or combined): {total} = "
                                f"the sum of its items")
            continue
        actual = sum(p.value for p in parts)  # type: ignore[union-attr,misc]
        rule = f"统计表: {t.row_label} = {'+'.join(p.row_label for p in parts)}"  # type: ignore[union-attr]
        terms = {p.row_label: p.value for p in parts}  # type: ignore[union-attr]
        res.checks.append(Check(rule=rule, expected=t.value, actual=actual, passed=t.value == actual,
                                terms=terms))
        if t.value != actual:
            res.warnings.append(f"check failed: {rule}: expected {t.value}, table has {actual}")
