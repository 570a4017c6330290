"""A handful of hand-written toy passages, for tests and smoke runs before real data exists.

Written here in the genre's style (no text copied from real reports). They exercise digits,
full-width digits, Chinese numerals, traditional characters and every frequent label, so a tiny
model that learns them has had its whole pipeline (alignment, windows, loss, decoding) exercised.
"""
from __future__ import annotations

import random

from annotations.corpus import Example, Span

# ``[text|LABEL]`` marks a span; everything else is plain text.
_TEMPLATES = (
    "本机关共收到政府信息公开申请[{a}|COUNT]件，其中[当面|CHANNEL]申请[{b}|COUNT]件，[网络|CHANNEL]申请[{c}|COUNT]件。",
    "全年[予以公开|OUTCOME][{a}|COUNT]件，[部分公开|OUTCOME][{b}|COUNT]件，[不予公开|OUTCOME][{c}|COUNT]件。",
    "因政府信息公开申请引起[行政复议|CASE][{a}|COUNT]起，其中[维持|RESULT][{b}|COUNT]起，[纠正|RESULT][{c}|COUNT]起。",
    "本年度[未|ZERO]发生[行政诉讼|CASE]案件，[无|ZERO][收费|FEE]情况。",
    "[上年结转|CARRY_OVER]申请[{a}|COUNT]件，[結轉下年|CARRY_FORWARD][{b}|COUNT]件，已[办结|ANSWERED][{c}|COUNT]件。",
    "[受理|RECEIVED]申請[{a}|COUNT]件，[信函|CHANNEL]申請[{b}|COUNT]件，[法人或其他组织|APPLICANT]申请[{c}|COUNT]件。",
)


def _render(template: str, values: dict[str, str]) -> Example:
    text, spans, i = "", [], 0
    filled = template.format(**values)
    while i < len(filled):
        if filled[i] == "[":
            j = filled.index("]", i)
            body, label = filled[i + 1:j].rsplit("|", 1)
            spans.append(Span(len(text), len(text) + len(body), label))
            text += body
            i = j + 1
        else:
            text += filled[i]
            i += 1
    return Example(text=text, spans=spans, part="toy", meta={"doc": "toy"})


def _number(rng: random.Random) -> str:
    n = rng.choice([rng.randint(0, 9), rng.randint(10, 99), rng.randint(100, 999)])
    style = rng.random()
    if style < 0.6:
        return str(n)
    if style < 0.85:
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return "零一二三四五六七八九"[n % 10]


def toy_examples(n: int = 24, seed: int = 0) -> list[Example]:
    """``n`` toy passages, deterministic for a seed (templates cycled, numbers drawn)."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        tpl = _TEMPLATES[k % len(_TEMPLATES)]
        ex = _render(tpl, {v: _number(rng) for v in "abc"})
        ex.meta = {"doc": f"toy-{k}"}
        ex.check()
        out.append(ex)
    return out
