"""Helpers for the robustness tests (issue 13), and a check that they really drop privileges.

Permission errors cannot be produced as root (root reads every file), and CI runs as root. So a test
that needs one runs its check in a forked child that first becomes ``nobody`` (``setgroups`` /
``setgid`` / ``setuid``, what ``setpriv`` does), and sends the outcome back through a pipe. The child
has the parent's modules already imported, which matters: the interpreter's own files may sit in a
folder ``nobody`` cannot read. Run the code once in the parent first so what it imports lazily is
loaded before the fork. As a normal user the child simply keeps that user.
"""
from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

NOBODY = 65534


def drop_privileges() -> None:
    """Become ``nobody`` if root (nothing to do for a normal user)."""
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)


def as_unprivileged(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` in a forked child without root; returns its result or re-raises its
    exception (both must pickle)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            drop_privileges()
            outcome: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the parent
            outcome = ("raised", exc)
        try:
            data = pickle.dumps(outcome)
        except Exception as exc:  # noqa: BLE001
            data = pickle.dumps(("raised", RuntimeError(f"unpicklable outcome: {exc!r}")))
        with os.fdopen(w, "wb") as fh:
            fh.write(data)
        os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "raised":
        raise value
    return value


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A temporary folder ``nobody`` can enter and write in (pytest's ``tmp_path`` is private to its user)."""
    d = Path(tempfile.mkdtemp(prefix="nianbao-robust-"))
    d.chmod(0o777)
    try:
        yield d
    finally:
        for p in d.rglob("*"):  # restore permissions the test took away, so cleanup works
            try:
                p.chmod(0o755)
            except OSError:
                pass
        shutil.rmtree(d, ignore_errors=True)


def _can_read(path: str) -> bool:
    try:
        with open(path, "rb"):
            return True
    except PermissionError:
        return False


def test_the_child_really_loses_root(open_tmp: Path) -> None:
    """The helper is what makes the permission tests able to fail: check it drops root."""
    f = open_tmp / "secret.txt"
    f.write_text("x", encoding="utf-8")
    f.chmod(0)
    assert as_unprivileged(os.geteuid) != 0
    assert as_unprivileged(_can_read, str(f)) is False
