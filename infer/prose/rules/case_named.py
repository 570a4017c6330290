"""A count of cases in a statement that names its case type without the tagger marking it is that
type's total: ``行政复议方面，全年共2起`` → ``review.total`` 2 (its results then inherit the type, see
:class:`infer.prose.doc.CaseContext`).

Only a count the other rules left unlinked, followed by a unit of cases (起, 件, 宗, 例), with no tagged
category in its clause and no other count between the case phrase and it.

Example::

    行政复议方面，全年共[2|COUNT]起，其中[1|COUNT]起[维持|RESULT]，[1|COUNT]起[撤销|RESULT]。
    → review.total=2, review.upheld=1, review.corrected=1
"""
from __future__ import annotations

import re

from infer.lexicon import CASE_SYNONYMS
from infer.prose.doc import FALLBACK, Doc, Linked, field_of
from infer.prose.spans import Span

NAME = "case_named"
_CASE_UNIT = re.compile(r"\s*(起|件|宗|例)")
_STATEMENT_ENDS = "。！？!?；;\n"


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    linked_at = {l.number.start for l in links}
    for sp in doc.spans:
        if sp.label != "COUNT" or sp.start in linked_at or sp.start in doc.consumed or sp.start in doc.abstained:
            continue
        value = doc.count_value(sp)
        if value is None or not _CASE_UNIT.match(doc.text, sp.end):
            continue
        c_start, c_end = doc.clause_bounds(sp.start)
        if any(not s.is_number and c_start <= s.start < c_end and field_of(s) for s in doc.spans):
            continue
        case = doc.ctx.named_before(sp.start)
        if case is None:
            continue
        start = max(doc.text.rfind(ch, 0, sp.start) for ch in _STATEMENT_ENDS) + 1
        phrase = _last_phrase(doc, start, sp.start, case)
        if phrase is None or any(s.label == "COUNT" and phrase.end <= s.start < sp.start for s in doc.spans):
            continue
        out.append(Linked(f"{case}.total", value, sp, [phrase], FALLBACK, NAME))
    return out


def _last_phrase(doc: Doc, start: int, pos: int, case: str) -> Span | None:
    """The latest (longest) lexicon phrase of ``case`` in ``text[start:pos]``, as an untagged CASE span."""
    simple = doc.simple(start, pos)
    found = [(simple.rfind(p), len(p)) for p in CASE_SYNONYMS[case] if p in simple]
    if not found:
        return None
    at, n = max(found)
    return Span(start + at, start + at + n, "CASE", 0.9, doc.text[start + at:start + at + n])
