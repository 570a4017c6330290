"""The ``report`` object every result carries (:class:`ReportMeta`) and its items.

Each item keeps the text that states it with its offsets (``text == decoded[start:end]``), so a reader
can check every value against the report; an item the text does not state is ``None``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Evidence:
    """A piece of text that states an item, with its offsets (``text == decoded[start:end]``)."""

    text: str
    start: int
    end: int
    source: str  # header | title | opening | statistics_period | signature | body | breadcrumb | table | headings


@dataclass
class Issuer(Evidence):
    normalized: str = ""
    kind: str = "department"  # government | department


@dataclass
class Region(Evidence):
    level: str | None = None  # province | city | county | township | zone


@dataclass
class Dated(Evidence):
    value: Any = None  # int year, ISO date string, or template name


@dataclass
class ReportMeta:
    issuer: Issuer | None = None
    region: Region | None = None
    year: Dated | None = None
    published: Dated | None = None
    template: Dated | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: (asdict(v) if v is not None else None) for k, v in
                (("issuer", self.issuer), ("region", self.region), ("year", self.year),
                 ("published", self.published), ("template", self.template))}
