"""Read a scanned page (an image): ruled tables by their grid, everything by one OCR pass.

Tesseract alone reads a ruled table badly: the rules become strokes of characters and the cells of
a row run together. So, as for a PDF with a text layer, the table's *structure* comes from geometry
and only its *text* from recognition:

1. the ruling lines are found in the image (long runs of dark pixels, horizontal and vertical;
   numpy only) and grouped into tables (at least three horizontal rules over one another);
2. they are erased, and the whole image is recognised once (:mod:`infer.documents.ocr`, TSV boxes);
3. each recognised word inside a table goes to the cell under its centre; a row is the band between
   two horizontal rules, its cells the spans between the vertical rules that cross that band, so a
   merged cell is one cell followed by empty ones (the HTML convention) and a vertically merged
   label is not repeated;
4. words outside tables become lines (:mod:`infer.documents.lines`).

A skewed or unruled scan has no rules to find: its rows then come from the word gaps (TABs between
distant words), which the table parser also reads. Either way the table's arithmetic checks are
what catch OCR's misread digits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from infer.documents.lines import Glyph, Line, cell_text, glyphs_to_lines

#: a rule is a dark run at least this share of the image width (horizontal) or of the table height
MIN_RULE_SHARE = 0.12
DARK = 160  # grey level below which a pixel is ink
#: number cells read again one by one when the page-wide digit pass missed them
MAX_SINGLE_CELLS = 40


@dataclass
class Rule:
    pos: float  # y of a horizontal rule, x of a vertical one (centre of its thickness)
    lo: int  # extent along the rule
    hi: int
    thick_lo: int
    thick_hi: int


@dataclass
class Grid:
    """One ruled table: the y of its horizontal rules and the x of its vertical ones."""

    ys: list[float]
    xs: list[float]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


@dataclass
class ScanText:
    lines: list[Line]  # in image pixels
    tables: list[tuple[float, list[list[str]]]]  # (top in pixels, rows of cells)


def _runs(dark: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``dark``: the longest run of True and where it ends."""
    c = np.cumsum(dark, axis=1, dtype=np.int32)
    reset = np.maximum.accumulate(np.where(~dark, c, 0), axis=1)
    run = c - reset
    return run.max(axis=1), run.argmax(axis=1)


def _rules(dark: np.ndarray, min_len: int) -> list[Rule]:
    """Horizontal rules of ``dark`` (transpose it for vertical ones): consecutive rows whose longest
    dark run is long enough, merged into one rule."""
    longest, ends = _runs(dark)
    rows = np.nonzero(longest >= min_len)[0]
    out: list[Rule] = []
    for y in rows:
        lo, hi = int(ends[y] - longest[y] + 1), int(ends[y])
        if out and y - out[-1].thick_hi <= 1 and min(hi, out[-1].hi) - max(lo, out[-1].lo) > 0:
            r = out[-1]
            r.thick_hi, r.lo, r.hi = int(y), min(r.lo, lo), max(r.hi, hi)
            r.pos = (r.thick_lo + r.thick_hi) / 2
        else:
            out.append(Rule(pos=float(y), lo=lo, hi=hi, thick_lo=int(y), thick_hi=int(y)))
    return [r for r in out if r.thick_hi - r.thick_lo <= 12]  # a thick dark block is not a rule


