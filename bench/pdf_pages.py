"""Seconds per page for PDF reports (issue 12): text layer, whole extraction, and OCR'd scans.

    python bench/pdf_pages.py                 # prints a markdown table, writes bench/pdf_results.md
    python bench/run.py                 # also appends the same table to bench/results.md

Measured in this process, each a median of ``--rounds`` runs after one warm-up:

* **text layer**: ``load_report`` (pdfplumber: tables, furniture, line joining) on the real PDF in
  ``../shared/corpus/pdf`` and on a PDF generated from examples/report.txt;
* **whole extraction**: ``infer.pipeline.extract`` on the same (tables + the shipped model + reconciliation);
* **OCR**: ``load_report`` on a one-page scan (the example's table 三 rendered at 300 dpi), where
  Tesseract is installed.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def _timed(fn: Callable[[], Any], rounds: int) -> float:
    fn()  # warm-up (imports, model load)
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return len(pdf.pages)


def measure(rounds: int = 3, use_model: bool = True) -> list[dict[str, Any]]:
    """One row per input: pages, seconds per page for loading and for the whole extraction."""
    from infer.documents import ocr
    from infer.pipeline import extract
    from infer.textio import load_report
    from test_documents_support import make_pdf, make_scanned_pdf, page_with, tables_section

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="nianbao-pdfbench-") as tmp:
        inputs: list[tuple[str, Path, bool]] = []
        real = SHARED / "corpus" / "pdf" / "huaian2024.pdf"
        if real.exists():
            inputs.append(("real report PDF (text layer)", real, True))
        inputs.append(("example PDF (text layer, generated)", make_pdf(Path(tmp) / "example.pdf"), True))
        if ocr.available():
            src = make_pdf(Path(tmp) / "tables.pdf", text=tables_section(), cell_font=9)
            scan = make_scanned_pdf(src, page_with(src, "本年新收政府信息公开申请数量"), Path(tmp) / "scan.pdf", dpi=300)
            inputs.append((f"scanned page, OCR ({ocr.version()})", scan, False))
        for label, path, with_extract in inputs:
            pages = _pages(path)
            load_s = _timed(lambda: load_report(path), rounds if with_extract else 1)
            row = {"input": label, "pages": pages, "load_s_per_page": load_s / pages}
            if with_extract:
                doc = load_report(path)
                row["extract_s_per_page"] = _timed(lambda: extract(doc, use_model=use_model), rounds) / pages
            rows.append(row)
    return rows


def render(rows: list[dict[str, Any]], use_model: bool = True) -> str:
    what = "tables + model + reconciliation" if use_model else "tables + reconciliation (--no-model)"
    lines = ["## PDF reports: seconds per page", "",
             f"Median of warm runs in one process; extraction after loading = {what}. Produced by `python bench/pdf_pages.py`.",
             "", "| input | pages | load (s/page) | extraction after loading (s/page) |", "|---|---|---|---|"]
    for r in rows:
        ext = f"{r['extract_s_per_page']:.3f}" if "extract_s_per_page" in r else "–"
        lines.append(f"| {r['input']} | {r['pages']} | {r['load_s_per_page']:.3f} | {ext} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-model", action="store_true", help="time the extraction without the prose model")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "pdf_results.md")
    args = ap.parse_args()
    table = render(measure(args.rounds, not args.no_model), not args.no_model)
    print(table)
    args.out.write_text(table, encoding="utf-8")
    print(f"bench: wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
