"""Every linker rule's docstring examples, run through the whole linker; and the rule list itself.

Each module of :mod:`infer.prose.rules` documents its rule with ``Example::`` blocks: a sentence
written for this project with its spans marked ``[phrase|LABEL]``, then ``→`` and the facts the
linker must return (``field=value, …``) or ``nothing``. The example is the test, so a rule's
documentation cannot drift from what it does.
"""
from __future__ import annotations

import re
from types import ModuleType

import pytest

from infer.prose.linker import link
from infer.prose.rules import RULES
from tests.test_linker import mark

_EXAMPLE = re.compile(r"Example::\n\n    (?P<text>.+)\n    → (?P<facts>.+)\n")


def _examples(rule: ModuleType) -> list[tuple[str, dict[str, float]]]:
    out = []
    for m in _EXAMPLE.finditer(rule.__doc__ or ""):
        facts: dict[str, float] = {}
        if m.group("facts").strip() != "nothing":
            for part in m.group("facts").split(","):
                key, value = part.strip().split("=")
                facts[key] = float(value)
        out.append((m.group("text"), facts))
    return out


CASES = [(rule.NAME, text, facts) for rule in RULES for text, facts in _examples(rule)]


def test_every_rule_has_a_name_an_apply_and_an_example():
    names = [rule.NAME for rule in RULES]
    assert len(set(names)) == len(names)
    for rule in RULES:
        assert callable(rule.apply), rule.NAME
        assert _examples(rule), f"rule {rule.NAME} has no Example:: in its docstring"


@pytest.mark.parametrize(("name", "marked", "expected"), CASES, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(CASES)])
def test_docstring_example(name: str, marked: str, expected: dict[str, float]):
    text, spans = mark(marked)
    facts = link(text, spans)
    got: dict[str, float] = {}
    for f in facts:
        assert text[f.start:f.end] == f.text
        assert f.field not in got, f"{name}: two values for {f.field}"
        got[f.field] = float(f.value)
    assert got == expected, name
