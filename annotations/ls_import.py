"""Read a Label Studio JSON export back into the corpus format, checking every span against its text.

Why so many checks: an annotation is only useful for training if every span sits exactly on the
characters the annotator meant. Offsets go wrong in practice (a task text edited after annotation,
UTF-16 vs code-point offsets, a selection that grabbed a space), and a passage that silently *lost*
a span is worse than a missing passage: its text then teaches the model that the number is not a
fact. So a task with a span that cannot be trusted is skipped whole (``keep_partial`` keeps it with
the bad regions dropped instead), harmless defects are fixed (whitespace trimmed, exact duplicate
regions merged), and every skip or fix is recorded as an :class:`Issue` for the summary and the
JSON report. Nothing is dropped silently.

Label Studio's CONLL2003 export is never used: it splits on whitespace, so a Chinese sentence
becomes one token. This module reads the JSON export.

The output is deterministic (tasks in task-id order, regions sorted and renumbered, keys sorted by
:func:`annotations.corpus.save_tasks`), so importing the same export twice writes byte-identical
files, and a corpus file exported as tasks and imported back is unchanged.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from annotations.corpus import CorpusError, Example, Span, example_to_task, resolve
from annotations.ls_offsets import ls_to_py
from infer.labels import is_label

MERGE_POLICIES = ("latest", "earliest", "ground-truth")
#: How far (characters) to look for the exact ``value.text`` when the offsets disagree with it.
SHIFT_WINDOW = 20
STAND_OFF_KEYS = ("doc", "source", "sha256", "start", "end")

# What happened to an item; the summary groups by (kind, action).
FIXED = "fixed"
SKIPPED_TASK = "task skipped"
DROPPED_REGION = "region dropped"
IGNORED = "ignored"
KEPT = "kept"
INFO = "info"


class ExportFormatError(ValueError):
    """An export that cannot be read at all (not JSON, wrong export format, ...)."""


@dataclass
class Issue:
    kind: str
    action: str
    task: str
    detail: str
    region: str | None = None
    suggestion: dict[str, Any] | None = None
    #: position of the task in the export (0-based): names can repeat, positions cannot
    position: int | None = None


@dataclass
class ImportResult:
    tasks: list[dict[str, Any]]
    issues: list[Issue] = field(default_factory=list)
    tasks_in: int = 0
    spans_out: int = 0

    @property
    def tasks_out(self) -> int:
        return len(self.tasks)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in self.issues:
            key = f"{i.kind} ({i.action})"
            out[key] = out.get(key, 0) + 1
        return dict(sorted(out.items()))

    def skipped_tasks(self) -> int:
        """Distinct tasks skipped, told apart by their position in the export (two tasks may share an
        id, or the first characters of their text)."""
        return len({i.task if i.position is None else i.position for i in self.issues if i.action == SKIPPED_TASK})

    def report(self, source: str = "") -> dict[str, Any]:
        """The JSON report: totals, counts per (kind, action), and every issue."""
        return {"input": source, "tasks_in": self.tasks_in, "tasks_out": self.tasks_out,
                "tasks_skipped": self.skipped_tasks(), "spans_out": self.spans_out,
                "counts": self.counts(), "issues": [asdict(i) for i in self.issues]}


@dataclass
class ImportOptions:
    fix_shifted: bool = False
    keep_partial: bool = False
    stand_off: bool = False
    annotator: str | None = None  # email or numeric user id
    merge_policy: str = "latest"
    shared_root: Path | None = None
    #: let stand-off ``meta.source``/``meta.doc`` point outside ``shared_root`` (``..``, absolute paths)
    allow_outside_shared: bool = False
    #: user id -> email, when the export only has ids (pulled from a server: its user list)
    users: dict[int, str] = field(default_factory=dict)


# --- reading the export ----------------------------------------------------------------------------

def read_export(path: Path) -> list[dict[str, Any]]:
    """Load a Label Studio JSON export, refusing the other export formats with a clear message."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ExportFormatError(f"{path}: cannot read ({e.strerror or e})") from e
    except UnicodeDecodeError as e:
        raise ExportFormatError(f"{path}: not UTF-8 text, so not a Label Studio JSON export") from e
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        hint = " (CONLL/CSV/TSV exports are not supported: export as JSON)" if raw.lstrip()[:1] not in "[{" else ""
        raise ExportFormatError(f"{path}: not JSON: {e.msg} at line {e.lineno}{hint}") from e
    return check_export_shape(data, str(path))


