"""The output of a Ray run: a folder of Parquet parts, written as the job goes.

``DIR/part-000000.parquet, part-000001.parquet, …``: each row is one report, with the flat columns of
``--table`` (:func:`~infer.batch.table.flat_columns`), the whole JSON record of ``--jsonl`` in the
``record`` column, and what ``--resume`` needs without parsing that record (``input_size``,
``input_mtime_ns``, ``run``). ``pandas.read_parquet(DIR)``, ``pyarrow.dataset``, DuckDB and Spark read
the folder as one table (they skip the hidden ``.lock`` and ``.part-*.tmp`` files).

A part is written to a hidden ``.tmp`` file and renamed, so a killed run never leaves half a part: what
is in the folder is finished. A later run may add a newer row for a report (a retried failure, a
changed input); the newest part wins, and :func:`compact` rewrites the parts that hold superseded rows,
so a finished folder has exactly one row per report, the same as an uninterrupted run.
"""
from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infer.batch.store import BatchError, record_problem, remove_quietly
from infer.batch.table import flat_columns, flat_schema, flatten

PART_PATTERN = re.compile(r"^part-(\d{6})\.parquet$")
#: Columns besides the flat ones: the record and the resume stamps.
EXTRA_COLUMNS = ("record", "input_size", "input_mtime_ns", "run")


def part_schema():  # -> pyarrow.Schema
    import pyarrow as pa

    extra = [pa.field("record", pa.string()), pa.field("input_size", pa.int64()),
             pa.field("input_mtime_ns", pa.int64()), pa.field("run", pa.string())]
    return pa.schema(list(flat_schema()) + extra)


def part_name(n: int) -> str:
    return f"part-{n:06d}.parquet"


def list_parts(folder: Path) -> list[tuple[int, Path]]:
    """The finished parts, oldest first."""
    out = []
    for p in folder.iterdir() if folder.is_dir() else []:
        m = PART_PATTERN.match(p.name)
        if m:
            out.append((int(m.group(1)), p))
    return sorted(out)


def to_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = flatten(rec)
    stamp = rec.get("input") or {}
    row.update(record=json.dumps(rec, ensure_ascii=False), input_size=stamp.get("size"),
               input_mtime_ns=stamp.get("mtime_ns"),
               run=json.dumps(rec.get("run"), ensure_ascii=False, sort_keys=True) if "run" in rec else None)
    return row


def _write_rows(rows: list[dict[str, Any]], target: Path) -> None:
    """``rows`` as one Parquet file at ``target``, via a hidden ``.tmp`` renamed into place."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = part_schema()
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        table = pa.table({c: [r.get(c) for r in rows] for c in schema.names}, schema=schema)
        pq.write_table(table, tmp)
        os.replace(tmp, target)
    except BaseException:
        remove_quietly(tmp)
        raise


class PartWriter:
    """Buffers rows and writes a part every ``rows`` rows or ``seconds`` seconds, whichever comes first:
    a killed run loses at most that much, and a million reports make a few thousand files, not a
    million."""

    def __init__(self, folder: Path, *, rows: int = 500, seconds: float = 30.0) -> None:
        self.folder = folder
        parts = list_parts(folder)
        self.next = parts[-1][0] + 1 if parts else 0
        self.rows, self.seconds = rows, seconds
        self._buf: list[dict[str, Any]] = []
        self._since = time.monotonic()

    def add(self, rec: dict[str, Any]) -> None:
        self._buf.append(to_row(rec))
        if len(self._buf) >= self.rows or time.monotonic() - self._since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        self._since = time.monotonic()
        if not self._buf:
            return
        try:
            _write_rows(self._buf, self.folder / part_name(self.next))
        except OSError as exc:
            raise BatchError(f"cannot write a part in {self.folder}: {exc.strerror or exc}; every part "
                             "written before is kept: fix this and rerun with --resume") from None
        self.next += 1
        self._buf = []


@dataclass
class PartEntry:
    """Where a report's newest row is, and what ``--resume`` compares (the fields the JSONL's
    :class:`~infer.batch.store.Entry` has, so the same planning code serves both stores)."""

    part: int
    row: int
    ok: bool
    run: dict[str, Any] | None = None
    input: dict[str, Any] | None = None
    text_sha256: str | None = None


@dataclass
class PartsIndex:
    entries: dict[str, PartEntry] = field(default_factory=dict)
    rows: dict[int, int] = field(default_factory=dict)  # part -> number of rows
    invalid: int = 0  # parts that could not be read (set aside as .bad; their reports are redone)
    example: str = ""


def scan(folder: Path) -> PartsIndex:
    """Read the resume columns of every part (not the records: cheap for millions of rows)."""
    import pyarrow.parquet as pq

    index = PartsIndex()
    for n, path in list_parts(folder):
        try:
            cols = pq.read_table(path, columns=["file", "error", "text_sha256", "input_size", "input_mtime_ns",
                                                "run"]).to_pydict()
        except Exception as exc:  # noqa: BLE001 - not a part we wrote whole: never trusted
            index.invalid += 1
            index.example = index.example or f"{path.name}: {str(exc).splitlines()[0] if str(exc) else exc}"
            os.replace(path, path.with_name(f".{path.name}.bad"))
            continue
        index.rows[n] = len(cols["file"])
        for i, f in enumerate(cols["file"]):
            ok = not cols["error"][i]
            stamp = ({"size": cols["input_size"][i], "mtime_ns": cols["input_mtime_ns"][i]}
                     if cols["input_size"][i] is not None else None)
            run = json.loads(cols["run"][i]) if ok and cols["run"][i] else None
            index.entries[f] = PartEntry(n, i, ok, run, stamp if ok else None, cols["text_sha256"][i])
    return index


def compact(folder: Path, index: PartsIndex | None = None) -> int:
    """Rewrite (or remove) the parts holding rows superseded by a newer part, so each report has one
    row. Returns how many rows were dropped."""
    import pyarrow.parquet as pq

    index = index or scan(folder)
    keep: dict[int, set[int]] = {}
    for e in index.entries.values():
        keep.setdefault(e.part, set()).add(e.row)
    dropped = 0
    for n, path in list_parts(folder):
        rows = keep.get(n, set())
        total = index.rows.get(n, 0)
        if len(rows) == total:
            continue
        dropped += total - len(rows)
        if not rows:
            path.unlink()
            continue
        table = pq.read_table(path).take(sorted(rows))
        _write_rows(table.to_pylist(), path)
    return dropped


def read_records(folder: str | Path) -> dict[str, dict[str, Any]]:
    """Every report's newest record in an output folder, keyed by file (what ``--jsonl`` would hold)."""
    import pyarrow.parquet as pq

    out: dict[str, dict[str, Any]] = {}
    for _, path in list_parts(Path(folder)):
        for f, rec in zip(*pq.read_table(path, columns=["file", "record"]).to_pydict().values()):
            out[f] = json.loads(rec)
    return out


def check_record(rec: dict[str, Any]) -> None:
    """A record from a worker must be one the JSONL store would accept (same validation)."""
    why = record_problem(rec)
    if why is not None:
        raise BatchError(f"a worker returned a malformed record for {rec.get('file')!r}: {why}")


__all__ = ["EXTRA_COLUMNS", "PartWriter", "PartsIndex", "check_record", "compact", "flat_columns", "list_parts",
           "read_records", "scan"]
