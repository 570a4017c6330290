"""Moved to :mod:`infer.prose.linker` (rules in :mod:`infer.prose.rules`); kept so
``from infer.linker import link`` still works."""
from infer.prose.doc import Linked
from infer.prose.linker import deduplicate, link, link_all
from infer.prose.spans import SpanLike

__all__ = ["link", "link_all", "deduplicate", "Linked", "SpanLike"]
