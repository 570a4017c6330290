"""Explain the devset's prose errors: every missed or invented fact, its sentence with the tagger's
spans inline, and a first-pass cause (tagger, linker, or pipeline).

    python devset/diagnose.py [--model DIR] [--report d05_2020_district.txt] [--json OUT]

``infer evaluate`` says *which* facts are wrong; this says *where in the pipeline* they went wrong,
so a fix goes to the right module. The cause is a heuristic read of the spans, to be confirmed by
eye (the sentence is printed for that):

* ``pipeline: in a table region``: the sentence lies in a range the table parser handed to the
  linker as "table, skip it", so the linker never saw the spans;
* ``tagger: number not tagged``: no COUNT/ZERO span with the gold value in any sentence that names
  the field (``implicit`` when the value is not written there at all, e.g. 均维持, 已全部办结);
* ``tagger: category missing or mislabelled``: the number is tagged, but no span in its sentence maps
  to the field (:func:`infer.lexicon.category_field`);
* ``linker: spans present, not linked``: both are there and the rules did not join them;
* ``tagger: distractor tagged as a count``: an invented fact whose number is no gold value at all;
* ``linker/lexicon: attached to the wrong category``: an invented fact whose value belongs to
  another gold field (the evidence spans are listed).

Never tune anything on the devset with this (devset/README.md): read the classes, fix them in
general, re-measure.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from infer.evaluate import load_gold  # noqa: E402
from infer.lexicon import (ANCHOR_FIELDS, ANCHOR_SYNONYMS, APPLICANT_SYNONYMS, CASE_SYNONYMS,  # noqa: E402
                           CHANNEL_SYNONYMS, OUTCOME_SYNONYMS, RESULT_SYNONYMS, category_field,
                           to_simplified)
from infer.linker import link  # noqa: E402
from infer.numerals import parse_number  # noqa: E402
from infer.schema import is_scored  # noqa: E402
from infer.tables import parse_tables  # noqa: E402
from infer.textio import load_report  # noqa: E402

GOLD = ROOT / "devset" / "gold.json"
REPORTS = ROOT / "devset" / "reports"
NUMBER_LABELS = ("COUNT", "ZERO")


@dataclass
class Finding:
    report: str
    error: str  # "missed" | "invented"
    field: str
    value: float
    cause: str
    sentence: str = ""  # with spans inline: [text|LABEL]
    evidence: list[list[str]] = field(default_factory=list)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence (cut at 。；; and line ends) around ``pos``."""
    start = max(text.rfind(c, 0, pos) for c in "。；;\n") + 1
    ends = [i for i in (text.find(c, pos) for c in "。；;\n") if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def annotate(text: str, start: int, end: int, spans: Sequence[Any]) -> str:
    """``text[start:end]`` with every span inside it written as ``[surface|LABEL]``."""
    out, cur = [], start
    for sp in sorted(spans, key=lambda s: (s.start, s.end)):
        if sp.start < cur or sp.end > end:
            continue
        out += [text[cur:sp.start], f"[{text[sp.start:sp.end]}|{sp.label}]"]
        cur = sp.end
    out.append(text[cur:end])
    return "".join(out).strip()


def _keywords(key: str) -> list[str]:
    words: list[str] = []
    for table in (CHANNEL_SYNONYMS, APPLICANT_SYNONYMS, OUTCOME_SYNONYMS):
        words += table.get(key, ())
    words += [w for label, k in ANCHOR_FIELDS.items() if k == key for w in ANCHOR_SYNONYMS.get(label, ())]
    if key.startswith(("review.", "litigation.", "complaints.")):
        group, suffix = key.split(".", 1)
        words += list(CASE_SYNONYMS.get(group, ())) + list(RESULT_SYNONYMS.get(suffix, ()))
    return words


def _relevance(sentence: str, key: str) -> int:
    simple = to_simplified(sentence)
    return sum(1 for w in _keywords(key) if w in simple)


def _value(text: str, sp: Any) -> float | None:
    if sp.label == "ZERO":
        return 0.0
    try:
        v = parse_number(text[sp.start:sp.end])
    except (ValueError, TypeError):
        return None
    return None if v is None else float(v)


def _maps_to(key: str, cats: Sequence[Any], text: str) -> bool:
    mapped = {category_field(c.label, text[c.start:c.end]) for c in cats}
    if key in mapped:
        return True
    if key.startswith(("review.", "litigation.", "complaints.")):
        group, suffix = key.split(".", 1)
        return group in mapped and (suffix == "total" or suffix in mapped)
    return False


def _inside(pos: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in regions)


def diagnose_report(name: str, text: str, gold_prose: dict[str, float], tagger: Any) -> list[Finding]:
    """Findings for one report (see module doc), in the pipeline's own order: tables, tags, links."""
    table = parse_tables(text)
    regions = list(getattr(table, "regions", ()) or ())
    spans = list(tagger.tag(text))
    facts = link(text, spans, exclude=regions)
    pred = {(f.field, float(f.value)) for f in facts if is_scored(f.field)}
    gold = {(k, float(v)) for k, v in gold_prose.items() if is_scored(k)}
    numbers = [s for s in spans if s.label in NUMBER_LABELS]
    cats = [s for s in spans if s.label not in NUMBER_LABELS]
    out: list[Finding] = []

    sentences = sorted({sentence_bounds(text, i) for i, ch in enumerate(text) if ch in "。；;\n"})
    for key, value in sorted(gold - pred):
        relevant = sorted((b for b in sentences if _relevance(text[b[0]:b[1]], key)),
                          key=lambda b: -_relevance(text[b[0]:b[1]], key))
        if not relevant:  # the field's words are absent (a lexicon gap?): look where the value is tagged
            relevant = sorted({sentence_bounds(text, n.start) for n in numbers if _value(text, n) == value})
        # the strongest explanation over the sentences that name the field
        rank, cause, where = 0, "tagger: number not tagged (implicit: value not written)", None
        for s, e in relevant:
            here = [n for n in numbers if s <= n.start < e and _value(text, n) == value]
            maps = _maps_to(key, [c for c in cats if s <= c.start < e], text)
            written = str(int(value)) if value.is_integer() else str(value)
            if any(_inside(n.start, regions) for n in here) or (maps and _inside(s, regions)):
                found = (4, "pipeline: in a table region, never linked")
            elif here and maps:
                found = (3, "linker: spans present, not linked")
            elif here:
                found = (2, "tagger: number tagged, category missing or mislabelled")
            elif value == 0 or written in to_simplified(text[s:e]):
                found = (1, "tagger: number not tagged")
            else:
                continue
            if found[0] > rank:
                rank, cause, where = found[0], found[1], (s, e)
        best = (cause, where)
        sent = annotate(text, *best[1], spans) if best[1] else ""
        out.append(Finding(name, "missed", key, value, best[0], sent))

    gold_values = {v for _, v in gold}
    for key, value in sorted(pred - gold):
        fact = next(f for f in facts if f.field == key and float(f.value) == value)
        s, e = sentence_bounds(text, fact.start)
        if value not in gold_values:
            cause = "tagger: distractor tagged as a count"
        else:
            cause = "linker/lexicon: attached to the wrong category"
        evidence = [[str(ev.get("label")), str(ev.get("text"))] for ev in (fact.evidence or [])]
        out.append(Finding(name, "invented", key, value, cause, annotate(text, s, e, spans), evidence))
    return out


def diagnose(tagger: Any, gold_path: Path = GOLD, reports: Path = REPORTS,
             only: set[str] | None = None) -> list[Finding]:
    gold = load_gold(gold_path)
    findings: list[Finding] = []
    for name in sorted(gold):
        if only and name not in only:
            continue
        text = load_report(reports / name).text
        findings += diagnose_report(name, text, gold[name].get("prose", {}), tagger)
    return findings


def render(findings: Sequence[Finding]) -> str:
    lines = []
    for f in findings:
        ev = f"  evidence {f.evidence}" if f.evidence else ""
        lines.append(f"{f.report}  {f.error:8} {f.field}={f.value:g}  <{f.cause}>{ev}")
        if f.sentence:
            lines.append(f"      {f.sentence}")
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.cause] = counts.get(f.cause, 0) + 1
    lines.append("")
    lines += [f"{n:4d}  {c}" for c, n in sorted(counts.items(), key=lambda x: -x[1])]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", help="model folder (default: the shipped models/tagger)")
    ap.add_argument("--report", action="append", help="only this report (repeatable)")
    ap.add_argument("--json", type=Path, help="also write the findings as JSON here")
    args = ap.parse_args(argv)
    from infer.pipeline import ModelError, load_tagger

    try:
        tagger = load_tagger(args.model)
    except ModelError as e:
        print(f"diagnose: error: {e}", file=sys.stderr)
        return 2
    if tagger is None:
        print("diagnose: error: no prose tagger available", file=sys.stderr)
        return 2
    findings = diagnose(tagger, only=set(args.report) if args.report else None)
    sys.stdout.write(render(findings))
    if args.json:
        args.json.write_text(json.dumps([asdict(f) for f in findings], ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
