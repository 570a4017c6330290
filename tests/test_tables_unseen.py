"""Table layouts no report in ../shared uses, on self-written fixtures (tests/fixtures/tables/unseen.py):
each one is read exactly with passing checks, or flagged with a clear warning — never a shifted column."""
from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import pytest

from infer.tables import parse_tables
from infer.tables.cells import cell_value
from infer.textio import load_report
from tests.fixtures.tables import forms
from tests.fixtures.tables import unseen as U

TEXT_LAYOUTS = ["space", "spaces", "ideo", "nbsp", "markdown", "grid", "box", "csv", "csv_quoted",
                "label_newline"]


def assert_offsets(text: str, res) -> None:
    """Every fact points at its number in ``text``; a proven-zero blank cell points at nothing."""
    for f in res.facts:
        if f.field in res.derived:
            parts = [res.cells[p] for p in res.derived[f.field]]
            assert sum(c.value for c in parts) == f.value
            continue
        if f.start == f.end:
            assert f.value == 0, f
            continue
        assert cell_value(text[f.start:f.end]) == f.value, (f, text[f.start:f.end])


def assert_exact(res, expected: dict) -> None:
    got = res.values()
    assert {k: got.get(k) for k in expected} == expected
    assert res.checks and all(c.passed for c in res.checks), [c.rule for c in res.checks if not c.passed]


# --- text dialects ------------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["2021", "2019"])
@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_text_dialects_read_exactly(layout: str, form: str) -> None:
    text = U.render_text(layout, form, thousands=(form == "2019"))
    res = parse_tables(text)
    assert (res.template, res.status) == (form, "parsed"), res.warnings
    assert_exact(res, U.dataset(form)[2])
    n_rows = len(U.dataset(form)[0])
    assert len(res.cells) == n_rows * 7 + 15
    # the forms' result rows (（一）… (七)总计): 20 in 2019, 22 in 2021
    assert len([k for (k, c) in res.cells if c == "total" and "outcome" in k]) == {"2021": 22, "2019": 20}[form]
    assert_offsets(text, res)


def test_csv_commas_are_not_thousands_separators() -> None:
    text = U.render_text("csv", "2021")
    assert "一、本年新收政府信息公开申请数量,40,3,0,1,0,1,45" in text
    res = parse_tables(text)
    assert res.cells[("requests.received", "natural_person")].value == 40
    # quoted thousands stay one number
    text = U.render_text("csv", "2019", thousands=True)
    assert '"1,234"' in text
    assert parse_tables(text).values()["requests.received"] == 1234


def test_grid_rows_wrapped_over_lines_are_joined() -> None:
    text = U.render_text("grid", "2019")
    assert "| 密" in text  # 国家秘密 wraps inside its cell
    res = parse_tables(text)
    assert res.values()["requests.outcome.withheld.state_secret"] == 2
    assert any("grid-table rows" in w for w in res.warnings)
    for (a, b) in res.regions:
        assert 0 <= a < b <= len(text)


# --- cell contents ------------------------------------------------------------------------------------

@pytest.mark.parametrize("zero", ["—", "–", "－", "——", "无", "-", "〇"])
def test_zero_marks(zero: str) -> None:
    rows = [(labs, vals, key) for labs, vals, key in forms.ROWS]
    text = U.report("".join("".join(labs) + " " + " ".join(zero if v == 0 else str(v) for v in vals) + "\n"
                            for labs, vals, _ in rows),
                    " ".join(zero if v == 0 else str(v) for v in forms.CASE_VALUES) + "\n").replace(
        forms.H4, forms.H4 + " ".join(U.CASE_HEADER_FLAT) + "\n")
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, forms.EXPECTED)
    assert_offsets(text, res)


@pytest.mark.parametrize("mark", ["x", "×", "不详"])
def test_unknown_marks_keep_their_column(mark: str) -> None:
    text = U.render_text("space", "2021").replace("一、本年新收政府信息公开申请数量 40 3 0 1 0 1 45",
                                                 f"一、本年新收政府信息公开申请数量 40 3 {mark} 1 0 1 45")
    res = parse_tables(text)
    assert res.cells[("requests.received", "research")].value is None
    assert res.cells[("requests.received", "public_interest")].value == 1  # not shifted left
    assert res.values()["requests.received"] == 45
    assert res.status == "partial"
    shown = unicodedata.normalize("NFKC", mark)  # warnings quote the folded cell (／ → /)
    assert any(f"non-numeric cell {shown!r}" in w for w in res.warnings)


