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
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Iterator, Sequence

from infer.lexicon import to_simplified
from infer.tables.normalize import loose, shadow

#: province-level units (public administrative geography); used to complete a bare leading 省/市
PROVINCES = ("北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
             "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
             "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
             "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")

_HAN = r"\u4e00-\u9fff"
_TITLE_TAIL = (r"(?:(?:政府|政务|政務)?(?:信息|資訊|资讯)|政务|政務)公[开開](?:工作)?(?:年度)?(?:工作)?"
               # 关于X2019年度政府信息公开工作情况的报告: the title a body gives its report to a superior
               r"(?:(?:情况|情況)的?)?(?:[报報]告|年[报報])")
#: body-name suffixes: the last character(s) of an issuing body's name
_BODY_END = ("人民政府", "政府", "管委会", "管理委员会", "委员会", "办公室", "辦公室", "办公厅", "辦公廳", "办事处", "辦事處",
             "厅", "廳", "局", "委", "办", "辦", "中心", "署", "院", "部", "会", "會", "所", "站", "馆", "館",
             "省", "市", "区", "區", "县", "縣", "旗", "镇", "鎮", "乡", "鄉", "街道", "盟", "州")
#: words before a name that are not part of it (现发布《X…》, 由X编制): stripped
_STRIP = ("现发布", "现公布", "现将", "发布", "發布", "公布", "关于", "關於", "编写了", "编制了", "印发", "附件",
          "下载", "年度", "度")
#: a candidate starting with these is a pronoun or a phrase, not a name (我厅, 本机关): rejected
_REJECT = ("我", "本", "该", "該", "各", "全", "政府", "政务", "信息", "省政府办公厅", "根据", "根據", "在", "经", "經",
           "按照", "依照", "依据", "依據", "对照", "遵照")
#: verbs that start a clause right after a region (苏家屯区坚持…): no department follows then
_CLAUSE = ("坚持", "认真", "深入", "全面", "积极", "按照", "围绕", "进一步", "严格", "不断", "紧紧", "切实",
           "继续", "高度", "始终", "扎实", "持续", "着力", "以", "在", "把", "将", "对", "共", "累计", "进", "深化")
_DEPT = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:人民政府|管委会|管理委员会|委员会|办公室|办公厅|厅|廳|局|委|中心|署)")
#: admin units with their level; longest first so 自治区 wins over 区
_UNITS: tuple[tuple[str, str], ...] = (
    ("自治区", "province"), ("自治州", "city"), ("自治县", "county"), ("综合实验区", "zone"),
    ("綜合實驗區", "zone"), ("开发区", "zone"), ("開發區", "zone"), ("高新区", "zone"), ("新区", "zone"),
    ("新區", "zone"), ("实验区", "zone"), ("街道", "township"), ("地区", "city"), ("省", "province"),
    ("市", "city"), ("州", "city"), ("盟", "city"), ("区", "county"), ("區", "county"), ("县", "county"),
    ("縣", "county"), ("旗", "county"), ("镇", "township"), ("鎮", "township"), ("乡", "township"),
    ("鄉", "township"))
_GOV_TAIL_START = re.compile(r"人民政府|政府|管委会|管理委员会|办公室|办公厅")  # X followed by these is another name
#: a region's government: X人民政府 → X (its 办公室/办公厅 is a body of its own with its own reports)
_GOV_TAIL = re.compile(r"(?:人民政府|政府|管委会|管理委员会|管理委員會|办事处)$")


@dataclass
class Evidence:
    """A piece of text that states an item, with its offsets (``text == decoded[start:end]``)."""

    text: str
    start: int
    end: int
    source: str  # header | title | opening | statistics_period | signature | body | breadcrumb | table | headings


@dataclass
class Issuer(Evidence):
    normalized: str = ""
    kind: str = "department"  # government | department


@dataclass
class Region(Evidence):
    level: str | None = None  # province | city | county | township | zone


@dataclass
class Dated(Evidence):
    value: Any = None  # int year, ISO date string, or template name


