"""The synthetic prose generator: deterministic, character-exact, consistent with the guideline."""
from __future__ import annotations

import json
import random
import re
from collections import Counter

import pytest

from annotations.corpus import example_to_task, load_tasks, task_to_example
from infer.lexicon import ANCHOR_SYNONYMS, ZERO_WORDS, category_field, to_simplified
from infer.numerals import parse_number
from train.synth.__main__ import main as synth_main
from train.synth.generate import SynthConfigError, generate, generate_one, load_config, report
from train.synth.values import NumberStyle, render_count, to_chinese

N = 800
SEED = 5


@pytest.fixture(scope="module")
def cfg() -> dict:
    return load_config()


@pytest.fixture(scope="module")
def rendered(cfg):
    return [generate_one(cfg, SEED, i) for i in range(N)]


@pytest.fixture(scope="module")
def examples(rendered):
    return [r.example for r in rendered]


def test_deterministic_for_a_seed(cfg):
    a = generate(cfg, 60, 11)
    b = generate(cfg, 60, 11)
    assert [(e.text, e.spans) for e in a] == [(e.text, e.spans) for e in b]
    c = generate(cfg, 60, 12)
    assert [e.text for e in a] != [e.text for e in c]
    # a prefix of a longer run is the shorter run (per-example random streams)
    assert [e.text for e in generate(cfg, 20, 11)] == [e.text for e in a[:20]]


def test_spans_never_overlap_and_are_trimmed(examples):
    for ex in examples:
        ex.check()
        spans = sorted(ex.spans)
        for a, b in zip(spans, spans[1:]):
            assert a.end <= b.start, (ex.text, a, b)
        for s in spans:
            t = ex.text[s.start:s.end]
            assert t == t.strip() and t[0] not in "，。、；：,;:（）()" and t[-1] not in "，。、；：,;:（）()", (t, ex.text)


def test_every_span_is_a_valid_instance_of_its_label(rendered):
    zero_words = set(ZERO_WORDS) | {"不"}  # 暂[不]收费: the real corpus annotates 不 as ZERO too
    for r in rendered:
        ex = r.example
        for span, intent in zip(ex.spans, r.intents):
            text = ex.text[span.start:span.end]
            simple = to_simplified(text)
            if span.label == "COUNT":
                assert parse_number(text) is not None, (text, ex.text)
            elif span.label == "ZERO":
                assert simple in zero_words, (text, ex.text)
            elif span.label in ("CHANNEL", "APPLICANT", "OUTCOME", "CASE", "RESULT"):
                got = category_field(span.label, text)
                assert got is not None, (span.label, text)
                assert intent is None or got == intent, (span.label, text, got, intent)
            else:
                syns = ANCHOR_SYNONYMS[span.label]
                assert any(s in simple for s in syns) or (span.label == "CARRY_FORWARD" and "顺延" in simple), (
                    span.label, text)


_NOT_COUNT_AFTER = re.compile(r"^\s*[%％年月日号號]")


def test_no_distractor_number_inside_a_count(examples):
    for ex in examples:
        counts = [s for s in ex.spans if s.label == "COUNT"]
        for s in counts:
            before, after = ex.text[max(0, s.start - 1):s.start], ex.text[s.end:s.end + 1]
            # a COUNT is a whole number token, never a piece of a longer one (phone, year, doc number)
            assert not re.match(r"[0-9０-９.\-]", after) and not re.match(r"[0-9０-９.\-]", before), (ex.text, s)
            assert not _NOT_COUNT_AFTER.match(ex.text[s.end:]), (ex.text[s.start:s.end + 2], ex.text)
            assert before not in ("第", "〔"), ex.text
        # every percentage, year, date, phone number and document number stays outside all spans
        for m in re.finditer(r"\d[\d.]*\s*%|\d{4}年|\d{1,2}月\d{1,2}日|\d{3,4}-\d{7,8}|〔\d{4}〕\d+号|第\d+次", ex.text):
            for s in ex.spans:
                if s.label == "CARRY_FORWARD":  # 结转至2026年: the year belongs to the phrase
                    continue
                assert s.end <= m.start() or s.start >= m.end(), (m.group(), ex.text[s.start:s.end], ex.text)


