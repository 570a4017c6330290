"""PDF → report text, with pdfplumber (MIT, on pdfminer.six; pages rendered for OCR by pypdfium2).

What a report PDF needs beyond "extract the text" (see :mod:`infer.documents.lines` for the rules):

* **tables keep their cells**: ruled tables found by pdfplumber become TAB rows, merged cells leave
  empty cells (as HTML tables do); a table broken by a page break continues on the next page;
  a framed paragraph (a one-column "table") stays prose;
* **page furniture is dropped**: page numbers (``- 1 -``, ``第3页``) and running headers/footers
  (the same line at the top or bottom of most pages);
* **hard-wrapped lines are joined** inside sentences and numbers, also across page breaks;
* **two-column pages** are read column by column (a vertical gutter no line crosses);
* **scanned pages** (no text layer) and large images on text pages (tables printed as pictures) are
  read by OCR when Tesseract is installed (:mod:`infer.documents.ocr`), otherwise each is named in
  a page warning.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from infer.documents import DocumentError, ocr, scan
from infer.documents.lines import (Block, Glyph, Line, Margins, blocks_to_text, furniture_key,
                                   group_rows, is_page_number, is_wide, make_line, margins, split_segments,
                                   table_lines)

#: lines in this share of the page height at the top or bottom may be page furniture
FURNITURE_BAND = 0.08
#: a page with fewer characters than this in its text layer is treated as a scan
MIN_TEXT_CHARS = 10
#: an image covering at least this share of a text page may be a table printed as a picture
IMAGE_TABLE_AREA = 0.08
#: the resolution pages are rendered at for OCR
OCR_DPI = 300
#: a page whose characters are mostly unmapped glyph numbers (pdfminer's "(cid:123)") is read by OCR
UNMAPPED_SHARE = 0.3
_CID = re.compile(r"^\(cid:\d+\)$")


class PdfError(DocumentError):
    """A PDF that cannot be read (encrypted, corrupt, no pages): one line, without the file name."""


@dataclass
class PdfText:
    text: str
    pages: int
    extractor: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Page:
    number: int
    height: float
    width: float
    lines: list[Line]  # text lines outside tables, in reading order
    tables: list[tuple[float, list[str], int]]  # (top, TAB rows, columns)
    column_margins: dict[int, Margins] = field(default_factory=dict)  # id(line) -> its column's margins
    ocr: bool = False


def read_pdf(data: bytes) -> PdfText:
    """Extract the text of a PDF (see the module docstring). Raises :class:`PdfError`."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        page_objs = list(pdf.pages)
    except Exception as exc:  # pdfminer raises many types; all mean "not readable"
        raise PdfError(_open_error(exc)) from None
    if not page_objs:
        raise PdfError("the PDF has no pages")
    warnings: list[str] = []
    pages: list[_Page] = []
    used_ocr = False
    try:
        for page in page_objs:
            p = _read_page(page, warnings)
            used_ocr |= p.ocr
            pages.append(p)
    except PdfError:
        raise
    except Exception as exc:
        raise PdfError(f"the PDF is damaged and cannot be read ({type(exc).__name__}: {exc})".splitlines()[0]) from None
    finally:
        pdf.close()

    _drop_furniture(pages)
    body = [ln for p in pages if not p.ocr for ln in p.lines]
    m = margins(body) or margins([ln for p in pages for ln in p.lines])
    text = blocks_to_text([_blocks(p) for p in pages], m)
    extractor = f"pdfplumber {pdfplumber.__version__}"
    if used_ocr:
        extractor += f" + {ocr.version()}"
    return PdfText(text=text, pages=len(pages), extractor=extractor, warnings=warnings)


def _open_error(exc: Exception) -> str:
    name = type(exc).__name__
    chain = f"{name}: {exc}"
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        chain += f" / {type(cause).__name__}: {cause}"
    low = chain.lower()
    if "password" in low or "encrypt" in low:
        return "the PDF is encrypted (password-protected): save an unprotected copy first"
    if "no /root" in low or "syntax" in low or "eof" in low or "xref" in low or "startxref" in low:
        return "not a readable PDF (damaged or truncated)"
    return f"not a readable PDF ({chain})".splitlines()[0]


# --- one page ---------------------------------------------------------------------------------------

