"""The default ``infer extract`` view: a report a researcher can scan, and trust or distrust.

Layout, top to bottom:

* a header: the file, its encoding, the table found, counts per reconciliation status, then what
  most deserves attention, in red: every failed arithmetic check (the tables' own 勾稽关系 and the
  prose against itself) and every field where prose and table disagree. A report whose own numbers
  disagree is the most useful thing this tool can point at, so it is never below the fold.
* one line per field (``key  prose  table  status  中文名称``), grouped under a rule per section
  (申请 / 渠道 / 办理结果 / 行政复议 / 行政诉讼 / 其他), in schema order. The key column is never
  wrapped: a line too long for the console loses the end of its Chinese name (an ellipsis), not a
  piece of the key. A reconciliation note that says more than the two numbers goes on a line below.
* the long tail of the 2019+ table -- sub-rows (不予公开 reasons, 直接起诉/复议后起诉 breakdown ...)
  stated only in the table, with value 0 -- collapsed into one summary line per section, unless
  ``show_all``: they are true but rarely what anyone looks for.
* prose facts the linker was unsure of (below :data:`~infer.result.LOW_SCORE`), which reconciliation
  ignores and so no field row shows: listed apart, dimmed, under :data:`~infer.views.UNSURE_NOTE`, so
  the header's fact count adds up and nobody reads them as checked values.
* a closing verdict line, so a terminal that shows only the end of the output still tells.

Colours: mismatch red, explained yellow, match green, prose only cyan, table only blue; none when
the console is not a terminal. The JSON contract is separate (:meth:`ExtractionResult.to_json`).
"""
from __future__ import annotations

import os
import re
import sys
from typing import IO

from rich.console import Console
from rich.text import Text

from infer.result import Check, ExtractionResult, Reconciliation
from infer.schema import FIELD_KEYS, field, is_field
from infer.views import STATUS_GLOSS, UNSURE_NOTE, UNSURE_SHORT, field_label, fmt_number, unsure_facts

STATUS_STYLE = {
    "match": "green",
    "mismatch": "bold red",
    "explained": "yellow",
    "prose_only": "cyan",
    "table_only": "blue",
}
#: Section titles, in display order, with the key prefixes each one holds (first match wins).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("申请", ("requests.received", "requests.carried_over", "requests.carried_forward", "requests.applicant.")),
    ("渠道", ("requests.channel.",)),
    ("办理结果", ("requests.outcome.",)),
    ("行政复议", ("review.",)),
    ("行政诉讼", ("litigation.",)),
    ("其他", ("",)),
)
#: Width used when stdout is a pipe or a file (rich would otherwise assume 80 columns).
PIPE_WIDTH = 120
_STATUS_ORDER = ("mismatch", "explained", "match", "prose_only", "table_only")
_BREAKDOWNS = ("litigation.direct.", "litigation.after_review.")
_PLAIN_MISMATCH = re.compile(r"prose \S+ ≠ table \S+")
_ORDER = {k: i for i, k in enumerate(FIELD_KEYS)}


def make_console(file: IO[str] | None = None) -> Console:
    """A console for the view: the terminal's width on a terminal, :data:`PIPE_WIDTH` otherwise
    (unless ``COLUMNS`` says), so piped output and batch logs are not cut at 80 columns."""
    probe = Console(file=file or sys.stdout, highlight=False)
    if probe.is_terminal:
        return probe
    width = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else PIPE_WIDTH
    return Console(file=file or sys.stdout, highlight=False, width=width)


def section_of(key: str) -> str:
    """The section title a field is shown under."""
    return next(title for title, prefixes in SECTIONS if key.startswith(prefixes))


def is_sub_row(key: str) -> bool:
    """A detail row of the 2019+ table: a reason under a result group, or a lawsuit-kind breakdown."""
    return key.startswith(_BREAKDOWNS) or (is_field(key) and field(key).parent is not None)


def is_quiet_tail(row: Reconciliation) -> bool:
    """A row collapsed by default: a sub-row stated only in the table, with value 0."""
    return row.status == "table_only" and row.table == 0 and is_sub_row(row.field)


