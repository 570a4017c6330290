"""The record store: the JSONL file of a batch run, its lock, and what ``--resume`` may trust in it.

One JSON object per line, one line per report. Besides the extraction result (the JSON contract),
each record carries two things ``--resume`` needs to tell a finished report from a stale one:

* ``input``: the size and modification time of the file when it was read, so an input replaced
  since the last run is noticed (and its text's sha256 compared with the stored ``text_sha256``);
* ``run``: the settings that shape the result (the model's identity, or ``null`` for ``--no-model``),
  so a run resumed with another model is refused instead of mixing two models' facts in one file.

A line that is not a valid record (torn, not an object, wrong-typed fields) is never trusted: its
report is extracted again and the run says how many such lines it met.

Only one run may write a JSONL at a time: :class:`RunLock` holds an exclusive ``flock`` on a
sidecar file for the run's lifetime (a lock on the JSONL itself would not survive the final rewrite,
which replaces the file).
"""
from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

#: Record keys every successful record has, with their JSON types.
_DONE_TYPES: dict[str, tuple[type, ...]] = {
    "encoding": (str,), "text_sha256": (str,), "prose": (dict,), "table": (dict,),
    "reconciliation": (list,), "warnings": (list,), "input": (dict,), "run": (dict,),
}
_NUMBER = (int, float)


class BatchError(Exception):
    """A batch run cannot start or go on (one-line message for the CLI): the JSONL is locked by another
    run or was written with other settings, the model does not load, the disk is full, ..."""


def _dumps(rec: dict[str, Any]) -> str:
    return json.dumps(rec, ensure_ascii=False) + "\n"


# --- validation ------------------------------------------------------------------------------------

def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _facts_ok(facts: Any) -> bool:
    return isinstance(facts, list) and all(
        isinstance(f, dict) and isinstance(f.get("field"), str) and isinstance(f.get("value"), _NUMBER)
        and not isinstance(f.get("value"), bool) for f in facts)


def _checks_ok(checks: Any) -> bool:
    return isinstance(checks, list) and all(isinstance(c, dict) for c in checks)


def record_problem(rec: Any) -> str | None:
    """Why ``rec`` is not a record this store can use, or ``None`` if it is.

    An error record needs ``file`` and a string ``error``; a successful one the whole contract with
    the right types (a record whose fields have the wrong type would crash the table writer or, worse,
    put wrong numbers in it)."""
    if not isinstance(rec, dict):
        return f"a JSON {type(rec).__name__}, not an object"
    if not isinstance(rec.get("file"), str) or not rec["file"]:
        return "no 'file'"
    err = rec.get("error")
    if err is not None:
        return None if isinstance(err, str) and err else "'error' is neither null nor a message"
    for key, types in _DONE_TYPES.items():
        if not isinstance(rec.get(key), types):
            return f"'{key}' missing or not a {types[0].__name__}"
    prose, table = rec["prose"], rec["table"]
    if not (_facts_ok(prose.get("facts")) and _checks_ok(prose.get("checks"))):
        return "'prose' facts/checks malformed"
    if not (_facts_ok(table.get("facts")) and _checks_ok(table.get("checks"))):
        return "'table' facts/checks malformed"
    if not all(isinstance(table.get(k), (str, type(None))) for k in ("template", "status")):
        return "'table' template/status malformed"
    for r in rec["reconciliation"]:
        if not (isinstance(r, dict) and isinstance(r.get("field"), str) and isinstance(r.get("status"), str)
                and all(r.get(k) is None or (isinstance(r.get(k), _NUMBER) and not isinstance(r.get(k), bool))
                        for k in ("prose", "table"))):
            return "'reconciliation' malformed"
    if not all(isinstance(w, str) for w in rec["warnings"]):
        return "'warnings' malformed"
    if not (_is_int(rec["input"].get("size")) and _is_int(rec["input"].get("mtime_ns"))):
        return "'input' malformed"
    return None


# --- the index -------------------------------------------------------------------------------------

@dataclass
class Entry:
    offset: int
    length: int
    ok: bool  # a valid successful record
    run: dict[str, Any] | None = None
    input: dict[str, Any] | None = None
    text_sha256: str | None = None


@dataclass
class Index:
    """Where each file's last valid record is, and how many lines could not be trusted."""

    entries: dict[str, Entry]
    invalid: int = 0  # lines that are not valid records (ignored; their reports are redone)
    example: str = ""  # one reason, for the warning


def index_jsonl(jsonl: Path) -> Index:
    """Read the JSONL once: the last valid record of each file wins; invalid lines are counted."""
    index = Index({})
    if not jsonl.exists():
        return index
    with open(jsonl, "rb") as fh:
        offset = 0
        for line in fh:
            try:
                rec: Any = json.loads(line)
                why = record_problem(rec)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                why = f"not JSON ({type(exc).__name__})"
            if why is None:
                ok = not rec.get("error")
                index.entries[rec["file"]] = Entry(offset, len(line), ok, rec.get("run") if ok else None,
                                                   rec.get("input") if ok else None, rec.get("text_sha256"))
            elif line.strip():
                if isinstance(rec, dict) and isinstance(rec.get("file"), str):
                    index.entries.pop(rec["file"], None)  # a later broken record overrides an older one
                index.invalid += 1
                index.example = index.example or why
            offset += len(line)
    return index


def read_at(fh: IO[bytes], entry: Entry) -> bytes:
    fh.seek(entry.offset)
    return fh.read(entry.length)


def read_done(jsonl: Path) -> dict[str, dict[str, Any]]:
    """Records already written, keyed by file (the last valid record of a file wins)."""
    index = index_jsonl(jsonl)
    if not index.entries:
        return {}
    with open(jsonl, "rb") as fh:
        return {f: json.loads(read_at(fh, e)) for f, e in index.entries.items()}


def truncate_torn_tail(jsonl: Path) -> None:
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


# --- inputs and settings ---------------------------------------------------------------------------

def input_stamp(path: str) -> dict[str, int] | None:
    """Size and modification time of an input as read now (``None`` if it cannot be stat'ed); for a
    URI, those of its object (:mod:`infer.batch.sources`)."""
    if "://" in path:
        from infer.batch.sources import is_uri, uri_stamp

        if is_uri(path):
            return uri_stamp(path)
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def describe_run(run: dict[str, Any] | None) -> str:
    if not run or run.get("model") is None:
        return "--no-model"
    return f"model {run['model']}"


# --- the lock and leftovers ------------------------------------------------------------------------

def tmp_path(path: Path) -> Path:
    """Where the final rewrite of ``path`` is staged (one place, so leftovers are found again)."""
    return path.with_name(path.name + ".tmp")


def remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # best effort: a leftover is harmless, it is overwritten by the next final rewrite


class RunLock:
    """An exclusive lock on ``.<name>.lock`` beside the JSONL for the run's lifetime.

    ``flock`` is released by the kernel when the process dies, so a killed run never leaves a stale
    lock; the lock file itself stays (deleting it would race with a run that is just opening it)."""

    def __init__(self, jsonl: Path, option: str = "--jsonl") -> None:
        self.path = jsonl.with_name(f".{jsonl.name}.lock")
        self.option = option  # what the user changes to write elsewhere (--output DIR for the Ray engine)
        self._fd: int | None = None

    def acquire(self) -> "RunLock":
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                pid = f" (process {holder})" if holder.isdigit() else ""
                raise BatchError(f"another run is writing {self.path.parent / self.path.name[1:-5]}{pid}: wait "
                                 f"for it to finish, or write to another {self.option}") from None
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
