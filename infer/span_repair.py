"""Moved to :mod:`infer.prose.repair`; kept so ``from infer.span_repair import repair`` still works."""
from infer.prose.repair import merge_ranges, phrase_len, phrases, repair, simplified_window
from infer.prose.spans import LSpan, Span

__all__ = ["LSpan", "Span", "merge_ranges", "phrase_len", "phrases", "repair", "simplified_window"]
