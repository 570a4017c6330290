"""``infer overview FACTS.jsonl --output overview.html [--xlsx facts.xlsx]``: a collection at a glance.

Reads the JSONL of a batch run (``infer extract … --jsonl``), and writes one offline page
(:mod:`infer.overview.page`) with the per-report ``--format html`` views beside it in
``<output stem>_reports/`` (re-rendered from each line and the report's text, so the page's links
resolve), and optionally an Excel workbook (:mod:`infer.overview.workbook`). The analysis itself is
:mod:`infer.overview.analysis`.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer

from infer.overview import analysis as A
from infer.overview.page import Overview, render_overview
from infer.overview.records import Report, read_jsonl, report_from_json, result_from_json

__all__ = ["build_overview", "overview_cli", "Overview"]


def _load_text(file: str) -> str | None:
    from infer.textio import InputError, load_report

    try:
        return load_report(file).text
    except (InputError, OSError):
        return None


def _view_name(r: Report, taken: set[str]) -> str:
    name = r.name + ".nianbao.html"
    base, k = name, 1
    while name in taken:  # two inputs with the same file name in different folders
        k += 1
        name = f"{k}_{base}"
    taken.add(name)
    return name


def write_views(reports: list[Report], folder: Path, href_prefix: str) -> tuple[dict[str, str], list[str]]:
    """Each readable report's ``--format html`` view in ``folder``; returns file → href and problems."""
    from infer.views.html_page import render_html

    folder.mkdir(parents=True, exist_ok=True)
    hrefs, problems, taken = {}, [], set()
    for r in reports:
        if r.error:
            continue
        text = _load_text(r.file)
        if text is None:
            problems.append(f"{r.file}: cannot be read any more; no view written")
            continue
        name = _view_name(r, taken)
        (folder / name).write_text(render_html(result_from_json(r.record), text), encoding="utf-8")
        hrefs[r.file] = f"{href_prefix}/{name}"
    return hrefs, problems


@dataclass
class Written:
    page: Path
    views: int
    workbook: Path | None
    problems: list[str]
    overview: Overview


def _fill_missing_metadata(reports: list[Report]) -> None:
    """A JSONL written before results carried a ``report`` object: read the metadata from the text now
    (the report must still be readable), so old runs group by body and year too."""
    from infer.metadata import read_metadata

    for i, r in enumerate(reports):
        if r.error or "report" in r.record:
            continue
        text = _load_text(r.file)
        if text is not None:
            reports[i] = report_from_json({**r.record, "report": read_metadata(text).to_json()})


def build_overview(jsonl: Path, output: Path, *, xlsx: Path | None = None, views: bool = True,
                   title: str | None = None) -> Written:
    reports = list(read_jsonl(jsonl))
    _fill_missing_metadata(reports)
    folder = output.parent / f"{output.stem}_reports"
    hrefs, problems = write_views(reports, folder, folder.name) if views else ({}, [])
    ov = Overview(reports=reports, disagreements=A.disagreements(reports), jumps=A.jumps(reports),
                  similar=A.similarities(reports, _load_text), hierarchy=A.hierarchy(reports), views=hrefs)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_overview(ov, title=title or f"nianbao overview: {jsonl.name}"), encoding="utf-8")
    if xlsx is not None:
        from infer.overview.workbook import write_workbook

        write_workbook(ov, xlsx)
    return Written(output, len(hrefs), xlsx, problems, ov)


def overview_cli(
    facts: Annotated[Path, typer.Argument(help="The JSONL of a batch run (infer extract … --jsonl FACTS.jsonl).",
                                          metavar="FACTS.jsonl", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The page to write (self-contained HTML); the "
                                         "per-report views go to <stem>_reports/ beside it.")] = Path("overview.html"),
    xlsx: Annotated[Optional[Path], typer.Option("--xlsx", metavar="FILE.xlsx", help=(
        "Also write an Excel workbook: sheets reports, facts, checks, disagreements (needs openpyxl)."),
        show_default=False)] = None,
    no_views: Annotated[bool, typer.Option("--no-views", help="Do not write the per-report pages.")] = False,
) -> None:
    """A whole collection on one page: reports by year, template and status; figures by year; the reports
    whose numbers disagree, ranked; per body, jumps above ×5 or below ×0.2 and copied wording; region
    against the sum of its bodies."""
    if not facts.is_file():
        print(f"infer: error: {facts}: no such file", file=sys.stderr)
        raise typer.Exit(2)
    try:
        done = build_overview(facts, output, xlsx=xlsx, views=not no_views)
    except UnicodeDecodeError:
        print(f"infer: error: {facts}: not a JSONL file (not UTF-8 text)", file=sys.stderr)
        raise typer.Exit(2)
    except OSError as exc:  # an unwritable output folder, a full disk
        print(f"infer: error: cannot write the overview: {exc.strerror or exc}: {exc.filename or output}",
              file=sys.stderr)
        raise typer.Exit(2)
    except RuntimeError as exc:  # the workbook without openpyxl
        print(f"infer: error: {exc}", file=sys.stderr)
        raise typer.Exit(2)
    if not done.overview.reports:
        print(f"infer: warning: {facts}: no report lines found", file=sys.stderr)
    for p in done.problems:
        print(f"infer: warning: {p}", file=sys.stderr)
    ov = done.overview
    print(f"infer: wrote {done.page} ({len(ov.reports)} reports, {len(ov.disagreements)} disagreeing, "
          f"{len(ov.jumps)} jumps, {sum(s.flagged for s in ov.similar)} near-identical pairs, "
          f"{done.views} report views)" + (f" and {done.workbook}" if done.workbook else ""), file=sys.stderr)
