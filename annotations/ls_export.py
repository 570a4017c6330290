"""Turn reports (or corpus files) into Label Studio tasks, with the current model's spans as predictions.

One task per *passage*: a paragraph an annotator can read at a glance that contains a number or a
zero word (the only places a prose fact can be). Each task carries the corpus meta
(``doc``/``source``/``sha256``/``start``/``end``/``part``) so the import can write the annotation
back as stand-off offsets into the real report, and a ``predictions`` entry made by the tagger so
the annotator corrects the model instead of starting from nothing.

Offsets written for Label Studio are UTF-16 code units (see :mod:`annotations.ls_offsets`).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Protocol, Sequence

from annotations.corpus import (FROM_NAME, TO_NAME, CorpusError, default_shared_root, load_tasks,
                                resolve, save_tasks)
from annotations.ls_config import labeling_config
from annotations.ls_offsets import py_to_ls
from infer.labels import is_label
from infer.lexicon import COUNT_UNITS, ZERO_WORDS

#: Passages longer than this are cut at sentence ends (an annotator reads a few sentences, not a page).
MAX_PASSAGE_CHARS = 300
REPORT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".shtml", ".xhtml"}
CORPUS_SUFFIXES = {".json"}

_ARABIC = re.compile(r"[0-9０-９]")
_CHINESE_COUNT = re.compile(r"[零〇一二两三四五六七八九十百千万]+(?:" + "|".join(map(re.escape, COUNT_UNITS)) + ")")
_ZERO = re.compile("|".join(map(re.escape, sorted(ZERO_WORDS, key=len, reverse=True))))
_DATE = re.compile(r"[0-9０-９]{4}\s*年度?|[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?|[0-9０-９]{1,2}\s*日")
#: crawler headers and link lines (本地目录: zwgk/zfxxgk/.../page.txt, http://...) are not prose
_PATH_OR_URL = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*/[A-Za-z0-9_./-]{6,}|https?://")
_SENTENCE_END = re.compile(r"[。；;！!？?]")
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


class ExportError(ValueError):
    """An input that cannot be exported (unreadable report, corpus file without text, ...)."""


# --- the tagger interface ------------------------------------------------------------------------

class TaggedSpanLike(Protocol):
    start: int
    end: int
    label: str
    score: float


class TaggerLike(Protocol):
    """What :class:`infer.tagger.Tagger` offers: ``tag(text) -> [TaggedSpan(start, end, label, score)]``."""

    def tag(self, text: str) -> Sequence[TaggedSpanLike]: ...


def model_version(tagger: Any, model_dir: str | Path | None = None) -> str:
    """A name Label Studio shows for the predictions: model name + date + short hash of its weights.

    Uses ``tagger.model_version`` when the tagger has one; otherwise derives it from the model
    folder (``model_dir`` or ``tagger.model_dir``): folder name, newest file date, sha256 of the
    weight/config files, so two different trainings never share a version.
    """
    explicit = getattr(tagger, "model_version", None)
    if isinstance(explicit, str) and explicit:
        return explicit
    model_dir = model_dir or getattr(tagger, "model_dir", None)
    if model_dir is not None and Path(model_dir).is_dir():
        files = sorted(p for p in Path(model_dir).rglob("*") if p.is_file()
                       and p.suffix in {".safetensors", ".bin", ".json", ".pt", ".model", ".txt"})
        h = hashlib.sha256()
        newest = 0.0
        for p in files:
            h.update(p.relative_to(model_dir).as_posix().encode())
            h.update(p.read_bytes())
            newest = max(newest, p.stat().st_mtime)
        date = datetime.fromtimestamp(newest, tz=timezone.utc).strftime("%Y%m%d") if files else "nodate"
        return f"{Path(model_dir).resolve().name}-{date}-{h.hexdigest()[:8]}"
    return type(tagger).__name__


# --- passages ------------------------------------------------------------------------------------

def mentions_a_count(text: str) -> bool:
    """Does the text contain a numeral (Arabic, or Chinese followed by a unit: 两件) or a zero word?

    Years and dates (2013年, 3月31日) do not count: every report's title and dates have them.
    """
    text = _DATE.sub("", text)
    return bool(_ARABIC.search(text) or _CHINESE_COUNT.search(text) or _ZERO.search(text))


def is_prose(line: str) -> bool:
    """A prose line, not a table row or a link: no TAB cell separator, no path/URL, and a real share
    of Chinese characters.

    Tables are read by :mod:`infer.tables`, not by the tagger, so their rows are not annotated.
    """
    if "\t" in line or _PATH_OR_URL.search(line):
        return False
    cjk = len(_CJK.findall(line))
    digits = len(_ARABIC.findall(line))
    return cjk >= 6 and digits <= cjk


def _strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into runs of whole sentences of at most ``max_chars`` (a single longer
    sentence stays whole: cutting inside a sentence would separate a number from what it counts)."""
    if end - start <= max_chars:
        return [(start, end)]
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, end)]
    sentences, prev = [], start
    for c in cuts + [end]:
        if c > prev:
            sentences.append((prev, c))
            prev = c
    out: list[tuple[int, int]] = []
    cur_s, cur_e = sentences[0]
    for s, e in sentences[1:]:
        if e - cur_s <= max_chars:
            cur_e = e
        else:
            out.append((cur_s, cur_e))
            cur_s, cur_e = s, e
    out.append((cur_s, cur_e))
    return [_strip_bounds(text, s, e) for s, e in out]


