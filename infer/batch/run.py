"""Orchestration of a batch run: lock the JSONL, decide what is still to do, run the workers, and
rewrite the JSONL in input order with the flat table beside it.

When the run completes, the JSONL is rewritten in input order and the flat table is produced from
it, so an interrupted-then-resumed run ends byte-identical to an uninterrupted one. Both final steps
stream record by record: memory stays flat for any number of reports.

On ``--resume``, a report is skipped only if its record is valid, was made with this run's settings
(the same model, or both ``--no-model``) and its file is unchanged (same size and modification time,
or, if those moved, the same decoded text by sha256). Reports that failed are tried again (the user
may have fixed the file; a deterministic failure simply yields the same error record).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from infer.batch.inputs import NO_REPORT_FILES, Shard
from infer.batch.sources import expand_sources
from infer.batch.store import (BatchError, Index, RunLock, _dumps, describe_run, index_jsonl, input_stamp,
                               read_at, remove_quietly, tmp_path, truncate_torn_tail)
from infer.batch.table import _TableWriter
from infer.batch.workers import _run_here, _run_pool
from infer.textio import DEFAULT_MAX_BYTES


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


def model_identity(model_dir: str | None) -> str:
    """Which model made a record: the model folder's name and a hash of its files, so a resumed run
    with another (or retrained) model is told apart from the one that started the file."""
    from infer.tagger import DEFAULT_MODEL_DIR

    folder = Path(model_dir) if model_dir else DEFAULT_MODEL_DIR
    h = hashlib.sha256()
    try:
        for p in sorted(q for q in folder.rglob("*") if q.is_file() and q.suffix != ".md"):
            h.update(p.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            h.update(p.read_bytes())
    except OSError:
        return str(folder)  # unreadable: loading it will fail with its own message
    return f"{folder.resolve().name}-{h.hexdigest()[:12]}"


def _size_of(rec: dict[str, Any]) -> int:
    if rec.get("error"):
        return 0
    return int((rec.get("input") or {}).get("size") or 0)


def _same_text(path: str, sha256: str | None, max_bytes: int | None) -> bool:
    """Does ``path`` still decode to the text whose sha256 the record holds (a file only touched)?"""
    from infer.batch.sources import is_uri, local_copy
    from infer.textio import load_report

    if sha256 is None:
        return False
    try:
        if is_uri(path):
            with local_copy(path) as local:
                return load_report(local, max_bytes=max_bytes).sha256 == sha256
        return load_report(path, max_bytes=max_bytes).sha256 == sha256
    except Exception:  # noqa: BLE001 - unreadable now: extract again, which records the reason
        return False


@dataclass
class _Plan:
    todo: list[str]
    restamp: dict[str, dict[str, int]]  # unchanged text, new size/mtime: the record is updated
    changed: int


def _plan(files: list[str], index: Index, problems: dict[str, str], max_bytes: int | None) -> _Plan:
    plan = _Plan([], {}, 0)
    for f in files:
        e = index.entries.get(f)
        if f in problems or e is None or not e.ok:
            plan.todo.append(f)
            continue
        now = input_stamp(f)
        if now == e.input:
            continue
        if now is not None and _same_text(f, e.text_sha256, max_bytes):
            plan.restamp[f] = now
            continue
        plan.changed += 1
        plan.todo.append(f)
    return plan


def _check_settings(index: Index, run: dict[str, Any], jsonl: Path) -> None:
    """Refuse to mix two models' facts in one output (``index`` may be any index whose entries have
    ``ok`` and ``run``: the JSONL's, or the Ray engine's Parquet parts')."""
    other = sorted({describe_run(e.run) for e in index.entries.values() if e.ok and e.run != run})
    if other:
        raise BatchError(f"{jsonl} was written with {' and '.join(other)} but this run uses {describe_run(run)}: "
                         "resume with the same settings, or start over with --overwrite")


def _check_table_format(table_path: Path | None) -> None:
    if table_path is not None and table_path.suffix.lower() == ".parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise BatchError("writing Parquet needs pyarrow (pip install pyarrow), or give a .csv table path") \
                from None


