"""Reconciliation: what prose and tables say, field by field, and whether each agrees with itself.

Statuses (issue "From tags to facts"):

* ``match`` — prose and table state the same value;
* ``mismatch`` — they differ on the same quantity and no known identity explains it;
* ``explained`` — they differ by a known identity of the report form, e.g. prose 办理25件 equals
  table 本年新收 23 + 上年结转 2, a group the prose gives through one stated sub-reason
  (:data:`SUB_REASON_IDENTITIES`), or pre-2019 prose categories (申请信息不存在, 非本机关职责) that the 2019+
  table files, alone or together, under another row (本机关不掌握相关政府信息);
* ``prose_only`` / ``table_only`` — only one side states the field.

The prose is also checked against itself (channels sum to the total received, outcomes to the number
answered, case results to the case total). A report whose own numbers disagree is the most useful
thing this tool can show a researcher, so failed checks are returned as :class:`~infer.result.Check`
objects that every view shows prominently. For the same reason a ``mismatch`` must be a real
disagreement: prose facts the linker is unsure of (score below :data:`~infer.result.LOW_SCORE`) are
left out of reconciliation, and a prose number that counts a different thing than the table row
(all requests handled including those carried over: :data:`IDENTITIES`) is ``explained``, not a
mismatch. Two more policies keep a linker error from posing as the report's disagreement:

* **Several prose values for one field, one of them the table's**: the field is a ``match`` (or
  ``explained``, when that value is the table's by an identity); the other values are named in the
  explanation. The linker's extra readings (last year's figure, one department's count, a slogan) are
  far more common than a report that states the same quantity twice, once as the table does and once
  not; a mismatch is raised only when no prose value is the table's, directly or by an identity.
* **One prose number read as several parts of one total** (:data:`PART_GROUPS`) whose sum exceeds
  that total (``被提起行政诉讼1件，目前尚在审理中`` read as upheld, corrected, other *and* pending of one
  lawsuit): at most one reading can be right. The table decides: parts it confirms are kept, the
  others are set aside (their row is ``table_only`` and says why) and are left out of the prose
  self-checks, which would otherwise blame the report for the tool's confusion. Zeros and readings
  that fit the total (``维持和纠正各1件`` of 2 cases) are untouched.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Protocol, Sequence

from infer.result import LOW_SCORE, Check, Number, ProseFact, Reconciliation, TableFact
from infer.schema import FIELD_KEYS, children


class _HasTableFacts(Protocol):
    facts: list[TableFact]


@dataclass
class ReconcileResult:
    rows: list[Reconciliation] = field(default_factory=list)
    prose_checks: list[Check] = field(default_factory=list)


#: Sums of table fields that a single prose number is known to stand for, with the reason.
#: (prose field, [table fields summed], explanation)
IDENTITIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("requests.received", ("requests.received", "requests.carried_over"),
     "prose counts all requests handled this year: table 本年新收 {0} + 上年结转 {1}"),
    ("requests.outcome.total", ("requests.outcome.total", "requests.carried_forward"),
     "prose counts requests handled including those carried forward: table 办理结果总计 {0} + 结转下年 {1}"),
    ("requests.outcome.disclosed", ("requests.outcome.disclosed", "requests.outcome.partial"),
     "prose 公开 includes partial disclosure: table 予以公开 {0} + 部分公开 {1}"),
)

#: A group the prose gives through one of its sub-reasons (因本机关不掌握…无法提供12件 is unavailable 12 and
#: unavailable.not_held 12 by the gold guideline) is that sub-row of the table, not the group's sum of
#: sub-rows: (group, sub-row, explanation). Unlike :data:`IDENTITIES` this holds only when the prose
#: states that sub-reason with the same value: a plain 不予公开2件 against a table whose group is 3 (one
#: sub-row 2, another 1) is a real disagreement, and small sub-rows equal a wrong group value by chance.
SUB_REASON_IDENTITIES: tuple[tuple[str, str, str], ...] = tuple(
    (group, sub, f"prose names one sub-reason of the group: table sub-row {sub.rsplit('.', 1)[1]} {{0}}")
    for group in ("requests.outcome.withheld", "requests.outcome.unavailable",
                  "requests.outcome.not_processed", "requests.outcome.other")
    for sub in children(group))


def identity_explains(key: str, prose_value: Number, table: dict[str, Number],
                      prose: dict[str, list[Number]] | dict[str, Number]) -> str | None:
    """The known identity by which ``prose_value`` for ``key`` differs from the table, or ``None``.

    ``prose`` is every value the prose states per field (a list, or one value as in a gold file): the
    sub-reason identities need the prose's own sub-reason. :func:`infer.evaluate.gold_disagreements`
    asks the same question of the gold, so the gold's real disagreements follow the same rules."""
    for pkey, tkeys, why in IDENTITIES:
        if pkey == key and all(t in table for t in tkeys):
            parts = [table[t] for t in tkeys]
            if float(sum(parts)) == float(prose_value):
                return why.format(*map(_fmt, parts))
    for group, sub, why in SUB_REASON_IDENTITIES:
        if group == key and sub in table and float(table[sub]) == float(prose_value):
            stated = prose.get(sub)
            values = stated if isinstance(stated, list) else [] if stated is None else [stated]
            if any(float(v) == float(prose_value) for v in values):
                return why.format(_fmt(table[sub]))
    return None