def check_export_shape(data: Any, where: str) -> list[dict[str, Any]]:
    if isinstance(data, dict) and "data" in data:
        data = [data]
    if not isinstance(data, list) or not all(isinstance(t, dict) for t in data):
        raise ExportFormatError(f"{where}: expected a JSON list of Label Studio tasks")
    if data and all("data" not in t for t in data):
        if any("label" in t or "annotator" in t for t in data):
            raise ExportFormatError(f"{where}: this is a JSON-MIN export; export the project as JSON instead")
        raise ExportFormatError(f"{where}: tasks have no 'data' field: not a Label Studio JSON export")
    return data


# --- helpers ---------------------------------------------------------------------------------------

def _data(task: dict[str, Any]) -> dict[str, Any]:
    data = task.get("data")
    return data if isinstance(data, dict) else {}


def _meta(task: dict[str, Any]) -> dict[str, Any]:
    meta = _data(task).get("meta")
    return meta if isinstance(meta, dict) else {}


def _task_name(task: dict[str, Any]) -> str:
    meta = _meta(task)
    tid = f"#{task['id']} " if "id" in task else ""
    if "doc" in meta:
        return f"{tid}{meta['doc']}@{meta.get('start', '?')}"
    text = _data(task).get("text")
    return f"{tid}{text[:12]!r}" if isinstance(text, str) else (tid.strip() or "?")


def _annotator(ann: dict[str, Any], users: dict[int, str]) -> tuple[str | None, str | None]:
    """(id, email) of who completed an annotation, from an int id or a user object."""
    cb = ann.get("completed_by")
    if isinstance(cb, dict):
        uid = cb.get("id")
        return (str(uid) if uid is not None else None), cb.get("email") or users.get(uid)  # type: ignore[arg-type]
    if cb is None:
        return None, None
    try:
        return str(cb), users.get(int(cb))
    except (TypeError, ValueError):
        return str(cb), None


def _who(ann: dict[str, Any], users: dict[int, str]) -> str:
    uid, email = _annotator(ann, users)
    return email or (f"user {uid}" if uid else "unknown annotator")


def _when(ann: dict[str, Any]) -> tuple[str, str, tuple[int, int, str]]:
    # ISO-8601 timestamps from one server sort as strings; ids are numbers from a server, but an
    # export edited by hand or made by another tool may use strings ("a1"): numbers first, then text
    aid = ann.get("id")
    key = (0, aid, "") if isinstance(aid, int) and not isinstance(aid, bool) else (1, 0, str(aid or ""))
    return (str(ann.get("updated_at") or ann.get("created_at") or ""), str(ann.get("created_at") or ""), key)


def choose_annotation(task: dict[str, Any], opts: ImportOptions, issues: list[Issue]) -> dict[str, Any] | None:
    """The one annotation to import for a task, recording cancelled/ignored/several-annotator cases."""
    name = _task_name(task)
    anns = [a for a in task.get("annotations") or [] if isinstance(a, dict)]
    live = []
    for a in anns:
        if a.get("was_cancelled"):
            issues.append(Issue("cancelled annotation", IGNORED, name,
                                f"annotation #{a.get('id', '?')} by {_who(a, opts.users)} was cancelled (skipped)"))
        else:
            live.append(a)
    if opts.annotator is not None:
        wanted = opts.annotator.strip().lower()
        mine = [a for a in live if wanted in {(x or "").lower() for x in _annotator(a, opts.users)}]
        if live and not mine:
            issues.append(Issue("not by the chosen annotator", SKIPPED_TASK, name,
                                f"no annotation by {opts.annotator} (annotated by "
                                f"{', '.join(sorted({_who(a, opts.users) for a in live}))})"))
            return None
        live = mine
    if not live:
        drafts = " (only a draft)" if task.get("drafts") else ""
        why = "all annotations cancelled" if anns else f"no annotation{drafts}"
        issues.append(Issue("unannotated", SKIPPED_TASK, name, why))
        return None
    ordered = sorted(live, key=_when)
    if opts.merge_policy == "earliest":
        chosen, how = ordered[0], "earliest"
    elif opts.merge_policy == "ground-truth" and any(a.get("ground_truth") for a in ordered):
        chosen, how = [a for a in ordered if a.get("ground_truth")][-1], "ground truth"
    else:
        chosen = ordered[-1]
        how = "latest" if opts.merge_policy != "ground-truth" else "latest: none marked ground truth"
    if len(live) > 1:
        who = sorted({_who(a, opts.users) for a in live})
        issues.append(Issue("several annotations", INFO, name,
                            f"{len(live)} annotations by {', '.join(who)}: took #{chosen.get('id', '?')} by "
                            f"{_who(chosen, opts.users)} ({how})"))
    return chosen


