"""The reporting year: from the title, else the statistics-period sentence (统计期限…自YYYY年), else
"现将YYYY年…报告", else the opening "YYYY年，…".

A report published in January states the year it reports on; the year of its publication date is not
the reporting year, so only these statements are read.
"""
from __future__ import annotations

import re
from typing import Sequence

from infer.metadata.model import Dated
from infer.metadata.titles import _Title

_STAT_PERIOD = re.compile(r"[统統][计計](?:期限|时限|時限|时间|時間|期间|期間|区间|區間|周期|週期)[^。\n]{0,12}?(?P<year>(?:19|20|１９|２０)\d\d)\s*年")
_NOW_REPORT = re.compile(r"(?:现将|現將|现就|公布|发布|發布)[《]?(?P<year>(?:19|20|１９|２０)\d\d)\s*年度?[^。\n]{0,20}?[报報]告")
_OPENING_YEAR = re.compile(r"(?:^|[。\n\u3000])[ \t\u3000]*(?P<year>(?:19|20|１９|２０)\d\d)\s*年(?:度|以来)?[，,]")


def _find_year(text: str, titles: Sequence[_Title]) -> Dated | None:
    titles = [t for t in titles if t.year_span is not None]
    for t in sorted(titles, key=lambda t: (t.rank, t.start)):
        if t.rank <= 2:
            return Dated(text[t.year_span[0]:t.year_span[1]], *t.year_span, t.source, t.year)
    for rx, source in ((_STAT_PERIOD, "statistics_period"), (_NOW_REPORT, "opening"),
                       (_OPENING_YEAR, "opening")):
        m = rx.search(text, 0, 6000)
        if m:
            return Dated(m.group("year"), m.start("year"), m.end("year"), source, int(m.group("year")))
    if titles:
        t = min(titles, key=lambda t: (t.rank, t.start))
        return Dated(text[t.year_span[0]:t.year_span[1]], *t.year_span, t.source, t.year)
    return None
