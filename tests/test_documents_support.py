"""Test documents made at test time from the project's own example report (examples/report.txt).

No real report text is used: the generated PDFs and Word files hold the example's paragraphs and
tables, laid out the way published reports are (hard-wrapped justified lines with first-line
indents, ruled tables with merged cells, page numbers and a running header, optionally two columns),
so the document readers can be checked against the facts of the .txt itself.

Tables: examples/report.txt prints them as pipe rows. Here each becomes a grid: the row labels on
the left (a row with fewer labels than the table has label columns lets its first label span the
missing columns), the numbers right-aligned in the value columns, header rows right-aligned with
their first cell spanning the rest. Spans are real merged cells in the PDF and the .docx.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "report.txt"
_NUM = re.compile(r"^[0-9][0-9.,]*$")
FONT = "STSong-Light"  # reportlab's built-in CJK font (Adobe-GB1 CID font, not embedded)
RUNNING_HEADER = "青禾县人民政府办公室 政务公开专栏"


@dataclass
class Cell:
    text: str
    span: int = 1


@dataclass
class Table:
    rows: list[list[Cell]]
    width: int


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def example_blocks(text: str | None = None) -> list[tuple[str, object]]:
    """The example as ``("title", str)``, ``("p", str)`` and ``("table", Table)`` blocks."""
    text = example_text() if text is None else text
    out: list[tuple[str, object]] = []
    pipe_rows: list[list[str]] = []
    for line in text.splitlines():
        if "|" in line:
            cells = [c.strip() for c in line.split("|")]
            pipe_rows.append([c for c in cells if c])
            continue
        if pipe_rows:
            out.append(("table", _grid(pipe_rows)))
            pipe_rows = []
        if line.strip():
            out.append(("title" if not out else "p", line.strip()))
    if pipe_rows:
        out.append(("table", _grid(pipe_rows)))
    return out


def _grid(rows: list[list[str]]) -> Table:
    numeric = [r for r in rows if any(_NUM.match(c) for c in r)]
    label_cols = max((sum(1 for c in r if not _NUM.match(c)) for r in numeric), default=1) or 1
    value_cols = max(sum(1 for c in r if _NUM.match(c)) for r in rows) or 1
    width = label_cols + value_cols
    out: list[list[Cell]] = []
    for r in rows:
        labels = [c for c in r if not _NUM.match(c)]
        nums = [c for c in r if _NUM.match(c)]
        if nums:
            cells = [Cell(labels[0], label_cols - len(labels) + 1)] + [Cell(x) for x in labels[1:]] if labels \
                else [Cell("", label_cols)]
            if value_cols - len(nums):
                cells.append(Cell("", value_cols - len(nums)))
            cells += [Cell(n) for n in nums]
        else:
            cells = [Cell(labels[0], width - len(labels) + 1)] + [Cell(x) for x in labels[1:]]
        out.append(cells)
    return Table(rows=out, width=width)


def expand(row: list[Cell]) -> Iterator[tuple[int, Cell]]:
    """(grid column, cell) for each cell of a row."""
    col = 0
    for cell in row:
        yield col, cell
        col += cell.span


# --- PDF (reportlab) ----------------------------------------------------------------------------------

def tables_section(text: str | None = None) -> str:
    """The example's sections 三 and 四 only (the two statistics tables under their headings)."""
    text = example_text() if text is None else text
    return text[text.index("三、收到和处理"):text.index("五、")]


