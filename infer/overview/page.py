"""The overview page: one self-contained HTML file for a whole collection (inline CSS and SVG, no
script, nothing fetched), so it can be archived or mailed next to its per-report views.

Sections (each with an ``id`` the browser test looks for): ``counts``, ``distributions``,
``disagreements`` (ranked, each report linked to its ``--format html`` view), ``years`` (per-body
jumps above ×5 or below ×0.2, and the similarity of consecutive reports), ``hierarchy``, ``reports``
(every report's metadata, folded), ``errors``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Sequence

from infer.overview import analysis as A
from infer.overview.records import Report
from infer.overview.svg import bar_chart, dot_plot
from infer.views import field_label, fmt_number

_CSS = """
body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
       system-ui, sans-serif; color: #1d1d1f; background: #f6f6f4; }
header { padding: 12px 20px; background: #1f3b57; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 19px; }
header span { margin-right: 18px; opacity: .9; }
nav { padding: 6px 20px; background: #fff; border-bottom: 1px solid #ddd; }
nav a { margin-right: 14px; }
section { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 14px 20px; padding: 8px 14px; }
section h2 { font-size: 16px; margin: 4px 0 8px; }
section h3 { font-size: 14px; margin: 10px 0 4px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
table { border-collapse: collapse; font-size: 13px; width: 100%; }
th, td { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eef1f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.key { color: #666; font-size: 11px; }
tr.flag td { background: #fde2e2; }
.muted { color: #666; }
td.jump { background: #fde2e2; font-weight: bold; }
details.series { margin: 4px 0; } details.series table { width: auto; }
"""


@dataclass
class Overview:
    """Everything the page shows; the workbook writes the same lists."""

    reports: list[Report]
    disagreements: list[A.Disagreement]
    jumps: list[A.Jump]
    similar: list[A.Similar]
    hierarchy: list[A.HierarchyRow]
    views: dict[str, str] = field(default_factory=dict)  # report file -> relative href of its view


def _report_link(r: Report, views: dict[str, str]) -> str:
    href = views.get(r.file)
    name = escape(r.name)
    return f'<a class="report" href="{escape(href)}">{name}</a>' if href else name


def _who(r: Report) -> str:
    return escape(r.issuer or "—") + (f" {r.year}" if r.year else "")


def _counts_html(ov: Overview) -> str:
    c = A.counts(ov.reports)
    years = sorted(c["year"].items(), key=lambda kv: (kv[0] == "unknown", kv[0]))
    charts = [bar_chart(years, title="reports by year", chart_id="chart-year", width=max(420, 34 * len(years) + 60)),
              bar_chart(sorted(c["template"].items()), title="reports by table template", chart_id="chart-template"),
              bar_chart(sorted(c["status"].items()), title="reports by table parse status", chart_id="chart-status")]
    return '<section id="counts"><h2>Reports</h2><div class="charts">' + "".join(charts) + "</div></section>"


def _distributions_html(ov: Overview) -> str:
    charts = []
    for key, pts in A.distributions(ov.reports).items():
        points = [(y, float(v), f"{r.name} ({r.issuer or '?'})") for y, v, r in pts]
        charts.append(dot_plot(points, title=f"{field_label(key)} ({key}) by year", chart_id=f"dist-{key}"))
    return ('<section id="distributions"><h2>Figures by year</h2><p class="muted">One dot per report (the table '
            'figure where there is one, else the prose figure); square-root scale.</p><div class="charts">'
            + "".join(charts) + "</div></section>")


def _pair(a: object, b: object) -> str:
    return f"{escape(fmt_number(a))} / {escape(fmt_number(b))}"  # type: ignore[arg-type]


def _disagreements_html(ov: Overview) -> str:
    if not ov.disagreements:
        return '<section id="disagreements"><h2>Disagreements</h2><p>No report disagrees with itself.</p></section>'
    rows = []
    for i, d in enumerate(ov.disagreements, 1):
        fields = "<br>".join(f"{escape(field_label(k))} <span class='key'>{escape(k)}</span>: prose/table "
                             f"{_pair(p, t)}" for k, p, t in d.fields)
        checks = "<br>".join(f"{escape(rule)}: expected/found {_pair(e, a)}" for rule, e, a in d.checks)
        rows.append(f'<tr data-file="{escape(d.report.name)}"><td class="num">{i}</td>'
                    f"<td>{_report_link(d.report, ov.views)}</td><td>{_who(d.report)}</td>"
                    f'<td class="num">{d.score:g}</td><td>{fields or "—"}</td><td>{checks or "—"}</td></tr>')
    return ('<section id="disagreements"><h2>Reports whose numbers disagree</h2><p class="muted">Ranked by how far '
            "off they are: the sum over mismatched fields and failed checks of |a − b| / max(|a|, |b|, 1). "
            "Each report links to its own page with every figure highlighted in the text.</p>"
            "<table><thead><tr><th>#</th><th>report</th><th>body, year</th><th>score</th>"
            "<th>prose vs table</th><th>failed checks</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table></section>")


def _series_figures(ov: Overview, issuer: str, rs: list[Report], *, open_: bool) -> str:
    """One body's figures across its years: the headline fields and every field that jumped; a cell
    that jumped from the year before is marked."""
    jumped = {(j.field, j.after.file) for j in ov.jumps if j.issuer == issuer}
    keys = list(A.HEADLINE) + sorted({k for k, _ in jumped} - set(A.HEADLINE))
    head = "".join(f"<th>{r.year}</th>" for r in rs)
    rows = []
    for key in keys:
        cells = []
        for r in rs:
            v = r.value(key)
            flag = (key, r.file) in jumped
            cells.append(f'<td class="num{" jump" if flag else ""}">{escape(fmt_number(v))}</td>')
        rows.append(f"<tr><td>{escape(field_label(key))} <span class='key'>{escape(key)}</span></td>{''.join(cells)}</tr>")
    return (f'<details class="series" data-issuer="{escape(issuer)}"{" open" if open_ else ""}><summary>{escape(issuer)}: {len(rs)} reports, '
            f"{rs[0].year}–{rs[-1].year}</summary><table><thead><tr><th>field</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></details>")


def _years_html(ov: Overview) -> str:
    series = A.series(ov.reports)
    many = [(issuer, rs) for issuer, rs in sorted(series.items(), key=lambda kv: (-len(kv[1]), kv[0])) if len(rs) > 1]
    figures = "".join(_series_figures(ov, issuer, rs, open_=len(many) <= 8) for issuer, rs in many)
    lines = "".join(f"<tr><td>{escape(issuer)}</td><td>{len(rs)}</td><td>"
                    + ", ".join(f"{r.year} ({_report_link(r, ov.views)})" for r in rs) + "</td></tr>"
                    for issuer, rs in sorted(series.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    jump_rows = "".join(
        f'<tr data-issuer="{escape(j.issuer)}"><td>{escape(j.issuer)}</td><td>{escape(field_label(j.field))} '
        f"<span class='key'>{escape(j.field)}</span></td><td>{j.before.year} → {j.after.year}</td>"
        f'<td class="num">{escape(fmt_number(j.old))} → {escape(fmt_number(j.new))}</td>'
        f'<td class="num">×{j.ratio:.2f}</td><td>{_report_link(j.before, ov.views)} → '
        f"{_report_link(j.after, ov.views)}</td></tr>" for j in ov.jumps)
    sim_rows = "".join(
        f'<tr class="{"flag" if s.flagged else ""}" data-issuer="{escape(s.issuer)}"><td>{escape(s.issuer)}</td>'
        f"<td>{s.before.year} → {s.after.year}</td><td class='num'>{s.score:.3f}</td>"
        f"<td>{'near-identical' if s.flagged else ''}</td><td>{_report_link(s.before, ov.views)} → "
        f"{_report_link(s.after, ov.views)}</td></tr>" for s in ov.similar)
    return ('<section id="years"><h2>Year over year, per issuing body</h2>'
            "<table id='series'><thead><tr><th>body (normalised)</th><th>reports</th><th>years</th></tr></thead>"
            f"<tbody>{lines}</tbody></table>"
            "<h3 id='figures'>Figures per body and year</h3><p class='muted'>The table figure where there is one, "
            "else the prose figure; a red cell jumped from the report before.</p>" + figures
            + f"<h3 id='jumps'>Figures that jump above ×{A.JUMP_UP:g} or fall below ×{A.JUMP_DOWN:g} "
            f"({len(ov.jumps)})</h3>"
            + ("<table><thead><tr><th>body</th><th>field</th><th>years</th><th>figures</th><th>ratio</th>"
               f"<th>reports</th></tr></thead><tbody>{jump_rows}</tbody></table>" if jump_rows else
               "<p>None.</p>")
            + f"<h3 id='similarity'>Wording repeated from the previous report (similarity ≥ {A.NEAR_IDENTICAL:g} "
              "flagged)</h3><p class='muted'>Jaccard similarity of character 4-grams, digits and punctuation "
              "removed: 1 is the same text with only figures changed.</p>"
            + ("<table><thead><tr><th>body</th><th>years</th><th>similarity</th><th></th><th>reports</th></tr>"
               f"</thead><tbody>{sim_rows}</tbody></table>" if sim_rows else "<p>No body has two readable reports.</p>")
            + "</section>")


def _hierarchy_html(ov: Overview) -> str:
    if not ov.hierarchy:
        return ('<section id="hierarchy"><h2>Region against its bodies</h2><p>The collection holds no region\'s '
                "report together with reports of bodies under it for the same year.</p></section>")
    rows = "".join(
        f'<tr class="{"flag" if h.value < h.total else ""}"><td>{_report_link(h.region, ov.views)}</td>'
        f"<td>{escape(h.region.issuer or '')}</td><td>{h.year}</td><td>{escape(field_label(h.field))} "
        f"<span class='key'>{escape(h.field)}</span></td><td class='num'>{escape(fmt_number(h.value))}</td>"
        f"<td class='num'>{escape(fmt_number(h.total))}</td><td class='num'>{h.stated_by} of {len(h.bodies)}</td>"
        f"<td>{escape(h.status)}</td></tr>" for h in ov.hierarchy)
    return ('<section id="hierarchy"><h2>Region against its bodies</h2><p class="muted">A region\'s report '
            "usually covers its bodies: its figure below the sum of theirs cannot be right.</p>"
            "<table><thead><tr><th>region report</th><th>region</th><th>year</th><th>field</th><th>region</th>"
            "<th>sum of bodies</th><th>bodies stating it</th><th>check</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></section>")


def _reports_html(ov: Overview) -> str:
    """Every report with what was read about it, folded: a missing issuer or year shows here."""
    rows = "".join(
        f"<tr><td>{_report_link(r, ov.views)}</td><td>{escape(r.issuer_text or '—')}</td>"
        f"<td>{escape(r.issuer or '—')}</td><td>{escape(r.level or '—')}</td><td>{r.year or '—'}</td>"
        f"<td>{escape(r.published or '—')}</td><td>{escape(r.template or '—')}</td><td>{escape(r.status)}</td>"
        f"<td class='num'>{len(r.mismatches)}</td><td class='num'>{len(r.failed_checks)}</td></tr>"
        for r in sorted((r for r in ov.reports if not r.error), key=lambda r: (r.issuer or "", r.year or 0, r.name)))
    return ('<section id="reports"><details><summary><b>All reports</b> (issuer as written and normalised, '
            "level, year, publication date, template, status)</summary><table><thead><tr><th>report</th>"
            "<th>issuer as written</th><th>body (normalised)</th><th>level</th><th>year</th><th>published</th>"
            "<th>template</th><th>table</th><th>mismatches</th><th>failed checks</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></details></section>")


def _errors_html(reports: Sequence[Report]) -> str:
    bad = [r for r in reports if r.error]
    if not bad:
        return ""
    items = "".join(f"<li>{escape(r.name)}: {escape(r.error or '')}</li>" for r in bad)
    return f'<section id="errors"><h2>Reports that could not be read ({len(bad)})</h2><ul>{items}</ul></section>'


def render_overview(ov: Overview, *, title: str = "nianbao overview") -> str:
    ok = [r for r in ov.reports if not r.error]
    years = sorted({r.year for r in ok if r.year})
    span = f"{years[0]}–{years[-1]}" if years else "no year"
    bodies = len({r.issuer for r in ok if r.issuer})
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao infer overview">
<title>{escape(title)}</title><style>{_CSS}</style></head>
<body><header><h1>{escape(title)}</h1>
<span>{len(ov.reports)} reports ({len(ov.reports) - len(ok)} unreadable)</span><span>{bodies} issuing bodies</span>
<span>years {span}</span><span>{len(ov.disagreements)} disagreeing</span><span>{len(ov.jumps)} jumps</span>
<span>{sum(s.flagged for s in ov.similar)} near-identical pairs</span></header>
<nav><a href="#counts">reports</a><a href="#distributions">figures by year</a><a href="#disagreements">disagreements</a>
<a href="#years">year over year</a><a href="#hierarchy">hierarchy</a><a href="#reports">all reports</a></nav>
{_counts_html(ov)}{_distributions_html(ov)}{_disagreements_html(ov)}{_years_html(ov)}{_hierarchy_html(ov)}{_reports_html(ov)}{_errors_html(ov.reports)}
</body></html>
"""
