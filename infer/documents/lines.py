"""Positioned text → the plain text the pipeline reads: shared by the PDF reader and the OCR wrapper.

A PDF (or an OCR'd image) does not hold paragraphs, only glyphs at positions. The rules here turn
glyphs into lines and lines into paragraphs the way a reader does, so that a number or a sentence
hard-wrapped at the right margin (``…行政复议 351`` / ``件，其中…``) reads as one run of text again:

* glyphs on one baseline form a line; a horizontal gap wider than :data:`CELL_GAP` font sizes splits
  it into *segments* (table cells printed without ruling lines), joined by a TAB;
* a space is kept between two narrow characters (Latin words, ``0517-8360 5210``) where the gap is
  wider than a third of the font size, and never next to a Chinese character: justified Chinese
  text is full of such gaps and ``2024 年`` means ``2024年``;
* a line continues the previous one unless the previous line ended short of the right margin, the
  line is indented (a new paragraph), the font size changes (a title), or a blank gap separates them.
  Continuation lines are joined with nothing between them next to Chinese characters and digits
  (``351`` / ``件``), and with one space between two Latin words.

Tables are not built here: a reader hands over their rows, and :func:`table_lines` renders them as
TAB rows, exactly as :mod:`infer.html_text` renders ``<tr>`` (merged cells leave empty cells).
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

#: a horizontal gap wider than this many font sizes separates two cells of one printed row
CELL_GAP = 1.5
#: a gap wider than this share of the font size between two narrow characters is a space
SPACE_GAP = 0.3


def is_wide(ch: str) -> bool:
    """Chinese characters and full-width punctuation: no space is ever inserted next to them."""
    return bool(ch) and unicodedata.east_asian_width(ch[0]) in ("W", "F")


@dataclass
class Glyph:
    """One character (PDF) or one recognised word (OCR) with its box, in points from the page top."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class Line:
    """One printed line: its text (segments joined by TAB) and its box."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    segments: int = 1

    @property
    def is_row(self) -> bool:
        """Printed cells with wide gaps between them: a table row without ruling lines."""
        return self.segments > 1


@dataclass
class Block:
    """A unit of page content in reading order: paragraphs are built from ``lines``; a table block
    holds finished TAB rows."""

    top: float
    lines: list[Line] = field(default_factory=list)
    rows: list[str] | None = None  # set for tables
    columns: int = 0  # the table's column count (continuation across pages)
    margins: "Margins | None" = None  # of this block's column, when it differs from the page's

    @property
    def is_table(self) -> bool:
        return self.rows is not None


def group_rows(glyphs: Iterable[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into printed rows (by vertical overlap), each sorted left to right."""
    ordered = sorted(glyphs, key=lambda g: (g.top, g.x0))
    rows: list[list[Glyph]] = []
    for g in ordered:
        if not g.text.strip() and g.text != " ":
            continue
        for row in reversed(rows[-3:]):
            ref = row[0]
            tolerance = 0.5 * max(min(ref.size, g.size), 1.0)
            overlap = min(g.bottom, ref.bottom) - max(g.top, ref.top)
            centre = (g.top + g.bottom) / 2
            if (abs(g.top - ref.top) <= tolerance or abs(g.bottom - ref.bottom) <= tolerance
                    or overlap >= 0.5 * min(g.bottom - g.top, ref.bottom - ref.top)
                    or ref.top <= centre <= ref.bottom):  # OCR boxes: punctuation sits low, digits are short
                row.append(g)
                break
        else:
            rows.append([g])
    return [sorted(row, key=lambda g: g.x0) for row in rows]


def split_segments(row: list[Glyph]) -> list[list[Glyph]]:
    """A row cut at gaps wider than :data:`CELL_GAP` font sizes (cells, or two columns of text)."""
    if not row:
        return []
    size = statistics.median(g.size for g in row) or 1.0
    out = [[row[0]]]
    for prev, g in zip(row, row[1:]):
        if g.x0 - prev.x1 > CELL_GAP * size:
            out.append([g])
        else:
            out[-1].append(g)
    return out


def make_line(glyphs: list[Glyph]) -> Line | None:
    """A line from glyphs sorted left to right; ``None`` if it holds no text."""
    line = _make_line(glyphs) if glyphs else None
    return line if line is not None and line.text.strip() else None


def glyphs_to_lines(glyphs: Iterable[Glyph]) -> list[Line]:
    """Group glyphs into lines (by vertical overlap), left to right, top to bottom."""
    lines = [make_line(row) for row in group_rows(glyphs)]
    return [line for line in lines if line is not None]