#: Pre-2019 prose categories and the 2019+ table rows that hold the same requests.
EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "requests.outcome.nonexistent": ("requests.outcome.unavailable.not_held",),
    "requests.outcome.not_this_agency": ("requests.outcome.unavailable.not_held",),
    "requests.outcome.unclear": ("requests.outcome.unavailable.unclear",),
    "requests.outcome.already_public": ("requests.outcome.disclosed",),
}

_CHANNELS = [k for k in FIELD_KEYS if k.startswith("requests.channel.")]
_APPLICANTS = [k for k in FIELD_KEYS if k.startswith("requests.applicant.")]
_TOP_OUTCOMES = [k for k in FIELD_KEYS if k.startswith("requests.outcome.") and k.count(".") == 2
                 and k != "requests.outcome.total"]
_CASE_RESULTS = ("upheld", "corrected", "other", "pending")
_CASES_WITH_RESULTS = ("review", "litigation", "litigation.direct", "litigation.after_review")

#: (total, its parts): the parts add up to at most the total (the sums the prose self-checks use, and
#: each outcome group's sub-reasons). One prose number read as several parts of one total is judged
#: against it (see module doc).
PART_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("requests.received", tuple(_CHANNELS)),
    ("requests.received", tuple(_APPLICANTS)),
    ("requests.outcome.total", tuple(_TOP_OUTCOMES)),
    *((f"{case}.total", tuple(f"{case}.{r}" for r in _CASE_RESULTS)) for case in _CASES_WITH_RESULTS),
    *((group, tuple(children(group))) for group in ("requests.outcome.withheld", "requests.outcome.unavailable",
                                                    "requests.outcome.not_processed", "requests.outcome.other")),
)


def _values(facts: Iterable[ProseFact | TableFact]) -> dict[str, list[Number]]:
    out: dict[str, list[Number]] = defaultdict(list)
    for f in facts:
        if f.value not in out[f.field]:
            out[f.field].append(f.value)
    return out


def _fmt(v: Number | None) -> str:
    return "—" if v is None else (str(int(v)) if float(v).is_integer() else str(v))


def _explain(key: str, prose_value: Number, table: dict[str, Number],
             prose: dict[str, list[Number]]) -> str | None:
    found = identity_explains(key, prose_value, table, prose)
    if found:
        return found
    kids = [k for k in children(key) if k in table]
    if kids and sum(table[k] for k in kids) == prose_value:
        return "equals the sum of the table's sub-rows " + " + ".join(_fmt(table[k]) for k in kids)
    return None


def over_read(facts: Sequence[ProseFact], table: dict[str, Number]) -> dict[tuple[str, int], str]:
    """Prose facts set aside because their number was read as several parts of one total that it cannot
    all be (see module doc): ``{(field, start): why}``.

    The bound is the prose's own total (its largest value) or else the table's; with neither, nothing is
    judged. Parts the table confirms (same value) are kept."""
    prose_totals: dict[str, Number] = {}
    by_number: dict[tuple[int, int, Number], set[str]] = defaultdict(set)
    for f in facts:
        prose_totals[f.field] = max(prose_totals.get(f.field, f.value), f.value)
        if f.value:
            by_number[(f.start, f.end, f.value)].add(f.field)
    out: dict[tuple[str, int], str] = {}
    for (start, _end, value), fields in by_number.items():
        for total, parts in PART_GROUPS:
            read = [p for p in parts if p in fields]
            bound = prose_totals.get(total, table.get(total))
            if len(read) < 2 or bound is None or value * len(read) <= bound:
                continue
            confirmed = [p for p in read if table.get(p) == value]
            names = ", ".join(p.rsplit(".", 1)[1] for p in read)
            why = (f"one prose number {_fmt(value)} was read as {names} of {total} {_fmt(bound)}, which it cannot all be"
                   + (f"; the table confirms {', '.join(p.rsplit('.', 1)[1] for p in confirmed)}" if confirmed else ""))
            for p in read:
                if p not in confirmed:
                    out[(p, start)] = why
    return out