def split_passages(text: str, max_chars: int = MAX_PASSAGE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of every prose passage worth annotating, in document order.

    A passage is a line (paragraph) stripped of surrounding whitespace, cut at sentence ends when
    longer than ``max_chars``, kept when it is prose and mentions a count or a zero word.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        s, e = _strip_bounds(text, pos, pos + len(line))
        pos += len(line) + 1
        if s == e or not is_prose(text[s:e]):
            continue
        for ps, pe in _cut_long(text, s, e, max_chars):
            if pe > ps and mentions_a_count(text[ps:pe]):
                out.append((ps, pe))
    return out


# --- tasks ---------------------------------------------------------------------------------------

@dataclass
class ExportStats:
    documents: int = 0
    passages: int = 0
    predicted_spans: int = 0
    #: predictions the tagger produced that cannot be shown (outside the text, unknown label, overlap)
    dropped_predictions: list[str] | None = None
    #: corpus tasks that could not be exported (stand-off source gone or changed, malformed task)
    skipped_tasks: list[str] | None = None

    def __post_init__(self) -> None:
        if self.dropped_predictions is None:
            self.dropped_predictions = []
        if self.skipped_tasks is None:
            self.skipped_tasks = []


def _region(text: str, start: int, end: int, label: str, rid: str, score: float | None = None) -> dict[str, Any]:
    value = {"start": py_to_ls(text, start), "end": py_to_ls(text, end), "text": text[start:end],
             "labels": [label]}
    r: dict[str, Any] = {"id": rid, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
                         "value": value}
    if score is not None:
        r["score"] = round(float(score), 4)
    return r


def prediction(text: str, tagger: TaggerLike | None, version: str, stats: ExportStats | None = None,
               where: str = "?", spans: Sequence[TaggedSpanLike] | None = None) -> dict[str, Any]:
    """The tagger's spans on ``text`` (or the given ``spans``, offsets into ``text``) as one Label
    Studio prediction; spans that cannot be shown are left out and listed in ``stats``.

    The prediction's ``score`` is the *lowest* region score (1.0 with no region): Label Studio sorts
    tasks by it, and a passage is only as trustworthy as its weakest span, so the least certain
    passages come first for review.
    """
    if spans is None:
        assert tagger is not None
        spans = tagger.tag(text)
    results: list[dict[str, Any]] = []
    last_end = -1
    for i, sp in enumerate(sorted(spans, key=lambda s: (s.start, s.end))):
        problem = None
        if not is_label(sp.label):
            problem = f"unknown label {sp.label!r}"
        elif not (0 <= sp.start < sp.end <= len(text)):
            problem = f"offsets {sp.start}..{sp.end} outside a text of {len(text)}"
        elif sp.start < last_end:
            problem = f"overlaps the previous span at {sp.start}..{sp.end}"
        if problem:
            if stats is not None:
                stats.dropped_predictions.append(f"{where}: {problem}")
            continue
        last_end = sp.end
        results.append(_region(text, sp.start, sp.end, sp.label, f"p{i}", sp.score))
    score = min((r["score"] for r in results), default=1.0)
    if stats is not None:
        stats.predicted_spans += len(results)
    return {"model_version": version, "score": round(score, 4), "result": results}


@dataclass(frozen=True)
class _Shifted:
    start: int
    end: int
    label: str
    score: float


def spans_in_passages(spans: Sequence[TaggedSpanLike], passages: Sequence[tuple[int, int]]
                      ) -> tuple[list[list[_Shifted]], list[TaggedSpanLike]]:
    """Distribute document-level spans over the passages (offsets made passage-relative); also
    return the spans that straddle a passage boundary (they cannot be shown in one task)."""
    per: list[list[_Shifted]] = [[] for _ in passages]
    straddling = []
    for sp in spans:
        for k, (ps, pe) in enumerate(passages):
            if ps <= sp.start and sp.end <= pe:
                per[k].append(_Shifted(sp.start - ps, sp.end - ps, sp.label, float(sp.score)))
                break
            if sp.start < pe and ps < sp.end:
                straddling.append(sp)
                break
    return per, straddling


def _source_and_doc(path: Path, shared_root: Path) -> tuple[str, str]:
    """``meta.source``/``meta.doc`` such that ``shared_root / source / doc`` is the file
    (:func:`annotations.corpus.resolve` joins them so); an absolute source outside ``shared``."""
    p = path.resolve()
    try:
        return p.parent.relative_to(shared_root.resolve()).as_posix(), p.name
    except ValueError:
        return p.parent.as_posix(), p.name


def report_tasks(path: Path, *, tagger: TaggerLike | None = None, version: str = "",
                 shared_root: Path | None = None, stats: ExportStats | None = None,
                 max_chars: int = MAX_PASSAGE_CHARS) -> list[dict[str, Any]]:
    """Label Studio tasks for the passages of one report file."""
    from infer.textio import InputError, load_report

    try:
        doc = load_report(path)
    except InputError as e:
        raise ExportError(str(e)) from e
    source, name = _source_and_doc(path, shared_root or default_shared_root())
    passages = split_passages(doc.text, max_chars)
    if tagger is not None and passages:
        # the whole document in one call: the tagger batches its windows and reads each sentence
        # with its neighbours, as it does in the pipeline
        per_passage, straddling = spans_in_passages(tagger.tag(doc.text), passages)
        if stats is not None:
            stats.dropped_predictions.extend(
                f"{name}: {sp.label} {sp.start}..{sp.end} crosses a passage boundary" for sp in straddling)
    tasks = []
    for k, (start, end) in enumerate(passages):
        passage = doc.text[start:end]
        task: dict[str, Any] = {"data": {"text": passage, "meta": {
            "doc": name, "source": source, "sha256": doc.sha256, "start": start, "end": end,
            "part": "real"}}}
        if tagger is not None:
            task["predictions"] = [prediction(passage, None, version, stats, f"{name}@{start}",
                                              spans=per_passage[k])]
        tasks.append(task)
    if stats is not None:
        stats.documents += 1
        stats.passages += len(tasks)
    return tasks


def corpus_file_tasks(path: Path, *, tagger: TaggerLike | None = None, version: str = "",
                      shared_root: Path | None = None, stats: ExportStats | None = None) -> list[dict[str, Any]]:
    """A corpus file (stand-off text joined back from ``shared``) as Label Studio tasks, its
    annotations kept as annotations (offsets in UTF-16 units), the model's spans as predictions."""
    try:
        raw = load_tasks(path)
    except (CorpusError, OSError, ValueError) as e:
        raise ExportError(f"{path}: {e}") from e
    tasks = []
    for n, t in enumerate(raw):  # one task at a time: a task whose source is gone is listed, not fatal
        try:
            tasks.append(resolve([t], shared_root)[0])
        except (CorpusError, KeyError, TypeError, ValueError) as e:
            if stats is not None:
                assert stats.skipped_tasks is not None
                stats.skipped_tasks.append(f"{path.name} task {n + 1}: {e}")
    out = []
    for t in tasks:
        text = t["data"]["text"]
        data = {"text": text, "meta": dict(t["data"].get("meta", {}))}
        anns = []
        for a in t.get("annotations", []):
            a2 = {k: v for k, v in a.items() if k != "result"}
            # corpus files hold Python offsets; _region writes Label Studio (UTF-16) units
            a2["result"] = [_region(text, int(r["value"]["start"]), int(r["value"]["end"]),
                                    lab, r.get("id", f"s{i}"))
                            for i, r in enumerate(a.get("result", [])) if r.get("type") == "labels"
                            for lab in r["value"].get("labels", [])]
            anns.append(a2)
        task: dict[str, Any] = {"data": data, "annotations": anns}
        if "id" in t:
            task["id"] = t["id"]
        if tagger is not None:
            task["predictions"] = [prediction(text, tagger, version, stats, f"{path.name}")]
        out.append(task)
    if stats is not None:
        stats.documents += 1
        stats.passages += len(out)
    return out


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Expand directories into the report and corpus files they hold (sorted, no duplicates)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file()
                              and q.suffix.lower() in REPORT_SUFFIXES | CORPUS_SUFFIXES))
        elif p.is_file():
            out.append(p)
        else:
            raise ExportError(f"{p}: no such file or directory")
    seen: set[Path] = set()
    return [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]


