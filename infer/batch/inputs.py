"""What a batch run reads: files, folders and globs expanded to a list of reports, and ``--shard``.

Nothing is dropped silently: a path that does not exist, a glob that matches nothing, a folder that
cannot be listed (no read or search permission) and an entry named like a report that is not a
regular file all stay in the list, so the run reports each as an error record. (``Path.rglob`` and
``Path.is_dir`` either swallow ``PermissionError`` or raise it as a traceback; both are avoided here.)
"""
from __future__ import annotations

import glob
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from infer.textio import REPORT_SUFFIXES, describe_report_suffixes  # the loader's list, the one place

#: What a batch run says when the inputs hold no report (both engines: ``infer.batch.run.run_command``).
NO_REPORT_FILES = f"no report files ({describe_report_suffixes()})"


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


@dataclass
class Inputs:
    """The expanded inputs: report paths in order, and the ones already known to be unusable
    (a folder that cannot be listed) with a one-line reason, so they become error records."""

    files: list[str] = field(default_factory=list)
    problems: dict[str, str] = field(default_factory=dict)


def _is_report_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in REPORT_SUFFIXES


def is_dir_safely(path: str) -> bool:
    """``os.path.isdir`` that answers False (instead of raising) for a path the user may not stat."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _exists_safely(path: str) -> bool:
    """True if the path, or a broken/looping symlink at it, is there; True as well when it cannot be
    checked for lack of permission (then reading it reports 'permission denied', not 'no such file')."""
    try:
        os.lstat(path)
        return True
    except PermissionError:
        return True
    except (OSError, ValueError):
        return False


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot list this folder: permission denied"
    return f"cannot list this folder: {exc.strerror or exc}"


def walk_folder(folder: str, into: Inputs) -> None:
    """Report files under ``folder``, recursively, in path order, skipping hidden entries (``.git``,
    macOS ``._x.txt``). Entries *named* like reports that are not regular files (a folder called
    ``x.txt``) are kept, and so is every sub-folder that cannot be listed (as a problem)."""
    found: list[tuple[tuple[str, ...], str]] = []

    def onerror(exc: OSError) -> None:
        where = exc.filename if isinstance(exc.filename, str) else folder
        rel = os.path.relpath(where, folder)
        found.append((() if rel == "." else tuple(Path(rel).parts), where))
        into.problems[os.path.normpath(where)] = _reason(exc)

    for dirpath, dirnames, filenames in os.walk(folder, onerror=onerror):
        rel = os.path.relpath(dirpath, folder)
        base = () if rel == "." else tuple(Path(rel).parts)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in [*filenames, *dirnames]:
            if not name.startswith(".") and _is_report_name(name):
                found.append(((*base, name), os.path.join(dirpath, name)))
    into.files.extend(path for _, path in sorted(found))


def expand(inputs: Iterable[str]) -> Inputs:
    """Files, folders and globs → de-duplicated report paths, in the order given (folders and globs
    sorted), plus the folders that could not be listed.

    * a folder is searched recursively for :data:`~infer.textio.REPORT_SUFFIXES` (text, HTML, PDF, Word);
    * a glob's matches are taken as they are, except folders *not* named like a report, which are
      searched like folders (``reports/*`` over province folders works);
    * a path that does not exist, or a glob that matches nothing, is kept so the run reports it.
    """
    raw = Inputs()
    for item in inputs:
        if is_dir_safely(item):
            walk_folder(item, raw)
        elif not _exists_safely(item) and any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raw.files.append(item)  # → "no such file" in the summary
            for m in matches:
                if is_dir_safely(m) and not _is_report_name(m):
                    walk_folder(m, raw)
                else:
                    raw.files.append(m)
        else:
            raw.files.append(item)
    out = Inputs(problems=raw.problems)
    seen: set[str] = set()
    for f in raw.files:
        f = os.path.normpath(f)
        if f not in seen:
            seen.add(f)
            out.files.append(f)
    return out


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """:func:`expand` as a plain list (unlistable folders included: reading them reports the error)."""
    return expand(inputs).files
