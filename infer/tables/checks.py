"""The tables' own arithmetic (勾稽关系), as :class:`infer.result.Check` objects.

Rules of the 2019/2021 forms:
- per column: 一 + 二 = 三(七) + 四 (the form prints this identity above the table);
- per row: 总计 = 自然人 + the five 法人或其他组织 columns;
- per column: (七)总计 = (一)+(二)+(三)+(四)+(五)+(六), a group counted as the sum of its sub-rows
  when the form gives it no row of its own;
- per column: a group that does have its own cells = the sum of its sub-rows (a group WITHOUT its own
  cells is defined as that sum, so checking it would be a tautology and is not reported);
- case table: each block's 总计 = 维持 + 纠正 + 其他 + 尚未审结 (行政复议, 直接起诉, 复议后起诉).
A check whose terms are not all known is not reported as passed or failed; it is listed in
``unevaluated`` so the caller can warn.
"""
from __future__ import annotations

from collections.abc import Callable

from infer.result import Check, Number
from infer.tables.templates import CASE_BLOCKS, CASE_RESULTS, REQUEST_COLUMNS, REQUEST_ROWS

CellKey = tuple[str, str]
Lookup = Callable[[str, str], Number | None]

_ZH_ROW = {"requests.received": "一", "requests.carried_over": "二", "requests.outcome.total": "三(七)",
           "requests.carried_forward": "四"}
_COL_ZH = dict(REQUEST_COLUMNS)
_GROUPS = [s.key for s in REQUEST_ROWS if s.group]
_TOP_RESULTS = ["requests.outcome.disclosed", "requests.outcome.partial", *_GROUPS]


def _subs(group: str, present: set[str]) -> list[str]:
    return [s.key for s in REQUEST_ROWS if s.parent == group and s.key in present]


def _all_subs(group: str, form: str | None) -> list[str]:
    return [s.key for s in REQUEST_ROWS if s.parent == group and (s.form == "both" or s.form == form)]


def _check(rule: str, lhs: dict[str, CellKey], rhs: dict[str, CellKey], v: Lookup,
           out: list[tuple[Check, set[CellKey]]], unevaluated: list[str]) -> None:
    """lhs terms sum to ``expected``, rhs terms sum to ``actual``."""
    terms: dict[str, Number | None] = {}
    for name, key in {**lhs, **rhs}.items():
        terms[name] = v(*key)
    if any(x is None for x in terms.values()):
        unevaluated.append(rule)
        return
    expected = sum(terms[n] for n in lhs)  # type: ignore[misc]
    actual = sum(terms[n] for n in rhs)  # type: ignore[misc]
    out.append((Check(rule=rule, expected=expected, actual=actual, passed=expected == actual, terms=terms),
                set(lhs.values()) | set(rhs.values())))


def group_value_terms(group: str, own: set[str], present: set[str], form: str | None) -> list[str] | None:
    """Rows whose 总计 make up a group: its own row, or all its sub-rows (None if one is missing)."""
    if group in own:
        return [group]
    subs = _all_subs(group, form)
    if not subs or any(s not in present for s in subs):
        return None
    return subs


Identity = tuple[str, dict[str, CellKey], dict[str, CellKey]]


def request_identities(present: set[str], own: set[str], form: str | None,
                       labels: dict[str, str]) -> tuple[list[Identity], list[str]]:
    """The identities of the 申请 table as (rule, named left terms, named right terms), and the
    rules that cannot be stated because a row is missing. ``present``: rows that have cells; ``own``:
    group rows with cells. Shared by the checks below and the joint solver of run-together rows
    (:mod:`infer.tables.solve`), so the arithmetic is written once."""
    out: list[Identity] = []
    missing: list[str] = []
    cols = [c for c, _ in REQUEST_COLUMNS]
    edge = ["requests.received", "requests.carried_over", "requests.outcome.total", "requests.carried_forward"]
    if all(k in present for k in edge):
        for c in cols:
            out.append((f"一+二=三(七)+四 [{_COL_ZH[c]}]", {"一": (edge[0], c), "二": (edge[1], c)},
                        {"三(七)": (edge[2], c), "四": (edge[3], c)}))
    for spec in REQUEST_ROWS:
        if spec.key in present:
            name = labels.get(spec.key, spec.key)
            out.append((f"总计=自然人+法人或其他组织 [{name}]", {_COL_ZH[c]: (spec.key, c) for c in cols[:-1]},
                        {"总计": (spec.key, "total")}))
    if "requests.outcome.total" in present:
        parts: dict[str, str] = {}
        complete = True
        for top in _TOP_RESULTS:
            rows = group_value_terms(top, own, present, form) if top in _GROUPS else (
                [top] if top in present else None)
            if rows is None:
                complete = False
                break
            for r in rows:
                parts[labels.get(r, r)] = r
        if complete:
            for c in cols:
                out.append((f"(七)总计=(一)+…+(六) [{_COL_ZH[c]}]", {n: (r, c) for n, r in parts.items()},
                            {"(七)总计": ("requests.outcome.total", c)}))
        else:
            missing.append("(七)总计=(一)+…+(六): a result row is missing")
    for g in _GROUPS:
        subs = _subs(g, present)
        if g in own and subs:
            for c in cols:
                out.append((f"{labels.get(g, g)}=其子项之和 [{_COL_ZH[c]}]",
                            {labels.get(s, s): (s, c) for s in subs}, {labels.get(g, g): (g, c)}))
    return out, missing


def request_checks(v: Lookup, present: set[str], own: set[str], form: str | None,
                   labels: dict[str, str]) -> tuple[list[tuple[Check, set[CellKey]]], list[str]]:
    """Checks of the 申请 table. ``present``: rows that have cells; ``own``: group rows with cells."""
    out: list[tuple[Check, set[CellKey]]] = []
    identities, unevaluated = request_identities(present, own, form, labels)
    for rule, lhs, rhs in identities:
        _check(rule, lhs, rhs, v, out, unevaluated)
    return out, unevaluated


def case_checks(v: Lookup) -> tuple[list[tuple[Check, set[CellKey]]], list[str]]:
    out: list[tuple[Check, set[CellKey]]] = []
    unevaluated: list[str] = []
    for block, zh in CASE_BLOCKS:
        _check(f"{zh} 总计=维持+纠正+其他+尚未审结",
               {rz: (block, r) for r, rz in CASE_RESULTS[:-1]}, {"总计": (block, "total")},
               v, out, unevaluated)
    return out, unevaluated
