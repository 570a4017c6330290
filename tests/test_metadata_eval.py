"""infer.metadata_eval on any gold file with ``report`` objects: a blind set without splits.json, the
name written instead of offsets, the normalised name, reports/ beside the gold. Invented reports."""
from __future__ import annotations

import json
from pathlib import Path

from infer.metadata_eval import main, score


def _blind_set(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("青石县交通运输局2021年政府信息公开工作年度报告\n发布日期：2022-01-20\n",
                                   encoding="utf-8")
    (reports / "b.txt").write_text("一、总体情况\n我局依法公开。\n", encoding="utf-8")
    (reports / "c.txt").write_text("no report object in the gold: not scored\n", encoding="utf-8")
    gold = {"_about": "invented",
            "a.txt": {"issuer": "青石县交通运输局", "issuer_normalized": "青石县交通运输局",
                      "report": {"year": 2021, "published": "2022-01-20"}},
            "b.txt": {"report": {"year": 2020}},
            "c.txt": {"prose": {}}}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


def test_blind_set_without_splits_is_scored_whole_by_name(tmp_path: Path) -> None:
    gold = _blind_set(tmp_path)
    s = score(gold, tmp_path / "reports", None)
    assert s.total == 2
    assert (s.right["issuer"], s.counted["issuer"]) == (2, 2)  # b: no name stated, none predicted
    assert (s.right["issuer_normalized"], s.counted["issuer_normalized"]) == (1, 1)
    assert s.counted["issuer_span"] == 1  # b has no written name: its null span is scored; a's is not
    assert (s.right["year"], s.counted["year"]) == (1, 2)
    assert s.right["published"] == 2 and s.right["template"] == 2


def test_cli_finds_reports_beside_the_gold(tmp_path: Path, capsys) -> None:
    main([str(_blind_set(tmp_path))])
    out = capsys.readouterr().out
    assert out.startswith("split all: 2 reports")
    assert any(line.split() == ["year", "1/2", "0.500"] for line in out.splitlines())
