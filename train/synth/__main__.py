"""``python -m train.synth --config configs/synth.yaml --n 1500 --seed 13 --out annotations/corpus/synthetic.json``

Generates the synthetic corpus as Label Studio tasks and prints the dataset report (counts per
label, per phrasing family, traditional and distractor ratios). ``--show K`` prints K random
examples with their spans bracketed, for reading them as a report reader would.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from annotations.corpus import Example, example_to_task, save_tasks
from train.synth.generate import SynthConfigError, generate, load_config, report


def highlight(ex: Example) -> str:
    """The passage with every span written ``[text|LABEL]``."""
    out, pos = [], 0
    for s in sorted(ex.spans):
        out.append(ex.text[pos:s.start])
        out.append(f"[{ex.text[s.start:s.end]}|{s.label}]")
        pos = s.end
    out.append(ex.text[pos:])
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m train.synth", description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=None, help="generator YAML (default configs/synth.yaml)")
    ap.add_argument("--n", type=int, default=6000, help="number of passages")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=None, help="write Label Studio tasks here")
    ap.add_argument("--show", type=int, default=0, help="print K random examples with spans bracketed")
    args = ap.parse_args(argv)
    if args.n < 0:
        print("error: --n must be >= 0", file=sys.stderr)
        return 2
    try:
        cfg = load_config(args.config)
        examples = generate(cfg, args.n, args.seed)
    except SynthConfigError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.out:
        save_tasks(args.out, [example_to_task(ex, task_id=i) for i, ex in enumerate(examples)])
    print(json.dumps(report(examples), ensure_ascii=False, indent=1))
    if args.out:
        print(f"wrote {len(examples)} tasks to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    rnd = random.Random(args.seed)
    for ex in rnd.sample(examples, min(args.show, len(examples))):
        print("-" * 80)
        print(f"{ex.meta.get('kind')} {ex.meta.get('script')} {ex.meta.get('families')}")
        print(highlight(ex))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
