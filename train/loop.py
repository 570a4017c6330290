"""The training run: data -> model -> a plain PyTorch loop -> best checkpoint -> scores -> saved tagger.

A hand-written loop (in the spirit of nanoGPT) rather than HF ``Trainer``: it is ~100 lines one can
read top to bottom, evaluates with our own character-level strict seqeval, keeps the best adapter
weights in memory for early stopping, and respects a wall-clock budget (``train.max_minutes``) so a
run on a shared 2-core machine ends on time with the best model so far.
"""
from __future__ import annotations

import datetime as _dt
import logging
import math
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infer.labels import BIO_TAGS
from infer.model_io import save_tagger, update_meta
from train.config import Config
from train.data import build_split, tokenize_examples
from train.evaluate import Scores, evaluate, format_table, span_errors
from train.model_card import write_model_card
from train.model import build_model, build_tokenizer, resolve_base

log = logging.getLogger(__name__)


@dataclass
class TrainResult:
    output: Path | None
    steps: int
    seconds: float
    losses: list[float]
    heldout: Scores
    transfer: Scores | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    data_sizes: dict[str, Any] = field(default_factory=dict)
    alignment: dict[str, Any] = field(default_factory=dict)


def set_determinism(seed: int, threads: int, deterministic: bool) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(max(1, threads))
    if deterministic:
        torch.use_deterministic_algorithms(True, warn_only=True)


