"""Table parsing on self-written tables in every layout, and hand-made broken variants."""
from __future__ import annotations

import re

import pytest

from infer.tables import parse_tables
from infer.tables.cells import cell_value
from infer.tables.split_digits import split_pairs, split_sum_groups
from tests.fixtures.tables import forms

LAYOUTS = ["tab", "pipe", "lines"]


def assert_offsets(text, res):
    for f in res.facts:
        if f.field in res.derived:
            parts = [res.cells[p] for p in res.derived[f.field]]
            assert sum(c.value for c in parts) == f.value
            assert (f.start, f.end) == (parts[0].start, parts[0].end)
        else:
            assert cell_value(text[f.start:f.end]) == f.value, (f, text[f.start:f.end])


def failed(res):
    return [c for c in res.checks if not c.passed]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("zero", ["0", "-"])
def test_every_layout_reads_the_whole_table(layout, zero):
    text = forms.render(layout, zero=zero)
    res = parse_tables(text)
    assert res.template == "2021"
    assert res.status == "parsed", res.warnings
    got = res.values()
    for key, value in forms.EXPECTED.items():
        assert got.get(key) == value, key
    for _, values, key in forms.ROWS:
        assert got[key] == values[-1]
    assert len(res.cells) == len(forms.ROWS) * 7 + 15
    assert res.checks and not failed(res)
    rules = {c.rule.split(" [")[0] for c in res.checks}
    assert {"一+二=三(七)+四", "(七)总计=(一)+…+(六)", "总计=自然人+法人或其他组织",
            "行政复议 总计=维持+纠正+其他+尚未审结"} <= rules
    assert_offsets(text, res)


def test_traditional_script_and_units():
    from infer.lexicon import traditional_variants
    text = forms.render("lines")
    trad = traditional_variants(text)[0]
    trad = re.sub(r"(?m)^(\d+)$", r"\1件", trad)  # units after every count
    res = parse_tables(trad)
    assert res.status == "parsed", res.warnings
    assert {k: res.values()[k] for k in forms.EXPECTED} == forms.EXPECTED
    assert_offsets(trad, res)


def test_2019_form_has_own_cells_for_other_processing():
    rows = [r for r in forms.ROWS if not r[2].startswith("requests.outcome.other.")]
    rows.insert(20, (["（六）其他处理"], [1, 1, 0, 0, 0, 1, 3], "requests.outcome.other"))
    res = parse_tables(forms.render("pipe", rows=rows))
    assert res.template == "2019"
    assert res.values()["requests.outcome.other"] == 3
    assert "requests.outcome.other" not in res.derived
    assert not failed(res)


def test_run_together_cells_split_or_flagged():
    text = forms.render("glued")
    res = parse_tables(text)
    tab = parse_tables(forms.render("tab"))
    assert res.template == "2021"
    got = res.values()
    # never a wrong value: every fact agrees with the separated layout
    for key, value in got.items():
        assert tab.values()[key] == value, key
    # every unsplit cell is reported as ambiguous, with a warning
    for amb in res.ambiguous:
        assert amb.candidates and len(amb.candidates) > 1
        assert any(amb.digits in w for w in res.warnings)
    unread = {k for k in tab.values() if k not in got}
    assert not unread or res.ambiguous
    assert got["review.total"] == 3 and got["litigation.total"] == 4
    assert_offsets(text, res)


def test_violated_identity_is_parsed_and_shown():
    rows = list(forms.ROWS)
    rows[0] = (rows[0][0], [40, 3, 0, 1, 0, 1, 46], rows[0][2])  # 总计 46 ≠ 45
    res = parse_tables(forms.render("tab", rows=rows))
    assert res.values()["requests.received"] == 46
    bad = {c.rule for c in failed(res)}
    assert "一+二=三(七)+四 [总计]" in bad
    assert any(r.startswith("总计=自然人+法人或其他组织 [一、本年新收") for r in bad)
    chk = next(c for c in res.checks if c.rule == "一+二=三(七)+四 [总计]")
    assert (chk.expected, chk.actual, chk.terms["一"]) == (48, 47, 46)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_missing_row_does_not_shift(layout):
    rows = [r for r in forms.ROWS if r[2] != "requests.outcome.partial"]
    res = parse_tables(forms.render(layout, rows=rows))
    got = res.values()
    assert "requests.outcome.partial" not in got
    assert got["requests.outcome.disclosed"] == 21 and got["requests.outcome.withheld"] == 4
    assert res.status == "partial"
    assert any("requests.outcome.partial not found" in w for w in res.warnings)
    assert any("(七)总计" in w for w in res.warnings)  # that check cannot be evaluated


