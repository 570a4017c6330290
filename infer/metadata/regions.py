"""Administrative geography read from the start of a body's name: its region and the region's level.

A researcher groups reports by region and level (province, city, county, township, zone); the level is
taken only from the suffix a unit's name carries (X省, X市, X区, X街道 …), read left to right, so a
name's region is what its own words state. The province list completes a bare leading 省/市 from the
province the text names.
"""
from __future__ import annotations

from infer.metadata.model import Region

#: province-level units (public administrative geography); used to complete a bare leading 省/市
PROVINCES = ("北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
             "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
             "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
             "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
#: admin units with their level; longest first so 自治区 wins over 区
_UNITS: tuple[tuple[str, str], ...] = (
    ("自治区", "province"), ("自治州", "city"), ("自治县", "county"), ("综合实验区", "zone"),
    ("綜合實驗區", "zone"), ("开发区", "zone"), ("開發區", "zone"), ("高新区", "zone"), ("新区", "zone"),
    ("新區", "zone"), ("实验区", "zone"), ("街道", "township"), ("地区", "city"), ("省", "province"),
    ("市", "city"), ("州", "city"), ("盟", "city"), ("区", "county"), ("區", "county"), ("县", "county"),
    ("縣", "county"), ("旗", "county"), ("镇", "township"), ("鎮", "township"), ("乡", "township"),
    ("鄉", "township"))


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