def make_pdf(path: Path, *, two_columns: bool = False, text: str | None = None, cell_font: float = 7,
             ruled: bool = True) -> Path:
    """The example as a PDF: A4, justified CJK paragraphs with a two-character first-line indent,
    ruled tables with merged cells, a running header and ``- N -`` page numbers."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                    Table as RLTable, TableStyle)
    from reportlab.platypus.doctemplate import NextPageTemplate

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    size = 10.5 if two_columns else 12
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.6, alignment=TA_JUSTIFY,
                          wordWrap="CJK", firstLineIndent=2 * size)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=24, alignment=TA_CENTER, firstLineIndent=0)
    cell_style = ParagraphStyle("cell", fontName=FONT, fontSize=cell_font, leading=cell_font * 1.2, wordWrap="CJK")

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, RUNNING_HEADER)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"- {doc.page} -")
        canvas.restoreState()

    margin = 22 * mm
    frame_h = A4[1] - 2 * margin
    if two_columns:
        gap = 8 * mm
        col_w = (A4[0] - 2 * margin - gap) / 2
        frames = [Frame(margin, margin, col_w, frame_h, id="left"),
                  Frame(margin + col_w + gap, margin, col_w, frame_h, id="right")]
    else:
        frames = [Frame(margin, margin, A4[0] - 2 * margin, frame_h, id="body")]
    full = Frame(margin, margin, A4[0] - 2 * margin, frame_h, id="full")
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[
        PageTemplate(id="text", frames=frames, onPage=decorate),
        PageTemplate(id="tables", frames=[full], onPage=decorate)])
    story: list = []
    table_width = A4[0] - 2 * margin
    switched = False
    for kind, content in example_blocks(text):
        if kind == "title":
            story.append(Paragraph(str(content), title))
            story.append(Spacer(1, 6))
        elif kind == "p":
            story.append(Paragraph(str(content), body))
        else:
            assert isinstance(content, Table)
            if two_columns and not switched:  # tables are printed across the page, as reports do
                story += [NextPageTemplate("tables"), PageBreak()]
                switched = True
            story.append(Spacer(1, 4))
            story.append(_rl_table(content, table_width, cell_style, colors, RLTable, TableStyle, Paragraph, ruled))
            story.append(Spacer(1, 4))
    doc.build(story)
    return path


def _rl_table(t: Table, width: float, style, colors, RLTable, TableStyle, Paragraph, ruled: bool = True):
    label_w = width * (0.34 if t.width > 6 else 0.4)
    grid: list[list[object]] = [["" for _ in range(t.width)] for _ in t.rows]
    spans = []
    for r, row in enumerate(t.rows):
        for c, cell in expand(row):
            grid[r][c] = Paragraph(cell.text, style) if cell.text else ""
            if cell.span > 1:
                spans.append(("SPAN", (c, r), (c + cell.span - 1, r)))
    first = max(1, t.width - max(sum(1 for c in row if _NUM.match(c.text)) for row in t.rows))
    widths = [label_w / first] * first + [(width - label_w) / (t.width - first)] * (t.width - first)
    table = RLTable(grid, colWidths=widths, repeatRows=0)
    rules = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else []
    table.setStyle(TableStyle([*rules, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *spans]))
    return table


def cjk_font_installed() -> bool:
    """Rendering the generated PDFs (their CJK font is not embedded) needs a system CJK font; the
    OCR tests are skipped without one (scripts/setup.sh --test installs fonts-noto-cjk)."""
    import shutil
    import subprocess

    if shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    return bool(out.strip())


def render_page_png(pdf: Path, page_index: int, out: Path, dpi: int = 200) -> Path:
    """One page of a PDF as a PNG (pypdfium2, which pdfplumber brings)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        image = doc[page_index].render(scale=dpi / 72).to_pil()
    finally:
        doc.close()
    image.save(out)
    return out


def make_scanned_pdf(src_pdf: Path, page_index: int, path: Path, dpi: int = 200) -> Path:
    """A PDF with no text layer: one page of ``src_pdf`` rendered to an image, saved as a PDF page."""
    from PIL import Image

    png = render_page_png(src_pdf, page_index, path.with_suffix(".png"), dpi)
    with Image.open(png) as im:
        im.convert("RGB").save(path, "PDF", resolution=dpi)
    return path


def page_with(pdf: Path, needle: str) -> int:
    """The index of the first page whose text layer holds ``needle``."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        for i, page in enumerate(doc.pages):
            if needle in (page.extract_text() or "").replace(" ", ""):
                return i
    raise AssertionError(f"{needle!r} is on no page of {pdf}")


# --- DOCX (python-docx) -------------------------------------------------------------------------------

def make_docx(path: Path, *, text: str | None = None) -> Path:
    """The example as a .docx: one paragraph per paragraph, tables with horizontally merged cells,
    a page header that must not be read as text."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = RUNNING_HEADER
    for kind, content in example_blocks(text):
        if kind == "title":
            d.add_heading(str(content), level=1)
        elif kind == "p":
            p = d.add_paragraph(str(content))
            p.paragraph_format.first_line_indent = Pt(24)
        else:
            assert isinstance(content, Table)
            table = d.add_table(rows=len(content.rows), cols=content.width)
            table.style = "Table Grid"
            for r, row in enumerate(content.rows):
                for c, cell in expand(row):
                    target = table.cell(r, c)
                    if cell.span > 1:
                        target = target.merge(table.cell(r, c + cell.span - 1))
                    target.text = cell.text
    d.save(str(path))
    return path
