"""The shipped tagger at inference time without importing transformers: a plain-torch BERT/XLM-R
encoder + token-classification head, and the raw ``tokenizers`` tokenizer.

Why: on the 2-core target machine, loading the model through transformers costs ~3 s of imports
alone (its model code pulls in ``torch.distributed.tensor``, ``torch._dynamo``, sympy...) and another
second parsing the 17 MB ``tokenizer.json`` in Python, against a target of ≤ 3 s for the whole load;
every batch worker pays it again. The forward pass itself is a few matrix products: written here
with the same operations and constants, its outputs equal transformers' (checked in
``tests/test_lite_encoder.py`` against ``XLMRobertaForTokenClassification`` / ``BertForTokenClassification``).

The weights are read with ``safetensors`` (memory-mapped). Only the inference case of
``infer.model_io.load_tagger`` is handled: a ``lora`` folder on a local XLM-R or BERT base (merged
here: ``W += alpha/r · B @ A``, head copied) or a ``full`` folder. Anything else (another
architecture, DoRA, rank patterns, a slow tokenizer) returns ``None`` and the caller uses transformers.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

SUPPORTED_TYPES = ("xlm-roberta", "bert")


@dataclass
class Output:
    logits: torch.Tensor


@dataclass
class _Config:
    model_type: str
    vocab_size: int
    hidden_size: int
    num_layers: int
    num_heads: int
    intermediate_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    pad_token_id: int
    num_labels: int
    act: str
    id2label: dict[int, str] | None = None  # as transformers' config, for code that reads the tag names there

    @property
    def num_hidden_layers(self) -> int:  # transformers' name
        return self.num_layers

    @classmethod
    def from_json(cls, cfg: dict[str, Any], num_layers: int | None, num_labels: int) -> "_Config":
        return cls(cfg["model_type"], cfg["vocab_size"], cfg["hidden_size"],
                   num_layers if num_layers is not None else cfg["num_hidden_layers"], cfg["num_attention_heads"],
                   cfg["intermediate_size"], cfg["max_position_embeddings"], cfg.get("type_vocab_size", 2),
                   cfg.get("layer_norm_eps", 1e-12), cfg.get("pad_token_id", 0) or 0, num_labels,
                   cfg.get("hidden_act", "gelu"))


class _Layer(nn.Module):
    def __init__(self, c: _Config) -> None:
        super().__init__()
        h, i = c.hidden_size, c.intermediate_size
        self.heads = c.num_heads
        self.query, self.key, self.value, self.attn_out = (nn.Linear(h, h) for _ in range(4))
        self.attn_norm = nn.LayerNorm(h, eps=c.eps)
        self.inter = nn.Linear(h, i)
        self.out = nn.Linear(i, h)
        self.out_norm = nn.LayerNorm(h, eps=c.eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, n, h = x.shape
        d = h // self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, self.heads, d).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=d ** -0.5)
        a = a.transpose(1, 2).reshape(b, n, h)
        x = self.attn_norm(self.attn_out(a) + x)
        return self.out_norm(self.out(F.gelu(self.inter(x))) + x)


class LiteTokenClassifier(nn.Module):
    """``model(input_ids=..., attention_mask=...).logits``, like transformers' token classifiers."""

    def __init__(self, c: _Config) -> None:
        super().__init__()
        self.config = c
        h = c.hidden_size
        self.word = nn.Embedding(c.vocab_size, h)
        self.position = nn.Embedding(c.max_positions, h)
        self.token_type = nn.Embedding(c.type_vocab_size, h)
        self.emb_norm = nn.LayerNorm(h, eps=c.eps)
        self.layers = nn.ModuleList(_Layer(c) for _ in range(c.num_layers))
        self.classifier = nn.Linear(h, c.num_labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None) -> Output:
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        if self.config.model_type == "xlm-roberta":  # fairseq positions: padding_idx + 1 + index, pads stay padding_idx
            pad = self.config.pad_token_id
            not_pad = input_ids.ne(pad).int()
            positions = (torch.cumsum(not_pad, dim=1).type_as(not_pad) * not_pad).long() + pad
        else:
            positions = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = self.word(input_ids) + self.token_type(torch.zeros_like(input_ids)) + self.position(positions)
        x = self.emb_norm(x)
        # additive mask over keys, as transformers builds it: 0 where attended, the dtype's min where padded
        mask = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        for layer in self.layers:
            x = layer(x, mask)
        return Output(self.classifier(x))


