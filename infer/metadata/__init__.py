"""Report metadata: who issued a report, for which year, when it was published, which table form.

A researcher groups reports by issuing body and year before anything else, so every result carries a
``report`` object (see :class:`ReportMeta`). Each item is read only from what the text states, with the
character offsets of its evidence, and is ``None`` when the text does not state it:

- **issuer**: the issuing body as written (``text``) and normalised (simplified characters, no spaces,
  a bare leading 省 completed from the province the text names, a name without its region completed
  from the fuller name the same report writes elsewhere, a government's own name reduced to its
  region, so one body's reports group across years), with its ``kind`` (``government`` of a region or
  ``department``). Sources in order: a crawler/page header (标题:), the title line (also set on two
  lines, year-first, in Chinese numerals, without a year, with 关于/site words around it), a title
  quoted in 《》, 发布X年…报告 / 现将X…报告如下, the opening ("由X编制", "X编写了", "X根据…编制本报告",
  我局（X）, X（以下简称“我局”）), the first sentence "YYYY年，X…", the signature (the name above or
  before the closing date), 发布机构/来源 (also in header tables), a page breadcrumb. Party organs,
  superiors in an adverbial (在市委、市政府的领导下) and web portals are never the issuer.
- **region** and **level**: the administrative area named at the start of the issuer's name and its
  level (``province``, ``city``, ``county``, ``township`` or ``zone``) when the name's suffix says it.
- **year**: the reporting year, from the title, else the statistics-period sentence (统计期限…自YYYY年),
  else "现将YYYY年…报告", else the opening "YYYY年，…".
- **published**: the publication date (ISO) from a labelled header or footer field (发布日期 before
  成文日期 before a bare 日期/时间; colon or not, value on the next line, pipe/TAB rows, header tables),
  else a date set under the title, else the signature date (on the name's line or below it, page
  numbers, 打印/关闭 or attachments after it); labels of other dates (统计时间, 截止日期, 更新时间) are
  skipped, and a date before the reporting year's end is not a publication date.
- **template**: the statistics-table form (``2021``, ``2019``, ``pre2019``) as the table parser read it,
  with the span of the table rows it read; when no table was read (the scraper dropped it), the form
  the 2019+ section headings and the reporting year imply (source ``headings``).

Rules are written against the genre (titles, headers, closing signatures), never against one report.

The package holds one module per piece: :mod:`.model` (the dataclasses), :mod:`.titles` (title
detection), :mod:`.issuer` (issuer finding and normalisation), :mod:`.names` (a body's name and what is
not one), :mod:`.regions` (region and level), :mod:`.year`, :mod:`.dates` (date patterns),
:mod:`.published` (publication date), :mod:`.signature` (the closing signature), :mod:`.template`,
and :mod:`.layout` (where in a report metadata stands). Names with a leading underscore are shared
between these modules only; other code imports what this package exports.
"""
from __future__ import annotations

from typing import Any

from infer.metadata.issuer import _find_issuer, _fuller_name, normalize_issuer
from infer.metadata.model import Dated, Evidence, Issuer, Region, ReportMeta
from infer.metadata.published import _find_published
from infer.metadata.regions import PROVINCES
from infer.metadata.template import _template
from infer.metadata.titles import _titles
from infer.metadata.year import _find_year

__all__ = ["PROVINCES", "Dated", "Evidence", "Issuer", "Region", "ReportMeta", "normalize_issuer",
           "read_metadata"]


def read_metadata(text: str, table: Any = None) -> ReportMeta:
    """The report metadata the text states. ``table`` is the table parser's result (for the template)."""
    titles = _titles(text)
    meta = ReportMeta()
    found = _find_issuer(text, titles)
    if found:
        meta.issuer, meta.region = found
        fuller = _fuller_name(text, meta.issuer.text, titles)
        if fuller is not None:
            meta.issuer.normalized = normalize_issuer(fuller, text)[0]
    meta.year = _find_year(text, titles)
    meta.published = _find_published(text, meta.year.value if meta.year else None, titles)
    meta.template = _template(text, table, meta.year.value if meta.year else None)
    return meta
