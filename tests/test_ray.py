"""The Ray engine (``infer extract … --engine ray --output DIR``) on a real local Ray runtime.

One private runtime (2 CPUs, 127.0.0.1 only) serves the in-process tests; the kill test runs the engine
in a child process with a runtime of its own and kills it with SIGKILL. What must hold:

* on the seeds, ``../shared/corpus/raw`` and a broken file, every report's record (facts, checks,
  reconciliation, warnings, input stamp, model identity) equals the local engine's, and the broken
  file is an error row, not a failed job;
* a job killed midway, then rerun with ``--resume``, ends with the same rows as one uninterrupted run;
* the runtime listens on the loopback address only, with no dashboard;
* manifests and URIs (``file://`` here, the same code path as ``s3://``), the lock, the settings check.

The self-written reports come from ``tests/test_batch.py`` (``--no-model``: the engine's logic, fast).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infer.batch import BatchError, RunLock, expand_inputs, read_done, run_batch
from infer.batch.parts import list_parts, read_records
from infer.batch.ray_engine import connect, run_ray
from infer.batch.table import flat_columns, flatten
from test_batch import BROKEN, make_collection

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = {"127.0.0.1", "::1", "::ffff:127.0.0.1"}


@pytest.fixture(scope="module")
def ray_runtime():
    """A private local runtime for this module's in-process runs (each run_ray joins it)."""
    import ray

    assert connect(None, 2), "a Ray runtime was already running in the test process"
    yield ray
    ray.shutdown()


def _ray_processes() -> list:
    import psutil

    return [p for p in psutil.Process().children(recursive=True)]


def _parts_table(folder: Path):
    import pyarrow.parquet as pq

    return pq.read_table(folder).sort_by("file")


# --- the runtime -------------------------------------------------------------------------------------

def test_the_private_runtime_listens_on_loopback_only(ray_runtime) -> None:
    import psutil

    assert ray_runtime.cluster_resources().get("CPU") == 2
    procs = _ray_processes()
    names = " ".join(p.name() for p in procs)
    assert "gcs_server" in names and "raylet" in names
    # no dashboard: Ray keeps a head process for its internal modules, without the web frontend
    for p in procs:
        cmd = p.cmdline()
        if any(part.endswith("dashboard.py") for part in cmd):
            assert "--disable-frontend" in cmd and "--minimal" in cmd, cmd
    listening = [c.laddr for p in procs for c in p.net_connections(kind="inet")
                 if c.status == psutil.CONN_LISTEN]
    assert listening, "no Ray server found listening"
    assert {a.ip for a in listening} <= LOOPBACK, listening
    assert os.environ.get("RAY_USAGE_STATS_ENABLED") == "0"


# --- equality with the local engine ------------------------------------------------------------------

