"""The overview as an Excel workbook (openpyxl, the ``xlsx`` extra): sheets ``reports``, ``facts``,
``checks`` and ``disagreements``, each with a frozen header row and an auto-filter, for office use."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from infer.overview.page import Overview


def _sheet(wb: Any, name: str, header: Sequence[str], rows: Sequence[Sequence[Any]], *, first: bool = False) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.active if first else wb.create_sheet()
    ws.title = name
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(rows) + 1)}"
    for i, h in enumerate(header, 1):
        width = max([len(str(h))] + [len(str(r[i - 1])) for r in rows[:200] if r[i - 1] is not None])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))


def write_workbook(ov: Overview, path: Path) -> None:
    try:
        from openpyxl import Workbook
    except ImportError as exc:  # the extra is not installed
        raise RuntimeError("--xlsx needs openpyxl: pip install 'nianbao[xlsx]'") from exc
    wb = Workbook()
    _sheet(wb, "reports", ["file", "error", "issuer", "issuer_as_written", "kind", "region", "level", "year",
                           "published", "template", "table_status", "mismatches", "failed_checks"],
           [[r.name, r.error, r.issuer, r.issuer_text, r.kind, r.region, r.level, r.year, r.published, r.template,
             r.status, len(r.mismatches), len(r.failed_checks)] for r in ov.reports], first=True)
    facts = []
    for r in ov.reports:
        rec = r.record
        for f in (rec.get("prose") or {}).get("facts", []):
            facts.append([r.name, r.issuer, r.year, "prose", f["field"], f["value"], f["start"], f["end"],
                          f.get("sentence", "")[:300]])
        for f in (rec.get("table") or {}).get("facts", []):
            facts.append([r.name, r.issuer, r.year, "table", f["field"], f["value"], f["start"], f["end"],
                          f"{f.get('row', '')} / {f.get('column', '')}"])
    _sheet(wb, "facts", ["file", "issuer", "year", "source", "field", "value", "start", "end", "context"], facts)
    checks = []
    for r in ov.reports:
        rec = r.record
        for scope in ("table", "prose"):
            for c in (rec.get(scope) or {}).get("checks", []):
                checks.append([r.name, r.issuer, r.year, c.get("scope", scope), c.get("rule"), c.get("expected"),
                               c.get("actual"), bool(c.get("passed"))])
    for j in ov.jumps:
        checks.append([j.after.name, j.issuer, j.after.year, "year_over_year",
                       f"{j.field}: {j.before.year}→{j.after.year} ×{j.ratio:.2f}", j.old, j.new, False])
    for s in ov.similar:
        checks.append([s.after.name, s.issuer, s.after.year, "similarity",
                       f"wording vs {s.before.year} (≥ near-identical threshold fails)", None, s.score,
                       not s.flagged])
    for h in ov.hierarchy:
        checks.append([h.region.name, h.region.issuer, h.year, "hierarchy",
                       f"{h.field}: region ≥ sum of {h.stated_by} bodies", h.total, h.value, h.value >= h.total])
    _sheet(wb, "checks", ["file", "issuer", "year", "scope", "rule", "expected", "actual", "passed"], checks)
    dis = []
    for rank, d in enumerate(ov.disagreements, 1):
        for k, p, t in d.fields:
            dis.append([rank, d.report.name, d.report.issuer, d.report.year, d.score, "field", k, p, t])
        for rule, e, a in d.checks:
            dis.append([rank, d.report.name, d.report.issuer, d.report.year, d.score, "check", rule, e, a])
    _sheet(wb, "disagreements", ["rank", "file", "issuer", "year", "score", "kind", "field_or_rule",
                                 "prose_or_expected", "table_or_found"], dis)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
