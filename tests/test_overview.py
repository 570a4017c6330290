"""``infer overview``: the analysis of a collection and the workbook, on a fictional collection
(tests/overview_fixture.py); the page in a real browser is tests/test_overview_browser.py."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from infer.cli import app
from infer.overview import analysis as A
from infer.overview import build_overview
from infer.overview.records import read_jsonl, result_from_json
from tests.overview_fixture import make_collection


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    return make_collection(tmp_path / "reports")


def test_records_carry_metadata_and_errors(collection: Path) -> None:
    reports = {r.name: r for r in read_jsonl(collection)}
    assert reports["broken.txt"].error
    edu = reports["edu2020.txt"]
    assert edu.issuer == "云岭市教育局" and edu.kind == "department" and edu.year == 2020
    assert reports["city2020.txt"].issuer == "云岭市" and reports["city2020.txt"].kind == "government"
    assert edu.value("requests.received") == 60  # the table's figure before the prose's
    # the JSON line rebuilds the result it was written from
    res = result_from_json(edu.record)
    assert [(f.field, f.value) for f in res.table_facts] == [("requests.received", 60), ("review.total", 2)]


def test_counts_and_ranked_disagreements(collection: Path) -> None:
    reports = list(read_jsonl(collection))
    c = A.counts(reports)
    assert c["year"] == {"2019": 1, "2020": 3} and c["status"]["error"] == 1 and c["template"]["2021"] == 4
    ranked = A.disagreements(reports)
    assert [d.report.name for d in ranked] == ["edu2020.txt", "traffic2020.txt"]  # 60 vs 6 is further off
    assert ranked[0].fields == [("requests.received", 6, 60)] and ranked[0].score == pytest.approx(0.9)
    assert ranked[1].checks and ranked[1].score == pytest.approx(1 / 21, abs=1e-3)


def test_jumps_only_beyond_five_fold(collection: Path) -> None:
    found = A.jumps(list(read_jsonl(collection)))
    assert [(j.issuer, j.field, j.old, j.new) for j in found] == [("云岭市教育局", "requests.received", 10, 60)]
    assert found[0].ratio == pytest.approx(6.0)


def test_similarity_flags_copied_wording() -> None:
    a = "本局坚持依法公开，完善目录，规范办理流程。全年新收申请12件。" * 3
    b = a.replace("12", "40")
    c = "今年重点推进基层标准化建设，新建便民服务站点，培训窗口人员，并组织专项督查。" * 3
    assert A.similarity(a, b) == 1.0
    assert A.similarity(a, c) < 0.2


def test_series_similarity_on_collection(collection: Path) -> None:
    from infer.textio import load_report

    sims = A.similarities(list(read_jsonl(collection)), lambda f: load_report(f).text)
    assert len(sims) == 1 and sims[0].issuer == "云岭市教育局" and sims[0].flagged


def test_hierarchy_compares_region_with_sum_of_bodies(collection: Path) -> None:
    rows = {h.field: h for h in A.hierarchy(list(read_jsonl(collection)))}
    req = rows["requests.received"]
    assert req.region.name == "city2020.txt" and req.value == 50 and req.total == 64 and req.stated_by == 2
    assert req.status == "region below the bodies' sum"
    assert rows["review.total"].total == 3 and rows["review.total"].status == "consistent"


def test_page_workbook_and_views(collection: Path, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    from openpyxl import load_workbook

    out = tmp_path / "site" / "overview.html"
    done = build_overview(collection, out, xlsx=tmp_path / "site" / "facts.xlsx")
    html = out.read_text(encoding="utf-8")
    assert done.views == 4 and not done.problems
    for section in ("counts", "distributions", "disagreements", "years", "hierarchy", "errors"):
        assert f'id="{section}"' in html
    # offline: no script, nothing fetched (the SVG namespace URI is a name, not a fetch)
    assert "<script" not in html and not re.search(r'(?:src|href)="(?:https?:)?//', html)
    series = html.split('data-issuer="云岭市教育局"', 1)[1].split("</details>", 1)[0]
    assert re.search(r'<td class="num jump">60</td>', series)  # the year-over-year view marks the jump
    for href in re.findall(r'href="([^"#]+)"', html):
        assert (out.parent / href).is_file(), href
    wb = load_workbook(tmp_path / "site" / "facts.xlsx")
    assert wb.sheetnames == ["reports", "facts", "checks", "disagreements"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    reports = list(wb["reports"].iter_rows(values_only=True))
    assert reports[0][:3] == ("file", "error", "issuer") and len(reports) == 6
    scopes = {row[3] for row in wb["checks"].iter_rows(min_row=2, values_only=True)}
    assert {"table", "year_over_year", "similarity", "hierarchy"} <= scopes
    dis = list(wb["disagreements"].iter_rows(min_row=2, values_only=True))
    assert dis[0][1] == "edu2020.txt" and dis[0][6] == "requests.received"


def test_cli_overview(collection: Path, tmp_path: Path) -> None:
    out = tmp_path / "o" / "page.html"
    run = CliRunner().invoke(app, ["overview", str(collection), "--output", str(out), "--no-views"])
    assert run.exit_code == 0, run.output
    assert out.is_file() and not (out.parent / "page_reports").exists()
    missing = CliRunner().invoke(app, ["overview", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2


def test_old_jsonl_without_report_object_gets_metadata_from_the_text(collection: Path, tmp_path: Path) -> None:
    import json

    old = tmp_path / "old.jsonl"
    lines = [json.loads(x) for x in collection.read_text(encoding="utf-8").splitlines()]
    for rec in lines:
        rec.pop("report", None)
    old.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    done = build_overview(old, tmp_path / "o.html", views=False)
    assert [(j.issuer, j.field) for j in done.overview.jumps] == [("云岭市教育局", "requests.received")]
    html = (tmp_path / "o.html").read_text(encoding="utf-8")
    assert 'id="reports"' in html and "云岭市交通运输局" in html.split('id="reports"', 1)[1]


def test_cli_overview_errors_are_one_line(collection: Path, tmp_path: Path) -> None:
    binary = tmp_path / "x.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 50)
    run = CliRunner().invoke(app, ["overview", str(binary), "--output", str(tmp_path / "o.html")])
    assert run.exit_code == 2 and "not a JSONL" in run.output and "Traceback" not in run.output
    blocker = tmp_path / "file"
    blocker.write_text("x")
    run = CliRunner().invoke(app, ["overview", str(collection), "--output", str(blocker / "o.html")])
    assert run.exit_code == 2 and "cannot write" in run.output