def _hf_names(c: _Config, prefix: str) -> dict[str, str]:
    """Our parameter names → the base checkpoint's (``prefix`` is "", "roberta." or "bert.")."""
    names = {"word.weight": "embeddings.word_embeddings.weight",
             "position.weight": "embeddings.position_embeddings.weight",
             "token_type.weight": "embeddings.token_type_embeddings.weight",
             "emb_norm.weight": "embeddings.LayerNorm.weight", "emb_norm.bias": "embeddings.LayerNorm.bias"}
    parts = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
             "attn_out": "attention.output.dense", "attn_norm": "attention.output.LayerNorm",
             "inter": "intermediate.dense", "out": "output.dense", "out_norm": "output.LayerNorm"}
    for i in range(c.num_layers):
        for ours, theirs in parts.items():
            for p in ("weight", "bias"):
                names[f"layers.{i}.{ours}.{p}"] = f"encoder.layer.{i}.{theirs}.{p}"
    return {k: prefix + v for k, v in names.items()}


#: Bumped whenever :func:`prune_unigram` would write something else (cached files are then rebuilt).
PRUNE_VERSION = 1


def _report_char(ch: str) -> bool:
    """Characters of Chinese reports: ASCII, Latin-1 signs, general punctuation, symbols and number
    forms, CJK (radicals, punctuation, kana, unified ideographs, compatibility, extensions),
    full-width forms, and SentencePiece's word marker."""
    o = ord(ch)
    return (o < 0x80 or 0xA0 <= o <= 0xBF or o in (0xD7, 0xF7) or 0x2000 <= o <= 0x206F or 0x2100 <= o <= 0x27BF
            or 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFE30 <= o <= 0xFE6F or 0xFF00 <= o <= 0xFFEF
            or 0x20000 <= o <= 0x2FA1F or ch == "\u2581")


def prune_unigram(data: dict[str, Any]) -> list[int] | None:
    """Drop from a Unigram tokenizer (in place) the multi-character pieces that contain a character
    outside :func:`_report_char`; return ``new id → original id``, or None if not a Unigram model.

    Why: XLM-R's 250k pieces cover a hundred scripts and cost ~290 MB of memory in every process
    (each batch worker). A piece can only match text that contains all of its characters, so for
    text made of report characters the pieces (and scores) the tokenizer can choose from are the
    same and the tokens are identical (checked on 1,500 real and corpus passages); single
    characters of any script are kept, so other text still tokenizes, into characters."""
    model = data.get("model", {})
    if model.get("type") != "Unigram" or model.get("byte_fallback"):
        return None
    vocab = model["vocab"]
    special = {t["id"] for t in data.get("added_tokens", [])}
    keep = [i for i, (piece, _) in enumerate(vocab) if i in special or len(piece) == 1 or all(map(_report_char, piece))]
    new = {old: n for n, old in enumerate(keep)}
    model["vocab"] = [vocab[i] for i in keep]
    if model.get("unk_id") is not None:
        model["unk_id"] = new[model["unk_id"]]
    for t in data.get("added_tokens", []):
        t["id"] = new[t["id"]]
    post = data.get("post_processor") or {}
    for st in (post.get("special_tokens") or {}).values():
        st["ids"] = [new[i] for i in st["ids"]]
    if post and post.get("type") not in ("TemplateProcessing", "RobertaProcessing", "BertProcessing", None):
        return None
    for key in ("sep", "cls"):  # Roberta/BertProcessing: [token, id]
        if isinstance(post.get(key), list) and len(post[key]) == 2:
            post[key][1] = new[post[key][1]]
    return keep


