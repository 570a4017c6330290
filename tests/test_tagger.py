"""The runtime tagger: windows, the pre-filter, one decode per document, and a 200,000-character report.

Two stand-in models keep these tests fast and exact:

* a *rule model* whose logits depend on the token alone (digits → COUNT, 当面/网上/信函 → CHANNEL,
  受理 → RECEIVED): any window layout must then give identical spans, so a number cut at a window
  edge or a shifted offset shows up as a failure;
* a tiny randomly initialised XLM-R token classifier, to run the real transformers code path.

Both read a character-level tokenizer built here (every character is one token, plus a few words).
"""
from __future__ import annotations

import random
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch

from infer.labels import BIO_TAGS
from infer.linker import link
from infer.tagger import TaggedSpan, Tagger, candidate_regions, decode_bio, window_plan

ROOT = Path(__file__).resolve().parent.parent

# --- stand-ins -----------------------------------------------------------------------------------------

FILLER = ("各部门坚持以公开为常态、不公开为例外，持续深化重点领域信息公开，强化政策解读和回应关切。"
          "进一步规范依申请公开办理流程，加强平台建设和队伍建设，提升政务公开工作水平。\n")
DIGITS = "0123456789"
WORDS = ["当面", "网上", "信函", "受理"]  # whole-word tokens, so the rules below never fire inside other words
RULES = {**{d: "I-COUNT" for d in DIGITS}, "当面": "I-CHANNEL", "网上": "I-CHANNEL", "信函": "I-CHANNEL",
         "受理": "I-RECEIVED"}
ALPHABET = WORDS + sorted(set(FILLER + DIGITS + "".join(WORDS) + "全区共政府信息公开申请件，其中、。\n 第部分未收到零"
                              "行政复议诉讼案件撤维持判决驳回"))


