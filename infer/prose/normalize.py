"""Normalise a report's text before the tagger and linker read it, keeping every offset exact.

Scraped and extracted reports carry noise that a token classifier trained on clean passages reads
badly, and one shape that made the prose stage skip a whole report:

1. **Pinyin glosses** some mirror sites insert after characters: ``受(shòu)理(lǐ)``, ``鎮（zhèn）``,
   also tone-less (``受(shou)``) or with tone digits (``受(shou4)``). A bracket is a gloss only when it
   follows a Han character and holds lower-case pinyin syllables; a toned gloss is unambiguous, a
   tone-less one counts only when the text has at least :data:`MIN_TONELESS_GLOSSES` of them, so
   ``(2021)``, ``（一）``, ``(PDF)`` or one stray English word in brackets are never touched.
2. **Hard-wrapped lines** (PDF text): a line break inside a sentence is removed when the text shows
   a wrap width (several open-ended lines filling it, no prose line wider) and the line before the
   break fills it (within an eighth: indents, narrow digits); a page-number line (``- 2 -``) between
   the two halves goes too. A break inside a number in prose (``行政复议 35`` / ``1 件``) is removed
   in any text. Blank lines, headings, table rows and lines that end a sentence stay.
3. **Characters spaced out by extraction** (``行 政 复 议 3 件``): the single spaces between them go;
   digits are joined only when a Han character follows them (``3 5 件`` → ``35件``), so a spaced
   row of table cells (``自 然 人 5 2 9``) keeps its cells apart. Spaces around a number before its
   count unit (``受理 35 件``) go too, and so do the spaces framing numbers between Han characters
   (``2023 年``, ``第 12 号``) in a text that frames at least :data:`MIN_FRAMED_NUMBERS` that way
   (PDF text does it everywhere; one such number is more likely a table row set with spaces).
4. **A report flattened onto one line with its table on it**: the table part (cells between ``|`` or
   TAB separators) is set on a line of its own, so the prose before and after it is no longer one
   "table row" that the tagger's pre-filter and the linker skip whole.

:func:`normalize_for_tagging` returns a :class:`NormalizedText`: the text to tag and link, and an
exact map to the original. A span ``[s, e)`` of the normalised text maps to the original slice that
holds its characters (:meth:`NormalizedText.to_original`); characters deleted inside it (a gloss, a
wrap) are inside that slice, so a fact keeps ``text == original[start:end]``. Original ranges (table
regions) map the other way (:meth:`NormalizedText.to_normalized`). Text that needs none of this comes
back unchanged with an identity map, so clean reports read exactly as before.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Sequence

from infer.lexicon import COUNT_UNITS

__all__ = ["NormalizedText", "normalize_for_tagging", "MIN_TONELESS_GLOSSES", "MIN_FRAMED_NUMBERS"]

#: Tone-less glosses accepted only when a text holds at least this many (a mirror glosses many characters).
MIN_TONELESS_GLOSSES = 3

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TABLE_SEPARATORS = "|\t"
_SENTENCE_END = "。！？!?"

Edit = tuple[int, int, str]  # replace text[start:end] with the string


# --- the offset map ---------------------------------------------------------------------------------

@dataclass
class NormalizedText:
    """The text the tagger and linker read, and where each of its characters came from.

    ``starts[i]``/``ends[i]`` are the original range of normalised character ``i``: a kept character
    covers itself; a character put in place of a range (a line break inserted before a table) covers
    that range, zero-width for a pure insertion. ``notes`` say what was changed (for ``warnings``).
    """

    original: str
    text: str
    starts: list[int] | None = None  # None: identity map (nothing changed)
    ends: list[int] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.starts is not None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        n = len(self.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if end <= start:
            pos = self.starts[start] if start < n else len(self.original)
            return pos, pos
        return self.starts[start], max(self.starts[start], self.ends[end - 1])

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Normalised ``(start, end)`` of the characters kept from the original range ``[start, end)``."""
        if self.starts is None:
            return start, end
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def regions_to_normalized(self, regions: Iterable[Sequence[int]]) -> list[tuple[int, int]]:
        """Original ``(start, end)`` ranges (table regions) as normalised ranges, empty ones dropped."""
        out = [self.to_normalized(int(r[0]), int(r[1])) for r in regions]
        return [(a, b) for a, b in out if b > a]

    def fact_to_original(self, fact: Any) -> Any:
        """A linked fact (offsets into :attr:`text`) with offsets, text and evidence in the original."""
        if self.starts is None:
            return fact
        start, end = self.to_original(fact.start, fact.end)
        evidence = []
        for ev in getattr(fact, "evidence", None) or []:
            ev = dict(ev)
            if "start" in ev and "end" in ev:
                ev["start"], ev["end"] = self.to_original(ev["start"], ev["end"])
                if "text" in ev:
                    ev["text"] = self.original[ev["start"]:ev["end"]]
            evidence.append(ev)
        return replace(fact, start=start, end=end, text=self.original[start:end], evidence=evidence)

    def facts_to_original(self, facts: Iterable[Any]) -> list[Any]:
        return [self.fact_to_original(f) for f in facts]

    def skipped_prose(self, exclude: Sequence[tuple[int, int]] = ()) -> list[str]:
        """Warnings for prose the prose stage will not read: sentences that may hold a fact inside a
        table row (a line with cell separators) or an ``exclude`` range (normalised offsets). The
        prose stage must never lose prose silently; this names what it skips, in original offsets."""
        from infer.prose.segment import table_line_ranges
        from infer.tagger import may_hold_fact

        out: list[str] = []
        seen: set[tuple[int, int]] = set()
        for a, b in sorted(set(table_line_ranges(self.text)) | {(int(r[0]), int(r[1])) for r in exclude}):
            for m in _PROSE_SENTENCE.finditer(self.text, a, b):
                sentence = m.group(0)
                if (m.start(), m.end()) in seen or not may_hold_fact(sentence):
                    continue
                seen.add((m.start(), m.end()))
                oa, ob = self.to_original(m.start(), m.end())
                out.append(f"prose skipped as table at {oa}-{ob}: {sentence[:40]!r}"
                           f"{'…' if len(sentence) > 40 else ''} (its facts, if any, were not read)")
        return out


