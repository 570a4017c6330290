"""Extraction over whole collections: many files, worker processes, resumable, shardable.

Users run nianbao on every bureau of a province or ten years of reports, so a batch run must
(1) use both cores (one worker process per core, each loading the model once), (2) write each finished
report immediately (JSONL, one report per line) so a killed run loses nothing finished, (3) skip what
is already done with ``--resume``, (4) report a broken file and go on, (5) survive a worker that dies
(a crash or the out-of-memory killer) by isolating the file that killed it, and (6) split a collection
deterministically with ``--shard K/N`` so several machines can share it.

When the run completes, the JSONL is rewritten in input order and the flat table (CSV, or Parquet by
suffix) is produced from it, so an interrupted-then-resumed run ends byte-identical to an
uninterrupted one. Both final steps stream record by record: memory stays flat for any number of
reports.

On ``--resume``, reports that succeeded are skipped; reports that failed are tried again (the user may
have fixed the file; a deterministic failure simply yields the same error record).
"""
from __future__ import annotations

import csv
import glob
import hashlib
import json
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from infer.schema import FIELD_KEYS
from infer.textio import DEFAULT_MAX_BYTES, HTML_SUFFIXES

REPORT_SUFFIXES: tuple[str, ...] = (".txt", *sorted(HTML_SUFFIXES))


class BatchError(Exception):
    """A batch run cannot start or go on (one-line message for the CLI), e.g. the model does not load."""


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
        """Decided by a hash of the file's path as given (not of the listing or the machine), so N
        machines that see the same relative paths split a collection disjointly and completely."""
        h = int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16)
        return h % self.count == self.index - 1


def _is_report_name(p: Path) -> bool:
    return p.suffix.lower() in REPORT_SUFFIXES