@pytest.mark.parametrize("mark", ["/", "／"])
def test_slash_the_sums_prove_zero_is_read_as_zero(mark: str) -> None:
    """A '/' keeps its column too; where the row's written cells already add up to its 总计 (and counts
    are never negative) it is 0, like a blank cell (infer.tables.blanks)."""
    text = U.render_text("space", "2021").replace("一、本年新收政府信息公开申请数量 40 3 0 1 0 1 45",
                                                 f"一、本年新收政府信息公开申请数量 40 3 {mark} 1 0 1 45")
    res = parse_tables(text)
    assert res.cells[("requests.received", "research")].value == 0
    assert res.cells[("requests.received", "public_interest")].value == 1  # not shifted left
    assert res.values()["requests.received"] == 45
    assert not any("non-numeric" in w for w in res.warnings)
    # a '/' the sums cannot reach (the row's 总计 itself) stays unknown
    text = text.replace("二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2", "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 /")
    res = parse_tables(text)
    assert res.cells[("requests.carried_over", "total")].value is None
    assert "requests.carried_over" not in res.values() and res.status == "partial"


def test_unknown_mark_at_row_end_keeps_the_row() -> None:
    text = U.render_text("space", "2021").replace("二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2",
                                                 "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 /")
    res = parse_tables(text)
    assert "requests.carried_over" not in res.values()
    assert res.cells[("requests.carried_over", "natural_person")].value == 2
    assert any("non-numeric cell '/'" in w for w in res.warnings)


@pytest.mark.parametrize("unit", ["件", " 件", "条"])
def test_units_in_cells(unit: str) -> None:
    text = U.render_text("space", "2019", thousands=True)
    text = re.sub(r"(?<= )(\d[\d,]*)(?= |\n)", lambda m: m.group(1) + unit, text)
    assert "1,234" + unit in text
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, U.EXPECTED_2019)
    assert_offsets(text, res)