def _read_page(page: Any, warnings: list[str]) -> _Page:
    number = page.page_number
    width, height = float(page.width), float(page.height)
    chars = [c for c in page.chars if c.get("upright", True) and c.get("text")]
    unmapped = sum(1 for c in chars if _CID.match(c["text"]))
    if unmapped > UNMAPPED_SHARE * max(1, len(chars)):
        # fonts without a Unicode map: the text layer holds glyph numbers, not characters
        return _ocr_page(page, number, width, height, warnings,
                         why="its text layer cannot be decoded (fonts without a Unicode map)")
    chars = [c for c in chars if not _CID.match(c["text"])]
    if sum(1 for c in chars if c["text"].strip()) < MIN_TEXT_CHARS:
        return _ocr_page(page, number, width, height, warnings)

    tables: list[tuple[float, list[str], int]] = []
    boxes: list[tuple[float, float, float, float]] = []
    for t in page.find_tables():
        rows = t.extract()
        if not _is_data_table(rows):
            continue  # a framed paragraph: its text is read as prose
        columns = max(len(r) for r in rows)
        tables.append((float(t.bbox[1]), table_lines(rows), columns))
        boxes.append(tuple(float(v) for v in t.bbox))

    glyphs = [Glyph(c["text"], float(c["x0"]), float(c["x1"]), float(c["top"]), float(c["bottom"]),
                    float(c.get("size") or (c["bottom"] - c["top"])))
              for c in chars if not _inside(c, boxes)]
    p = _Page(number=number, height=height, width=width, lines=[], tables=tables)
    _layout_lines(p, glyphs)
    _image_tables(page, p, warnings)
    return p


def _is_data_table(rows: Sequence[Sequence[str | None]]) -> bool:
    """At least two rows with two or more non-empty cells: a one-column frame is not a table."""
    full = sum(1 for r in rows if sum(1 for c in r if c and c.strip()) >= 2)
    return full >= 2