@pytest.mark.parametrize("layout", LAYOUTS)
def test_non_numeric_cell(layout):
    rows = list(forms.ROWS)
    labels, values, key = rows[4]
    text = forms.render(layout, rows=rows)
    # replace the 商业企业 cell of 1.属于国家秘密 by "x"
    sep = {"tab": "\t", "pipe": " | ", "lines": "\n"}[layout]
    old = labels[-1] + sep + sep.join(str(v) for v in values)
    new = labels[-1] + sep + sep.join(["1", "x"] + [str(v) for v in values[2:]])
    assert old in text
    res = parse_tables(text.replace(old, new))
    assert res.values()["requests.outcome.withheld.state_secret"] == 1
    assert res.cells[(key, "commercial")].value is None
    assert any("non-numeric cell 'x'" in w for w in res.warnings)
    assert res.status == "partial"


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_row_of_wrong_length(layout):
    rows = list(forms.ROWS)
    rows[1] = (rows[1][0], [2, 0, 0, 0, 0, 2], rows[1][2])  # one cell lost
    res = parse_tables(forms.render(layout, rows=rows))
    got = res.values()
    # the lost cell is a blank; the column identity 一+二 = (七)+四 puts the 2 under 自然人 (40+x = 40+2)
    assert got["requests.carried_over"] == 2
    assert res.cells[("requests.carried_over", "natural_person")].value == 2
    assert got["requests.received"] == 45 and got["requests.outcome.disclosed"] == 21
    assert any(w.startswith("resolved:") and "上年结转" in w for w in res.warnings)
    assert not res.ambiguous


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_row_of_wrong_length_that_the_sums_cannot_fix(layout):
    rows = list(forms.ROWS)
    rows[1] = (rows[1][0], [2, 0, 0, 0, 0, 3], rows[1][2])  # no reading has 总计 = the other cells
    res = parse_tables(forms.render(layout, rows=rows))
    assert "requests.carried_over" not in res.values()
    assert any("6 cells where 7 were expected" in w for w in res.warnings)
    assert res.status == "partial"


def test_case_table_wrong_length():
    res = parse_tables(forms.render("tab", case_values=forms.CASE_VALUES[:-1]))
    assert not any(f.field.startswith(("review", "litigation")) for f in res.facts)
    assert any("14 cells where 15" in w for w in res.warnings)
    assert res.values()["requests.received"] == 45


def test_header_only_is_missing():
    text = forms.INTRO + forms.H3 + "\n".join("\t".join(h) for h in forms.HEADER) + "\n" + forms.H4 + forms.OUTRO
    res = parse_tables(text)
    assert res.facts == [] and res.status == "missing" and res.warnings


def test_no_table_is_absent():
    res = parse_tables(forms.INTRO + "全年未收到行政复议申请。\n")
    assert (res.status, res.facts, res.template) == ("absent", [], None)


def test_garbage_never_crashes():
    for text in ["", "三、收到和处理政府信息公开申请情况\n一、本年新收\n|||\n", "（七）总计 999\n" * 3,
                 "一、本年新收政府信息公开申请数量 1 2\n二、上年结转 x y\n（七）总计\n"]:
        res = parse_tables(text)
        assert res.status in ("parsed", "absent", "missing", "partial")
    with pytest.raises(TypeError):
        parse_tables(b"bytes")  # type: ignore[arg-type]


def test_appendix_traditional_lines(tmp_path):
    from pathlib import Path
    text = (Path(__file__).parent / "fixtures" / "tables" / "appendix_2015_trad.txt").read_text(encoding="utf-8")
    res = parse_tables(text)
    assert res.template == "pre2019" and res.status == "parsed", res.warnings
    assert res.values() == {
        "requests.received": 12, "requests.channel.in_person": 7, "requests.channel.fax": 0,
        "requests.channel.online": 5, "requests.channel.mail": 0, "requests.outcome.total": 12,
        "requests.outcome.already_public": 2, "requests.outcome.disclosed": 6, "requests.outcome.partial": 1,
        "requests.outcome.withheld": 1, "requests.outcome.other": 2, "consultations.total": 310,
        "review.total": 0, "litigation.total": 0}
    assert_offsets(text, res)
    # the prose numbers before the 附表 (12件, 7件, 5件) are never table facts
    first = min(f.start for f in res.facts)
    assert first > text.index("附表")


