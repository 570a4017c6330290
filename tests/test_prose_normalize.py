"""Normalisation before tagging (infer/prose/normalize.py): each transformation, the offset map, and
the pipeline on a report flattened onto one line with its table (issue 10 item 4, issue 13 item 4).

Every text here is written for these tests. A regex "tagger" stands in for the model where exact
facts matter (any object with ``tag(text)`` can); a tiny random transformer runs the real tagger
code; one slow test runs the shipped model.
"""
from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

import pytest

from infer.pipeline import extract
from infer.prose.normalize import MIN_TONELESS_GLOSSES, normalize_for_tagging
from infer.tagger import TaggedSpan
from infer.textio import Document

ROOT = Path(__file__).resolve().parent.parent


def norm(text: str) -> str:
    return normalize_for_tagging(text).text


# --- 1. pinyin glosses ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,clean", [
    ("全镇(zhèn)共受(shòu)理(lǐ)申请4件。", "全镇共受理申请4件。"),
    ("鎮（zhèn）政府受（shòu）理申请。", "鎮政府受理申请。"),           # full-width brackets, traditional
    ("办(ban4)理(li3)申请。", "办理申请。"),                          # tone digits
    ("政府(zhèng fǔ)信息。", "政府信息。"),                            # a gloss of a word
    ("绿(lǜ)色通道。", "绿色通道。"),
])
def test_toned_glosses_go(raw, clean):
    assert norm(raw) == clean


@pytest.mark.parametrize("raw", [
    "（一）主动公开情况。", "本办法(2021)第3条。", "门户网站(PDF版)下载。", "政务新媒体(APP)上线。",
    "公开指南(Guide)修订。", "平台(app)上线。", "第(3)项。", "编号(a)、(b)两类。",
])
def test_real_brackets_stay(raw):
    assert norm(raw) == raw


def test_toneless_glosses_need_several():
    few = "受(shou)理申请，平台(an)上线。"
    assert norm(few) == few  # one or two tone-less brackets may be words
    many = "受(shou)理(li)了申(shen)请(qing)。"
    assert MIN_TONELESS_GLOSSES <= 4
    assert norm(many) == "受理了申请。"


# --- 2. hard-wrapped lines --------------------------------------------------------------------------

PARAGRAPH = ("本年度我局坚持以公开为常态、不公开为例外，持续推进决策执行管理服务结果公开。全年共收到政府信息公开申"
             "请46件，其中当面申请9件，网上申请31件，信函申请6件；上年结转申请2件。截至年底已办结45件，"
             "其中予以公开28件，部分公开7件，不予公开4件，无法提供6件。另有1件结转下一年度继续办理。")
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]


def wrap(text: str, width: int) -> str:
    """``text`` cut into lines of at most ``width`` Han characters' width, as a PDF lays it out."""
    lines, cur, used = [], "", 0
    for ch in text:
        w = 2 if ord(ch) > 0x2E80 else 1
        if used + w > 2 * width:
            lines.append(cur)
            cur, used = "", 0
        cur += ch
        used += w
    return "\n".join(lines + [cur])


def test_hard_wrapped_paragraphs_are_joined_headings_and_blank_lines_stay():
    doc = (f"{HEADINGS[0]}\n{wrap(PARAGRAPH, 24)}\n\n{HEADINGS[1]}\n"
           f"{wrap(PARAGRAPH[::-1].replace('。', '，') + '。', 24)}\n{HEADINGS[2]}\n{wrap(PARAGRAPH, 24)}\n")
    got = norm(doc)
    assert got.split("\n") == [HEADINGS[0], PARAGRAPH, "", HEADINGS[1], PARAGRAPH[::-1].replace("。", "，") + "。",
                               HEADINGS[2], PARAGRAPH, ""]