def run_batch(files: list[str], jsonl: Path, *, table_path: Path | None = None, resume: bool = False,
              overwrite: bool = False, shard: Shard | None = None, workers: int | None = None,
              model_dir: str | None = None, use_model: bool = True, max_bytes: int | None = DEFAULT_MAX_BYTES,
              progress: bool = True, problems: dict[str, str] | None = None, force_workers: bool = False,
              on_record: Callable[[dict[str, Any]], None] | None = None) -> BatchSummary:
    """Extract ``files`` into ``jsonl`` (and the flat table at ``table_path``), resumably.

    ``workers`` defaults to one per available core (capped by the number of reports, and by the
    cores unless ``force_workers``); with one worker the extraction runs in this process. Without
    ``resume`` an existing non-empty ``jsonl`` is refused unless ``overwrite`` is set, so hours of work
    are never truncated by a forgotten flag. ``problems`` maps inputs already known to be unusable
    (a folder that cannot be listed) to a reason: they get an error record without being read.
    Raises :class:`BatchError` if the run cannot start or go on: another run holds the JSONL, its
    records were made with other settings, the model does not load, the disk is full.
    """
    t0 = time.perf_counter()
    problems = problems or {}
    if shard is not None:
        files = [f for f in files if shard.owns(f)]
    if jsonl.is_dir():
        raise BatchError(f"{jsonl} is a directory; --jsonl needs a file path")
    _check_table_format(table_path)
    try:
        jsonl.parent.mkdir(parents=True, exist_ok=True)
        lock = RunLock(jsonl).acquire()
    except OSError as exc:
        raise BatchError(f"cannot write beside {jsonl}: {exc.strerror or exc}") from None
    try:
        return _locked_run(files, jsonl, table_path, resume, overwrite, workers, model_dir, use_model, max_bytes,
                           progress, problems, force_workers, on_record, t0)
    finally:
        lock.release()