def test_ray_equals_local_report_by_report_on_real_reports(ray_runtime, shared_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(bytes(range(256)) * 16)
    files = expand_inputs([str(shared_dir / "seeds"), str(shared_dir / "corpus" / "raw"), str(broken)])
    assert len(files) >= 40
    local = run_batch(files, tmp_path / "local.jsonl", workers=2, progress=False)
    ray_sum = run_ray(files, tmp_path / "ray", workers=2, progress=False)
    expected = read_done(tmp_path / "local.jsonl")
    got = read_records(tmp_path / "ray")
    assert set(got) == set(files) == set(expected)
    for f in files:
        assert got[f] == expected[f], f  # facts, checks, reconciliation, warnings, stamps, model: all of it
    assert got[str(broken)]["error"] and "binary" in got[str(broken)]["error"]
    assert sum(1 for r in got.values() if r["error"] is None and r["prose"]["facts"]) >= 30  # the model ran
    assert ray_sum.failed == local.failed and ray_sum.succeeded_total == local.succeeded_total == len(files) - 1
    # the flat columns are the --table columns, from the same record
    table = _parts_table(tmp_path / "ray")
    assert table.column_names[:len(flat_columns())] == flat_columns() and table.num_rows == len(files)
    for row in table.to_pylist():
        assert {c: row[c] for c in flat_columns()} == flatten(expected[row["file"]])


# --- resume ------------------------------------------------------------------------------------------

#: A run whose actors take a moment per report (a subclass defined here travels to them by value),
#: writing a part every two rows, so it can be killed with parts written and reports left.
KILLABLE_RUN = """
import sys, time
from pathlib import Path
from infer.batch import expand_inputs, ray_engine

class Slow(ray_engine.Extractor):
    def __call__(self, batch):
        time.sleep(0.4)
        return super().__call__(batch)

ray_engine.Extractor = Slow
ray_engine.run_ray(expand_inputs([sys.argv[1]]), Path(sys.argv[2]), workers=2, use_model=False, progress=False,
                   part_rows=2)
"""


def test_a_killed_job_rerun_gives_the_output_of_one_run(ray_runtime, tmp_path: Path) -> None:
    import psutil

    files = make_collection(tmp_path / "in", n=16)
    run_ray(files, tmp_path / "whole", use_model=False, progress=False)
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE_RUN, str(tmp_path / "in"), str(out)], cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), start_new_session=True)
    tree: list = []
    try:
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline and proc.poll() is None:
            if out.is_dir() and len(list_parts(out)) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the job ended before it could be killed"
        tree = psutil.Process(proc.pid).children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
        _, alive = psutil.wait_procs(tree, timeout=5)  # the runtime it started: ended by pid
        for p in alive:
            p.kill()
    written = len(read_records(out))
    assert 4 <= written < len(files)
    s = run_ray(files, out, resume=True, use_model=False, progress=False)
    assert s.skipped_done >= written - len(BROKEN) and s.processed < len(files)
    assert read_records(out) == read_records(tmp_path / "whole")
    assert _parts_table(out).drop_columns(["record"]).equals(_parts_table(tmp_path / "whole").drop_columns(["record"]))
    assert _parts_table(out).num_rows == len(files)  # one row per report: superseded rows compacted away


def test_resume_redoes_changed_and_failed_inputs_only(ray_runtime, tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=4)
    out = tmp_path / "out"
    run_ray(files, out, use_model=False, progress=False)
    first = read_records(out)
    changed = tmp_path / "in" / "r001.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("本年度共受理", "全年共受理"), encoding="utf-8")
    touched = tmp_path / "in" / "r002.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    s = run_ray(files, out, resume=True, use_model=False, progress=False)
    assert s.processed == 1 + len(BROKEN) and any("changed" in w for w in s.warnings)
    now = read_records(out)
    assert now[str(changed)]["text_sha256"] != first[str(changed)]["text_sha256"]
    assert now[str(touched)]["input"]["mtime_ns"] == first[str(touched)]["input"]["mtime_ns"] + 10**9
    assert {k: v for k, v in now[str(touched)].items() if k != "input"} == \
        {k: v for k, v in first[str(touched)].items() if k != "input"}
    assert _parts_table(out).num_rows == len(files)


def test_existing_output_needs_resume_and_settings_must_match(tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=2, broken=False)
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-000000.parquet").write_bytes(b"")  # anything that looks like results
    with pytest.raises(BatchError, match="--resume"):
        run_ray(files, out, use_model=False, progress=False)
    with RunLock(out / "parts", option="--output"):
        with pytest.raises(BatchError, match="another run is writing.*--output"):
            run_ray(files, out, resume=True, use_model=False, progress=False)


def test_resume_with_another_model_setting_is_refused(ray_runtime, tmp_path: Path) -> None:
    files = make_collection(tmp_path / "in", n=2, broken=False)
    out = tmp_path / "out"
    run_ray(files, out, use_model=False, progress=False)
    with pytest.raises(BatchError, match="--no-model"):
        run_ray(files, out, resume=True, use_model=True, progress=False)


#: A run whose actors die (os._exit, as a segfault or the OOM killer would) on one file; run in a process
#: and a runtime of its own, so a worker pool left restarting cannot starve the other tests' runs.
CRASHING_RUN = """
import json, os, sys
from pathlib import Path
from infer.batch import expand_inputs, ray_engine
from infer.batch.parts import read_records

class Crashing(ray_engine.Extractor):
    def __call__(self, batch):
        if any(str(p).endswith("crash.txt") for p in batch["path"]):
            os._exit(1)
        return super().__call__(batch)

ray_engine.Extractor = Crashing
s = ray_engine.run_ray(expand_inputs([sys.argv[1]]), Path(sys.argv[2]), workers=2, use_model=False, progress=False)
got = read_records(sys.argv[2])
print(json.dumps({"failed": s.failed, "rows": len(got), "ok": sum(1 for r in got.values() if r["error"] is None)}))
"""