def test_distractor_passages_have_no_spans(examples):
    pure = [e for e in examples if e.meta["kind"] == "distractors"]
    assert pure, "the mix should contain distractor-only passages"
    assert all(not e.spans for e in pure)
    assert any(e.meta["distractors"] for e in examples if e.spans), "facts must also appear among distractors"


def test_traditional_share_roughly_as_configured(cfg, examples):
    want = cfg["traditional"]["p"]
    trad = [e for e in examples if e.meta["script"] != "simplified"]
    assert abs(len(trad) / len(examples) - want) < 0.05
    converted = sum(1 for e in trad if to_simplified(e.text) != e.text)
    assert converted >= 0.95 * len(trad)
    # Taiwan phrasing (網路/答覆) is among them
    assert any("網路" in e.text or "答覆" in e.text for e in trad)


def test_number_styles_and_label_coverage(examples):
    counts = [e.text[s.start:s.end] for e in examples for s in e.spans if s.label == "COUNT"]
    assert any(re.search(r"[一二两三四五六七八九十百零]", c) for c in counts)
    assert any(re.search(r"[０-９]", c) for c in counts)
    assert any("," in c for c in counts)
    labels = Counter(s.label for e in examples for s in e.spans)
    from infer.labels import LABEL_NAMES

    assert set(labels) == set(LABEL_NAMES), labels


def test_chinese_numerals_round_trip():
    rng = random.Random(0)
    for n in list(range(0, 1200)) + [10000, 10005, 12345, 20000, 100000, 105000]:
        assert parse_number(to_chinese(n)) == n, (n, to_chinese(n))
    assert to_chinese(2) == "两" and to_chinese(12) == "十二" and to_chinese(105) == "一百零五"
    style = NumberStyle(fullwidth=True, thousands=",")
    assert render_count(1234, rng, style) == "１，２３４"
    assert parse_number(render_count(1234, rng, style)) == 1234


def test_task_round_trip(examples):
    for i, ex in enumerate(examples[:100]):
        back = task_to_example(json.loads(json.dumps(example_to_task(ex, task_id=i), ensure_ascii=False)))
        assert back.text == ex.text and back.spans == sorted(ex.spans)


def test_report_and_cli(tmp_path, capsys, examples):
    rep = report(examples)
    assert rep["examples"] == N and rep["labels"]["COUNT"] > 0 and rep["families"]
    out = tmp_path / "synthetic.json"
    assert synth_main(["--n", "25", "--seed", "3", "--out", str(out)]) == 0
    tasks = load_tasks(out)
    assert len(tasks) == 25
    assert '"traditional_ratio"' in capsys.readouterr().out


def test_bad_config_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("mix: {requests_full: -1}\n", encoding="utf-8")
    with pytest.raises(SynthConfigError):
        load_config(bad)
    assert synth_main(["--config", str(tmp_path / "missing.yaml"), "--n", "1"]) == 2
    assert "not found" in capsys.readouterr().err


# --- issue 10: the constructions real reports use (positives and negatives) ---------------------------

N_CONSTRUCTIONS = 3000


@pytest.fixture(scope="module")
def many(cfg):
    return [generate_one(cfg, 17, i).example for i in range(N_CONSTRUCTIONS)]


def _with_family(examples, family: str):
    return [e for e in examples if any(f.startswith(family) or f"+{family}" in f for f in e.meta["families"])]


def _labelled(ex, label: str):
    return [s for s in sorted(ex.spans) if s.label == label]


def test_every_new_construction_is_generated(many):
    fams = {f for e in many for f in e.meta["families"]}
    for want in ("outcomes:combined", "outcomes:sub_alone", "cases:each", "cases:zero_three",
                 "received:via_list", "breakdown:department"):
        assert any(f.startswith(want) for f in fams), want
    assert any("all_answered" in f for f in fams) and any("all_results" in f for f in fams)
    dis = {d for e in many for d in e.meta["distractors"]}
    assert {"distractor:proactive", "distractor:hard_negative", "distractor:procedure_outcome_words"} <= dis


