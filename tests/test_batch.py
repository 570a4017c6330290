"""Batch extraction: inputs, shards, broken files, resume after a kill (byte-identical output), worker
death, and the ``infer extract --jsonl`` command line.

The reports are written here, in the genre's style (no real text needed), and extracted with
``--no-model`` so the suite runs in seconds; the worker-pool tests spawn real processes.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from infer.batch import (BatchError, Shard, _index_jsonl, _run_pool, _truncate_torn_tail, expand_inputs,
                         flat_columns, process_one, run_batch, write_table)
from infer.cli import app

ROOT = Path(__file__).resolve().parent.parent


def report_text(i: int) -> str:
    """A small self-written annual report whose numbers vary with ``i``."""
    a, b = 3 + i % 7, 2 * i + 1
    return textwrap.dedent(f"""\
        某某县第{i}街道办事处{2015 + i % 9}年政府信息公开工作年度报告
        本报告依据《中华人民共和国政府信息公开条例》编制。
        一、总体情况
        本年度共受理政府信息公开申请{a + b}件，其中当面申请{a}件，网上申请{b}件。
        已全部按期答复，其中同意公开{a}件，信息不存在{b}件。
        二、行政复议和行政诉讼情况
        本年度未发生因政府信息公开引起的行政复议和行政诉讼。
        """)


def make_collection(folder: Path, n: int = 12, broken: bool = True) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"r{i:03d}.txt").write_text(report_text(i), encoding="utf-8")
    if broken:
        (folder / "empty.txt").write_bytes(b"")
        (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
        (folder / "gbk.txt").write_bytes(report_text(99).encode("gb18030"))
        (folder / "folder.txt").mkdir()
    return expand_inputs([str(folder)])


BROKEN = {"empty.txt": "empty", "binary.txt": "binary", "folder.txt": "directory"}


# --- inputs and shards ------------------------------------------------------------------------------

def test_expand_inputs(tmp_path: Path) -> None:
    make_collection(tmp_path / "a" / "b", n=3)
    (tmp_path / "a" / "x.html").write_text("<p>报告</p>", encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("not a report", encoding="utf-8")
    (tmp_path / "a" / ".hidden").mkdir()
    (tmp_path / "a" / ".hidden" / "y.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "._z.txt").write_bytes(b"\0")
    names = [Path(f).name for f in expand_inputs([str(tmp_path / "a")])]
    assert sorted(names) == sorted(["r000.txt", "r001.txt", "r002.txt", "empty.txt", "binary.txt", "gbk.txt",
                                    "folder.txt", "x.html"])
    # a glob (unexpanded by a shell) keeps what it matches; one matching nothing is kept to be reported
    files = expand_inputs([str(tmp_path / "a" / "b" / "r00*.txt"), str(tmp_path / "nothing*.txt"),
                           str(tmp_path / "a" / "b" / "r000.txt")])
    assert [Path(f).name for f in files] == ["r000.txt", "r001.txt", "r002.txt", "nothing*.txt"]


def test_shard_parse_and_partition() -> None:
    for bad in ("1", "0/3", "4/3", "a/b", "1/0"):
        with pytest.raises(ValueError):
            Shard.parse(bad)
    names = [f"reports/{i}.txt" for i in range(300)]
    parts = [{n for n in names if Shard.parse(f"{k}/3").owns(n)} for k in (1, 2, 3)]
    assert set().union(*parts) == set(names)
    assert sum(len(p) for p in parts) == len(names)  # disjoint
    assert all(60 < len(p) < 140 for p in parts)  # and roughly balanced


def test_shards_of_a_run_cover_the_collection(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", broken=False)
    seen: list[str] = []
    for k in (1, 2, 3):
        out = tmp_path / f"shard{k}.jsonl"
        s = run_batch(files, out, shard=Shard(k, 3), workers=1, use_model=False, progress=False)
        got = [json.loads(line)["file"] for line in out.read_text(encoding="utf-8").splitlines()]
        assert s.total == len(got) and not s.failed
        seen += got
    assert sorted(seen) == sorted(files) and len(set(seen)) == len(seen)


# --- a run, broken files, the table -----------------------------------------------------------------

def test_run_reports_broken_files_and_goes_on(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in")
    out, csv_path = tmp_path / "out.jsonl", tmp_path / "out.csv"
    s = run_batch(files, out, table_path=csv_path, workers=1, use_model=False, progress=False)
    failed = {Path(f).name: reason for f, reason in s.failed}
    assert set(failed) == set(BROKEN)
    for name, word in BROKEN.items():
        assert word in failed[name] and "\n" not in failed[name]
    assert s.processed == s.total == len(files) and s.succeeded_total == len(files) - len(BROKEN)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["file"] for r in records] == files  # input order
    gbk = next(r for r in records if r["file"].endswith("gbk.txt"))
    assert gbk["error"] is None and gbk["encoding"].lower().startswith("gb")
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",") == flat_columns() and len(lines) == len(files) + 1


def test_existing_jsonl_needs_resume_or_overwrite(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=2, broken=False)
    out = tmp_path / "out.jsonl"
    run_batch(files, out, workers=1, use_model=False, progress=False)
    with pytest.raises(BatchError, match="--resume"):
        run_batch(files, out, workers=1, use_model=False, progress=False)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2  # untouched
    s = run_batch(files, out, workers=1, use_model=False, progress=False, overwrite=True)
    assert s.processed == 2


def test_model_that_does_not_load_stops_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import infer.pipeline

    def broken(model_dir: str | None = None) -> None:
        raise infer.pipeline.ModelError("cannot load the prose model from /nowhere: no config.json")

    monkeypatch.setattr(infer.pipeline, "load_tagger", broken)
    files = make_collection(tmp_path / "in", n=3, broken=False)
    with pytest.raises(BatchError, match="cannot load the prose model"):
        run_batch(files, tmp_path / "out.jsonl", workers=1, use_model=True, progress=False)


def test_parquet_table(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    recs = [{"file": "a.txt", "error": "InputError: the file is empty"},
            {"file": "b.txt", "error": None, "encoding": "utf-8", "text_sha256": "0" * 64,
             "prose": {"facts": [], "checks": []},
             "table": {"template": "2019", "status": "parsed", "facts": [], "checks": []},
             "reconciliation": [{"field": "requests.received", "prose": 5, "table": 6, "status": "mismatch",
                                 "explanation": ""}], "warnings": []}]
    write_table(recs, tmp_path / "t.parquet")
    t = pq.read_table(tmp_path / "t.parquet").to_pydict()
    assert t["file"] == ["a.txt", "b.txt"] and t["mismatches"] == [None, 1]
    assert t["requests.received.table"] == [None, 6.0] and t["requests.received.status"] == [None, "mismatch"]


# --- resume -----------------------------------------------------------------------------------------

def uninterrupted(files: list[str], tmp_path: Path) -> tuple[bytes, bytes]:
    out, csv_path = tmp_path / "full.jsonl", tmp_path / "full.csv"
    run_batch(files, out, table_path=csv_path, workers=1, use_model=False, progress=False)
    return out.read_bytes(), csv_path.read_bytes()


def test_resume_after_torn_write_is_byte_identical(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in")
    full_jsonl, full_csv = uninterrupted(files, tmp_path)
    lines = full_jsonl.splitlines(keepends=True)
    # a killed run: the first few records in another (completion) order, the last one half written
    partial = tmp_path / "part.jsonl"
    # (plus a failed record, which --resume tries again)
    failed_line = next(x for x in lines if b'"error": null' not in x)
    partial.write_bytes(lines[7] + failed_line + lines[5] + lines[9] + lines[6][: len(lines[6]) // 2])
    s = run_batch(files, partial, table_path=tmp_path / "part.csv", resume=True, workers=1, use_model=False,
                  progress=False)
    assert s.skipped_done == 3 and s.processed == len(files) - 3
    assert partial.read_bytes() == full_jsonl
    assert (tmp_path / "part.csv").read_bytes() == full_csv


def test_truncate_torn_tail(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    for data, want in ((b"", b""), (b'{"a":1}\n', b'{"a":1}\n'), (b'{"a":1}\n{"b"', b'{"a":1}\n'),
                       (b'{"b"', b"")):
        p.write_bytes(data)
        _truncate_torn_tail(p)
        assert p.read_bytes() == want


KILLABLE_RUN = """
import sys, time
from pathlib import Path
import infer.pipeline
from infer.batch import expand_inputs, run_batch
real = infer.pipeline.extract
def slow(*a, **k):
    time.sleep(0.3)
    return real(*a, **k)
