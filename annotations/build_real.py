"""Build the stand-off real-report corpus from the readable specs in ``annotations/specs/``.

Why a builder instead of hand-edited JSON: character offsets into real reports cannot be reviewed by
eye, and the reports' text may not be copied into the repository. A spec names each passage by a
short anchor and each span by its surface text, in reading order; this module finds the exact
offsets, refuses anything ambiguous (an anchor that is missing or not unique, a span surface that is
not found), and writes Label Studio tasks without any text (``data.text``/``value.text`` left out).

Spec format (YAML, one file per report; see ``annotations/specs/README.md`` for the guideline)::

    doc: pt2025.txt          # file name under <shared>/<source>/
    source: corpus/raw       # corpus/raw -> part "real" (annotations/corpus/real.json)
    part: real               # seeds      -> part "eval" (annotations/eval/seeds_prose.json)
    passages:
      - from: "全区共收到政府信息"    # unique in the document: the passage starts at its first char
        to: "行政诉讼9起。"           # first occurrence at/after `from`: the passage ends at its last char
        spans:                       # in reading order
          - [收到, RECEIVED]
          - [154, COUNT]             # numerals only match whole numbers (not the 154 inside 2154)
          - [其他, OUTCOME, 2]       # optional 3rd item: 0-based occurrence in the whole passage
      - from: ...
        to: ...
        negative: true               # a distractor passage: must have no spans

Each span is searched from the end of the previous one (so repeated words resolve in reading order)
unless an explicit occurrence index is given.

Usage::

    python -m annotations.build_real            # write real.json and seeds_prose.json
    python -m annotations.build_real --check    # fail if the written files are not up to date
    python -m annotations.build_real --show     # print passages with [span|LABEL] for review
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from annotations.corpus import Example, Span, default_shared_root, example_to_task, save_tasks, sha256_text
from infer.labels import is_label
from infer.numerals import NUMERAL_RE

HERE = Path(__file__).resolve().parent
SPEC_DIR = HERE / "specs"
#: Where each part is written.
OUTPUTS: dict[str, Path] = {
    "real": HERE / "corpus" / "real.json",
    "eval": HERE / "eval" / "seeds_prose.json",
}
#: A passage longer than this is almost certainly a wrong ``to`` anchor.
MAX_PASSAGE_CHARS = 700

_DIGIT = re.compile(r"[0-9０-９.．]")


class SpecError(ValueError):
    """A spec that cannot be turned into exact offsets (missing/ambiguous anchor, unknown label...)."""


@dataclass(frozen=True)
class BuiltPassage:
    example: Example
    negative: bool
    note: str


# --- reading the source text ------------------------------------------------------------------------

def read_document(path: Path) -> str:
    """The decoded text of a report, as :func:`annotations.corpus.resolve` will see it.

    Uses ``infer.textio.load_report`` when it exists; otherwise the plain UTF-8 reading it is
    specified to produce for these files (``\\r\\n`` -> ``\\n``). When both exist they must agree,
    because the offsets written here are resolved later with ``load_report``.
    """
    if not path.is_file():
        raise SpecError(f"source text not found: {path}")
    plain = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    try:
        from infer.textio import load_report
    except ImportError:
        return plain
    text = load_report(path).text
    if text != plain:
        raise SpecError(f"{path.name}: infer.textio.load_report text differs from the plain UTF-8 "
                        "reading; check offsets before rebuilding")
    return text


# --- locating anchors and spans ---------------------------------------------------------------------

def _is_numeral(surface: str) -> bool:
    return bool(NUMERAL_RE.fullmatch(surface))


def _occurrences(haystack: str, needle: str) -> list[int]:
    """Start offsets of ``needle``; a numeral only matches where it is not part of a longer number."""
    out, i = [], haystack.find(needle)
    numeral = _is_numeral(needle) and bool(_DIGIT.match(needle[0]))
    while i != -1:
        j = i + len(needle)
        if not numeral or ((i == 0 or not _DIGIT.match(haystack[i - 1]))
                           and (j == len(haystack) or not _DIGIT.match(haystack[j]))):
            out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def locate_passage(text: str, start_anchor: str, end_anchor: str, where: str) -> tuple[int, int]:
    """Offsets of the passage from the unique ``start_anchor`` to the end of the next ``end_anchor``."""
    hits = _occurrences(text, start_anchor)
    if len(hits) != 1:
        raise SpecError(f"{where}: `from` anchor {start_anchor!r} found {len(hits)} times (need exactly 1)")
    start = hits[0]
    j = text.find(end_anchor, start)
    if j == -1:
        raise SpecError(f"{where}: `to` anchor {end_anchor!r} not found after `from`")
    end = j + len(end_anchor)
    if end - start > MAX_PASSAGE_CHARS:
        raise SpecError(f"{where}: passage is {end - start} chars (> {MAX_PASSAGE_CHARS}); wrong `to`?")
    return start, end


def locate_spans(passage: str, items: list[Any], where: str) -> list[Span]:
    """Turn ``[surface, LABEL(, occurrence)]`` items into offsets, searching in reading order."""
    spans: list[Span] = []
    cursor = 0
    for item in items:
        if not isinstance(item, list) or len(item) not in (2, 3):
            raise SpecError(f"{where}: span item {item!r} is not [surface, LABEL] or [surface, LABEL, n]")
        surface, label = str(item[0]), str(item[1])
        if not is_label(label):
            raise SpecError(f"{where}: unknown label {label!r} for {surface!r}")
        if surface != surface.strip() or not surface:
            raise SpecError(f"{where}: span surface {surface!r} is empty or has surrounding whitespace")
        hits = _occurrences(passage, surface)
        if len(item) == 3:
            n = int(item[2])
            if n >= len(hits):
                raise SpecError(f"{where}: {surface!r} occurrence {n} requested, only {len(hits)} found")
            s = hits[n]
        else:
            after = [h for h in hits if h >= cursor]
            if not after:
                raise SpecError(f"{where}: span {surface!r} ({label}) not found after offset {cursor}")
            s = after[0]
        spans.append(Span(s, s + len(surface), label))
        cursor = s + len(surface)
    return spans


# --- specs -> examples ------------------------------------------------------------------------------

def load_spec(path: Path) -> dict[str, Any]:
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise SpecError(f"{path.name}: not valid YAML: {e}") from e
    for key in ("doc", "source", "part", "passages"):
        if not isinstance(spec, dict) or key not in spec:
            raise SpecError(f"{path.name}: missing top-level key {key!r}")
    if spec["part"] not in OUTPUTS:
        raise SpecError(f"{path.name}: part must be one of {sorted(OUTPUTS)}")
    return spec


def build_spec(spec: dict[str, Any], shared_root: Path, name: str = "?") -> list[BuiltPassage]:
    """All passages of one report spec as checked examples (text included, for review)."""
    text = read_document(shared_root / spec["source"] / spec["doc"])
    digest = sha256_text(text)
    built: list[BuiltPassage] = []
    for k, p in enumerate(spec["passages"]):
        where = f"{name} passage {k} ({p.get('from', '?')!r})"
        if "from" not in p or "to" not in p:
            raise SpecError(f"{where}: needs `from` and `to` anchors")
        start, end = locate_passage(text, str(p["from"]), str(p["to"]), where)
        passage = text[start:end]
        spans = locate_spans(passage, p.get("spans") or [], where)
        negative = bool(p.get("negative", False))
        if negative and spans:
            raise SpecError(f"{where}: marked negative but has spans")
        if not negative and not spans:
            raise SpecError(f"{where}: no spans; mark distractor passages `negative: true`")
        meta = {"doc": spec["doc"], "source": spec["source"], "sha256": digest, "start": start, "end": end}
        ex = Example(text=passage, spans=sorted(spans), part=spec["part"], meta=meta)
        ex.check()
        built.append(BuiltPassage(ex, negative, str(p.get("note", ""))))
    ordered = sorted(built, key=lambda b: b.example.meta["start"])
    for a, b in zip(ordered, ordered[1:]):
        if b.example.meta["start"] < a.example.meta["end"]:
            raise SpecError(f"{name}: passages at {a.example.meta['start']} and {b.example.meta['start']} overlap")
    return ordered


def build_all(spec_dir: Path = SPEC_DIR, shared_root: Path | None = None) -> dict[str, list[BuiltPassage]]:
    """Every spec in ``spec_dir``, grouped by part, in file-name then document order."""
    root = shared_root or default_shared_root()
    out: dict[str, list[BuiltPassage]] = {part: [] for part in OUTPUTS}
    paths = sorted(spec_dir.glob("*.yaml"))
    if not paths:
        raise SpecError(f"no *.yaml specs in {spec_dir}")
    for path in paths:
        spec = load_spec(path)
        out[spec["part"]].extend(build_spec(spec, root, path.name))
    return out


def to_tasks(passages: list[BuiltPassage]) -> list[dict[str, Any]]:
    """Stand-off Label Studio tasks (no ``text`` keys anywhere), numbered from 1."""
    return [example_to_task(b.example, stand_off=True, task_id=i) for i, b in enumerate(passages, 1)]


# --- review printing --------------------------------------------------------------------------------

def bracketed(ex: Example) -> str:
    """``[248|COUNT]件[当面|CHANNEL]申请``; unlabelled numerals are shown as ``⟨2017⟩`` so a
    reviewer sees every distractor that was left out on purpose."""
    out, pos = [], 0
    for s in sorted(ex.spans):
        out.append(_mark_numerals(ex.text[pos:s.start]))
        out.append(f"[{ex.text[s.start:s.end]}|{s.label}]")
        pos = s.end
    out.append(_mark_numerals(ex.text[pos:]))
    return "".join(out)


def _mark_numerals(chunk: str) -> str:
    return re.sub(r"[0-9０-９][0-9０-９,.．%％]*", lambda m: f"⟨{m.group(0)}⟩", chunk)


def label_counts(passages: list[BuiltPassage]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for b in passages:
        for s in b.example.spans:
            counts[s.label] = counts.get(s.label, 0) + 1
    return dict(sorted(counts.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--specs", type=Path, default=SPEC_DIR)
    ap.add_argument("--shared", type=Path, default=None, help="shared data root (default ../shared)")
    ap.add_argument("--check", action="store_true", help="fail if the written files are out of date")
    ap.add_argument("--show", action="store_true", help="print passages with bracketed spans")
    args = ap.parse_args(argv)
    try:
        parts = build_all(args.specs, args.shared)
    except SpecError as e:
        print(f"build_real: {e}", file=sys.stderr)
        return 2
    stale = []
    for part, passages in parts.items():
        if not passages:
            continue
        if args.show:
            for b in passages:
                m = b.example.meta
                tag = " (negative)" if b.negative else ""
                print(f"--- {m['doc']} {m['start']}:{m['end']}{tag}")
                print(bracketed(b.example))
        tasks = to_tasks(passages)
        out = OUTPUTS[part]
        if args.check:
            import json

            current = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
            if current != json.loads(json.dumps(tasks)):
                stale.append(str(out))
        elif not args.show:
            save_tasks(out, tasks)
        print(f"{part}: {len(passages)} passages ({sum(b.negative for b in passages)} negative), "
              f"spans {label_counts(passages)}", file=sys.stderr)
    if stale:
        print(f"build_real: out of date, rebuild: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
