"""The whole loop against a real Label Studio server: push tasks with predictions, annotate through the
API as a person would (accept some predictions, fix an offset, add a missed span, delete a wrong one,
cancel one task, leave one alone), pull the export, import it, and check the corpus character for
character on simplified and traditional text.

Marker ``labelstudio``; skipped where the server or the SDK is not installed
(``scripts/install_labelstudio.sh`` installs both; CI runs it).
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotations.cli import app
from annotations.corpus import load_tasks, resolve, task_to_example
from ls_server import find_label_studio, start_server
from test_labelstudio_files import REPORT_ASTRAL, REPORT_SIMPLIFIED, REPORT_TRADITIONAL, FakeTagger


def _fake_binary(tmp_path: Path, body: str) -> Path:
    b = tmp_path / "label-studio"
    b.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    b.chmod(0o755)
    return b


def test_a_server_that_dies_fails_fast_with_its_log(tmp_path):
    from ls_server import ServerStartError

    binary = _fake_binary(tmp_path, 'echo "django.db.utils.OperationalError: unable to open database"; exit 3')
    with pytest.raises(ServerStartError, match=r"exited with code 3(.|\n)*unable to open database"):
        start_server(binary, tmp_path / "data", timeout=30)


def test_a_server_that_never_answers_is_stopped_after_the_timeout(tmp_path):
    from ls_server import ServerStartError

    pid_file = tmp_path / "child.pid"
    # a child in the same process group must die too
    binary = _fake_binary(tmp_path, f'echo "still migrating"; sleep 300 & echo $! > {pid_file}; wait')
    t0 = time.monotonic()
    with pytest.raises(ServerStartError, match=r"did not answer(.|\n)*still migrating"):
        start_server(binary, tmp_path / "data", timeout=2)
    assert time.monotonic() - t0 < 20
    child = int(pid_file.read_text())
    for _ in range(50):  # the killed child may linger as a zombie for a moment
        try:
            with open(f"/proc/{child}/stat") as fh:
                if fh.read().split(")")[-1].split()[0] == "Z":
                    break
        except FileNotFoundError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the server's child process survived stop()")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    pytest.importorskip("label_studio_sdk", reason="label-studio-sdk not installed (scripts/install_labelstudio.sh)")
    binary = find_label_studio()
    if binary is None:
        pytest.skip("label-studio server not installed (scripts/install_labelstudio.sh)")
    srv = start_server(binary, tmp_path_factory.mktemp("labelstudio") / "data")
    print(f"\nLabel Studio started in {srv.start_seconds:.1f}s at {srv.url}")
    try:
        yield srv
    finally:
        srv.stop()


def _find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return starts[nth], starts[nth] + len(needle)


def _utf16(text: str, i: int) -> int:
    return i + sum(1 for c in text[:i] if ord(c) > 0xFFFF)


def _region(text: str, start: int, end: int, label: str, rid: str) -> dict:
    """A region as the Label Studio editor writes it (UTF-16 offsets, the selected text)."""
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
            "value": {"start": _utf16(text, start), "end": _utf16(text, end), "text": text[start:end], "labels": [label]}}


@pytest.mark.labelstudio
def test_round_trip_through_label_studio(server, tmp_path, monkeypatch):
    t_start = time.monotonic()
    monkeypatch.setattr("annotations.cli._load_tagger", lambda model: (FakeTagger(), FakeTagger.model_version))
    runner = CliRunner()
    reports = []
    for name, text in [("jiaotong.txt", REPORT_SIMPLIFIED), ("fanti.txt", REPORT_TRADITIONAL), ("astral.txt", REPORT_ASTRAL)]:
        p = tmp_path / "reports" / name
        p.parent.mkdir(exist_ok=True)
        p.write_text(text, encoding="utf-8")
        reports.append(p)
    ls_dir = tmp_path / "ls"
    push = ["export", *map(str, reports), "--out", str(ls_dir), "--url", server.url, "--api-key", server.api_key,
            "--project", "nianbao test"]
    res = runner.invoke(app, push)
    assert res.exit_code == 0, res.output
    assert "created" in res.output
    exported = json.loads((ls_dir / "tasks.json").read_text(encoding="utf-8"))
    res = runner.invoke(app, push)  # pushing again adds nothing
    assert res.exit_code == 0 and "0 tasks imported" in res.output.replace("\n", " "), res.output

    from annotations.ls_server import connect, find_project, pull_export

    client = connect(server.url, server.api_key)
    project = find_project(client, "nianbao test")
    tasks, _ = pull_export(client, project.id)
    assert len(tasks) == len(exported)
    by_text = {t["data"]["text"]: t for t in tasks}
    preds = {t["id"]: client.predictions.list(task=t["id"]) for t in tasks}
    for t in tasks:  # the predictions arrived with their model version and scores
        (p,) = preds[t["id"]]
        assert p.model_version == FakeTagger.model_version and p.score is not None
        assert all(r["score"] for r in p.result)

    def predicted(task) -> list[dict]:
        (p,) = preds[task["id"]]
        return [dict(r, origin="prediction") for r in p.result]

    expected: dict[str, list[tuple[str, str]]] = {}  # passage -> [(surface, label)] as annotated

    # 1. simplified: accept, but delete a wrong CHANNEL, fix 收到 -> 收到政府信息公开申请 (an offset),
    #    add the missed CARRY_OVER
    text = "本年度共收到政府信息公开申请37件，其中当面申请5件，网络申请30件，信函申请2件。上年结转申请1件。"
    task = by_text[text]
    regions = [r for r in predicted(task) if r["value"]["text"] != "信函"]
    for r in regions:
        if r["value"]["text"] == "收到":
            s, e = _find(text, "收到政府信息公开申请")
            r.update(_region(text, s, e, "RECEIVED", r["id"]))
    regions.append(_region(text, *_find(text, "上年结转"), "CARRY_OVER", "m1"))
    client.annotations.create(id=task["id"], result=regions, was_cancelled=False, lead_time=41.0)
    expected[text] = [("收到政府信息公开申请", "RECEIVED"), ("37", "COUNT"), ("当面", "CHANNEL"), ("5", "COUNT"),
                      ("网络", "CHANNEL"), ("30", "COUNT"), ("2", "COUNT"), ("上年结转", "CARRY_OVER"), ("1", "COUNT")]

    # 2. simplified: a second passage accepted as predicted, then re-annotated by the same person
    #    later with 结转下年度 added (the latest annotation wins)
    text = "已答复36件，其中予以公开21件，部分公开6件，不予公开3件。结转下年度继续办理2件。"
    task = by_text[text]
    client.annotations.create(id=task["id"], result=predicted(task), was_cancelled=False)
    time.sleep(1.1)
    later = predicted(task) + [_region(text, *_find(text, "结转下年度"), "CARRY_FORWARD", "m2")]
    client.annotations.create(id=task["id"], result=later, was_cancelled=False)
    expected[text] = [("36", "COUNT"), ("予以公开", "OUTCOME"), ("21", "COUNT"), ("部分公开", "OUTCOME"), ("6", "COUNT"),
                      ("不予公开", "OUTCOME"), ("3", "COUNT"), ("结转下年度", "CARRY_FORWARD"), ("2", "COUNT")]

    # 3. simplified: the annotator skips (cancels) this one -> reported, not imported (the
    #    traditional report's title has no count, so it is no task)
    text = "本年度未发生因政府信息公开引起的行政复议和行政诉讼。"
    client.annotations.create(id=by_text[text]["id"], result=[], was_cancelled=True)

    # 4. traditional: accept, add the missed 申請 anchor
    text = "本年度共收到政府資訊公開申請12件，其中網絡申請8件，當面申請4件。"
    task = by_text[text]
    regions = predicted(task) + [_region(text, *_find(text, "申請", 0), "RECEIVED", "m3")]
    regions = [r for r in regions if r["value"]["text"] != "收到"]
    client.annotations.create(id=task["id"], result=regions, was_cancelled=False)
    expected[text] = [("申請", "RECEIVED"), ("12", "COUNT"), ("網絡", "CHANNEL"), ("8", "COUNT"), ("當面", "CHANNEL"),
                      ("4", "COUNT")]

    # 5. traditional: the tagger missed nothing: accept as is
    text = "本機關未收取任何費用，亦未發生行政復議。"
    task = by_text[text]
    client.annotations.create(id=task["id"], result=predicted(task), was_cancelled=False)
    expected[text] = [("未", "ZERO"), ("費用", "FEE"), ("未", "ZERO"), ("行政復議", "CASE")]

    # 6. astral characters before the spans: offsets are UTF-16 units on the server
    text = REPORT_ASTRAL.strip()
    task = by_text[text]
    regions = predicted(task) + [_region(text, *_find(text, "答复"), "ANSWERED", "m4")]
    client.annotations.create(id=task["id"], result=regions, was_cancelled=False)
    expected[text] = [("收到", "RECEIVED"), ("3", "COUNT"), ("答复", "ANSWERED"), ("3", "COUNT")]

    corpus, report, raw = tmp_path / "corpus.json", tmp_path / "report.json", tmp_path / "raw.json"
    res = runner.invoke(app, ["import", "--url", server.url, "--api-key", server.api_key, "--project", str(project.id),
                              "--out", str(corpus), "--report", str(report), "--save-export", str(raw)])
    assert res.exit_code == 0, res.output
    got = {}
    for t in load_tasks(corpus):
        ex = task_to_example(t)
        got[ex.text] = [(ex.text[s.start:s.end], s.label) for s in ex.spans]
        for r in t["annotations"][0]["result"]:
            assert r["value"]["text"] == ex.text[r["value"]["start"]:r["value"]["end"]]
        assert ex.part == "real" and ex.meta["doc"] in {"jiaotong.txt", "fanti.txt", "astral.txt"}
    assert got == expected

    rep = json.loads(report.read_text(encoding="utf-8"))
    kinds = {(i["kind"], i["action"]) for i in rep["issues"]}
    assert ("cancelled annotation", "ignored") in kinds and ("unannotated", "task skipped") in kinds
    assert ("several annotations", "info") in kinds
    assert rep["tasks_in"] == len(exported) and rep["tasks_out"] == len(expected)
    assert rep["tasks_skipped"] == len(exported) - len(expected)

    # the saved export imported from the file gives the same bytes (idempotent, file == server)
    corpus2 = tmp_path / "corpus2.json"
    res = runner.invoke(app, ["import", str(raw), "--out", str(corpus2)])
    assert res.exit_code == 0, res.output
    assert corpus2.read_bytes() == corpus.read_bytes()

    # stand-off: offsets only, the text re-read from the source (absolute source dir here, outside
    # ../shared: allowed explicitly, as stand-off sources are otherwise confined to ../shared)
    standoff = tmp_path / "standoff.json"
    res = runner.invoke(app, ["import", str(raw), "--out", str(standoff), "--stand-off", "--allow-outside-shared"])
    assert res.exit_code == 0, res.output
    so_tasks = load_tasks(standoff)
    assert all("text" not in t["data"] for t in so_tasks)
    assert [task_to_example(t) for t in resolve(so_tasks)] == [task_to_example(t) for t in load_tasks(corpus)]
    print(f"round trip through Label Studio: {time.monotonic() - t_start:.1f}s (server start {server.start_seconds:.1f}s)")
