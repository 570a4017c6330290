"""Where in a report its metadata is stated, shared by the readers of each item.

Metadata sits in a few places of a report: its opening (title, page header, first paragraph), a page
header and footer (labelled fields, header tables of TAB/pipe cells), running text versus header
fields, and 《》 quotes of other documents. The readers are matched against the simplified shadow of
the text (same length, so offsets hold); of a huge file only its head and tail are read, which keeps a
multi-megabyte file fast.
"""
from __future__ import annotations

import re
from typing import Iterator

from infer.tables.normalize import shadow

_HAN = r"\u4e00-\u9fff"
#: how far the opening (title, header, first paragraph) reaches
_OPENING_CHARS = 1500
#: where header labels are read: the page header at the top, a page footer at the end
_HEADER_CHARS, _FOOTER_CHARS = 3000, 2000


#: a page header's label at the start of a line (发布机构：, [标题], 信息名称 …)
_LABEL_LINE = re.compile(r"[ \t\u3000|｜]*[\[【]?[\u4e00-\u9fff\u3000 ]{1,8}[\]】]?[ \t\u3000]*[:：|｜\]】]")


def _in_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` is in running text (a line with sentence punctuation, not a header field): a
    name in a page header or a site banner is not where the title or opening states it."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return bool(re.search(r"[。，,；]", line)) and not _LABEL_LINE.match(line)


def _inside_quote(text: str, pos: int) -> bool:
    """Within 《…》 that is not a title of this report (a regulation's name: 《X实施…办法》)."""
    opened = text.rfind("《", 0, pos)
    return opened >= 0 and text.rfind("》", 0, pos) < opened


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The cells of a TAB- or pipe-separated row, as offsets."""
    return [(offset + c.start(), offset + c.end()) for c in re.finditer(r"[^\t|｜]+", line)]


def _column_values(sh: str, label: re.Pattern[str], lo: int, hi: int) -> Iterator[tuple[re.Match[str], int, int]]:
    """Values under their label in a header table: labels on one TAB/pipe row, values in the same
    columns of the next non-empty row (发布机构<TAB>发布日期 / X局<TAB>2020-01-15)."""
    lines = list(re.finditer(r"[^\n]+", sh[lo:hi]))
    for i, line in enumerate(lines[:-1]):
        if not re.search(r"[\t|｜]", line.group()):
            continue
        cells = _cells(line.group(), lo + line.start())
        below = next((nxt for nxt in lines[i + 1:] if nxt.group().strip()), None)
        if below is None:
            continue
        under = _cells(below.group(), lo + below.start())
        if len(under) != len(cells):
            continue
        for (a, b), (c, d) in zip(cells, under):
            m = label.fullmatch(sh, a, b)
            if m is not None:
                yield m, c, d


_SHADOW_CHARS = 400_000  # a report is far shorter; of a huge file only its head and tail are read


def _shadow(text: str) -> str:
    """The simplified shadow (same length, NFKC-folded digits and colons) of what metadata reads: all of a
    report; of a huge file its head and its tail, the middle blanked."""
    if len(text) <= _SHADOW_CHARS:
        return shadow(text)
    half = _SHADOW_CHARS // 2
    return shadow(text[:half]) + " " * (len(text) - 2 * half) + shadow(text[-half:])
