"""Combined categories give no field: one count for two categories of one kind is neither of them.

``予以公开及部分公开15件`` is not a ``partial`` fact, ``不予公开和无法提供的共6件`` not a ``withheld`` one, and
``行政复议、行政诉讼2件`` neither total: the nearest category is not guessed. The decision is made while
pairing (:func:`infer.prose.doc.resolve` answers ``ABSTAIN`` and pairing records the number in
``doc.abstained`` for :mod:`infer.prose.rules.qualifier`); this rule then drops what pairing linked
to an outcome phrase that itself names no single category (其它公开: "other" or "disclosed"?).

Example::

    [予以公开|OUTCOME]及[部分公开|OUTCOME][15|COUNT]件，[不予公开|OUTCOME][2|COUNT]件。
    → requests.outcome.withheld=2

Example::

    [不予公开|OUTCOME]和[无法提供|OUTCOME]的共[6|COUNT]件。
    → nothing

Example::

    [其它公开|OUTCOME]答复数[4|COUNT]条。
    → nothing
"""
from __future__ import annotations

from infer.lexicon import AMBIGUOUS_OUTCOMES, to_simplified
from infer.prose.doc import Doc, Linked

NAME = "combined"


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    return [l for l in links if not any(c.label == "OUTCOME" and _ambiguous(c.text) for c in l.categories)]


def _ambiguous(phrase: str) -> bool:
    simple = to_simplified(phrase)
    return any(a in simple for a in AMBIGUOUS_OUTCOMES)
