"""Label Studio round trip without a server: config, passages, predictions, import checks.

The passages below are written for these tests in the genre's style (not copied from reports).
"""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from annotations.cli import app
from annotations.corpus import (FROM_NAME, TO_NAME, Example, Span, example_to_task, load_tasks, resolve,
                                save_tasks, task_to_example)
from annotations.ls_config import config_labels, labeling_config
from annotations.ls_export import (corpus_file_tasks, export_tasks, model_version, prediction,
                                   split_passages)
from annotations.ls_import import (DROPPED_REGION, FIXED, SKIPPED_TASK, ExportFormatError, ImportOptions,
                                   import_export, read_export)
from annotations.ls_offsets import ls_to_py, py_to_ls
from infer.labels import LABEL_NAMES
from infer.tagger import TaggedSpan

ROOT = Path(__file__).resolve().parent.parent

REPORT_SIMPLIFIED = """XX市交通运输局2023年政府信息公开工作年度报告

一、总体情况
2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开。

二、依申请公开情况
本年度共收到政府信息公开申请37件，其中当面申请5件，网络申请30件，信函申请2件。上年结转申请1件。
已答复36件，其中予以公开21件，部分公开6件，不予公开3件。结转下年度继续办理2件。
本年度未发生因政府信息公开引起的行政复议和行政诉讼。
收到申请\t37\t12
三、存在的主要问题
"""

REPORT_TRADITIONAL = """XX縣政府資訊公開工作年度報告
本年度共收到政府資訊公開申請12件，其中網絡申請8件，當面申請4件。
本機關未收取任何費用，亦未發生行政復議。
"""

#: a rare CJK Extension B character (two UTF-16 units in the browser) before the numbers
REPORT_ASTRAL = "𠀀𠀁村委会本年度收到申请3件，答复3件。\n"


class FakeTagger:
    """The :class:`infer.tagger.Tagger` interface, driven by a few regular expressions."""

    model_version = "fake-20260101-deadbeef"
    RULES = [(r"[0-9０-９]+", "COUNT", 0.9), (r"当面|网络|信函|當面|網絡", "CHANNEL", 0.8),
             (r"收到", "RECEIVED", 0.7), (r"未", "ZERO", 0.6), (r"予以公开|部分公开|不予公开", "OUTCOME", 0.75),
             (r"行政复议|行政復議|行政诉讼", "CASE", 0.65), (r"费用|費用", "FEE", 0.5)]

    def tag(self, text: str) -> list[TaggedSpan]:
        spans = []
        for pat, label, score in self.RULES:
            spans += [TaggedSpan(m.start(), m.end(), label, score) for m in re.finditer(pat, text)]
        out, last = [], -1
        for s in sorted(spans):
            if s.start >= last:
                out.append(s)
                last = s.end
        return out


def write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return p


def simulate_label_studio(tasks: list[dict], edit=None) -> list[dict]:
    """What a Label Studio JSON export of these tasks looks like after an annotator accepted the
    predictions (``edit(task_index, regions)`` may change the regions first)."""
    out = []
    for i, t in enumerate(tasks):
        regions = copy.deepcopy(t.get("predictions", [{}])[0].get("result", [])) if t.get("predictions") \
            else copy.deepcopy(t["annotations"][0]["result"])
        for r in regions:
            r.pop("score", None)
        if edit:
            regions = edit(i, regions, t["data"]["text"])
        out.append({"id": t.get("id", i + 1), "data": copy.deepcopy(t["data"]), "meta": {},
                    "annotations": [{"id": 100 + i, "completed_by": 1, "result": regions, "was_cancelled": False,
                                     "ground_truth": False, "created_at": "2026-01-01T00:00:00Z",
                                     "updated_at": "2026-01-01T00:00:00Z", "lead_time": 3.5}],
                    "predictions": [7], "drafts": []})
    return out


def region(text: str, start: int, end: int, label: str, rid: str = "x") -> dict:
    return {"id": rid, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": py_to_ls(text, start), "end": py_to_ls(text, end), "text": text[start:end],
                      "labels": [label]}}