#: A sentence of running prose: eight characters or more closed by a full stop, no cell separator.
_PROSE_SENTENCE = re.compile(r"[^|\t。！？\n]{8,}[。！？]")


def _apply(nt: NormalizedText, edits: list[Edit]) -> NormalizedText:
    """Apply non-overlapping ``edits`` (offsets into ``nt.text``) and compose the offset map."""
    if not edits:
        return nt
    edits = sorted(edits)
    n = len(nt.text)
    old_starts = nt.starts if nt.starts is not None else list(range(n))
    old_ends = nt.ends if nt.ends is not None else list(range(1, n + 1))
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, new in edits:
        if a < pos:
            raise ValueError(f"overlapping normalisation edits at {a}")
        parts.append(nt.text[pos:a])
        starts.extend(old_starts[pos:a])
        ends.extend(old_ends[pos:a])
        if new:
            if b > a:
                o_start, o_end = old_starts[a], old_ends[b - 1]
            else:
                o_start = o_end = old_starts[a] if a < n else len(nt.original)
            parts.append(new)
            starts.extend([o_start] * len(new))
            ends.extend([o_end] * len(new))
        pos = b
    parts.append(nt.text[pos:])
    starts.extend(old_starts[pos:])
    ends.extend(old_ends[pos:])
    return NormalizedText(nt.original, "".join(parts), starts, ends, list(nt.notes))


# --- 1. pinyin glosses ------------------------------------------------------------------------------

_TONE_MARKS = {c: base for base, marks in {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò",
                                            "u": "ūúǔù", "ü": "ǖǘǚǜ"}.items() for c in marks}
_INITIALS = "zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]"
_FINALS = ("iang|iong|uang|ueng|ang|eng|ong|iao|ian|ing|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
           "|ua|uo|ui|un|üe|ün|ue|ve|a|o|e|i|u|ü|v")
