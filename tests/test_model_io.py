"""Save/load round trips of the tagger (tiny full model, tiny LoRA model) and the shipped model offline."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from infer.labels import BIO_TAGS
from infer.model_io import ModelLoadError, load_tagger, read_meta, save_tagger, truncate_layers
from train.config import load_config
from train.evaluate import predict_spans
from train.loop import run_training

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "configs" / "tiny.yaml"
SHIPPED = ROOT / "models" / "tagger"
TEXT = "本机关共收到政府信息公开申请１２件，其中当面申请3件，予以公开5件。"


def _logits(model, tokenizer, text):
    enc = tokenizer(text, return_tensors="pt")
    with torch.inference_mode():
        return model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).logits


@pytest.fixture(scope="module")
def tiny_saved(tmp_path_factory):
    out = tmp_path_factory.mktemp("tiny_tagger")
    cfg = load_config(TINY, ["train.epochs=5"])
    res = run_training(cfg, ROOT, output=out, progress=False)
    return out, res


def test_full_round_trip(tiny_saved):
    out, res = tiny_saved
    meta = read_meta(out)
    assert meta["format"] == "full" and meta["tags"] == list(BIO_TAGS)
    assert meta["max_length"] == 64 and meta["scores"]["heldout"]["micro_f1"] == pytest.approx(res.heldout.micro_f1)
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "| COUNT |" in card and "train --config" in card
    m1, t1, _ = load_tagger(out)
    m2, t2, _ = load_tagger(out)
    assert not m1.training
    assert torch.equal(_logits(m1, t1, TEXT), _logits(m2, t2, TEXT))
    spans = predict_spans(m1, t1, [TEXT], meta["max_length"], meta["stride"])
    assert all(0 <= s.start < s.end <= len(TEXT) for s in spans[0])


def test_lora_round_trip_on_random_base(tmp_path):
    """A LoRA adapter + head saved over a (tiny, random) base folder reloads to the same outputs."""
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import BertConfig, BertForTokenClassification

    from train.model import build_char_tokenizer

    tok = build_char_tokenizer([TEXT])
    base_dir = tmp_path / "base"
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=len(tok), hidden_size=32, num_hidden_layers=3, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=64)
    BertForTokenClassification(cfg).save_pretrained(str(base_dir))
    tok.save_pretrained(str(base_dir))

    tags = list(BIO_TAGS)
    model = BertForTokenClassification.from_pretrained(
        str(base_dir), num_labels=len(tags), id2label=dict(enumerate(tags)), label2id={t: i for i, t in enumerate(tags)},
        ignore_mismatched_sizes=True)
    truncate_layers(model, 2)
    model = get_peft_model(model, LoraConfig(task_type=TaskType.TOKEN_CLS, r=4, lora_alpha=8,
                                             target_modules=["query", "value"], modules_to_save=["classifier"]))
    with torch.no_grad():  # make the adapter and head non-trivial
        for n, p in model.named_parameters():
            if p.requires_grad:
                p.add_(torch.randn_like(p) * 0.1)
    model.eval()
    want = _logits(model, tok, TEXT)

    out = tmp_path / "tagger"
    meta = {"tags": tags, "base_model": str(base_dir), "num_layers": 2, "max_length": 64, "stride": 16,
            "tokenizer": "base"}
    save_tagger(model, tok, out, meta, base_dir=base_dir)
    files = {p.name for p in out.iterdir()}
    assert {"adapter_model.safetensors", "adapter_config.json", "meta.json"} <= files
    assert "model.safetensors" not in files  # the base is not copied
    assert json.loads((out / "adapter_config.json").read_text())["base_model_name_or_path"] == str(base_dir)
    saved = read_meta(out)
    assert saved["format"] == "lora" and saved["base_identity"]["kind"] == "weights"

    merged, tok2, _ = load_tagger(out)
    assert merged.config.num_hidden_layers == 2 and not hasattr(merged, "peft_config")
    torch.testing.assert_close(_logits(merged, tok2, TEXT), want, atol=1e-5, rtol=1e-4)

    # a different base (same shape, other weights) is refused instead of giving wrong tags
    torch.manual_seed(1)
    BertForTokenClassification(cfg).save_pretrained(str(base_dir))
    with pytest.raises(ModelLoadError, match="sha256"):
        load_tagger(out)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="meta.json"):
        load_tagger(tmp_path)


@pytest.mark.skipif(not (SHIPPED / "meta.json").is_file(), reason="no shipped model in models/tagger")
def test_shipped_model_loads_offline():
    """In a fresh process with hub access disabled, the shipped model loads and tags a sentence."""
    code = (
        "from infer.model_io import load_tagger\n"
        "from train.evaluate import predict_spans\n"
        "m, t, meta = load_tagger('models/tagger')\n"
        f"spans = predict_spans(m, t, [{TEXT!r}], meta['max_length'], meta['stride'])[0]\n"
        "print(sorted({s.label for s in spans}))\n"
    )
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", OMP_NUM_THREADS="1")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "COUNT" in r.stdout and "CHANNEL" in r.stdout
