"""Turn a saved report page (HTML) into the plain text the rest of the pipeline reads.

The rules follow what a reader sees, with one deliberate exception: tables stay tables. Each ``<tr>``
of a data table becomes one line whose cells are joined by a TAB, and a cell with ``colspan=N`` is
followed by N-1 empty cells so that the data columns line up (a ``rowspan`` label is *not* repeated
on the following rows, as in the pipe-row text layout). One blank line surrounds each table.

Elsewhere: block elements and ``<br>`` break lines; scripts, styles, comments (Word's
``<!--[if !supportLists]-->`` too) and hidden elements are dropped; entities are decoded; runs of
whitespace collapse to one space, and whitespace that only came from line breaks in the source is
dropped next to Chinese characters, so ``<span>办理</span>\\n<span>86</span>件`` reads ``办理86件``
and never splits a number from its words.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterator

from bs4 import BeautifulSoup
from bs4.element import (CData, Comment, Declaration, Doctype, NavigableString, PageElement,
                         ProcessingInstruction, Tag)

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "ul", "caption", "legend", "tr", "td", "th", "tbody", "thead", "tfoot",
})
DROPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link",
                          "select", "option", "svg", "canvas", "iframe", "object", "embed", "map"})
_SKIPPED_STRINGS = (Comment, Doctype, Declaration, ProcessingInstruction, CData)

#: Placeholder for whitespace that only came from line breaks in the markup (resolved per line).
_SOFT = "\x00"
_WS_RUN = re.compile(r"[ \t\n\r\f\v\xa0]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_MAX_COLSPAN = 64


@dataclass
class HtmlText:
    text: str
    tables: int = 0  # data tables rendered as TAB rows
    warnings: list[str] = field(default_factory=list)


def html_to_text(markup: str) -> HtmlText:
    """Convert an HTML page (already decoded) to text; see the module docstring for the rules."""
    soup = BeautifulSoup(markup, "lxml")
    out = _Lines()
    root = soup.body or soup
    _walk(root, out)
    out.end_line()
    text = _join(out.lines)
    warnings: list[str] = []
    if out.tables == 0:
        images = len(root.find_all("img")) if isinstance(root, Tag) else 0
        if images:
            warnings.append(f"the page has no HTML table but {images} image(s): "
                            "tables published as images cannot be read")
    return HtmlText(text=text, tables=out.tables, warnings=warnings)


class _Lines:
    """Accumulates finished lines plus the inline text of the line being built."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.tables = 0

    def inline(self, s: str) -> None:
        if s:
            self.buf.append(s)

    def end_line(self) -> None:
        if self.buf:
            line = _finish_line("".join(self.buf))
            self.buf = []
            if line:
                self.lines.append(line)

    def blank(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def row(self, line: str) -> None:
        self.end_line()
        self.lines.append(line)


def _walk(node: Tag, out: _Lines) -> None:
    """Render ``node``'s children into ``out``. Iterative (explicit stack), so a page of thousands
    of unclosed ``<font>`` tags cannot hit Python's recursion limit."""
    stack: list[tuple[Iterator[PageElement], bool]] = [(iter(node.children), False)]
    while stack:
        children, is_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_block:
                out.end_line()
            continue
        if isinstance(child, _SKIPPED_STRINGS):
            continue
        if isinstance(child, NavigableString):
            out.inline(_collapse(str(child)))
            continue
        if not isinstance(child, Tag):
            continue
        name = (child.name or "").lower()
        if name in DROPPED_TAGS or _hidden(child):
            continue
        if name == "br":
            out.end_line()
        elif name == "table":
            _table(child, out)
        elif name in BLOCK_TAGS:
            out.end_line()
            stack.append((iter(child.children), True))
        else:
            stack.append((iter(child.children), False))


def _hidden(tag: Tag) -> bool:
    return tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(str(tag.get("style", ""))))


def _own_rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _cells(tr: Tag) -> list[Tag]:
    return [c for c in tr.find_all(["td", "th"], recursive=False) if not _hidden(c)]


def _is_layout_table(table: Tag, rows: list[Tag]) -> bool:
    """Tables used for page layout (one column, or wrapping other tables) are read as blocks, not
    rows: otherwise a whole article wrapped in ``<table><tr><td>`` would collapse into one line."""
    if table.find("table") is not None:
        return True
    return max((len(_cells(tr)) for tr in rows), default=0) <= 1


def _table(table: Tag, out: _Lines) -> None:
    rows = _own_rows(table)
    if _is_layout_table(table, rows):
        out.end_line()
        _walk(table, out)
        out.end_line()
        return
    out.blank()
    caption = table.find("caption", recursive=False)
    if caption is not None:
        out.row(_cell_text(caption))
    for tr in rows:
        cells: list[str] = []
        for td in _cells(tr):
            cells.append(_cell_text(td))
            cells.extend([""] * (_span(td.get("colspan")) - 1))
        if any(cells):
            out.row("\t".join(cells))
    out.blank()
    out.tables += 1


def _span(value: object) -> int:
    m = re.match(r"\s*(\d+)", str(value or ""))
    return max(1, min(int(m.group(1)), _MAX_COLSPAN)) if m else 1


def _cell_text(cell: Tag) -> str:
    """A cell's text on one line: its inner line breaks become spaces, TABs cannot leak in."""
    sub = _Lines()
    _walk(cell, sub)
    sub.end_line()
    return " ".join(line for line in sub.lines if line).replace("\t", " ")


def _collapse(s: str) -> str:
    """Collapse whitespace runs; a run that contains a line break becomes a 'soft' space."""
    return _WS_RUN.sub(lambda m: _SOFT if ("\n" in m.group() or "\r" in m.group()) else " ", s)


def _wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in ("W", "F")


_SPACE_RUN = re.compile(r"[ \x00]+")


def _finish_line(s: str) -> str:
    """Resolve whitespace in one line: a run of only soft spaces next to a wide (CJK) character
    disappears, any other run becomes a single space; the line is stripped."""
    def repl(m: re.Match[str]) -> str:
        run = m.group()
        if " " not in run:
            before = s[m.start() - 1] if m.start() > 0 else ""
            after = s[m.end()] if m.end() < len(s) else ""
            if (before and _wide(before)) or (after and _wide(after)):
                return ""
        return " "

    return _SPACE_RUN.sub(repl, s).strip()


def _join(lines: list[str]) -> str:
    kept: list[str] = []
    for line in lines:
        if line == "" and (not kept or kept[-1] == ""):
            continue
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept) + "\n" if kept else ""
