"""Extraction over whole collections: many files, worker processes, resumable, shardable.

Users run nianbao on every bureau of a province or ten years of reports, so a batch run must
(1) use both cores (one worker process per core, each loading the model once), (2) write each finished
report immediately (JSONL, one report per line) so a killed run loses nothing finished, (3) skip what
is already done with ``--resume`` (and only that: a changed input or a run with another model is not
"done"), (4) report a broken file or an unreadable folder and go on, (5) survive a worker that dies
(a crash or the out-of-memory killer) by isolating the file that killed it, (6) split a collection
deterministically with ``--shard K/N`` so several machines can share it, and (7) never let two runs
write the same JSONL at once.

The parts, one module each: :mod:`~infer.batch.inputs` (files, folders, globs, shards),
:mod:`~infer.batch.sources` (manifests and URIs), :mod:`~infer.batch.store` (the JSONL, its lock,
record validation), :mod:`~infer.batch.workers` (worker processes and the pool),
:mod:`~infer.batch.table` (the flat CSV/Parquet table) and :mod:`~infer.batch.run` (orchestration and
the command-line summary). The Ray engine (``--engine ray``) reuses all of them and adds
:mod:`~infer.batch.ray_engine` (Ray Data actors) and :mod:`~infer.batch.parts` (its Parquet parts);
both are imported only when used, so the local engine never needs Ray.
"""
from __future__ import annotations

from pathlib import Path

from infer.batch.inputs import REPORT_SUFFIXES, Inputs, Shard, expand, expand_inputs
from infer.batch.run import SHOWN_FAILURES, BatchSummary, available_cores, batch_command, model_identity, run_batch
from infer.batch.store import (BatchError, Entry, RunLock, index_jsonl, read_done, record_problem,
                               truncate_torn_tail)
from infer.batch.table import flat_columns, flatten, write_table
from infer.batch.workers import _init_worker, _run_pool, process_one

_truncate_torn_tail = truncate_torn_tail


def _index_jsonl(jsonl: Path) -> dict[str, Entry]:
    """Where each file's last valid record is (kept for callers of the single-module layout)."""
    return index_jsonl(jsonl).entries


__all__ = ["REPORT_SUFFIXES", "SHOWN_FAILURES", "BatchError", "BatchSummary", "Inputs", "RunLock", "Shard",
           "available_cores", "batch_command", "expand", "expand_inputs", "flat_columns", "flatten",
           "index_jsonl", "model_identity", "process_one", "read_done", "record_problem", "run_batch",
           "write_table", "_init_worker", "_run_pool"]