def test_a_number_broken_across_lines_is_joined():
    assert norm("因政府信息公开被申请行政复议 35\n1 件，均已审结。") == "因政府信息公开被申请行政复议351件，均已审结。"
    assert norm("全年受理申请12\n3件。\n") == "全年受理申请123件。\n"


@pytest.mark.parametrize("text", [
    "申请总数\n35\n1\n件\n",                                  # one table cell per line
    "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议情况\n"
    "五、存在的主要问题及改进情况\n六、其他需要报告的事项\n" + PARAGRAPH + "\n",  # headings, unwrapped prose
    "行政复议 | 3\n1 | 2\n",                                  # table rows
    "共收到申请35件。\n1月份起实行新制度。\n",                    # a sentence ends before the break
    "规章 0 0 0\n7 2 41\n", "行政许可 1382\n267 行政处罚\n",       # table rows set with spaces
])
def test_lines_that_are_not_wrapped_stay(text):
    assert norm(text) == text


def test_wrapped_text_with_half_width_digits_is_measured_by_display_width():
    lines = [PARAGRAPH[i:i + 20] for i in range(0, 100, 20)]
    lines[1] = lines[1][:18] + "2023"  # two Han replaced by four digits: same display width
    doc = "\n".join(lines) + "\n"
    assert norm(doc) == "".join(lines) + "\n"


def test_pdf_paragraphs_with_indents_digits_and_page_footers_are_rejoined():
    """PDF text: a paragraph's first line is indented, digits are narrower than Han, a page footer
    (``- 2 -``) can fall between two halves of a sentence; headings stay on their own lines."""
    paras = [PARAGRAPH, PARAGRAPH.replace("46件", "1,046件"), PARAGRAPH[::-1].replace("。", "，") + "。"]
    lines: list[str] = []
    for k, p in enumerate(paras):
        lines.append(HEADINGS[k])
        wrapped = wrap("\u3000\u3000" + p, 26).split("\n")
        lines.extend(w.lstrip("\u3000") for w in wrapped)
    lines.insert(6, "- 2 -")
    doc = "\n".join(lines) + "\n"
    assert norm(doc).split("\n") == [HEADINGS[0], paras[0], HEADINGS[1], paras[1], HEADINGS[2], paras[2], ""]


def test_numbers_framed_by_spaces_in_pdf_text():
    pdf = ("本报告统计期限自 2023 年 1 月 1 日至 2023 年 12 月 31 日。全年收到申请 46 件，"
           "其中网上申请 31 件，办结 45 件。")
    assert norm(pdf) == "本报告统计期限自2023年1月1日至2023年12月31日。全年收到申请46件，其中网上申请31件，办结45件。"
    one = "政府公报公开 条 0 受理申请总数 条 0 0"  # a single framed number: a row set with spaces
    assert norm(one) == one


# --- 3. spaced-out characters -------------------------------------------------------------------------

@pytest.mark.parametrize("raw,clean", [
    ("行 政 复 议 3 件，均 已 审 结。", "行政复议3件，均已审结。"),
    ("共 收 到 申 请 3 5 件。", "共收到申请35件。"),
    ("全年收到申请 46 件，办结 45 件。", "全年收到申请46件，办结45件。"),
    ("自 然 人 5 2 9 0", "自然人 5 2 9 0"),   # numbers with no unit after them stay separate cells
])
def test_spaced_out_characters(raw, clean):
    assert norm(raw) == clean


@pytest.mark.parametrize("raw", [
    "指标 条 0 0 其中", "自然人 52 9 0 1", "A B C D E", "2023年 1月 5日", "第 1 2 3 项",
])
def test_spacing_that_is_not_extraction_noise_stays(raw):
    assert norm(raw) == raw


# --- 4. a report flattened onto one line with its table ------------------------------------------------

