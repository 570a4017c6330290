"""Clean a tagger's spans before linking: trim, drop what the linker must not read, and mend fragments.

A real tagger is noisy in predictable ways: a phrase split into pieces (``[不][同意公开]``,
``[上年结|CARRY_OVER][转|CARRY_FORWARD]``), a phrase cut short (``部分[同意公开]``, ``上年[结转]``), a
word tagged that names no field (``[法院|CASE]``), a count span that swallowed its unit (``[77件]``),
or 未 of 未经复议 ("without review") or 不 of 不服 ("dissatisfied") tagged as a zero. Each repair below fixes one such class using the
lexicon only (never a report's wording), so :mod:`infer.linker` can keep its rules simple:

1. trim whitespace, keep only in-bounds spans outside table rows and ``exclude`` ranges (less the prose
   lines a table parser claimed: :func:`free_prose_lines`), reduce a COUNT to the numeral inside it;
2. drop a ZERO that begins a word asserting nothing (:data:`infer.lexicon.NOT_ZERO_WORDS`: 未经, 不服);
3. join touching category spans of one label; join touching spans of different labels when together
   they form a longer lexicon phrase (``上年结``+``转`` → ``上年结转`` CARRY_OVER);
4. cover a case phrase: a CASE span, or a category span that maps to nothing under its own label,
   that overlaps a longer CASE lexicon phrase written around it becomes that whole phrase, absorbing
   the fragments inside it (``[复议|CASE][后|RESULT][起诉|CASE]`` → 复议后起诉 = litigation.after_review;
   ``[直接|CASE][向|RESULT][人民法院起诉|CASE]`` → litigation.direct; ``[複議後起訴|RESULT]`` → CASE).
   Without it the nearest fragment (起诉, 复议) would read as a whole lawsuit or a review: a 复议
   right before 后起诉 never counts reviews;
5. widen an OUTCOME / carry / RESULT span to the longer lexicon phrase written around it
   (``部分[同意公开]`` → 部分同意公开 = partial; ``上年[结转]`` → 上年结转 = CARRY_OVER; ``责[令]`` → 责令 =
   corrected: a result cut to a character that names nothing would be dropped);
6. drop category spans that map to no field (``[法院|CASE]``): they carry nothing, and left in place
   they would break case inheritance;
7. drop an APPLICANT span that a topic word follows (``涉及[个人|APPLICANT]隐私的3件``,
   :data:`infer.lexicon.APPLICANT_TOPIC_AFTER`): it names what the information is about, not who applied.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any, Iterable, Sequence

from infer.lexicon import (ANCHOR_SYNONYMS, APPLICANT_SYNONYMS, APPLICANT_TOPIC_AFTER, CASE_SYNONYMS, CHANNEL_SYNONYMS,
                           LINKER_OUTCOME_SYNONYMS, NOT_ZERO_WORDS, RESULT_SYNONYMS, category_field, to_simplified)
from infer.numerals import NUMERAL_RE, parse_number
from infer.prose.segment import table_line_ranges
from infer.prose.spans import NUMBER_LABELS, Span, as_span  # noqa: F401 (NUMBER_LABELS re-exported)


_TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    "CHANNEL": CHANNEL_SYNONYMS, "APPLICANT": APPLICANT_SYNONYMS, "OUTCOME": LINKER_OUTCOME_SYNONYMS,
    "CASE": CASE_SYNONYMS, "RESULT": RESULT_SYNONYMS,
}
#: Labels whose spans may be widened to a longer phrase around them, and the labels that phrase may have.
_WIDEN: dict[str, tuple[str, ...]] = {
    "OUTCOME": ("OUTCOME",),
    "CARRY_FORWARD": ("CARRY_OVER", "CARRY_FORWARD"),
    "CARRY_OVER": ("CARRY_OVER",),
    "ANSWERED": ("CARRY_OVER",),
    "RESULT": ("RESULT",),
}
WIDEN_CHARS = 4



@lru_cache(maxsize=None)
def phrases(label: str) -> tuple[str, ...]:
    """Every lexicon phrase (simplified) for ``label``, longest first."""
    if label in _TABLES:
        found = {p for ps in _TABLES[label].values() for p in ps}
    else:
        found = set(ANCHOR_SYNONYMS.get(label, ()))
    return tuple(sorted(found, key=len, reverse=True))


def phrase_len(label: str, text: str) -> int:
    """Length of the longest ``label`` phrase inside ``text`` (0 if none)."""
    simple = to_simplified(text).lower()
    return next((len(p) for p in phrases(label) if p in simple), 0)


def maps(sp: Span) -> bool:
    return category_field(sp.label, sp.text) is not None


def simplified_window(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` simplified and lower-cased, one character per character (offsets stay valid).

    The whole-window conversion may change the length (Taiwan phrases: 網路→网络 is fine, but some
    phrase tables do not map one to one); then each character is converted on its own.
    """
    window = text[lo:hi]
    simple = to_simplified(window).lower()
    if len(simple) == len(window):
        return simple
    chars = (to_simplified(ch).lower() for ch in window)
    return "".join(c if len(c) == 1 else w for c, w in zip(chars, window))


