"""The Label Studio round trip under abuse (issue 13, items 2, 9, 13, 14): re-importing into an existing
corpus, malformed exports, stand-off sources that are gone or outside ``../shared``. Every case is a
listed issue or one ``error:`` line, never a crash and never a silently erased corpus.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotations.cli import app
from annotations.corpus import load_tasks
from annotations.ls_export import export_tasks
from annotations.ls_import import SKIPPED_TASK, ImportOptions, import_export
from test_labelstudio_files import REPORT_SIMPLIFIED, FakeTagger, simulate_label_studio, write

runner = CliRunner()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    root = tmp_path / "shared"
    (root / "reports").mkdir(parents=True)
    write(root / "reports", "r.txt", REPORT_SIMPLIFIED)
    return root


def exported(shared: Path) -> list[dict]:
    tasks, _ = export_tasks([shared / "reports" / "r.txt"], tagger=FakeTagger(), shared_root=shared)
    return simulate_label_studio(tasks)


def save(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- item 2: an existing corpus is never replaced unasked, never by an empty one ------------------------

def test_reusing_out_for_a_second_batch_needs_merge(shared: Path, tmp_path: Path) -> None:
    tasks = exported(shared)
    assert len(tasks) >= 3
    batch1, batch2 = save(tmp_path / "b1.json", tasks[:2]), save(tmp_path / "b2.json", tasks[2:])
    corpus = tmp_path / "corpus.json"
    assert runner.invoke(app, ["import", str(batch1), "--out", str(corpus)]).exit_code == 0
    first = corpus.read_bytes()
    res = runner.invoke(app, ["import", str(batch2), "--out", str(corpus)])
    assert res.exit_code == 2 and "--merge" in res.output and corpus.read_bytes() == first
    res = runner.invoke(app, ["import", str(batch2), "--out", str(corpus), "--merge"])
    assert res.exit_code == 0, res.output
    assert len(load_tasks(corpus)) == len(tasks)
    # importing batch 1 again (say, corrected) replaces its tasks instead of duplicating them
    res = runner.invoke(app, ["import", str(batch1), "--out", str(corpus), "--merge"])
    assert res.exit_code == 0 and len(load_tasks(corpus)) == len(tasks)


def test_an_all_skipped_import_never_empties_a_corpus(shared: Path, tmp_path: Path) -> None:
    tasks = exported(shared)
    corpus = tmp_path / "corpus.json"
    assert runner.invoke(app, ["import", str(save(tmp_path / "e.json", tasks)), "--out", str(corpus)]).exit_code == 0
    before = corpus.read_bytes()
    cancelled = copy.deepcopy(tasks)
    for t in cancelled:
        for a in t["annotations"]:
            a["was_cancelled"] = True
    res = runner.invoke(app, ["import", str(save(tmp_path / "c.json", cancelled)), "--out", str(corpus),
                              "--overwrite"])
    assert res.exit_code == 1 and "keeps its" in " ".join(res.output.split()) and corpus.read_bytes() == before


# --- item 9: malformed exports are listed issues -----------------------------------------------------

def _one(task: dict) -> list:
    res = import_export([task], ImportOptions())
    assert res.tasks_out == 0 and res.skipped_tasks() == 1
    return res.issues


def test_malformed_tasks_are_issues_not_crashes(shared: Path) -> None:
    good = exported(shared)[0]
    for data in ("a passage", ["a", "b"]):
        issues = _one(dict(good, data=data))
        assert [i.kind for i in issues] == ["malformed task"]
    issues = _one(dict(good, data=dict(good["data"], meta="corpus/raw")))
    assert [i.kind for i in issues] == ["malformed task"]
    listy = copy.deepcopy(good)
    listy["annotations"][0]["result"][0]["value"] = [1, 2]
    assert any(i.kind == "malformed region" for i in _one(listy))


def test_string_annotation_ids_with_several_annotations(shared: Path) -> None:
    task = copy.deepcopy(exported(shared)[0])
    a = task["annotations"][0]
    task["annotations"] = [dict(a, id="first"), dict(a, id="second")]
    res = import_export([task], ImportOptions())
    assert res.tasks_out == 1 and any(i.kind == "several annotations" for i in res.issues)


def test_stand_off_sources_that_cannot_be_loaded(shared: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    tasks = exported(shared)
    opts = ImportOptions(stand_off=True, shared_root=shared)
    bad_start = copy.deepcopy(tasks[0])
    bad_start["data"]["meta"]["start"] = str(bad_start["data"]["meta"]["start"])
    (shared / "reports" / "bin.txt").write_bytes(bytes(range(256)) * 4)
    binary = copy.deepcopy(tasks[1])
    binary["data"]["meta"]["doc"] = "bin.txt"
    missing = copy.deepcopy(tasks[2])
    missing["data"]["meta"]["doc"] = "gone.txt"
    res = import_export([bad_start, binary, missing], opts)
    assert res.tasks_out == 0 and res.skipped_tasks() == 3
    assert {i.kind for i in res.issues} == {"stand-off source"}
    # NIANBAO_SHARED pointing nowhere: every task listed, none crashes
    monkeypatch.setenv("NIANBAO_SHARED", str(tmp_path / "nowhere"))
    res = import_export(tasks, ImportOptions(stand_off=True))
    assert res.tasks_out == 0 and res.skipped_tasks() == len(tasks)


def test_export_of_a_stand_off_corpus_whose_source_is_gone(shared: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.json"
    res = runner.invoke(app, ["import", str(save(tmp_path / "e.json", exported(shared))), "--out", str(corpus),
                              "--stand-off"], env={"NIANBAO_SHARED": str(shared)})
    assert res.exit_code == 0, res.output
    (shared / "reports" / "r.txt").unlink()
    res = runner.invoke(app, ["export", str(corpus), "--out", str(tmp_path / "ls"), "--no-model"],
                        env={"NIANBAO_SHARED": str(shared)})
    assert res.exit_code == 0 and res.exception is None, res.output
    assert "task skipped" in res.output and "no such file" in res.output


# --- item 13: counting and duplicate ids -------------------------------------------------------------

def test_distinct_skipped_tasks_are_counted_apart(shared: Path) -> None:
    tasks = exported(shared)
    same_name = []
    for t in tasks[:3]:
        t = copy.deepcopy(t)
        t["id"] = 7  # one id and, below, the same first 12 characters for three different passages
        t["data"]["text"] = "本年度共受理政府信息公开申请" + t["data"]["text"]
        t["data"]["meta"] = {}
        t["annotations"] = []
        same_name.append(t)
    res = import_export(same_name, ImportOptions())
    assert res.skipped_tasks() == 3


def test_two_passages_with_one_id_are_listed(shared: Path) -> None:
    tasks = copy.deepcopy(exported(shared)[:2])
    for t in tasks:
        t["id"] = 5
    res = import_export(tasks, ImportOptions())
    assert res.tasks_out == 2 and [i.kind for i in res.issues if i.kind == "duplicate task id"] == ["duplicate task id"]


# --- item 14: stand-off paths are confined to ../shared ----------------------------------------------

@pytest.mark.parametrize("source", ["../outside", "ABS"])
def test_stand_off_sources_outside_shared_are_refused(shared: Path, tmp_path: Path, source: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    write(outside, "r.txt", REPORT_SIMPLIFIED)
    tasks = copy.deepcopy(exported(shared))
    for t in tasks:
        t["data"]["meta"]["source"] = str(outside) if source == "ABS" else source
    res = import_export(tasks, ImportOptions(stand_off=True, shared_root=shared))
    assert res.tasks_out == 0 and all("outside the shared folder" in i.detail for i in res.issues
                                      if i.action == SKIPPED_TASK)
    res = import_export(tasks, ImportOptions(stand_off=True, shared_root=shared, allow_outside_shared=True))
    assert res.tasks_out == len(tasks)