@dataclass
class ReportMeta:
    issuer: Issuer | None = None
    region: Region | None = None
    year: Dated | None = None
    published: Dated | None = None
    template: Dated | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: (asdict(v) if v is not None else None) for k, v in
                (("issuer", self.issuer), ("region", self.region), ("year", self.year),
                 ("published", self.published), ("template", self.template))}


# --- title ---------------------------------------------------------------------------------------

#: a year in Chinese numerals (二〇一九, 〇 typed as O or 0 too)
_CN_YEAR = r"[一二][〇零○Ｏ0OoＯ一二三四五六七八九]{3}"
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {c: 0 for c in "零○Ｏ0OoＯ"}
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


#: how far the opening (title, header, first paragraph) reaches
_OPENING_CHARS = 1500


@dataclass
class _Title:
    start: int
    year: int | None  # None: a title line without a year (it names the body only)
    year_span: tuple[int, int] | None
    name: tuple[int, int] | None  # offsets of the issuer in the title
    source: str
    rank: int  # lower is better
    end: int = 0  # where the title ends


#: words after a name in a title that are not part of it (X局关于印发2021年…报告的通知)
_STRIP_TAIL = ("关于", "關於", "印发", "印發", "发布", "發布", "公布", "的")
#: a web portal's or page's words (青石县人民政府门户网站, 首页, 政府信息公开年报): never part of a body's
#: name; a title glued to them keeps only the name after the last one
_SITE = re.compile(r"网站|網站|门户|門戶|首页|首頁|当前位置|當前位置|栏目|欄目|专栏|專欄|正文|年报|年報|报告|報告"
                   r"|(?:政府|政务|政務)?(?:信息|資訊|资讯)?公[开開](?:目录|目錄|指南)?|网$|網$")
#: words inside a candidate after which the body's name starts again (X办公室关于印发Y…, 现由X发布Y…)
_INNER_MARK = re.compile(r"关于|關於|印发|印發|发布|發布|公布|现将|現將|现由|現由")
_PORTAL = re.compile(r"网站|網站|门户|門戶|首页|首頁|当前位置|當前位置|网$|網$")
#: party, legislature and advisory bodies, superiors named in an opening (在市委、市政府的领导下): they
#: are not subject to the disclosure regulation and never issue these reports
_NOT_ISSUER = re.compile(r"^[省市县区州盟旗镇乡縣區鎮鄉]委$|党委|黨委|党组|黨組|纪委|紀委|人大|政协|政協")


def _clean_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a candidate name to a body name: drop leading verbs/markers and trailing function words,
    keep only what follows a web page's words (a site banner glued to a title), require a body suffix."""
    s = text[start:end]
    changed = True
    while changed and s:
        changed = False
        for bad in _STRIP:
            if s.startswith(bad):
                s, start, changed = s[len(bad):], start + len(bad), True
        for bad in _STRIP_TAIL:
            if s.endswith(bad) and len(s) > len(bad):
                s, changed = s[:-len(bad)], True
    inner = list(_INNER_MARK.finditer(s))
    if inner and inner[-1].end() < len(s):  # X关于印发Y, 现由X发布Y: the name is what follows
        start, s = start + inner[-1].end(), s[inner[-1].end():]
    site = list(_SITE.finditer(s))
    if site:
        cut = site[-1].end()
        rest = s[cut:]
        if rest and (_level_of(rest)[0] or rest.startswith(("省", "市", "县", "区", "縣", "區"))):
            s, start = rest, start + cut
        elif _PORTAL.search(s):
            return None  # a portal's name (青石县人民政府门户网站), not a body's
    if len(s) < 2 or not s.endswith(_BODY_END) or s.startswith(_REJECT) or _NOT_ISSUER.search(s):
        return None
    return start, start + len(s)


