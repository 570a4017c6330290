"""The hand-annotated real corpus (annotations/corpus/real.json) and the held-out seed prose labels
(annotations/eval/seeds_prose.json): stand-off, loadable, clean spans, consistent with the gold facts.

The builder's own checks run on a tiny document written here, so they need no real reports; the rest
reads ../shared and skips cleanly without it.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from annotations import build_real
from annotations.build_real import SpecError, build_all, locate_passage, locate_spans, to_tasks
from annotations.corpus import Example, load_examples
from infer.labels import CATEGORY_LABELS, LABEL_NAMES
from infer.lexicon import ANCHOR_FIELDS, category_field
from infer.numerals import parse_number

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "annotations" / "corpus" / "real.json"
SEEDS = ROOT / "annotations" / "eval" / "seeds_prose.json"
ZERO_SURFACES = {"未", "无", "無", "没有", "沒有", "不", "零"}


# --- files on disk (no ../shared needed) -------------------------------------------------------------

def _keys(obj) -> set[str]:
    if isinstance(obj, dict):
        return set(obj) | {k for v in obj.values() for k in _keys(v)}
    if isinstance(obj, list):
        return {k for v in obj for k in _keys(v)}
    return set()


@pytest.mark.parametrize("path", [REAL, SEEDS], ids=["real", "seeds_prose"])
def test_stand_off_files_hold_no_text(path: Path) -> None:
    tasks = json.loads(path.read_text(encoding="utf-8"))
    assert tasks, f"{path.name} is empty"
    assert "text" not in _keys(tasks)
    part = "real" if path == REAL else "eval"
    for t in tasks:
        meta = t["data"]["meta"]
        assert meta["part"] == part
        assert {"doc", "source", "sha256", "start", "end"} <= set(meta)


# --- the builder on a document written here ----------------------------------------------------------

DOC = "2020年共收到申请12件，其中当面申请2件，网上申请10件。2020年未发生行政复议。"


def test_spans_resolve_in_reading_order_and_numerals_match_whole_numbers() -> None:
    start, end = locate_passage(DOC, "2020年共收到", "10件。", "t")
    passage = DOC[start:end]
    spans = locate_spans(passage, [["收到", "RECEIVED"], [12, "COUNT"], ["当面", "CHANNEL"], [2, "COUNT"],
                                   ["网上", "CHANNEL"], [10, "COUNT"]], "t")
    got = [(passage[s.start:s.end], s.label) for s in spans]
    assert got == [("收到", "RECEIVED"), ("12", "COUNT"), ("当面", "CHANNEL"), ("2", "COUNT"),
                   ("网上", "CHANNEL"), ("10", "COUNT")]
    # "2" is not matched inside 2020 or 12, so the first whole "2" is the in-person count
    assert passage[spans[3].start - 2:spans[3].start] == "申请"


@pytest.mark.parametrize("start_anchor,end_anchor", [("2020年", "。"), ("不存在", "。"), ("共收到", "找不到")])
def test_missing_or_ambiguous_anchor_fails_loudly(start_anchor: str, end_anchor: str) -> None:
    with pytest.raises(SpecError):
        locate_passage(DOC, start_anchor, end_anchor, "t")


@pytest.mark.parametrize("items", [[["受理", "RECEIVED"]], [["收到", "NOPE"]], [[" 收到", "RECEIVED"]],
                                   [["12", "COUNT", 3]], [["12", "COUNT"], ["收到", "RECEIVED"]]])
def test_bad_span_items_fail_loudly(items: list) -> None:
    with pytest.raises(SpecError):
        locate_spans(DOC, items, "t")


def test_builder_writes_stand_off_tasks(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "corpus" / "raw").mkdir(parents=True)
    (shared / "corpus" / "raw" / "x.txt").write_text(DOC, encoding="utf-8")
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "x.yaml").write_text(
        "doc: x.txt\nsource: corpus/raw\npart: real\npassages:\n"
        "  - from: 2020年未发生\n    to: 行政复议。\n    spans:\n      - [未, ZERO]\n      - [行政复议, CASE]\n",
        encoding="utf-8")
    built = build_all(specs, shared)["real"]
    tasks = to_tasks(built)
    assert "text" not in _keys(tasks)
    assert len(tasks) == 1 and len(tasks[0]["annotations"][0]["result"]) == 2
    assert load_examples_from(tasks, shared)[0].text == "2020年未发生行政复议。"


def load_examples_from(tasks: list, shared: Path) -> list[Example]:
    p = shared / "tasks.json"
    p.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return load_examples(p, shared)


# --- against the real reports -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(shared_dir: Path) -> list[Example]:
    return load_examples(REAL, shared_dir)


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> list[Example]:
    return load_examples(SEEDS, shared_dir)


def test_written_files_are_rebuilt_from_the_specs(shared_dir: Path) -> None:
    parts = build_all(shared_root=shared_dir)
    for part, path in build_real.OUTPUTS.items():
        assert to_tasks(parts[part]) == json.loads(path.read_text(encoding="utf-8")), \
            f"{path.name} is stale: run python -m annotations.build_real"


def test_training_passages_come_from_the_dev_split_only(real: list[Example], seeds: list[Example],
                                                        raw_dir: Path, seed_paths: list[Path]) -> None:
    """Span-level training text is real text of the DEV split (EVALUATION.md); a test-split report in the
    training data would make the test split's numbers meaningless. The seeds' spans are for measuring only."""
    from infer.evaluate import load_splits, split_of

    splits = load_splits(Path(__file__).resolve().parent.parent / "annotations" / "gold" / "splits.json")
    docs = {e.meta["doc"] for e in real}
    assert docs and docs <= {p.name for p in raw_dir.glob("*.txt")}
    assert {d for d in docs if split_of(d, splits) != "dev"} == set()
    assert {e.meta["doc"] for e in seeds} == {p.name for p in seed_paths}
    for examples in (real, seeds):
        assert any(not e.spans for e in examples), "no negative passages"


def _surface(e: Example, s) -> str:
    return e.text[s.start:s.end]


@pytest.mark.parametrize("which", ["real", "seeds"])
def test_spans_are_clean(which: str, request: pytest.FixtureRequest) -> None:
    examples: list[Example] = request.getfixturevalue(which)
    for e in examples:
        for s in e.spans:
            text = _surface(e, s)
            where = f"{e.meta['doc']}@{e.meta['start']}: {text!r} {s.label}"
            assert text and text == text.strip(), where
            assert s.label in LABEL_NAMES, where
            if s.label == "COUNT":
                assert parse_number(text) is not None, where
            if s.label == "ZERO":
                assert text in ZERO_SURFACES, where
            if s.label in CATEGORY_LABELS:
                assert category_field(s.label, text) is not None, f"{where}: no lexicon entry"


def _matches(field: str, label: str, surface: str) -> bool:
    """Does a category span name ``field``? CASE gives the group, RESULT the suffix."""
    if label in ANCHOR_FIELDS:
        return ANCHOR_FIELDS[label] == field
    got = category_field(label, surface)
    if label == "CASE":
        return field.startswith(f"{got}.")
    if label == "RESULT":
        return field.endswith(f".{got}")
    return got == field


_CLAUSE_BREAK = re.compile(r"[，,；;。、：:]")


def _clauses(e: Example) -> list[tuple[int, int]]:
    """Clause boundaries of a passage (split at ，；。、：), so a count is checked against the category
    it sits with, not any category elsewhere in the passage."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(e.text)] + [len(e.text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def test_gold_prose_facts_are_recoverable(seeds: list[Example], gold: dict) -> None:
    """Each gold (field, value) has a COUNT of that value (or a ZERO, for 0) in the same clause as a
    category span naming that field."""
    by_doc: dict[str, list[Example]] = defaultdict(list)
    for e in seeds:
        by_doc[e.meta["doc"]].append(e)
    missing = []
    for doc, facts in gold.items():
        for field, value in facts["prose"].items():
            ok = False
            for e in by_doc[doc]:
                for a, b in _clauses(e):
                    inside = [s for s in e.spans if a <= s.start and s.end <= b]
                    number = any(s.label == "COUNT" and parse_number(_surface(e, s)) == value for s in inside)
                    zero = value == 0 and any(s.label == "ZERO" for s in inside)
                    named = any(_matches(field, s.label, _surface(e, s))
                                for s in inside if s.label in CATEGORY_LABELS)
                    ok = ok or ((number or zero) and named)
            if not ok:
                missing.append((doc, field, value))
    assert not missing
    assert {e.meta["doc"] for e in seeds} >= set(gold)