def test_combined_outcomes_share_one_count(many):
    """[予以公开]及[部分公开][15]件: two OUTCOME spans joined by 及/和/与, then the one COUNT."""
    found = 0
    for ex in _with_family(many, "outcomes:combined"):
        spans = sorted(ex.spans)
        for a, b, c in zip(spans, spans[1:], spans[2:]):
            joiner = to_simplified(ex.text[a.end:b.start])
            if a.label == b.label == "OUTCOME" and joiner in ("及", "和", "与", "以及") and c.label == "COUNT":
                assert re.fullmatch(r"(的|共|的共|合计)?", to_simplified(ex.text[b.end:c.start])), ex.text
                found += 1
    assert found >= 10


def test_zero_list_covers_every_case_type(many):
    """未发生…行政复议、行政诉讼及申诉案件: one ZERO, three CASE spans, complaints among them."""
    exs = _with_family(many, "cases:zero_three")
    assert exs
    for ex in exs:
        cases = [category_field("CASE", ex.text[s.start:s.end]) for s in _labelled(ex, "CASE")]
        assert {"review", "litigation", "complaints"} <= set(cases), ex.text
    short = [e for e in exs if re.search(r"(?<!行政)复议、(?<!行政)诉讼", to_simplified(e.text))]
    assert short, "short forms (复议、诉讼和申诉) must occur"


def test_distributive_wording(many):
    each = _with_family(many, "cases:each")
    assert each
    for ex in each:
        assert re.search(r"(各|分别为|均为)", to_simplified(ex.text)), ex.text
    ans = [e for e in many if any("all_answered" in f for f in e.meta["families"])]
    for ex in ans:  # 均已按时[答复]: an ANSWERED span with no COUNT right after it
        assert any(not re.match(r"\s*\d", ex.text[s.end:]) for s in _labelled(ex, "ANSWERED")), ex.text
    res = [e for e in many if any("all_results" in f for f in e.meta["families"])]
    assert any("均" in e.text for e in res)


def test_channel_list_qualifying_a_total_is_not_tagged(many):
    """[受理]通过信函、网络等方式提交的申请共[64]件: the listed channels qualify the total and stay O."""
    exs = _with_family(many, "received:via_list")
    assert exs
    for ex in exs:
        spans = sorted(ex.spans)
        for a, b in zip(spans, spans[1:]):
            if a.label == "RECEIVED" and re.search(r"(通过|经|以).+(提交|提出)的", to_simplified(ex.text[a.end:b.start])):
                assert b.label == "COUNT", ex.text  # nothing tagged between the verb and the total
                break
        else:
            raise AssertionError(ex.text)


def test_breakdowns_and_last_years_figure_stay_O(many):
    pattern = re.compile(r"(上年为|上年同期为|\d{4}年为|比上年的|部门共)(\d+)")
    checked = 0
    for ex in many:
        for m in pattern.finditer(to_simplified(ex.text)):
            assert not any(s.start < m.end(2) and m.start(2) < s.end for s in ex.spans), ex.text
            checked += 1
    assert checked > 10
    for ex in _with_family(many, "breakdown:department"):
        for s in _labelled(ex, "COUNT"):
            assert not re.search(r"(局|分局|办事处|乡镇)$", ex.text[max(0, s.start - 3):s.start]), ex.text


def test_court_results_map_to_their_kind():
    from train.synth.families import _ALL_RESULTS
    from train.synth.grammar import RESULTS

    for case, kinds in RESULTS.items():
        for kind, words in kinds.items():
            assert all(category_field("RESULT", w) == kind for w in words), (case, kind)
    for (case, kind), forms in _ALL_RESULTS.items():
        assert all(category_field("RESULT", w) == kind for _, w, _ in forms), (case, kind)