def _name_at(text: str, start: int, limit: int = 30) -> tuple[int, int] | None:
    """The body name starting at ``start`` in running text: its region (admin units) and, unless a
    clause verb follows the region, a department name up to its first suffix (教育厅, 人民政府 …)."""
    run = re.compile(rf"[{_HAN}]{{1,{limit}}}").match(text, start)
    if not run:
        return None
    chunk = run.group()
    n, _ = _level_of(chunk)
    rest = chunk[n:]
    dept = _DEPT.match(rest)
    if dept and not rest.startswith(_CLAUSE):
        n += dept.end()
    elif n == 0:
        return None
    return _clean_name(text, start, start + n)


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


# --- issuer --------------------------------------------------------------------------------------

_MAKES_REPORT = (r"(?:编制|编写|編製|編寫|制作|製作|发布|發布|形成)了?(?:本|此|该|該)?(?:年度|年)?"
                 r"(?:[报報]告|《[^》\n]{0,60}[报報]告》)")
#: 由X…编制本报告: the body that wrote the report, named after 由, the verb right after the name or after
#: 根据…; 由X具体负责 (an office in charge of the work) is not the report's author
_OPENING_BY = re.compile(rf"由(?=[{_HAN}])")
_BY_MAKES = re.compile(r"[ \t\u3000]*(?:(?:根据|依据|按照|依照|根據|依據)[^。\n]{0,80}?)?(?:负责|負責|牵头|組織|组织)?"
                       r"(?:编制|编写|編製|編寫|制作|製作|起草|撰写|发布|發布)")
#: a clause whose subject makes the report: X编写了《…报告》, X根据《条例》…编制本报告, 依据条例，X编制了本报告
_CLAUSE_START = re.compile(rf"(?:^|(?<=[。\n\u3000：:，,；;]))[ \t\u3000]*(?=[{_HAN}])")
_SUBJ_MAKES = re.compile(rf"[ \t\u3000]*(?:(?:根据|依据|按照|依照|根據|依據)[^。\n]{{0,80}}?)?{_MAKES_REPORT}")
#: a pronoun with the name in brackets (我局（X局）), or the name giving itself a pronoun (X局（以下简称“我局”）)
_PRONOUN_NAME = re.compile(rf"(?:我|本)(?:局|厅|廳|委|办|辦|机关|機關|单位|單位|部门|部門|院|中心|署|会|會|县|縣|市|区|區|"
                           rf"镇|鎮|乡|鄉|街道|政府)[（(](?P<name>[{_HAN}]{{2,40}})[）)]")
_ALIAS = re.compile(rf"(?P<name>[{_HAN}]{{2,40}})[（(]以下(?:简|簡)称[“\"‘「]?(?:我|本)")
#: the first section's heading, which a flattened text glues to the sentence after it (一、总体情况2021年，…)
_FIRST_HEADING = r"[一1][、.．]\s*(?:总体情况|總體情況|概述|基本情况|基本情況|概况|概況)"
#: the first sentence "2021年，X…", past an adverbial (在县委、县政府的领导下，): X is the report's body
_YEAR_SUBJ = re.compile(rf"(?:^|[。\n\u3000]|{_FIRST_HEADING})[ \t\u3000]*(?:19|20|１９|２０)\d\d年(?:度|以来)?[，,、]?[ \t\u3000]*"
                        rf"(?:在[^。，,；;\n]{{1,30}}?下[，,]?[ \t\u3000]*)?(?P<name>[{_HAN}])")
_DATE = (r"(?:(?P<y>(?:19|20|１９|２０)\d\d)\s*(?:[-/.．]\s*(?P<m1>\d{1,2})\s*[-/.．]\s*(?P<d1>\d{1,2})"
         r"|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号])"
         # signatures often write the date in Chinese numerals: 二〇二〇年一月十五日 (〇 typed as O or 0 too)
         r"|(?P<cy>[一二][〇零○Ｏ0OoＯ一二三四五六七八九]{3})\s*年\s*(?P<cm>[一二三四五六七八九十]{1,2})\s*月"
         r"\s*(?P<cd>[一二三四五六七八九十]{1,3})\s*日)"
         # no digit right after the day (2020-01-155 is no date), unless a time is glued on (2020-01-1509:30)
         r"(?!(?!\d{1,2}[:：])\d)")


def _cn_small(s: str) -> int:
    """一 … 三十一 (month and day numbers)."""
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