def _walk(folder: Path) -> list[str]:
    """Report files under ``folder``, recursively, skipping hidden entries (``.git``, macOS ``._x.txt``).
    Entries *named* like reports that are not regular files (a folder called ``x.txt``) are kept, so
    the run reports them instead of losing them silently."""
    return [str(q) for q in sorted(folder.rglob("*")) if _is_report_name(q)
            and not any(part.startswith(".") for part in q.relative_to(folder).parts)]


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files, folders and globs → a de-duplicated list, in the order given (folders and globs sorted).

    * a folder is searched recursively for .txt/.html/.htm (and the other HTML suffixes);
    * a glob's matches are taken as they are, except folders *not* named like a report, which are
      searched like folders (``reports/*`` over province folders works);
    * a path that does not exist, or a glob that matches nothing, is kept so the run reports it.
    """
    found: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found += _walk(p)
        elif not p.exists() and any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                found.append(item)  # → "no such file" in the summary
            for m in matches:
                mp = Path(m)
                found += _walk(mp) if mp.is_dir() and not _is_report_name(mp) else [m]
        else:
            found.append(item)
    seen: set[str] = set()
    out = []
    for f in found:
        f = os.path.normpath(f)
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


# --- the JSONL file ---------------------------------------------------------------------------------

@dataclass
class _Entry:
    offset: int
    length: int
    ok: bool


def _index_jsonl(jsonl: Path) -> dict[str, _Entry]:
    """Where each file's record is in the JSONL (the last one wins). Unparseable lines are ignored."""
    index: dict[str, _Entry] = {}
    if not jsonl.exists():
        return index
    with open(jsonl, "rb") as fh:
        offset = 0
        for line in fh:
            try:
                rec = json.loads(line)
                index[rec["file"]] = _Entry(offset, len(line), not rec.get("error"))
            except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError):
                pass
            offset += len(line)
    return index


def read_done(jsonl: Path) -> dict[str, dict[str, Any]]:
    """Records already written, keyed by file (the last record of a file wins; a torn line is ignored)."""
    index = _index_jsonl(jsonl)
    if not index:
        return {}
    with open(jsonl, "rb") as fh:
        return {f: _read_at(fh, e) for f, e in index.items()}


def _read_at(fh: IO[bytes], entry: _Entry) -> dict[str, Any]:
    fh.seek(entry.offset)
    return json.loads(fh.read(entry.length))


def _truncate_torn_tail(jsonl: Path) -> None:
    """A run killed mid-write leaves a last line without its newline: cut it, so appends stay valid."""
    if not jsonl.exists():
        return
    with open(jsonl, "rb+") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size == 0:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        # find the last newline, reading backwards in blocks (the file may be gigabytes)
        pos = size
        while pos > 0:
            step = min(1 << 16, pos)
            pos -= step
            fh.seek(pos)
            block = fh.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                fh.truncate(pos + nl + 1)
                return
        fh.truncate(0)


def _dumps(rec: dict[str, Any]) -> str:
    return json.dumps(rec, ensure_ascii=False) + "\n"


# --- worker side ------------------------------------------------------------------------------------

_WORKER_EXTRACT: Callable[[str], dict[str, Any]] | None = None
_WORKER_FATAL: str | None = None


def _return_freed_memory() -> None:
    """Let glibc give freed memory back to the system promptly (allocations ≥ 1 MB get their own
    mapping, and the heap is trimmed above 1 MB free). Measured on a worker after extracting the
    seeds: 894 → 808 MB RSS; each worker otherwise keeps the high-water mark of its largest report.
    A no-op where glibc's ``mallopt`` is not available."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    m_trim_threshold, m_mmap_threshold = -1, -3  # <malloc.h>
    mallopt(m_mmap_threshold, 1 << 20)
    mallopt(m_trim_threshold, 1 << 20)


def _exit_with_parent(poll_seconds: float = 1.0) -> None:
    """A worker holds a model (hundreds of MB): if the main process is killed (kill -9, the OOM
    killer), the worker must not live on as an orphan. A daemon thread notices the re-parenting."""
    import multiprocessing
    import threading

    known = multiprocessing.parent_process()  # recorded at spawn: right even if it died already
    parent = known.pid if known is not None and known.pid else os.getppid()

    def watch() -> None:
        while True:
            time.sleep(poll_seconds)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _init_worker(model_dir: str | None, use_model: bool, threads: int, max_bytes: int | None = DEFAULT_MAX_BYTES,
                 in_pool: bool = True) -> None:
    """Runs once per worker process: load the model once, not once per report.

    A model that does not load must stop the whole run with one clear message, not fail every report
    (or, with a pool, respawn workers forever): the error is kept and handed back by :func:`process_one`.
    """
    global _WORKER_EXTRACT, _WORKER_FATAL
    _WORKER_EXTRACT, _WORKER_FATAL = None, None  # in-process runs reuse this module's state
    _return_freed_memory()
    if in_pool:  # Ctrl-C is the main process's business; workers just stop when it goes away
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _exit_with_parent()
        # one core per worker: the tokenizer's own thread pool would only oversubscribe the cores
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        from infer.pipeline import extract

        tagger = None
        if use_model:
            import torch

            torch.set_num_threads(threads)
            from infer.pipeline import load_tagger

            tagger = load_tagger(model_dir)
    except Exception as exc:  # noqa: BLE001 - reported to the user as one line, run stops
        _WORKER_FATAL = f"{type(exc).__name__}: {exc}".splitlines()[0]
        return

    def run(path: str) -> dict[str, Any]:
        return extract(path, tagger=tagger, use_model=use_model, max_bytes=max_bytes).to_json()

    _WORKER_EXTRACT = run


def process_one(path: str) -> dict[str, Any]:
    """Extract one report; any failure becomes an error record so the run goes on."""
    if _WORKER_FATAL is not None:
        return {"file": path, "fatal": _WORKER_FATAL}
    assert _WORKER_EXTRACT is not None, "worker not initialised"
    try:
        res = _WORKER_EXTRACT(path)
    except Exception as exc:  # one bad file must never stop a run over thousands
        msg = str(exc).splitlines()[0] if str(exc) else ""
        if msg.startswith(f"{path}: "):  # InputError names the file; the record already does
            msg = msg[len(path) + 2:]
        return {"file": path, "error": f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__}
    rec: dict[str, Any] = {"file": path, "error": None}
    rec.update((k, v) for k, v in res.items() if k != "file")
    return rec


# --- flat table -------------------------------------------------------------------------------------

_COUNT_COLUMNS = ("prose_facts", "table_facts", "mismatches", "failed_checks", "warnings")


def flat_columns() -> list[str]:
    cols = ["file", "error", "encoding", "text_sha256", "table_template", "table_status", *_COUNT_COLUMNS]
    for key in FIELD_KEYS:
        cols += [f"{key}.prose", f"{key}.table", f"{key}.status"]
    return cols


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
        self.tmp = path.with_name(path.name + ".tmp")
        self.parquet = path.suffix.lower() == ".parquet"
        self.cols = flat_columns()
        if self.parquet:
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError:
                raise BatchError("writing Parquet needs pyarrow (pip install pyarrow), "
                                 "or give a .csv table path") from None
            self._pa = pa
            value_cols = {c for c in self.cols if c.endswith((".prose", ".table"))}
            self.schema = pa.schema([(c, pa.int64() if c in _COUNT_COLUMNS else
                                      pa.float64() if c in value_cols else pa.string()) for c in self.cols])
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
        if self.parquet:
            self._flush()
            self._writer.close()
        else:
            self._fh.close()
        self.tmp.replace(self.path)


def write_table(records: Iterable[dict[str, Any]], path: Path) -> None:
    """The flat table of ``records`` (CSV, or Parquet if ``path`` ends in .parquet)."""
    writer = _TableWriter(path)
    for rec in records:
        writer.add(rec)
    writer.close()


# --- the run ----------------------------------------------------------------------------------------

@dataclass
class BatchSummary:
    total: int  # reports in this run's input (after --shard)
    skipped_done: int  # already in the JSONL (--resume)
    processed: int  # extracted in this run (successes and failures)
    failed: list[tuple[str, str]]  # (file, one-line reason), in input order
    seconds: float
    other_records: int = 0  # records in the JSONL for files not among this run's inputs (kept, at the end)
    succeeded_total: int = 0  # successful records in the final JSONL for this run's inputs
    bytes_read: int = 0  # file sizes of the reports extracted successfully in this run
    warnings: list[str] = field(default_factory=list)

    @property
    def all_failed(self) -> bool:
        """Nothing usable came out although there was something to do (the CLI then exits 1)."""
        return self.total > 0 and self.succeeded_total == 0


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _size_of(rec: dict[str, Any]) -> int:
    if rec.get("error"):
        return 0
    try:
        return os.path.getsize(rec["file"])
    except OSError:
        return 0


def run_batch(files: list[str], jsonl: Path, *, table_path: Path | None = None, resume: bool = False,
              overwrite: bool = False, shard: Shard | None = None, workers: int | None = None,
              model_dir: str | None = None, use_model: bool = True, max_bytes: int | None = DEFAULT_MAX_BYTES,
              progress: bool = True,
              on_record: Callable[[dict[str, Any]], None] | None = None) -> BatchSummary:
    """Extract ``files`` into ``jsonl`` (and the flat table at ``table_path``), resumably.

    ``workers`` defaults to one per available core (capped by the number of reports); with one worker
    the extraction runs in this process. Without ``resume`` an existing non-empty ``jsonl`` is refused
    unless ``overwrite`` is set, so hours of work are never truncated by a forgotten flag.
    Raises :class:`BatchError` if the run cannot start or the model cannot be loaded.
    """
    from tqdm import tqdm

    t0 = time.perf_counter()
    if shard is not None:
        files = [f for f in files if shard.owns(f)]
    jsonl.parent.mkdir(parents=True, exist_ok=True)
    if jsonl.exists() and jsonl.is_dir():
        raise BatchError(f"{jsonl} is a directory; --jsonl needs a file path")
    if resume:
        _truncate_torn_tail(jsonl)
        index = _index_jsonl(jsonl)
    else:
        if jsonl.exists() and jsonl.stat().st_size > 0 and not overwrite:
            raise BatchError(f"{jsonl} already exists: add --resume to continue it, or --overwrite to start over")
        jsonl.write_bytes(b"")
        index = {}
    wanted = set(files)
    todo = [f for f in files if not (f in index and index[f].ok)]
    cores = available_cores()
    workers = max(1, min(workers or cores, len(todo) or 1))
    threads = max(1, cores // workers)

    failed: dict[str, str] = {}
    bytes_read = 0
    with open(jsonl, "a", encoding="utf-8") as out:
        bar = tqdm(total=len(todo), unit="report", disable=not progress, desc="extract", dynamic_ncols=True)

        def write(rec: dict[str, Any]) -> None:
            nonlocal bytes_read
            out.write(_dumps(rec))
            out.flush()
            if rec.get("error"):
                failed[rec["file"]] = rec["error"]
            bytes_read += _size_of(rec)
            bar.update()
            if failed:
                bar.set_postfix(failed=len(failed), refresh=False)
            if on_record is not None:
                on_record(rec)

        try:
            if not todo:
                pass
            elif workers == 1:
                _run_here(todo, (model_dir, use_model, threads, max_bytes), write)
            else:
                _run_pool(todo, workers, (model_dir, use_model, threads, max_bytes), write)
        finally:
            bar.close()

    # Final form: input order (then any records of files outside this run's inputs), streamed.
    index = _index_jsonl(jsonl)
    others = [f for f in index if f not in wanted]
    ordered = [f for f in files if f in index] + others
    tmp = jsonl.with_name(jsonl.name + ".tmp")
    table = _TableWriter(table_path) if table_path is not None else None
    succeeded = 0
    with open(jsonl, "rb") as src, open(tmp, "wb") as dst:
        for f in ordered:
            e = index[f]
            src.seek(e.offset)
            line = src.read(e.length)
            dst.write(line if line.endswith(b"\n") else line + b"\n")
            if f in wanted and e.ok:
                succeeded += 1
            if table is not None:
                table.add(json.loads(line))
    tmp.replace(jsonl)
    if table is not None:
        table.close()
    warnings = []
    if others:
        warnings.append(f"{len(others)} record(s) in {jsonl} are for files not among this run's inputs: "
                        "kept, after the others")
    return BatchSummary(total=len(files), skipped_done=len(files) - len(todo), processed=len(todo),
                        failed=[(f, failed[f]) for f in files if f in failed], seconds=time.perf_counter() - t0,
                        other_records=len(others), succeeded_total=succeeded, bytes_read=bytes_read,
                        warnings=warnings)


def _check_fatal(rec: dict[str, Any]) -> None:
    if "fatal" in rec:
        raise BatchError(f"cannot start extraction: {rec['fatal']}")


def _run_here(todo: list[str], init_args: tuple[Any, ...], write: Callable[[dict[str, Any]], None]) -> None:
    _init_worker(*init_args, in_pool=False)
    for path in todo:
        rec = process_one(path)
        _check_fatal(rec)
        write(rec)


def _run_pool(todo: list[str], workers: int, init_args: tuple[Any, ...],
              write: Callable[[dict[str, Any]], None], *,
              initializer: Callable[..., None] = _init_worker,
              task: Callable[[str], dict[str, Any]] = process_one) -> None:
    """Feed ``todo`` to ``workers`` spawned processes, a few reports in flight at a time.

    If a worker dies (a segfault, the OOM killer), the reports in flight are suspects: they are re-run
    one at a time in a fresh pool, so the one that kills a worker alone is recorded as failed and the
    others complete normally. (``initializer``/``task`` are parameters so tests can make a worker die.)
    """
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("spawn")  # torch + fork is fragile; spawn is safe everywhere
    queue: deque[str] = deque(todo)
    suspects: deque[str] = deque()
    under_suspicion: set[str] = set()
    while queue or suspects:
        pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=initializer, initargs=init_args)
        inflight: dict[Future[dict[str, Any]], str] = {}
        try:
            while queue or suspects or inflight:
                solo = bool(suspects) or any(p in under_suspicion for p in inflight.values())
                limit = 1 if solo else 2 * workers
                while len(inflight) < limit and (suspects or queue):
                    if suspects:
                        if inflight:
                            break  # a suspect runs alone
                        path = suspects.popleft()
                        limit = 1
                    else:
                        path = queue.popleft()
                    inflight[pool.submit(task, path)] = path
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for fut in done:
                    rec = fut.result()  # BrokenProcessPool propagates from here
                    path = inflight.pop(fut)
                    under_suspicion.discard(path)
                    _check_fatal(rec)
                    write(rec)
        except BrokenProcessPool:
            lost = list(inflight.values())
            if len(lost) == 1:
                under_suspicion.discard(lost[0])
                write({"file": lost[0], "error": "WorkerDied: the worker process died while extracting this "
                                                 "file (a crash, or killed for lack of memory)"})
            else:
                suspects.extend(lost)
                under_suspicion.update(lost)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


# --- command-line glue (used by ``infer extract --jsonl``) -------------------------------------------

#: How many failed files the end-of-run summary lists one by one (all are in the JSONL and the table).
SHOWN_FAILURES = 20


def batch_command(inputs: list[str], jsonl: Path, *, table_path: Path | None, resume: bool, overwrite: bool,
                  shard_spec: str | None, workers: int | None, model_dir: str | None, use_model: bool,
                  max_bytes: int | None, progress: bool = True) -> int:
    """``infer extract ... --jsonl OUT.jsonl``: run, print the summary on stderr, return the exit code.

    Exit codes: 0 when at least one report was extracted (failed files are listed, and recorded with
    their reason in the JSONL ``error`` field and the table's ``error`` column); 1 when every report
    failed (nothing usable came out: usually a systematic problem); 2 for a usage error (bad
    ``--shard``, no report found, an existing JSONL without ``--resume``/``--overwrite``, a model
    that does not load); 130 when interrupted (rerun with ``--resume`` to continue).
    """
    import sys

    def say(msg: str) -> None:
        print(f"infer: {msg}", file=sys.stderr)

    if workers is not None and workers < 1:
        say("error: --workers must be at least 1")
        return 2
    if table_path is not None and table_path.suffix.lower() not in (".csv", ".parquet"):
        say(f"error: --table {table_path}: the name must end in .csv or .parquet")
        return 2
    try:
        shard = Shard.parse(shard_spec) if shard_spec else None
    except ValueError as exc:
        say(f"error: {exc}")
        return 2
    files = expand_inputs(inputs)
    if not files:
        say("error: no report files (.txt, .html, .htm) found in " + ", ".join(inputs))
        return 2
    try:
        summary = run_batch(files, jsonl, table_path=table_path, resume=resume, overwrite=overwrite,
                            shard=shard, workers=workers, model_dir=model_dir, use_model=use_model,
                            max_bytes=max_bytes, progress=progress)
    except BatchError as exc:
        say(f"error: {exc}" + (" (use --no-model to read the tables only)" if "extraction" in str(exc) else ""))
        return 2
    except KeyboardInterrupt:
        say(f"interrupted: finished reports are in {jsonl}; run the same command with --resume to continue")
        return 130

    s = summary
    rate = s.processed / s.seconds if s.seconds > 0 else 0.0
    shard_note = f" (shard {shard.index}/{shard.count} of {len(files)})" if shard else ""
    say(f"{s.total} reports{shard_note}: {s.processed - len(s.failed)} extracted, "
        f"{s.skipped_done} skipped as already done, {len(s.failed)} failed "
        f"in {s.seconds:.1f} s ({rate:.1f} reports/s)")
    for f, reason in s.failed[:SHOWN_FAILURES]:
        say(f"  failed: {f}: {reason}")
    if len(s.failed) > SHOWN_FAILURES:
        say(f"  ... and {len(s.failed) - SHOWN_FAILURES} more (see the 'error' field of {jsonl})")
    for w in s.warnings:
        say(f"warning: {w}")
    say(f"wrote {jsonl}" + (f" and {table_path}" if table_path else ""))
    return 1 if s.all_failed else 0
