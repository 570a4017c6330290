"""Numbers as the generator writes them: Arabic, full-width, thousands-separated or Chinese numerals.

Real reports write the same count many ways (48, ４８, 1,234, 两, 十二, 一百零五, 零). A tagger
that only ever saw ASCII digits would miss the rest, so every count goes through
:func:`render_count` with a per-passage :class:`NumberStyle`. Every string produced here parses back
to its value with :func:`infer.numerals.parse_number` (tested), which is what the linker will use.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

_CN_DIGITS = "零一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def to_chinese(n: int, *, liang: bool = True) -> str:
    """Chinese numeral for ``0 <= n < 100_000_000`` as a report writes it (十二, 一百零五, 两千).

    ``liang`` writes a leading 2 as 两 (两件, 两千) the way counts before a measure word are
    written; 十二/二十 keep 二 inside the number either way.
    """
    if n < 0 or n >= 100_000_000:
        raise ValueError(f"to_chinese: {n} out of range")
    if n == 0:
        return "零"
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        s = to_chinese(high, liang=liang) + "万"
        if low:
            s += ("零" if low < 1000 else "") + to_chinese(low, liang=False)
        return s
    out = []
    units = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
    zero_pending = False
    started = False
    for size, unit in units:
        d, n = divmod(n, size)
        if d == 0:
            if started:
                zero_pending = True
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        if size == 10 and d == 1 and not started:
            out.append("十")  # 十二, not 一十二, at the start of a number
        else:
            digit = _CN_DIGITS[d]
            if d == 2 and liang and not started and size >= 100:
                digit = "两"
            out.append(digit + unit)
        started = True
    s = "".join(out)
    if s == "二" and liang:
        return "两"
    return s


@dataclass(frozen=True)
class NumberStyle:
    """How the numbers of one passage are written (a report is usually consistent)."""

    fullwidth: bool = False
    thousands: str = ""  # "" | "," | "，"
    chinese: bool = False  # Chinese numerals for small counts
    chinese_small_p: float = 0.0  # chance per small count (<= 10) of a Chinese numeral anyway
    zero_word_p: float = 0.1  # chance a 0 count is written 零


def sample_style(rng: random.Random, cfg: dict) -> NumberStyle:
    return NumberStyle(
        fullwidth=rng.random() < cfg.get("fullwidth", 0.05),
        thousands=(rng.choice([",", ",", ",", "，"]) if rng.random() < cfg.get("thousands", 0.3) else ""),
        chinese=rng.random() < cfg.get("chinese", 0.08),
        chinese_small_p=cfg.get("chinese_small", 0.1),
        zero_word_p=cfg.get("zero_word", 0.1),
    )


def render_count(value: int, rng: random.Random, style: NumberStyle) -> str:
    """Write ``value`` in the passage's style; large numbers stay in digits as reports do."""
    if value == 0 and rng.random() < style.zero_word_p:
        return "零"
    if value > 0 and ((style.chinese and value <= 200) or (value <= 10 and rng.random() < style.chinese_small_p)):
        return to_chinese(value)
    s = str(value)
    if style.thousands and value >= 1000:
        s = f"{value:,}".replace(",", style.thousands)
    if style.fullwidth:
        s = s.translate(_FULLWIDTH)
    return s


def render_amount(value: float, rng: random.Random, style: NumberStyle) -> tuple[str, str]:
    """A fee amount and its unit: (``"120"``, ``"元"``) or (``"1.5"``, ``"万元"``).

    万元 is a unit and stays outside the COUNT span; the linker multiplies a number followed by 万元.
    """
    if value == 0:
        return ("0" if rng.random() < 0.8 else "零"), "元"
    if value >= 10_000 and rng.random() < 0.5:
        wan = value / 10_000
        return f"{wan:.2f}".rstrip("0").rstrip("."), "万元"
    s = f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    if style.fullwidth:
        s = s.translate(_FULLWIDTH)
    return s, "元"


def sample_count(rng: random.Random, scale: str) -> int:
    """A plausible count for a report of a given ``scale`` (tiny: a bureau, huge: a big city)."""
    lo, hi = {"tiny": (1, 12), "small": (3, 60), "mid": (20, 500), "large": (200, 5000),
              "huge": (2000, 40000)}[scale]
    # log-uniform: small reports are far more common than big ones
    import math

    return int(round(math.exp(rng.uniform(math.log(lo), math.log(hi)))))


def split_total(total: int, k: int, rng: random.Random, *, allow_zero: bool = True) -> list[int]:
    """Split ``total`` into ``k`` non-negative parts with a skewed (realistic) distribution."""
    if k <= 0:
        return []
    weights = [rng.random() ** 2 + (0 if allow_zero else 0.05) for _ in range(k)]
    s = sum(weights) or 1.0
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    rng.shuffle(parts)
    if not allow_zero:
        for i, p in enumerate(parts):
            if p == 0:
                j = max(range(k), key=lambda x: parts[x])
                if parts[j] > 1:
                    parts[j] -= 1
                    parts[i] = 1
    return parts


def percent(part: int, total: int, rng: random.Random) -> str:
    """The share as reports print it (87.08 / 10.3 / 25)."""
    if total <= 0:
        return "0"
    p = 100.0 * part / total
    digits = rng.choice([0, 1, 2, 2])
    s = f"{p:.{digits}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s