def nearest_occurrence(text: str, needle: str, around: int, window: int = SHIFT_WINDOW) -> int | None:
    """Start of the occurrence of ``needle`` nearest to ``around`` within ``window`` characters."""
    if not needle:
        return None
    best: int | None = None
    lo = max(0, around - window)
    i = text.find(needle, lo)
    while i != -1 and i <= around + window:
        if best is None or abs(i - around) < abs(best - around):
            best = i
        i = text.find(needle, i + 1)
    return best


# --- one task --------------------------------------------------------------------------------------

def _regions(task: dict[str, Any], ann: dict[str, Any], text: str, opts: ImportOptions,
             issues: list[Issue]) -> tuple[list[Span], bool]:
    """The checked spans of one annotation and whether the task is still trustworthy."""
    name = _task_name(task)
    spans: list[Span] = []
    ok = True

    def bad(kind: str, detail: str, rid: str, suggestion: dict[str, Any] | None = None) -> None:
        nonlocal ok
        ok = False
        issues.append(Issue(kind, DROPPED_REGION if opts.keep_partial else SKIPPED_TASK, name, detail, rid,
                            suggestion))

    for n, r in enumerate(ann.get("result") or []):
        rid = str(r.get("id", n)) if isinstance(r, dict) else str(n)
        if not isinstance(r, dict) or r.get("type") != "labels":
            kind = r.get("type", "?") if isinstance(r, dict) else type(r).__name__
            issues.append(Issue("not a span", IGNORED, name, f"result of type {kind!r} is not a labelled span", rid))
            continue
        v = r.get("value") or {}
        if not isinstance(v, dict):
            bad("malformed region", f"region value is a JSON {type(v).__name__}, not an object", rid)
            continue
        labels = v.get("labels") or []
        if not isinstance(labels, list):
            bad("label count", f"region labels {labels!r} are not a list", rid)
            continue
        if len(labels) != 1:
            bad("label count", f"region has {len(labels)} labels {labels} (exactly one expected)", rid)
            continue
        label = labels[0]
        if not isinstance(label, str) or not is_label(label):
            bad("unknown label", f"label {label!r} is not in the tag set", rid)
            continue
        try:
            ls_start, ls_end = int(v["start"]), int(v["end"])
        except (KeyError, TypeError, ValueError):
            bad("missing offsets", f"{label} region without usable start/end ({v.get('start')!r}, {v.get('end')!r})", rid)
            continue
        start, end = ls_to_py(text, ls_start), ls_to_py(text, ls_end)
        if start is None or end is None or not (0 <= start < end <= len(text)):
            bad("offsets out of range", f"{label} at {ls_start}..{ls_end} in a text of {len(text)} characters", rid)
            continue
        want = v.get("text")
        if isinstance(want, str) and text[start:end] != want:
            at = nearest_occurrence(text, want, start)
            sugg = {"start": at, "end": at + len(want)} if at is not None else None
            detail = (f"{label} {start}..{end} reads {text[start:end]!r} but value.text is {want!r}"
                      + (f"; nearest exact match at {at}..{at + len(want)}" if sugg else "; no exact match nearby"))
            if sugg and opts.fix_shifted:
                issues.append(Issue("shifted span", FIXED, name, detail + " (moved)", rid, sugg))
                start, end = sugg["start"], sugg["end"]
            else:
                hint = " (rerun with --fix-shifted to apply the suggestion)" if sugg else ""
                bad("text mismatch", detail + hint, rid, sugg)
                continue
        s2, e2 = start, end
        while s2 < e2 and text[s2].isspace():
            s2 += 1
        while e2 > s2 and text[e2 - 1].isspace():
            e2 -= 1
        if s2 == e2:
            issues.append(Issue("whitespace-only span", FIXED, name,
                                f"{label} {start}..{end} covers only whitespace (region removed)", rid))
            continue
        if (s2, e2) != (start, end):
            issues.append(Issue("whitespace", FIXED, name,
                                f"{label} {start}..{end} {text[start:end]!r} trimmed to {s2}..{e2} {text[s2:e2]!r}", rid))
        spans.append(Span(s2, e2, label))

    # duplicates and overlaps
    out: list[Span] = []
    for sp in sorted(spans):
        if out and sp == out[-1]:
            issues.append(Issue("duplicate region", FIXED, name, f"{sp.label} {sp.start}..{sp.end} twice (merged)"))
            continue
        if out and sp.start < out[-1].end:
            prev = out[-1]
            bad("overlap", f"{prev.label} {prev.start}..{prev.end} {text[prev.start:prev.end]!r} overlaps "
                           f"{sp.label} {sp.start}..{sp.end} {text[sp.start:sp.end]!r}", "")
            if opts.keep_partial:  # drop both: which one is right is unknown
                out.pop()
            continue
        out.append(sp)
    return out, ok