def char_tokenizer(chars: list[str]):
    """One token per character, except the multi-character entries of ``chars`` (whole words)."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3}
    for c in chars:
        vocab.setdefault(c, len(vocab))
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    words = "|".join(c for c in chars if len(c) > 1)
    tok.pre_tokenizer = pre_tokenizers.Split(Regex((words + "|" if words else "") + r"[\s\S]"), behavior="isolated")
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]")


class RuleModel(torch.nn.Module):
    """Logits from a per-token table: context-free, so every window layout must agree."""

    def __init__(self, tokenizer):
        super().__init__()
        table = torch.full((len(tokenizer), len(BIO_TAGS)), -4.0)
        table[:, BIO_TAGS.index("O")] = 4.0
        for ch, tag in RULES.items():
            i = tokenizer.convert_tokens_to_ids(ch)
            table[i] = -4.0
            table[i, BIO_TAGS.index(tag)] = 4.0
        self.table = table
        self.calls = 0

    def forward(self, input_ids, attention_mask=None):
        self.calls += 1
        return SimpleNamespace(logits=self.table[input_ids])


@pytest.fixture(scope="module")
def tok():
    return char_tokenizer(ALPHABET)


def paragraph(i: int) -> tuple[str, dict[str, int]]:
    n_in, n_on = 1000 + 2 * i, 5000 + 3 * i
    total = n_in + n_on
    return (f"全区共受理政府信息公开申请{total}件，其中当面申请{n_in}件、网上申请{n_on}件。\n",
            {"requests.received": total, "requests.channel.in_person": n_in,
             "requests.channel.online": n_on})


def long_report(n_chars: int = 200_000) -> tuple[str, list[tuple[str, int, int]]]:
    """A synthetic report of ``n_chars``+ characters; returns it and every expected (field, value, offset)."""
    parts, expected, pos, i = [], [], 0, 0
    rnd = random.Random(7)
    while pos < n_chars:
        filler = FILLER * rnd.randint(1, 6)
        para, facts = paragraph(i)
        parts.append(filler)
        pos += len(filler)
        for field, value in facts.items():
            expected.append((field, value, pos + para.index(str(value))))
        parts.append(para)
        pos += len(para)
        i += 1
    return "".join(parts), expected


# --- window plan and decoding ---------------------------------------------------------------------------

def test_window_plan_covers_every_token_from_its_most_central_window():
    windows, best = window_plan(1000, 100, 30)
    assert windows[0][0] == 0 and windows[-1][1] == 1000
    assert all(e - s == 100 for s, e in windows)
    assert all(windows[k + 1][0] - windows[k][0] <= 70 for k in range(len(windows) - 1))
    for t, w in enumerate(best):
        s, e = windows[w]
        assert s <= t < e
        margin = min(t - s, e - 1 - t)
        assert all(margin >= min(t - s2, e2 - 1 - t) for s2, e2 in windows if s2 <= t < e2)


def test_window_plan_short_input_is_one_window():
    assert window_plan(5, 100, 10) == ([(0, 5)], [0] * 5)
    with pytest.raises(ValueError):
        window_plan(10, 8, 8)


def test_decode_bio_is_lenient_and_respects_breaks_and_skips():
    tags = ["B-COUNT", "I-COUNT", "O", "I-CHANNEL", "I-CHANNEL", "I-COUNT", "I-COUNT"]
    probs = [0.9, 0.7, 1.0, 0.6, 0.8, 0.5, 0.5]
    assert decode_bio(tags, probs) == [(0, 1, "COUNT", pytest.approx(0.8)), (3, 4, "CHANNEL", pytest.approx(0.7)),
                                       (5, 6, "COUNT", pytest.approx(0.5))]
    assert [d[:3] for d in decode_bio(tags, probs, breaks={6})] == [(0, 1, "COUNT"), (3, 4, "CHANNEL"),
                                                                    (5, 5, "COUNT"), (6, 6, "COUNT")]
    skip = [False, False, False, False, False, True, False]
    assert [d[:3] for d in decode_bio(tags, probs, skip=skip)][-1] == (6, 6, "COUNT")


# --- pre-filter -----------------------------------------------------------------------------------------

def test_candidate_regions_keep_fact_paragraphs_whole():
    text = ("一、概述\n政务公开稳步推进。行政复议情况如下。维持2件，纠正1件。工作有序开展。\n"
            "本年未收到申请。\n加强队伍建设。\n当面申请 | 12 | 0\n417\n")
    regions = [text[a:b] for a, b in candidate_regions(text)]
    assert regions == ["政务公开稳步推进。行政复议情况如下。维持2件，纠正1件。工作有序开展。\n本年未收到申请。\n"]
    short = "信函申请两件。其他。"
    assert [short[a:b] for a, b in candidate_regions(short)] == [short]


def test_candidate_regions_cut_long_paragraphs_to_sentences_with_neighbours():
    filler = "加强组织领导，完善工作机制，推进政务公开标准化规范化建设。"
    text = filler * 10 + "行政复议情况如下。维持2件。工作有序开展。" + filler * 10
    (region,) = [text[a:b] for a, b in candidate_regions(text, max_paragraph_chars=300)]
    assert region == "行政复议情况如下。维持2件。工作有序开展。"


def test_candidate_regions_read_the_prose_beside_a_table_on_one_line():
    """A report flattened onto one line with its table is a "table row" with sentences beside the
    cells: the sentences are tagged (they used to be skipped with the line), the cells never are."""
    prose_before = "本年度共收到政府信息公开申请37件，其中当面申请5件，网上申请30件。"
    prose_after = "下一步将加强培训。本年度被申请行政复议2件，均已办结。"
    cells = "三、收到和处理政府信息公开申请情况 申请人情况 | 自然人 | 总计 | 一、本年新收申请数量 | 30 | 37 |"
    for filler in ("", "加强组织领导，完善工作机制，推进政务公开标准化规范化建设。" * 12):
        text = filler + prose_before + " " + cells + " " + prose_after + filler + "\n"
        regions = [text[a:b] for a, b in candidate_regions(text)]
        assert any(prose_before in r for r in regions), len(filler)
        assert any("被申请行政复议2件" in r for r in regions), len(filler)
        assert not any("| 30 |" in r for r in regions), len(filler)
    row = "一、本年新收政府信息公开申请数量 | 30 | 7 | 37 |\n"
    assert candidate_regions(row) == []  # an ordinary table row is still left to the table parser
    assert candidate_regions("行政许可 | 12 | 全年共收到申请5件，其中当面申请2件。 |\n") == []  # a cell's text


@pytest.mark.parametrize("sentence,expected", [
    ("全区共受理申请486件。", True), ("网上申请两件。", True), ("本年度未收到申请。", True),
    ("2017年12月31日止。", False), ("合格率达到100%。", False), ("1.推进决策公开。", False),
    ("（青府办函〔2017〕50号）。", False), ("电话:0755-26153874)。", False), ("417\n", False),
    ("规范性文件1件", True),
])
def test_may_hold_fact(sentence, expected):
    from infer.tagger import may_hold_fact

    assert may_hold_fact(sentence) is expected


# --- the rule model: exact spans, any window layout -----------------------------------------------------

def test_spans_identical_for_any_window_layout_and_prefilter(tok):
    text, _ = long_report(6_000)
    model = RuleModel(tok)
    ref = Tagger(model, tok, BIO_TAGS, max_length=100_000, prefilter=False).tag(text)
    assert ref, "the rule model must find spans"
    for max_length, stride in ((16, 0), (16, 5), (64, 20), (512, 128)):
        for prefilter in (False, True):
            got = Tagger(model, tok, BIO_TAGS, max_length=max_length, stride=stride, prefilter=prefilter,
                         batch_size=7).tag(text)
            assert got == ref, (max_length, stride, prefilter)
    for s in ref:
        if s.label == "COUNT":
            assert text[s.start:s.end].isdigit()
            assert not text[s.end].isdigit() and not text[s.start - 1].isdigit()


def test_200k_character_report_facts_at_the_right_offsets(tok):
    text, expected = long_report(200_000)
    assert len(text) >= 200_000
    model = RuleModel(tok)
    tagger = Tagger(model, tok, BIO_TAGS, max_length=128, stride=32, batch_size=32)
    t0 = time.perf_counter()
    spans = tagger.tag(text)
    elapsed = time.perf_counter() - t0
    facts = link(text, spans)
    got = {(f.field, f.value, f.start) for f in facts}
    assert got == set(expected)
    for f in facts:
        assert text[f.start:f.end] == f.text == str(f.value)
    assert elapsed < 30, f"tagging 200k characters took {elapsed:.1f}s"


def test_count_snapped_to_whole_number(tok):
    # A model that tags only the last digit of a number still yields the whole number.
    class LastDigit(RuleModel):
        def forward(self, input_ids, attention_mask=None):
            logits = super().forward(input_ids).logits.clone()
            ids = input_ids.tolist()
            digit_ids = {tok.convert_tokens_to_ids(d) for d in DIGITS}
            for r, row in enumerate(ids):
                for c in range(len(row) - 1):
                    if row[c] in digit_ids and row[c + 1] in digit_ids:
                        logits[r, c] = 0
                        logits[r, c, BIO_TAGS.index("O")] = 5
            return SimpleNamespace(logits=logits)

    text = "全区共受理政府信息公开申请2468件。"
    spans = Tagger(LastDigit(tok), tok, BIO_TAGS).tag(text)
    counts = [text[s.start:s.end] for s in spans if s.label == "COUNT"]
    assert counts == ["2468"]


# --- a tiny random transformer ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_xlmr(tok):
    from transformers import XLMRobertaConfig, XLMRobertaForTokenClassification

    torch.manual_seed(0)
    cfg = XLMRobertaConfig(vocab_size=len(tok), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                           intermediate_size=64, max_position_embeddings=140, pad_token_id=0,
                           num_labels=len(BIO_TAGS))
    return XLMRobertaForTokenClassification(cfg).eval()


def test_tiny_transformer_end_to_end(tok, tiny_xlmr):
    text, _ = long_report(3_000)
    tagger = Tagger(tiny_xlmr, tok, BIO_TAGS, max_length=128, stride=32, batch_size=4)
    spans = tagger.tag(text)
    assert spans == tagger.tag(text)  # deterministic
    assert spans == Tagger(tiny_xlmr, tok, BIO_TAGS, max_length=128, stride=32, batch_size=64).tag(text)
    last = -1
    for s in spans:
        assert isinstance(s, TaggedSpan) and s.label in {t[2:] for t in BIO_TAGS if t != "O"}
        assert 0 <= s.start < s.end <= len(text) and s.start >= last
        assert 0.0 < s.score <= 1.0
        last = s.end
    link(text, spans)  # random tags must never crash the linker


def test_load_a_saved_model_folder(tok, tiny_xlmr, tmp_path):
    """Tagger.load reads what infer.model_io.save_tagger writes (tags, max_length from meta.json)."""
    from infer.model_io import save_tagger

    meta = {"tags": list(BIO_TAGS), "base_model": "random", "num_layers": None, "max_length": 64,
            "stride": 16, "tokenizer": "chars"}
    save_tagger(tiny_xlmr, tok, tmp_path / "m", meta)
    tagger = Tagger.load(tmp_path / "m", batch_size=3)
    assert tagger.max_length == 64 and tagger.tags == list(BIO_TAGS) and tagger.batch_size == 3
    text, _ = long_report(1_000)
    expected = Tagger(tiny_xlmr, tok, BIO_TAGS, max_length=64).tag(text)
    assert tagger.tag(text) == expected


def test_empty_and_factless_text(tok):
    tagger = Tagger(RuleModel(tok), tok, BIO_TAGS)
    assert tagger.tag("") == []
    assert tagger.tag("政务公开工作稳步推进。") == []


def test_bad_window_settings_are_refused(tok):
    with pytest.raises(ValueError):
        Tagger(RuleModel(tok), tok, BIO_TAGS, max_length=10, stride=8)


def test_missing_model_dir_is_a_clear_error(tmp_path):
    from infer.model_io import ModelLoadError

    with pytest.raises(ModelLoadError, match="meta.json"):
        Tagger.load(tmp_path / "nowhere")


# --- the pre-filter on the seeds: no hand-labelled span is skipped ---------------------------------------

def seed_spans_by_doc(shared_dir: Path) -> dict[str, list[tuple[int, int, str]]]:
    from annotations.corpus import load_examples

    path = ROOT / "annotations" / "eval" / "seeds_prose.json"
    if not path.is_file():
        pytest.skip("annotations/eval/seeds_prose.json not present")
    out: dict[str, list[tuple[int, int, str]]] = {}
    for ex in load_examples(path, shared_dir):
        base = ex.meta["start"]
        out.setdefault(ex.meta["doc"], []).extend((base + s.start, base + s.end, s.label) for s in ex.spans)
    return out


def test_prefilter_keeps_every_labelled_seed_span(shared_dir):
    from infer.textio import load_report

    by_doc = seed_spans_by_doc(shared_dir)
    kept_chars = total_chars = n_spans = 0
    for doc, spans in by_doc.items():
        text = load_report(shared_dir / "seeds" / doc).text
        regions = candidate_regions(text)
        kept_chars += sum(b - a for a, b in regions)
        total_chars += len(text)
        for s, e, label in spans:
            n_spans += 1
            assert any(a <= s and e <= b for a, b in regions), f"{doc}: {label} {text[s:e]!r} outside every region"
    assert n_spans > 50
    print(f"pre-filter keeps {kept_chars / total_chars:.2f} of the seed text")
    assert kept_chars < 0.6 * total_chars  # the filter must actually save work


@pytest.mark.slow
def test_shipped_model_on_a_200k_report(seed_paths):
    """The real model on the five seeds concatenated (and repeated) past 200,000 characters."""
    from infer.textio import load_report

    model_dir = ROOT / "models" / "tagger"
    if not (model_dir / "meta.json").is_file():
        pytest.skip("no shipped model in models/tagger")
    torch.set_num_threads(2)
    tagger = Tagger.load(model_dir)
    texts = [load_report(p).text for p in seed_paths]
    singles = {}
    for p, t in zip(seed_paths, texts):
        singles[p.name] = {(f.field, f.value) for f in link(t, tagger.tag(t))}
    sep = "\n"
    doc, offsets = "", []
    while len(doc) < 200_000:
        for t in texts:
            offsets.append(len(doc))
            doc += t + sep
    t0 = time.perf_counter()
    facts = link(doc, tagger.tag(doc))
    elapsed = time.perf_counter() - t0
    for f in facts:
        assert doc[f.start:f.end] == f.text
    got = {(f.field, f.value) for f in facts}
    want = set().union(*singles.values())
    assert got == want
    assert elapsed < 600


def test_batches_partition_within_limits_and_cut_padding():
    """Batching is a partition of the windows, within batch_size/batch_tokens, and groups similar
    lengths: mixed short sentences and full windows are not padded to the longest one."""
    import random

    class Tok:
        cls_token_id, sep_token_id, pad_token_id = 0, 1, 2

    tagger = Tagger(object(), Tok(), ["O"], max_length=128, batch_size=32, batch_tokens=4096)
    rng = random.Random(7)
    for _ in range(100):
        windows = [[5] * rng.randint(1, 126) for _ in range(rng.randint(0, 200))]
        batches = tagger._batches(windows)
        assert sorted(i for b in batches for i in b) == list(range(len(windows)))
        for b in batches:
            width = max(len(windows[i]) + 2 for i in b)
            assert len(b) <= 32 and (len(b) == 1 or len(b) * width <= 4096)
    # a report-like mix: 12 short sentences and 4 full windows → the short ones are not padded to 128
    windows = [[5] * n for n in (9, 12, 20, 25, 30, 31, 40, 44, 50, 60, 62, 70)] + [[5] * 126] * 4
    padded = sum(len(b) * max(len(windows[i]) + 2 for i in b) for b in tagger._batches(windows))
    assert padded < 0.7 * len(windows) * 128


@pytest.mark.slow
def test_prefilter_loses_nothing_with_the_shipped_model(seed_paths, gold):
    """With the real model, the pre-filter finds every gold prose fact that full-text tagging finds."""
    from infer.schema import is_scored
    from infer.textio import load_report

    model_dir = ROOT / "models" / "tagger"
    if not (model_dir / "meta.json").is_file():
        pytest.skip("no shipped model in models/tagger")
    torch.set_num_threads(2)
    fast = Tagger.load(model_dir)
    full = Tagger.load(model_dir, prefilter=False)
    for p in seed_paths:
        text = load_report(p).text
        want = {(k, float(v)) for k, v in gold[p.name]["prose"].items() if is_scored(k)}
        with_filter = {(f.field, float(f.value)) for f in link(text, fast.tag(text))}
        without = {(f.field, float(f.value)) for f in link(text, full.tag(text))}
        assert (without & want) <= with_filter, f"{p.name}: the pre-filter lost {sorted((without & want) - with_filter)}"