REPORT = """江川市生态环境局2023年政府信息公开工作年度报告

一、总体情况
本年度我局坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化。
全年共收到政府信息公开申请37件，其中当面申请5件，网上申请30件，信函申请2件。办结的申请中，予以公开21件，部分公开6件，不予公开3件。

三、收到和处理政府信息公开申请情况
申请人情况 | 自然人 | 法人或其他组织 | 总计 |
一、本年新收政府信息公开申请数量 | 30 | 7 | 37 |
二、上年结转政府信息公开申请数量 | 1 | 0 | 1 |

四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 |
2 | 1 |

五、存在的主要问题及改进情况
下一步，我局将加强业务培训。本年度被申请行政复议2件，被提起行政诉讼1件，均已办结。
"""


class RegexTagger:
    """A stand-in tagger: whole numbers are COUNT, a few words their categories."""

    PATTERNS = [("COUNT", r"[0-9]+"), ("CHANNEL", r"当面|网上|信函"), ("RECEIVED", r"收到"),
                ("OUTCOME", r"予以公开|部分公开|不予公开"), ("CASE", r"行政复议|行政诉讼")]

    def tag(self, text: str) -> list[TaggedSpan]:
        return sorted(TaggedSpan(m.start(), m.end(), label) for label, p in self.PATTERNS
                      for m in re.finditer(p, text))


def document(text: str, name: str = "report.txt") -> Document:
    return Document(path=name, text=text, encoding="utf-8", sha256=hashlib.sha256(text.encode()).hexdigest())


def prose(result) -> set[tuple[str, float]]:
    return {(f.field, float(f.value)) for f in result.prose_facts}


def flatten(text: str, joiner: str) -> str:
    return text.replace("\n", joiner)


def test_flattened_line_is_split_around_its_table():
    flat = flatten(REPORT, " ")
    nt = normalize_for_tagging(flat)
    lines = nt.text.split("\n")
    assert len(lines) == 3
    assert "|" not in lines[0] and "|" not in lines[2] and "申请37件" in lines[0]
    assert lines[1].lstrip().startswith("三、") and lines[1].rstrip().endswith("1 |")
    assert any("set apart" in n for n in nt.notes)


@pytest.mark.parametrize("joiner", [" ", "", "  "])
def test_flattened_report_keeps_its_prose_facts(joiner):
    tagger = RegexTagger()
    want = prose(extract(document(REPORT), tagger=tagger))
    assert {("requests.received", 37.0), ("requests.channel.in_person", 5.0), ("review.total", 2.0)} <= want
    flat = flatten(REPORT, joiner)
    res = extract(document(flat), tagger=tagger)
    assert prose(res) == want
    for f in res.prose_facts:
        assert flat[f.start:f.end] == f.text
        for ev in f.evidence:
            assert flat[ev["start"]:ev["end"]] == ev["text"]
    assert any("set apart" in w for w in res.warnings)


def test_a_short_flattened_report_is_split_too_and_rows_are_not():
    short = ("全年共收到政府信息公开申请12件，其中网上申请9件。 申请人情况 | 自然人 | 总计 | "
             "一、本年新收政府信息公开申请数量 | 12 | 12 | 下一步将加强培训。")
    assert norm(short).split("\n") == ["全年共收到政府信息公开申请12件，其中网上申请9件。",
                                       " 申请人情况 | 自然人 | 总计 | 一、本年新收政府信息公开申请数量 | 12 | 12 |",
                                       " 下一步将加强培训。"]
    assert ("requests.channel.online", 9.0) in prose(extract(document(short), tagger=RegexTagger()))
    for row in ("（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 2 | 0 | 0 | 0 | 2 |",
                "合计 | 5 | 3 | 2 | 其中当面申请3件 | 网上申请2件 | 备注：以上为本年度新收申请的办理情况 |"):
        assert norm(row) == row  # rows, however long, with no sentence beside their cells


def test_without_normalisation_the_flattened_line_was_lost():
    """What the pipeline did before: the whole line read as a table row, every prose fact gone."""
    from infer.linker import link

    flat = flatten(REPORT, " ")
    assert link(flat, RegexTagger().tag(flat)) == []


