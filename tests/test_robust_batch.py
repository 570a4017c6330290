"""Batch mode under abuse (issue 13): concurrent runs, resume after inputs or settings changed, broken
records, unreadable folders, a full disk during the final rewrite, too many workers.

Each test reproduces one numbered case of the issue and failed on the code before it. Reports are the
self-written ones of ``tests/test_batch.py``; runs use ``--no-model`` so they take seconds.
"""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from infer.batch import BatchError, expand, expand_inputs, run_batch
from infer.cli import app
from test_batch import ROOT, make_collection, report_text
from test_robust_support import as_unprivileged, open_tmp  # noqa: F401 - open_tmp is a fixture

SLOW_RUN = """
import sys, time
from pathlib import Path
import infer.pipeline
from infer.batch import expand_inputs, run_batch
real = infer.pipeline.extract
def slow(*a, **k):
    time.sleep(0.25)
    return real(*a, **k)
infer.pipeline.extract = slow
s = run_batch(expand_inputs([sys.argv[1]]), Path(sys.argv[2]), workers=1, use_model=False, progress=False,
              overwrite=True)
print(s.succeeded_total)
"""


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


# --- item 1: two runs on the same --jsonl ------------------------------------------------------------

def test_a_second_run_on_the_same_jsonl_is_refused_and_the_first_keeps_everything(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=10, broken=False)
    out = tmp_path / "out.jsonl"
    first = subprocess.Popen([sys.executable, "-c", SLOW_RUN, str(tmp_path / "in"), str(out)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.exists() and out.read_bytes().count(b"\n") >= 1):
            time.sleep(0.02)
        assert first.poll() is None, "the first run ended before the second started"
        runner = CliRunner()
        for extra in ([], ["--resume"], ["--overwrite"]):
            res = runner.invoke(app, ["extract", str(tmp_path / "in"), "--jsonl", str(out), "--no-model",
                                      "--workers", "1", *extra], catch_exceptions=False)
            assert res.exit_code == 2, (extra, res.stderr)
            assert res.stderr.count("\n") == 1 and "another run is writing" in res.stderr, res.stderr
            assert out.read_bytes().count(b"\n") >= 1, "--overwrite truncated a running run's file"
    finally:
        stdout, _ = first.communicate(timeout=120)
    assert first.returncode == 0 and stdout.strip() == str(len(files))
    assert [r["file"] for r in _lines(out)] == files and all(r["error"] is None for r in _lines(out))


def test_the_lock_is_released_when_a_run_ends(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=2, broken=False)
    out = tmp_path / "out.jsonl"
    run_batch(files, out, workers=1, use_model=False, progress=False)
    s = run_batch(files, out, resume=True, workers=1, use_model=False, progress=False)
    assert s.skipped_done == 2


# --- item 3: resume trusts only unchanged inputs and the same settings --------------------------------

def test_resume_re_extracts_an_input_replaced_since(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=3, broken=False)
    out = tmp_path / "out.jsonl"
    run_batch(files, out, workers=1, use_model=False, progress=False)
    before = {r["file"]: r for r in _lines(out)}
    Path(files[1]).write_text(report_text(41) + "本年度另收到来信3件。\n", encoding="utf-8")
    s = run_batch(files, out, resume=True, workers=1, use_model=False, progress=False)
    after = {r["file"]: r for r in _lines(out)}
    assert s.skipped_done == 2 and s.processed == 1
    assert after[files[1]]["text_sha256"] != before[files[1]]["text_sha256"]
    assert any("changed since" in w for w in s.warnings)
    assert after[files[0]] == before[files[0]]


def test_resume_keeps_a_touched_but_unchanged_input_and_updates_its_stamp(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=2, broken=False)
    out = tmp_path / "out.jsonl"
    run_batch(files, out, workers=1, use_model=False, progress=False)
    later = time.time() + 100
    os.utime(files[0], (later, later))
    s = run_batch(files, out, resume=True, workers=1, use_model=False, progress=False)
    assert s.skipped_done == 2 and not s.warnings
    rec = _lines(out)[0]
    assert rec["input"]["mtime_ns"] == os.stat(files[0]).st_mtime_ns
    again = run_batch(files, out, resume=True, workers=1, use_model=False, progress=False)
    assert again.skipped_done == 2


def test_resume_with_other_model_settings_is_refused(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=2, broken=False)
    out = tmp_path / "out.jsonl"
    run_batch(files, out, workers=1, use_model=False, progress=False)
    assert all(r["run"] == {"model": None} for r in _lines(out))
    with pytest.raises(BatchError, match="--no-model"):
        run_batch(files, out, resume=True, workers=1, use_model=True, progress=False)
    res = CliRunner().invoke(app, ["extract", *files, "--jsonl", str(out), "--resume", "--workers", "1"],
                             catch_exceptions=False)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "--overwrite" in res.stderr


def test_a_model_is_identified_by_its_files(tmp_path: Path) -> None:
    from infer.batch import model_identity

    a, b = tmp_path / "m1", tmp_path / "m2"
    for d, w in ((a, b"w1"), (b, b"w2")):
        d.mkdir()
        (d / "adapter_model.safetensors").write_bytes(w)
    assert model_identity(str(a)) != model_identity(str(b))
    assert model_identity(None) == model_identity(None)


# --- item 8: broken records in the JSONL ----------------------------------------------------------------

def test_resume_redoes_records_that_are_not_valid(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=3, broken=False)
    out, csv_path = tmp_path / "out.jsonl", tmp_path / "out.csv"
    run_batch(files, out, workers=1, use_model=False, progress=False)
    good = out.read_bytes()
    recs = _lines(out)
    bad = dict(recs[1], prose="not an object")  # a "done" record with a wrong-typed field
    out.write_text(json.dumps(recs[0], ensure_ascii=False) + "\n[1, 2]\n\"text\"\n"
                   + json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
    s = run_batch(files, out, table_path=csv_path, resume=True, workers=1, use_model=False, progress=False)
    assert s.skipped_done == 1 and s.processed == 2 and not s.failed
    assert any("3 line(s)" in w and "not valid records" in w for w in s.warnings)
    assert out.read_bytes() == good
    assert csv_path.read_text(encoding="utf-8-sig").count("\n") == 4


# --- item 5 and 7: folders and paths that cannot be read -------------------------------------------------

def test_an_unreadable_folder_becomes_an_error_record(open_tmp: Path) -> None:
    top = open_tmp / "reports"
    make_collection(top / "a", n=1, broken=False)
    make_collection(top / "b", n=2, broken=False)
    (top / "b").chmod(0)
    out = open_tmp / "out.jsonl"
    run_batch(expand_inputs([str(top / "a")]), open_tmp / "warm.jsonl", workers=1, use_model=False,
              progress=False)  # import everything the child needs while still root
    found = as_unprivileged(expand, [str(top)])
    assert found.files == [str(top / "a" / "r000.txt"), str(top / "b")]
    assert "permission denied" in found.problems[str(top / "b")]
    s = as_unprivileged(run_batch, found.files, out, workers=1, use_model=False, progress=False,
                        problems=found.problems)
    assert s.total == 2 and s.succeeded_total == 1
    assert s.failed == [(str(top / "b"), "InputError: cannot list this folder: permission denied")]


def test_a_path_under_a_folder_without_search_permission(open_tmp: Path) -> None:
    make_collection(open_tmp / "locked", n=1, broken=False)
    (open_tmp / "locked").chmod(0o600)  # readable listing, no search (x) permission
    target = str(open_tmp / "locked" / "r000.txt")
    run_batch([target], open_tmp / "warm.jsonl", workers=1, use_model=False, progress=False)
    assert as_unprivileged(expand_inputs, [target]) == [target]
    s = as_unprivileged(run_batch, [target], open_tmp / "out.jsonl", workers=1, use_model=False, progress=False)
    assert s.failed and "permission denied" in s.failed[0][1]


# --- item 6: a full disk during the final rewrite ---------------------------------------------------

def test_a_failed_final_rewrite_leaves_no_tmp_and_resume_works(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import infer.batch.table as table_mod

    files = make_collection(tmp_path / "in", n=3, broken=False)
    out, csv_path = tmp_path / "out.jsonl", tmp_path / "out.csv"

    def full(self: object, rec: dict) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(table_mod._TableWriter, "add", full)
        with pytest.raises(BatchError, match="No space left.*--resume"):
            run_batch(files, out, table_path=csv_path, workers=1, use_model=False, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    assert len(_lines(out)) == 3  # nothing finished is lost
    # a leftover from an older failure does not stop a resume either
    (tmp_path / "out.jsonl.tmp").write_bytes(b"partial")
    s = run_batch(files, out, table_path=csv_path, resume=True, workers=1, use_model=False, progress=False)
    assert s.skipped_done == 3 and csv_path.exists() and not (tmp_path / "out.jsonl.tmp").exists()


def test_a_full_disk_in_the_cli_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import infer.batch.table as table_mod

    files = make_collection(tmp_path / "in", n=1, broken=False)

    def full(self: object, rec: dict) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(table_mod._TableWriter, "add", full)
    res = CliRunner().invoke(app, ["extract", *files, "--jsonl", str(tmp_path / "o.jsonl"), "--table",
                                   str(tmp_path / "o.csv"), "--no-model"], catch_exceptions=False)
    said = [x for x in res.stderr.splitlines() if x.startswith("infer:")]  # (the rest is the progress bar)
    assert res.exit_code == 2 and len(said) == 1 and "No space left" in said[0] and "Traceback" not in res.stderr


# --- item 12: workers, file names -------------------------------------------------------------------

def test_workers_are_capped_at_the_cores(tmp_path: Path) -> None:
    from infer.batch import available_cores

    files = make_collection(tmp_path / "in", n=1, broken=False)
    s = run_batch(files, tmp_path / "o.jsonl", workers=available_cores() + 5, use_model=False, progress=False)
    assert any("--force-workers" in w for w in s.warnings)
    s = run_batch(files, tmp_path / "p.jsonl", workers=available_cores() + 5, force_workers=True,
                  use_model=False, progress=False)
    assert not s.warnings


def test_escape_sequences_in_file_names_are_escaped_in_the_summary(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "x\x1b[2Jy.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"")
    res = CliRunner().invoke(app, ["extract", str(bad.parent), "--jsonl", str(tmp_path / "o.jsonl"),
                                   "--no-model"], catch_exceptions=False)
    assert "\x1b" not in res.stderr and "x\\x1b[2Jy.txt" in res.stderr
