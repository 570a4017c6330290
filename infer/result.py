"""The output contract of ``infer extract``: dataclasses that serialise to the stable JSON.

Keys and nesting follow the issue "Foundation" contract; fields may be added, never renamed.
``start``/``end`` are character offsets into the decoded text (for HTML, into the extracted text
that ``infer extract --show-text`` prints), always with ``text == decoded[start:end]``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from infer.metadata import ReportMeta

Number = int | float

#: A prose fact scored below this is one the linker is unsure of: it is kept in the output (with its
#: score) for whoever wants it, but reconciliation ignores it (it never raises a ``mismatch``) and the
#: views show it apart, as not reconciled (:func:`infer.views.unsure_facts`).
LOW_SCORE = 0.5


@dataclass
class ProseFact:
    field: str
    value: Number
    start: int  # offsets of the count (or zero word) in the decoded text
    end: int
    text: str
    score: float
    sentence: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)  # the linked category spans

    @property
    def unsure(self) -> bool:
        return self.score < LOW_SCORE


@dataclass
class TableFact:
    field: str
    value: Number
    row: str
    column: str
    start: int
    end: int


@dataclass
class Check:
    """One arithmetic identity of the tables (勾稽关系) or of the prose against itself."""

    rule: str
    expected: Number | None
    actual: Number | None
    passed: bool
    terms: dict[str, Number | None] = field(default_factory=dict)
    scope: str = "table"  # table | prose


@dataclass
class Reconciliation:
    field: str
    prose: Number | None
    table: Number | None
    status: str  # match | mismatch | explained | prose_only | table_only
    explanation: str = ""


@dataclass
class ExtractionResult:
    file: str
    encoding: str
    text_sha256: str
    prose_facts: list[ProseFact] = field(default_factory=list)
    table_template: str | None = None
    table_facts: list[TableFact] = field(default_factory=list)
    table_checks: list[Check] = field(default_factory=list)
    prose_checks: list[Check] = field(default_factory=list)
    reconciliation: list[Reconciliation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    table_status: str = "absent"  # parsed | absent | missing (an image placeholder) | partial
    extractor: str | None = None  # documents (PDF, Word): what produced the text; None for text/HTML
    report: ReportMeta | None = None  # issuer, region, year, publication date, template (infer.metadata)
    #: fields the tables state but whose cells allow several readings: field -> candidate values (never a fact)
    table_ambiguous: dict[str, list[Number]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "encoding": self.encoding,
            "text_sha256": self.text_sha256,
            "extractor": self.extractor,
            "report": self.report.to_json() if self.report is not None else None,
            "prose": {"facts": [asdict(f) for f in self.prose_facts],
                      "checks": [asdict(c) for c in self.prose_checks]},
            "table": {"template": self.table_template, "status": self.table_status,
                      "facts": [asdict(f) for f in self.table_facts],
                      "ambiguous": dict(self.table_ambiguous),
                      "checks": [asdict(c) for c in self.table_checks]},
            "reconciliation": [asdict(r) for r in self.reconciliation],
            "warnings": list(self.warnings),
        }