def test_a_file_that_kills_its_worker_is_an_error_row(tmp_path: Path) -> None:
    """A worker that dies on one file: the others are extracted, that one is tried again alone and
    recorded as WorkerDied; the job does not fail."""
    make_collection(tmp_path / "in", n=6, broken=False)
    (tmp_path / "in" / "crash.txt").write_text("某某局2020年政府信息公开工作年度报告", encoding="utf-8")
    files = expand_inputs([str(tmp_path / "in")])
    proc = subprocess.Popen([sys.executable, "-c", CRASHING_RUN, str(tmp_path / "in"), str(tmp_path / "out")],
                            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        out, _ = proc.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # its own session: the driver and the runtime it started
        proc.communicate()
        pytest.fail("the run with a crashing worker did not finish in 240 s")
    assert proc.returncode == 0
    res = json.loads(out.strip().splitlines()[-1])
    assert [(Path(f).name, e.split(":")[0]) for f, e in res["failed"]] == [("crash.txt", "WorkerDied")]
    assert res["rows"] == len(files) and res["ok"] == len(files) - 1


# --- inputs: manifests and URIs ----------------------------------------------------------------------

def test_a_manifest_of_uris_gives_the_records_of_the_local_files(ray_runtime, tmp_path: Path) -> None:
    from infer.batch.sources import expand_sources

    files = make_collection(tmp_path / "in", n=3, broken=False)
    manifest = tmp_path / "list.txt"
    uris = [Path(f).resolve().as_uri() for f in files]
    manifest.write_text("# crawled 2026\n" + "\n".join(uris) + f"\n\n{uris[0][:-4]}-gone.txt\n", encoding="utf-8")
    found = expand_sources([f"@{manifest}"])
    assert found.files == uris + [f"{uris[0][:-4]}-gone.txt"]
    run_ray(found.files, tmp_path / "uri", use_model=False, progress=False)
    run_ray(files, tmp_path / "path", use_model=False, progress=False)
    by_uri, by_path = read_records(tmp_path / "uri"), read_records(tmp_path / "path")
    for f, u in zip(files, uris):
        assert {**by_uri[u], "file": f} == by_path[f]
    assert "fetch" in by_uri[found.files[-1]]["error"]
    s = run_ray(found.files, tmp_path / "uri", resume=True, use_model=False, progress=False)
    assert s.skipped_done == len(files)  # URIs are stamped (size, mtime) like files


# --- the command line --------------------------------------------------------------------------------

def test_cli_usage_errors(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from infer.cli import app

    files = make_collection(tmp_path / "in", n=1, broken=False)
    r = CliRunner().invoke(app, ["extract", files[0], "--engine", "ray"])
    assert r.exit_code == 2 and "--output DIR" in r.output
    r = CliRunner().invoke(app, ["extract", files[0], "--jsonl", str(tmp_path / "x.jsonl"), "--address", "auto"])
    assert r.exit_code == 2 and "--engine ray" in r.output


def test_cli_runs_a_collection_and_prints_the_summary(ray_runtime, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from infer.cli import app

    make_collection(tmp_path / "in", n=3)
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--engine", "ray", "--output", str(tmp_path / "o"),
                                 "--no-model"])
    assert r.exit_code == 0, r.output
    assert "7 reports: 4 extracted, 0 skipped as already done, 3 failed" in r.output
    assert len(read_records(tmp_path / "o")) == 7
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--engine", "ray", "--output", str(tmp_path / "o"),
                                 "--no-model"])
    assert r.exit_code == 2 and "--resume" in r.output
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--engine", "ray", "--output", str(tmp_path / "o"),
                                 "--no-model", "--resume"])
    assert r.exit_code == 0 and "7 reports: 0 extracted, 4 skipped as already done, 3 failed" in r.output
    assert sorted(read_records(tmp_path / "o")) == sorted(expand_inputs([str(tmp_path / "in")]))
