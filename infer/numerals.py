"""Numbers as Chinese reports write them: 486, ４８６, 1,234, 两, 十二, 一百零五, 3.5万.

One parser for the tagger's COUNT spans, the table cells and the baseline, so that ``248`` and
``二百二十五`` can never disagree.
"""
from __future__ import annotations

import re
import unicodedata

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
           "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
           "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

#: Characters that can be part of a Chinese numeral.
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)
NUMERAL_RE = re.compile(r"[0-9０-９][0-9０-９,，.．]*|[" + CHINESE_NUMERAL_CHARS + r"]+")


def _chinese_to_int(s: str) -> int | None:
    if not s:
        return None
    if all(c in _DIGITS for c in s) and len(s) > 1:  # 一二三 digit-by-digit (years, codes)
        return int("".join(str(_DIGITS[c]) for c in s))
    total, section, number = 0, 0, 0
    seen = False
    for c in s:
        if c in _DIGITS:
            number = _DIGITS[c]
            seen = True
        elif c in _SMALL_UNITS:
            section += (number if (number or seen) else 1) * _SMALL_UNITS[c]
            number, seen = 0, False
        elif c in _BIG_UNITS:
            total += (section + number) * _BIG_UNITS[c]
            section, number, seen = 0, 0, False
        else:
            return None
    return total + section + number


def parse_number(text: str) -> float | int | None:
    """Parse one numeral; ``None`` if ``text`` holds no number.

    Full-width digits and separators are folded (NFKC), thousands separators dropped, and a
    trailing 万 multiplies (``3.5万`` → 35000). The result is an ``int`` when whole.
    """
    s = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("，", "")
    if not s:
        return None
    mult = 1
    if s[-1] in _BIG_UNITS and any(ch.isdigit() for ch in s):
        mult = _BIG_UNITS[s[-1]]
        s = s[:-1]
    if re.fullmatch(r"\d+(\.\d+)?", s):
        value = float(s) * mult
    else:
        v = _chinese_to_int(s)
        if v is None:
            return None
        value = v * mult
    return int(value) if float(value).is_integer() else value