def find_grids(dark: np.ndarray) -> tuple[list[Grid], list[Rule], list[Rule]]:
    """The ruled tables of a binarised page, and all rules found (to erase them)."""
    h, w = dark.shape
    hrules = _rules(dark, int(MIN_RULE_SHARE * w))
    grids: list[Grid] = []
    vall: list[Rule] = []
    group: list[Rule] = []

    def close() -> None:
        if len(group) < 3:
            return
        top, bottom = int(group[0].thick_lo), int(group[-1].thick_hi)
        x0, x1 = min(r.lo for r in group), max(r.hi for r in group)
        sub = dark[top:bottom + 1, x0:x1 + 1]
        # a vertical rule may cross one row only (between the cells of a merged label): as long as
        # most of the lowest band, which no character stroke is
        band = min(b.thick_lo - a.thick_hi for a, b in zip(group, group[1:]))
        vrules = _rules(sub.T, max(8, int(0.8 * band)))
        xs = sorted({float(x0), float(x1), *(x0 + r.pos for r in vrules)})
        merged: list[float] = []
        for x in xs:
            if merged and x - merged[-1] < 6:
                continue
            merged.append(x)
        for r in vrules:
            vall.append(Rule(pos=x0 + r.pos, lo=top + r.lo, hi=top + r.hi, thick_lo=x0 + r.thick_lo,
                             thick_hi=x0 + r.thick_hi))
        if len(merged) >= 3:
            grids.append(Grid(ys=[r.pos for r in group], xs=merged))

    def connected(a: Rule, b: Rule) -> bool:
        """Two horizontal rules of one table: a border joins them on the left or the right."""
        y0, y1 = int(a.thick_hi) + 1, int(b.thick_lo)
        if y1 <= y0:
            return True
        for x in (max(a.lo, b.lo), min(a.hi, b.hi)):
            if dark[y0:y1, max(0, x - 3):x + 4].any(axis=1).mean() >= 0.85:
                return True
        return False

    for r in sorted(hrules, key=lambda r: r.pos):
        if group and (r.pos - group[-1].pos > 0.2 * h or min(r.hi, group[-1].hi) - max(r.lo, group[-1].lo) <= 0
                      or not connected(group[-1], r)):
            close()
            group = []
        group.append(r)
    close()
    return grids, hrules, vall


def erase(gray: np.ndarray, hrules: Sequence[Rule], vrules: Sequence[Rule], grids: Sequence[Grid]) -> np.ndarray:
    """A copy of the page with the rules painted white (they confuse recognition): every rule found,
    and the whole length of each grid line (a rule broken by merged cells leaves pieces otherwise)."""
    out = gray.copy()
    for r in hrules:
        out[max(0, r.thick_lo - 2):r.thick_hi + 3, max(0, r.lo - 2):r.hi + 3] = 255
    for r in vrules:
        out[max(0, r.lo - 2):r.hi + 3, max(0, r.thick_lo - 2):r.thick_hi + 3] = 255
    for g in grids:
        x0, y0, x1, y1 = (int(v) for v in g.bbox)
        for x in g.xs:
            out[max(0, y0 - 3):y1 + 4, max(0, int(x) - 3):int(x) + 4] = 255
        for y in g.ys:
            out[max(0, int(y) - 3):int(y) + 4, max(0, x0 - 3):x1 + 4] = 255
    return out


def _separators(dark: np.ndarray, grid: Grid, y0: float, y1: float) -> list[int]:
    """Indexes of the grid's vertical lines that cross the band ``y0..y1`` (a merged cell has none)."""
    a, b = int(y0) + 4, int(y1) - 3
    out = [0, len(grid.xs) - 1]
    if b <= a:
        return out
    for i, x in enumerate(grid.xs[1:-1], start=1):
        strip = dark[a:b, max(0, int(x) - 3):int(x) + 4].any(axis=1)
        if strip.mean() >= 0.85:
            out.append(i)
    return sorted(set(out))


