"""``infer extract --format html``: one self-contained page to check the extraction by eye.

Left: the report text exactly as decoded (the text all offsets refer to), with every fact highlighted
at its offsets: prose facts and table facts in different colours, a fact whose field disagrees between
prose and table outlined in red; hovering shows field, value and source. Prose facts the linker was
unsure of (below :data:`~infer.result.LOW_SCORE`: reconciliation ignores them) are greyed with a dashed
underline, never outlined as a mismatch, never the target of a value in the reconciliation table, and
listed apart under :data:`~infer.views.UNSURE_NOTE`. Right: the reconciliation
table; its values link to the highlighted places. Then failed checks and warnings. Inline CSS only,
no scripts, no external assets, so the page can be mailed or archived as it is.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from infer.result import ExtractionResult
from infer.views import STATUS_GLOSS, UNSURE_NOTE, UNSURE_SHORT, field_label, fmt_number, unsure_facts


@dataclass(frozen=True)
class _Mark:
    id: str  # p<N> for prose facts, t<N> for table facts
    kind: str  # prose | unsure (a prose fact below LOW_SCORE, not reconciled) | table
    field: str
    value: object
    start: int
    end: int
    title: str


_CSS = """
:root { --prose:#ffe08a; --table:#b9dcff; --both:#d9c3ff; --bad:#d62828; --ok:#2a9d3f; --warn:#b8860b; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
       system-ui, sans-serif; color: #1d1d1f; background: #f6f6f4; }
header { padding: 12px 20px; background: #1f3b57; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 18px; }
header .meta span { margin-right: 18px; opacity: .9; }
.legend { padding: 6px 20px; background: #fff; border-bottom: 1px solid #ddd; font-size: 13px; }
.legend mark { padding: 0 4px; }
main { display: flex; gap: 16px; padding: 16px 20px; align-items: flex-start; }
#report { flex: 1 1 58%; min-width: 0; background: #fff; border: 1px solid #ddd; border-radius: 6px;
          padding: 14px 18px; white-space: pre-wrap; overflow-wrap: break-word; tab-size: 6; -moz-tab-size: 6; }
aside { flex: 1 1 42%; position: sticky; top: 10px; max-height: calc(100vh - 20px); overflow: auto; }
mark.fact { border-radius: 3px; padding: 0 1px; }
mark.prose { background: var(--prose); }
mark.table { background: var(--table); }
mark.prose.table { background: var(--both); }
mark.mismatch { outline: 2px solid var(--bad); }
mark.fact.unsure { background: #ececec; color: #555; border-bottom: 2px dashed #999; border-radius: 0; }
.unsure-list li { color: #555; }
mark:target, mark.fact:hover { outline: 2px solid #000; }
table.rec { width: 100%; border-collapse: collapse; background: #fff; font-size: 13px; }
table.rec th, table.rec td { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; }
table.rec th { background: #eef1f4; position: sticky; top: 0; }
table.rec td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.rec .key { color: #666; font-size: 11px; }
tr.mismatch td { background: #fde2e2; } tr.mismatch .status { color: var(--bad); font-weight: bold; }
tr.explained td { background: #fff6d6; } tr.explained .status { color: var(--warn); font-weight: bold; }
tr.match .status { color: var(--ok); font-weight: bold; }
.status { white-space: nowrap; }
section.box { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 12px; margin-top: 12px; }
section.box h2 { font-size: 15px; margin: 0 0 6px; }
.failed { color: var(--bad); }
.warnings li { color: #7a5b00; }
a { color: inherit; }
"""


def _marks(result: ExtractionResult, mismatched: set[str]) -> list[_Mark]:
    marks: list[_Mark] = []
    for i, f in enumerate(result.prose_facts):
        marks.append(_Mark(f"p{i}", "unsure" if f.unsure else "prose", f.field, f.value, f.start, f.end,
                           (f"prose ({UNSURE_NOTE})" if f.unsure else "prose")
                           + f": {f.field} = {fmt_number(f.value)} ({field_label(f.field)}); "
                           f"confidence {f.score:.2f}"))
    for i, t in enumerate(result.table_facts):
        marks.append(_Mark(f"t{i}", "table", t.field, t.value, t.start, t.end,
                           f"table: {t.field} = {fmt_number(t.value)} ({field_label(t.field)}); "
                           f"row {t.row} / column {t.column}"))
    return [m for m in marks if m.start < m.end]


def _highlighted(text: str, marks: list[_Mark], mismatched: set[str]) -> str:
    """The text with every fact wrapped in <mark>; overlapping facts split the text into segments,
    each segment listing all facts covering it in ``data-facts``."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    first_seen: set[str] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b], quote=False)
        covering = [m for m in marks if m.start <= a and b <= m.end]
        if not covering:
            out.append(piece)
            continue
        kinds = {m.kind for m in covering}
        if "prose" in kinds:
            kinds.discard("unsure")  # a reconciled prose fact on the same characters shows as such
        elif "unsure" in kinds:
            kinds.add("prose")  # still a prose fact: class "prose unsure"
        classes = ["fact", *sorted(kinds)]
        if any(m.field in mismatched for m in covering if m.kind != "unsure"):
            classes.append("mismatch")
        ids = " ".join(m.id for m in covering)
        anchor = ""
        for m in covering:
            if m.id not in first_seen:
                first_seen.add(m.id)
                if not anchor:
                    anchor = f' id="fact-{m.id}"'
                else:  # a second fact starting on the same segment still needs its own target
                    out.append(f'<a id="fact-{m.id}"></a>')
        title = escape("\n".join(m.title for m in covering))
        fields = escape(" ".join(sorted({m.field for m in covering})))
        out.append(f'<mark class="{" ".join(classes)}"{anchor} data-facts="{ids}" data-fields="{fields}" '
                   f'title="{title}">{piece}</mark>')
    return "".join(out)


def render_html(result: ExtractionResult, text: str, *, document_format: str | None = None) -> str:
    """The whole page as a string. ``text`` must be the decoded text the result's offsets refer to."""
    mismatched = {r.field for r in result.reconciliation if r.status == "mismatch"}
    marks = _marks(result, mismatched)
    first_of: dict[tuple[str, str], str] = {}
    for m in sorted(marks, key=lambda m: m.start):
        first_of.setdefault((m.kind, m.field), m.id)

    def link(kind: str, key: str, value: object) -> str:
        shown = escape(fmt_number(value))  # type: ignore[arg-type]
        target = first_of.get((kind, key))
        return f'<a href="#fact-{target}">{shown}</a>' if target and value is not None else shown

    rows = []
    for r in result.reconciliation:
        rows.append(
            f'<tr class="{escape(r.status)}" data-field="{escape(r.field)}">'
            f'<td>{escape(field_label(r.field))}<div class="key">{escape(r.field)}</div></td>'
            f'<td class="num">{link("prose", r.field, r.prose)}</td>'
            f'<td class="num">{link("table", r.field, r.table)}</td>'
            f'<td class="status" title="{escape(STATUS_GLOSS.get(r.status, ""))}">{escape(r.status)}</td>'
            f'<td>{escape(r.explanation)}</td></tr>')
    bad = [r for r in result.reconciliation if r.status == "mismatch"]
    alert = ('<p class="failed"><b>' + str(len(bad)) + " field(s) where prose and table disagree:</b> "
             + ", ".join(f'{escape(field_label(r.field))} (prose {link("prose", r.field, r.prose)}, '
                         f'table {link("table", r.field, r.table)})' for r in bad) + "</p>") if bad else ""
    rec = alert + ('<table class="rec"><thead><tr><th>field</th><th>prose</th><th>table</th><th>status</th>'
           '<th>note</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
           if rows else "<p>No statistics found in prose or tables.</p>")

    checks = [*result.table_checks, *result.prose_checks]
    failed = [c for c in checks if not c.passed]
    if failed:
        items = "".join(
            f"<li><b>{escape(c.scope)}</b>: {escape(c.rule)} — expected {escape(fmt_number(c.expected))}, "
            f"found {escape(fmt_number(c.actual))}"
            + (f" <span class='key'>({escape(', '.join(f'{k}={fmt_number(v)}' for k, v in c.terms.items()))})</span>"
               if c.terms else "") + "</li>" for c in failed)
        checks_html = f'<section class="box failed" id="checks"><h2>Failed checks ({len(failed)} of {len(checks)})</h2><ul>{items}</ul></section>'
    else:
        checks_html = (f'<section class="box" id="checks"><h2>Checks</h2><p>All {len(checks)} arithmetic checks '
                       "passed.</p></section>") if checks else ""
    unsure = unsure_facts(result)
    index = {id(f): i for i, f in enumerate(result.prose_facts)}
    unsure_html = ('<section class="box unsure-list" id="unsure"><h2>Prose facts not reconciled '
                   f"({len(unsure)})</h2><p>The linker was unsure what these numbers count: {escape(UNSURE_NOTE)}. "
                   "They are in no row above and raise no mismatch.</p><ul>"
                   + "".join(f'<li><a href="#fact-p{index[id(f)]}">{escape(field_label(f.field))} = '
                             f"{escape(fmt_number(f.value))}</a> <span class='key'>{escape(f.field)}, "
                             f"score {f.score:.2f}</span></li>" for f in unsure)
                   + "</ul></section>" if unsure else "")
    warn_html = ('<section class="box warnings" id="warnings"><h2>Warnings</h2><ul>'
                 + "".join(f"<li>{escape(w)}</li>" for w in result.warnings) + "</ul></section>"
                 if result.warnings else "")

    counts: dict[str, int] = {}
    for r in result.reconciliation:
        counts[r.status] = counts.get(r.status, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    fmt = f" ({escape(document_format)})" if document_format else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao infer">
<title>{escape(result.file)} — nianbao</title>
<style>{_CSS}</style></head>
<body>
<header><h1>{escape(result.file)}</h1>
<div class="meta"><span>encoding: {escape(result.encoding)}{fmt}</span>
<span>table template: {escape(result.table_template or "none found")} ({escape(result.table_status)})</span>
<span>{len(result.prose_facts)} prose facts{f" ({len(unsure)} {escape(UNSURE_SHORT)})" if unsure else ""}, {len(result.table_facts)} table facts</span>
<span>{escape(summary)}</span></div></header>
<div class="legend"><mark class="fact prose">prose fact</mark> <mark class="fact table">table fact</mark>
<mark class="fact prose table">both</mark> <mark class="fact prose mismatch">field where prose and table disagree</mark>
<mark class="fact prose unsure">prose fact: {escape(UNSURE_NOTE)}</mark>
— hover a highlight for its field and value; values on the right jump to where they are stated.</div>
<main><div id="report">{_highlighted(text, marks, mismatched)}</div>
<aside><section class="box" id="reconciliation"><h2>Prose vs table</h2>{rec}</section>{checks_html}{unsure_html}{warn_html}</aside>
</main></body></html>
"""
