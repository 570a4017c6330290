"""Where sentences, clauses and table rows begin and end in a decoded report.

The linker attaches a count to a category only inside a small piece of prose, so it needs three
nested levels of segmentation, all as character offsets into the *unchanged* document (facts keep
document offsets, so nothing here rewrites the text):

* **sentence**: ends at 。！？!? or a line break. Line breaks are hard boundaries on purpose: reports
  decoded from HTML or text keep one paragraph per line, and statistics tables flattened one cell per
  line (``申請總數`` / ``2468``) must never read as the prose sentence ``申請總數2468``.
* **clause**: a sentence further split at ，,；;：: (a comma between two digits, as in ``1,234``, is
  not a boundary).
* **piece**: a clause further split at 、 (lists such as ``248件当面申请、71件网络申请``).

A line whose cells are separated by ``|`` or a tab and that has a purely numeric cell is a table row
(:func:`table_line_ranges`); prose facts are not read from it, the table parser owns it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

SENTENCE_ENDS = "。！？!?\n"
CLAUSE_ENDS = "，,；;：:"
PIECE_ENDS = "、"
TABLE_SEPARATORS = ("|", "\t")
_NUMERIC_CELL = re.compile(r"[\s\-—–－/0-9０-９.,，%％]+")


@dataclass(frozen=True)
class Segmentation:
    """Boundary positions of one document, at each level, for O(log n) lookups."""

    text: str
    sentence_cuts: list[int]  # sorted positions p such that text[p] ends a sentence
    clause_cuts: list[int]
    piece_cuts: list[int]

    def sentence_id(self, pos: int) -> int:
        return bisect_right(self.sentence_cuts, pos - 1) if pos > 0 else 0

    def clause_id(self, pos: int) -> int:
        return bisect_right(self.clause_cuts, pos - 1) if pos > 0 else 0

    def piece_id(self, pos: int) -> int:
        return bisect_right(self.piece_cuts, pos - 1) if pos > 0 else 0

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``, without its closing mark."""
        i = self.sentence_id(pos)
        start = self.sentence_cuts[i - 1] + 1 if i > 0 else 0
        end = self.sentence_cuts[i] if i < len(self.sentence_cuts) else len(self.text)
        return start, end

    def sentence_text(self, pos: int) -> str:
        start, end = self.sentence_bounds(pos)
        return self.text[start:end].strip()


def _is_digit(ch: str) -> bool:
    return ch.isdigit()


def segment(text: str) -> Segmentation:
    """Find every sentence, clause and piece boundary of ``text``."""
    sentence, clause, piece = [], [], []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in SENTENCE_ENDS or ch in TABLE_SEPARATORS:
            sentence.append(i)
            clause.append(i)
            piece.append(i)
        elif ch in CLAUSE_ENDS:
            if ch in ",，" and 0 < i < n - 1 and _is_digit(text[i - 1]) and _is_digit(text[i + 1]):
                continue  # thousands separator
            clause.append(i)
            piece.append(i)
        elif ch in PIECE_ENDS:
            piece.append(i)
    return Segmentation(text, sentence, clause, piece)


def table_line_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line that looks like a table row: separated cells, one of them numeric.

    Prose that a table cell happens to hold (one long cell, no numeric cell) stays prose.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if any(sep in body for sep in TABLE_SEPARATORS):
            cells = [c.strip() for c in re.split(r"[|\t]", body)]
            if any(c and _NUMERIC_CELL.fullmatch(c) and any(ch.isdigit() for ch in c) for c in cells):
                out.append((pos, pos + len(body)))
        pos += len(line)
    return out