def _make_line(glyphs: list[Glyph]) -> Line:
    size = statistics.median(g.size for g in glyphs) or 1.0
    parts: list[str] = []
    segments = 1
    prev: Glyph | None = None
    for g in glyphs:
        if g.text == " ":  # a real space character: kept once, unless next to a Chinese character
            if parts and parts[-1] != " " and parts[-1] != "\t":
                parts.append(" ")
            continue
        if prev is not None:
            gap = g.x0 - prev.x1
            if gap > CELL_GAP * size:
                while parts and parts[-1] == " ":
                    parts.pop()
                parts.append("\t")
                segments += 1
            elif gap > SPACE_GAP * size and not is_wide(prev.text[-1]) and not is_wide(g.text[0]):
                if parts and parts[-1] not in (" ", "\t"):
                    parts.append(" ")
        parts.append(g.text)
        prev = g
    text = _drop_spaces_next_to_wide("".join(parts).strip(" "))
    return Line(text=text, x0=glyphs[0].x0, x1=max(g.x1 for g in glyphs), top=min(g.top for g in glyphs),
                bottom=max(g.bottom for g in glyphs), size=size, segments=segments)


def _drop_spaces_next_to_wide(s: str) -> str:
    """``2024 年`` → ``2024年``: spaces next to Chinese characters in a PDF are layout, not text."""
    return re.sub(r" +", lambda m: "" if (m.start() > 0 and is_wide(s[m.start() - 1]))
                  or (m.end() < len(s) and is_wide(s[m.end()])) else " ", s)


def join_wrapped(left: str, right: str) -> str:
    """Join a hard-wrapped line to the next: a space only between two Latin letters."""
    if not left:
        return right
    if not right:
        return left
    a, b = left[-1], right[0]
    if a.isascii() and a.isalpha() and b.isascii() and b.isalpha():
        return left + " " + right
    return left + right


def cell_text(raw: str | None) -> str:
    """A table cell's text on one line: wrapped lines joined like prose, TABs cannot leak in."""
    if not raw:
        return ""
    out = ""
    for piece in raw.replace("\t", " ").splitlines():
        out = join_wrapped(out, _drop_spaces_next_to_wide(" ".join(piece.split())))
    return out


def table_lines(rows: Sequence[Sequence[str | None]]) -> list[str]:
    """Rows of cells (``None`` = covered by a merged cell) → TAB rows; empty rows dropped."""
    out = []
    for row in rows:
        cells = [cell_text(c) for c in row]
        if any(cells):
            out.append("\t".join(cells))
    return out


@dataclass
class Margins:
    """Where a column of body text starts and ends, to tell wrapped lines from paragraph ends."""

    left: float
    right: float
    size: float = 0.0  # the body text's font size (a larger one is a title's)


def margins(lines: Sequence[Line]) -> Margins | None:
    """The body text's left edge (the most common start) and right edge (the 80th percentile of the
    ends of lines that start there). ``None`` without enough lines to tell."""
    body = [ln for ln in lines if not ln.is_row]
    if len(body) < 2:
        return None
    starts = [round(ln.x0) for ln in body]
    left = statistics.mode(starts)
    flush = sorted(ln.x1 for ln in body if abs(ln.x0 - left) <= 2) or sorted(ln.x1 for ln in body)
    # not the furthest end: punctuation hanging into the margin and ragged-right text (lines ending
    # a character or two early) would make every ordinary line look short
    right = flush[min(len(flush) - 1, int(0.8 * len(flush)))]
    return Margins(left=float(left), right=right, size=statistics.median(ln.size for ln in body))


def continues(prev: Line, cur: Line, m: Margins | None, m_prev: Margins | None = None) -> bool:
    """True when ``cur`` is the next line of ``prev``'s paragraph (see the module docstring).
    ``m`` are the margins of ``cur``'s column, ``m_prev`` those of ``prev``'s (default: the same)."""
    mp = m_prev or m
    if m is None or mp is None or prev.is_row or cur.is_row:
        return False
    size = max(prev.size, cur.size, 1.0)
    if abs(prev.size - cur.size) > 0.15 * size:
        return False
    if prev.x1 < mp.right - 1.5 * size:  # ended short: the paragraph ended there
        return False
    if m.size and cur.size > 1.15 * m.size and abs((cur.x0 - m.left) - (m.right - cur.x1)) < 1.5 * size:
        return True  # a title wrapped over a centred second line
    if cur.x0 > m.left + 0.8 * size:  # indented: a new paragraph
        return False
    if prev.x0 > mp.left + 4 * size:  # a centred title line, even if long
        return False
    if m is mp and 0 <= cur.top - prev.bottom and cur.top - prev.bottom > 1.6 * size:  # a blank gap
        return False
    return not prev.text.rstrip().endswith(("：", ":")) or cur.text[:1].isdigit()


def paragraphs(lines: Sequence[Line], m: Margins | None, carry: Line | None = None,
               carry_margins: Margins | None = None) -> tuple[list[str], bool]:
    """Lines of one column → paragraph strings. ``carry`` is the last line of the previous column or
    page: if the first line continues it, the first returned paragraph must be appended to the
    previous text (second return value)."""
    out: list[str] = []
    first_continues = False
    prev = carry
    for ln in lines:
        if prev is not None and continues(prev, ln, m, carry_margins if prev is carry else m):
            if out:
                out[-1] = join_wrapped(out[-1], ln.text)
            else:
                out.append(ln.text)
                first_continues = True
        else:
            out.append(ln.text)
        prev = ln
    return out, first_continues