def import_task(task: dict[str, Any], opts: ImportOptions, issues: list[Issue]) -> Example | None:
    """One Label Studio task as a checked :class:`Example`, or ``None`` (with the reason in ``issues``)."""
    name = _task_name(task)
    data = task.get("data")
    if not isinstance(data, dict):
        issues.append(Issue("malformed task", SKIPPED_TASK, name,
                            f"task data is a JSON {type(data).__name__}, not an object with text and meta"))
        return None
    text = data.get("text")
    if not isinstance(text, str):
        issues.append(Issue("no text", SKIPPED_TASK, name, "task has no data.text"))
        return None
    if not isinstance(data.get("meta") or {}, dict):
        issues.append(Issue("malformed task", SKIPPED_TASK, name,
                            f"data.meta is a JSON {type(data.get('meta')).__name__}, not an object"))
        return None
    ann = choose_annotation(task, opts, issues)
    if ann is None:
        return None
    if not ann.get("result"):
        issues.append(Issue("empty annotation", KEPT, name,
                            f"annotation #{ann.get('id', '?')} has no region: kept as a passage without facts"))
    spans, ok = _regions(task, ann, text, opts, issues)
    if not ok and not opts.keep_partial:
        return None
    meta = dict(data.get("meta") or {})
    part = meta.pop("part", "real")
    ex = Example(text=text, spans=spans, part=part, meta=meta)
    try:
        ex.check()
    except CorpusError as e:  # defensive: _regions already enforces all of this
        issues.append(Issue("invalid", SKIPPED_TASK, name, str(e)))
        return None
    return ex


def task_identity(task: dict[str, Any]) -> tuple:
    """Which passage a task is: its place in a document (source, doc, sha256, start, end) when the
    meta says so, else its text and meta (``part`` left out: it says what the passage is used for)."""
    data = _data(task)
    m = {k: v for k, v in _meta(task).items() if k != "part"}
    if all(k in m for k in ("doc", "start", "end")):
        return ("doc", str(m.get("source", "")), str(m["doc"]), str(m.get("sha256", "")), str(m["start"]),
                str(m["end"]))
    return ("text", str(data.get("text", "")), json.dumps(m, ensure_ascii=False, sort_keys=True, default=str))


def _passage_key(ex: Example) -> tuple:
    return task_identity({"data": {"text": ex.text, "meta": ex.meta}})


