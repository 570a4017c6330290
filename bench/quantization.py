"""Does dynamic int8 quantization keep the model's accuracy? Evidence for keeping it or not.

    python bench/quantization.py [--model models/tagger] [--out bench/quantization.md]

Runs the full pipeline with the fp32 model and with the same model quantized
(``infer.model_io.load_tagger(quantize=True)``), then compares (1) prose precision/recall/F1 against
the hand-checked gold facts of the five seeds (``infer.evaluate``), and (2) on every real report we
have (seeds and corpus, txt and html) whether the two produce the same prose facts and spans, and
(3) the tagging time per report (1 thread, CPU time). Writes a markdown summary.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=str(ROOT / "models" / "tagger"))
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "quantization.md")
    args = ap.parse_args()

    import torch

    torch.set_num_threads(1)
    from bench_support import load_engine

    from infer.evaluate import evaluate
    from infer.pipeline import extract
    from infer.textio import load_report

    gold = SHARED / "gold" / "seeds.json"
    reports = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "raw").glob("*.txt")) \
        + sorted((SHARED / "corpus" / "raw").glob("*.html"))
    engines = {"fp32": load_engine(args.model, False), "int8": load_engine(args.model, True)}
    scores, facts, spans, cpu = {}, {}, {}, {}
    for name, tagger in engines.items():
        ev = evaluate(gold, tagger=tagger, model_label=name)
        scores[name] = ev.prose("model")
        facts[name], spans[name], cpu[name] = {}, {}, []
        for p in reports:
            text = load_report(p).text
            tagger.tag(text)  # warm
            c = time.process_time()
            sp = tagger.tag(text)
            cpu[name].append(time.process_time() - c)
            spans[name][p.name] = {(s.start, s.end, s.label) for s in sp}
            facts[name][p.name] = {(f.field, f.value, f.start) for f in extract(p, tagger=tagger).prose_facts}

    lines = ["# Dynamic int8 quantization: accuracy and speed", "",
             f"Model `{os.path.relpath(args.model, ROOT)}`; `python bench/quantization.py`. "
             "Prose scores against the seeds' gold facts (`infer.evaluate`).", "",
             "| field group | fp32 P / R / F1 | int8 P / R / F1 |", "|---|---|---|"]
    for group in sorted(set(scores["fp32"]) | set(scores["int8"]), key=lambda g: (g == "overall", g)):
        cells = []
        for name in ("fp32", "int8"):
            prf = scores[name].get(group)
            cells.append("–" if prf is None else f"{prf.precision:.3f} / {prf.recall:.3f} / {prf.f1:.3f}")
        lines.append(f"| {group} | {cells[0]} | {cells[1]} |")
    lines += ["", "| report | prose facts fp32 | int8 | facts in common | spans fp32 | int8 | spans in common "
              "| tag CPU s fp32 | int8 |", "|---|---|---|---|---|---|---|---|---|"]
    for i, p in enumerate(reports):
        a, b = facts["fp32"][p.name], facts["int8"][p.name]
        sa, sb = spans["fp32"][p.name], spans["int8"][p.name]
        lines.append(f"| {p.name} | {len(a)} | {len(b)} | {len(a & b)} | {len(sa)} | {len(sb)} | {len(sa & sb)} "
                     f"| {cpu['fp32'][i]:.3f} | {cpu['int8'][i]:.3f} |")
    fa = sum(len(facts["fp32"][p.name]) for p in reports)
    fb = sum(len(facts["int8"][p.name]) for p in reports)
    common = sum(len(facts["fp32"][p.name] & facts["int8"][p.name]) for p in reports)
    lines += ["", f"Facts in common: {common} of {fa} (fp32) / {fb} (int8). Tagging CPU time, total: "
              f"fp32 {sum(cpu['fp32']):.2f} s, int8 {sum(cpu['int8']):.2f} s."]
    text = "\n".join(lines) + "\n"
    print(text)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
