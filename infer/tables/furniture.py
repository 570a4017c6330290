"""Blank out PDF page furniture (page numbers, running headers and footers) inside tables.

Text copied from a PDF keeps what the pages print around the table: a page number (``— 4 —``,
``-4-``, ``第 3 页 共 4 页``) and a running header or footer (the report's title, often with the page
number) can stand between two rows of a table. Their digits would be read as cells: the page number
``4`` becomes an eighth cell of a seven-cell row, the title's year a ninth, and the row is then
(rightly) not read. This module finds such lines and blanks them in the shadow (same length, so
offsets are kept); the caller's text is untouched.

Only lines that cannot be a table row are blanked:
- a page number with its decoration: dashes on both sides (``— 4 —``), or ``第…页`` / ``共…页``;
  a bare number on its own line is NOT blanked (in a one-cell-per-line table it is a cell);
- a line ending in ``第 N 页`` (``共 M 页``): a running header or footer that carries the page number;
- a repeat of the report's title line (its first non-empty line), or a line naming a 报告, that stands
  right next to a page number (blank lines between them allowed): the running header of the next page.
"""
from __future__ import annotations

import re

_DASH = r"[-—–－_·•~～]"
#: ``— 4 —`` / ``-4-`` / ``第 3 页`` / ``第3页 共6页`` / ``共 6 页 第 3 页`` / ``Page 2 of 6``
_PAGE_MARK = re.compile(
    rf"^\s*(?:{_DASH}+\s*[0-9０-９]{{1,4}}\s*{_DASH}+"
    r"|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?"
    r"|共\s*[0-9０-９]{1,4}\s*页\s*[,，/／]?\s*第\s*[0-9０-９]{1,4}\s*页"
    r"|page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)\s*$", re.I)
#: a running header/footer line that ends with the page number: ``…年度报告　第 3 页 共 4 页`` (set off by
#: a space, or with its 共…页: a sentence's 详见附件第3页 is not one)
_ENDS_WITH_PAGE = re.compile(r"(?:\s第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?"
                             r"|第\s*[0-9０-９]{1,4}\s*页\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)\s*$")
#: a running header is short and holds no cell separators
_HEADER_MAX = 60


def _is_mark(line: str) -> bool:
    return bool(_PAGE_MARK.match(line)) or (len(line.strip()) <= _HEADER_MAX + 12
                                            and "\t" not in line and "|" not in line
                                            and bool(_ENDS_WITH_PAGE.search(line)))


def _squeeze(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _is_running_header(line: str, title: str) -> bool:
    body = _squeeze(line)
    if not body or "\t" in line or "|" in line or len(body) > _HEADER_MAX:
        return False
    return body == title or body.endswith(("报告", "年报"))


def mask_page_furniture(shadow: str) -> str:
    """``shadow`` with page-furniture lines replaced by spaces (same length; see the module docstring)."""
    if "页" not in shadow and not re.search(rf"{_DASH}\s*[0-9０-９]{{1,4}}\s*{_DASH}", shadow) \
            and "page" not in shadow.lower():
        return shadow
    lines = shadow.splitlines(keepends=True)
    bodies = [ln.rstrip("\r\n") for ln in lines]
    title = next((_squeeze(b) for b in bodies if b.strip()), "")
    drop = {i for i, b in enumerate(bodies) if b.strip() and _is_mark(b)}
    first_content = next((i for i, b in enumerate(bodies) if b.strip()), 0)
    for i in sorted(drop):
        for step in (-1, 1):  # the nearest non-blank line on each side
            j = i + step
            while 0 <= j < len(bodies) and not bodies[j].strip():
                j += step
            if 0 <= j < len(bodies) and j != first_content and j not in drop \
                    and _is_running_header(bodies[j], title):
                drop.add(j)
    if not drop:
        return shadow
    out = []
    for i, ln in enumerate(lines):
        if i in drop:
            body = bodies[i]
            out.append(" " * len(body) + ln[len(body):])
        else:
            out.append(ln)
    return "".join(out)