def test_blank_cells_proven_zero_or_left_unknown() -> None:
    # TAB rows (as from HTML) with every zero left blank: the sums prove the blanks 0
    lines = ["\t".join(["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])]
    for labs, vals, _ in forms.ROWS:
        lines.append("\t".join(["".join(labs)] + ["" if v == 0 else str(v) for v in vals]))
    text = U.report("\n".join(lines) + "\n", "\t".join(U.CASE_HEADER_FLAT) + "\n" +
                    "\t".join(str(v) for v in forms.CASE_VALUES) + "\n")
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, forms.EXPECTED)
    assert any(w.startswith("resolved:") and "blank" in w for w in res.warnings)
    blank = res.cells[("requests.outcome.withheld.prohibited_by_law", "total")]
    assert (blank.blank, blank.value, blank.start == blank.end) == (True, 0, True)
    assert_offsets(text, res)
    # a blank that the sums cannot settle (总计 blank, and no column sum pins it) stays unknown
    bad = text.replace("四、结转下年度继续办理\t2\t\t\t\t\t\t2", "四、结转下年度继续办理\t2\t\t\t\t\t\t")
    assert bad != text
    res = parse_tables(bad)
    assert "requests.carried_forward" not in res.values()
    assert res.cells[("requests.carried_forward", "natural_person")].value == 2
    assert res.status == "partial"
    assert any("blank and not proven zero" in w and "四、结转下年度" in w for w in res.warnings)


def test_blank_cells_in_pipe_rows() -> None:
    text = forms.render("pipe").replace("| 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||", "| 2 |  |  |  |  |  | 2 | ||")
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert res.cells[("requests.carried_over", "commercial")].value == 0
    assert_exact(res, forms.EXPECTED)


def test_blank_cells_in_space_rows_are_placed_by_the_sums_not_shifted() -> None:
    text = U.render_text("space", "2021").replace("二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2",
                                                 "二、上年结转政府信息公开申请数量 2     2")
    res = parse_tables(text)
    # 2 | blank x5 | 2 under 自然人 is the only reading where 一+二 = (七)+四 holds in every column
    assert res.values()["requests.carried_over"] == 2
    assert res.cells[("requests.carried_over", "natural_person")].value == 2
    assert res.cells[("requests.carried_over", "commercial")].blank
    # 5 and 3: no reading has 总计 = the other cells, so the row is refused, never shifted
    res = parse_tables(text.replace("申请数量 2     2", "申请数量 5     3"))
    assert "requests.carried_over" not in res.values()
    assert any("2 cells where 7 were expected" in w for w in res.warnings)


# --- columns --------------------------------------------------------------------------------------------

def _total_first(text_rows, header: str) -> str:
    t3 = header + "\n" + "".join("".join(labs) + " " + " ".join(str(v) for v in [vals[-1]] + vals[:-1]) + "\n"
                                 for labs, vals, _ in text_rows)
    return U.report(t3, " ".join(U.CASE_HEADER_FLAT) + "\n" + " ".join(map(str, forms.CASE_VALUES)) + "\n")


def test_total_column_first() -> None:
    text = _total_first(forms.ROWS, "总计 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他")
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, forms.EXPECTED)
    assert res.cells[("requests.received", "natural_person")].value == 40
    assert any("总计 as its first column" in w for w in res.warnings)
    assert_offsets(text, res)
    # no header at all: the rows' own sums still decide
    res = parse_tables(_total_first(forms.ROWS, ""))
    assert_exact(res, forms.EXPECTED)


def test_organisation_columns_in_another_order() -> None:
    header = "自然人 科研机构 商业企业 社会公益组织 法律服务机构 其他 总计"
    rows = [(labs, [vals[0], vals[2], vals[1], *vals[3:]], key) for labs, vals, key in forms.ROWS]
    t3 = header + "\n" + "".join("".join(labs) + " " + " ".join(map(str, v)) + "\n" for labs, v, _ in rows)
    res = parse_tables(U.report(t3, " ".join(U.CASE_HEADER_FLAT) + "\n" + " ".join(map(str, forms.CASE_VALUES))))
    assert res.cells[("requests.received", "commercial")].value == 3
    assert res.cells[("requests.received", "research")].value == 0
    assert_exact(res, forms.EXPECTED)


# --- row labels -------------------------------------------------------------------------------------------

def _renumber(label: str, style: str) -> str:
    if style == "none":
        return re.sub(r"^(?:[一二三四]、|（[一二三四五六七]）|\d\.)", "", label)
    if style == "ascii":
        return label.replace("（", "(").replace("）", ")")
    if style == "arabic":  # （三） → 3.
        return re.sub(r"^（([一二三四五六七])）", lambda m: f"{'一二三四五六七'.index(m.group(1)) + 1}.", label)
    if style == "arabic_paren":  # 1. → （1）
        return re.sub(r"^(\d)\.", r"（\1）", label)
    if style == "circled":
        return re.sub(r"^(\d)\.", lambda m: chr(0x2460 + int(m.group(1)) - 1), label)
    raise ValueError(style)


@pytest.mark.parametrize("style", ["none", "ascii", "arabic", "arabic_paren", "circled"])
@pytest.mark.parametrize("layout", ["space", "lines"])
def test_numbering_variants(style: str, layout: str) -> None:
    sep = " " if layout == "space" else "\n"
    t3 = "\n".join(U.HEADER_FLAT) + "\n" + "".join(
        sep.join([_renumber(lab, style) for lab in labs] + [str(v) for v in vals]) + "\n"
        for labs, vals, _ in forms.ROWS)
    text = U.report(t3, " ".join(U.CASE_HEADER_FLAT) + "\n" + " ".join(map(str, forms.CASE_VALUES)) + "\n")
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, forms.EXPECTED)
    assert res.values()["requests.outcome.other.misc"] == 1


def test_label_wording_variants() -> None:
    text = U.render_text("space", "2021")
    for old, new in [("本年新收政府信息公开申请数量", "本年度新收政府信息公开申请数"),
                     ("上年结转政府信息公开申请数量", "上年度结转申请数"),
                     ("没有现成信息需要另行制作", "没有现成信息需另行制作"),
                     ("结转下年度继续办理", "结转下一年度继续办理")]:
        text = text.replace(old, new)
    text = text.replace(" ".join(U.HEADER_FLAT),
                        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况 " + " ".join(U.HEADER_FLAT))
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, forms.EXPECTED)


# --- the case table --------------------------------------------------------------------------------------

def _with_case(t4: str) -> str:
    t3 = " ".join(U.HEADER_FLAT) + "\n" + "".join("".join(labs) + " " + " ".join(map(str, vals)) + "\n"
                                                  for labs, vals, _ in forms.ROWS)
    return U.report(t3, t4)


