"""The linker's rules, in the order they apply (:data:`RULES`).

Every rule is a module with ``NAME`` and ``apply(doc, links) -> links``: it reads the document
(:class:`infer.prose.doc.Doc`) and the links made so far, and returns the new list (adding,
dropping or re-filing links). The module docstring states the rule and carries at least one
``Example::`` (a sentence with its spans marked ``[phrase|LABEL]`` and, after ``→``, the facts
expected, or ``nothing``); ``tests/test_prose_rules.py`` runs every example through the whole linker.

Order matters: spans in flattened tables go first; then the pairings that consume numbers
(分别, then count ↔ category); then what reads the lexicon where the tagger left a word unmarked, and
the filters that abstain or re-file (combined categories, qualifiers, case types named untagged,
zeros, topic, breakdowns); last the rules that derive facts from facts already made (case total
from a result, results without a count, 均为…, 均已答复, sub-reason → group), so they derive only
from facts kept.
"""
from __future__ import annotations

from types import ModuleType

from infer.prose.rules import (all_of_total, answered, applicant_parts, breakdown, case_named, case_total, combined,
                               deferred, disclosure_subset, handled_total, keyword_fallback, other_misc, outcome_aside,
                               own_level, pairing, qualifier, quoted, request_fallback, request_topic, respectively, results,
                               single_request, split_label, sub_reasons, table_labels, table_text, topic, unit_list, zeros)

RULES: tuple[ModuleType, ...] = (
    table_text,
    table_labels,
    quoted,
    respectively,
    pairing,
    combined,
    deferred,
    outcome_aside,
    split_label,
    request_fallback,
    applicant_parts,
    other_misc,
    qualifier,
    case_named,
    zeros,
    disclosure_subset,
    keyword_fallback,
    topic,
    request_topic,
    breakdown,
    unit_list,
    own_level,
    case_total,
    results,
    all_of_total,
    answered,
    single_request,
    sub_reasons,
    handled_total,
)

__all__ = ["RULES"]
