"""Finding row labels in order: every candidate position of every row's cores, then the increasing
assignment that places the most rows (a missing or garbled row never shifts the others)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from infer.tables.normalize import loose
from infer.tables.prose import in_sentence
from infer.tables.templates import CN_NUM, RowSpec


@dataclass(frozen=True)
class LabelHit:
    spec_index: int
    start: int  # start of the label including its numbering (一、 （三） 2.)
    core_start: int
    core_end: int
    numbered: bool


@lru_cache(maxsize=256)
def numbering_re(numbering: str) -> re.Pattern[str]:
    """Regex matching the row's own numbering at the END of the text before its core.

    Up to 12 label characters may sit between the numbering and the core (2.其他法律行政法规|禁止公开),
    on the same line or, for a label wrapped once, on two (a PDF copy's 5.要求行政机关确认 / 或重新出具).
    Only the expected number is accepted, so in ``40000042.其他…`` just ``2.`` belongs to the label;
    it may be written in any style (（三） (三) 三、 3. （3） ③).
    """
    n = numbering.strip("（）()、.．")
    if n in CN_NUM or all(c in CN_NUM for c in n):
        cn, arabic = n, str(CN_NUM.index(n) + 1) if len(n) == 1 else None
    else:
        cn, arabic = (CN_NUM[int(n) - 1] if 0 < int(n) <= len(CN_NUM) else None), n
    # the same number in the other styles reports use: （3） 3. ③ for （三）; （一） ① for 1.
    alts = []
    if cn:
        alts += [rf"[(（]\s*{cn}\s*[)）]", rf"{cn}\s*[、.．，,]"]
    if arabic:
        alts += [rf"[(（]\s*{arabic}\s*[)）]", rf"(?<![.．]){arabic}\s*[.．、，,]"]
        if int(arabic) <= 10:
            alts.append(chr(0x2460 + int(arabic) - 1))  # ① …
    num = "(?:" + "|".join(alts) + ")"
    # the label may wrap once between its numbering and the core (5.要求行政机关确认\n或重新出具)
    return re.compile(num + r"(?:[^\d|\t\n]{0,12}\n)?[^\d|\t\n]{0,12}$")


@lru_cache(maxsize=256)
def _core_re(core: str) -> re.Pattern[str]:
    """A row's core, also when a PDF copy wrapped the label inside it (4.无正当理由大量反 / 复申请)."""
    return re.compile(loose(core, wrapped=True))


_CELL_EDGE = " \t|\n\u3000\u00a0"


def _whole_cell(shadow: str, start: int, end: int) -> bool:
    """The core is a cell on its own (an unnumbered ``其他`` row label, not part of a phrase)."""
    before = shadow[start - 1] if start > 0 else "\n"
    after = shadow[end] if end < len(shadow) else "\n"
    return before in _CELL_EDGE and after in _CELL_EDGE


def candidates(shadow: str, specs: tuple[RowSpec, ...], lo: int, hi: int) -> list[LabelHit]:
    hits: list[LabelHit] = []
    for i, spec in enumerate(specs):
        seen: set[int] = set()
        for core in spec.cores:
            for m in _core_re(core).finditer(shadow, lo, hi):
                if m.start() in seen:
                    continue
                seen.add(m.start())
                back = shadow[max(lo, m.start() - 20):m.start()]
                nm = numbering_re(spec.numbering).search(back)
                if spec.numbering_required and not nm and not _whole_cell(shadow, m.start(), m.end()):
                    continue
                if in_sentence(shadow, m.end(), hi):
                    continue  # 本年新收…申请156件，… in a sentence is not a row (see infer.tables.prose)
                start = m.start() - (len(back) - nm.start()) if nm else m.start()
                hits.append(LabelHit(i, start, m.start(), m.end(), bool(nm)))
    return hits


def assign(hits: list[LabelHit], n_specs: int) -> dict[int, LabelHit]:
    """The increasing (spec order == text order, no overlap) assignment placing the most rows.

    Ties prefer numbered labels, then earlier positions. O(H·K) for H hits and K row kinds: a hit
    becomes a possible predecessor once the scan has passed its end.
    """
    if not hits:
        return {}
    hits = sorted(hits, key=lambda h: (h.start, h.spec_index))
    by_end = sorted(range(len(hits)), key=lambda k: hits[k].core_end)
    released = 0
    # best finished chain ending with each spec index: (score, hit index)
    best_per_spec: list[tuple[tuple[int, int, int], int] | None] = [None] * n_specs
    best: list[tuple[tuple[int, int, int], int | None]] = [((0, 0, 0), None)] * len(hits)
    for j, h in enumerate(hits):
        while released < len(by_end) and hits[by_end[released]].core_end <= h.start:
            k = by_end[released]
            cur = best_per_spec[hits[k].spec_index]
            if cur is None or best[k][0] > cur[0]:
                best_per_spec[hits[k].spec_index] = (best[k][0], k)
            released += 1
        score: tuple[int, int, int] = (1, int(h.numbered), -h.start)
        prev = None
        for spec in range(h.spec_index):
            entry = best_per_spec[spec]
            if entry is None:
                continue
            s, k = entry
            cand = (s[0] + 1, s[1] + int(h.numbered), s[2] - h.start)
            if cand > score:
                score, prev = cand, k
        best[j] = (score, prev)
    j = max(range(len(hits)), key=lambda x: best[x][0])
    out: dict[int, LabelHit] = {}
    cur_i: int | None = j
    while cur_i is not None:
        out[hits[cur_i].spec_index] = hits[cur_i]
        cur_i = best[cur_i][1]
    return out
