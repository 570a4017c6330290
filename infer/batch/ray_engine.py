"""``infer extract … --engine ray --output DIR``: the same batch run on a Ray cluster.

A million reports take about four days on one 2-core machine; a cluster that already runs Ray can take
them in hours, without the user starting, watching, retrying and merging ``--shard`` runs by hand. What
stays the same as the local engine (and is shared with it, not copied): the inputs (files, folders,
globs, ``--shard``, plus manifests and URIs from :mod:`~infer.batch.sources`), the per-report work
(:func:`~infer.batch.workers.process_one`: a broken file is an error record, never a failed job), the
record and its validation, the flat columns, the exclusive lock on the output, the ``--resume`` plan
(size and modification time, else the text's sha256, and the same model) and the summary line.

What differs: Ray Data streams the inputs through a pool of actors (``map_batches`` with an actor class),
each loading the tagger once; the model's files travel through Ray's object store, so a worker needs
nianbao installed but not the model folder. The driver receives the records as they finish and writes
them as Parquet parts (:mod:`~infer.batch.parts`), so the output folder grows while the job runs and a
killed job loses at most one unwritten part.

Where Ray runs: ``address=None`` (and no ``RAY_ADDRESS``, which ``ray job submit`` sets) starts a
private runtime on this machine, reachable on 127.0.0.1 only, without the dashboard or usage reporting,
stopped at the end; ``auto`` joins the cluster this machine belongs to; ``ray://HOST:10001`` connects as
a Ray client.
"""
from __future__ import annotations

import json
import logging
import math
import os
import tempfile
import time
import warnings
from collections import deque
from pathlib import Path
from typing import Any, Callable

from infer.batch.inputs import Shard
from infer.batch.parts import PartsIndex, PartWriter, check_record, compact, list_parts, read_records, scan
from infer.batch.run import BatchSummary, _check_settings, _plan, _size_of, available_cores, model_identity
from infer.batch.store import BatchError, RunLock, remove_quietly
from infer.batch.workers import FatalWorkerError, _init_worker, process_one
from infer.textio import DEFAULT_MAX_BYTES

#: Reports per Ray Data block: small enough that two actors share a small collection and a lost block
#: costs little, large enough that a million reports are not a million scheduler tasks.
MAX_BLOCK_REPORTS = 16
#: Set for every Ray process this module starts or joins: Ray must not phone home.
QUIET_RAY_ENV = {"RAY_USAGE_STATS_ENABLED": "0"}
WORKER_DIED = ("WorkerDied: the Ray worker died while extracting this file, also when it was tried alone (a "
               "crash, or killed for lack of memory)")


# --- the actor ---------------------------------------------------------------------------------------

class Extractor:
    """One per Ray worker: the tagger is loaded once in ``__init__``, then every batch of paths goes
    through :func:`process_one` (the local engine's per-report function)."""

    def __init__(self, model_files: tuple[Any, ...] | None, use_model: bool, max_bytes: int | None) -> None:
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        model_dir = None
        if use_model and model_files is not None:
            import ray

            files: dict[str, bytes] = ray.get(model_files[0])  # wrapped in a tuple: Ray leaves it a reference
            model_dir = tempfile.mkdtemp(prefix="nianbao-model-")
            for rel, data in files.items():
                target = Path(model_dir, rel)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        _init_worker(model_dir, use_model, 1, max_bytes, in_pool=False)  # one CPU per actor

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        recs = [process_one(str(p)) for p in batch["path"]]
        return {"file": np.array([r["file"] for r in recs], dtype=object),
                "record": np.array([json.dumps(r, ensure_ascii=False) for r in recs], dtype=object)}


def model_files(model_dir: str | None) -> dict[str, bytes]:
    """The model folder's files by relative path (an adapter is a few MB; a full model a few hundred)."""
    from infer.tagger import DEFAULT_MODEL_DIR

    folder = Path(model_dir) if model_dir else DEFAULT_MODEL_DIR
    try:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    except OSError as exc:
        raise BatchError(f"cannot read the model folder {folder}: {exc.strerror or exc}") from None


# --- connecting ----------------------------------------------------------------------------------------

