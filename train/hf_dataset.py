"""The annotated corpus as a Hugging Face ``datasets.Dataset``: for our training path and for people who train elsewhere.

Two datasets, one builder each:

* **passages** (:func:`passages_dataset`): one row per annotated passage, in the shape of the
  character-level Chinese NER sets on the Hub: ``tokens`` are the passage's characters and
  ``ner_tags`` their IOB2 tags as a ``ClassLabel`` over :data:`infer.labels.BIO_TAGS`; ``spans`` keep
  the stand-off annotation (``start``/``end`` character offsets, ``label`` a ``ClassLabel`` over
  :data:`infer.labels.LABEL_NAMES`); ``text``, ``part``, ``doc`` and ``meta`` (JSON) say where it came
  from. ``annotate dataset`` writes it with ``save_to_disk``; ``datasets.load_from_disk`` reads it.
* **windows** (:func:`tokenized_windows`): the passages tokenized for our model with ``.map`` --
  model-length windows (``input_ids``) and their aligned ``labels`` (tag ids, ``-100`` where a token
  owns no character) -- by the same functions as before (:func:`infer.alignment.encode_windows`,
  :func:`infer.alignment.spans_to_label_ids`), in the same order, so the training batches are
  bit-identical to the list-based path this replaced. The result is cached under the nianbao cache
  (``$NIANBAO_CACHE/datasets``) by a fingerprint of everything it depends on (passage texts and
  spans, the tokenizer's full definition, window settings, this module's version): a rerun on the
  same data loads the cached Arrow file instead of tokenizing again.
"""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any, Iterable, Sequence

from annotations.corpus import Example, Span
from infer.alignment import (AlignmentStats, alignment_issues, encode_windows, spans_to_char_tags,
                             spans_to_label_ids)
from infer.labels import BIO_TAGS, LABEL_NAMES, TAG2ID

log = logging.getLogger(__name__)

#: Bump when the windows' content would change for the same inputs (invalidates the cache).
WINDOWS_VERSION = 1


def passage_features():
    """The passages' schema (``ClassLabel`` tags: the names travel with the data)."""
    from datasets import ClassLabel, Features, List, Value

    return Features({
        "id": Value("string"),
        "part": Value("string"),
        "doc": Value("string"),
        "text": Value("string"),
        "tokens": List(Value("string")),
        "ner_tags": List(ClassLabel(names=list(BIO_TAGS))),
        "spans": List({"start": Value("int32"), "end": Value("int32"), "label": ClassLabel(names=list(LABEL_NAMES))}),
        "meta": Value("string"),
    })


def window_features():
    from datasets import Features, List, Value

    return Features({
        "input_ids": List(Value("int32")),
        "labels": List(Value("int32")),  # a tag id of BIO_TAGS, or -100 (ignored by the loss)
        "align_spans": Value("int32"),
        "align_tokens": Value("int32"),
        "align_boundary_inside_token": Value("int32"),
        "align_lost_spans": Value("int32"),
        "align_examples": List(Value("string")),
    })


def _passage_row(ex: Example, i: int) -> dict[str, Any]:
    doc = str(ex.meta.get("doc") or ex.meta.get("id") or "")
    return {
        "id": f"{ex.part}-{i}",
        "part": ex.part,
        "doc": doc,
        "text": ex.text,
        "tokens": list(ex.text),
        "ner_tags": [TAG2ID[t] for t in spans_to_char_tags(len(ex.text), ex.spans)],
        # in the example's own order: label alignment breaks ties by it, so windows stay identical
        "spans": [{"start": s.start, "end": s.end, "label": LABEL_NAMES.index(s.label)} for s in ex.spans],
        "meta": json.dumps(ex.meta, ensure_ascii=False, sort_keys=True, default=str),
    }


