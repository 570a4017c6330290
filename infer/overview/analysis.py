"""What a researcher asks of a collection, computed from the per-report records.

- :func:`counts`: reports by year, template and table status;
- :func:`distributions`: the headline figures of every report, by year;
- :func:`disagreements`: reports whose prose and tables disagree or whose arithmetic fails, ranked by
  how far off they are (the sum over fields and checks of ``|a − b| / max(|a|, |b|, 1)``);
- :func:`jumps`: per issuing body, consecutive reports whose figure grows above ×5 or falls below ×0.2
  (both figures non-zero: from or to 0 is no ratio);
- :func:`similarities`: per issuing body, how much of a report's wording the next one repeats
  (Jaccard similarity of character 4-grams, digits and punctuation removed, so changed figures do
  not hide a copied text);
- :func:`hierarchy`: where a region's government report and reports of bodies under it share a year,
  the region's figure against the sum of the bodies'.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from infer.overview.records import Report
from infer.result import Number
from infer.schema import is_field

#: the figures charted by year and compared across a hierarchy (keys of infer/schema.py)
HEADLINE = ("requests.received", "requests.outcome.disclosed", "review.total", "litigation.total")
JUMP_UP, JUMP_DOWN = 5.0, 0.2
NEAR_IDENTICAL = 0.8  # similarity at or above which two consecutive reports are flagged
_SHINGLE = 4

assert all(is_field(k) for k in HEADLINE)


def counts(reports: Sequence[Report]) -> dict[str, Counter]:
    ok = [r for r in reports if not r.error]
    return {"year": Counter(str(r.year) if r.year else "unknown" for r in ok),
            "template": Counter(r.template or "none" for r in ok),
            "status": Counter([r.status for r in ok] + ["error"] * sum(1 for r in reports if r.error))}


def distributions(reports: Sequence[Report], keys: Sequence[str] = HEADLINE) -> dict[str, list[tuple[int, Number, Report]]]:
    """Per field: (year, value, report) for every report with a year that states the field."""
    out: dict[str, list[tuple[int, Number, Report]]] = {k: [] for k in keys}
    for r in reports:
        if r.error or r.year is None:
            continue
        for k in keys:
            v = r.value(k)
            if v is not None:
                out[k].append((r.year, v, r))
    return out


def _gap(a: Number | None, b: Number | None) -> float:
    if a is None or b is None:
        return 1.0  # one side unknown: counts as a whole miss
    return abs(a - b) / max(abs(a), abs(b), 1)


@dataclass
class Disagreement:
    report: Report
    score: float
    fields: list[tuple[str, Number | None, Number | None]]  # (field, prose, table)
    checks: list[tuple[str, Number | None, Number | None]]  # (rule, expected, actual)


def disagreements(reports: Sequence[Report]) -> list[Disagreement]:
    out = []
    for r in reports:
        if r.error or not (r.mismatches or r.failed_checks):
            continue
        fields = [(m["field"], m.get("prose"), m.get("table")) for m in r.mismatches]
        checks = [(c.get("rule", ""), c.get("expected"), c.get("actual")) for c in r.failed_checks]
        score = sum(_gap(p, t) for _, p, t in fields) + sum(_gap(e, a) for _, e, a in checks)
        out.append(Disagreement(r, round(score, 3), fields, checks))
    return sorted(out, key=lambda d: (-d.score, d.report.name))


def series(reports: Sequence[Report]) -> dict[str, list[Report]]:
    """Per issuing body, one report per year (the one stating most figures when a year has twins)."""
    by_key: dict[tuple[str, int], list[Report]] = defaultdict(list)
    for r in reports:
        if not r.error and r.issuer and r.year:
            by_key[(r.issuer, r.year)].append(r)
    out: dict[str, list[Report]] = defaultdict(list)
    for (issuer, _), group in sorted(by_key.items()):
        out[issuer].append(max(group, key=lambda r: (len(r.fields), -len(r.name), r.name)))
    return dict(out)


@dataclass
class Jump:
    issuer: str
    field: str
    before: Report
    after: Report
    old: Number
    new: Number

    @property
    def ratio(self) -> float:
        return self.new / self.old


def jumps(reports: Sequence[Report], *, up: float = JUMP_UP, down: float = JUMP_DOWN) -> list[Jump]:
    out = []
    for issuer, rs in series(reports).items():
        for a, b in zip(rs, rs[1:]):
            for key in sorted(a.fields & b.fields):
                old, new = a.value(key), b.value(key)
                if not old or not new or old < 0 or new < 0:
                    continue
                if new / old > up or new / old < down:
                    out.append(Jump(issuer, key, a, b, old, new))
    return sorted(out, key=lambda j: (-abs(math.log(j.ratio)), j.issuer, j.field))


def _shingles(text: str) -> set[str]:
    core = re.sub(r"[\W\d_a-zA-Z]+", "", text)
    return {core[i:i + _SHINGLE] for i in range(max(0, len(core) - _SHINGLE + 1))}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' character 4-grams (digits, Latin and punctuation removed)."""
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


@dataclass
class Similar:
    issuer: str
    before: Report
    after: Report
    score: float

    @property
    def flagged(self) -> bool:
        return self.score >= NEAR_IDENTICAL


def similarities(reports: Sequence[Report], load_text: Callable[[str], str | None]) -> list[Similar]:
    """Consecutive reports of each body with their similarity; ``load_text(file)`` gives a report's text
    (``None`` when it cannot be read: that pair is left out)."""
    out = []
    cache: dict[str, str | None] = {}

    def text(r: Report) -> str | None:
        if r.file not in cache:
            cache[r.file] = load_text(r.file)
        return cache[r.file]

    for issuer, rs in series(reports).items():
        for a, b in zip(rs, rs[1:]):
            ta, tb = text(a), text(b)
            if ta and tb:
                out.append(Similar(issuer, a, b, round(similarity(ta, tb), 3)))
    return sorted(out, key=lambda s: (-s.score, s.issuer, s.before.year or 0))


@dataclass
class HierarchyRow:
    year: int
    region: Report
    field: str
    value: Number
    total: Number
    stated_by: int  # bodies stating the field
    bodies: list[Report] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "region below the bodies' sum" if self.value < self.total else "consistent"


def _direct(bodies: list[Report]) -> list[Report]:
    """Leave out a body that sits under another listed government (it is inside that one's sum)."""
    govs = [b for b in bodies if b.kind == "government" and b.issuer]
    return [b for b in bodies
            if not any(g is not b and b.issuer and b.issuer.startswith(g.issuer or "\0") for g in govs)]


def hierarchy(reports: Sequence[Report], keys: Iterable[str] | None = None) -> list[HierarchyRow]:
    rows = []
    by_year: dict[int, list[Report]] = defaultdict(list)
    for r in series_members(reports):
        by_year[r.year or 0].append(r)
    for year, rs in sorted(by_year.items()):
        for g in rs:
            if g.kind != "government" or not g.issuer:
                continue
            bodies = _direct([b for b in rs if b is not g and b.issuer and b.issuer != g.issuer
                              and b.issuer.startswith(g.issuer)])
            if not bodies:
                continue
            for key in (keys or sorted(g.fields)):
                v = g.value(key)
                stated = [b.value(key) for b in bodies if b.value(key) is not None]
                if v is None or not stated:
                    continue
                rows.append(HierarchyRow(year, g, key, v, sum(stated), len(stated), bodies))
    return rows


def series_members(reports: Sequence[Report]) -> list[Report]:
    return [r for rs in series(reports).values() for r in rs]