def _load_tokenizer(path: Path) -> tuple[Any, list[int] | None]:
    """The tokenizer of ``path``, pruned for report text when possible (cached under the nianbao cache)."""
    import hashlib

    from tokenizers import Tokenizer

    try:
        from infer.encoder import default_cache_dir

        raw = path.read_bytes()
        digest = hashlib.sha256(raw + f"prune-v{PRUNE_VERSION}".encode()).hexdigest()[:16]
        cached = default_cache_dir() / "tokenizers" / f"{digest}.json"
        ids = cached.with_suffix(".ids.json")
        if not (cached.is_file() and ids.is_file()):
            data = json.loads(raw)
            keep = prune_unigram(data)
            if keep is None:
                return Tokenizer.from_file(str(path)), None
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_name(cached.name + ".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            ids.write_text(json.dumps(keep), encoding="utf-8")
            tmp.replace(cached)
        return Tokenizer.from_file(str(cached)), json.loads(ids.read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - any doubt (unwritable cache, odd file): the original, unpruned
        return Tokenizer.from_file(str(path)), None


class LiteTokenizer:
    """The part of a transformers fast tokenizer the tagger uses, on the raw ``tokenizers`` object.

    A Unigram vocabulary is pruned to the pieces report text can use (:func:`prune_unigram`); ids
    are mapped back to the original vocabulary, so the model sees exactly the same ids."""

    def __init__(self, folder: Path, prune: bool = True) -> None:
        from tokenizers import Tokenizer

        if prune:
            self._tok, self._orig_ids = _load_tokenizer(folder / "tokenizer.json")
        else:
            self._tok, self._orig_ids = Tokenizer.from_file(str(folder / "tokenizer.json")), None
        special: dict[str, Any] = {}
        for name in ("tokenizer_config.json", "special_tokens_map.json"):
            if (folder / name).is_file():
                special.update(json.loads((folder / name).read_text(encoding="utf-8")))

        def token_id(key: str) -> int | None:
            tok = special.get(key)
            if isinstance(tok, dict):
                tok = tok.get("content")
            tid = self._tok.token_to_id(tok) if isinstance(tok, str) else None
            return self._orig_ids[tid] if tid is not None and self._orig_ids is not None else tid

        self.cls_token_id, self.sep_token_id = token_id("cls_token"), token_id("sep_token")
        self.bos_token_id, self.eos_token_id = token_id("bos_token"), token_id("eos_token")
        self.pad_token_id = token_id("pad_token")

    def __call__(self, texts: str | list[str], add_special_tokens: bool = True, return_offsets_mapping: bool = False,
                 return_tensors: str | None = None, padding: bool = False) -> dict[str, Any]:
        """As a transformers tokenizer call: lists of ids (and offsets), or padded tensors with ``"pt"``."""
        single = isinstance(texts, str)
        enc = self._tok.encode_batch([texts] if single else list(texts), add_special_tokens=add_special_tokens)
        orig = self._orig_ids
        ids = [e.ids if orig is None else [orig[i] for i in e.ids] for e in enc]
        out: dict[str, Any] = {"input_ids": ids, "attention_mask": [[1] * len(x) for x in ids]}
        if return_offsets_mapping:
            out["offset_mapping"] = [list(e.offsets) for e in enc]
        if return_tensors == "pt" or padding:
            width = max((len(x) for x in ids), default=0)
            pad = self.pad_token_id or 0
            out["input_ids"] = [x + [pad] * (width - len(x)) for x in ids]
            out["attention_mask"] = [[1] * len(x) + [0] * (width - len(x)) for x in ids]
        if return_tensors == "pt":
            out = {k: torch.tensor(v) for k, v in out.items() if k != "offset_mapping"}
        elif single:
            out = {k: v[0] for k, v in out.items()}
        return out

    def __len__(self) -> int:
        n = self._tok.get_vocab_size(with_added_tokens=True)
        return n if self._orig_ids is None else max(self._orig_ids) + 1


def _merge_lora(state: dict[str, torch.Tensor], adapter_dir: Path, c: _Config, prefix: str) -> bool:
    """Apply the adapter of ``adapter_dir`` to ``state`` (HF names); False if it uses unsupported features."""
    from safetensors.torch import load_file

    cfg = json.loads((adapter_dir / "adapter_config.json").read_text(encoding="utf-8"))
    unsupported = ("use_dora", "fan_in_fan_out", "rank_pattern", "alpha_pattern", "lora_bias",
                   "trainable_token_indices", "target_parameters", "layer_replication")
    if cfg.get("peft_type") != "LORA" or cfg.get("bias", "none") != "none" or any(cfg.get(k) for k in unsupported):
        return False
    r = int(cfg["r"])
    scale = float(cfg["lora_alpha"]) / (math.sqrt(r) if cfg.get("use_rslora") else r)
    lora: dict[str, dict[str, torch.Tensor]] = {}
    for key, value in load_file(str(adapter_dir / "adapter_model.safetensors")).items():
        if not key.startswith("base_model.model."):
            return False
        key = key[len("base_model.model."):]
        for part in ("lora_A", "lora_B"):
            if key.endswith(f".{part}.weight"):
                lora.setdefault(key[: -len(f".{part}.weight")] + ".weight", {})[part] = value
                break
        else:
            if key.startswith(("classifier.", "score.")):
                state["classifier." + key.split(".", 1)[1]] = value
            else:
                return False
    for adapter_name, ab in lora.items():
        # the adapter names the task model's modules (roberta.encoder...); the base may lack that prefix
        bare = next((adapter_name[len(p):] for p in ("roberta.", "bert.") if adapter_name.startswith(p)), adapter_name)
        name = prefix + bare
        if name not in state:  # includes a layer the truncation dropped: never in a valid adapter
            return False
        if set(ab) != {"lora_A", "lora_B"}:
            return False
        w = state[name]
        if tuple(ab["lora_B"].shape) != (w.shape[0], r) or tuple(ab["lora_A"].shape) != (r, w.shape[1]):
            return False
        state[name] = w + (ab["lora_B"].float() @ ab["lora_A"].float()).to(w.dtype) * scale
    return True


def _mapped_tensor(path: Path, key: str) -> torch.Tensor | None:
    """Tensor ``key`` of a safetensors file as a view of the memory-mapped file (copy-on-write).

    Why: the word embeddings are 250k × 384 floats (366 MB), never modified at inference. Read
    through the page cache instead of copied, batch workers share one physical copy."""
    import mmap
    import struct
    import sys

    if sys.byteorder != "little":
        return None
    with open(path, "rb") as fh:
        (n,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(n))
        info = header.get(key)
        if not info or info.get("dtype") != "F32":
            return None
        start, end = info["data_offsets"]
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_COPY)
    count = (end - start) // 4
    if count != math.prod(info["shape"]):
        return None
    return torch.frombuffer(mapped, dtype=torch.float32, count=count, offset=8 + n + start).view(info["shape"])


def load_lite(model_dir: Path, meta: dict[str, Any], base_dir: Path | None) -> tuple[LiteTokenClassifier, LiteTokenizer] | None:
    """The tagger of ``model_dir`` as (model, tokenizer) without transformers, or None if unsupported."""
    from safetensors import safe_open

    tags = meta["tags"]
    fmt = meta.get("format")
    weights_dir = base_dir if fmt == "lora" else model_dir
    if weights_dir is None or not (weights_dir / "config.json").is_file() or not (weights_dir / "model.safetensors").is_file():
        return None
    cfg = json.loads((weights_dir / "config.json").read_text(encoding="utf-8"))
    if cfg.get("model_type") not in SUPPORTED_TYPES or cfg.get("hidden_act", "gelu") != "gelu" \
            or cfg.get("position_embedding_type", "absolute") != "absolute":
        return None
    c = _Config.from_json(cfg, meta.get("num_layers") if fmt == "lora" else None, len(tags))
    c.id2label = dict(enumerate(tags))
    tok_dir = model_dir if (model_dir / "tokenizer.json").is_file() else weights_dir
    if not (tok_dir / "tokenizer.json").is_file():
        return None
    with safe_open(str(weights_dir / "model.safetensors"), "pt") as f:
        keys = set(f.keys())
        prefix = next((p for p in ("", "roberta.", "bert.") if p + "embeddings.word_embeddings.weight" in keys), None)
        if prefix is None:
            return None
        names = _hf_names(c, prefix)
        if any(v not in keys for v in names.values()):
            return None
        emb = names["word.weight"]
        state = {v: f.get_tensor(v) for v in names.values() if v != emb}
    mapped = _mapped_tensor(weights_dir / "model.safetensors", emb)
    if mapped is None:
        with safe_open(str(weights_dir / "model.safetensors"), "pt") as f:
            mapped = f.get_tensor(emb)
    state[emb] = mapped
    with safe_open(str(weights_dir / "model.safetensors"), "pt") as f:
        if fmt == "full":
            if "classifier.weight" not in keys:
                return None
            state.update({k: f.get_tensor(k) for k in ("classifier.weight", "classifier.bias")})
    if fmt == "lora" and not _merge_lora(state, model_dir, c, prefix):
        return None
    if "classifier.weight" not in state or state["classifier.weight"].shape != (len(tags), c.hidden_size):
        return None
    with torch.device("meta"):  # no random init of 100M parameters that are replaced right away
        model = LiteTokenClassifier(c)
    ours = {k: state[v] for k, v in names.items()}
    ours.update({"classifier.weight": state["classifier.weight"], "classifier.bias": state["classifier.bias"]})
    model.load_state_dict(ours, strict=True, assign=True)
    model.eval().requires_grad_(False)
    return model, LiteTokenizer(tok_dir)
