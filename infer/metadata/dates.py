"""Date patterns: a year in Chinese numerals, a full date in any of the ways reports write one.

Titles, headers and signatures write dates as 2020-01-15, 2020年1月15日 or 二〇二〇年一月十五日 (〇 typed
as O or 0 too); one pattern reads them all and turns a match into an ISO date, so every reader of a
year or a publication date agrees on what a date is.
"""
from __future__ import annotations

import re

#: a year in Chinese numerals (二〇一九, 〇 typed as O or 0 too)
_CN_YEAR = r"[一二][〇零○Ｏ0OoＯ一二三四五六七八九]{3}"
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {c: 0 for c in "零○Ｏ0OoＯ"}
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


_DATE_RX = re.compile(_DATE)


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