#: header labels of the publishing body (a portal's 发布机构, 来源), matched in the simplified shadow
_BODY_LABEL = r"发布机构|发布单位|发文机关|发文单位|信息来源|来源"
_HEADER_BODY = re.compile(rf"(?:{_BODY_LABEL})[ \t\u3000]*[】\]]?[ \t\u3000]*[:：]?[ \t\u3000|｜]*"
                          rf"(?:\r?\n[ \t\u3000|｜]*)?(?P<name>[{_HAN}（）()]{{2,40}})")
_BODY_LABEL_CELL = re.compile(rf"[ \t\u3000]*(?P<label>{_BODY_LABEL})[ \t\u3000]*[:：]?[ \t\u3000]*$")
#: header words glued after the name on a one-line header (来源：X局发布时间：…): where the name ends
_NEXT_LABEL = re.compile(r"发布|时间|日期|浏览|点击|字号|作者|阅读|访问|打印|分享|索引|文号|分类|主题")


#: words whose unit character is not an administrative unit (城乡建设厅, 市场监管局, 社区 …)
_NOT_UNIT = ("城乡", "乡村", "市场", "市政", "市容", "区域", "社区", "县域", "城镇", "乡镇", "城市", "州际")


#: characters no administrative unit's own name holds: a body's suffix or a clause word before them
_NOT_IN_UNIT_NAME = "局厅廳委办辦署院所站馆館在的"


def _level_of(name: str) -> tuple[int, str | None]:
    """Length of the leading region of ``name`` and its level, reading administrative units left to
    right (X省 / X省Y市 / X市Y区 …; each unit's own name 1–6 characters). 天津市 alone is a province."""
    pos, level = 0, None
    while pos < len(name):
        best: tuple[int, str, str] | None = None
        for i in range(pos + 1, min(len(name), pos + 7)):
            if name[i - 1] in _NOT_IN_UNIT_NAME:
                break  # 交通运输局在县委: a body's name ended, what follows is no unit of it
            hits = [(u, lev) for u, lev in _UNITS if name.startswith(u, i)
                    and not any(w in name[max(0, i - 1):i + len(u) + 1] for w in _NOT_UNIT)]
            if hits:
                u, lev = max(hits, key=lambda h: len(h[0]))
                best = (i, u, lev)
                break
        if best is None:
            break
        i, unit, lev = best
        pos, level = i + len(unit), lev
    if level is not None and name[:pos] in _MUNICIPALITIES:
        level = "province"
    return pos, level


def _region_of(name: str, start: int) -> Region | None:
    n, level = _level_of(name)
    return Region(name[:n], start, start + n, "issuer", level) if n else None


def _province_named(text: str) -> str | None:
    """The province (or municipality) the text names most often: completes a bare 省教育厅."""
    counts = {p: text.count(p) for p in PROVINCES}
    best = max(counts, key=lambda p: counts[p])
    return best if counts[best] else None


def normalize_issuer(name: str, text: str = "") -> tuple[str, str]:
    """(normalised name, kind). Simplified, no spaces; 省X厅 → <province>X厅 when the text names one
    province; a government (X人民政府, X管委会, X街道办事处) → its region X."""
    s = re.sub(r"[\s\u3000]", "", to_simplified(name))
    if s.startswith("省") and not s.startswith("省级"):
        prov = _province_named(to_simplified(text)) if text else None
        if prov and prov.endswith("省"):
            s = prov + s[1:]
    elif s.startswith("市") and text:
        prov = _province_named(to_simplified(text))
        if prov in _MUNICIPALITIES:
            s = prov + s[1:]
    gov = _GOV_TAIL.search(s)
    if gov and gov.start() > 0:
        region_len, _ = _level_of(s[:gov.start()])
        if region_len == gov.start():
            return s[:gov.start()], "government"
    region_len, _ = _level_of(s)
    if region_len == len(s):
        return s, "government"
    return s, "department"