infer.pipeline.extract = slow
run_batch(expand_inputs([sys.argv[1]]), Path(sys.argv[2]), workers=1, use_model=False, progress=False)
"""


def test_resume_after_sigkill_is_byte_identical(tmp_path: Path) -> None:
    """A real kill -9 of a running batch after its first lines, then --resume: same bytes as one run."""
    files = make_collection(tmp_path / "in")
    full_jsonl, full_csv = uninterrupted(files, tmp_path)
    out = tmp_path / "killed.jsonl"
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE_RUN, str(tmp_path / "in"), str(out)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < len(files)
    s = run_batch(files, out, table_path=tmp_path / "killed.csv", resume=True, workers=1, use_model=False,
                  progress=False)
    assert s.skipped_done + len([f for f, _ in s.failed]) >= written - len(BROKEN)
    assert out.read_bytes() == full_jsonl
    assert (tmp_path / "killed.csv").read_bytes() == full_csv


def test_resume_keeps_records_of_other_inputs(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=4, broken=False)
    out = tmp_path / "out.jsonl"
    run_batch(files[:2], out, workers=1, use_model=False, progress=False)
    s = run_batch(files[2:], out, resume=True, workers=1, use_model=False, progress=False)
    assert s.other_records == 2 and s.warnings
    assert [json.loads(x)["file"] for x in out.read_text(encoding="utf-8").splitlines()] == files[2:] + files[:2]


# --- worker processes -------------------------------------------------------------------------------

def test_pool_matches_single_process(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in")
    full_jsonl, full_csv = uninterrupted(files, tmp_path)
    out, csv_path = tmp_path / "pool.jsonl", tmp_path / "pool.csv"
    s = run_batch(files, out, table_path=csv_path, workers=2, use_model=False, progress=False)
    assert s.processed == len(files)
    assert out.read_bytes() == full_jsonl and csv_path.read_bytes() == full_csv


def _init_noop() -> None:
    from infer.batch import _init_worker

    _init_worker(None, False, 1)


def _die_on_crash_file(path: str) -> dict:
    if Path(path).name.startswith("crash"):
        os._exit(1)  # what a segfault or the OOM killer looks like to the pool
    return process_one(path)


def test_a_worker_that_dies_fails_only_its_file(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=6, broken=False)
    crash = tmp_path / "in" / "crash.txt"
    crash.write_text(report_text(1), encoding="utf-8")
    files.insert(3, str(crash))
    records: list[dict] = []
    _run_pool(files, 2, (), records.append, initializer=_init_noop, task=_die_on_crash_file)
    by_file = {r["file"]: r for r in records}
    assert sorted(by_file) == sorted(files) and len(records) == len(files)
    assert "WorkerDied" in by_file[str(crash)]["error"]
    assert all(r["error"] is None for f, r in by_file.items() if f != str(crash))


# --- the command line -------------------------------------------------------------------------------

def test_cli_batch_mode(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in")
    runner = CliRunner()
    out, csv_path = tmp_path / "cli.jsonl", tmp_path / "cli.csv"
    args = ["extract", str(tmp_path / "in"), "--jsonl", str(out), "--table", str(csv_path), "--no-model",
            "--workers", "1"]
    res = runner.invoke(app, args, catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    assert f"{len(files)} reports: {len(files) - 3} extracted, 0 skipped as already done, 3 failed" in res.stderr
    for name in BROKEN:
        assert f"failed: {tmp_path / 'in' / name}: " in res.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(files)
    again = runner.invoke(app, args, catch_exceptions=False)
    assert again.exit_code == 2 and "--resume" in again.stderr
    resumed = runner.invoke(app, args + ["--resume"], catch_exceptions=False)
    assert resumed.exit_code == 0 and f"{len(files) - 3} skipped as already done" in resumed.stderr
    # every report failing is exit 1; usage errors are exit 2 with one line
    bad = runner.invoke(app, ["extract", str(tmp_path / "in" / "empty.txt"), "--jsonl", str(tmp_path / "b.jsonl"),
                              "--no-model"], catch_exceptions=False)
    assert bad.exit_code == 1
    for extra in (["--shard", "5/2"], ["--table", str(tmp_path / "t.xlsx")], ["--workers", "0"]):
        res = runner.invoke(app, ["extract", str(tmp_path / "in"), "--jsonl", str(tmp_path / "u.jsonl"),
                                  "--no-model", *extra], catch_exceptions=False)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, extra
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "--resume", "--no-model"], catch_exceptions=False)
    assert res.exit_code == 2 and "--jsonl" in res.stderr


def test_jsonl_index_ignores_garbage(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"file": "a", "error": null}\nnot json\n{"file": "b", "error": "E"}\n{"file": "a", "error": "X"}\n')
    idx = _index_jsonl(p)
    assert set(idx) == {"a", "b"} and not idx["a"].ok and idx["a"].offset > idx["b"].offset


SLOW_TASK = """
import time
def task(path):
    time.sleep(60)
    return {"file": path, "error": None}
"""


def test_workers_exit_when_the_main_process_is_killed(tmp_path: Path) -> None:
    """kill -9 of the main process (or the OOM killer) must not leave workers holding a model."""
    psutil = pytest.importorskip("psutil")
    (tmp_path / "slowtask.py").write_text(SLOW_TASK, encoding="utf-8")
    script = (f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import slowtask; "
              "from infer.batch import _run_pool; "
              "_run_pool(['a.txt', 'b.txt'], 2, (None, False, 1), print, task=slowtask.task)")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        main = psutil.Process(proc.pid)
        deadline = time.monotonic() + 60
        workers: list = []
        while time.monotonic() < deadline:
            workers = [c for c in main.children() if "spawn_main" in " ".join(c.cmdline())]
            if len(workers) == 2:
                break
            time.sleep(0.1)
        assert len(workers) == 2, "workers did not start"
        time.sleep(1.0)  # let them finish starting (the watchdog starts in the initializer)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    gone, alive = psutil.wait_procs(workers, timeout=10)
    for p in alive:
        p.kill()
    assert not alive, "orphaned workers kept running after the main process died"
