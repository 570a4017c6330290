"""The default ``infer extract`` view: what a researcher needs to trust or distrust the numbers.

A header (file, encoding, table template), one table of fields with the prose value, the table value
and the reconciliation status (mismatch red, explained yellow, match green), then the failed
arithmetic checks and the warnings. Nothing is hidden: a failed check is as visible as a value.
"""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from infer.result import Check, ExtractionResult
from infer.views import STATUS_GLOSS, field_label, fmt_number

STATUS_STYLE = {
    "match": "green",
    "mismatch": "bold red",
    "explained": "yellow",
    "prose_only": "cyan",
    "table_only": "blue",
}


def render_terminal(result: ExtractionResult, console: Console, *, document_format: str | None = None) -> None:
    """Print ``result`` to ``console`` (colour when the console is a terminal)."""
    header = Text()
    header.append("file      ", style="dim").append(result.file, style="bold").append("\n")
    header.append("encoding  ", style="dim").append(result.encoding)
    if document_format:
        header.append(f" ({document_format})", style="dim")
    header.append("\n")
    header.append("template  ", style="dim").append(result.table_template or "none found")
    header.append(f"  table {result.table_status}", style="dim").append("\n")
    header.append("facts     ", style="dim").append(
        f"{len(result.prose_facts)} from prose, {len(result.table_facts)} from tables")
    console.print(header)

    if result.reconciliation:
        counts: dict[str, int] = {}
        for r in result.reconciliation:
            counts[r.status] = counts.get(r.status, 0) + 1
        table = Table(title="Fields: prose vs table", title_justify="left", show_lines=False,
                      caption=", ".join(f"{n} {s}" for s, n in sorted(counts.items())), caption_justify="left")
        table.add_column("field", overflow="fold")
        table.add_column("prose", justify="right")
        table.add_column("table", justify="right")
        table.add_column("status")
        table.add_column("note", overflow="fold")
        for r in result.reconciliation:
            style = STATUS_STYLE.get(r.status, "")
            table.add_row(Text(field_label(r.field)).append(f"\n{r.field}", style="dim"), fmt_number(r.prose), fmt_number(r.table),
                          Text(r.status, style=style), Text(r.explanation, style=style if r.status != "match" else ""))
        console.print(table)
    else:
        console.print(Text("No statistics found in prose or tables.", style="yellow"))

    failed = [c for c in [*result.table_checks, *result.prose_checks] if not c.passed]
    checked = len(result.table_checks) + len(result.prose_checks)
    if failed:
        checks = Table(title=f"Failed checks ({len(failed)} of {checked})", title_justify="left",
                       title_style="bold red")
        checks.add_column("scope")
        checks.add_column("rule", overflow="fold")
        checks.add_column("expected", justify="right")
        checks.add_column("actual", justify="right")
        checks.add_column("terms", overflow="fold")
        for c in failed:
            checks.add_row(c.scope, c.rule, fmt_number(c.expected), fmt_number(c.actual), _terms(c))
        console.print(checks)
    elif checked:
        console.print(Text(f"All {checked} arithmetic checks passed.", style="green"))

    for w in result.warnings:
        console.print(Text("warning: ", style="yellow").append(w, style=""))
    mism = sum(1 for r in result.reconciliation if r.status == "mismatch")
    if mism:
        console.print(Text(f"{mism} field(s) where {STATUS_GLOSS['mismatch']}.", style="bold red"))


def _terms(c: Check) -> str:
    return ", ".join(f"{k}={fmt_number(v)}" for k, v in c.terms.items())