def _make_issuer(text: str, start: int, end: int, source: str) -> tuple[Issuer, Region | None]:
    raw = text[start:end]
    if source in ("title", "opening"):  # evidence: the first time the opening states the name (X编写了《X…》)
        first = text.find(raw, 0, min(start, _OPENING_CHARS))
        while first >= 0:
            longer = _GOV_TAIL_START.match(text, first + len(raw))
            if not _inside_quote(text, first) and longer is None and _in_sentence(text, first):
                start, end = first, first + len(raw)
                break
            first = text.find(raw, first + 1, min(start, _OPENING_CHARS))
    normalized, kind = normalize_issuer(raw, text)
    region = _region_of(raw, start)
    if region is not None:
        region.source = source
    return Issuer(raw, start, end, source, normalized, kind), region


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


def _opening_names(text: str) -> tuple[int, int] | None:
    """The first place the opening names the report's own body: 由X…编制, a clause whose subject makes
    the report (X根据…编制本报告), 我局（X）, X（以下简称“我局”）."""
    hi = min(len(text), _OPENING_CHARS)
    cands: list[tuple[int, int]] = []
    for m in _OPENING_BY.finditer(text, 0, hi):
        span = _name_at(text, m.end())
        if span and _BY_MAKES.match(text, span[1], hi):
            cands.append(span)
    for m in _CLAUSE_START.finditer(text, 0, hi):
        span = _name_at(text, m.end())
        if span and _SUBJ_MAKES.match(text, span[1], hi):
            cands.append(span)
    for m in _PRONOUN_NAME.finditer(text, 0, hi):
        span = _clean_name(text, m.start("name"), m.end("name"))
        if span:
            cands.append(span)
    for m in _ALIAS.finditer(text, 0, hi):
        run = m.group("name")
        for i in range(len(run) - 1):  # the name is the end of the run: its region starts it
            if i == 0 or _level_of(run[i:])[0] or run[i] in "省市县区":
                span = _clean_name(text, m.start("name") + i, m.end("name"))
                if span:
                    cands.append(span)
                    break
    return min(cands) if cands else None


def _find_issuer(text: str, titles: Sequence[_Title]) -> tuple[Issuer, Region | None] | None:
    ranked = sorted((t for t in titles if t.name), key=lambda t: (t.rank, t.start))
    for t in ranked:
        if t.rank <= 2:
            return _make_issuer(text, *t.name, t.source)  # type: ignore[misc]
    opening = _opening_names(text)
    if opening:
        return _make_issuer(text, *opening, "opening")
    for m in _YEAR_SUBJ.finditer(text[:4000]):
        span = _name_at(text, m.start("name"))
        if span and (_level_of(text[span[0]:span[1]])[0] or text[span[0]] in "省市县区"):
            return _make_issuer(text, *span, "body")
    for t in ranked:
        return _make_issuer(text, *t.name, t.source)  # type: ignore[misc]
    names = [name for _, name in _signatures(text, _shadow(text)) if name]
    if names:
        return _make_issuer(text, *names[-1], "signature")
    span = _header_body(text)
    if span:
        return _make_issuer(text, *span, "header")
    span = _breadcrumb_body(text)
    return _make_issuer(text, *span, "breadcrumb") if span else None


#: a page's breadcrumb: segments between > › » (首页 > X区人民政府 > 政务公开 > 年报)
_CRUMB_SEP = re.compile(r"[ \t\u3000]*(?:>+|＞+|›|»|→|/)[ \t\u3000]*")


def _breadcrumb_body(text: str) -> tuple[int, int] | None:
    """The last body a page's breadcrumb names (the most specific: the portal's owner comes first), when
    neither the title, the opening, a signature nor a header does."""
    hi = min(len(text), _HEADER_CHARS)
    found = None
    for line in re.finditer(r"[^\n]+", text[:hi]):
        parts = _CRUMB_SEP.split(line.group())
        if len(parts) < 3:
            continue
        pos = line.start()
        for seg in re.finditer(r"[^>＞›»→/]+", line.group()):
            raw = seg.group()
            label = re.match(r"[ \t\u3000]*(?:您?(?:当前|現在|现在)?(?:的)?位置|當前位置)?[:：]?[ \t\u3000]*", raw)
            a = pos + seg.start() + (label.end() if label else 0)
            b = pos + seg.start() + len(raw.rstrip(" \t\u3000"))
            if a < b and re.fullmatch(rf"[{_HAN}（）()]+", text[a:b]):
                found = _clean_name(text, a, b) or found
    return found


