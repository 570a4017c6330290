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
#: a comma that may be a thousands separator: 1,234 (digits, then exactly three digits)
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
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
        if body.count(",") >= _MIN_CSV_COMMAS and _is_csv(body):
            body = _csv_fields(body)
        out.append(body + nl)
    return "".join(out)


def _is_csv(line: str) -> bool:
    """At least three commas that separate cells: next to a digit, a quote, another comma or the
    line's edge, and not a possible thousands separator. A comma between two words (a label's
    区分处理的,只计这一情形) is punctuation, and ``1,234`` stays a number."""
    n = 0
    for m in re.finditer(",", line):
        i = m.start()
        if _THOUSANDS_COMMA.match(line, i):
            continue
        before = line[i - 1] if i else ""
        after = line[i + 1] if i + 1 < len(line) else ""
        if any(c == "" or c.isdigit() or c in ',"' for c in (before, after)):
            n += 1
    return n >= _MIN_CSV_COMMAS


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