CV = [str(v) for v in forms.CASE_VALUES]
CASE_LAYOUTS = {
    "one_row": " ".join(U.CASE_HEADER_FLAT) + "\n" + " ".join(CV) + "\n",
    "one_per_line": "\n".join(U.CASE_HEADER_FLAT + CV) + "\n",
    "three_unlabelled_rows": " ".join(U.CASE_HEADER_FLAT) + "\n" + "\n".join(
        " ".join(CV[i:i + 5]) for i in (0, 5, 10)) + "\n",
    "labelled_sub_rows": "结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 " + " ".join(CV[:5]) +
                         "\n未经复议直接起诉 " + " ".join(CV[5:10]) + "\n复议后起诉 " + " ".join(CV[10:]) + "\n",
    "labels_on_own_lines": "结果维持 结果纠正 其他结果 尚未审结 总计\n复议\n" + "\n".join(CV[:5]) +
                           "\n行政诉讼\n直接起诉\n" + "\n".join(CV[5:10]) + "\n复议后起诉\n" + "\n".join(CV[10:]) + "\n",
    "other_block_order": "结果维持 结果纠正 其他结果 尚未审结 总计\n复议后起诉 " + " ".join(CV[10:]) +
                         "\n行政复议 " + " ".join(CV[:5]) + "\n未经复议直接起诉 " + " ".join(CV[5:10]) + "\n",
    "review_then_litigation_10": "行政复议 结果维持 结果纠正 其他结果 尚未审结 总计\n" + " ".join(CV[:5]) +
                                 "\n行政诉讼 " + " ".join(CV[5:]) + "\n",
    "transposed": "项目 行政复议 未经复议直接起诉 复议后起诉\n" + "".join(
        f"{r} {CV[i]} {CV[5 + i]} {CV[10 + i]}\n" for i, r in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])),
    "prose_before_header": "本年度发生行政复议3件。\n" + " ".join(U.CASE_HEADER_FLAT) + "\n" + " ".join(CV) + "\n",
}


@pytest.mark.parametrize("layout", sorted(CASE_LAYOUTS))
def test_case_table_layouts(layout: str) -> None:
    text = _with_case(CASE_LAYOUTS[layout])
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    expected = {k: v for k, v in forms.EXPECTED.items() if k.startswith(("review", "litigation"))}
    assert_exact(res, expected)
    assert len([c for (r, _), c in res.cells.items() if not r.startswith("requests")]) == 15
    assert_offsets(text, res)


def test_case_sub_row_with_a_dropped_cell_reads_what_is_certain() -> None:
    t4 = "结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 1 0 1 1 3\n未经复议直接起诉 0 1 0 1\n复议后起诉 2 0 0 1 3\n"
    res = parse_tables(_with_case(t4))
    got = res.values()
    # 0 1 0 1 with one empty cell dropped: 0|1|0|·|1 or ·|0|1|0|1 (0|0|1|0|1): 维持, 尚未审结 and 总计
    # agree in both, 纠正 and 其他 do not
    assert got["litigation.direct.total"] == 1 and got["litigation.direct.pending"] == 0
    assert got["litigation.direct.upheld"] == 0
    assert "litigation.direct.corrected" not in got and "litigation.direct.other" not in got
    amb = [a for a in res.ambiguous if a.row == "case"]
    assert amb and set(amb[0].ambiguous_columns) == {"litigation.direct.corrected", "litigation.direct.other"}
    assert sorted(amb[0].candidates) == [(0, 0, 1, 0, 1), (0, 1, 0, 0, 1)]
    # as fields (the gold's table_ambiguous): the cells and the litigation sums they enter
    fields = res.ambiguous_fields()
    assert sorted(fields["litigation.direct.corrected"]) == [0, 1] and sorted(fields["litigation.other"]) == [0, 1]
    assert "litigation.total" not in fields and got["litigation.total"] == 4
    assert got["review.total"] == 3 and got["litigation.after_review.total"] == 3
    assert res.status == "partial"


@pytest.mark.parametrize("t4,message", [
    ("结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 1 0 1 1 3\n未经复议直接起诉 0 1 0 2\n复议后起诉 2 0 0 1 3\n",
     "14 cells where 15 were expected in 3 groups (5, 4, 5)"),
    ("结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 1 0 1 1 3\n行政复议 0 1 0 0 1\n复议后起诉 2 0 0 1 3\n",
     "15 cells where 15 were expected in 3 groups"),
    (" ".join(U.CASE_HEADER_FLAT) + "\n" + " ".join(CV[:-1]) + "\n", "14 cells where 15 were expected"),
])
def test_broken_case_tables_are_flagged(t4: str, message: str) -> None:
    res = parse_tables(_with_case(t4))
    assert not any(f.field.startswith(("review", "litigation")) for f in res.facts)
    assert any(message in w for w in res.warnings), res.warnings
    assert res.status == "partial"
    assert res.values()["requests.received"] == 45


# --- several tables -------------------------------------------------------------------------------------

