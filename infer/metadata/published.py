"""The publication date: a labelled header or footer field, a date under the title, the signature date.

The guideline wants the publication date the text states. Portals print it in labelled fields
(发布日期 before 成文日期 before a bare 日期/时间; colon or not, value on the next line, pipe/TAB rows,
header tables); labels of other dates (统计时间, 截止日期, 更新时间) are skipped, and a date before the
reporting year's end is not a publication date (the statistics period, a deadline).
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from infer.metadata.dates import _DATE, _DATE_RX, _date_start, _iso
from infer.metadata.layout import _FOOTER_CHARS, _HAN, _HEADER_CHARS, _column_values, _shadow
from infer.metadata.model import Dated
from infer.metadata.signature import _signatures
from infer.metadata.titles import _Title

#: words before 日期/时间 that name another date than the publication (统计时间: the statistics period)
_OTHER_DATES = ("统计", "截止", "施行", "实施", "生效", "办理", "受理", "答复", "申请", "访问", "抓取", "采集", "下载",
                "打印", "更新", "修订", "修正", "起止", "开始", "结束", "会议", "举办", "培训", "出生", "期限", "登记")
#: header labels of a date, best first: the guideline wants the publication date the text states, so the
#: page's publication date (发布日期) wins over the document's own date (成文日期), and both over a bare
#: 日期/时间 label. Matched in the simplified shadow of the text (發布日期 reads as 发布日期). A bare label
#: glued to another word names another date (统计时间, 截止日期, 施行日期) and is not one of these.
_DATE_LABELS: tuple[tuple[int, str], ...] = (
    (0, r"(?:发布|公开|公布|上网|生成)(?:日期|时间|时期)|发布于"),
    (1, r"(?:成文|印发|签发|制发|发文)(?:日期|时间)"),
    (2, rf"(?<![{_HAN}])(?:日期|时间)|{''.join(f'(?<!{w})' for w in _OTHER_DATES)}(?:日期|时间)(?=[ \t\u3000]*[:：])"),
)
#: what may stand between a label and its value: a colon, a closing bracket, a table cell border, a line break
_LABEL_GAP = r"[ \t\u3000]*[】\]]?[ \t\u3000]*[:：]?[ \t\u3000|｜]*(?:\r?\n[ \t\u3000|｜]*)?[\[【（(]?[ \t\u3000]*"
_LABELLED_DATES = tuple((rank, re.compile(rf"(?:{label}){_LABEL_GAP}{_DATE}")) for rank, label in _DATE_LABELS)
_LABEL_CELL = re.compile(rf"[ \t\u3000]*(?P<label>{'|'.join(label for _, label in _DATE_LABELS)})[ \t\u3000]*[:：]?[ \t\u3000]*$")


def _windows(text: str) -> list[tuple[int, int]]:
    """The page header and footer, where portals print their labelled fields."""
    head = (0, min(len(text), _HEADER_CHARS))
    foot = (max(head[1], len(text) - _FOOTER_CHARS), len(text))
    return [head, foot] if foot[0] < foot[1] else [head]


def _labelled(text: str, sh: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every labelled date of the header and footer: (rank, position, iso, date match)."""
    out: list[tuple[int, int, str, re.Match[str]]] = []
    for lo, hi in _windows(text):
        for rank, rx in _LABELLED_DATES:
            for m in rx.finditer(sh, lo, hi):
                iso = _iso(m)
                if iso:
                    out.append((rank, m.start(), iso, m))
        for cell, c, d in _column_values(sh, _LABEL_CELL, lo, hi):
            m = _DATE_RX.match(sh, c + len(sh[c:d]) - len(sh[c:d].lstrip()), d)
            iso = _iso(m) if m else None
            if m and iso:
                rank = next(r for r, label in _DATE_LABELS if re.fullmatch(label, cell.group("label")))
                out.append((rank, m.start(), iso, m))
    return sorted(out, key=lambda x: (x[0], x[1]))


#: a date set under the title (or right after it, in brackets): （2022年1月20日）
_UNDER_TITLE = re.compile(rf"[ \t\u3000]*(?:\r?\n[ \t\u3000]*){{0,3}}(?P<open>[（(][ \t\u3000]*)?{_DATE}[ \t\u3000]*"
                          r"(?(open)[）)]|(?=\r?\n|\Z))")


def _under_title(sh: str, titles: Sequence[_Title]) -> Iterator[re.Match[str]]:
    """Dates right under a title line, alone on their line or in brackets."""
    for t in sorted(titles, key=lambda t: t.start):
        if t.rank <= 1 and t.end:
            m = _UNDER_TITLE.match(sh, t.end)
            if m is not None:
                yield m


def _find_published(text: str, year: int | None, titles: Sequence[_Title] = ()) -> Dated | None:
    """Labelled header dates first (发布日期 over 成文日期 over a bare 日期), then a date set under the
    title, then the signature date. A date before the reporting year ends is not a publication date
    (the statistics period, a deadline)."""
    def plausible(iso: str) -> bool:
        return year is None or int(iso[:4]) > year or iso[:4] == str(year) and iso[5:] >= "12-31"

    def dated(m: re.Match[str], source: str, iso: str) -> Dated:
        start = _date_start(m)
        date = _DATE_RX.match(sh, start)  # the date alone, without a closing bracket a pattern took
        shown = text[start:date.end() if date else m.end()].rstrip(" \t\u3000")
        return Dated(shown, start, start + len(shown), source, iso)

    sh = _shadow(text)
    for _, _, iso, m in _labelled(text, sh):
        if plausible(iso):
            return dated(m, "header", iso)
    for m in _under_title(sh, titles):
        iso = _iso(m)
        if iso and plausible(iso):
            return dated(m, "title", iso)
    for m, _ in reversed(_signatures(text, sh)):
        iso = _iso(m)
        if iso and plausible(iso):
            return dated(m, "signature", iso)
    return None
