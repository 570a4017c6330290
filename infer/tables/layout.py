"""Fold the cell separators of text-table dialects into the shadow, so the readers see one layout.

Scrapers and converters print the same table as Markdown (``| a | b |`` with ``|---|`` rows),
reStructuredText / ASCII-art grids (``+----+----+`` borders), box-drawing grids (``│ a │``), or CSV
(``label,40,3,0``). The readers only know "a label, then its cells": a border line must not become
a row of dash cells (a dash means zero!) and a CSV comma must not glue ``40,3`` into one number.

Every change keeps ``len(shadow)`` (the shadow's offsets are the caller's offsets):
- Markdown separator rows, grid borders and box-drawing borders become spaces;
- box-drawing verticals (│ ┃ ║) become ``|``;
- in a CSV line, the separating commas become TABs and the quote characters spaces; a comma inside
  quotes stays, so ``"1,234"`` is still one thousands-separated number.
"""
from __future__ import annotations

import re

#: | --- | :---: | ---: |  (at least three dashes per cell, so a row of '-' zero cells is kept)
_MD_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
#: +----+====+ grid borders and ==== ==== simple-table borders
_GRID_RULE = re.compile(r"^[ \t]*(?:\+[-=:+]{3,}\+?|={3,}(?:[ \t]+={3,})*)[ \t]*$")
_BOX_BORDER = re.compile(r"^[ \t]*[┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫┏┓┗┛┣┫┳┻╋\-+ ]+$")
_BOX_VERTICAL = str.maketrans({"│": "|", "┃": "|", "║": "|"})
#: signs that a comma separates cells rather than thousands: a comma next to a label character, an
#: empty field, a quote, or digit groups that are not thousands groups (40,3 / 1,2345)
_CSV_HINT = re.compile(r'[^\d\s,"],[^\s]|,,|,"|",|(?<![\d,])\d+,(?:\d{1,2}|\d{4,})(?![\d])')
_MIN_CSV_COMMAS = 3


def fold_separators(shadow: str) -> str:
    """``shadow`` with table-dialect separators folded (same length; see the module docstring)."""
    if not any(ch in shadow for ch in "-=,│┃║─━═"):
        return shadow
    out: list[str] = []
    for line in shadow.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        nl = line[len(body):]
        if body.strip() and (_MD_RULE.match(body) or _GRID_RULE.match(body)
                             or ("─" in body or "━" in body or "═" in body) and _BOX_BORDER.match(body)):
            out.append(" " * len(body) + nl)
            continue
        body = body.translate(_BOX_VERTICAL)
        if body.count(",") >= _MIN_CSV_COMMAS and _CSV_HINT.search(body):
            body = _csv_fields(body)
        out.append(body + nl)
    return "".join(out)


def _csv_fields(line: str) -> str:
    """Commas outside double quotes become TABs, the quotes spaces (same length)."""
    chars = list(line)
    quoted = False
    for i, ch in enumerate(chars):
        if ch == '"':
            quoted = not quoted
            chars[i] = " "
        elif ch == "," and not quoted:
            chars[i] = "\t"
    return "".join(chars)