def _header_body(text: str) -> tuple[int, int] | None:
    """The body a page header names (发布机构：X, 来源 X, a header table's 发布机构 column); a portal
    (青石县人民政府门户网站) is not a body."""
    hi = min(len(text), _HEADER_CHARS)
    sh = shadow(text[:hi])
    spans = [(m.start("name"), m.end("name")) for m in _HEADER_BODY.finditer(sh)]
    spans += [(c, d) for _, c, d in _column_values(sh, _BODY_LABEL_CELL, 0, hi)]
    for a, b in sorted(spans):
        a += len(sh[a:b]) - len(sh[a:b].lstrip(" \t\u3000"))
        b = a + len(sh[a:b].strip(" \t\u3000"))
        nxt = _NEXT_LABEL.search(sh, a + 2, b)
        span = _clean_name(text, a, nxt.start() if nxt else b)
        if span:
            return span
    return None


# --- year ----------------------------------------------------------------------------------------

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


# --- publication date ----------------------------------------------------------------------------

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
#: where header labels are read: the page header at the top, a page footer at the end
_HEADER_CHARS, _FOOTER_CHARS = 3000, 2000
#: a signature is in the last part of a report
_SIGNATURE_CHARS = 3000
_DATE_RX = re.compile(_DATE)
#: what may follow a signature date on its line: page numbers, a page's 打印/关闭 links, an attachment
_SIG_AFTER = re.compile(
    r"(?:[ \t\u3000]|[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+"
    r"|[【\[（(]?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|收藏|分享)[】\]）)]?"
    r"|[（(][^）)\n]{1,12}[）)])*"  # （此件公开发布）, （盖章）
    r"(?:\r?\n|\Z|附件|附\s*[:：])")
#: a signature followed by the report's attachments (a statistics table, the form): the next line starts them
_ATTACHMENT_NEXT = re.compile(r"[^\n]*\n(?:[ \t\u3000]*\r?\n)*[ \t\u3000]*(?:附件|附表|附\s*[:：])")
#: what may end the text before a signature on the same line (…改进工作。X局 2020年1月15日)
_SENTENCE_END = "。！；!;）)”\"」』"


def _date_start(m: re.Match[str]) -> int:
    return m.start("y") if m.group("y") else m.start("cy")