def render_terminal(result: ExtractionResult, console: Console, *, document_format: str | None = None,
                    show_all: bool = False) -> None:
    """Print ``result`` to ``console`` (colour when the console is a terminal).

    ``show_all`` also lists the table-only sub-rows whose value is 0 (collapsed by default).
    """
    _header(result, console, document_format)
    if not result.reconciliation:
        _unsure(result, console)
        console.print(Text("No statistics found in prose or tables"
                           + (" (only low-confidence prose facts, listed above)." if unsure_facts(result) else "."),
                           style="yellow"))
        return
    _fields(result.reconciliation, console, show_all)
    _unsure(result, console)
    console.print(_verdict(result))


# --- header ---------------------------------------------------------------------------------------

def _header(result: ExtractionResult, console: Console, document_format: str | None) -> None:
    console.print(Text(result.file, style="bold"), no_wrap=True, overflow="fold")
    line = Text("  ")
    line.append(result.encoding + (f" ({document_format})" if document_format else ""))
    line.append(" · ", style="dim")
    if result.table_template:
        line.append(f"table: {result.table_template} form, {result.table_status}")
    else:
        line.append(f"table: none found ({result.table_status})")
    line.append(" · ", style="dim")
    line.append(f"{len(result.prose_facts)} facts from prose")
    unsure = len(unsure_facts(result))
    if unsure:
        line.append(f" ({unsure} {UNSURE_SHORT})", style="dim")
    line.append(f", {len(result.table_facts)} from tables")
    console.print(line)

    counts = {s: 0 for s in _STATUS_ORDER}
    for r in result.reconciliation:
        counts[r.status] = counts.get(r.status, 0) + 1
    if result.reconciliation:
        fields = Text("  fields  ", style="dim")
        shown = [(s, n) for s, n in counts.items() if n]
        for i, (status, n) in enumerate(shown):
            if i:
                fields.append(" · ", style="dim")
            fields.append(f"{n} {status.replace('_', ' ')}", style=STATUS_STYLE.get(status, ""))
        console.print(fields)

    checks = [*result.table_checks, *result.prose_checks]
    failed = [c for c in checks if not c.passed]
    line = Text("  checks  ", style="dim")
    if not checks:
        line.append("none could be evaluated", style="dim")
    elif failed:
        line.append(f"{len(failed)} of {len(checks)} failed", style="bold red")
    else:
        line.append(f"all {len(checks)} passed", style="green")
    console.print(line)
    for c in failed:
        _print_check(console, c)

    mismatches = [r for r in result.reconciliation if r.status == "mismatch"]
    if mismatches:
        text = Text(f"✗ {len(mismatches)} field{'s' if len(mismatches) > 1 else ''} where "
                    f"{STATUS_GLOSS['mismatch']}: ", style="bold red")
        for i, r in enumerate(mismatches):
            text.append((", " if i else "") + f"{r.field} (prose {fmt_number(r.prose)}, table {fmt_number(r.table)})",
                        style="red")
        _print_indented(console, text, 2)
    for w in result.warnings:
        _print_indented(console, Text("! ", style="yellow").append(w), 2)


def _print_check(console: Console, c: Check) -> None:
    rule = c.rule if c.rule.startswith(f"{c.scope}:") else f"{c.scope}: {c.rule}"
    text = Text("✗ ", style="bold red").append(rule, style="red")
    text.append(f" — expected {fmt_number(c.expected)}, got {fmt_number(c.actual)}", style="bold red")
    _print_indented(console, text, 2)
    if c.terms:
        terms = ", ".join(f"{k}={fmt_number(v)}" for k, v in c.terms.items())
        _print_indented(console, Text(terms, style="dim"), 4)


def _print_indented(console: Console, text: Text, indent: int) -> None:
    """``text`` wrapped to the console with every line indented (a hanging indent, which rich's
    Padding also gives, but without padding every line with spaces to the full width)."""
    width = max(20, console.width - indent)
    for part in text.split("\n"):
        for line in part.wrap(console, width, overflow="fold"):
            line.rstrip()
            console.print(Text(" " * indent).append_text(line), no_wrap=True, overflow="ignore")


