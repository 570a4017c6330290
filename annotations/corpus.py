"""The annotated corpus: Label Studio tasks on disk, and the in-memory examples training uses.

On disk a corpus file is a JSON list of Label Studio tasks, one task per passage::

    {"data": {"text": "...", "meta": {"doc": "pt2012.txt", "source": "corpus/raw",
                                       "sha256": "...", "start": 1234, "end": 1301, "part": "real"}},
     "annotations": [{"result": [{"id": "c1", "from_name": "label", "to_name": "text",
                                  "type": "labels",
                                  "value": {"start": 3, "end": 6, "text": "486", "labels": ["COUNT"]}}]}]}

``value.start``/``end`` are offsets into the passage (``data.text``); the passage sits at
``meta.start``..``meta.end`` of the decoded document.

Real reports are stored *stand-off*: ``data.text`` and ``value.text`` are left out, because the
project holds only text its developers wrote. :func:`resolve` joins the text back in from
``../shared`` at load time and refuses a document whose sha256 changed (a changed text is an error,
never a silent shift of offsets). Synthetic passages carry their own text.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from infer.labels import is_label

FROM_NAME = "label"
TO_NAME = "text"


class CorpusError(ValueError):
    """A corpus file or task that cannot be trusted (unknown label, changed source text, ...)."""


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: str


@dataclass
class Example:
    """One passage with its labelled spans (offsets into ``text``)."""

    text: str
    spans: list[Span]
    part: str = "synthetic"  # real | synthetic | weak | eval
    meta: dict[str, Any] = field(default_factory=dict)

    def check(self) -> None:
        """Raise :class:`CorpusError` unless every span is inside the text, labelled and disjoint."""
        last_end = -1
        for s in sorted(self.spans):
            if not is_label(s.label):
                raise CorpusError(f"unknown label {s.label!r} in {self.meta.get('doc', '?')}")
            if not (0 <= s.start < s.end <= len(self.text)):
                raise CorpusError(f"span {s} outside text of length {len(self.text)}")
            if s.start < last_end:
                raise CorpusError(f"overlapping span {s} in {self.meta.get('doc', '?')}")
            last_end = s.end


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- Label Studio task <-> Example ------------------------------------------------------------------

def example_to_task(ex: Example, *, stand_off: bool = False, task_id: int | None = None) -> dict[str, Any]:
    """Serialise an example as a Label Studio task (``stand_off`` drops the text itself)."""
    results = []
    for i, s in enumerate(sorted(ex.spans)):
        value: dict[str, Any] = {"start": s.start, "end": s.end, "labels": [s.label]}
        if not stand_off:
            value["text"] = ex.text[s.start:s.end]
        results.append({"id": f"s{i}", "from_name": FROM_NAME, "to_name": TO_NAME,
                        "type": "labels", "value": value})
    data: dict[str, Any] = {"meta": dict(ex.meta, part=ex.part)}
    if not stand_off:
        data["text"] = ex.text
    task: dict[str, Any] = {"data": data, "annotations": [{"result": results}]}
    if task_id is not None:
        task["id"] = task_id
    return task


def task_to_example(task: dict[str, Any]) -> Example:
    """Read a task whose text is present (after :func:`resolve` for stand-off tasks); a malformed task
    is a :class:`CorpusError` naming what is wrong, not a ``KeyError`` deep in training."""
    try:
        return _task_to_example(task)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        if isinstance(e, CorpusError):
            raise
        where = task.get("data", {}).get("meta", {}).get("doc", "") if isinstance(task, dict) else ""
        raise CorpusError(f"malformed task{' in ' + str(where) if where else ''}: "
                          f"{type(e).__name__}: {e}".splitlines()[0]) from None


def _task_to_example(task: dict[str, Any]) -> Example:
    data = task.get("data", {})
    text = data.get("text")
    if text is None:
        raise CorpusError("task has no data.text: resolve stand-off tasks first")
    meta = dict(data.get("meta", {}))
    anns = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
    spans: list[Span] = []
    if anns:
        for r in anns[-1].get("result", []):
            if r.get("type") != "labels":
                continue
            v = r["value"]
            for lab in v.get("labels", []):
                spans.append(Span(int(v["start"]), int(v["end"]), lab))
    ex = Example(text=text, spans=sorted(spans), part=meta.pop("part", "synthetic"), meta=meta)
    ex.check()
    return ex


# --- stand-off resolution --------------------------------------------------------------------------

def default_shared_root() -> Path:
    """``../shared`` beside the project checkout, or ``$NIANBAO_SHARED``."""
    import os

    env = os.environ.get("NIANBAO_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared"


def _doc_path(shared_root: Path, source: Any, doc: Any, confine: bool) -> Path:
    """Where a stand-off task's document is. With ``confine``, a ``source``/``doc`` that leads outside
    ``shared_root`` (``..``, an absolute path, a symlink out) is refused: an imported file must not
    make the tool read arbitrary files."""
    if not isinstance(source, str) or not isinstance(doc, str) or not doc:
        raise CorpusError(f"meta.source/meta.doc must be strings (got {source!r}, {doc!r})")
    path = shared_root / source / doc
    if confine:
        try:
            path.resolve().relative_to(shared_root.resolve())
        except (ValueError, OSError):
            raise CorpusError(f"{source}/{doc} points outside the shared folder {shared_root}") from None
    return path


def _doc_text(path: Path, cache: dict[Path, str]) -> str:
    if path not in cache:
        from infer.textio import InputError, load_report

        try:
            cache[path] = load_report(path).text
        except InputError as e:  # missing, unreadable, binary, ...: one line naming the file
            raise CorpusError(f"source text cannot be loaded: {e}") from None
    return cache[path]


def resolve(tasks: Iterable[dict[str, Any]], shared_root: Path | None = None, *,
            confine: bool = False) -> list[dict[str, Any]]:
    """Join the source text into stand-off tasks, verifying the document's sha256.

    Raises :class:`CorpusError` (one line) for a source that cannot be loaded, a changed text, bad
    offsets, and, with ``confine``, a source outside ``shared_root``."""
    root = shared_root or default_shared_root()
    cache: dict[Path, str] = {}
    out = []
    for t in tasks:
        data = t.get("data", {}) if isinstance(t, dict) else None
        if not isinstance(data, dict):
            raise CorpusError("task without a 'data' object")
        if "text" in data:
            out.append(t)
            continue
        meta = data.get("meta", {})
        if not isinstance(meta, dict):
            raise CorpusError("stand-off task whose data.meta is not an object")
        full = _doc_text(_doc_path(root, meta.get("source"), meta.get("doc"), confine), cache)
        if sha256_text(full) != meta.get("sha256"):
            raise CorpusError(f"{meta['doc']}: text changed since it was annotated (sha256 mismatch); "
                              "re-annotate instead of guessing shifted offsets")
        start, end = meta.get("start"), meta.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(full)):
            raise CorpusError(f"{meta['doc']}: meta.start/end ({start!r}, {end!r}) are not offsets into its "
                              f"text of {len(full)} characters")
        passage = full[start:end]
        t2 = json.loads(json.dumps(t))
        t2["data"]["text"] = passage
        for a in t2.get("annotations", []):
            for r in a.get("result", []) if isinstance(a, dict) else []:
                v = r.get("value", {}) if isinstance(r, dict) else {}
                if isinstance(v, dict) and isinstance(v.get("start"), int) and isinstance(v.get("end"), int):
                    v["text"] = passage[v["start"]:v["end"]]
        out.append(t2)
    return out


def load_tasks(path: Path) -> list[dict[str, Any]]:
    """A corpus file's tasks; a file that is not UTF-8 JSON is a one-line :class:`CorpusError`."""
    try:
        with open(path, encoding="utf-8") as fh:
            tasks = json.load(fh)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CorpusError(f"{path}: not a JSON corpus file ({type(e).__name__}: {e})".splitlines()[0]) from None
    if not isinstance(tasks, list):
        raise CorpusError(f"{path}: expected a JSON list of Label Studio tasks")
    return tasks


def load_examples(path: Path, shared_root: Path | None = None) -> list[Example]:
    """Load a corpus file (stand-off or not) as checked examples."""
    return [task_to_example(t) for t in resolve(load_tasks(path), shared_root)]


def save_tasks(path: Path, tasks: list[dict[str, Any]]) -> None:
    """Write tasks deterministically (sorted keys, stable indentation) so re-saving changes nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(tasks, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)
