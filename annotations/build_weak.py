"""Weak labels: prose numbers confirmed by the same report's statistics tables.

Why: hand annotation does not scale to the tens of thousands of reports users hold, but a report
that has both a parsed table and prose often says the same figure twice (``全区共收到政府信息公开申请154件``
beside a table row 一、本年新收 … 154). A prose number that equals the table value of a field AND sits in
the same clause as a category phrase of that field (from :mod:`infer.lexicon`) is labelled ``COUNT``,
and the phrase gets its category label. Tables themselves are never labelled (the parser's job).

Precision over recall: a sentence becomes a passage only if *every* candidate number in it (all
numerals except percentages, dates and year-on-year deltas) was confirmed this way, so a weak
passage is fully annotated as far as numbers go. What weak labels cannot see: zero assertions
(未收到…) and category phrases outside the lexicon; their span boundaries follow the lexicon's
phrases (``结转``, not ``结转至2026年``), so they are coarser than ``real.json``. Keep them in their
own file (part ``weak``) and weigh them below hand labels.

Usage::

    python -m annotations.build_weak                  # dev split of ../shared/corpus/raw -> corpus/weak.json
    python -m annotations.build_weak a.txt b.html --out my_weak.json --source my/reports
    python -m annotations.build_weak --compare        # agreement with the hand labels of real.json
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from annotations.corpus import (Example, Span, default_shared_root, example_to_task, load_examples, load_tasks,
                                save_tasks, sha256_text)
from infer.clauses import Segmentation, segment
from infer.lexicon import (ANCHOR_FIELDS, ANCHOR_SYNONYMS, APPLICANT_SYNONYMS, CASE_SYNONYMS, CHANNEL_SYNONYMS,
                           OUTCOME_SYNONYMS, RESULT_SYNONYMS, to_simplified)
from infer.numerals import NUMERAL_RE, parse_number

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus" / "weak.json"
REAL = HERE / "corpus" / "real.json"

#: Lexicon phrases too generic to confirm a field on their own (公开 is in every sentence).
TOO_GENERIC = frozenset({"公开", "其他", "其它", "处理", "收取", "费用", "组织", "个人", "群众", "企业",
                         "网站", "不存在", "总计", "合计", "结果维持", "结果纠正", "其他结果"})
_NOT_A_COUNT_AFTER = re.compile(r"\s*([%％]|年|月|日|号|號|个百分点)")
_NOT_A_COUNT_BEFORE = re.compile(r"(百分之|第)\s*$")
_COMPARISON = re.compile(r"同比|比上年|较上年|較上年|比去年|较去年|較去年|上年同期|增加|减少|減少|增长|增長|下降|上升")


@dataclass(frozen=True)
class Phrase:
    text: str  # simplified
    label: str


def field_phrases(field: str) -> list[Phrase]:
    """The lexicon phrases (simplified) that name ``field``, longest first."""
    out: list[Phrase] = []
    for label, table in (("CHANNEL", CHANNEL_SYNONYMS), ("APPLICANT", APPLICANT_SYNONYMS),
                         ("OUTCOME", OUTCOME_SYNONYMS)):
        out += [Phrase(p, label) for p in table.get(field, ())]
    for label, key in ANCHOR_FIELDS.items():
        if key == field:
            out += [Phrase(p, label) for p in ANCHOR_SYNONYMS[label]]
    group, _, suffix = field.rpartition(".")
    if suffix == "total" and group in CASE_SYNONYMS:
        out += [Phrase(p, "CASE") for p in CASE_SYNONYMS[group]]
    elif group in ("review", "litigation") and suffix in RESULT_SYNONYMS:
        out += [Phrase(p, "RESULT") for p in RESULT_SYNONYMS[suffix]]
    out = [p for p in out if p.text not in TOO_GENERIC]
    return sorted(set(out), key=lambda p: -len(p.text))


_LEADING_ADVERBS = ("共", "已", "全年")
_CARRY_TARGET = re.compile(r"至(下一?年度?|\d{4}年度?|次年)")


def align_to_guideline(text: str, span: Span) -> Span:
    """Trim/widen a lexicon phrase to the span guideline of ``annotations/specs/README.md``:
    anchors without leading 共/已 (``共收到`` -> ``收到``), CARRY_FORWARD with its target
    (``结转`` -> ``结转至2026年``)."""
    start, end = span.start, span.end
    if span.label in ("RECEIVED", "ANSWERED", "CARRY_OVER", "CARRY_FORWARD", "FEE"):
        for adv in _LEADING_ADVERBS:
            if text.startswith(adv, start) and end - start > len(adv) + 1:
                start += len(adv)
                break
    if span.label == "CARRY_FORWARD":
        m = _CARRY_TARGET.match(text, end)
        if m:
            end = m.end()
    return Span(start, end, span.label)


def _clause_bounds(seg: Segmentation, pos: int) -> tuple[int, int]:
    c = seg.clause_id(pos)
    start = seg.clause_cuts[c - 1] + 1 if c > 0 else 0
    end = seg.clause_cuts[c] if c < len(seg.clause_cuts) else len(seg.text)
    return start, end


def _candidate_numbers(text: str, start: int, end: int, seg: Segmentation) -> Iterable[tuple[int, int, Any]]:
    """Numerals in text[start:end] that could be counts: ``(start, end, value)``."""
    for m in NUMERAL_RE.finditer(text, start, end):
        s, e = m.span()
        if not any(ch.isdigit() for ch in m.group()):
            continue  # Chinese numerals: 一是/二是/三审三校 are not counts; too noisy without a model
        if _NOT_A_COUNT_AFTER.match(text, e) or _NOT_A_COUNT_BEFORE.search(text[max(0, s - 4):s]):
            continue
        cs, _ = _clause_bounds(seg, s)
        if _COMPARISON.search(text, cs, s):
            continue
        value = parse_number(m.group())
        if value is not None:
            yield s, e, value


#: A zero assertion the table cannot confirm (未发生…行政复议, 没有收费): weak labels never see zeros.
_UNLABELLED_ZERO = re.compile(r"(未|没有|无)[^，,。；;]{0,14}?(复议|诉讼|申诉|收到|受理|接到|收费|收取)")


def has_unlabelled_fact(simple: str, s0: int, s1: int, spans: list[Span]) -> bool:
    """A sentence with a fact the weak labels left out (a zero assertion, a named channel) would teach
    the tagger that the fact is ``O``: such a sentence is not a passage."""
    def covered(a: int, b: int) -> bool:
        return any(sp.start < b and a < sp.end for sp in spans)

    if any(not covered(*m.span()) for m in _UNLABELLED_ZERO.finditer(simple, s0, s1)):
        return True
    sentence = simple[s0:s1]
    for phrases in CHANNEL_SYNONYMS.values():
        for ph in phrases:
            if ph in TOO_GENERIC:
                continue
            if any(not covered(s0 + m.start(), s0 + m.end()) for m in re.finditer(re.escape(ph), sentence)):
                return True
    return False


def weak_spans(text: str, values: Mapping[str, Any], blocked: list[tuple[int, int]]) -> list[tuple[int, int, list[Span]]]:
    """Sentences of ``text`` (outside ``blocked``) whose every candidate number is confirmed.

    Returns ``(sentence_start, sentence_end, spans)`` with document offsets. ``values`` maps field
    keys to the table's values.
    """
    seg = segment(text)
    simple = to_simplified(text)
    if len(simple) != len(text):  # offsets must carry over; OpenCC phrase conversion changed a length
        simple = text
    by_value: dict[Any, list[str]] = {}
    for f, v in values.items():
        by_value.setdefault(v, []).append(f)
    out = []
    sentence_start = 0
    for cut in seg.sentence_cuts + [len(text)]:
        s0, s1 = sentence_start, cut
        sentence_start = cut + 1
        if s1 <= s0 or any(a < s1 and s0 < b for a, b in blocked):
            continue
        spans: list[Span] = []
        complete, any_number = True, False
        for ns, ne, value in _candidate_numbers(text, s0, s1, seg):
            any_number = True
            cs, ce = _clause_bounds(seg, ns)
            best: tuple[int, Span] | None = None
            ambiguous = False
            for f in by_value.get(value, []):
                for ph in field_phrases(f):
                    for m in re.finditer(re.escape(ph.text), simple[cs:ce]):
                        ps, pe = cs + m.start(), cs + m.end()
                        if ps < ne and ns < pe:
                            continue
                        dist = ps - ne if ps >= ne else ns - pe
                        cand = Span(ps, pe, ph.label)
                        if best is None or dist < best[0]:
                            best, ambiguous = (dist, cand), False
                        elif dist == best[0] and cand.label != best[1].label:
                            ambiguous = True
            if best is None or ambiguous:
                complete = False
                break
            spans += [Span(ns, ne, "COUNT"), align_to_guideline(text, best[1])]
        if not (complete and any_number and spans):
            continue
        spans = sorted(set(spans))
        if any(b.start < a.end for a, b in zip(spans, spans[1:])):
            continue  # two numbers claimed overlapping phrases: not trustworthy
        if has_unlabelled_fact(simple, s0, s1, spans):
            continue
        out.append((s0, s1 + 1 if s1 < len(text) else s1, spans))
    return out


def weak_examples(path: Path, source: str, hand_labelled: list[tuple[int, int]] = ()) -> list[Example]:
    """Weak passages of one report (none if its tables cannot be parsed); sentences overlapping a
    ``hand_labelled`` range are left out, so no passage gets two competing supervisions."""
    from infer.tables import parse_tables
    from infer.textio import load_report

    text = load_report(path).text
    tables = parse_tables(text)
    values = {f.field: f.value for f in tables.facts}
    if not values:
        return []
    seg = segment(text)
    blocked = list(hand_labelled)
    for c in tables.cells.values():  # the whole sentence (flattened table) holding any cell
        blocked.append(seg.sentence_bounds(c.start))
    digest = sha256_text(text)
    out = []
    for s0, s1, spans in weak_spans(text, values, blocked):
        local = [Span(s.start - s0, s.end - s0, s.label) for s in spans]
        meta = {"doc": path.name, "source": source, "sha256": digest, "start": s0, "end": s1}
        ex = Example(text=text[s0:s1], spans=local, part="weak", meta=meta)
        ex.check()
        out.append(ex)
    return out


SPLITS = HERE / "gold" / "splits.json"


def _default_inputs(shared: Path, split: str | None = "dev") -> list[Path]:
    """The raw reports of one split (``annotations/gold/splits.json``): weak labels come from the dev
    split only, never from the locked test split (``split=None``: every report)."""
    raw = shared / "corpus" / "raw"
    paths = sorted(raw.glob("*.txt")) + sorted(raw.glob("*.html"))
    txt_stems = {p.stem for p in paths if p.suffix == ".txt"}
    paths = [p for p in paths if p.suffix == ".txt" or p.stem not in txt_stems]  # .html only without a .txt twin
    if split is None:
        return paths
    from infer.evaluate import load_splits, split_of

    splits = load_splits(SPLITS)
    return [p for p in paths if split_of(p.name, splits) == split]


def compare(weak: list[Example], real: list[Example]) -> dict[str, Any]:
    """Agreement of weak spans with hand labels, on documents both cover (document offsets)."""
    def doc_spans(exs: list[Example]) -> dict[str, set[tuple[int, int, str]]]:
        d: dict[str, set[tuple[int, int, str]]] = {}
        for e in exs:
            for s in e.spans:
                d.setdefault(e.meta["doc"], set()).add((e.meta["start"] + s.start, e.meta["start"] + s.end, s.label))
        return d
    w, r = doc_spans(weak), doc_spans(real)
    docs = sorted(set(w) & {e.meta["doc"] for e in real})
    weak_n = sum(len(w[d]) for d in docs)
    agree = sum(len(w[d] & r.get(d, set())) for d in docs)
    counts_w = {x for d in docs for x in ((d,) + t for t in w[d]) if x[3] == "COUNT"}
    counts_r = {x for d in docs for x in ((d,) + t for t in r.get(d, set())) if x[3] == "COUNT"}
    return {"docs": docs, "weak_spans": weak_n, "exact_agreement": agree,
            "count_precision": len(counts_w & counts_r) / len(counts_w) if counts_w else None,
            "count_recall_of_hand_labels": len(counts_w & counts_r) / len(counts_r) if counts_r else None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, help="reports (default: ../shared/corpus/raw)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--split", default="dev", help="split of the default inputs (annotations/gold/splits.json); "
                    "'all' for every report (never train on the test split)")
    ap.add_argument("--source", default="corpus/raw", help="meta.source: the reports' folder under shared")
    ap.add_argument("--compare", action="store_true", help="print agreement with real.json, write nothing")
    ap.add_argument("--keep-overlaps", action="store_true",
                    help="also label sentences that real.json already annotates by hand")
    args = ap.parse_args(argv)
    shared = default_shared_root()
    paths = args.paths or _default_inputs(shared, None if args.split == "all" else args.split)
    if not paths:
        print("build_weak: no reports to read", file=sys.stderr)
        return 2
    hand: dict[str, list[tuple[int, int]]] = {}
    if not (args.compare or args.keep_overlaps) and REAL.exists():
        for t in load_tasks(REAL):
            m = t["data"]["meta"]
            if m.get("source") == args.source:
                hand.setdefault(m["doc"], []).append((m["start"], m["end"]))
    examples: list[Example] = []
    for p in paths:
        try:
            got = weak_examples(p, args.source, hand.get(p.name, []))
        except Exception as e:  # one unreadable report must not stop a corpus run
            print(f"build_weak: {p.name}: skipped ({e})", file=sys.stderr)
            continue
        print(f"{p.name}: {len(got)} weak passages", file=sys.stderr)
        examples += got
    if args.compare:
        print(compare(examples, load_examples(REAL)))
        return 0
    tasks: list[dict[str, Any]] = [example_to_task(e, stand_off=True, task_id=i) for i, e in enumerate(examples, 1)]
    save_tasks(args.out, tasks)
    n_spans = sum(len(e.spans) for e in examples)
    print(f"weak: {len(examples)} passages, {n_spans} spans -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
