"""The ``infer`` CLI in-process: JSON contract on seeds and re-encoded/HTML copies, offsets that slice
to their text in the ``--show-text`` output, one-line errors with exit code 2."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import infer.pipeline
from infer.cli import app
from infer.tagger import TaggedSpan

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def shown_text(path: Path) -> str:
    res = invoke("extract", "--show-text", str(path))
    assert res.exit_code == 0, res.stderr
    return res.stdout


def assert_offsets(data: dict, decoded: str) -> None:
    assert data["text_sha256"]
    for f in data["prose"]["facts"]:
        assert f["text"] == decoded[f["start"]:f["end"]], f
    for t in data["table"]["facts"]:
        assert 0 <= t["start"] < t["end"] <= len(decoded), t


class RegexTagger:
    """A stand-in for the model (the model's own test is elsewhere): tags digits as COUNT and a few
    category words, so the real linker produces prose facts whose offsets the CLI must preserve."""

    _PATTERNS = (("COUNT", r"\d+(?=件|起|人次|条)"), ("RECEIVED", r"收到|受理|受理了"),
                 ("CHANNEL", r"当面|網上|网上|信函|电子邮件|當面"), ("CASE", r"行政复议|行政诉讼|行政複議|行政訴訟"))

    def tag(self, text: str) -> list[TaggedSpan]:
        spans = [TaggedSpan(m.start(), m.end(), label, 0.9)
                 for label, pat in self._PATTERNS for m in re.finditer(pat, text)]
        return sorted(spans)


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(infer.pipeline, "load_tagger", lambda model_dir=None: RegexTagger())


def _copies(seed_paths: list[Path], raw_dir: Path, tmp_path: Path) -> list[tuple[Path, str]]:
    """(file, expected encoding): every seed, its GB18030 / UTF-8-BOM copy, Big5 copies of the
    traditional seeds, and the HTML pages."""
    out: list[tuple[Path, str]] = []
    for p in seed_paths:
        text = p.read_text(encoding="utf-8")
        out.append((p, "utf-8"))
        for codec in ("gb18030", "utf-8-sig", "big5"):
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                continue
            copy = tmp_path / f"{p.stem}.{codec}.txt"
            copy.write_bytes(data)
            out.append((copy, codec))
    for name in ("pt2024.html", "pt2025.html"):
        copy = tmp_path / name
        shutil.copy(raw_dir / name, copy)
        out.append((copy, "utf-8"))
    return out


def test_json_on_seeds_and_copies_no_model(seed_paths: list[Path], raw_dir: Path, tmp_path: Path) -> None:
    for path, encoding in _copies(seed_paths, raw_dir, tmp_path):
        res = invoke("extract", "--no-model", "--format", "json", str(path))
        assert res.exit_code == 0, (path, res.stderr)
        data = json.loads(res.stdout)
        assert data["file"] == str(path)
        assert data["encoding"] == encoding
        assert set(data) >= {"prose", "table", "reconciliation", "warnings"}
        decoded = shown_text(path)
        assert_offsets(data, decoded)
        if path.suffix == ".txt":  # the decoded text of a copy is the seed's text
            original = next(p for p in seed_paths if path.name.startswith(p.stem))
            assert decoded == original.read_text(encoding="utf-8")


def test_prose_fact_offsets_slice_to_their_text(fake_model: None, seed_paths: list[Path], raw_dir: Path,
                                               tmp_path: Path) -> None:
    total = 0
    for path, _ in _copies(seed_paths, raw_dir, tmp_path):
        res = invoke("extract", "--format", "json", str(path))
        assert res.exit_code == 0, (path, res.stderr)
        data = json.loads(res.stdout)
        assert_offsets(data, shown_text(path))
        total += len(data["prose"]["facts"])
    assert total > 20  # the check above really ran over facts


def test_several_files_give_a_json_list_and_bad_ones_exit_2(seed_paths: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    res = invoke("extract", "--no-model", "-f", "json", str(seed_paths[0]), str(missing), str(seed_paths[1]))
    assert res.exit_code == 2
    records = json.loads(res.stdout)
    # every file is in the list, in order; the failed one with its error (issue 13, item 12)
    assert [d["file"] for d in records] == [str(seed_paths[0]), str(missing), str(seed_paths[1])]
    assert records[1] == {"file": str(missing), "error": "InputError: no such file"}
    assert "error" not in records[0] and "error" not in records[2]
    assert res.stderr == f"infer: error: {missing}: no such file\n"


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"), (b"  \n\n \t", "whitespace"), (b"\x00\x01\x02binary\xff" * 50, "binary")])
def test_bad_files_one_line_exit_2(tmp_path: Path, content: bytes, reason: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    for fmt in ("text", "json", "html"):
        res = invoke("extract", "--no-model", "-f", fmt, str(f))
        assert res.exit_code == 2
        assert res.stdout == ""
        lines = res.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"infer: error: {f}: ") and reason in lines[0]


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for target, reason in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "directory")):
        res = invoke("extract", "--no-model", str(target))
        assert res.exit_code == 2 and "Traceback" not in res.output
        assert res.stderr.count("\n") == 1 and reason in res.stderr


def test_max_bytes(seed_paths: list[Path]) -> None:
    res = invoke("extract", "--no-model", "--max-bytes", "1000", str(seed_paths[0]))
    assert res.exit_code == 2 and "--max-bytes" in res.stderr
    assert invoke("extract", "--no-model", "--max-bytes", "0", str(seed_paths[0])).exit_code == 0


def test_broken_model_dir_is_one_line(tmp_path: Path, seed_paths: list[Path]) -> None:
    res = invoke("extract", "--model", str(tmp_path), str(seed_paths[0]))
    assert res.exit_code == 2
    assert len(res.stderr.splitlines()) == 1 and "--no-model" in res.stderr


def test_text_view(fake_model: None, seed_paths: list[Path], tmp_path: Path) -> None:
    res = invoke("extract", str(seed_paths[1]))
    assert res.exit_code == 0
    assert str(seed_paths[1]) in res.stdout and "utf-8" in res.stdout
    views = []
    for i, seed in enumerate(seed_paths):
        out = tmp_path / f"view{i}.txt"
        res = invoke("extract", "-o", str(out), str(seed))
        assert res.exit_code == 0 and res.stdout == ""
        views.append(out.read_text(encoding="utf-8"))
    # one line per field under its section rule; the file is written at the pipe width, uncoloured
    assert any(re.search(r"^申请 ─+$", v, re.M) and re.search(r"^requests\.received +\d+ ", v, re.M) for v in views)
    assert all("\x1b[" not in v and max(len(ln) for ln in v.splitlines()) <= 120 for v in views)


def test_json_output_file(seed_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "o" / "r.json"
    res = invoke("extract", "--no-model", "-f", "json", "-o", str(out), str(seed_paths[2]))
    assert res.exit_code == 0 and res.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["file"] == str(seed_paths[2])


def test_help_explains_every_option() -> None:
    res = invoke("extract", "--help")
    assert res.exit_code == 0
    for opt in ("--format", "--output", "--show-text", "--model", "--no-model", "--max-bytes"):
        assert opt in res.stdout
    assert "年度报告" in invoke("--help").stdout


def test_pipeline_drops_facts_that_break_the_offset_contract() -> None:
    from infer.pipeline import _check_offsets
    from infer.result import ExtractionResult, ProseFact, TableFact

    text = "共受理申请12件"
    res = ExtractionResult(file="x", encoding="utf-8", text_sha256="0", prose_facts=[
        ProseFact("requests.received", 12, 5, 7, "12", 0.9), ProseFact("requests.received", 13, 4, 6, "13", 0.9)],
        table_facts=[TableFact("review.total", 1, "r", "c", 5, 99)])
    _check_offsets(res, text)
    assert [f.value for f in res.prose_facts] == [12] and res.table_facts == []
    assert len(res.warnings) == 2 and all("dropped" in w for w in res.warnings)


# --- stderr carries only our own messages ------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "models" / "tagger"


def _run(code_or_args: list[str]) -> "subprocess.CompletedProcess[str]":
    import os
    import subprocess
    import sys

    env = dict(os.environ, OMP_NUM_THREADS="1", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run([sys.executable, *code_or_args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


@pytest.mark.skipif(not (SHIPPED / "meta.json").is_file(), reason="no shipped model in models/tagger")
def test_extract_with_the_model_prints_nothing_on_stderr() -> None:
    """A terminal or a batch log shows only our messages: no progress bar, no library warnings."""
    r = _run(["-m", "infer.cli", "extract", "examples/report.txt", "--format", "json"])
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stderr == ""
    assert json.loads(r.stdout)["prose"]["facts"]


def test_transformers_loading_is_silenced(tmp_path: Path) -> None:
    """The transformers path of the loader (used for models the light loader does not cover): its
    'Loading weights' progress bar and the is_gradient_checkpointing FutureWarning (peft reads that
    property) are silenced, an error-level log still shows."""
    code = (
        "import sys\n"
        "from transformers import BertConfig, BertForTokenClassification\n"
        "from transformers.utils import logging\n"
        "from infer.model_io import _quiet_transformers\n"
        "cfg = BertConfig(vocab_size=50, hidden_size=8, num_hidden_layers=1, num_attention_heads=1,"
        " intermediate_size=8, num_labels=3)\n"
        "_quiet_transformers()\n"
        "BertForTokenClassification(cfg).save_pretrained(sys.argv[1])\n"
        "m = BertForTokenClassification.from_pretrained(sys.argv[1])\n"
        "m.is_gradient_checkpointing\n"
        "logging.get_logger('transformers.test').error('a real error')\n"
    )
    r = _run(["-c", code, str(tmp_path / "tiny")])
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stderr.splitlines() == ["[transformers] a real error"]
