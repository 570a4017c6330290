"""Extraction over whole collections: many files, worker processes, resumable, shardable.

Users run nianbao on every bureau of a province or ten years of reports, so a batch run must
(1) use both cores (one worker process per core, each loading the model once), (2) write each finished
report immediately (JSONL, one report per line) so a killed run loses nothing finished, (3) skip what
is already done with ``--resume``, (4) report a broken file and go on, and (5) split a collection
deterministically with ``--shard K/N`` so several machines can share it.

When the run completes, the JSONL is rewritten in input order and the flat table (CSV, or Parquet by
suffix) is produced from it, so an interrupted-then-resumed run ends byte-identical to an
uninterrupted one.
"""
from __future__ import annotations

import csv
import glob
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from infer.schema import FIELD_KEYS

REPORT_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based, as users write it: --shard 1/4
    count: int

    @classmethod
    def parse(cls, spec: str) -> "Shard":
        try:
            k, n = (int(x) for x in spec.split("/"))
        except ValueError:
            raise ValueError(f"--shard must look like K/N (e.g. 1/4), got {spec!r}") from None
        if not (1 <= k <= n):
            raise ValueError(f"--shard {spec}: K must be between 1 and N")
        return cls(k, n)

    def owns(self, name: str) -> bool:
        """Stable across machines and listings: decided by a hash of the file's name as given."""
        h = int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16)
        return h % self.count == self.index - 1


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files, folders (searched recursively for .txt/.html) and globs → a sorted, de-duplicated list."""
    found: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found += [str(q) for q in sorted(p.rglob("*")) if q.is_file() and q.suffix.lower() in REPORT_SUFFIXES]
        elif any(ch in item for ch in "*?["):
            found += sorted(glob.glob(item, recursive=True))
        else:
            found.append(item)  # a missing file is reported as an error line, not dropped
    seen: set[str] = set()
    return [f for f in found if not (f in seen or seen.add(f))]


def read_done(jsonl: Path) -> dict[str, dict[str, Any]]:
    """Records already written, keyed by file. A torn last line (killed mid-write) is ignored."""
    done: dict[str, dict[str, Any]] = {}
    if not jsonl.exists():
        return done
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            done[rec["file"]] = rec
    return done


def _truncate_torn_tail(jsonl: Path) -> None:
    if not jsonl.exists():
        return
    data = jsonl.read_bytes()
    if data and not data.endswith(b"\n"):
        jsonl.write_bytes(data[: data.rfind(b"\n") + 1])


# --- worker side ------------------------------------------------------------------------------------

_WORKER_EXTRACT: Callable[[str], dict[str, Any]] | None = None


def _init_worker(model_dir: str | None, use_model: bool, threads: int) -> None:
    """Runs once per worker process: load the model once, not once per report."""
    global _WORKER_EXTRACT
    import torch

    torch.set_num_threads(threads)
    from infer.pipeline import extract

    tagger = None
    if use_model:
        from infer.tagger import Tagger

        tagger = Tagger.load(model_dir)

    def run(path: str) -> dict[str, Any]:
        return extract(path, tagger=tagger, use_model=use_model).to_json()

    _WORKER_EXTRACT = run


def process_one(path: str) -> dict[str, Any]:
    """Extract one report; any failure becomes an error record so the run goes on."""
    assert _WORKER_EXTRACT is not None, "worker not initialised"
    try:
        rec = _WORKER_EXTRACT(path)
        rec["file"] = path
        rec["error"] = None
        return rec
    except Exception as exc:  # one bad file must never stop a run over thousands
        return {"file": path, "error": f"{type(exc).__name__}: {exc}"}


# --- flat table -------------------------------------------------------------------------------------

def flat_columns() -> list[str]:
    cols = ["file", "error", "encoding", "text_sha256", "table_template", "table_status",
            "prose_facts", "table_facts", "mismatches", "failed_checks"]
    for key in FIELD_KEYS:
        cols += [f"{key}.prose", f"{key}.table", f"{key}.status"]
    return cols


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """One row per report, one column per field: prose and table values and status side by side."""
    row: dict[str, Any] = {c: "" for c in flat_columns()}
    row["file"], row["error"] = rec["file"], rec.get("error") or ""
    if rec.get("error"):
        return row
    table = rec.get("table", {})
    row.update(encoding=rec.get("encoding", ""), text_sha256=rec.get("text_sha256", ""),
               table_template=table.get("template") or "", table_status=table.get("status", ""),
               prose_facts=len(rec.get("prose", {}).get("facts", [])), table_facts=len(table.get("facts", [])))
    recon = rec.get("reconciliation", [])
    row["mismatches"] = sum(1 for r in recon if r["status"] == "mismatch")
    checks = table.get("checks", []) + rec.get("prose", {}).get("checks", [])
    row["failed_checks"] = sum(1 for c in checks if not c.get("passed", True))
    for r in recon:
        if r["field"] in FIELD_KEYS:
            row[f"{r['field']}.prose"] = "" if r["prose"] is None else r["prose"]
            row[f"{r['field']}.table"] = "" if r["table"] is None else r["table"]
            row[f"{r['field']}.status"] = r["status"]
    return row


def write_table(records: list[dict[str, Any]], path: Path) -> None:
    rows = [flatten(r) for r in records]
    tmp = path.with_name(path.name + ".tmp")
    if path.suffix.lower() == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        cols = flat_columns()
        pq.write_table(pa.table({c: [str(r[c]) for r in rows] for c in cols}), tmp)
    else:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel opens Chinese right
            w = csv.DictWriter(fh, fieldnames=flat_columns())
            w.writeheader()
            w.writerows(rows)
    tmp.replace(path)


# --- the run ----------------------------------------------------------------------------------------

@dataclass
class BatchSummary:
    total: int
    skipped_done: int
    processed: int
    failed: list[tuple[str, str]]
    seconds: float


def run_batch(files: list[str], jsonl: Path, *, table_path: Path | None = None, resume: bool = False,
              shard: Shard | None = None, workers: int | None = None, model_dir: str | None = None,
              use_model: bool = True, progress: bool = True) -> BatchSummary:
    """Extract ``files`` into ``jsonl`` (and the flat table), in worker processes, resumably."""
    import multiprocessing as mp
    import time

    from tqdm import tqdm

    t0 = time.perf_counter()
    if shard is not None:
        files = [f for f in files if shard.owns(f)]
    jsonl.parent.mkdir(parents=True, exist_ok=True)
    if resume:
        _truncate_torn_tail(jsonl)
        done = read_done(jsonl)
    else:
        jsonl.write_text("", encoding="utf-8")
        done = {}
    todo = [f for f in files if f not in done]
    workers = max(1, workers or min(len(todo), os.cpu_count() or 1)) if todo else 1
    threads = max(1, (os.cpu_count() or 1) // workers)

    failed: list[tuple[str, str]] = []
    with open(jsonl, "a", encoding="utf-8") as out:
        def write(rec: dict[str, Any]) -> None:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out.flush()
            done[rec["file"]] = rec
            if rec.get("error"):
                failed.append((rec["file"], rec["error"]))

        bar = tqdm(total=len(todo), unit="report", disable=not progress, desc="extract")
        if workers == 1:
            _init_worker(model_dir, use_model, threads)
            results: Iterator[dict[str, Any]] = map(process_one, todo)
            for rec in results:
                write(rec)
                bar.update()
        else:
            ctx = mp.get_context("spawn")  # torch + fork is fragile; spawn is safe everywhere
            with ctx.Pool(workers, initializer=_init_worker, initargs=(model_dir, use_model, threads)) as pool:
                for rec in pool.imap_unordered(process_one, todo, chunksize=1):
                    write(rec)
                    bar.update()
        bar.close()

    # Final form: input order, so a resumed run ends identical to an uninterrupted one.
    ordered = [done[f] for f in files if f in done]
    tmp = jsonl.with_name(jsonl.name + ".tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ordered), encoding="utf-8")
    tmp.replace(jsonl)
    if table_path is not None:
        write_table(ordered, table_path)
    return BatchSummary(total=len(files), skipped_done=len(files) - len(todo), processed=len(todo),
                        failed=failed, seconds=time.perf_counter() - t0)