def test_same_table_twice_reads_the_reports_own_section() -> None:
    """A county summary before the report's own section and a department's copy after it, both with
    other numbers (the 松川市 table): the table under the report's own 三、 heading is read."""
    other = U.render_text("space", "2019")
    other_table = other[other.index("自然人 商业企业"):other.index(U.H4_2019)]
    summary = "附：全县汇总表 收到和处理政府信息公开申请情况\n" + other_table
    own = U.render_text("space", "2021")
    department = "附件：某局2021年度报告\n（三）收到和处理政府信息公开申请情况\n" + other_table + U.H4_2019 + \
        " ".join(U.CASE_HEADER_FLAT) + "\n" + " ".join(map(str, U.CASE_2019)) + "\n"
    text = summary + own + department
    res = parse_tables(text)
    assert_exact(res, forms.EXPECTED)
    assert any("3 copies of table 三" in w for w in res.warnings)
    assert_offsets(text, res)
    first_fact = min(f.start for f in res.facts)
    assert text.index(forms.H3) < first_fact < text.index("附件：某局")


def test_form_table_and_old_appendix() -> None:
    appendix = "附表\n指标 | 单位 | 数量\n申请总数 | 件 | 99\n行政复议数 | 件 | 9\n"
    res = parse_tables(U.render_text("space", "2021") + appendix)
    assert res.template == "2021"
    assert_exact(res, forms.EXPECTED)
    assert any("pre-2019 附表" in w for w in res.warnings)


# --- pre-2019 附表 --------------------------------------------------------------------------------------

APPENDIX_FACTS = {"requests.received": 21, "requests.channel.in_person": 15, "requests.channel.online": 6,
                  "review.total": 1, "litigation.total": 0}
APPENDIX_LAYOUTS = {
    "unit_column": "附表\n指标 | 单位 | 数量\n申请总数 | 件 | 21\n其中：1.当面申请数 | 件 | 15\n2.网上申请数 | 件 | 6\n"
                   "行政复议数 | 件 | 1\n行政诉讼数 | 件 | 0\n",
    "unit_in_label": "附表：政府信息公开情况统计表\n申请总数（件） 21\n其中：当面申请数（件） 15\n网上申请数（件） 6\n"
                     "行政复议数（件） 1\n行政诉讼数（件） 0\n",
    "colon": "附表\n申请总数：21件\n其中：当面申请数：15件\n网上申请数：6件\n行政复议数：1件\n行政诉讼数：0件\n",
    "colon_traditional": "附表\n申請總數：21件\n其中：1.當面申請數：15件\n2.網上申請數：6件\n行政複議數：1件\n行政訴訟數：0件\n",
    "markdown_cumulative": "附表\n| 指标 | 单位 | 本年度 | 历年累计 |\n|---|---|---|---|\n| 申请总数 | 件 | 21 | 80 |\n"
                           "| 其中：1.当面申请数 | 件 | 15 | 50 |\n| 2.网上申请数 | 件 | 6 | 30 |\n"
                           "| 行政复议数 | 件 | 1 | 3 |\n| 行政诉讼数 | 件 | 0 | 0 |\n",
    "space_traditional": "附表 政府信息公開情況統計表\n指　標　單位　數量\n申請總數　件　21\n其中：1.當面申請數　件　15\n"
                         "2.網路申請數　件　6\n行政複議數　件　1\n行政訴訟數　件　0\n",
}


@pytest.mark.parametrize("layout", sorted(APPENDIX_LAYOUTS))
def test_appendix_variants(layout: str) -> None:
    text = "二〇一六年某县政府信息公开工作年度报告\n" + APPENDIX_LAYOUTS[layout]
    res = parse_tables(text)
    assert (res.template, res.status) == ("pre2019", "parsed"), res.warnings
    assert {k: res.values().get(k) for k in APPENDIX_FACTS} == APPENDIX_FACTS
    assert not any("not mapped" in w for w in res.warnings), res.warnings
    for f in res.facts:
        assert cell_value(text[f.start:f.end]) == f.value


# --- HTML through load_report ----------------------------------------------------------------------------

def _word_cell(v) -> str:
    return ("<td width=56 valign=top style='width:42.0pt;border:solid windowtext 1.0pt;border-top:none;"
            "padding:0cm 5.4pt 0cm 5.4pt'>\n<p class=MsoNormal align=center style='text-align:center'><span "
            f"lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\"'>{v}<o:p></o:p></span></p>\n</td>")


