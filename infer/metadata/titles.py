"""Title detection: the lines where a report names itself (…政府信息公开工作年度报告) with its year and body.

The title is the best source of both the reporting year and the issuing body. It is found from its
tail backwards (the tails are few, so a multi-megabyte file stays fast), in a crawler header (标题:),
on its own line (also set on two lines, year-first, in Chinese numerals, without a year, with
关于/site words around it), quoted in 《》, or inside the opening sentence; each candidate is ranked by
where it stands, and a 《》 quote of another document about reports is only a fallback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from infer.metadata.dates import _CN_DIGIT, _CN_YEAR
from infer.metadata.layout import _HAN, _OPENING_CHARS, _inside_quote
from infer.metadata.names import _clean_name, _line_name

_TITLE_TAIL = (r"(?:(?:政府|政务|政務)?(?:信息|資訊|资讯)|政务|政務)公[开開](?:工作)?(?:年度)?(?:工作)?"
               # 关于X2019年度政府信息公开工作情况的报告: the title a body gives its report to a superior
               r"(?:(?:情况|情況)的?)?(?:[报報]告|年[报報])")
#: a title line that states no year (X人民政府政府信息公开工作年度报告): it still names the body
_YEARLESS_TITLE = re.compile(rf"(?m)^[ \t\u3000]*(?:标\s*题\s*[:：]\s*)?(?P<pre>[{_HAN}（）()·]{{2,40}}?)[ \t\u3000]*"
                             rf"{_TITLE_TAIL}[ \t\u3000]*$")


def _year_value(s: str) -> int | None:
    """2019, ２０１９ or 二〇一九 as a number; None outside the years these reports exist in."""
    y = int("".join(str(_CN_DIGIT[c]) for c in s)) if s[0] in "一二" else int(s)
    return y if 1990 <= y <= 2100 else None


_TITLE = re.compile(
    rf"(?P<pre>[{_HAN}（）()·]{{2,40}}?)?[ \t\u3000]*(?P<year>(?:19|20|１９|２０)\d\d|{_CN_YEAR})[ \t\u3000]*年[ \t\u3000]*度?"
    # a title broken after its year (X局2021年 / 政府信息公开工作年度报告), a name set off by spaces
    rf"(?:[ \t\u3000]*\r?\n)?[ \t\u3000]*(?P<post>[{_HAN}]{{0,24}}?)[ \t\u3000]*{_TITLE_TAIL}")


@dataclass
class _Title:
    start: int
    year: int | None  # None: a title line without a year (it names the body only)
    year_span: tuple[int, int] | None
    name: tuple[int, int] | None  # offsets of the issuer in the title
    source: str
    rank: int  # lower is better
    end: int = 0  # where the title ends


_TAIL = re.compile(_TITLE_TAIL)
_MAX_TITLES = 50  # a report names itself a few times; a file with thousands of titles is not one report


def _title_matches(text: str) -> Iterator[re.Match[str]]:
    """Title matches, found from their tail (…信息公开工作年度报告) backwards: scanning the whole text
    with the title pattern costs seconds on a multi-megabyte file, the tails are few."""
    last_end, found = 0, 0
    for tail in _TAIL.finditer(text):
        lo = max(last_end, tail.start() - 80)
        m = _TITLE.search(text, lo, tail.end())
        if m is not None and m.end() == tail.end():
            last_end, found = m.end(), found + 1
            yield m
            if found >= _MAX_TITLES:
                return


def _titles(text: str) -> list[_Title]:
    out: list[_Title] = []
    for m in _title_matches(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start:m.start()]
        if re.search(r"标\s*题\s*[:：]\s*$|^\s*标\s*题\s*[:：]", before):
            source, rank = "header", 0
        elif _inside_quote(text, m.start()) and not text.startswith(("》", "〉", ">"), m.end()):
            source, rank = "body", 3  # a document about reports (《关于印发…报告格式的通知》): not this title
        elif not before.strip(" \t\u3000") or (m.start() > 0 and text[m.start() - 1] in "《<〈"):
            source, rank = "title", 1  # a title line, or a title quoted in 《》
        elif m.start() < _OPENING_CHARS:
            source, rank = "opening", 2  # 发布X2021年…报告 inside the opening sentence
        else:
            source, rank = "body", 3  # a later mention (附件：X…报告): a fallback only
        name = None
        for group in ("pre", "post"):
            if m.group(group):
                name = name or _clean_name(text, m.start(group), m.end(group))
        if name is None and rank == 1 and not before.strip(" \t\u3000"):
            name = _line_name(text, line_start)  # X局 / 2021年…报告: a title set on two lines
        year = _year_value(m.group("year"))
        if year is None:
            continue
        y = m.start("year")
        out.append(_Title(m.start(), year, (y, y + 4), name, source, rank, m.end()))
    for m in _YEARLESS_TITLE.finditer(text, 0, min(len(text), _OPENING_CHARS)):
        name = _clean_name(text, m.start("pre"), m.end("pre"))
        if name and not any(t.start <= m.start("pre") < t.start + 80 for t in out):
            out.append(_Title(m.start("pre"), None, None, name, "title", 1, m.end()))
    return out