# --- config ------------------------------------------------------------------------------------------

def test_config_is_generated_from_the_tag_set():
    xml = labeling_config()
    root = ET.fromstring(xml)
    assert config_labels(xml) == list(LABEL_NAMES)
    labels = root.find("Labels")
    text = root.find("Text")
    assert labels.get("name") == FROM_NAME and labels.get("toName") == TO_NAME
    assert text.get("name") == TO_NAME and text.get("value") == "$text"
    assert text.get("granularity") == "symbol"  # Chinese: no word boundaries to snap to


def test_utf16_offsets_round_trip():
    text = "a𠀀b申请3件"
    for i in range(len(text) + 1):
        assert ls_to_py(text, py_to_ls(text, i)) == i
    assert py_to_ls(text, 2) == 3
    assert ls_to_py(text, 2) is None  # inside the surrogate pair
    assert py_to_ls("没有星外字", 3) == 3


# --- passages and predictions ---------------------------------------------------------------------

def test_passages_are_prose_paragraphs_with_counts():
    spans = split_passages(REPORT_SIMPLIFIED)
    passages = [REPORT_SIMPLIFIED[s:e] for s, e in spans]
    assert passages == [
        "本年度共收到政府信息公开申请37件，其中当面申请5件，网络申请30件，信函申请2件。上年结转申请1件。",
        "已答复36件，其中予以公开21件，部分公开6件，不予公开3件。结转下年度继续办理2件。",
        "本年度未发生因政府信息公开引起的行政复议和行政诉讼。",
    ]  # title/intro only have years, the table row has TABs, the heading has no count


def test_long_paragraphs_are_cut_at_sentence_ends():
    sentence = "本年度共收到申请12件，已全部办结答复。"
    text = sentence * 30
    spans = split_passages(text, max_chars=100)
    assert len(spans) > 1
    assert all(e - s <= 100 for s, e in spans)
    assert all(text[s:e].endswith("。") for s, e in spans)
    assert "".join(text[s:e] for s, e in spans) == text


def test_export_has_meta_and_scored_predictions(tmp_path):
    rep = write(tmp_path, "report.txt", REPORT_SIMPLIFIED)
    tasks, stats = export_tasks([rep], tagger=FakeTagger())
    assert stats.passages == len(tasks) == 3 and stats.documents == 1
    t = tasks[0]
    meta = t["data"]["meta"]
    from infer.textio import load_report
    doc = load_report(rep)
    assert doc.text[meta["start"]:meta["end"]] == t["data"]["text"]
    assert meta["sha256"] == doc.sha256 and meta["doc"] == "report.txt" and meta["part"] == "real"
    pred = t["predictions"][0]
    assert pred["model_version"] == "fake-20260101-deadbeef"
    assert all("score" in r for r in pred["result"])
    assert pred["score"] == min(r["score"] for r in pred["result"]) == 0.7
    for r in pred["result"]:
        v = r["value"]
        assert t["data"]["text"][v["start"]:v["end"]] == v["text"]


def test_bad_predictions_are_dropped_with_a_message():
    class Broken:
        def tag(self, text):
            return [TaggedSpan(0, 2, "COUNT", 0.9), TaggedSpan(1, 3, "COUNT", 0.9),
                    TaggedSpan(3, 99, "COUNT", 0.9), TaggedSpan(3, 4, "NOPE", 0.9)]

    from annotations.ls_export import ExportStats
    stats = ExportStats()
    pred = prediction("收到申请3件。", Broken(), "v", stats, "here")
    assert len(pred["result"]) == 1
    assert len(stats.dropped_predictions) == 3


def test_model_version_names_the_weights(tmp_path):
    (tmp_path / "tagger").mkdir()
    (tmp_path / "tagger" / "adapter.safetensors").write_bytes(b"one")

    class T:
        def tag(self, text):
            return []

    v1 = model_version(T(), tmp_path / "tagger")
    (tmp_path / "tagger" / "adapter.safetensors").write_bytes(b"two")
    v2 = model_version(T(), tmp_path / "tagger")
    assert v1.startswith("tagger-") and v1 != v2


