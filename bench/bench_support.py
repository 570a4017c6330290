"""Engines for ``bench/run.py``, importable in the fresh processes it starts (and in spawned workers).

An *engine* is what reads the prose: ``"baseline"`` (the regex extractor, :mod:`infer.baseline`),
``"standin"`` (the shipped architecture with random weights, for timing before a model is trained),
or a model folder (optionally dynamically quantized to int8). Tables and reconciliation are the same
for all, so the numbers compare like with like.

``python bench/bench_support.py batch ENGINE QUANTIZE WORKERS DIR OUT.jsonl`` runs a batch: for a
model folder without quantization it *is* the user's command (``infer extract DIR --jsonl OUT``);
otherwise the same worker pool (:func:`infer.batch._run_pool`) with this module's initializer.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


class Baseline:
    """Marker engine: prose by regex."""


def _standin() -> Any:
    """The shipped architecture (configs/default.yaml: base, num_layers, max_length) with a random head."""
    import yaml
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    from infer.encoder import resolve_base_model
    from infer.labels import BIO_TAGS
    from infer.model_io import _quiet_transformers, truncate_layers
    from infer.tagger import Tagger

    _quiet_transformers()
    cfg = yaml.safe_load((ROOT / "configs" / "default.yaml").read_text(encoding="utf-8"))["model"]
    base = resolve_base_model(cfg["base_model"])
    tags = list(BIO_TAGS)
    model = AutoModelForTokenClassification.from_pretrained(
        str(base), num_labels=len(tags), id2label=dict(enumerate(tags)), label2id={t: i for i, t in enumerate(tags)},
        local_files_only=True)
    truncate_layers(model, cfg.get("num_layers"))
    tok = AutoTokenizer.from_pretrained(str(base), local_files_only=True)
    return Tagger(model.eval(), tok, tags, max_length=cfg["max_length"], stride=cfg["stride"])


def load_engine(engine: str, quantize: bool = False) -> Any:
    if engine == "baseline":
        return Baseline()
    if engine == "standin":
        tagger = _standin()
    elif quantize:
        from infer.model_io import load_tagger
        from infer.tagger import Tagger

        model, tok, meta = load_tagger(Path(engine), quantize=True)
        tagger = Tagger(model, tok, meta["tags"], max_length=int(meta.get("max_length", 512)),
                        **({"stride": int(meta["stride"])} if "stride" in meta else {}))
        return tagger
    else:
        from infer.tagger import Tagger

        return Tagger.load(engine)
    if quantize:
        import torch

        tagger.model = torch.ao.quantization.quantize_dynamic(tagger.model, {torch.nn.Linear}, dtype=torch.qint8)
    return tagger


def extract_with(engine: Any, path: str) -> dict[str, Any]:
    from infer.pipeline import extract

    if not isinstance(engine, Baseline):
        return extract(path, tagger=engine).to_json()
    # the pipeline with the regex baseline in place of tagger + linker
    from infer.baseline import extract_prose
    from infer.reconcile import reconcile
    from infer.result import ExtractionResult
    from infer.tables import parse_tables
    from infer.textio import load_report

    doc = load_report(path)
    table = parse_tables(doc.text)
    facts = extract_prose(doc.text)
    rec = reconcile(facts, table)
    return ExtractionResult(file=doc.path, encoding=doc.encoding, text_sha256=doc.sha256, prose_facts=facts,
                            table_template=table.template, table_facts=list(table.facts),
                            table_checks=list(table.checks), table_status=table.status,
                            prose_checks=rec.prose_checks, reconciliation=rec.rows).to_json()


# --- worker pool entry points (spawned processes import this module by name) --------------------------

_ENGINE: Any = None


def init_worker(engine: str, quantize: bool, threads: int) -> None:
    global _ENGINE
    import signal

    import torch

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    torch.set_num_threads(threads)
    _ENGINE = load_engine(engine, quantize)


def one(path: str) -> dict[str, Any]:
    try:
        rec = extract_with(_ENGINE, path)
        return {"file": path, "error": None, **{k: v for k, v in rec.items() if k != "file"}}
    except Exception as exc:  # noqa: BLE001 - counted as a failure, as in the real batch
        return {"file": path, "error": f"{type(exc).__name__}: {exc}"}


def batch(engine: str, quantize: bool, workers: int, folder: str, out: str) -> None:
    if engine not in ("baseline", "standin") and not quantize:
        cmd = [sys.executable, "-m", "infer.cli", "extract", folder, "--jsonl", out, "--overwrite",
               "--workers", str(workers), "--model", engine]
        sys.exit(subprocess.run(cmd, cwd=ROOT).returncode)
    from infer.batch import _run_pool, expand_inputs

    files = expand_inputs([folder])
    threads = max(1, len(os.sched_getaffinity(0)) // workers)
    with open(out, "w", encoding="utf-8") as fh:
        def write(rec: dict[str, Any]) -> None:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fh.flush()

        _run_pool(files, workers, (engine, quantize, threads), write, initializer=init_worker, task=one)


if __name__ == "__main__":
    if len(sys.argv) != 7 or sys.argv[1] != "batch":
        sys.exit("usage: bench_support.py batch ENGINE QUANTIZE(0|1) WORKERS DIR OUT.jsonl")
    batch(sys.argv[2], sys.argv[3] == "1", int(sys.argv[4]), sys.argv[5], sys.argv[6])