def _iso(m: re.Match[str]) -> str | None:
    if m.group("cy"):
        y = int("".join(str(_CN_DIGIT[c]) for c in m.group("cy")))
        mo, d = _cn_small(m.group("cm")), _cn_small(m.group("cd"))
    else:
        y = int(m.group("y"))
        mo = int(m.group("m1") or m.group("m2"))
        d = int(m.group("d1") or m.group("d2"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _windows(text: str) -> list[tuple[int, int]]:
    """The page header and footer, where portals print their labelled fields."""
    head = (0, min(len(text), _HEADER_CHARS))
    foot = (max(head[1], len(text) - _FOOTER_CHARS), len(text))
    return [head, foot] if foot[0] < foot[1] else [head]


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


def _name_before(text: str, sh: str, line_start: int, end: int) -> tuple[int, int] | None | bool:
    """The body name right before a signature date on its line (X局2020年1月15日), ``None`` when
    nothing stands before the date, ``False`` when something else does (至2020年12月31日: a period)."""
    before = sh[line_start:end].rstrip(" \t\u3000")
    if not before:
        return None
    run = re.search(rf"[{_HAN}（）()]{{2,40}}$", before)
    if run is None:
        return None if before[-1] in _SENTENCE_END else False
    a = line_start + run.start()
    prefix = before[:run.start()].rstrip(" \t\u3000")
    chunk = to_simplified(text[a:line_start + run.end()])
    if prefix and prefix[-1] not in _SENTENCE_END:
        return False
    prov = next((chunk.find(p) for p in PROVINCES if p in chunk), -1)
    starts = [prov] if prov > 0 else [0] + [i for i in range(1, len(chunk) - 1) if _level_of(chunk[i:])[0]]
    for i in starts:
        span = _clean_name(text, a + i, line_start + run.end())
        if span and (i == 0 or len(chunk) - i <= 24):
            return span
    return False


def _signatures(text: str, sh: str) -> list[tuple[re.Match[str], tuple[int, int] | None]]:
    """Closing-signature candidates, in text order: dates in the report's last part that stand at the end
    of their line (page numbers, 打印/关闭 or an attachment may follow) with nothing before them on the
    line but the body's name or the end of a sentence; each with the body's name, on that line or the
    line above (``None`` when neither names one)."""
    tail = max(int(len(text) * 0.6), len(text) - _SIGNATURE_CHARS)
    found = []
    for m in _DATE_RX.finditer(sh, min(tail, _OPENING_CHARS, len(text) // 5)):
        if not _SIG_AFTER.match(sh, m.end()):
            continue
        line_start = sh.rfind("\n", 0, m.start()) + 1
        name = _name_before(text, sh, line_start, m.start())
        if name is False:
            continue
        if name is None and not sh[line_start:m.start()].strip(" \t\u3000"):
            name = _line_name(text, line_start, sh)
        # before the last part, only a named signature with the attachments after it (附件：…统计表)
        if m.start() < tail and (name is None or not _ATTACHMENT_NEXT.match(sh, m.end())):
            continue
        found.append((m, name))
    return found


def _line_name(text: str, line_start: int, sh: str | None = None) -> tuple[int, int] | None:
    """The previous non-empty line above ``line_start`` when that whole line is a body's name; given the
    shadow ``sh`` (a signature), also a name that ends that line after the last sentence (…无。X局)."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\u3000\r\n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    while start < end and text[start] in " \t\u3000":
        start += 1
    if re.fullmatch(rf"[{_HAN}（）()]{{3,40}}", text[start:end]):
        return _clean_name(text, start, end)
    if sh is not None and start < end:
        name = _name_before(text, sh, start, end)
        return name or None
    return None


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


_SHADOW_CHARS = 400_000  # a report is far shorter; of a huge file only its head and tail are read


def _shadow(text: str) -> str:
    """The simplified shadow (same length, NFKC-folded digits and colons) of what metadata reads: all of a
    report; of a huge file its head and its tail, the middle blanked."""
    if len(text) <= _SHADOW_CHARS:
        return shadow(text)
    half = _SHADOW_CHARS // 2
    return shadow(text[:half]) + " " * (len(text) - 2 * half) + shadow(text[-half:])


# --- template ------------------------------------------------------------------------------------

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


def _fuller_name(text: str, raw: str, titles: Sequence[_Title]) -> str | None:
    """The body's full name when the issuer as written lacks its region (市统计局, 人力资源和社会保障局) and
    another place of the same report (signature, header, another title, the opening) writes it with one
    (X市统计局): one body's reports then group under one name whatever each title wrote."""
    short = re.sub(r"[\s\u3000]", "", to_simplified(raw))
    bare = short[:1] in "省市县区州盟旗镇乡" and not _level_of(short)[0]
    if not bare and _level_of(short)[0]:
        return None  # it names its region already
    sh = _shadow(text)
    spans = [n for _, n in _signatures(text, sh) if n] + [t.name for t in titles if t.name]
    spans += [x for x in (_header_body(text), _opening_names(text)) if x]
    best = None
    for a, b in spans:
        full = re.sub(r"[\s\u3000]", "", to_simplified(text[a:b]))
        extra = len(full) - len(short) + (1 if bare else 0)  # the region: the prefix (and a bare 市)
        if len(full) > len(short) and full.endswith(short) and _level_of(full)[0] == extra:
            best = full if best is None or len(full) > len(best) else best
    return best


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