def export_tasks(paths: Iterable[Path], *, tagger: TaggerLike | None = None, version: str | None = None,
                 shared_root: Path | None = None, max_chars: int = MAX_PASSAGE_CHARS
                 ) -> tuple[list[dict[str, Any]], ExportStats]:
    """Tasks for every report / corpus file in ``paths`` (directories expanded)."""
    stats = ExportStats()
    if tagger is not None and not version:
        version = model_version(tagger)
    version = version or ""
    tasks: list[dict[str, Any]] = []
    for p in collect_inputs(paths):
        if p.suffix.lower() in CORPUS_SUFFIXES:
            tasks.extend(corpus_file_tasks(p, tagger=tagger, version=version, shared_root=shared_root,
                                           stats=stats))
        else:
            tasks.extend(report_tasks(p, tagger=tagger, version=version, shared_root=shared_root,
                                      stats=stats, max_chars=max_chars))
    return tasks, stats


def write_export(out_dir: Path, tasks: list[dict[str, Any]]) -> tuple[Path, Path]:
    """Write ``tasks.json`` (Label Studio import file) and ``config.xml`` (labeling config)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tasks_path, config_path = out_dir / "tasks.json", out_dir / "config.xml"
    save_tasks(tasks_path, tasks)
    config_path.write_text(labeling_config(), encoding="utf-8")
    return tasks_path, config_path


__all__ = ["ExportError", "ExportStats", "TaggerLike", "collect_inputs", "corpus_file_tasks",
           "export_tasks", "is_prose", "mentions_a_count", "model_version", "prediction",
           "report_tasks", "split_passages", "write_export"]