def read_image(image: Any, recognise: Callable[[Any], list[Any]],
               recognise_digits: Callable[[Any], list[Any]] | None = None) -> ScanText:
    """Read a page image; ``recognise(image) -> words`` is the OCR call (boxes in pixels);
    ``recognise_digits`` a second call limited to digits, run once over the number cells only
    (a general Chinese model reads ``52`` as a character more often than one would like)."""
    from PIL import Image

    gray = np.asarray(image.convert("L"))
    dark = gray < DARK
    grids, hrules, vrules = find_grids(dark)
    clean = Image.fromarray(erase(gray, hrules, vrules, grids)) if grids else image
    words = recognise(clean)
    size_of = [w.bottom - w.top for w in words]
    glyphs = [Glyph(w.text, w.x0, w.x1, w.top, w.bottom, max(1.0, s)) for w, s in zip(words, size_of)]

    tables: list[tuple[float, list[list[str]]]] = []
    used: set[int] = set()
    boxes: list[tuple[list[str], int, tuple[int, int, int, int]]] = []  # (row, index, cell box) per cell
    for grid in grids:
        x0, y0, x1, y1 = grid.bbox
        rows: list[list[str]] = []
        for ya, yb in zip(grid.ys, grid.ys[1:]):
            seps = _separators(dark, grid, ya, yb)
            cells: list[str] = []
            for ca, cb in zip(seps, seps[1:]):
                xa, xb = grid.xs[ca], grid.xs[cb]
                inside = [i for i, g in enumerate(glyphs) if i not in used
                          and xa <= (g.x0 + g.x1) / 2 <= xb and ya <= (g.top + g.bottom) / 2 <= yb]
                used.update(inside)
                boxes.append((cells, len(cells), (int(xa), int(ya), int(xb), int(yb))))
                cells.append(_cell([glyphs[i] for i in inside]))
                cells.extend([""] * (cb - ca - 1))
            rows.append(cells)
        tables.append((y0, rows))
    if recognise_digits is not None and boxes:
        _reread_numbers(clean, boxes, recognise_digits)
        used.update(i for i, g in enumerate(glyphs)
                    if x0 <= (g.x0 + g.x1) / 2 <= x1 and y0 <= (g.top + g.bottom) / 2 <= y1)
    lines = glyphs_to_lines(g for i, g in enumerate(glyphs) if i not in used)
    return ScanText(lines=lines, tables=tables)


_NUMBERISH = re.compile(r"^[0-9][0-9.,]*$")


def _reread_numbers(clean: Any, boxes: list[tuple[list[str], int, tuple[int, int, int, int]]],
                    recognise_digits: Callable[..., list[Any]]) -> None:
    """Read every cell that is not a label again, digits only, on an image that shows nothing else;
    a column where most such cells read as numbers is a number column, and its cells take the
    digit reading (the Chinese model misses lone digits or reads ``52`` as a character)."""
    from PIL import Image

    targets = [(row, i, box) for row, i, box in boxes if not _has_cjk_label(row[i])]
    if not targets:
        return
    gray = clean.convert("L")
    canvas = Image.new("L", clean.size, 255)
    for _, _, (xa, ya, xb, yb) in targets:
        canvas.paste(gray.crop((xa + 3, ya + 3, xb - 2, yb - 2)), (xa + 3, ya + 3))
    words = recognise_digits(canvas)
    readings: list[str] = []
    for _, _, (xa, ya, xb, yb) in targets:
        inside = [w for w in words if xa <= (w.x0 + w.x1) / 2 <= xb and ya <= (w.top + w.bottom) / 2 <= yb]
        readings.append("".join(w.text for w in sorted(inside, key=lambda w: w.x0)))
    by_col: dict[int, list[bool]] = {}
    for (row, i, box), reading in zip(targets, readings):
        by_col.setdefault(box[0], []).append(bool(_NUMBERISH.match(reading or row[i] or "-")))
    numeric = {x for x, flags in by_col.items() if len(flags) >= 3 and sum(flags) >= 0.6 * len(flags)}
    missed = []
    for (row, i, box), reading in zip(targets, readings):
        if box[0] not in numeric:
            continue
        if _NUMBERISH.match(reading or "-"):
            row[i] = reading
        elif not _NUMBERISH.match(row[i] or "-"):
            missed.append((row, i, box))
    # the sparse pass can miss a lone digit: read those cells one at a time (a few, at most)
    for row, i, (xa, ya, xb, yb) in missed[:MAX_SINGLE_CELLS]:
        crop = gray.crop((xa + 3, ya + 3, xb - 2, yb - 2))
        if crop.getextrema()[0] >= DARK:  # nothing printed in it: a blank cell
            continue
        cell = Image.new("L", (xb - xa + 40, yb - ya + 40), 255)
        cell.paste(crop, (23, 23))
        text = "".join(w.text for w in sorted(recognise_digits(cell, single_line=True), key=lambda w: w.x0))
        if _NUMBERISH.match(text or "-"):
            row[i] = text


def _has_cjk_label(text: str) -> bool:
    """A cell of a number column that holds a header word, not a misread number (long CJK text)."""
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff") >= 2


def _cell(glyphs: list[Glyph]) -> str:
    return cell_text("\n".join(line.text.replace("\t", " ") for line in glyphs_to_lines(glyphs)))
