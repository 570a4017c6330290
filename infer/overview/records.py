"""Reading a batch JSONL (``infer extract … --jsonl``) back into per-report records for the overview.

One :class:`Report` per successful JSON line: its metadata (from the ``report`` object), the value of
each field as prose and table state it, mismatches and failed checks. Error lines are kept as
:class:`Report` with ``error`` set, so the page can count them. :func:`result_from_json` rebuilds the
:class:`~infer.result.ExtractionResult` a line was written from, to render its ``--format html`` view.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from infer.result import Check, ExtractionResult, Number, ProseFact, Reconciliation, TableFact


@dataclass
class Report:
    file: str
    error: str | None = None
    issuer: str | None = None  # normalised issuing body (the series key)
    issuer_text: str | None = None  # as written
    kind: str | None = None  # government | department
    region: str | None = None
    level: str | None = None
    year: int | None = None
    published: str | None = None
    template: str | None = None
    status: str = "absent"  # the table's parse status
    prose: dict[str, Number] = field(default_factory=dict)
    table: dict[str, Number] = field(default_factory=dict)
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    failed_checks: list[dict[str, Any]] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return Path(self.file).name

    def value(self, key: str) -> Number | None:
        """The figure a reader would quote: the table's if it has one, else the prose's."""
        if key in self.table:
            return self.table[key]
        return self.prose.get(key)

    @property
    def fields(self) -> set[str]:
        return set(self.prose) | set(self.table)


def _meta(rec: dict[str, Any], key: str, attr: str = "value") -> Any:
    item = (rec.get("report") or {}).get(key)
    return item.get(attr) if isinstance(item, dict) else None


def report_from_json(rec: dict[str, Any]) -> Report:
    if rec.get("error"):
        return Report(file=str(rec.get("file", "?")), error=str(rec["error"]), record=rec)
    # the reconciliation holds one prose and one table value per field (what the flat table shows);
    # facts only fill in fields it does not list
    prose: dict[str, Number] = {}
    table: dict[str, Number] = {}
    for r in rec.get("reconciliation", []):
        if r.get("prose") is not None:
            prose[r["field"]] = r["prose"]
        if r.get("table") is not None:
            table[r["field"]] = r["table"]
    table_part = rec.get("table") or {}
    for f in (rec.get("prose") or {}).get("facts", []):
        prose.setdefault(f["field"], f["value"])
    for f in table_part.get("facts", []):
        table.setdefault(f["field"], f["value"])
    checks = [*(table_part.get("checks") or []), *((rec.get("prose") or {}).get("checks") or [])]
    return Report(
        file=str(rec["file"]), issuer=_meta(rec, "issuer", "normalized"), issuer_text=_meta(rec, "issuer", "text"),
        kind=_meta(rec, "issuer", "kind"), region=_meta(rec, "region", "text"), level=_meta(rec, "region", "level"),
        year=_meta(rec, "year"), published=_meta(rec, "published"),
        template=table_part.get("template"), status=table_part.get("status") or "absent",
        prose=prose, table=table,
        mismatches=[r for r in rec.get("reconciliation", []) if r.get("status") == "mismatch"],
        failed_checks=[c for c in checks if not c.get("passed", True)], record=rec)


def read_jsonl(path: Path) -> Iterator[Report]:
    """Every line of a batch JSONL as a :class:`Report` (blank lines skipped; a torn last line too)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue  # an interrupted run's torn tail; --resume would redo it
            if isinstance(rec, dict) and "file" in rec:
                yield report_from_json(rec)


def result_from_json(rec: dict[str, Any]) -> ExtractionResult:
    """The :class:`ExtractionResult` a JSON line was written from (metadata is not needed by views)."""
    prose, table = rec.get("prose") or {}, rec.get("table") or {}
    return ExtractionResult(
        file=rec["file"], encoding=rec.get("encoding", ""), text_sha256=rec.get("text_sha256", ""),
        prose_facts=[ProseFact(**f) for f in prose.get("facts", [])],
        prose_checks=[Check(**c) for c in prose.get("checks", [])],
        table_template=table.get("template"), table_status=table.get("status") or "absent",
        table_facts=[TableFact(**f) for f in table.get("facts", [])],
        table_checks=[Check(**c) for c in table.get("checks", [])],
        reconciliation=[Reconciliation(**r) for r in rec.get("reconciliation", [])],
        warnings=list(rec.get("warnings", [])))
