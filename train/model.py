"""Build the tokenizer and the (LoRA-wrapped, optionally truncated) token classifier from a config.

Two kinds of model come out of here:
* the real one: a pretrained base (``infer.encoder.resolve_base_model``: the embedded e5 or any
  local HF checkpoint), cut to ``num_layers``, with a fresh classifier head over
  :data:`infer.labels.BIO_TAGS` and LoRA adapters (peft) on the attention/FFN projections;
* a tiny randomly initialised one (``random_init``), optionally with a character tokenizer built
  from the training texts (``tokenizer: chars``), so tests train a whole model in seconds.
"""
from __future__ import annotations

import logging
from pathlib import Path

from infer.labels import BIO_TAGS
from infer.model_io import truncate_layers
from train.config import Config

log = logging.getLogger(__name__)

CHAR_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]")


def build_char_tokenizer(texts: list[str]):
    """A fast character-level tokenizer (NFKC, whitespace dropped) whose vocab is the chars of ``texts``."""
    import unicodedata

    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    chars = sorted({c for t in texts for c in unicodedata.normalize("NFKC", t) if not c.isspace()})
    vocab = {s: i for i, s in enumerate(CHAR_SPECIALS)}
    for c in chars:
        vocab.setdefault(c, len(vocab))
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Split(Regex("."), behavior="isolated")])
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="[PAD]", unk_token="[UNK]",
                                   cls_token="[CLS]", sep_token="[SEP]", model_max_length=512)


def resolve_base(cfg: Config) -> Path | None:
    if cfg.model.base_model is None:
        return None
    from infer.encoder import resolve_base_model

    return resolve_base_model(cfg.model.base_model)


def build_tokenizer(cfg: Config, base_dir: Path | None, texts: list[str]):
    if cfg.model.tokenizer == "chars":
        return build_char_tokenizer(texts)
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(base_dir), local_files_only=True)
    if not tok.is_fast:
        raise ValueError(f"{base_dir}: the tokenizer is not a fast tokenizer (offsets are required)")
    return tok


def build_model(cfg: Config, base_dir: Path | None, tokenizer):
    """The token classifier to train (peft-wrapped when LoRA is enabled)."""
    import transformers
    from transformers import AutoConfig, AutoModelForTokenClassification, BertConfig

    transformers.logging.set_verbosity_error()  # "newly initialized classifier" is expected
    tags = list(BIO_TAGS)
    labels = {"num_labels": len(tags), "id2label": dict(enumerate(tags)), "label2id": {t: i for i, t in enumerate(tags)}}
    m = cfg.model
    if m.random_init:
        hf_cfg = AutoConfig.from_pretrained(str(base_dir), local_files_only=True) if base_dir else BertConfig()
        for k, v in m.config_overrides.items():
            if not hasattr(hf_cfg, k):
                raise ValueError(f"model.config_overrides: {type(hf_cfg).__name__} has no attribute {k!r}")
            setattr(hf_cfg, k, v)
        if m.tokenizer == "chars":
            hf_cfg.vocab_size = len(tokenizer)
            hf_cfg.pad_token_id = tokenizer.pad_token_id
        for k, v in labels.items():
            setattr(hf_cfg, k, v)
        model = AutoModelForTokenClassification.from_config(hf_cfg)
    else:
        model = AutoModelForTokenClassification.from_pretrained(
            str(base_dir), local_files_only=True, ignore_mismatched_sizes=True, **labels)  # any old head is replaced
    truncate_layers(model, m.num_layers)
    if cfg.lora.enabled:
        from peft import LoraConfig, TaskType, get_peft_model

        lcfg = LoraConfig(task_type=TaskType.TOKEN_CLS, r=cfg.lora.r, lora_alpha=cfg.lora.alpha,
                          lora_dropout=cfg.lora.dropout, target_modules=list(cfg.lora.target_modules),
                          modules_to_save=["classifier"])
        model = get_peft_model(model, lcfg)
    n_train = sum(p.numel() for p in model.parameters() if p.requires_grad)
    n_all = sum(p.numel() for p in model.parameters())
    log.info("model: %s, %d layers, %.2fM of %.1fM parameters trainable", type(model).__name__,
             model.config.num_hidden_layers, n_train / 1e6, n_all / 1e6)
    return model
