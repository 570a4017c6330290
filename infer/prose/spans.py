"""The one span type of the prose path: offsets into the document, a label, a score and its text.

The tagger's output, hand-made test spans and annotated spans all become a :class:`Span` when they
enter the prose path (:func:`as_span`): the linker and its rules never see another type. ``text`` is
``document[start:end]``; it is filled in on entry, so the rules can read a span without the document.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

#: Labels of a number (a count) or of a zero assertion (未/没有/无): what a fact's value comes from.
NUMBER_LABELS = frozenset({"COUNT", "ZERO"})


class SpanLike(Protocol):
    """Anything with offsets and a label (the tagger's spans, annotated spans, test fakes)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, order=True)
class Span:
    """Ordered by offsets first, so a list of spans sorts in document order (as the tagger's do)."""

    start: int
    end: int
    label: str
    score: float = 1.0
    text: str = ""

    @property
    def is_number(self) -> bool:
        return self.label in NUMBER_LABELS


#: The old name, kept for code that imported it from :mod:`infer.span_repair`.
LSpan = Span


def as_span(text: str, s: Any, start: int | None = None, end: int | None = None) -> Span:
    """``s`` (any :class:`SpanLike`) as a :class:`Span` over ``text``, optionally with new offsets."""
    a = int(s.start) if start is None else start
    b = int(s.end) if end is None else end
    return Span(a, b, s.label, float(getattr(s, "score", 1.0) or 0.0), text[a:b])
