"""``train --config`` under abuse (issue 13, item 10): a bad config or corpus file is one ``error:``
line and exit 2, never a traceback or a division by zero in the middle of training."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from train.cli import app

ROOT = Path(__file__).resolve().parent.parent
TINY = str(ROOT / "configs" / "tiny.yaml")


def train(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(app, ["--config", *args, "--quiet", "--set", "train.max_steps=2"])
    assert not isinstance(res.exception, Exception) or isinstance(res.exception, SystemExit), res.exception
    return res.exit_code, res.stderr


def one_error(stderr: str) -> str:
    lines = [x for x in stderr.splitlines() if x.startswith("error:")]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_a_config_that_is_not_utf8(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_bytes("seed: 1\n# 训练配置\n".encode("gb18030"))
    code, err = train(str(cfg))
    assert code == 2 and "UTF-8" in one_error(err)


@pytest.mark.parametrize("setting,word", [
    ("train.eval_every=0", "eval_every"), ("threads=0", "threads"), ("threads=-2", "threads"),
    ("train.patience=-1", "patience"), ("model.config_overrides.num_attention_heads=5", "num_attention_heads")])
def test_settings_that_cannot_work_are_refused(setting: str, word: str, tmp_path: Path) -> None:
    code, err = train(TINY, "--output", str(tmp_path / "m"), "--set", setting)
    assert code == 2 and word in one_error(err)


def test_lora_targets_that_match_nothing(tmp_path: Path) -> None:
    code, err = train(TINY, "--output", str(tmp_path / "m"), "--set", "lora.enabled=true",
                      "--set", "lora.target_modules=[no_such_layer]")
    assert code == 2 and "target" in one_error(err)


@pytest.mark.parametrize("content", [b'{"data": ', json.dumps(
    [{"data": {"text": "共受理申请3件"}, "annotations": [{"result": [
        {"type": "labels", "value": {"start": 5, "labels": ["COUNT"]}}]}]}]).encode("utf-8")])
def test_a_corpus_file_that_is_not_a_corpus(tmp_path: Path, content: bytes) -> None:
    corpus = tmp_path / "corpus.json"
    corpus.write_bytes(content)
    code, err = train(TINY, "--output", str(tmp_path / "m"), "--set", "data.toy=false",
                      "--set", f"data.parts=[{{path: {corpus}}}]")
    assert code == 2 and ("corpus" in one_error(err) or "malformed" in one_error(err))