def passages_dataset(exs: Sequence[Example], info_description: str = ""):
    """One row per passage (see the module doc), in the order of ``exs``."""
    from datasets import Dataset, DatasetInfo

    rows = [_passage_row(ex, i) for i, ex in enumerate(exs)]
    columns = {k: [r[k] for r in rows] for k in passage_features()}
    features = passage_features()
    return Dataset.from_dict(columns, features=features,
                             info=DatasetInfo(description=info_description, features=features))


def _tokenizer_identity(tokenizer) -> str:
    """Everything about the tokenizer that decides ids and offsets: its serialised definition.

    Truncation and padding are left out: every call sets them (``encode_windows`` passes its own),
    and a call leaves them set on the backend, which would change the hash after first use."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        return hashlib.sha256(repr(tokenizer).encode("utf-8")).hexdigest()
    spec = json.loads(backend.to_str())
    spec.pop("truncation", None)
    spec.pop("padding", None)
    return hashlib.sha256(json.dumps(spec, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def windows_fingerprint(exs: Sequence[Example], tokenizer, max_length: int, stride: int) -> str:
    """A content hash of what the windows depend on (``datasets`` fingerprints are 16+ hex chars)."""
    h = hashlib.sha256()
    h.update(json.dumps([WINDOWS_VERSION, list(BIO_TAGS), _tokenizer_identity(tokenizer), max_length, stride]).encode())
    for ex in exs:
        h.update(json.dumps([ex.text, [(s.start, s.end, s.label) for s in ex.spans]], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:32]


def _tokenize_batch(batch: dict[str, list], tokenizer, max_length: int, stride: int) -> dict[str, list]:
    """``.map`` function: each passage -> its windows with aligned labels and alignment counts."""
    out: dict[str, list] = {k: [] for k in window_features()}
    for text, sp in zip(batch["text"], batch["spans"]):
        spans = [Span(s["start"], s["end"], LABEL_NAMES[s["label"]]) for s in sp]
        for w in encode_windows(tokenizer, text, max_length, stride):
            st = alignment_issues(w.offsets, spans, text)
            out["input_ids"].append(w.input_ids)
            out["labels"].append(spans_to_label_ids(w.offsets, spans, TAG2ID, text))
            out["align_spans"].append(st.spans)
            out["align_tokens"].append(st.tokens)
            out["align_boundary_inside_token"].append(st.boundary_inside_token)
            out["align_lost_spans"].append(st.lost_spans)
            out["align_examples"].append(st.examples)
    return out


def default_cache() -> Path:
    from infer.encoder import default_cache_dir

    return default_cache_dir() / "datasets"


def tokenized_windows(exs: Sequence[Example], tokenizer, max_length: int, stride: int,
                      cache_dir: Path | None = None):
    """The training windows of ``exs`` as a ``datasets.Dataset`` (cached; see the module doc)."""
    from datasets import Dataset

    fp = windows_fingerprint(exs, tokenizer, max_length, stride)
    cache = Path(cache_dir) if cache_dir is not None else default_cache()
    cache.mkdir(parents=True, exist_ok=True)
    cache_file = cache / f"windows-{fp}.arrow"
    if cache_file.is_file():  # what .map would find too, without first building the passages
        log.info("training windows: from the cache %s", cache_file)
        return Dataset.from_file(str(cache_file))
    passages = passages_dataset(exs)
    return passages.map(_tokenize_batch, batched=True, batch_size=256, remove_columns=passages.column_names,
                        fn_kwargs={"tokenizer": tokenizer, "max_length": max_length, "stride": stride},
                        features=window_features(), new_fingerprint=fp, cache_file_name=str(cache_file),
                        load_from_cache_file=True, desc="tokenize")


def windows_to_features(windows) -> tuple[list[dict[str, list[int]]], AlignmentStats]:
    """What the training loop takes: ``[{input_ids, labels}]`` in dataset order, plus alignment stats."""
    cols = windows.to_dict()
    feats = [{"input_ids": i, "labels": l} for i, l in zip(cols["input_ids"], cols["labels"])]
    stats = AlignmentStats()
    for n, t, b, lost, ex in zip(cols["align_spans"], cols["align_tokens"], cols["align_boundary_inside_token"],
                                 cols["align_lost_spans"], cols["align_examples"]):
        stats.add(AlignmentStats(spans=n, tokens=t, boundary_inside_token=b, lost_spans=lost, examples=list(ex)))
    return feats, stats


# --- the corpus as a dataset folder, for training elsewhere --------------------------------------------

_CARD = """# nianbao annotated prose (a `datasets` folder)