def reconcile(prose_facts: Sequence[ProseFact], table: _HasTableFacts | None) -> ReconcileResult:
    """Compare prose facts with table facts field by field, and check the prose against itself.

    Facts scored below :data:`~infer.result.LOW_SCORE` are ignored, and a number read as more parts of a
    total than it can be is judged by the table (see module doc)."""
    sure = [f for f in prose_facts if f.score >= LOW_SCORE]
    table_values: dict[str, Number] = {}
    for f in (table.facts if table is not None else []):
        table_values.setdefault(f.field, f.value)
    aside = over_read(sure, table_values)
    prose_all = _values(sure)
    prose = _values(f for f in sure if (f.field, f.start) not in aside)
    aside_why = {key: why for (key, _), why in aside.items()}

    rows: list[Reconciliation] = []
    for key in [k for k in FIELD_KEYS if k in prose_all or k in table_values]:
        tval = table_values.get(key)
        pvals = prose.get(key, []) if tval is not None else prose_all.get(key, [])
        pval = pvals[0] if pvals else None
        also = f" (prose also states {', '.join(map(_fmt, pvals[1:]))})" if len(pvals) > 1 else ""
        if pvals and tval is not None:
            if tval in pvals:
                # the table's value is among the prose's: a match; the other readings are named (module doc)
                status, pval = "match", tval
                others = [v for v in pvals if v != tval]
                notes = [_explain(key, v, table_values, prose) or f"{_fmt(v)} unexplained" for v in others]
                why = (f"prose also states {', '.join(map(_fmt, others))} ({'; '.join(notes)})" if others else "")
            else:
                whys = [_explain(key, v, table_values, prose) for v in pvals]
                if any(whys):
                    # one prose value is the table's by an identity: explained; the others are named
                    status = "explained"
                    pval = next(v for v, w in zip(pvals, whys) if w)
                    why = "; ".join(w for w in whys if w) + "".join(
                        f"; prose also states {_fmt(v)} (unexplained)" for v, w in zip(pvals, whys) if not w)
                else:
                    status, why = "mismatch", f"prose {_fmt(pval)} ≠ table {_fmt(tval)}" + also
        elif pvals:
            status, why = "prose_only", ""
            if table_values:
                for eq in EQUIVALENTS.get(key, ()):
                    if eq in table_values:
                        # several old categories may share one new row (信息不存在 + 非本机关职责 → 不掌握)
                        sharing = [k for k, eqs in EQUIVALENTS.items() if eq in eqs and k in prose]
                        together = sum(prose[k][0] for k in sharing)
                        same = table_values[eq] == pval
                        summed = not same and len(sharing) > 1 and table_values[eq] == together
                        why = (f"the 2019+ table has no row for this; its row {eq} holds "
                               f"{_fmt(table_values[eq])}" + (" (same number)" if same else "")
                               + (f" (= prose {' + '.join(_fmt(prose[k][0]) for k in sharing)}: "
                                  f"{', '.join(k.rsplit('.', 1)[1] for k in sharing)})" if summed else ""))
                        status = "explained" if same or summed else "prose_only"
            why += also
        else:
            status, why = "table_only", aside_why.get(key, "") if key in prose_all else ""
        rows.append(Reconciliation(field=key, prose=pval, table=tval, status=status, explanation=why))
    return ReconcileResult(rows=rows, prose_checks=prose_checks(prose))


def _sum_check(rule: str, total_key: str, part_keys: list[str], prose: dict[str, list[Number]],
               *, at_most: bool = False) -> Check | None:
    parts = {k: prose[k][0] for k in part_keys if k in prose}
    if total_key not in prose or len(parts) < 2:
        return None
    total = prose[total_key][0]
    got = sum(parts.values())
    passed = got <= total if at_most else got == total
    return Check(rule=rule, expected=total, actual=got, passed=passed,
                 terms={**parts, total_key: total}, scope="prose")


def prose_checks(prose: dict[str, list[Number]]) -> list[Check]:
    """The prose against itself: parts that should add up to the totals the prose also states."""
    checks: list[Check | None] = [
        _sum_check("prose: channels sum to requests received", "requests.received", _CHANNELS, prose),
        _sum_check("prose: applicant types sum to requests received", "requests.received", _APPLICANTS, prose),
    ]
    answered = "requests.outcome.total" if "requests.outcome.total" in prose else "requests.received"
    checks.append(_sum_check(f"prose: outcomes sum to {'requests answered' if answered.endswith('total') else 'requests received'}",
                             answered, _TOP_OUTCOMES, prose))
    for case in ("review", "litigation"):
        checks.append(_sum_check(f"prose: {case} results sum to {case}.total", f"{case}.total",
                                 [f"{case}.{r}" for r in ("upheld", "corrected", "other", "pending")], prose))
    return [c for c in checks if c is not None]