# --- weak labels (annotations/build_weak.py) ------------------------------------------------------------

WEAK_DOC = ("2021年，本机关共收到政府信息公开申请40件，其中当面申请10件，网上申请30件，同比增长12.5%。"
            "共办结38件，结转至下一年度2件。本年度主动公开政府信息1200条。另收到咨询7件，已全部答复。")
WEAK_VALUES = {"requests.received": 40, "requests.channel.in_person": 10, "requests.channel.online": 30,
               "requests.outcome.total": 38, "requests.carried_forward": 2, "proactive.total": 0}


def _weak(blocked: list[tuple[int, int]] = ()) -> list[list[tuple[str, str]]]:
    from annotations.build_weak import weak_spans

    return [[(WEAK_DOC[s.start:s.end], s.label) for s in spans]
            for _, _, spans in weak_spans(WEAK_DOC, WEAK_VALUES, list(blocked))]


def test_weak_labels_confirm_prose_numbers_by_table_values() -> None:
    got = _weak()
    assert got == [
        [("收到", "RECEIVED"), ("40", "COUNT"), ("当面", "CHANNEL"), ("10", "COUNT"),
         ("网上", "CHANNEL"), ("30", "COUNT")],  # the year and 12.5% are not candidates
        [("办结", "ANSWERED"), ("38", "COUNT"), ("结转至下一年度", "CARRY_FORWARD"), ("2", "COUNT")],
    ]  # 1200 and 7 match no table value: those sentences are not passages


def test_weak_labels_skip_blocked_sentences() -> None:
    assert len(_weak([(0, 5)])) == 1


def test_weak_labels_agree_with_hand_labels(raw_dir: Path) -> None:
    from annotations.build_weak import _default_inputs, compare, weak_examples

    weak = [e for p in _default_inputs(raw_dir.parent.parent) for e in weak_examples(p, "corpus/raw")]
    result = compare(weak, load_examples(REAL, raw_dir.parent.parent))
    if result["weak_spans"]:
        assert result["count_precision"] == 1.0, result