def _batch_order(lengths: list[int], batch_size: int, rng: random.Random, pool: int = 32) -> list[list[int]]:
    """Shuffled batches of similar length: shuffle, sort within pools of ``pool`` batches, shuffle batches.

    Why: windows range from a dozen tokens to ``max_length``; padding every batch to its longest
    member wastes up to half the compute on a CPU. Sorting only inside random pools keeps batches
    varied from epoch to epoch.
    """
    order = list(range(len(lengths)))
    rng.shuffle(order)
    span = batch_size * pool
    batches = []
    for p in range(0, len(order), span):
        chunk = sorted(order[p:p + span], key=lambda i: lengths[i])
        batches.extend(chunk[b:b + batch_size] for b in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def _batches(feats: list[dict], batch_size: int, seed: int, pad_id: int):
    """Yield padded (input_ids, attention_mask, labels) batches forever, reshuffled each epoch."""
    import torch

    epoch = 0
    lengths = [len(f["input_ids"]) for f in feats]
    while True:
        for idx in _batch_order(lengths, batch_size, random.Random(seed * 1000 + epoch)):
            chunk = [feats[i] for i in idx]
            width = max(len(f["input_ids"]) for f in chunk)
            ids = torch.full((len(chunk), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(chunk), width), dtype=torch.long)
            labels = torch.full((len(chunk), width), -100, dtype=torch.long)
            for r, f in enumerate(chunk):
                n = len(f["input_ids"])
                ids[r, :n] = torch.tensor(f["input_ids"])
                mask[r, :n] = 1
                labels[r, :n] = torch.tensor(f["labels"])
            yield ids, mask, labels
        epoch += 1


def _trainable_state(model) -> dict:
    return {k: v.detach().clone() for k, v in model.named_parameters() if v.requires_grad}


def _lr_lambda(warmup: int, total: int):
    def f(step: int) -> float:
        if step < warmup:
            return (step + 1) / max(1, warmup)
        return max(0.0, (total - step) / max(1, total - warmup))
    return f


def int8_decision(output: Path, heldout_exs: list, transfer_exs: list, cfg: Config,
                  heldout: Scores) -> dict[str, Any]:
    """Reload the saved model (checking the round trip) and decide whether int8 inference is kept.

    Dynamic int8 quantization of the Linear layers is about twice as fast on CPU, but it is kept
    only if strict micro-F1 drops by at most ``inference.max_f1_drop`` on the held-out set and on
    the transfer set. Both measurements are recorded in ``meta.json``.
    """
    from infer.model_io import load_tagger

    m = cfg.model
    out: dict[str, Any] = {}
    for q in (False, True):
        qm, qt, _ = load_tagger(output, quantize=q)
        h = evaluate(qm, qt, heldout_exs, m.max_length, m.stride, batch_size=32)[0] if heldout_exs else None
        t = evaluate(qm, qt, transfer_exs, m.max_length, m.stride, batch_size=32)[0] if transfer_exs else None
        out["int8" if q else "fp32_reloaded"] = {"heldout_f1": h.micro_f1 if h else None,
                                                   "transfer_f1": t.micro_f1 if t else None}
    fp = out["fp32_reloaded"]
    if fp["heldout_f1"] is not None and abs(fp["heldout_f1"] - heldout.micro_f1) > 1e-3:
        log.warning("reloaded model scores %.4f on held-out, trained model %.4f: save/load is lossy",
                    fp["heldout_f1"], heldout.micro_f1)
    q8 = out["int8"]
    drops = [fp[k] - q8[k] for k in ("heldout_f1", "transfer_f1") if fp[k] is not None]
    out["quantize"] = bool(drops) and max(drops) <= cfg.inference.max_f1_drop
    log.info("int8: %s -> quantize=%s", out, out["quantize"])
    return out


def _code_version(root: Path) -> str | None:
    """The git commit the run used (``+dirty`` if tracked files were modified): data generation is code."""
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    if head.returncode != 0:
        return None
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def run_training(cfg: Config, root: Path, output: Path | None = None, progress: bool = True) -> TrainResult:
    """Train per ``cfg`` (paths relative to ``root``); save to ``output`` unless it is None."""
    import torch
    from tqdm.auto import tqdm

    t_start = time.perf_counter()
    set_determinism(cfg.seed, cfg.threads, cfg.train.deterministic)
    m, tc = cfg.model, cfg.train

    split = build_split(cfg, root)
    log.info("data: %s", split.sizes)
    base_dir = resolve_base(cfg)
    tokenizer = build_tokenizer(cfg, base_dir, [ex.text for ex in split.train])
    model = build_model(cfg, base_dir, tokenizer)
    feats, stats = tokenize_examples(split.train, tokenizer, m.max_length, m.stride)
    log.info("training windows: %d; alignment: %s", len(feats), stats.as_dict())
    for s in stats.examples[:5]:
        log.info("  misaligned: %s", s)

    steps_per_epoch = math.ceil(len(feats) / tc.batch_size)
    total = tc.max_steps or max(1, math.ceil(tc.epochs * steps_per_epoch))
    warmup = int(tc.warmup_ratio * total)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=tc.lr, weight_decay=tc.weight_decay)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, _lr_lambda(warmup, total))
    batches = _batches(feats, tc.batch_size, cfg.seed, tokenizer.pad_token_id or 0)

    def eval_heldout() -> Scores:
        return evaluate(model, tokenizer, split.heldout, m.max_length, m.stride, batch_size=32)[0]

    best_f1, best_state, best_step, bad_evals = -1.0, None, 0, 0
    best_scores: Scores | None = None
    losses: list[float] = []
    history: list[dict[str, Any]] = []
    deadline = t_start + tc.max_minutes * 60 if tc.max_minutes else None
    model.train()
    bar = tqdm(range(total), desc="train", disable=not progress, mininterval=15)
    step = 0
    for step in bar:
        ids, mask, labels = next(batches)
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        if tc.grad_clip:
            torch.nn.utils.clip_grad_norm_(params, tc.grad_clip)
        opt.step()
        sched.step()
        losses.append(loss.item())
        bar.set_postfix(loss=f"{sum(losses[-20:]) / len(losses[-20:]):.4f}")
        last = (step == total - 1 or (deadline is not None and time.perf_counter() > deadline)
                or (tc.stop_after is not None and step + 1 >= tc.stop_after))
        if split.heldout and ((step + 1) % tc.eval_every == 0 or last):
            sc = eval_heldout()
            history.append({"step": step + 1, "loss": sum(losses[-50:]) / len(losses[-50:]),
                            "heldout_f1": sc.micro_f1, "minutes": (time.perf_counter() - t_start) / 60})
            log.info("step %d: loss %.4f, held-out strict F1 %.4f", step + 1, history[-1]["loss"], sc.micro_f1)
            if sc.micro_f1 > best_f1:
                best_f1, best_state, best_step, bad_evals = sc.micro_f1, _trainable_state(model), step + 1, 0
                best_scores = sc
            else:
                bad_evals += 1
                if bad_evals >= tc.patience:
                    log.info("early stop at step %d (no held-out gain in %d evals)", step + 1, bad_evals)
                    break
        if last:
            if deadline is not None and time.perf_counter() > deadline and step != total - 1:
                log.info("time budget of %.0f min reached at step %d", tc.max_minutes, step + 1)
            break
    bar.close()
    steps_done = step + 1
    if best_state is not None:
        model.load_state_dict(best_state, strict=False)
        log.info("restored best checkpoint from step %d (held-out F1 %.4f)", best_step, best_f1)

    heldout = best_scores or (eval_heldout() if split.heldout else Scores(0.0, {}))
    log.info("\n%s", format_table(heldout, "held-out"))
    transfer = None
    transfer_examples: list = []
    if cfg.data.transfer_eval:
        tpath = Path(cfg.data.transfer_eval)
        tpath = tpath if tpath.is_absolute() else root / tpath
        if tpath.is_file():
            from annotations.corpus import load_examples

            texs = transfer_examples = load_examples(tpath)
            transfer, tpreds = evaluate(model, tokenizer, texs, m.max_length, m.stride, batch_size=32)
            log.info("\n%s", format_table(transfer, "transfer (seed prose, never trained on)"))
            errors = span_errors(texs, tpreds)
            log.info("transfer errors (%d; log only, never committed):\n%s", len(errors), "\n".join(errors[:80]))
        else:
            log.warning("transfer_eval %s does not exist: skipped", tpath)
    seconds = time.perf_counter() - t_start
    result = TrainResult(output=output, steps=steps_done, seconds=seconds, losses=losses, heldout=heldout,
                         transfer=transfer, history=history, data_sizes=split.sizes, alignment=stats.as_dict())
    if output is not None:
        meta = {
            "tags": list(BIO_TAGS),
            "base_model": m.base_model,
            "num_layers": model.config.num_hidden_layers,
            "max_length": m.max_length,
            "stride": m.stride,
            "tokenizer": m.tokenizer,
            "config": cfg.to_dict(),
            "scores": {"heldout": heldout.as_dict(), "transfer": transfer.as_dict() if transfer else None},
            "best_step": best_step,
            "steps": steps_done,
            "train_seconds": round(seconds, 1),
            "data_sizes": split.sizes,
            "training_windows": len(feats),
            "alignment": stats.as_dict(),
            "history": history,
            "code_version": _code_version(root),
            "created": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        save_tagger(model, tokenizer, output, meta, base_dir=base_dir)
        if cfg.inference.try_int8:
            update_meta(output, inference=int8_decision(output, split.heldout, transfer_examples, cfg, heldout))
        write_model_card(output)
        log.info("saved tagger to %s", output)
    return result