# --- 1. basic normalisation ---------------------------------------------------------------------------

def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted((int(a), int(b)) for a, b in ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


#: A line the table parser claimed that is still prose: a full stop, no cell separator, at most this many
#: runs of digits (a glued table row has many).
_PROSE_DIGIT_RUNS = 2
_DIGIT_RUN = re.compile(r"[0-9０-９]+")


def free_prose_lines(text: str, exclude: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``exclude`` (table regions found by the table parser) without the prose lines inside them.

    An old statistics-table parser may take the sentence after the table for one more indicator row
    (``本年度未收取费用。`` under 其他需要报告的事项): the linker would then skip a fact the regex baseline
    reads. A part of a region that lies on one line, holds 。, no TAB or ``|``, and at most
    :data:`_PROSE_DIGIT_RUNS` runs of digits is a sentence, not a row; it is given back to the prose.
    """
    out: list[tuple[int, int]] = []
    for a, b in exclude:
        a, b = int(a), int(b)
        pos = a
        while pos < b:
            nl = text.find("\n", pos, b)
            end = b if nl < 0 else nl
            part = text[pos:end]
            prose = "。" in part and "\t" not in part and "|" not in part and \
                len(_DIGIT_RUN.findall(part)) <= _PROSE_DIGIT_RUNS
            if not prose and end > pos:
                out.append((pos, end))
            pos = end + 1
    return out


def _basic(text: str, spans: Iterable[Any], exclude: Sequence[tuple[int, int]]) -> list[Span]:
    blocked = merge_ranges(list(exclude) + table_line_ranges(text))
    starts = [a for a, _ in blocked]
    out: list[Span] = []
    for s in spans:
        start, end = int(s.start), int(s.end)
        if not (0 <= start < end <= len(text)):
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if s.label == "COUNT" and parse_number(text[start:end]) is None:
            # A tagger that swallowed the unit (248件) or a word: keep the numeral inside, if one.
            m = NUMERAL_RE.search(text, start, end)
            if m is None:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in ",，.．":
                end -= 1
        i = bisect_right(starts, end - 1) - 1  # the last blocked range starting before end
        if i >= 0 and blocked[i][1] > start:
            continue
        out.append(as_span(text, s, start, end))
    out.sort(key=lambda x: (x.start, x.end))
    return out


# --- 2.-5. repairs ------------------------------------------------------------------------------------

def _not_assertion(sp: Span, text: str) -> bool:
    """未 of 未经 ("without going through"), 不 of 不服 ("dissatisfied with"): whether or not the tagger put
    the second character inside the span."""
    if sp.label != "ZERO":
        return False
    window = simplified_window(text, sp.start, min(len(text), sp.end + 1))
    return any(w in window for w in NOT_ZERO_WORDS)


def _join(text: str, a: Span, b: Span) -> Span | None:
    """``a`` and ``b`` touch: one span, if they belong together (see module doc, rule 3)."""
    joined = text[a.start:b.end]
    score = min(a.score, b.score)
    if a.label == b.label:
        return Span(a.start, b.end, a.label, score, joined)
    own = max(phrase_len(a.label, a.text), phrase_len(b.label, b.text))
    best_label, best = None, own
    for label in (a.label, b.label):
        n = phrase_len(label, joined)
        if n > best:
            best_label, best = label, n
    return Span(a.start, b.end, best_label, score, joined) if best_label else None


def _widen(text: str, sp: Span) -> Span:
    """Rule 5: the longest lexicon phrase around ``sp`` (±WIDEN_CHARS) that contains all of it."""
    targets = _WIDEN.get(sp.label)
    if not targets:
        return sp
    lo, hi = max(0, sp.start - WIDEN_CHARS), min(len(text), sp.end + WIDEN_CHARS)
    simple = simplified_window(text, lo, hi)
    best: tuple[int, int, str] | None = None  # (start, end, label)
    for label in targets:
        for p in phrases(label):
            if best is not None and len(p) <= best[1] - best[0]:
                break
            k = simple.find(p)
            while k != -1:
                s, e = lo + k, lo + k + len(p)
                if s <= sp.start and sp.end <= e and e - s > sp.end - sp.start:
                    if best is None or e - s > best[1] - best[0]:
                        best = (s, e, label)
                    break
                k = simple.find(p, k + 1)
    if best is None:
        return sp
    return Span(best[0], best[1], best[2], sp.score, text[best[0]:best[1]])


def _case_cover(text: str, sp: Span) -> tuple[int, int] | None:
    """Rule 4: ``(start, end)`` of ``sp`` joined with the longest CASE phrase overlapping it, when that
    phrase is longer than any CASE phrase ``sp`` already holds and still names the joined text."""
    if sp.is_number or not (sp.label == "CASE" or not maps(sp)):
        return None
    own = phrase_len("CASE", sp.text) if sp.label == "CASE" else 0
    reach = max(len(p) for p in phrases("CASE"))
    lo, hi = max(0, sp.start - reach), min(len(text), sp.end + reach)
    simple = simplified_window(text, lo, hi)
    for p in phrases("CASE"):  # longest first: the first phrase that fits wins
        if len(p) <= own:
            return None
        k = simple.find(p)
        while k != -1:
            s, e = lo + k, lo + k + len(p)
            if s < sp.end and sp.start < e:
                start, end = min(s, sp.start), max(e, sp.end)
                if category_field("CASE", text[start:end]) == category_field("CASE", p):
                    return start, end
            k = simple.find(p, k + 1)
    return None


def _cover_case_phrases(text: str, spans: list[Span]) -> list[Span]:
    """Rule 4 over the whole list: a covered phrase replaces every span inside it, and is refused
    when it would cut through a number or a span that reaches outside it."""
    out = list(spans)
    i = 0
    while i < len(out):
        cover = _case_cover(text, out[i])
        if cover is None:
            i += 1
            continue
        start, end = cover
        inside = [j for j, o in enumerate(out) if o.start < end and start < o.end]
        if any(out[j].is_number or out[j].start < start or out[j].end > end for j in inside):
            i += 1
            continue
        score = min(out[j].score for j in inside)
        first = inside[0]
        out[first:inside[-1] + 1] = [Span(start, end, "CASE", score, text[start:end])]
        i = first + 1
    return out


def repair(text: str, spans: Iterable[Any], exclude: Sequence[tuple[int, int]] = ()) -> list[Span]:
    """The spans the linker reads, in document order (see module doc)."""
    out: list[Span] = []
    for sp in _basic(text, spans, exclude):
        if _not_assertion(sp, text):
            continue
        prev = out[-1] if out else None
        if prev is not None and not prev.is_number and not sp.is_number and prev.end == sp.start:
            joined = _join(text, prev, sp)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(sp)
    out = _cover_case_phrases(text, out)
    widened: list[Span] = []
    for i, sp in enumerate(out):
        w = _widen(text, sp)
        nxt = out[i + 1].start if i + 1 < len(out) else len(text)
        if (widened and w.start < widened[-1].end) or w.end > nxt:
            w = sp  # widening would run into a neighbour: keep the span as tagged
        widened.append(w)
    return [sp for sp in widened if sp.is_number or (maps(sp) and not _applicant_topic(text, sp))]


def _applicant_topic(text: str, sp: Span) -> bool:
    """An applicant word followed by a topic word (个人隐私, 个人信息 but not 个人信息公开): no applicant."""
    if sp.label != "APPLICANT":
        return False
    after = simplified_window(text, sp.end, sp.end + 6)
    return after.startswith(APPLICANT_TOPIC_AFTER) and not after.startswith("信息公开")
