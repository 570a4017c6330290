"""The statistics-table form (``2021``, ``2019``, ``pre2019``) a report follows.

The table parser names the form it read, with the span of the rows it read. When the scraper dropped
the table (an image, an attachment) the form still shows in the 2019+ section headings, which with the
reporting year pick the form that year's reports use (source ``headings``).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from infer.metadata.layout import _shadow
from infer.metadata.model import Dated
from infer.tables.normalize import loose

#: section headings only the national forms (2019 and 2021, 国办公开办函〔2019〕60号 and 〔2021〕30号) give a
#: report; the pre-2019 outline words them otherwise (依申请公开政府信息情况, 因政府信息公开申请行政复议、提起
#: 行政诉讼的情况). The two forms share these headings, so they tell a 2019+ report, not which form.
_INFO = r"[ \u3000]*(?:信[ \u3000]*息|资[ \u3000]*讯)[ \u3000]*"  # 资讯: Taiwan wording of 信息 (its simplified shadow)
_FORM_HEADINGS = re.compile(loose("收到和处理政府") + _INFO + loose("公开申请情况") + "|" + loose("政府") + _INFO
                            + loose("公开行政复议") + r"[、，,和及\s]*" + loose("行政诉讼情况")
                            + "|" + loose("存在的主要问题及改进情况"))
#: the one wording the forms do not share, the column header of table 二 (主动公开政府信息情况): the 2021
#: form counts documents 本年制发/本年废止/现行有效, the 2019 form 本年新制作/本年新公开/对外公开总数量
_FORM_WORDING = (("2021", re.compile("|".join(loose(w) for w in ("本年制发件数", "本年废止件数", "现行有效件数")))),
                 ("2019", re.compile("|".join(loose(w) for w in ("本年新制作", "本年新公开", "对外公开总数量")))))
#: the first reporting year of each form: reports on 2019 and 2020 use the 2019 form, from 2021 the 2021 form
_FORM_YEARS = ((2021, "2021"), (2019, "2019"))


def _template_from_headings(text: str, year: int | None) -> Dated | None:
    """The form a report without a parsed table uses, when its headings show it: a 2019+ outline
    (收到和处理政府信息公开申请情况 …) and a reporting year pick the form that year's reports use. The
    scraper dropping a table (an image, an attachment) does not change the form the report follows; a
    pre-2019 narrative report, or a report whose year is not stated, gets no template. Where table 二
    survived, its column wording names the form whatever the year."""
    sh = _shadow(text)
    for form, wording in _FORM_WORDING:  # table 二's column header differs between the forms
        m = wording.search(sh)
        if m is not None:
            return Dated(text[m.start():m.end()], m.start(), m.end(), "headings", form)
    if year is None:
        return None
    form = next((name for first, name in _FORM_YEARS if year >= first), None)
    if form is None:
        return None
    m = _FORM_HEADINGS.search(sh)
    if m is None:
        return None
    return Dated(text[m.start():m.end()], m.start(), m.end(), "headings", form)


def _template(text: str, table: Any, year: int | None = None) -> Dated | None:
    name = getattr(table, "template", None) if table is not None else None
    if not name:
        return _template_from_headings(text, year)
    if not (getattr(table, "facts", None) or getattr(table, "ambiguous", None)):
        # a form named with nothing read from it (prose lines taken for an old 附表's rows) yields to the
        # 2019+ headings; an old report keeps its 附表 even when its cells were lost
        headings = _template_from_headings(text, year)
        if headings is not None:
            return headings
    regions: Iterable[tuple[int, int]] = getattr(table, "regions", None) or ()
    spans = [(s, e) for s, e in regions if 0 <= s < e <= len(text)]
    if not spans:
        facts = [f for f in getattr(table, "facts", []) or [] if f.start < f.end]
        spans = [(f.start, f.end) for f in facts]
    if not spans:
        return Dated("", 0, 0, "table", name)
    s, e = min(a for a, _ in spans), max(b for _, b in spans)
    return Dated(text[s:e], s, e, "table", name)
