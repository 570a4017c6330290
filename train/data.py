"""Training data: load the configured parts, split a held-out set, tokenize into labelled windows.

Design choices, and why:
* the held-out split happens *before* any repetition (``repeat``) so no copy of a held-out
  passage can leak into training; for real reports it is by document (passages of one report are
  near-duplicates of each other in style and numbers);
* sampling (``n``) and splitting are driven by ``random.Random(seed)`` over a sorted order, so the
  same config gives the same data in the same order;
* long passages become several windows of ``max_length`` tokens (overlapping by ``stride``), each a
  training example; alignment problems are counted (:class:`infer.alignment.AlignmentStats`).
"""
from __future__ import annotations

import hashlib
import logging
import random
from dataclasses import dataclass, field
from pathlib import Path

from annotations.corpus import CorpusError, Example, load_examples
from infer.alignment import AlignmentStats
from train.config import Config, ConfigError, PartConfig

log = logging.getLogger(__name__)


@dataclass
class DataSplit:
    train: list[Example] = field(default_factory=list)
    heldout: list[Example] = field(default_factory=list)
    sizes: dict[str, dict[str, int]] = field(default_factory=dict)  # part -> {train, heldout, docs...}


def _resolve_path(p: str, root: Path) -> Path:
    path = Path(p)
    return path if path.is_absolute() else root / path


def _generate(part: PartConfig, root: Path) -> list[Example]:
    """Examples from the synthetic generator (``train.synth.generate``), imported lazily."""
    try:
        from train import synth
    except ImportError as e:
        raise ConfigError(f"data part 'generate' needs train.synth, which cannot be imported: {e}") from None
    g = part.generate
    assert g is not None
    return list(synth.generate(synth.load_config(_resolve_path(g.config, root)), n=g.n, seed=g.seed))


def load_part(part: PartConfig, root: Path) -> list[Example]:
    """All examples of one configured part (before sampling/splitting); [] for a missing optional file."""
    if part.generate is not None:
        exs = _generate(part, root)
    else:
        path = _resolve_path(part.path or "", root)
        if not path.is_file():
            if part.optional:
                log.warning("optional data part %s: %s does not exist, skipped", part.part, path)
                return []
            raise ConfigError(f"data part {part.part!r}: {path} does not exist (mark it optional: true to skip)")
        try:
            exs = load_examples(path)
        except CorpusError as e:
            raise ConfigError(f"data part {part.part!r} ({path}): {e}") from None
    for ex in exs:
        ex.part = part.part
    return exs


def _doc_key(ex: Example, i: int) -> str:
    return str(ex.meta.get("doc") or ex.meta.get("id") or f"#{i}")


def split_heldout(exs: list[Example], fraction: float, by_document: bool, seed: int) -> tuple[list[Example], list[Example]]:
    """Deterministic held-out split; by document when the examples name more than one document."""
    if fraction <= 0 or len(exs) < 2:
        return list(exs), []
    rng = random.Random(seed)
    if by_document:
        docs = sorted({_doc_key(ex, i) for i, ex in enumerate(exs)})
        if len(docs) > 1:
            rng.shuffle(docs)
            k = max(1, round(fraction * len(docs)))
            held = set(docs[:k])
            tr = [ex for i, ex in enumerate(exs) if _doc_key(ex, i) not in held]
            ho = [ex for i, ex in enumerate(exs) if _doc_key(ex, i) in held]
            return tr, ho
    # by example: order by a content hash so the split does not depend on file order
    keyed = sorted(exs, key=lambda ex: hashlib.sha1(ex.text.encode("utf-8")).hexdigest())
    rng.shuffle(keyed)
    k = max(1, round(fraction * len(keyed)))
    return keyed[k:], keyed[:k]


def build_split(cfg: Config, root: Path) -> DataSplit:
    """Load every part, sample ``n``, split held-out, repeat training copies; deterministic for cfg.seed."""
    split = DataSplit()
    if cfg.data.toy:
        from train.toy import toy_examples

        exs = toy_examples(seed=cfg.seed)
        split.train = list(exs)
        split.heldout = list(exs)  # toy mode measures fit on the training set itself
        split.sizes["toy"] = {"train": len(exs), "heldout": len(exs)}
    for i, part in enumerate(cfg.data.parts):
        exs = load_part(part, root)
        rng = random.Random(f"{cfg.seed}-{i}")
        if part.n is not None and part.n < len(exs):
            exs = [exs[j] for j in sorted(rng.sample(range(len(exs)), part.n))]
        tr, ho = split_heldout(exs, cfg.data.heldout.fraction, cfg.data.heldout.by_document, cfg.seed + i)
        cap = cfg.data.heldout.max_per_part
        if cap is not None and len(ho) > cap:  # evaluation time is the cost; the rest is not trained on either
            ho = ho[:cap]
        split.train.extend(tr * part.repeat)
        split.heldout.extend(ho)
        s = split.sizes.setdefault(part.part, {"examples": 0, "train": 0, "heldout": 0, "train_with_repeats": 0})
        s["examples"] += len(exs)
        s["train"] += len(tr)
        s["heldout"] += len(ho)
        s["train_with_repeats"] += len(tr) * part.repeat
    if not split.train:
        raise ConfigError("no training examples: every configured data part is empty")
    return split


def tokenize_examples(
    exs: list[Example], tokenizer, max_length: int, stride: int
) -> tuple[list[dict[str, list[int]]], AlignmentStats]:
    """Labelled windows (``input_ids``, ``labels``) for the model, plus alignment stats.

    Built as a ``datasets.Dataset`` with ``.map`` and cached by content fingerprint
    (:mod:`train.hf_dataset`); same windows, same order as tokenizing the examples one by one.
    """
    from train.hf_dataset import tokenized_windows, windows_to_features

    return windows_to_features(tokenized_windows(exs, tokenizer, max_length, stride))