def _html_variants() -> dict[str, tuple[str, str]]:
    rows = forms.ROWS
    head = U.NESTED_HEADER
    th_head = head.replace("<td", "<th").replace("</td>", "</th>")
    case = U.case_table_html(forms.CASE_VALUES)
    v = {
        "nested_labels": f"<table>{head}{U.html_rows(rows)}</table>",
        "th_thead_tbody": f"<table><thead>{th_head}</thead><tbody>{U.html_rows(rows)}</tbody></table>",
        "p_span_cells": f"<table>{head}" + U.html_rows(rows, cell="<td><p><span style='x'>{}</span></p></td>") + "</table>",
        "br_in_cells": f"<table>{head}" + U.html_rows(rows, cell="<td><br>{}<br/></td>") + "</table>",
        "br_unit": f"<table>{head}" + U.html_rows(rows, cell="<td>{}<br>件</td>") + "</table>",
        "header_table_and_body_table": f"<table>{head}</table><p></p><table>{U.html_rows(rows)}</table>",
        "ms_word": f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>{head}"
                   + U.html_rows(rows, cell=_word_cell("{}").replace("{}", "{}")) + "</table>",
        "blank_zero": f"<table>{head}" + U.html_rows(rows, zero="") + "</table>",
        "nbsp_zero": f"<table>{head}" + U.html_rows(rows, zero="&nbsp;") + "</table>",
        "flat_labels": f"<table>{head}" + U.html_rows(rows, nested_labels=False) + "</table>",
        "div_cells": "<div class='t'>" + "".join(
            "<div class='r'>" + "".join(f"<div>{x}</div>" for x in labs + [str(x) for x in vals]) + "</div>"
            for labs, vals, _ in rows) + "</div>",
        "layout_table_around": f"<table><tr><td><div class='c'><table>{head}{U.html_rows(rows)}</table></div></td>"
                               "</tr></table>",
    }
    return {k: (t3, case) for k, t3 in v.items()}


HTML_VARIANTS = _html_variants()


@pytest.mark.parametrize("name", sorted(HTML_VARIANTS))
def test_html_variants_through_load_report(name: str, tmp_path: Path) -> None:
    t3, t4 = HTML_VARIANTS[name]
    wrap = "<div class='content'><div class='article'>{}</div></div>" if name == "layout_table_around" else "{}"
    path = tmp_path / f"{name}.html"
    path.write_text(U.html_page(t3, t4, wrap=wrap), encoding="utf-8")
    doc = load_report(path)
    res = parse_tables(doc.text)
    assert (res.template, res.status) == ("2021", "parsed"), res.warnings
    assert_exact(res, forms.EXPECTED)
    assert_offsets(doc.text, res)


def test_html_2019_form_gbk_with_thousands(tmp_path: Path) -> None:
    t3 = f"<table>{U.NESTED_HEADER}" + U.html_rows(U.ROWS_2019, cell="<td>{:,}</td>") + "</table>"
    path = tmp_path / "r.htm"
    path.write_bytes(U.html_page(t3, U.case_table_html(U.CASE_2019), form="2019").replace(
        "charset='utf-8'", "charset='gbk'").encode("gbk"))
    doc = load_report(path)
    res = parse_tables(doc.text)
    assert (res.template, res.status) == ("2019", "parsed"), res.warnings
    assert_exact(res, U.EXPECTED_2019)


def _group_heading_rows() -> str:
    """Group labels ((三)不予公开 …) as rows of their own with seven empty cells."""
    out = ""
    for labs, vals, _ in forms.ROWS:
        if len(labs) == 2 and labs[0].startswith("（"):
            out += f"<tr><td colspan=2>{labs[0]}</td>" + "<td></td>" * 7 + "</tr>"
            labs = [labs[1]]
        out += f"<tr><td colspan=2>{''.join(labs)}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"
    return out


FLAT_TWO_ROW_HEADER = ("<tr><td rowspan=2 colspan=2>项目</td><td colspan=7>申请人情况</td></tr><tr>"
                       + "".join(f"<td>{x}</td>" for x in U.HEADER_FLAT) + "</tr>")
TOTAL_FIRST_HEADER = ("<tr><td colspan=2 rowspan=3>本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和</td>"
                      "<td colspan=7>申请人情况</td></tr><tr><td rowspan=2>总计</td><td rowspan=2>自然人</td>"
                      "<td colspan=5>法人或其他组织</td></tr><tr>"
                      + "".join(f"<td>{x}</td>" for x in U.HEADER_FLAT[1:6]) + "</tr>")