def connect(address: str | None, cpus: int | None) -> bool:
    """Start or join Ray; True if this call started a private local runtime (to be shut down after).

    The private runtime listens on 127.0.0.1 only: Ray binds its servers to the node's address, and
    ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0`` makes that address the loopback one (Ray's own single-machine
    mode, as on a laptop), so nothing is reachable from the network."""
    for k, v in QUIET_RAY_ENV.items():
        os.environ.setdefault(k, v)
    local = address is None and not os.environ.get("RAY_ADDRESS")
    if local:
        os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    try:
        import ray
    except ImportError:
        raise BatchError("--engine ray needs Ray: pip install 'nianbao[ray]'") from None
    if ray.is_initialized():
        return False
    if local:
        from ray._private import ray_constants

        ray_constants.ENABLE_RAY_CLUSTER = False  # if ray was imported before the variable was set
        ray.init(address="local", num_cpus=cpus or available_cores(), include_dashboard=False,
                 logging_level=logging.WARNING, runtime_env={"env_vars": dict(QUIET_RAY_ENV)})
        return True
    try:
        ray.init(address=address, logging_level=logging.WARNING)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise BatchError(f"cannot connect to Ray at {address or os.environ.get('RAY_ADDRESS')}: "
                         f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    return False


# --- one pass over Ray Data ------------------------------------------------------------------------------

def _extract_pass(todo: list[str], actors: int, per_block: int, init: dict[str, Any], progress: bool,
                  write: Callable[[dict[str, Any]], None], done: set[str]) -> None:
    """Stream ``todo`` through ``actors`` extractors, adding to ``done`` the files whose record came back
    (a block whose worker died past Ray's retries is dropped, not fatal: the caller tries its files again)."""
    import ray

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = progress
    ctx.max_errored_blocks = len(todo)  # a lost block is retried by the caller, never a failed job
    logging.getLogger("ray.data").setLevel(logging.INFO if progress else logging.WARNING)
    blocks = max(1, math.ceil(len(todo) / per_block))
    ds = ray.data.from_items([{"path": p} for p in todo], override_num_blocks=blocks)
    with warnings.catch_warnings():  # Ray deprecates retries as **ray_remote_args, and names no successor
        warnings.simplefilter("ignore")
        # bounded retries: Ray Data's default (restart forever) would loop on a file that kills its worker
        ds = ds.map_batches(Extractor, fn_constructor_kwargs=init, batch_size=1, batch_format="numpy", num_cpus=1,
                            compute=ray.data.ActorPoolStrategy(size=actors), max_restarts=2, max_task_retries=1)
    for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
        for line in batch["record"]:
            rec = json.loads(line)
            if "fatal" in rec:
                raise FatalWorkerError(f"cannot start extraction: {rec['fatal']}")
            done.add(rec["file"])
            write(rec)


def extract_on_ray(todo: list[str], write: Callable[[dict[str, Any]], None], *, address: str | None,
                   workers: int | None, model_dir: str | None, use_model: bool, max_bytes: int | None,
                   progress: bool) -> list[str]:
    """Extract ``todo`` on Ray, calling ``write`` with each record as it arrives. Returns the warnings."""
    started = connect(address, workers)
    notes: list[str] = []
    try:
        import ray
        from ray.exceptions import RayError

        cpus = int(ray.cluster_resources().get("CPU", 1))
        actors = max(1, min(workers or cpus, len(todo)))
        if workers and workers > cpus:
            notes.append(f"--workers {workers}: the cluster has {cpus} CPU(s); {workers} actors were "
                            "requested anyway (Ray starts them as CPUs free up)")
        model = (ray.put(model_files(model_dir)),) if use_model else None
        init = {"model_files": model, "use_model": use_model, "max_bytes": max_bytes}
        per_block = max(1, min(MAX_BLOCK_REPORTS, len(todo) // (4 * actors)))
        done: set[str] = set()

        def attempt(group: list[str], per: int) -> list[str]:
            try:
                _extract_pass(group, min(actors, len(group)), per, init, progress, write, done)
            except RayError:  # a dead worker that Ray Data did not absorb: what came back is kept
                pass
            return [f for f in group if f not in done]

        # files lost with a dead worker are tried again, one per block; a group that makes no progress is
        # halved, so only a file that kills its worker when tried alone is given up
        groups = deque([attempt(todo, per_block)])
        while groups:
            group = [f for f in groups.popleft() if f not in done]
            if not group:
                continue
            still = attempt(group, 1)
            if still and len(still) < len(group):
                groups.append(still)
            elif len(still) == 1:
                write({"file": still[0], "error": WORKER_DIED})
            elif still:
                groups.extend([still[:len(still) // 2], still[len(still) // 2:]])
    finally:
        if started:
            ray.shutdown()
    return notes


# --- the run -----------------------------------------------------------------------------------------------

def run_ray(files: list[str], out_dir: Path, *, address: str | None = None, resume: bool = False,
            overwrite: bool = False, shard: Shard | None = None, workers: int | None = None,
            model_dir: str | None = None, use_model: bool = True, max_bytes: int | None = DEFAULT_MAX_BYTES,
            progress: bool = True, problems: dict[str, str] | None = None, part_rows: int = 500,
            part_seconds: float = 30.0) -> BatchSummary:
    """Extract ``files`` on Ray into Parquet parts in ``out_dir``, resumably; the local engine's
    :func:`~infer.batch.run.run_batch` with a folder for the JSONL. Raises
    :class:`~infer.batch.store.BatchError` if the run cannot start or go on (the folder is locked by
    another run or holds another model's results, the model does not load, the disk is full)."""
    t0 = time.perf_counter()
    problems = problems or {}
    if shard is not None:
        files = [f for f in files if shard.owns(f)]
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(f"{out_dir} is a file; --output needs a folder for the Parquet parts")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        lock = RunLock(out_dir / "parts", option="--output").acquire()
    except OSError as exc:
        raise BatchError(f"cannot write in {out_dir}: {exc.strerror or exc}") from None
    try:
        return _locked_run(files, out_dir, address, resume, overwrite, workers, model_dir, use_model, max_bytes,
                           progress, problems, part_rows, part_seconds, t0)
    finally:
        lock.release()


def _restamped(out_dir: Path, restamp: dict[str, dict[str, int]]) -> list[dict[str, Any]]:
    """Records kept by ``--resume`` whose file was only touched: the same record, the new stamp."""
    if not restamp:
        return []
    old = read_records(out_dir)
    return [{**old[f], "input": stamp} for f, stamp in restamp.items() if f in old]


def _locked_run(files: list[str], out_dir: Path, address: str | None, resume: bool, overwrite: bool,
                workers: int | None, model_dir: str | None, use_model: bool, max_bytes: int | None,
                progress: bool, problems: dict[str, str], part_rows: int, part_seconds: float,
                t0: float) -> BatchSummary:
    for leftover in out_dir.glob(".part-*.tmp"):  # a part being written when a run was killed
        remove_quietly(leftover)
    existing = list_parts(out_dir)
    if existing and not resume:
        if not overwrite:
            raise BatchError(f"{out_dir} already holds results: add --resume to continue it, or --overwrite to "
                             "start over")
        for _, path in existing:
            path.unlink()
    run = {"model": model_identity(model_dir) if use_model else None}
    index = scan(out_dir) if resume else PartsIndex()
    notes: list[str] = []
    if index.invalid:
        notes.append(f"{index.invalid} part(s) of {out_dir} could not be read (e.g. {index.example}): set "
                        "aside as .bad, and their reports extracted again")
    _check_settings(index, run, out_dir)  # type: ignore[arg-type]  # same fields as the JSONL's index
    wanted = set(files)
    plan = _plan(files, index, problems, max_bytes)  # type: ignore[arg-type]
    if plan.changed:
        notes.append(f"{plan.changed} input(s) changed since they were extracted (size, time and text): "
                        "extracted again")

    writer = PartWriter(out_dir, rows=part_rows, seconds=part_seconds)
    failed: dict[str, str] = {}
    bytes_read = 0

    def write(rec: dict[str, Any]) -> None:
        nonlocal bytes_read
        rec["run"] = run
        check_record(rec)  # what the JSONL store would accept, or the run stops
        writer.add(rec)
        if rec.get("error"):
            failed[rec["file"]] = rec["error"]
        else:
            failed.pop(rec["file"], None)
        bytes_read += _size_of(rec)

    for rec in _restamped(out_dir, plan.restamp):
        writer.add(rec)
    for f in plan.todo:
        if f in problems:
            write({"file": f, "error": f"InputError: {problems[f]}"})
    extract_todo = [f for f in plan.todo if f not in problems]
    try:
        if extract_todo:
            notes += extract_on_ray(extract_todo, write, address=address, workers=workers, model_dir=model_dir,
                                       use_model=use_model, max_bytes=max_bytes, progress=progress)
    finally:
        writer.flush()  # what finished is kept, whatever stopped the run
    final = scan(out_dir)
    compact(out_dir, final)
    others = [f for f in final.entries if f not in wanted]
    if others:
        notes.append(f"{len(others)} record(s) in {out_dir} are for files not among this run's inputs: kept")
    succeeded = sum(1 for f, e in final.entries.items() if f in wanted and e.ok)
    return BatchSummary(total=len(files), skipped_done=len(files) - len(plan.todo), processed=len(plan.todo),
                        failed=[(f, failed[f]) for f in files if f in failed], seconds=time.perf_counter() - t0,
                        other_records=len(others), succeeded_total=succeeded, bytes_read=bytes_read,
                        warnings=notes)


def ray_command(inputs: list[str], out_dir: Path, *, address: str | None, resume: bool, overwrite: bool,
                shard_spec: str | None, workers: int | None, model_dir: str | None, use_model: bool,
                max_bytes: int | None, progress: bool = True) -> int:
    """``infer extract … --engine ray --output DIR``: run, print the summary on stderr, return the exit
    code (the local engine's codes: 0, 1 when every report failed, 2 for a usage error, 130 when
    interrupted)."""
    from infer.batch.inputs import NO_REPORT_FILES
    from infer.batch.run import run_command
    from infer.textio import printable

    return run_command(
        inputs, workers, shard_spec, out_dir, NO_REPORT_FILES,
        f"{printable(str(out_dir))} (Parquet parts; pandas.read_parquet reads the folder)",
        lambda files, shard, problems: run_ray(
            files, out_dir, address=address, resume=resume, overwrite=overwrite, shard=shard, workers=workers,
            model_dir=model_dir, use_model=use_model, max_bytes=max_bytes, progress=progress, problems=problems))