# --- round trips --------------------------------------------------------------------------------------

@pytest.mark.parametrize("report", [REPORT_SIMPLIFIED, REPORT_TRADITIONAL, REPORT_ASTRAL],
                         ids=["simplified", "traditional", "astral"])
def test_export_annotate_import_is_lossless(tmp_path, report):
    rep = write(tmp_path, "r.txt", report)
    tasks, _ = export_tasks([rep], tagger=FakeTagger())
    assert tasks
    expected: list[list[tuple[int, int, str]]] = []

    def edit(i, regions, text):
        # the annotator deletes the first prediction and marks a missed 申请 by hand
        regions = regions[1:]
        extra = text.find("申请") if "申请" in text else text.find("申請")
        spans = {(ls_to_py(text, r["value"]["start"]), ls_to_py(text, r["value"]["end"]), r["value"]["labels"][0])
                 for r in regions}
        if extra >= 0 and not any(s < extra + 2 and extra < e for s, e, _ in spans):
            regions.append(region(text, extra, extra + 2, "RECEIVED", "manual"))
            spans.add((extra, extra + 2, "RECEIVED"))
        expected.append(sorted(spans))
        return regions

    export = simulate_label_studio(tasks, edit)
    res = import_export(export)
    assert res.tasks_out == len(tasks) and res.skipped_tasks() == 0
    got = [[(s.start, s.end, s.label) for s in task_to_example(t).spans] for t in res.tasks]
    assert got == expected
    for t_in, t_out in zip(tasks, res.tasks):
        assert t_out["data"]["text"] == t_in["data"]["text"]
        assert t_out["data"]["meta"] == t_in["data"]["meta"]
        for r in t_out["annotations"][0]["result"]:  # corpus offsets are Python offsets
            assert t_out["data"]["text"][r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
    # idempotent: the same export gives the same bytes
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    save_tasks(a, res.tasks)
    save_tasks(b, import_export(json.loads(json.dumps(export))).tasks)
    assert a.read_bytes() == b.read_bytes()


def _synthetic_corpus() -> list[dict]:
    texts = ["全年共受理政府信息公开申请248件，其中网络申请200件。", "本機關全年未收到政府資訊公開申請。",
             "共收到申请两件，均已按期答复。", "𠀀𠀁社区收到申请3件。"]
    exs = []
    for t in texts:
        spans = []
        for pat, lab in [(r"[0-9]+|两", "COUNT"), (r"网络", "CHANNEL"), (r"受理|收到", "RECEIVED"), (r"未", "ZERO")]:
            spans += [Span(m.start(), m.end(), lab) for m in re.finditer(pat, t)]
        exs.append(Example(text=t, spans=sorted(spans), part="synthetic", meta={"kind": "test"}))
    return [example_to_task(e, task_id=i + 1) for i, e in enumerate(exs)]


def _corpus_files() -> list[Path]:
    return sorted((ROOT / "annotations" / "corpus").glob("*.json")) + sorted((ROOT / "annotations" / "eval").glob("*.json"))


@pytest.mark.parametrize("name", ["synthetic-in-test"] + [p.relative_to(ROOT).as_posix() for p in _corpus_files()])
def test_corpus_file_round_trip_is_byte_identical(tmp_path, name, request):
    if name == "synthetic-in-test":
        src = tmp_path / "corpus.json"
        save_tasks(src, _synthetic_corpus())
    else:
        src = ROOT / name
    original = load_tasks(src)
    stand_off = bool(original) and all("text" not in t["data"] for t in original)
    if stand_off:
        request.getfixturevalue("shared_dir")  # skips where ../shared is absent
    canonical = tmp_path / "canonical.json"
    save_tasks(canonical, original)
    ls_tasks = corpus_file_tasks(src)
    res = import_export(simulate_label_studio(ls_tasks), ImportOptions(stand_off=stand_off))
    assert [i for i in res.issues if i.action != "kept"] == []
    back = tmp_path / "back.json"
    save_tasks(back, res.tasks)
    assert back.read_bytes() == canonical.read_bytes()


# --- broken exports are reported, not dropped silently --------------------------------------------------

TEXT = "本年度共收到政府信息公开申请37件，其中网络申请30件。"


def _one(regions, **extra) -> list[dict]:
    task = {"id": 5, "data": {"text": TEXT, "meta": {"doc": "d.txt", "start": 0, "end": len(TEXT)}},
            "annotations": [{"id": 9, "completed_by": 1, "result": regions, "was_cancelled": False,
                             "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}]}
    task.update(extra)
    return [task]


def _kinds(res) -> list[tuple[str, str]]:
    return [(i.kind, i.action) for i in res.issues]


def test_shifted_span_is_reported_and_fixed_only_when_asked():
    r = region(TEXT, 14, 16, "COUNT")  # "37"
    r["value"]["start"], r["value"]["end"] = 15, 17  # shifted by one: reads "7件"
    res = import_export(_one([r]))
    assert res.tasks_out == 0 and _kinds(res) == [("text mismatch", SKIPPED_TASK)]
    assert res.issues[0].suggestion == {"start": 14, "end": 16}
    res = import_export(_one([r]), ImportOptions(fix_shifted=True))
    assert _kinds(res) == [("shifted span", FIXED)]
    assert task_to_example(res.tasks[0]).spans == [Span(14, 16, "COUNT")]


def test_wrong_text_without_a_nearby_match_is_reported():
    r = region(TEXT, 14, 16, "COUNT")
    r["value"]["text"] = "99"
    res = import_export(_one([r]), ImportOptions(fix_shifted=True))
    assert res.tasks_out == 0 and _kinds(res) == [("text mismatch", SKIPPED_TASK)]
    assert res.issues[0].suggestion is None


def test_unknown_label_missing_offsets_and_overlap():
    good = region(TEXT, 14, 16, "COUNT", "g")
    unknown = region(TEXT, 19, 21, "CHANNELS", "u")
    missing = {"id": "m", "from_name": "label", "to_name": "text", "type": "labels",
               "value": {"text": "网络", "labels": ["CHANNEL"]}}
    overlap = region(TEXT, 13, 16, "COUNT", "o")
    res = import_export(_one([good, unknown, missing, overlap]))
    assert res.tasks_out == 0
    assert sorted(_kinds(res)) == [("missing offsets", SKIPPED_TASK), ("overlap", SKIPPED_TASK),
                                   ("unknown label", SKIPPED_TASK)]
    res = import_export(_one([good, unknown, missing, overlap]), ImportOptions(keep_partial=True))
    assert res.tasks_out == 1 and all(a == DROPPED_REGION for _, a in _kinds(res))
    assert task_to_example(res.tasks[0]).spans == []  # both overlapping regions dropped: which is right is unknown


def test_whitespace_is_trimmed_and_duplicates_merged():
    text = "共收到申请 37 件。"
    r = region(text, 5, 9, "COUNT")  # " 37 "
    res = import_export([{"id": 1, "data": {"text": text},
                          "annotations": [{"id": 1, "result": [r, copy.deepcopy(r)]}]}])
    assert task_to_example(res.tasks[0]).spans == [Span(6, 8, "COUNT")]
    assert sorted(_kinds(res)) == [("duplicate region", FIXED), ("whitespace", FIXED), ("whitespace", FIXED)]


def test_cancelled_empty_unannotated_and_several_annotators():
    r1 = region(TEXT, 14, 16, "COUNT")
    r2 = region(TEXT, 19, 21, "CHANNEL")
    anns = [
        {"id": 1, "completed_by": {"id": 1, "email": "a@x.org"}, "result": [r1], "updated_at": "2026-01-02T00:00:00Z"},
        {"id": 2, "completed_by": {"id": 2, "email": "b@x.org"}, "result": [r1, r2], "updated_at": "2026-01-03T00:00:00Z"},
        {"id": 3, "completed_by": 3, "result": [], "was_cancelled": True, "updated_at": "2026-01-04T00:00:00Z"},
    ]
    tasks = [
        {"id": 1, "data": {"text": TEXT}, "annotations": anns},
        {"id": 2, "data": {"text": TEXT + "。"}, "annotations": [{"id": 4, "result": []}]},
        {"id": 3, "data": {"text": "无"}, "annotations": [], "drafts": [{"result": []}]},
        {"id": 4, "data": {"text": "x"}, "annotations": [{"id": 5, "result": [], "was_cancelled": True}]},
    ]
    res = import_export(tasks)
    assert [len(task_to_example(t).spans) for t in res.tasks] == [2, 0]  # latest = b's annotation
    kinds = sorted(_kinds(res))
    assert kinds == sorted([("cancelled annotation", "ignored"), ("several annotations", "info"),
                            ("empty annotation", "kept"), ("unannotated", SKIPPED_TASK),
                            ("cancelled annotation", "ignored"), ("unannotated", SKIPPED_TASK)])
    res = import_export(tasks, ImportOptions(annotator="a@x.org"))
    assert [len(task_to_example(t).spans) for t in res.tasks] == [1]
    assert ("not by the chosen annotator", SKIPPED_TASK) in _kinds(res)
    res = import_export(tasks, ImportOptions(merge_policy="earliest"))
    assert len(task_to_example(res.tasks[0]).spans) == 1
    res = import_export(tasks, ImportOptions(annotator="3"))  # user id: only a cancelled one
    assert res.tasks_out == 0


def test_duplicate_passages_are_reported():
    tasks = _one([region(TEXT, 14, 16, "COUNT")]) + [dict(_one([])[0], id=6)]
    res = import_export(tasks)
    assert res.tasks_out == 1 and ("duplicate passage", SKIPPED_TASK) in _kinds(res)


def test_other_export_formats_are_refused(tmp_path):
    conll = write(tmp_path, "x.conll", "-DOCSTART- -X- O\n本年度共收到申请 -X- _ O\n")
    with pytest.raises(ExportFormatError, match="JSON"):
        read_export(conll)
    jmin = write(tmp_path, "min.json", json.dumps([{"id": 1, "text": "x", "label": [], "annotator": 1}]))
    with pytest.raises(ExportFormatError, match="JSON-MIN"):
        read_export(jmin)


# --- the command line -----------------------------------------------------------------------------

def test_cli_export_and_import(tmp_path):
    runner = CliRunner()
    rep = write(tmp_path, "r.txt", REPORT_SIMPLIFIED)
    res = runner.invoke(app, ["export", str(rep), "--out", str(tmp_path / "ls"), "--no-model"])
    assert res.exit_code == 0, res.output
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    assert (tmp_path / "ls" / "config.xml").read_text(encoding="utf-8") == labeling_config()
    assert len(tasks) == 3 and "predictions" not in tasks[0]

    def edit(i, regions, text):
        out = [region(text, m.start(), m.end(), "COUNT", f"c{m.start()}") for m in re.finditer(r"[0-9]+", text)]
        if i == 0:  # a shifted span
            out[0]["value"]["start"] += 1
            out[0]["value"]["end"] += 1
        return out

    for t in tasks:
        t["annotations"] = [{"result": []}]
    export = tmp_path / "export.json"
    export.write_text(json.dumps(simulate_label_studio(tasks, edit), ensure_ascii=False), encoding="utf-8")
    corpus, report = tmp_path / "corpus.json", tmp_path / "report.json"
    args = ["import", str(export), "--out", str(corpus), "--report", str(report)]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    rep_json = json.loads(report.read_text(encoding="utf-8"))
    assert rep_json["tasks_in"] == 3 and rep_json["tasks_out"] == 2 and rep_json["tasks_skipped"] == 1
    # the third passage (本年度未发生...) has no number: an empty annotation, kept and reported
    assert rep_json["counts"] == {"text mismatch (task skipped)": 1, "empty annotation (kept)": 1}
    assert any("--fix-shifted" in i["detail"] for i in rep_json["issues"])
    res = runner.invoke(app, args + ["--strict", "--overwrite"])
    assert res.exit_code == 1
    first = corpus.read_bytes()
    res = runner.invoke(app, args)  # an existing corpus is never replaced without being asked
    assert res.exit_code == 2 and "--merge" in res.output and corpus.read_bytes() == first
    res = runner.invoke(app, args + ["--fix-shifted", "--overwrite"])
    assert res.exit_code == 0 and len(load_tasks(corpus)) == 3
    res = runner.invoke(app, args + ["--overwrite"])
    assert corpus.read_bytes() == first  # idempotent
    res = runner.invoke(app, ["import", str(tmp_path / "nope.json"), "--out", str(corpus)])
    assert res.exit_code == 2 and "error" in res.output


def test_stand_off_import_verifies_the_source(tmp_path):
    src_dir = tmp_path / "shared" / "reports"
    src_dir.mkdir(parents=True)
    rep = write(src_dir, "r.txt", REPORT_SIMPLIFIED)
    tasks, _ = export_tasks([rep], tagger=FakeTagger(), shared_root=tmp_path / "shared")
    assert tasks[0]["data"]["meta"]["source"] == "reports"
    export = simulate_label_studio(tasks)
    res = import_export(export, ImportOptions(stand_off=True, shared_root=tmp_path / "shared"))
    assert res.tasks_out == 3 and not res.issues
    assert all("text" not in t["data"] for t in res.tasks)
    assert resolve(res.tasks, tmp_path / "shared")[0]["data"]["text"] == tasks[0]["data"]["text"]
    rep.write_text(REPORT_SIMPLIFIED.replace("37", "38"), encoding="utf-8")  # the source changed
    res = import_export(export, ImportOptions(stand_off=True, shared_root=tmp_path / "shared"))
    assert res.tasks_out == 0 and {i.kind for i in res.issues} == {"stand-off source"}


def test_predictions_from_the_real_tagger_class(tmp_path):
    """:class:`infer.tagger.Tagger` (windows, decode, number snapping) with a per-character rule
    model: every digit is a COUNT, so the predictions are exactly the numbers of each passage."""
    import torch
    from types import SimpleNamespace

    from infer.labels import BIO_TAGS
    from infer.tagger import Tagger
    from test_tagger import char_tokenizer

    tok = char_tokenizer(sorted(set(REPORT_SIMPLIFIED)))

    class Digits(torch.nn.Module):
        def forward(self, input_ids, attention_mask=None):
            logits = torch.full((*input_ids.shape, len(BIO_TAGS)), -4.0)
            logits[..., BIO_TAGS.index("O")] = 4.0
            for d in "0123456789":
                hit = input_ids == tok.convert_tokens_to_ids(d)
                logits[hit] = -4.0
                logits[..., BIO_TAGS.index("B-COUNT")][hit] = 4.0
            return SimpleNamespace(logits=logits)

    tagger = Tagger(Digits(), tok, BIO_TAGS, max_length=64, stride=16)
    rep = write(tmp_path, "r.txt", REPORT_SIMPLIFIED)
    tasks, stats = export_tasks([rep], tagger=tagger, version="digits")
    assert stats.dropped_predictions == []
    for t in tasks:
        text = t["data"]["text"]
        got = [(r["value"]["text"], r["value"]["labels"][0]) for r in t["predictions"][0]["result"]]
        assert got == [(m.group(), "COUNT") for m in re.finditer(r"[0-9]+", text)]
        assert 0 < t["predictions"][0]["score"] <= 1


def test_spans_across_passage_boundaries_are_reported(tmp_path):
    class Straddle:
        def tag(self, text):
            i = text.index("1件。")
            return [TaggedSpan(i, i + 1, "COUNT", 0.9), TaggedSpan(i + 2, i + 6, "COUNT", 0.5)]

    rep = write(tmp_path, "r.txt", REPORT_SIMPLIFIED)
    tasks, stats = export_tasks([rep], tagger=Straddle())
    assert stats.predicted_spans == 1
    assert len(stats.dropped_predictions) == 1 and "crosses a passage boundary" in stats.dropped_predictions[0]
