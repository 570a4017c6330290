"""Is a row label in a table, or in a sentence? 2019+ reports without a table state the same
figures in prose (本年新收政府信息公开申请156件，上年结转9件。……其中予以公开62件，部分公开21件),
and the row labels of the form occur there word for word. A label read as a table row claims its text
as a table region, which prose extraction then skips, so a sentence must never be taken for a row.

The test looks only at the text right after the label (up to its first number and that number's
unit), never at the whole line: scraped reports may hold a whole page on one line, prose and a
run-together table together (``…收费2340.5三、收到和处理…一、本年新收政府信息公开申请数量14320000145二、…``).
After a table row label come its cells, each followed by a separator, the next cell or the next
row's numbering; after a label in a sentence comes a count that sentence punctuation or running
text follows:

- a count with its unit, then punctuation: ``156件，`` ``62件、`` ``9件。`` (Chinese numerals too: ``两件，``);
- a bare number, then a sentence mark: ``62，`` ``62。`` ``62；`` (a 、 or a . after a bare number may
  be the next row's numbering glued to the digits: ``…00000004、保护第三方``, so neither counts);
- a count with its unit, then running text: ``156件其中``; not when the next row's numbering follows
  (``218件二、上年结转``);
- a sentence end (。 ； ！ ？) before any number: ``对“不予处理”的适用把握不准。``; table labels never hold one.

The labels' own punctuation (``（区分处理的，只计这一情形，不计其他情形）``, ``逾期不补正、行政机关不再处理``)
holds no count, so it never reads as a sentence.
"""
from __future__ import annotations

import re

from infer.lexicon import ANCHOR_SYNONYMS, COUNT_UNITS, ZERO_WORDS

_UNITS = "|".join(sorted((re.escape(u) for u in COUNT_UNITS), key=len, reverse=True))
_CN_DIGITS = "零〇一二两三四五六七八九十百千万"
#: how far after a label its first cell may be (long label tails such as 2021's 逾期不补正、行政机关不再
#: 处理其政府信息公开申请 are matched by their core, so the tail after the core is below this)
WINDOW = 60

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
#: sentence punctuation; the shadow is NFKC-folded (，；：！？（ become , ; : ! ? (), so both forms
_PUNCT = r"[，。；、：,;:！？!?)）]|[（(](?![一二三四五六七八九十\d]{1,2}[)）])"
#: a count with its unit, then punctuation (Arabic or Chinese numerals): 156件， 62件、 5件（其中 3件）
_COUNT_PUNCT = re.compile(rf"(?:{_NUMBER}|[{_CN_DIGITS}]+)\s*(?:{_UNITS})\s*(?:{_PUNCT})")
#: a bare number, then a sentence mark: 62， 62。 (not 、 or .: numbering glued to run-together
#: digits; a comma only when no digit follows, 1,234 is one number)
_BARE_PUNCT = re.compile(rf"{_NUMBER}\s*(?:[，。；;！？!?]|,(?!\d))")
#: a count with its unit inside running text, unless the next row's numbering follows (218件二、)
_COUNT_TEXT = re.compile(rf"{_NUMBER}\s*(?:{_UNITS})(?=[\u4e00-\u9fff])(?![{_CN_DIGITS}]\s*[、.．])")
_SENTENCE_END = re.compile(r"[。；！？;!?]")
_DIGIT = re.compile(r"\d")


def in_sentence(shadow: str, label_end: int, hi: int | None = None) -> bool:
    """True when the label ending at ``label_end`` is part of a sentence, not a table row label.

    ``shadow`` is the parser's simplified shadow (same offsets as the input); ``hi`` bounds the look
    (the end of the table's section)."""
    hi = len(shadow) if hi is None else hi
    window = shadow[label_end:min(hi, label_end + WINDOW)]
    digit = _DIGIT.search(window)
    head = window if digit is None else window[:digit.start()]
    if _SENTENCE_END.search(head) or _COUNT_PUNCT.search(head):
        return True
    if digit is None:
        return False
    tail = window[digit.start():]
    return any(p.match(tail) for p in (_COUNT_PUNCT, _BARE_PUNCT, _COUNT_TEXT))


_RECEIVED_WORDS = "|".join(re.escape(w) for w in ANCHOR_SYNONYMS["RECEIVED"])
_ZERO_WORDS = "|".join(re.escape(w) for w in ZERO_WORDS)
#: what says "there are figures here": a number, a counted Chinese numeral (两件), or a zero statement
#: (未收到政府信息公开申请, 没有发生…); not an ordinal (the form's own header note 第一项加第二项之和)
#: nor a date (2020年度…情况见下表, 12月31日)
_FIGURES = re.compile(rf"(?<![第\d])(?!\d{{1,4}}\s*[年月日])\d|(?<![第{_CN_DIGITS}])[{_CN_DIGITS}]+\s*(?:{_UNITS})"
                      rf"|(?:{_ZERO_WORDS})[^。；，\n]{{0,6}}?(?:{_RECEIVED_WORDS}|发生)")


def states_figures(text: str) -> bool:
    """True when ``text`` (a section's body) states figures in any form. A 2019+ section
    三、收到和处理政府信息公开申请情况 with no table but with figures is a prose-only report (no
    table: ``absent``); with nothing at all after the heading, its table was an image (``missing``)."""
    return _FIGURES.search(text) is not None