_SYLLABLE = re.compile(rf"(?:{_INITIALS})?(?:{_FINALS})[1-5]?")
_GLOSS = re.compile(rf"(?<=[{_HAN}])[(（]\s*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5]+(?:\s+[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5]+)*)"
                    r"\s*[)）]")


def _is_pinyin(word: str) -> bool:
    plain = "".join(_TONE_MARKS.get(c, c) for c in word)
    return all(_SYLLABLE.fullmatch(s) for s in plain.split())


def _toned(word: str) -> bool:
    return any(c in _TONE_MARKS or c.isdigit() for c in word)


def _gloss_edits(text: str) -> list[Edit]:
    found = [m for m in _GLOSS.finditer(text) if _is_pinyin(m.group(1))]
    toneless = [m for m in found if not _toned(m.group(1))]
    keep_toneless = len(toneless) >= MIN_TONELESS_GLOSSES
    return [(m.start(), m.end(), "") for m in found if keep_toneless or _toned(m.group(1))]


# --- 2. hard-wrapped lines --------------------------------------------------------------------------

#: A line that starts a heading or list item: 一、 （一） (1) 1. 1、 第一章 ...
_HEADING_START = re.compile(r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十0-9０-９]+\s*[)）]"
                            r"|[0-9０-９]+\s*[、.．](?![0-9０-９])|第[一二三四五六七八九十百0-9]+[章节条部分])")
_WRAP_TOLERANCE = 4  # display columns a wrapped line may fall short of the width (two Han characters)
_MIN_WRAPPED_LINES = 4
#: A page number on a line of its own (PDF text): - 3 -, — 3 —, 第3页, 第3页 共9页, 3/9
_PAGE_NUMBER = re.compile(r"\s*(?:[-—–－]\s*[0-9]{1,4}\s*[-—–－]|第\s*[0-9]{1,4}\s*页(?:\s*共\s*[0-9]{1,4}\s*页)?"
                          r"|[0-9]{1,4}\s*/\s*[0-9]{1,4})\s*")
_MIN_WRAP_WIDTH = 20  # display columns (ten Han characters)
_CLOSING = _SENTENCE_END  # a full line ending in ；or ：is still wrapped; one ending a sentence may end a paragraph


#: A number broken by a line break in prose: Han text, then digits | digits, then a unit or punctuation.
_NUMBER_TAIL = re.compile(rf"[{_HAN}][ \u3000]?[0-9０-９]+$")
_NUMBER_HEAD = re.compile(rf"[0-9０-９]+[ \u3000]?(?:{'|'.join(COUNT_UNITS)}|[，,、；;。])")