# --- fields ---------------------------------------------------------------------------------------

def _fields(rows: list[Reconciliation], console: Console, show_all: bool) -> None:
    ordered = sorted(rows, key=lambda r: _ORDER.get(r.field, len(_ORDER)))
    key_w = max(len("field"), *(len(r.field) for r in ordered))
    prose_w = max(len("prose"), *(len(fmt_number(r.prose)) for r in ordered))
    table_w = max(len("table"), *(len(fmt_number(r.table)) for r in ordered))
    status_w = max(len(s.replace("_", " ")) for s in _STATUS_ORDER)

    def line(key: Text, prose: str, table: str, status: Text, name: Text, number_style: str = "") -> Text:
        out = Text("")
        out.append_text(key).append(" " * (key_w - key.cell_len + 2))
        out.append(prose.rjust(prose_w) + "  " + table.rjust(table_w), style=number_style).append("  ")
        out.append_text(status).append(" " * (status_w - status.cell_len + 2))
        return out.append_text(name)

    console.print()
    console.print(line(Text("field"), "prose", "table", Text("status"), Text("名称")), style="bold dim",
                  no_wrap=True, overflow="ellipsis")
    for title, _ in SECTIONS:
        here = [r for r in ordered if section_of(r.field) == title]
        if not here:
            continue
        console.rule(Text(title, style="bold"), align="left", style="dim")
        hidden = 0
        for r in here:
            if not show_all and is_quiet_tail(r):
                hidden += 1
                continue
            style = STATUS_STYLE.get(r.status, "")
            row = line(Text(r.field, style="bold" if r.status == "mismatch" else ""), fmt_number(r.prose),
                       fmt_number(r.table), Text(r.status.replace("_", " "), style=style),
                       Text(field_label(r.field), style="dim"),
                       number_style=style if r.status in ("mismatch", "explained") else "")
            console.print(row, no_wrap=True, overflow="ellipsis")
            if r.explanation and not _PLAIN_MISMATCH.fullmatch(r.explanation):
                note = Text("↳ " + r.explanation, style=style if r.status != "match" else "")
                _print_indented(console, note, 2)
        if hidden:
            console.print(Text(f"+ {hidden} table-only sub-row{'s' if hidden > 1 else ''}, all 0; "
                               "--all shows them", style="dim"))


def _unsure(result: ExtractionResult, console: Console) -> None:
    """The prose facts reconciliation ignored, apart and dimmed (indented: never read as a field row)."""
    facts = unsure_facts(result)
    if not facts:
        return
    console.print()
    console.print(Text(f"? {len(facts)} prose fact{'s' if len(facts) > 1 else ''}: {UNSURE_NOTE}", style="dim"),
                  no_wrap=True, overflow="ellipsis")
    for f in facts:
        console.print(Text(f"  {f.field} = {fmt_number(f.value)}  (score {f.score:.2f}, at {f.start})  "
                           f"{field_label(f.field)}", style="dim"), no_wrap=True, overflow="ellipsis")


def _verdict(result: ExtractionResult) -> Text:
    mism = sum(r.status == "mismatch" for r in result.reconciliation)
    failed = sum(not c.passed for c in [*result.table_checks, *result.prose_checks])
    if mism or failed:
        parts = []
        if mism:
            parts.append(f"{mism} field{'s' if mism > 1 else ''} where {STATUS_GLOSS['mismatch']}")
        if failed:
            parts.append(f"{failed} failed check{'s' if failed > 1 else ''}")
        return Text("✗ " + ", ".join(parts) + " (details at the top)", style="bold red")
    agree = sum(r.status in ("match", "explained") for r in result.reconciliation)
    checks = len(result.table_checks) + len(result.prose_checks)
    parts = [f"all {checks} checks passed" if checks > 1 else "the 1 check passed"] if checks else []
    parts.append(f"{agree} field{'s' if agree > 1 else ''} agree{'s' if agree == 1 else ''} between prose and table"
                 if agree else "no field is stated in both prose and table (nothing to compare)")
    return Text(("✓ " if checks or agree else "· ") + "; ".join(parts), style="green" if agree else "")
