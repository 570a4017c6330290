"""Worker side of a batch run: one process per core, each loading the model once, and the pool that
feeds them and survives a worker that dies (a crash or the out-of-memory killer).
"""
from __future__ import annotations

import os
import signal
import time
from collections import deque
from typing import Any, Callable

from infer.batch.store import BatchError, input_stamp
from infer.textio import DEFAULT_MAX_BYTES


class FatalWorkerError(BatchError):
    """The model (or the pipeline) cannot start in a worker: the whole run stops with one line."""


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


def _error_record(path: str, exc: Exception, shown_as: str | None = None) -> dict[str, Any]:
    msg = str(exc).splitlines()[0] if str(exc) else ""
    if msg.startswith(f"{path}: "):  # InputError names the file; the record already does
        msg = msg[len(path) + 2:]
    return {"file": shown_as or path, "error": f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__}


def process_one(path: str) -> dict[str, Any]:
    """Extract one report; any failure becomes an error record so the run goes on. A URI
    (``s3://…``, see :mod:`infer.batch.sources`) is fetched to a temporary file first."""
    if _WORKER_FATAL is not None:
        return {"file": path, "fatal": _WORKER_FATAL}
    if "://" in path:
        from infer.batch.sources import is_uri, local_copy

        if is_uri(path):
            stamp = input_stamp(path)
            try:
                with local_copy(path) as local:
                    return _process_local(local, stamp, shown_as=path)
            except OSError as exc:
                return {"file": path, "error": f"InputError: cannot fetch: {str(exc).splitlines()[0]}"}
    return _process_local(path, input_stamp(path))  # stamp before reading: a change while extracting shows


def _process_local(path: str, stamp: dict[str, int] | None, shown_as: str | None = None) -> dict[str, Any]:
    assert _WORKER_EXTRACT is not None, "worker not initialised"
    try:
        res = _WORKER_EXTRACT(path)
    except Exception as exc:  # one bad file must never stop a run over thousands
        return _error_record(path, exc, shown_as)
    rec: dict[str, Any] = {"file": shown_as or path, "error": None}
    rec.update((k, v) for k, v in res.items() if k != "file")
    if stamp is not None:
        rec["input"] = stamp
    return rec


def _check_fatal(rec: dict[str, Any]) -> None:
    if "fatal" in rec:
        raise FatalWorkerError(f"cannot start extraction: {rec['fatal']}")


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