def test_appendix_two_columns_glued():
    # invented figures: 14 this year (当面 9, 电子邮件 5), 30 in all (20 + 10); replies 10 + 4 (22 + 8 in all)
    text = ("统计表 指标名称计量单位2014年度历年累计受理依申请公开信息总数条1430其中：1.当面申请数条9202."
            "电子邮件申请数条510对申请的答复总数条1430其中：1.同意公开答复数条10222.否决公开答复数条48"
            "行政复议数件00")
    res = parse_tables(text)
    got = res.values()
    assert got["requests.received"] == 14 and got["requests.channel.in_person"] == 9
    assert got["requests.channel.email"] == 5 and got["review.total"] == 0
    assert res.cells[("requests.received", "cumulative")].value == 30
    # 对申请的答复总数 1430 (1|430, 14|30) is fixed by the block identity
    # 答复总数 = 同意公开 + 否决公开 in both columns
    assert got["requests.outcome.total"] == 14 and got["requests.outcome.withheld"] == 4
    assert any(w.startswith("resolved:") for w in res.warnings)
    assert_offsets(text, res)
    # without the second reply type the identity cannot hold: the split stays ambiguous, unreported
    text2 = text.replace("2.否决公开答复数条48", "")
    res2 = parse_tables(text2)
    assert "requests.outcome.total" not in res2.values()
    assert any(a.row == "requests.outcome.total" and len(a.candidates) == 2 for a in res2.ambiguous)
    assert res2.status == "partial"
    assert res2.values()["requests.channel.in_person"] == 9


def test_combined_indicator_is_not_guessed():
    text = "附表\n指标\n数量(件)\n申请总数\n3\n其中：1.当面申请数\n1\n2.信函、传真申请数\n2\n"
    res = parse_tables(text)
    assert res.values() == {"requests.received": 3, "requests.channel.in_person": 1}
    assert any("combines" in w for w in res.warnings)


def test_split_digits():
    assert split_sum_groups("14320000145", (6,)) == [("143", "2", "0", "0", "0", "0", "145")]
    assert len(split_sum_groups("330000033", (6,))) == 2  # 33|0…|33 and 3|30|…|33
    assert split_sum_groups("0000000", (6,)) == [("0",) * 7]
    assert split_sum_groups("12", (6,)) == []
    assert split_sum_groups("12014010011230116", (4, 4, 4)) == [
        ("1", "2", "0", "1", "4", "0", "1", "0", "0", "1", "12", "3", "0", "1", "16")]
    assert split_pairs("1430", lambda a, b: b >= a) == [("1", "430"), ("14", "30")]
    assert split_pairs("018", lambda a, b: b >= a) == [("0", "18")]


def test_glued_row_without_cross_row_identity_stays_ambiguous():
    rows = [r for r in forms.ROWS if r[2] not in ("requests.outcome.total", "requests.carried_forward")]
    rows[2] = (rows[2][0], [33, 0, 0, 0, 0, 0, 33], rows[2][2])  # 330000033 = 33|0… or 3|30|…
    text = forms.render("glued", rows=rows)
    res = parse_tables(text)
    amb = [a for a in res.ambiguous if a.row == "requests.outcome.disclosed"]
    assert amb and amb[0].ambiguous_columns == ["natural_person", "commercial"]
    assert sorted(amb[0].candidates) == [(3, 30, 0, 0, 0, 0, 33), (33, 0, 0, 0, 0, 0, 33)]
    # the 总计 cell is the same in both splits, so it is certain and reported; the others are not
    assert res.values()["requests.outcome.disclosed"] == 33
    assert res.cells[("requests.outcome.disclosed", "natural_person")].value is None
    assert res.status == "partial"
    assert_offsets(text, res)


def test_regions_cover_the_tables_not_the_prose():
    text = forms.render("tab")
    res = parse_tables(text)
    assert len(res.regions) == 2
    for f in res.facts:
        assert any(a <= f.start and f.end <= b for a, b in res.regions), f
    prose_45 = text.index("45件")
    assert not any(a <= prose_45 < b for a, b in res.regions)
    assert not any(a <= text.index("五、存在") < b for a, b in res.regions)


@pytest.mark.parametrize("layout", LAYOUTS + ["glued"])
def test_prose_inside_the_section_is_not_read_as_rows(layout):
    summary = ("本年新收政府信息公开申请45件，上年结转2件，其中予以公开21件，部分公开6件，不予公开4件，"
               "无法提供8件，不予处理3件，其他处理3件，结转下年度继续办理2件。\n")
    text = forms.render(layout).replace(forms.H3, forms.H3 + summary)
    res = parse_tables(text)
    assert res.status == "parsed" and res.values() == parse_tables(forms.render(layout)).values()
    assert all(f.start > text.index(summary) + len(summary) for f in res.facts)


def test_long_report_without_headings_stays_fast():
    import time
    noise = "正文段落，其他事项予以公开，总计若干。" * 5000  # thousands of candidate labels
    text = noise + forms.render("glued").replace(forms.H3, "")
    t0 = time.perf_counter()
    res = parse_tables(text)
    assert time.perf_counter() - t0 < 5
    assert res.values() == parse_tables(forms.render("glued")).values()
