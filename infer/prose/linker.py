"""From tagged spans to facts: repair the spans, then apply the rules in order, then de-duplicate.

The tagger marks numbers (``COUNT``), zero assertions (``ZERO``) and category phrases; it does not
say which number belongs to which phrase. The rules of :mod:`infer.prose.rules` do, one module per
rule, in the order of :data:`infer.prose.rules.RULES`. Facts the rules are unsure of are not emitted:
a combined category (予以公开及部分公开15件) gives no fact rather than the nearest category's.

A report often states one figure twice (summary and section): one fact is kept per (field, value),
the first statement, with the highest confidence of all statements. Two *different* values for one
field are both kept: choosing silently would hide a contradiction that reconciliation must flag.

Confidence = tagger score of the number × link confidence (1.0 for a direct link, lower for the
fallback side, an inherited case type, competing categories or a lexicon fallback).
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from infer.prose.doc import Doc, Linked, field_of
from infer.prose.repair import free_prose_lines, merge_ranges, repair
from infer.prose.rules import RULES
from infer.prose.segment import Segmentation, segment, table_line_ranges
from infer.result import ProseFact
from infer.schema import is_field, is_prose_field

__all__ = ["link", "link_all", "deduplicate", "Linked"]


def link_all(text: str, spans: Iterable[Any], exclude: Sequence[tuple[int, int]] = ()) -> list[Linked]:
    """Every link the rules make, repeats included (for debugging and tests)."""
    exclude = free_prose_lines(text, exclude)
    doc = Doc(text, repair(text, spans, exclude), segment(text))
    doc.blocked = merge_ranges(list(exclude) + table_line_ranges(text))
    links: list[Linked] = []
    for rule in RULES:
        links = rule.apply(doc, links)
    links = [l for l in links if is_field(l.field)]
    links.sort(key=lambda l: (l.number.start, l.field))
    return links


def _to_fact(l: Linked, seg: Segmentation) -> ProseFact:
    evidence = [{"start": c.start, "end": c.end, "label": c.label, "text": c.text,
                 "field": field_of(c), "score": round(c.score, 4)} for c in l.categories]
    return ProseFact(field=l.field, value=l.value, start=l.number.start, end=l.number.end,
                     text=l.number.text, score=round(l.number.score * l.link_confidence, 4),
                     sentence=seg.sentence_text(l.number.start), evidence=evidence)


def deduplicate(facts: list[ProseFact]) -> list[ProseFact]:
    """One fact per (field, value): the first statement, with the best confidence among repeats."""
    kept: dict[tuple[str, float], ProseFact] = {}
    for f in facts:
        key = (f.field, float(f.value))
        if key not in kept:
            kept[key] = f
        elif f.score > kept[key].score:
            kept[key].score = f.score
    return sorted(kept.values(), key=lambda f: (f.start, f.field))


def link(text: str, spans: Iterable[Any], exclude: Sequence[tuple[int, int]] = (), *,
         keep_table_only: bool = False) -> list[ProseFact]:
    """Turn tagged spans into prose facts.

    ``spans`` are any objects with ``start``, ``end``, ``label`` (and optionally ``score``, default
    1.0), offsets into ``text``. ``exclude`` lists ``(start, end)`` ranges to ignore (e.g. table
    regions found by the table parser); table-like lines are always ignored. Every fact's
    ``text == text[start:end]``. Keys the contract reserves for the table (未经复议直接起诉 / 复议后起诉,
    :data:`infer.schema.TABLE_ONLY_PREFIXES`) are read by the rules, so their counts go to no other field,
    but give no fact unless ``keep_table_only`` (for testing the rules).
    """
    seg = segment(text)
    links = [l for l in link_all(text, spans, exclude) if keep_table_only or is_prose_field(l.field)]
    return deduplicate([_to_fact(l, seg) for l in links])
