"""The flat table: one row per report, one column per field (prose and table values and status side
by side), streamed to CSV (UTF-8 with BOM, so Excel shows Chinese) or Parquet (by suffix).

The table is written to ``<name>.tmp`` and renamed at the end, so a reader never sees half a table;
a write that fails (a full disk) removes its ``.tmp`` and raises :class:`OSError` for the caller to
report in one line.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterable

from infer.batch.store import BatchError, remove_quietly, tmp_path
from infer.schema import FIELD_KEYS


class TableError(BatchError):
    """The table cannot be written in the asked format (e.g. Parquet without pyarrow)."""


_COUNT_COLUMNS = ("prose_facts", "table_facts", "mismatches", "failed_checks", "warnings")
#: report metadata columns (infer/metadata/): column -> (item of the JSON "report" object, its attribute)
_REPORT_COLUMNS = {"issuer": ("issuer", "text"), "issuer_normalized": ("issuer", "normalized"),
                   "region": ("region", "text"), "level": ("region", "level"), "year": ("year", "value"),
                   "published": ("published", "value")}


def flat_columns() -> list[str]:
    cols = ["file", "error", "encoding", "text_sha256", *_REPORT_COLUMNS, "table_template", "table_status",
            *_COUNT_COLUMNS]
    for key in FIELD_KEYS:
        cols += [f"{key}.prose", f"{key}.table", f"{key}.status"]
    return cols


def flat_schema():  # -> pyarrow.Schema
    """The Parquet types of :func:`flat_columns`: counts and the year are int64, field values float64 (a value may be
    3.5 for 万元 fees), everything else a string. Shared by ``--table`` and the Ray engine's parts."""
    try:
        import pyarrow as pa
    except ImportError:
        raise TableError("writing Parquet needs pyarrow (pip install pyarrow), or give a .csv table path") from None
    return pa.schema([(c, pa.int64() if c in _COUNT_COLUMNS or c == "year" else
                       pa.float64() if c.endswith((".prose", ".table")) else pa.string()) for c in flat_columns()])


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """One row per report, one column per field: prose and table values and status side by side.
    Empty cells are ``None`` (blank in CSV, null in Parquet)."""
    row: dict[str, Any] = dict.fromkeys(flat_columns())
    row["file"], row["error"] = rec["file"], rec.get("error") or None
    if rec.get("error"):
        return row
    table = rec.get("table") or {}
    prose = rec.get("prose") or {}
    recon = rec.get("reconciliation") or []
    checks = (table.get("checks") or []) + (prose.get("checks") or [])
    row.update(encoding=rec.get("encoding"), text_sha256=rec.get("text_sha256"),
               table_template=table.get("template"), table_status=table.get("status"),
               prose_facts=len(prose.get("facts") or []), table_facts=len(table.get("facts") or []),
               mismatches=sum(1 for r in recon if r["status"] == "mismatch"),
               failed_checks=sum(1 for c in checks if not c.get("passed", True)),
               warnings=len(rec.get("warnings") or []))
    meta = rec.get("report") or {}
    for col, (item, attr) in _REPORT_COLUMNS.items():
        row[col] = (meta.get(item) or {}).get(attr)
    for r in recon:
        if r["field"] in FIELD_KEYS:
            row[f"{r['field']}.prose"] = r["prose"]
            row[f"{r['field']}.table"] = r["table"]
            row[f"{r['field']}.status"] = r["status"]
    return row


def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


class _TableWriter:
    """Streams flat rows to CSV (UTF-8 with BOM, so Excel shows Chinese) or Parquet (by suffix)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = tmp_path(path)
        self.parquet = path.suffix.lower() == ".parquet"
        self.cols = flat_columns()
        if self.parquet:
            self.schema = flat_schema()
            import pyarrow as pa
            import pyarrow.parquet as pq

            self._pa = pa
            self._writer = pq.ParquetWriter(self.tmp, self.schema)
            self._buf: list[dict[str, Any]] = []
        else:
            self._fh = open(self.tmp, "w", encoding="utf-8-sig", newline="")
            self._csv = csv.writer(self._fh)
            self._csv.writerow(self.cols)

    def add(self, rec: dict[str, Any]) -> None:
        row = flatten(rec)
        if self.parquet:
            self._buf.append(row)
            if len(self._buf) >= 1000:
                self._flush()
        else:
            self._csv.writerow([_csv_cell(row[c]) for c in self.cols])

    def _flush(self) -> None:
        if self._buf:
            data = {c: [r[c] for r in self._buf] for c in self.cols}
            self._writer.write_table(self._pa.table(data, schema=self.schema))
            self._buf = []

    def close(self) -> None:
        try:
            if self.parquet:
                self._flush()
                self._writer.close()
            else:
                self._fh.close()
            self.tmp.replace(self.path)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Give up: close and remove the ``.tmp`` (a full disk must not leave debris behind)."""
        try:
            if self.parquet:
                self._writer.close()
            else:
                self._fh.close()
        except Exception:  # noqa: BLE001 - already failing; the original error is what matters
            pass
        remove_quietly(self.tmp)


def write_table(records: Iterable[dict[str, Any]], path: Path) -> None:
    """The flat table of ``records`` (CSV, or Parquet if ``path`` ends in .parquet)."""
    writer = _TableWriter(path)
    try:
        for rec in records:
            writer.add(rec)
    except BaseException:
        writer.abort()
        raise
    writer.close()
