"""Text damage seen on real mirror sites and PDF extractions, applied to the held-out reports after writing.

Part of the held-out set's builder; its output is locked (heldout/README.md). Gold values never depend on the
damage: a number stays the number the report states, however the text around it is broken.
"""
from __future__ import annotations

import random
import re

from opencc import OpenCC

_S2T = OpenCC("s2t")
_S2TW = OpenCC("s2tw")


def traditional(text: str, variant: str = "s2t") -> str:
    """Simplified → traditional as mirror sites publish them (character conversion only)."""
    return (_S2TW if variant == "s2tw" else _S2T).convert(text)


def flatten(text: str) -> str:
    """A whole report on one line (line breaks dropped, as some scrapers store it)."""
    return re.sub(r"\s*\n\s*", "", text)


def hard_wrap(para: str, width: int, rng: random.Random, page_every: int = 0) -> str:
    """PDF-like: a line break every ``width`` characters, inside words and numbers; optionally a page footer."""
    lines = [para[i:i + width] for i in range(0, len(para), width)]
    if page_every:
        out = []
        for i, line in enumerate(lines, 1):
            out.append(line)
            if i % page_every == 0:
                out.append(f"— {rng.randint(2, 9)} —")
        lines = out
    return "\n".join(lines)


PINYIN = {"受": "shòu", "理": "lǐ", "申": "shēn", "请": "qǐng", "镇": "zhèn", "复": "fù", "议": "yì", "诉": "sù",
          "讼": "sòng", "政": "zhèng", "府": "fǔ", "信": "xìn", "息": "xī", "公": "gōng", "开": "kāi", "答": "dá",
          "办": "bàn", "件": "jiàn", "维": "wéi", "持": "chí", "撤": "chè", "审": "shěn", "县": "xiàn",
          "网": "wǎng", "函": "hán", "当": "dāng", "面": "miàn", "收": "shōu", "费": "fèi", "意": "yì",
          "部": "bù", "分": "fēn", "途": "tú", "径": "jìng", "确": "què", "终": "zhōng", "止": "zhǐ",
          "检": "jiǎn", "索": "suǒ", "邮": "yóu", "寄": "jì", "依": "yī", "结": "jié"}


def pinyin_gloss(text: str, rng: random.Random, p: float = 0.3) -> str:
    """Inline pinyin after some characters (``受(shòu)理(lǐ)``), as some mirror sites insert."""
    out = []
    for ch in text:
        out.append(ch)
        if ch in PINYIN and rng.random() < p:
            out.append(f"({PINYIN[ch]})")
    return "".join(out)


def spaced(text: str) -> str:
    """Characters spaced out by extraction (``行 政 复 议``)."""
    return " ".join(ch for ch in text if not ch.isspace())


def fullwidth_digits(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