Written by `annotate dataset`. Load with:

```python
from datasets import load_from_disk
ds = load_from_disk("{path}")
ds["{first}"].features["ner_tags"].feature.names   # the IOB2 tag set
```

Splits: {splits}.

One row per passage: `text`; `tokens` = its characters, `ner_tags` = their IOB2 tags (`ClassLabel`);
`spans` = the annotation itself (`start`/`end` character offsets into `text`, `label` a `ClassLabel`);
`part` (real / synthetic / weak / ...), `doc` (source document), `meta` (JSON). Whitespace characters
are kept as tokens so that offsets and tokens agree; drop them if your tokenizer does.

Labels (see the project's `infer/labels.py` and `annotations/GUIDELINES.md`): {labels}.
{note}"""


def write_dataset_folder(splits: dict[str, Sequence[Example]], output: Path, note: str = ""):
    """Save ``{split: examples}`` as a ``DatasetDict`` folder (``save_to_disk``) with a short README."""
    from datasets import DatasetDict

    dd = DatasetDict({name: passages_dataset(exs) for name, exs in splits.items()})
    output = Path(output)
    dd.save_to_disk(str(output))
    sizes = ", ".join(f"`{k}` ({len(v)} passages)" for k, v in dd.items())
    (output / "README.md").write_text(
        _CARD.format(path=output, first=next(iter(dd)), splits=sizes, labels=", ".join(LABEL_NAMES),
                     note=f"\n{note}\n" if note else ""), encoding="utf-8")
    return dd


def unique(exs: Iterable[Example]) -> list[Example]:
    """``exs`` without repeated copies of the same passage object (training repeats parts), order kept."""
    seen: set[int] = set()
    out = []
    for ex in exs:
        if id(ex) not in seen:
            seen.add(id(ex))
            out.append(ex)
    return out


def config_splits(config: Path, overrides: Sequence[str] = ()) -> dict[str, list[Example]]:
    """The passages a training config reads, split as training splits them (``train``/``validation``)."""
    from train.cli import project_root
    from train.config import load_config
    from train.data import build_split

    split = build_split(load_config(config, list(overrides)), project_root())
    out = {"train": unique(split.train)}
    if split.heldout:
        out["validation"] = unique(split.heldout)
    return out


def corpus_to_folder(inputs: Sequence[Path], config: Path | None, output: Path, overrides: Sequence[str] = ()):
    """``annotate dataset``: corpus files (one ``train`` split) or a training config's splits -> a dataset folder.

    Raises ``ValueError`` (``CorpusError``/``ConfigError`` are ones) with a message for the user.
    """
    from annotations.corpus import load_examples

    if bool(inputs) == bool(config):
        raise ValueError("give corpus files or --config, not both (and not neither)")
    if config is not None:
        splits = config_splits(config, overrides)
        note = f"Made from the training config `{config}`: the splits are the ones training uses (repeats removed)."
    else:
        exs: list[Example] = []
        for p in inputs:
            if not Path(p).is_file():
                raise ValueError(f"{p}: no such corpus file")
            exs.extend(load_examples(Path(p)))
        splits = {"train": exs}
        note = "Made from: " + ", ".join(f"`{Path(p).name}`" for p in inputs) + "."
    if not any(splits.values()):
        raise ValueError("no passages to write")
    return write_dataset_folder(splits, output, note)