def merge_tasks(existing: list[dict[str, Any]], new: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """``existing`` with ``new`` added: a new task for a passage already there replaces it in place (a
    corrected annotation), the others are appended in their order. Returns (tasks, replaced)."""
    out = list(existing)
    where = {task_identity(t): i for i, t in enumerate(out) if isinstance(t, dict)}
    replaced = 0
    for t in new:
        key = task_identity(t)
        if key in where:
            out[where[key]] = t
            replaced += 1
        else:
            where[key] = len(out)
            out.append(t)
    return out, replaced


def _check_stand_off(ex: Example, name: str, opts: ImportOptions, issues: list[Issue]) -> bool:
    """A stand-off task must point at its source exactly: the passage re-read from ``shared``
    (sha256 verified) must be the annotated text."""
    missing = [k for k in STAND_OFF_KEYS if k not in ex.meta]
    if missing:
        issues.append(Issue("not stand-off", SKIPPED_TASK, name,
                            f"meta lacks {', '.join(missing)}: cannot be stored without its text"))
        return False
    probe = example_to_task(ex, stand_off=True)
    try:
        text = resolve([probe], opts.shared_root, confine=not opts.allow_outside_shared)[0]["data"]["text"]
    except (CorpusError, KeyError, OSError, TypeError, ValueError) as e:
        issues.append(Issue("stand-off source", SKIPPED_TASK, name, f"cannot verify against the source: {e}"))
        return False
    if text != ex.text:
        issues.append(Issue("stand-off source", SKIPPED_TASK, name,
                            "the source text at meta.start..end differs from the annotated text"))
        return False
    return True


def import_export(tasks: Iterable[dict[str, Any]], opts: ImportOptions | None = None) -> ImportResult:
    """Convert a Label Studio JSON export to corpus tasks (sorted, deterministic)."""
    opts = opts or ImportOptions()
    if opts.merge_policy not in MERGE_POLICIES:
        raise ValueError(f"merge policy must be one of {', '.join(MERGE_POLICIES)}")
    tasks = list(tasks)
    result = ImportResult(tasks=[], tasks_in=len(tasks))
    seen: dict[tuple, str] = {}
    ids: dict[int, str] = {}
    # Task id order (Label Studio's: the order the passages were pushed, i.e. document order), then
    # the export's own order for tasks without an id: the same export always gives the same file,
    # and a corpus file exported and imported back keeps its order.
    order = sorted(range(len(tasks)), key=lambda i: (0, tasks[i]["id"], i) if isinstance(tasks[i].get("id"), int)
                   else (1, 0, i))
    for pos in order:
        task = tasks[pos]
        first_issue = len(result.issues)
        try:
            _import_one(task, opts, result, seen, ids)
        finally:
            for issue in result.issues[first_issue:]:
                issue.position = pos
    result.issues.sort(key=lambda i: (i.task, i.kind, i.region or "", i.detail))
    return result


def _import_one(task: dict[str, Any], opts: ImportOptions, result: ImportResult, seen: dict[tuple, str],
                ids: dict[int, str]) -> None:
    """Import one task into ``result`` (or record why not)."""
    name = _task_name(task)
    ex = import_task(task, opts, result.issues)
    if ex is None:
        return
    key = _passage_key(ex)
    if key in seen:
        result.issues.append(Issue("duplicate passage", SKIPPED_TASK, name,
                                   f"same passage as {seen[key]} (the first one is kept)"))
        return
    if opts.stand_off and not _check_stand_off(ex, name, opts, result.issues):
        return
    seen[key] = name
    # the task id is kept (the Label Studio id, or the corpus file's own id on a file round trip)
    tid = task.get("id") if isinstance(task.get("id"), int) else None
    if tid is not None and tid in ids:
        result.issues.append(Issue("duplicate task id", KEPT, name,
                                   f"a different passage ({ids[tid]}) has the same id {tid}: both kept"))
    elif tid is not None:
        ids[tid] = name
    result.tasks.append(example_to_task(ex, stand_off=opts.stand_off, task_id=tid))
    result.spans_out += len(ex.spans)