def _locked_run(files: list[str], jsonl: Path, table_path: Path | None, resume: bool, overwrite: bool,
                workers: int | None, model_dir: str | None, use_model: bool, max_bytes: int | None,
                progress: bool, problems: dict[str, str], force_workers: bool,
                on_record: Callable[[dict[str, Any]], None] | None, t0: float) -> BatchSummary:
    from tqdm import tqdm

    # leftovers of a final rewrite that failed (a full disk): never read, always replaced
    remove_quietly(tmp_path(jsonl))
    if table_path is not None:
        remove_quietly(tmp_path(table_path))
    run = {"model": model_identity(model_dir) if use_model else None}
    warnings: list[str] = []
    try:
        if resume:
            truncate_torn_tail(jsonl)
            index = index_jsonl(jsonl)
        else:
            if jsonl.exists() and jsonl.stat().st_size > 0 and not overwrite:
                raise BatchError(f"{jsonl} already exists: add --resume to continue it, or --overwrite to start over")
            jsonl.write_bytes(b"")
            index = Index({})
    except OSError as exc:
        raise BatchError(f"cannot use {jsonl}: {exc.strerror or exc}") from None
    if index.invalid:
        warnings.append(f"{index.invalid} line(s) of {jsonl} are not valid records (e.g. {index.example}): "
                        "ignored, and their reports extracted again")
    _check_settings(index, run, jsonl)
    wanted = set(files)
    plan = _plan(files, index, problems, max_bytes)
    if plan.changed:
        warnings.append(f"{plan.changed} input(s) changed since they were extracted (size, time and text): "
                        "extracted again")
    todo = plan.todo
    extract_todo = [f for f in todo if f not in problems]
    cores = available_cores()
    if workers is not None and workers > cores and not force_workers:
        warnings.append(f"--workers {workers} lowered to the {cores} available core(s) (each worker holds a "
                        "model; add --force-workers to run more)")
        workers = cores
    workers = max(1, min(workers or cores, len(extract_todo) or 1))
    threads = max(1, cores // workers)

    failed: dict[str, str] = {}
    bytes_read = 0
    try:
        out = open(jsonl, "a", encoding="utf-8")
    except OSError as exc:
        raise BatchError(f"cannot write {jsonl}: {exc.strerror or exc}") from None
    with out:
        bar = tqdm(total=len(todo), unit="report", disable=not progress, desc="extract", dynamic_ncols=True)

        def write(rec: dict[str, Any]) -> None:
            nonlocal bytes_read
            rec["run"] = run
            try:
                out.write(_dumps(rec))
                out.flush()
            except OSError as exc:
                raise BatchError(f"cannot write {jsonl}: {exc.strerror or exc}; every report finished before "
                                 "is kept: fix this and rerun with --resume") from None
            if rec.get("error"):
                failed[rec["file"]] = rec["error"]
            bytes_read += _size_of(rec)
            bar.update()
            if failed:
                bar.set_postfix(failed=len(failed), refresh=False)
            if on_record is not None:
                on_record(rec)

        try:
            for f in todo:
                if f in problems:
                    write({"file": f, "error": f"InputError: {problems[f]}"})
            init = (model_dir, use_model, threads, max_bytes)
            if not extract_todo:
                pass
            elif workers == 1:
                _run_here(extract_todo, init, write)
            else:
                _run_pool(extract_todo, workers, init, write)
        finally:
            bar.close()

    succeeded, others, dropped = _final_rewrite(jsonl, files, wanted, table_path, plan.restamp)
    if others:
        warnings.append(f"{others} record(s) in {jsonl} are for files not among this run's inputs: "
                        "kept, after the others")
    return BatchSummary(total=len(files), skipped_done=len(files) - len(todo), processed=len(todo),
                        failed=[(f, failed[f]) for f in files if f in failed], seconds=time.perf_counter() - t0,
                        other_records=others, succeeded_total=succeeded, bytes_read=bytes_read,
                        warnings=warnings)


def _final_rewrite(jsonl: Path, files: list[str], wanted: set[str], table_path: Path | None,
                   restamp: dict[str, dict[str, int]]) -> tuple[int, int, int]:
    """Input order (then any records of files outside this run's inputs), streamed, via ``.tmp``
    files that are removed if anything fails. Returns (successes, other records, dropped lines)."""
    index = index_jsonl(jsonl)
    others = [f for f in index.entries if f not in wanted]
    ordered = [f for f in files if f in index.entries] + others
    tmp = tmp_path(jsonl)
    table = None
    succeeded = 0
    try:
        table = _TableWriter(table_path) if table_path is not None else None
        with open(jsonl, "rb") as src, open(tmp, "wb") as dst:
            for f in ordered:
                e = index.entries[f]
                line = read_at(src, e)
                if f in restamp:
                    rec = json.loads(line)
                    rec["input"] = restamp[f]
                    line = _dumps(rec).encode("utf-8")
                dst.write(line if line.endswith(b"\n") else line + b"\n")
                if f in wanted and e.ok:
                    succeeded += 1
                if table is not None:
                    table.add(json.loads(line))
        tmp.replace(jsonl)
        if table is not None:
            table.close()
    except OSError as exc:
        remove_quietly(tmp)
        if table is not None:
            table.abort()
        raise BatchError(f"cannot write the final {jsonl.name}/table: {exc.strerror or exc}; every finished "
                         f"report is still in {jsonl}: free some space and rerun with --resume") from None
    return succeeded, len(others), index.invalid


# --- command-line glue (used by ``infer extract --jsonl``) -------------------------------------------

#: How many failed files the end-of-run summary lists one by one (all are in the JSONL and the table).
SHOWN_FAILURES = 20


def batch_command(inputs: list[str], jsonl: Path, *, table_path: Path | None, resume: bool, overwrite: bool,
                  shard_spec: str | None, workers: int | None, model_dir: str | None, use_model: bool,
                  max_bytes: int | None, progress: bool = True, force_workers: bool = False) -> int:
    """``infer extract ... --jsonl OUT.jsonl``: run, print the summary on stderr, return the exit code.

    Exit codes: 0 when at least one report was extracted (failed files are listed, and recorded with
    their reason in the JSONL ``error`` field and the table's ``error`` column); 1 when every report
    failed (nothing usable came out: usually a systematic problem); 2 for a usage error (bad
    ``--shard``, no report found, an existing JSONL without ``--resume``/``--overwrite``, another run
    writing the same JSONL, a resume with other settings, a model that does not load, a full disk);
    130 when interrupted (rerun with ``--resume`` to continue).
    """
    from infer.textio import printable

    if table_path is not None and table_path.suffix.lower() not in (".csv", ".parquet"):
        _say(f"error: --table {printable(str(table_path))}: the name must end in .csv or .parquet")
        return 2
    return run_command(
        inputs, workers, shard_spec, jsonl, NO_REPORT_FILES,
        f"{printable(str(jsonl))}" + (f" and {printable(str(table_path))}" if table_path else ""),
        lambda files, shard, problems: run_batch(
            files, jsonl, table_path=table_path, resume=resume, overwrite=overwrite, shard=shard,
            workers=workers, model_dir=model_dir, use_model=use_model, max_bytes=max_bytes, progress=progress,
            problems=problems, force_workers=force_workers))


def _say(msg: str) -> None:
    print(f"infer: {msg}", file=sys.stderr)


def run_command(inputs: list[str], workers: int | None, shard_spec: str | None, output: Path, nothing_found: str,
                written_to: str, run: Callable[[list[Path], Shard | None, list], BatchSummary]) -> int:
    """The command-line glue both engines share: check ``--workers``/``--shard``, expand the inputs, run,
    turn errors and Ctrl-C into one line and an exit code, print the summary (codes: see
    :func:`batch_command`)."""
    from infer.textio import printable

    if workers is not None and workers < 1:
        _say("error: --workers must be at least 1")
        return 2
    try:
        shard = Shard.parse(shard_spec) if shard_spec else None
    except ValueError as exc:
        _say(f"error: {exc}")
        return 2
    found = expand_sources(inputs)
    if not found.files:
        _say(f"error: {nothing_found} found in " + ", ".join(printable(i) for i in inputs))
        return 2
    try:
        summary = run(found.files, shard, found.problems)
    except BatchError as exc:
        _say(f"error: {printable(str(exc))}" + (" (use --no-model to read the tables only)"
                                                 if "extraction" in str(exc) else ""))
        return 2
    except KeyboardInterrupt:
        _say(f"interrupted: finished reports are in {printable(str(output))}; run the same command with --resume "
             "to continue")
        return 130
    print_summary(summary, len(found.files), shard, str(output), written_to)
    return 1 if summary.all_failed else 0


def print_summary(s: BatchSummary, n_files: int, shard: Shard | None, where: str, wrote: str) -> None:
    """The end-of-run lines on stderr, the same for every engine: counts and rate, the first failures,
    warnings, and what was written (``where`` is named for the failures not shown)."""
    from infer.textio import printable

    def say(msg: str) -> None:
        print(f"infer: {msg}", file=sys.stderr)

    rate = s.processed / s.seconds if s.seconds > 0 else 0.0
    shard_note = f" (shard {shard.index}/{shard.count} of {n_files})" if shard else ""
    say(f"{s.total} reports{shard_note}: {s.processed - len(s.failed)} extracted, "
        f"{s.skipped_done} skipped as already done, {len(s.failed)} failed "
        f"in {s.seconds:.1f} s ({rate:.1f} reports/s)")
    for f, reason in s.failed[:SHOWN_FAILURES]:
        say(f"  failed: {printable(f)}: {printable(reason)}")
    if len(s.failed) > SHOWN_FAILURES:
        say(f"  ... and {len(s.failed) - SHOWN_FAILURES} more (see the 'error' field of {printable(where)})")
    for w in s.warnings:
        say(f"warning: {printable(w)}")
    say(f"wrote {wrote}")