_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－·•.]*(?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?(?:\s*[/／]\s*[0-9]{1,4}|\s*共\s*[0-9]{1,4}\s*页)?[\s\-—–－·•.]*$"
    r"|^(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?$", re.I)


def is_page_number(text: str) -> bool:
    """``- 1 -``, ``第 3 页``, ``第3页 共6页``, ``2/6``, ``Page 2 of 6``, a bare number."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def furniture_key(text: str) -> str:
    """A running header/footer compared across pages: digits (page numbers, dates) ignored."""
    return re.sub(r"[0-9０-９]+", "#", re.sub(r"\s+", "", text))


def blocks_to_text(pages: Sequence[Sequence[Block]], m: Margins | None) -> str:
    """Pages of blocks in reading order → the document text: paragraphs one per line, tables as
    TAB rows with a blank line around them; a paragraph or a table broken by a page break is joined
    again (a table continues when the next page starts with a table of as many columns)."""
    out: list[str] = []  # finished lines
    last_line: Line | None = None  # the last prose line, if the last thing written was prose
    last_margins: Margins | None = m
    last_table_cols = 0  # the column count, if the last thing written was a table
    table_head: list[str] = []  # the first rows of the current table (a header repeated per page)
    for page in pages:
        for block in page:
            if block.is_table:
                rows = block.rows or []
                if not rows:
                    continue
                if last_table_cols and block.columns == last_table_cols:
                    while out and out[-1] == "":  # the same table, continued on the next page
                        out.pop()
                    rows = drop_repeated_header(table_head, rows)
                    if out and rows:
                        joined_rows = join_page_split(out[-1], rows[0])
                        if joined_rows is not None:
                            out[-1:] = joined_rows
                            rows = rows[1:]
                    out.extend(rows)
                else:
                    _blank(out)
                    out.extend(rows)
                    table_head = list(rows)
                out.append("")
                last_table_cols = block.columns
                last_line = None
                continue
            bm = block.margins or m
            paras, joined = paragraphs(block.lines, bm, carry=last_line, carry_margins=last_margins)
            if not paras:
                continue
            if last_table_cols:
                while out and out[-1] == "":
                    out.pop()
                out.append("")
            if joined and out and out[-1] != "":
                out[-1] = join_wrapped(out[-1], paras[0])
                paras = paras[1:]
            out.extend(paras)
            last_line = block.lines[-1] if block.lines else last_line
            last_margins = bm
            last_table_cols = 0
    while out and out[-1] == "":
        out.pop()
    # collapse repeated blank lines
    kept: list[str] = []
    for line in out:
        if line == "" and (not kept or kept[-1] == ""):
            continue
        kept.append(line)
    return "\n".join(kept) + "\n" if kept else ""


def drop_repeated_header(head: Sequence[str], rows: list[str]) -> list[str]:
    """A table continued on a new page often repeats its header rows (Word's "repeat as header
    row"): rows at the start of the continuation equal to the table's first rows, without numbers,
    are dropped."""
    n = 0
    while (n < len(rows) and n < len(head) and rows[n] == head[n]
           and not any(_NUMBER.match(c) for c in rows[n].split("\t") if c)):
        n += 1
    return rows[n:]


_ENUMERATOR = re.compile(r"^\s*[（(]?[一二三四五六七八九十0-9０-９]{1,3}\s*[)）、.．]")
_NUMBER = re.compile(r"^\s*[-+]?[0-9０-９][0-9０-９,.，．]*\s*$")


def join_page_split(last: str, first: str) -> list[str] | None:
    """A page break inside a table cuts cells in two: the last row before it and the first after it
    each hold part of a label (``（四）无`` / ``法提供``, or a long row label wrapped over the break).
    A label piece on the new page that does not start a numbered item (``（五）``, ``2.``) continues
    the cell above it. Returns the replacement rows for ``last`` and ``first`` (one row if
    ``first`` is only the rest of ``last``), or ``None`` when nothing was split."""
    a, b = last.split("\t"), first.split("\t")
    if len(a) != len(b):
        return None
    merged, rest = list(a), list(b)
    for j, (x, y) in enumerate(zip(a, b)):
        if x and y and not _NUMBER.match(x) and not _NUMBER.match(y) and not _ENUMERATOR.match(y):
            merged[j], rest[j] = join_wrapped(x, y), ""
    if merged == a:
        return None
    if not any(rest):
        return ["\t".join(merged)]
    if all(not merged[j] for j, v in enumerate(rest) if v):  # the row's numbers went to the new page
        return ["\t".join(v or merged[j] for j, v in enumerate(rest))]
    return ["\t".join(merged), "\t".join(rest)]


def _blank(out: list[str]) -> None:
    if out and out[-1] != "":
        out.append("")