def test_prose_skipped_as_table_is_named_in_warnings():
    text = "行政许可 | 12 | 全年共收到申请5件，其中当面申请2件。 |\n"
    res = extract(document(text), tagger=RegexTagger())
    assert res.prose_facts == []
    assert any(w.startswith("prose skipped as table") and "收到申请5件" in w for w in res.warnings)
    nt = normalize_for_tagging(PARAGRAPH)
    assert nt.skipped_prose([(0, len(PARAGRAPH))])  # an excluded table region holding prose
    assert nt.skipped_prose() == []


def test_table_regions_map_into_normalised_offsets():
    flat = flatten(REPORT, " ")
    nt = normalize_for_tagging(flat)
    a = flat.index("一、本年新收")
    b = flat.index("| 1 | 0 | 1 |") + len("| 1 | 0 | 1 |")
    na, nb = nt.to_normalized(a, b)
    assert nt.text[na:nb] == flat[a:b]
    assert nt.regions_to_normalized([(a, b), (5, 5)]) == [(na, nb)]


# --- clean text is untouched ----------------------------------------------------------------------------

def test_clean_text_is_returned_unchanged_with_an_identity_map():
    for text in (REPORT, PARAGRAPH, "", "\n\n"):
        nt = normalize_for_tagging(text)
        assert nt.text == text and not nt.changed and nt.notes == []
        assert nt.to_original(3, 9) == (3, 9) and nt.to_normalized(3, 9) == (3, 9)


def test_example_report_is_untouched(tmp_path):
    text = (ROOT / "examples" / "report.txt").read_text(encoding="utf-8")
    assert normalize_for_tagging(text).text == text


# --- the offset map, over many random noisy texts ------------------------------------------------------

SYLLABLES = ["shòu", "lǐ", "zhèn", "gōng", "kāi", "shēn", "qǐng", "jiàn"]


def noisy(rng: random.Random, clean: str) -> str:
    """``clean`` with glosses, spaced-out stretches, wraps and a flattened table mixed in."""
    out = []
    i = 0
    while i < len(clean):
        r = rng.random()
        ch = clean[i]
        if r < 0.08 and re.match(r"[\u4e00-\u9fff]", ch):
            out.append(ch + rng.choice(["(", "（"]) + rng.choice(SYLLABLES) + rng.choice([")", "）"]))
            i += 1
        elif r < 0.12:
            piece = clean[i:i + rng.randint(4, 8)]
            out.append(" ".join(piece))
            i += len(piece)
        elif r < 0.14:
            out.append(" | 12 | 3 | 0 | ")
        else:
            out.append(ch)
            i += 1
    text = "".join(out)
    if rng.random() < 0.5:
        text = wrap(text, rng.randint(15, 30))
    return text


def test_offsets_round_trip_on_random_noisy_texts():
    rng = random.Random(11)
    clean = PARAGRAPH + REPORT
    for _ in range(150):
        start = rng.randrange(0, len(clean) - 120)
        original = noisy(rng, clean[start:start + rng.randint(60, 600)])
        nt = normalize_for_tagging(original)
        n = len(nt.text)
        assert nt.starts is None or (len(nt.starts) == len(nt.ends) == n)
        prev = (0, 0)
        for i in range(n):
            s, e = nt.to_original(i, i + 1)
            assert 0 <= s <= e <= len(original) and (s, e) >= prev
            prev = (s, e)
            if e > s:  # a kept character maps onto itself
                assert e - s == 1 and original[s] == nt.text[i] or nt.text[i] in "\n "
        for _ in range(40):
            a = rng.randrange(0, n + 1)
            b = rng.randrange(a, n + 1)
            s, e = nt.to_original(a, b)
            assert 0 <= s <= e <= len(original)
            # every kept character of the span lies inside the original slice, in order
            kept = [nt.to_original(i, i + 1) for i in range(a, b)]
            assert all(s <= x and y <= e for x, y in kept)
            # and the slice maps back onto the span (plus characters inserted at its edges)
            na, nb = nt.to_normalized(s, e)
            assert na <= a and b <= nb + (1 if b > a and nt.text[b - 1] == "\n" else 0)