def _inside(c: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def find_gutter(segments: Sequence[Line], width: float) -> float | None:
    """The x of a vertical gutter in the middle of the page that (almost) no text segment crosses,
    with body text on both sides; ``None`` for a one-column page."""
    if len(segments) < 8:
        return None
    best: tuple[int, float] | None = None
    x = width * 0.3
    while x <= width * 0.7:
        crossing = sum(1 for ln in segments if ln.x0 < x < ln.x1)
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += 2.0
    assert best is not None
    crossing, gutter = best
    def prose_like(side: list[Line]) -> bool:
        """Running text, not a table's cells: lines of several Chinese characters, most of them."""
        wordy = [ln for ln in side if sum(1 for c in ln.text if is_wide(c)) >= 6]
        return len(wordy) >= 4 and len(wordy) >= 0.6 * len(side)

    left = [ln for ln in segments if ln.x1 <= gutter]
    right = [ln for ln in segments if ln.x0 >= gutter]
    if crossing > max(1, len(segments) // 10) or not prose_like(left) or not prose_like(right):
        return None
    return gutter


def _layout_lines(p: _Page, glyphs: list[Glyph]) -> None:
    """Text lines in reading order. On a two-column page (:func:`find_gutter`) a row that crosses the
    gutter (a title) is one line and cuts the page into bands; within a band the left column is read
    before the right one, each with its own margins."""
    rows = group_rows(glyphs)
    segments = [ln for row in rows for seg in split_segments(row) if (ln := make_line(seg)) is not None]
    gutter = find_gutter(segments, p.width)
    if gutter is None:
        p.lines = [ln for row in rows if (ln := make_line(row)) is not None]
        return
    ordered: list[Line] = []
    left_band: list[Line] = []
    right_band: list[Line] = []
    lefts: list[Line] = []
    rights: list[Line] = []

    def flush() -> None:
        ordered.extend(left_band)
        ordered.extend(right_band)
        left_band.clear()
        right_band.clear()

    for row in rows:
        segs = split_segments(row)
        if any(seg[0].x0 < gutter < seg[-1].x1 for seg in segs):
            flush()
            if (ln := make_line(row)) is not None:
                ordered.append(ln)
            continue
        left = make_line([g for g in row if g.x1 <= gutter])
        right = make_line([g for g in row if g.x0 >= gutter])
        if left is not None:
            left_band.append(left)
            lefts.append(left)
        if right is not None:
            right_band.append(right)
            rights.append(right)
    flush()
    p.lines = ordered
    lm, rm = margins(lefts), margins(rights)
    for ln in lefts:
        if lm is not None:
            p.column_margins[id(ln)] = lm
    for ln in rights:
        if rm is not None:
            p.column_margins[id(ln)] = rm


def _image_tables(page: Any, p: _Page, warnings: list[str]) -> None:
    """Large images on a page with text: OCR them (a table printed as a picture), or say so."""
    area = p.width * p.height
    big = [im for im in page.images
           if (float(im["x1"]) - float(im["x0"])) * (float(im["bottom"]) - float(im["top"])) >= IMAGE_TABLE_AREA * area]
    for im in big:
        bbox = (max(0.0, float(im["x0"])), max(0.0, float(im["top"])),
                min(p.width, float(im["x1"])), min(p.height, float(im["bottom"])))
        if not ocr.available():
            warnings.append(f"page {p.number}: an image (possibly a table) was not read: {ocr.install_hint()}")
            continue
        lines, tables = _ocr_region(page, bbox)
        warnings.append(f"page {p.number}: an image was read by OCR ({len(tables)} ruled table(s), {len(lines)} "
                        "lines); OCR can misread digits: check the table's arithmetic checks")
        p.lines = sorted(p.lines + lines, key=lambda ln: ln.top)
        p.tables = sorted(p.tables + tables, key=lambda t: t[0])


def _ocr_page(page: Any, number: int, width: float, height: float, warnings: list[str],
              why: str = "no text layer (a scanned image)") -> _Page:
    p = _Page(number=number, height=height, width=width, lines=[], tables=[], ocr=True)
    if not ocr.available():
        warnings.append(f"page {number}: {why}, not read: {ocr.install_hint()}")
        return p
    p.lines, p.tables = _ocr_region(page, None)
    if p.lines or p.tables:
        warnings.append(f"page {number}: {why}, read by OCR ({ocr.version()}); OCR can misread "
                        "digits: check the table's arithmetic checks")
    else:
        warnings.append(f"page {number}: {why}, and OCR found no text on it")
    return p


def _ocr_region(page: Any, bbox: tuple[float, float, float, float] | None
                ) -> tuple[list[Line], list[tuple[float, list[str], int]]]:
    """OCR the page (or a region of it) rendered at :data:`OCR_DPI` (:mod:`infer.documents.scan`):
    text lines and ruled tables, boxes back in PDF points."""
    region = page.crop(bbox) if bbox else page
    image = region.to_image(resolution=OCR_DPI).original
    scale = 72.0 / OCR_DPI
    dx, dy = (bbox[0], bbox[1]) if bbox else (0.0, 0.0)
    got = scan.read_image(image, ocr.words, ocr.digits)
    lines = [Line(text=ln.text, x0=dx + ln.x0 * scale, x1=dx + ln.x1 * scale, top=dy + ln.top * scale,
                  bottom=dy + ln.bottom * scale, size=ln.size * scale, segments=ln.segments) for ln in got.lines]
    tables = [(dy + top * scale, table_lines(rows), max((len(r) for r in rows), default=0))
              for top, rows in got.tables]
    return lines, tables


# --- the whole document -------------------------------------------------------------------------------

def _drop_furniture(pages: list[_Page]) -> None:
    """Remove page numbers and running headers/footers from the top and bottom bands of each page."""
    def band_lines(p: _Page) -> list[Line]:
        lo, hi = p.height * FURNITURE_BAND, p.height * (1 - FURNITURE_BAND)
        return [ln for ln in p.lines if ln.bottom <= lo or ln.top >= hi]

    counts: Counter[str] = Counter()
    for p in pages:
        counts.update({furniture_key(ln.text) for ln in band_lines(p)})
    repeated = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, len(pages) // 2)}
    for p in pages:
        drop = {id(ln) for ln in band_lines(p) if is_page_number(ln.text) or furniture_key(ln.text) in repeated}
        p.lines = [ln for ln in p.lines if id(ln) not in drop]


def _blocks(p: _Page) -> list[Block]:
    """A page's content in reading order: runs of text lines (in their, possibly two-column, order)
    and tables, each table placed before the first line below its top edge."""
    tables = sorted(p.tables, key=lambda t: t[0])
    out: list[Block] = []
    ti = 0
    current: Block | None = None
    for ln in p.lines:
        while ti < len(tables) and tables[ti][0] <= ln.top:
            top, rows, cols = tables[ti]
            out.append(Block(top=top, rows=rows, columns=cols))
            ti += 1
            current = None
        col = p.column_margins.get(id(ln))
        if current is None or current.margins is not col:
            current = Block(top=ln.top, margins=col)
            out.append(current)
        current.lines.append(ln)
    out.extend(Block(top=top, rows=rows, columns=cols) for top, rows, cols in tables[ti:])
    return out