def _display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _is_table_line(line: str) -> bool:
    return any(sep in line for sep in _TABLE_SEPARATORS)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was cut at, or ``None`` if the text shows no wrapping.

    Wrapped text has many open-ended prose lines (no closing punctuation) filling one width and
    (almost) no prose line wider than it. Headings or table labels of similar length are not
    evidence: the paragraphs of a text that is not wrapped are much wider than they are."""
    prose = [l.rstrip() for l in lines if l.strip() and not _is_table_line(l) and re.search(f"[{_HAN}]", l)]
    widths = [_display_width(l) for l in prose]
    open_widths = sorted((w for l, w in zip(prose, widths) if l[-1] not in _CLOSING), reverse=True)
    for w in dict.fromkeys(open_widths):
        if w < _MIN_WRAP_WIDTH:
            break
        full = sum(1 for x in open_widths if w - _WRAP_TOLERANCE <= x <= w)
        wider = sum(1 for x in widths if x > w + _WRAP_TOLERANCE)
        if wider > max(1, full // 20):
            return None  # prose lines wider than any candidate width: not a wrapped text
        if full >= _MIN_WRAPPED_LINES and full >= 0.25 * sum(1 for x in widths if x > w // 2):
            return w
    return None


def _wrap_edits(text: str) -> list[Edit]:
    """Line breaks to remove: inside a number in prose, or after a line that fills the wrap width
    (a page-number line between the two halves goes with the break)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    width = _wrap_width(lines)
    edits: list[Edit] = []
    for i, line in enumerate(lines[:-1]):
        j = i + 1
        if width is not None and _PAGE_NUMBER.fullmatch(lines[j]) and j + 1 < len(lines):
            j += 1  # a page footer between a wrapped line and its continuation
        nxt = lines[j]
        body, head = line.rstrip(), nxt.lstrip()
        if not body.strip() or not head or _is_table_line(line) or _is_table_line(nxt):
            continue
        if body[-1] in _CLOSING or not re.search(f"[{_HAN}]", body):
            continue
        in_number = j == i + 1 and bool(_NUMBER_TAIL.search(body) and _NUMBER_HEAD.match(head))
        fills = width is not None and _display_width(body) >= width - max(_WRAP_TOLERANCE, width // 8)
        if not in_number and not (fills and not _HEADING_START.match(nxt)):
            continue
        a, b = starts[i] + len(body), starts[j] + len(nxt) - len(head)
        if edits and a < edits[-1][1]:
            continue  # the page-number line was already joined over
        joint = " " if body[-1].isascii() and body[-1].isalpha() and head[0].isascii() and head[0].isalpha() else ""
        edits.append((a, b, joint))
    return edits


# --- 3. spaced-out characters -----------------------------------------------------------------------

#: Single characters, each standing alone, separated by single spaces; the run may end at punctuation.
_SPACED_RUN = re.compile(r"(?<![^\W_])(?:\S[ \u3000]){3,}\S(?![^\W_])")
_UNITS = "|".join(sorted(COUNT_UNITS, key=len, reverse=True))
#: A number set off by single spaces between Han text and its count unit (PDF text: ``受理 35 件``).
_SPACED_NUMBER = re.compile(rf"(?<=[{_HAN}])([ \u3000]?)[0-9０-９]+(?:[.．,，][0-9０-９]+)*([ \u3000]?)(?={_UNITS})")


#: A number set off by single spaces between Han characters (``2024 年``, ``第 12 号``): systematic in
#: PDF text, where the spaces go when a text has at least :data:`MIN_FRAMED_NUMBERS` of them (one in a
#: text is more likely a row of table cells set with spaces).
_FRAMED_NUMBER = re.compile(rf"(?<=[{_HAN}])([ \u3000])[0-9０-９]+(?:[.．,，][0-9０-９]+)*([ \u3000])(?=[{_HAN}])")
MIN_FRAMED_NUMBERS = 5


def _is_han(ch: str) -> bool:
    return bool(re.match(f"[{_HAN}]", ch))


def _spaced_edits(text: str) -> list[Edit]:
    """Single spaces between single characters, in runs of at least four with three Han among them;
    and single spaces around a number between Han text and its count unit."""
    edits: list[Edit] = []
    for m in _SPACED_RUN.finditer(text):
        toks = m.group(0)[::2]
        if sum(1 for t in toks if _is_han(t)) < 3:
            continue
        joinable = [True] * len(toks)  # may token k be joined to token k+1?
        k = 0
        while k < len(toks):
            if not toks[k].isdigit():
                k += 1
                continue
            j = k
            while j + 1 < len(toks) and toks[j + 1].isdigit():
                j += 1
            followed = j + 1 < len(toks) and _is_han(toks[j + 1]) or j + 1 == len(toks) and _is_han(
                text[m.end():m.end() + 1])
            if not followed:  # a number not followed by Han: keep it and its digits separate cells
                for x in range(max(0, k - 1), j + 1):
                    joinable[x] = False
            k = j + 1
        for k in range(len(toks) - 1):
            if joinable[k] and not (toks[k].isascii() and toks[k].isalpha()
                                    and toks[k + 1].isascii() and toks[k + 1].isalpha()):
                sp = m.start() + 2 * k + 1
                edits.append((sp, sp + 1, ""))
    taken = {a for a, _, _ in edits}
    for m in _SPACED_NUMBER.finditer(text):
        for g in (1, 2):
            if m.group(g) and m.start(g) not in taken:
                edits.append((m.start(g), m.end(g), ""))
                taken.add(m.start(g))
    framed = list(_FRAMED_NUMBER.finditer(text))
    if len(framed) >= MIN_FRAMED_NUMBERS:  # PDF text sets every number off by spaces
        for m in framed:
            for g in (1, 2):
                if m.start(g) not in taken:
                    edits.append((m.start(g), m.end(g), ""))
                    taken.add(m.start(g))
    return edits


# --- 4. a flattened table on a line of prose --------------------------------------------------------

_LONG_LINE = 80  # shorter lines with cell separators are table rows, whatever they hold
_RUN_GAP = 120  # a stretch between separators longer than this (or closing a sentence) is prose
_NUMERIC_CELL = re.compile(r"\s*[\-—–－/0-9０-９.,，%％]*[0-9０-９][\-—–－/0-9０-９.,，%％]*\s*")
_LEADING_NUMBER = re.compile(r"[ \u3000]*[0-9０-９][0-9０-９.,，]*(?=[ \u3000]|$)")


def _table_runs(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each stretch of ``line`` that is table cells: from the start of the cell
    before its first separator to the end of a number cell after its last one."""
    seps = [i for i, c in enumerate(line) if c in _TABLE_SEPARATORS]
    groups: list[list[int]] = []
    for s in seps:
        gap = line[groups[-1][-1] + 1:s] if groups else ""
        if groups and len(gap) <= _RUN_GAP and not any(c in _SENTENCE_END for c in gap):
            groups[-1].append(s)
        else:
            groups.append([s])
    runs: list[tuple[int, int]] = []
    for g in groups:
        cells = [line[a + 1:b] for a, b in zip(g, g[1:])]
        if not any(_NUMERIC_CELL.fullmatch(c) for c in cells):
            continue  # no number between separators: not a statistics table
        prev_end = runs[-1][1] if runs else 0
        left = max(prev_end, max(line.rfind(c, prev_end, g[0]) for c in _SENTENCE_END) + 1)
        m = _LEADING_NUMBER.match(line, g[-1] + 1)
        right = m.end() if m else g[-1] + 1
        runs.append((left, right))
    return runs


def _flat_table_edits(text: str) -> tuple[list[Edit], list[tuple[int, int]]]:
    """Line breaks around each table run of a line that also holds prose sentences (a text beside
    the run that closes a sentence); and the runs set apart. Ordinary rows are never touched."""
    edits: list[Edit] = []
    moved: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        a = pos
        pos += len(line) + 1
        if len(line) <= _LONG_LINE or not _is_table_line(line):
            continue
        runs = _table_runs(line)
        bounds = [0] + [x for run in runs for x in run] + [len(line)]
        for k, (lo, hi) in enumerate(runs):
            before, after = line[bounds[2 * k]:lo], line[hi:bounds[2 * k + 3]]
            split = False
            for at, piece in ((lo, before), (hi, after)):
                if any(c in _SENTENCE_END for c in piece):
                    edits.append((a + at, a + at, "\n"))
                    split = True
            if split:
                moved.append((a + lo, a + hi))
    return sorted(set(edits)), moved


# --- the whole pass ---------------------------------------------------------------------------------

def normalize_for_tagging(text: str) -> NormalizedText:
    """The text the tagger and linker should read, with its map back to ``text`` (see the module doc)."""
    nt = NormalizedText(text, text)
    edits = _gloss_edits(nt.text)
    nt = _apply(nt, edits)
    if edits:
        nt.notes.append(f"note: {len(edits)} pinyin gloss(es) removed before tagging")
    edits = _wrap_edits(nt.text)
    nt = _apply(nt, edits)
    if edits:
        nt.notes.append(f"note: {len(edits)} hard-wrapped line break(s) joined before tagging")
    edits = _spaced_edits(nt.text)
    nt = _apply(nt, edits)
    if edits:
        nt.notes.append(f"note: {len(edits)} extraction space(s) between characters removed before tagging")
    edits, moved = _flat_table_edits(nt.text)
    if edits:
        where = ", ".join("%d-%d" % nt.to_original(a, b) for a, b in moved[:5])
        more = f", … {len(moved)} in all" if len(moved) > 5 else ""
        nt = _apply(nt, edits)
        nt.notes.append(f"note: a table flattened into a line of prose (at {where}{more}) was set apart "
                        "before tagging; the prose around it is read")
    return nt