def test_a_fact_in_glossed_text_slices_the_original():
    original = "本年度共收(shōu)到申请3(sān)7件，其中当(dāng)面(miàn)申请5件。"
    res = extract(document(original), tagger=RegexTagger())
    assert ("requests.channel.in_person", 5.0) in prose(res)
    for f in res.prose_facts:
        assert original[f.start:f.end] == f.text


# --- the real tagger code path on noisy text -------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_tagger():
    """A tiny randomly initialised token classifier over a character tokenizer (no downloads)."""
    import torch
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast, XLMRobertaConfig, XLMRobertaForTokenClassification

    from infer.labels import BIO_TAGS
    from infer.tagger import Tagger

    chars = sorted(set(REPORT + PARAGRAPH + "".join(SYLLABLES) + "()（） |0123456789"))
    vocab = {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, **{c: i + 4 for i, c in enumerate(chars)}}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Split(Regex(r"[\s\S]"), behavior="isolated")
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]")
    torch.manual_seed(3)
    cfg = XLMRobertaConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                           intermediate_size=64, max_position_embeddings=140, pad_token_id=0,
                           num_labels=len(BIO_TAGS))
    return Tagger(XLMRobertaForTokenClassification(cfg).eval(), fast, BIO_TAGS, max_length=128, stride=32)


def test_tiny_model_on_noisy_reports_keeps_the_offset_contract(tiny_tagger):
    rng = random.Random(5)
    for k in range(6):
        original = noisy(rng, REPORT) if k else flatten(REPORT, " ")
        res = extract(document(original), tagger=tiny_tagger)
        assert not any(w.startswith("dropped prose fact") for w in res.warnings)
        for f in res.prose_facts:
            assert original[f.start:f.end] == f.text


# --- the shipped model ------------------------------------------------------------------------------------

def noisy_variants(text: str) -> dict[str, str]:
    """``text`` as mirror sites, PDF extraction and scrapers deliver it."""
    return {
        "flat, spaces": flatten(text, " "),
        "flat, nothing": flatten(text, ""),
        "flat, tabs": flatten(text.replace(" | ", "\t").replace("|", "\t"), " "),
        "hard-wrapped": "\n".join(line if "|" in line else wrap(line, 24) for line in text.split("\n")),
        "pinyin glosses": text.replace("受理", "受(shòu)理(lǐ)").replace("申请", "申（shēn）请（qǐng）"),
        "spaced out": "\n".join(" ".join(line) if re.search("申请[0-9]+件", line) and "|" not in line else line
                                for line in text.split("\n")),
    }


@pytest.mark.slow
def test_shipped_model_reads_noisy_reports_like_the_originals():
    """The bundled example and a report written here, flattened onto one line (with spaces, nothing
    or tabs between the lines), hard-wrapped, glossed with pinyin or spaced out, give the same prose
    facts as their originals (the flattened example used to give none)."""
    from infer.pipeline import load_tagger

    model_dir = ROOT / "models" / "tagger"
    if not (model_dir / "meta.json").is_file():
        pytest.skip("no shipped model in models/tagger")
    tagger = load_tagger(None)
    example = (ROOT / "examples" / "report.txt").read_text(encoding="utf-8")
    for text in (example, REPORT):
        want = prose(extract(document(text), tagger=tagger))
        assert len(want) >= 5
        for name, noisy_text in noisy_variants(text).items():
            assert noisy_text != text, name
            res = extract(document(noisy_text), tagger=tagger)
            assert prose(res) == want, name
            assert all(noisy_text[f.start:f.end] == f.text for f in res.prose_facts), name
            assert any(w.startswith("note:") for w in res.warnings), name