def _more_html() -> dict[str, str]:
    rows = forms.ROWS
    body = U.html_rows(rows).split("\n")
    total_first = [(labs, [vals[-1]] + vals[:-1], key) for labs, vals, key in rows]
    return {
        "group_heading_rows": f"<table>{U.NESTED_HEADER}{_group_heading_rows()}</table>",
        "word_page_break_repeats_header": f"<table>{U.NESTED_HEADER}{''.join(body[:12])}</table><p>&nbsp;</p>"
                                          f"<table>{U.NESTED_HEADER}{''.join(body[12:])}</table>",
        "flat_two_row_header": f"<table>{FLAT_TWO_ROW_HEADER}{U.html_rows(rows)}</table>",
        "total_first_nested_header": f"<table>{TOTAL_FIRST_HEADER}{U.html_rows(total_first)}</table>",
        "caption_and_th_row_labels": "<table><caption>表2 收到和处理政府信息公开申请情况</caption>" + U.NESTED_HEADER
                                     + U.html_rows(rows, nested_labels=False, label_td="<th scope=row>{}</th>")
                                     + "</table>",
    }


@pytest.mark.parametrize("name", sorted(_more_html()))
def test_html_arrangements(name: str, tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    path.write_text(U.html_page(_more_html()[name], U.case_table_html(forms.CASE_VALUES)), encoding="utf-8")
    doc = load_report(path)
    res = parse_tables(doc.text)
    assert (res.template, res.status) == ("2021", "parsed"), res.warnings
    assert_exact(res, forms.EXPECTED)
    assert res.cells[("requests.received", "natural_person")].value == 40
    assert_offsets(doc.text, res)


def test_html_case_table_with_blank_cells(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    t3 = f"<table>{U.NESTED_HEADER}{U.html_rows(forms.ROWS)}</table>"
    path.write_text(U.html_page(t3, U.case_table_html([v or "" for v in forms.CASE_VALUES])), encoding="utf-8")
    res = parse_tables(load_report(path).text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, {k: v for k, v in forms.EXPECTED.items() if k.startswith(("review", "litigation"))})
    # a blank 总计 cannot be proven: unknown, flagged, the rest of the block still read
    values = [v or "" for v in forms.CASE_VALUES]
    values[4] = ""
    path.write_text(U.html_page(t3, U.case_table_html(values)), encoding="utf-8")
    res = parse_tables(load_report(path).text)
    assert "review.total" not in res.values() and res.values()["review.upheld"] == 1
    assert res.status == "partial" and any("not proven zero" in w for w in res.warnings)


def test_one_cell_per_line_with_empty_lines_for_blank_cells() -> None:
    t3 = "\n".join(U.HEADER_FLAT) + "\n" + "".join(
        "\n".join(labs + [str(v) if v else "" for v in vals]) + "\n" for labs, vals, _ in forms.ROWS)
    text = U.report(t3, " ".join(U.CASE_HEADER_FLAT) + "\n" + " ".join(map(str, forms.CASE_VALUES)) + "\n")
    res = parse_tables(text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, forms.EXPECTED)
    assert_offsets(text, res)


def test_html_case_table_as_sub_rows(tmp_path: Path) -> None:
    cv = forms.CASE_VALUES
    t4 = ("<table><tr><th></th><th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th></tr>"
          + "".join(f"<tr><td>{lab}</td>" + "".join(f"<td>{x}</td>" for x in cv[i:i + 5]) + "</tr>"
                    for lab, i in [("行政复议", 0), ("行政诉讼（未经复议直接起诉）", 5), ("行政诉讼（复议后起诉）", 10)])
          + "</table>")
    path = tmp_path / "r.html"
    path.write_text(U.html_page(f"<table>{U.NESTED_HEADER}{U.html_rows(forms.ROWS)}</table>", t4), encoding="utf-8")
    res = parse_tables(load_report(path).text)
    assert res.status == "parsed", res.warnings
    assert_exact(res, forms.EXPECTED)


# --- speed ---------------------------------------------------------------------------------------------------

def test_long_report_is_fast() -> None:
    prose = ("本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1,234条，其中予以公开的文件总计若干，"
             "部分公开事项均按规定办理，行政复议和行政诉讼情况见下表。\n")
    text = prose * (400_000 // len(prose)) + U.render_text("space", "2019", thousands=True)
    assert len(text) > 400_000
    parse_tables(text)  # warm caches (OpenCC, regexes)
    t0 = time.perf_counter()
    res = parse_tables(text)
    elapsed = time.perf_counter() - t0
    assert res.status == "parsed" and res.values()["requests.received"] == 1234
    assert elapsed < 1.0, elapsed


# --- never a silently shifted column -------------------------------------------------------------------

MUTATIONS = ["drop_cell", "extra_cell", "blank_cell", "unknown_cell", "drop_label", "merge_rows"]


def _mutate(rows: list, rng, kind: str) -> list:
    rows = [(list(labs), list(vals), key) for labs, vals, key in rows]
    i = rng.randrange(len(rows))
    labs, vals, key = rows[i]
    j = rng.randrange(len(vals))
    if kind == "drop_cell":
        del vals[j]
    elif kind == "extra_cell":
        vals.insert(j, rng.choice([0, 1, 7]))
    elif kind == "blank_cell":
        vals[j] = ""
    elif kind == "unknown_cell":
        vals[j] = "/"
    elif kind == "drop_label":
        rows[i] = ([""], vals, key)
    elif kind == "merge_rows" and i + 1 < len(rows):
        nxt = rows.pop(i + 1)
        rows[i] = (labs, vals + nxt[1], key)
    return rows


@pytest.mark.parametrize("layout", ["tab", "pipe", "lines", "space", "markdown", "csv", "label_newline"])
def test_damaged_tables_never_pass_silently_wrong(layout: str) -> None:
    """Structural damage (not changed numbers): every wrong fact comes with status partial or a failed
    check, so a caller trusting ``parsed`` + passing checks is never misled."""
    import random
    rng = random.Random(f"{layout}-7")
    truth = parse_tables(forms.render("tab")).values()
    for n in range(40):
        kind = MUTATIONS[n % len(MUTATIONS)]
        rows = _mutate(forms.ROWS, rng, kind)
        if layout in ("tab", "pipe", "lines"):
            text = forms.render(layout, rows=rows)
        else:
            text = U.render_text(layout, "2021", rows=rows)
        res = parse_tables(text)
        wrong = {k: (v, truth.get(k)) for k, v in res.values().items() if k in truth and truth[k] != v}
        trusted = res.status == "parsed" and all(c.passed for c in res.checks)
        assert not (wrong and trusted), (kind, wrong, res.warnings)


def test_word_exported_report_file() -> None:
    """A whole self-written report as MS Word saves it (GB2312, mso styles, rowspan labels, empty
    <o:p>&nbsp;</o:p> cells for zeros): blanks are proven zero through the rows' and columns' sums."""
    path = Path(__file__).parent / "fixtures" / "tables" / "word_export_2021.html"
    doc = load_report(path)
    assert (doc.format, doc.encoding) == ("html", "gb18030")
    res = parse_tables(doc.text)
    assert (res.template, res.status) == ("2021", "parsed"), res.warnings
    assert_exact(res, forms.EXPECTED)
    assert len(res.cells) == len(forms.ROWS) * 7 + 15
    assert_offsets(doc.text, res)
    # the prose numbers (45件, 2件) are not table facts
    assert all(f.start > doc.text.index("三、收到和处理") for f in res.facts)


def test_long_traditional_report_parses() -> None:
    """A 400k-character traditional report with its table at the end is read whole. (Its speed is a benchmark
    question, measured in bench/, not asserted here: a timed unit test fails on a loaded machine.)"""
    from infer.lexicon import traditional_variants
    # 答覆 is a t2s phrase: every line takes OpenCC's slow path for that stretch (the worst case)
    prose = "本機關堅持以公開為常態、不公開為例外，全年主動公開政府資訊1,234條，對申請的答覆均按規定辦理。\n"
    text = prose * (400_000 // len(prose)) + traditional_variants(U.render_text("space", "2019"))[0]
    res = parse_tables(text)
    assert res.status == "parsed" and res.values()["requests.received"] == 1234


def test_fast_t2s_equals_opencc() -> None:
    """The shadow's regex t2s must convert exactly as OpenCC does (it reads OpenCC's dictionaries)."""
    from opencc import OpenCC

    from infer.lexicon import traditional_variants
    from infer.tables.normalize import to_simplified
    cc = OpenCC("t2s")
    text = U.render_text("space", "2019") + forms.render("lines") + "".join(APPENDIX_LAYOUTS.values())
    lines = [ln for t in traditional_variants(text) for ln in t.splitlines()]
    lines += ["反覆申請、答覆、網路、乾隆、乾燥、頭髮、理髮、一目瞭然、著作、著手、瞭解、後來、皇后"]
    assert [to_simplified(ln) for ln in lines] == [cc.convert(ln) for ln in lines]


def test_second_copy_under_the_same_heading_is_noted() -> None:
    text = forms.render("tab")
    a, b = text.index(forms.H3) + len(forms.H3), text.index(forms.H4)
    copy = text[a:b].replace("\t40\t3\t0\t1\t0\t1\t45", "\t41\t3\t0\t1\t0\t1\t46")
    res = parse_tables(text[:b] + copy + text[b:])
    assert res.values()["requests.received"] == 45
    assert any("second copy of table 三" in w for w in res.warnings)
