"""A body's name in running text, titles and signatures: where it starts and ends, and what is not one.

Every source of the issuer (title, opening, signature, page header, breadcrumb) yields a stretch of
text around a name; these rules trim it to the name itself (leading verbs such as 现发布/由, trailing
function words, a web portal's words glued to it), require a body's suffix (局, 厅, 人民政府 …), and
reject pronouns (我局, 本机关), phrases and bodies that never issue these reports (party organs, the
legislature). A signature's name stands on the date's line or on the line above it.
"""
from __future__ import annotations

import re

from infer.lexicon import to_simplified
from infer.metadata.layout import _HAN
from infer.metadata.regions import PROVINCES, _level_of

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


#: what may end the text before a signature on the same line (…改进工作。X局 2020年1月15日)
_SENTENCE_END = "。！；!;）)”\"」』"


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
