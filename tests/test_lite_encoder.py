"""The transformers-free inference model (infer.lite_encoder) gives the same outputs as transformers.

Tiny random XLM-R (LoRA folder on a saved base) and BERT (full folder) models are saved with
``save_tagger`` and loaded both ways; logits on a padded batch and the tagger's spans must agree.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import torch

from infer.labels import BIO_TAGS
from infer.lite_encoder import LiteTokenClassifier
from infer.model_io import load_tagger, save_tagger, truncate_layers
from infer.tagger import Tagger

TEXTS = ["本机关共收到政府信息公开申请１２件，其中当面申请3件，予以公开5件。", "行政复议2件。", "未收到行政诉讼。"]
TAGS = list(BIO_TAGS)


def _tokenizer():
    from train.model import build_char_tokenizer

    return build_char_tokenizer(TEXTS + ["0123456789"])


def _batch_logits(model, tok) -> tuple[torch.Tensor, torch.Tensor]:
    enc = tok(TEXTS, padding=True, return_tensors="pt")  # padded rows: positions and mask must match
    with torch.inference_mode():
        return model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).logits, enc["attention_mask"]


def _assert_same(folder: Path) -> None:
    lite, lite_tok, meta = load_tagger(folder)
    ref, ref_tok, _ = load_tagger(folder, lite=False)
    assert isinstance(lite, LiteTokenClassifier) and not isinstance(ref, LiteTokenClassifier)
    a, mask = _batch_logits(lite, ref_tok)
    b, _ = _batch_logits(ref, ref_tok)
    keep = mask.bool()
    torch.testing.assert_close(a[keep], b[keep], atol=1e-5, rtol=1e-4)
    text = "".join(TEXTS) * 5
    spans_lite = Tagger(lite, lite_tok, TAGS, max_length=meta["max_length"], stride=meta["stride"]).tag(text)
    spans_ref = Tagger(ref, ref_tok, TAGS, max_length=meta["max_length"], stride=meta["stride"]).tag(text)
    assert [(s.start, s.end, s.label) for s in spans_lite] == [(s.start, s.end, s.label) for s in spans_ref]
    enc_lite = lite_tok(TEXTS, add_special_tokens=False, return_offsets_mapping=True)
    enc_ref = ref_tok(TEXTS, add_special_tokens=False, return_offsets_mapping=True)
    assert enc_lite["input_ids"] == enc_ref["input_ids"]
    assert [list(map(tuple, o)) for o in enc_lite["offset_mapping"]] == [list(map(tuple, o)) for o in enc_ref["offset_mapping"]]
    assert (lite_tok.cls_token_id, lite_tok.sep_token_id, lite_tok.pad_token_id) == \
        (ref_tok.cls_token_id, ref_tok.sep_token_id, ref_tok.pad_token_id)


@pytest.fixture(scope="module")
def xlmr_lora(tmp_path_factory) -> Path:
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import XLMRobertaConfig, XLMRobertaForTokenClassification, XLMRobertaModel

    tmp = tmp_path_factory.mktemp("xlmr")
    tok = _tokenizer()
    base_dir = tmp / "base"
    torch.manual_seed(0)
    cfg = XLMRobertaConfig(vocab_size=len(tok), hidden_size=32, num_hidden_layers=3, num_attention_heads=2,
                           intermediate_size=64, max_position_embeddings=160, pad_token_id=tok.pad_token_id,
                           type_vocab_size=1)
    XLMRobertaModel(cfg).save_pretrained(str(base_dir))  # like the converted e5: no "roberta." prefix
    tok.save_pretrained(str(base_dir))
    model = XLMRobertaForTokenClassification.from_pretrained(
        str(base_dir), num_labels=len(TAGS), id2label=dict(enumerate(TAGS)), label2id={t: i for i, t in enumerate(TAGS)})
    truncate_layers(model, 2)
    model = get_peft_model(model, LoraConfig(task_type=TaskType.TOKEN_CLS, r=4, lora_alpha=8,
                                             target_modules=["query", "key", "value", "dense"],
                                             modules_to_save=["classifier"]))
    with torch.no_grad():
        for _, p in model.named_parameters():
            if p.requires_grad:
                p.add_(torch.randn_like(p) * 0.2)
    out = tmp / "tagger"
    save_tagger(model.eval(), tok, out, {"tags": TAGS, "base_model": str(base_dir), "num_layers": 2,
                                         "max_length": 16, "stride": 4, "tokenizer": "base"}, base_dir=base_dir)
    return out


def test_xlmr_lora_same_outputs(xlmr_lora: Path) -> None:
    _assert_same(xlmr_lora)


def test_bert_full_same_outputs(tmp_path: Path) -> None:
    from transformers import BertConfig, BertForTokenClassification

    tok = _tokenizer()
    torch.manual_seed(1)
    cfg = BertConfig(vocab_size=len(tok), hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=48, max_position_embeddings=64, num_labels=len(TAGS),
                     id2label=dict(enumerate(TAGS)), label2id={t: i for i, t in enumerate(TAGS)})
    save_tagger(BertForTokenClassification(cfg).eval(), tok, tmp_path, {
        "tags": TAGS, "base_model": "random", "max_length": 16, "stride": 4, "tokenizer": "chars"})
    _assert_same(tmp_path)


def test_unsupported_adapter_falls_back_to_transformers(xlmr_lora: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "tagger"
    shutil.copytree(xlmr_lora, folder)
    cfg_path = folder / "adapter_config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["alpha_pattern"] = {"query": 16}  # a feature the lite merge does not implement
    cfg_path.write_text(json.dumps(cfg))
    model, _, _ = load_tagger(folder)
    assert not isinstance(model, LiteTokenClassifier)


def test_loading_does_not_import_transformers(xlmr_lora: Path) -> None:
    import subprocess

    code = ("import sys; from infer.model_io import load_tagger; "
            f"m, t, _ = load_tagger({str(xlmr_lora)!r}); "
            "print(type(m).__name__, 'transformers' in sys.modules, 'peft' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["LiteTokenClassifier", "False", "False"]


def _unigram_json() -> str:
    from tokenizers import Tokenizer, models, pre_tokenizers

    pieces = [("<unk>", 0.0), ("<s>", 0.0), ("</s>", 0.0), ("▁", -2.0), ("申请", -2.0), ("申", -4.0), ("请", -4.0),
              ("件", -3.0), ("12", -3.0), ("1", -4.0), ("2", -4.0), ("при", -2.0), ("п", -4.0), ("р", -4.0),
              ("и", -4.0), ("请п", -1.0), ("▁при", -1.5), ("共", -4.0), ("申请12", -1.0)]
    tok = Tokenizer(models.Unigram(pieces, unk_id=0, byte_fallback=False))
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    return tok.to_str()


def test_pruned_unigram_gives_the_same_ids_on_report_text() -> None:
    from tokenizers import Tokenizer

    from infer.lite_encoder import prune_unigram

    original = Tokenizer.from_str(_unigram_json())
    data = json.loads(_unigram_json())
    keep = prune_unigram(data)
    assert keep is not None and len(keep) < original.get_vocab_size()
    pruned = Tokenizer.from_str(json.dumps(data))
    assert "请п" not in pruned.get_vocab() and "п" in pruned.get_vocab()  # mixed piece gone, characters kept
    for text in ("共申请12件", "申请1件 申请2件", "12 申请"):
        a, b = original.encode(text), pruned.encode(text)
        assert [keep[i] for i in b.ids] == a.ids and b.offsets == a.offsets, text
    assert pruned.encode("申请при").ids  # other scripts still tokenize (into what is left)


def test_lite_tokenizer_caches_the_pruned_vocabulary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from infer.lite_encoder import LiteTokenizer

    monkeypatch.setenv("NIANBAO_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "tok"
    folder.mkdir()
    (folder / "tokenizer.json").write_text(_unigram_json(), encoding="utf-8")
    (folder / "special_tokens_map.json").write_text(json.dumps({"cls_token": "<s>", "sep_token": "</s>"}))
    pruned, plain = LiteTokenizer(folder), LiteTokenizer(folder, prune=False)
    assert list((tmp_path / "cache" / "tokenizers").glob("*.json"))
    texts = ["共申请12件", "申请1件"]
    assert pruned(texts, add_special_tokens=False)["input_ids"] == plain(texts, add_special_tokens=False)["input_ids"]
    assert (pruned.cls_token_id, pruned.sep_token_id) == (plain.cls_token_id, plain.sep_token_id) == (1, 2)
    assert LiteTokenizer(folder)(texts)["input_ids"] == pruned(texts)["input_ids"]  # from the cache
