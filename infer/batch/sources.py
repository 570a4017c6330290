"""Where reports come from besides the local disk: manifests (``@paths.txt``) and URIs.

A collection on a cluster is rarely a folder on the machine that submits the job: it is a bucket
(``s3://…``), HDFS, or a list of paths made by the crawler. So an input ``@FILE`` names a *manifest*,
one path or URI per line (blank lines and ``#`` comments skipped; a relative path is taken relative to
the manifest's folder), and any ``scheme://`` entry is read through :mod:`pyarrow.fs`, i.e. from any
filesystem pyarrow can open with the credentials in the environment (``s3://``, ``gs://``, ``hdfs://``,
``file://``). A URI is copied into a temporary file under its own name and read like a local file, so
every format (text, HTML, PDF, Word) and every error message behaves the same; the record keeps the URI.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from infer.batch.inputs import Inputs, expand

#: Inputs starting with this character are manifests (like a compiler's response files).
MANIFEST_PREFIX = "@"


def is_uri(path: str) -> bool:
    """``scheme://…`` with a scheme of two or more letters (so ``C://`` stays a path)."""
    scheme, sep, _ = path.partition("://")
    return bool(sep) and len(scheme) >= 2 and scheme.replace("+", "").replace("-", "").isalnum()


def read_manifest(manifest: str) -> list[str]:
    """The entries of a manifest, in order. Raises :class:`OSError` if it cannot be read."""
    base = os.path.dirname(manifest)
    out: list[str] = []
    with open(manifest, encoding="utf-8-sig") as fh:
        for line in fh:
            entry = line.strip()
            if not entry or entry.startswith("#"):
                continue
            out.append(entry if is_uri(entry) or os.path.isabs(entry) else os.path.normpath(os.path.join(base, entry)))
    return out


def expand_sources(inputs: list[str]) -> Inputs:
    """:func:`~infer.batch.inputs.expand`, plus manifests and URIs: a manifest contributes its entries
    (files and URIs, taken as they are), a URI stays itself, the rest is expanded as before. A manifest
    that cannot be read is a problem of its own (an error row), like an unlistable folder."""
    out = Inputs()
    seen: set[str] = set()

    def add(found: Inputs) -> None:
        out.problems.update(found.problems)
        for f in found.files:
            if f not in seen:
                seen.add(f)
                out.files.append(f)

    plain: list[str] = []
    for item in inputs:
        if item.startswith(MANIFEST_PREFIX) or is_uri(item):
            add(expand(plain))
            plain = []
        if item.startswith(MANIFEST_PREFIX):
            manifest = item[len(MANIFEST_PREFIX):]
            try:
                entries = read_manifest(manifest)
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or type(exc).__name__
                add(Inputs([item], {item: f"cannot read this manifest: {reason}"}))
                continue
            add(Inputs(entries))
        elif is_uri(item):
            add(Inputs([item]))
        else:
            plain.append(item)
    add(expand(plain))
    return out


def _filesystem(uri: str):  # -> tuple[pyarrow.fs.FileSystem, str]
    from pyarrow import fs

    return fs.FileSystem.from_uri(uri)


def uri_stamp(uri: str) -> dict[str, int] | None:
    """Size and modification time of a URI's object (``None`` if it cannot be seen), the
    counterpart of a local file's ``os.stat`` for ``--resume``."""
    try:
        from pyarrow import fs

        filesystem, path = _filesystem(uri)
        info = filesystem.get_file_info(path)
    except Exception:  # noqa: BLE001 - no such bucket, no credentials, unknown scheme: read it to say why
        return None
    if info.type != fs.FileType.File:
        return None
    mtime = info.mtime_ns if info.mtime_ns is not None else 0
    return {"size": int(info.size or 0), "mtime_ns": int(mtime)}


@contextmanager
def local_copy(uri: str) -> Iterator[str]:
    """The object at ``uri`` as a temporary local file with the same name (removed afterwards).
    Raises :class:`OSError` (with the filesystem's one-line reason) if it cannot be fetched."""
    folder = tempfile.mkdtemp(prefix="nianbao-uri-")
    try:
        name = Path(uri.rstrip("/").rsplit("/", 1)[-1] or "report").name
        local = os.path.join(folder, name)
        try:
            filesystem, path = _filesystem(uri)
            with filesystem.open_input_stream(path) as src, open(local, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except OSError:
            raise
        except Exception as exc:  # pyarrow raises ArrowInvalid etc. for a bad URI
            raise OSError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
        yield local
    finally:
        shutil.rmtree(folder, ignore_errors=True)
