"""The issuing body: found in the report's title, opening, first sentence, signature, header or
breadcrumb, and normalised so one body's reports group across years.

Normalised means simplified characters, no spaces, a bare leading 省 completed from the province the
text names, a name without its region completed from the fuller name the same report writes
elsewhere, and a government's own name reduced to its region. Party organs, superiors in an adverbial
(在市委、市政府的领导下) and web portals are never the issuer.
"""
from __future__ import annotations

import re
from typing import Sequence

from infer.lexicon import to_simplified
from infer.metadata.layout import (_HAN, _HEADER_CHARS, _OPENING_CHARS, _column_values, _in_sentence,
                                   _inside_quote, _shadow)
from infer.metadata.model import Issuer, Region
from infer.metadata.names import _clean_name, _name_at
from infer.metadata.regions import _MUNICIPALITIES, _level_of, _province_named, _region_of
from infer.metadata.signature import _signatures
from infer.metadata.titles import _Title
from infer.tables.normalize import shadow

_GOV_TAIL_START = re.compile(r"人民政府|政府|管委会|管理委员会|办公室|办公厅")  # X followed by these is another name
#: a region's government: X人民政府 → X (its 办公室/办公厅 is a body of its own with its own reports)
_GOV_TAIL = re.compile(r"(?:人民政府|政府|管委会|管理委员会|管理委員會|办事处)$")

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


#: header labels of the publishing body (a portal's 发布机构, 来源), matched in the simplified shadow
_BODY_LABEL = r"发布机构|发布单位|发文机关|发文单位|信息来源|来源"
_HEADER_BODY = re.compile(rf"(?:{_BODY_LABEL})[ \t\u3000]*[】\]]?[ \t\u3000]*[:：]?[ \t\u3000|｜]*"
                          rf"(?:\r?\n[ \t\u3000|｜]*)?(?P<name>[{_HAN}（）()]{{2,40}})")
_BODY_LABEL_CELL = re.compile(rf"[ \t\u3000]*(?P<label>{_BODY_LABEL})[ \t\u3000]*[:：]?[ \t\u3000]*$")
#: header words glued after the name on a one-line header (来源：X局发布时间：…): where the name ends
_NEXT_LABEL = re.compile(r"发布|时间|日期|浏览|点击|字号|作者|阅读|访问|打印|分享|索引|文号|分类|主题")


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
